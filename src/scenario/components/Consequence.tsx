/** What a choice led to: its one-line result and each variable's change, in words. */
import type { VariableChange } from '../rules';
import { changeWords } from '../wording';
import type { Consequence } from '../machine';
import type { ScenarioVariable } from '../schema';

interface ScenarioConsequenceProps {
  consequence: Consequence;
  variables: ScenarioVariable[];
}

export function ScenarioConsequence({ consequence, variables }: ScenarioConsequenceProps) {
  return (
    <>
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
