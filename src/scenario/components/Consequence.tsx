/**
 * What a choice led to: the choice itself, repeated so a screen-reader user (who hears this region)
 * and a learner coming back to the page both know what they did; its one-line result; and each
 * variable's change, in words.
 */
import type { VariableChange } from '../rules';
import { changeWords } from '../wording';
import type { Consequence } from '../machine';
import type { ScenarioVariable } from '../schema';

interface ScenarioConsequenceProps {
  consequence: Consequence;
  /** The text of the choice the learner made. */
  choice: string | undefined;
  variables: ScenarioVariable[];
}

export function ScenarioConsequence({ consequence, choice, variables }: ScenarioConsequenceProps) {
  return (
    <>
      {choice && (
        <p className="scenario-you-chose">
          <span className="scenario-you-chose-label">You chose:</span> {choice}
        </p>
      )}
      <p className="scenario-result">{consequence.result}</p>
      {consequence.changes.length ? (
        <ul className="scenario-changes">
          {consequence.changes.map((change) => (
            <ScenarioChange
              key={change.id}
              change={change}
              variable={variables.find((v) => v.id === change.id)}
            />
          ))}
        </ul>
      ) : (
        <p className="scenario-changes-none">None of the measures changed.</p>
      )}
    </>
  );
}

function ScenarioChange({
  change,
  variable,
}: {
  change: VariableChange;
  variable: ScenarioVariable | undefined;
}) {
  const words = changeWords(change, variable);
  return (
    <li className="scenario-change">
      {words.label}: {words.before} <span aria-hidden="true">→</span>
      <span className="visually-hidden">to</span> {words.after} ({words.movement}
      {words.reading ? `; ${words.reading}` : ''})
    </li>
  );
}
