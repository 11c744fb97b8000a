/**
 * One decision: the situation, then the choices; after a choice, what happened and where things
 * stand. The status region stays mounted for the whole node, so screen readers announce the
 * consequence when it appears.
 */
import type { ScenarioEvent, ScenarioSnapshot } from '../machine';
import { ScenarioConsequence } from './Consequence';
import { ScenarioGauges } from './Gauges';
import { Markdown } from '../../site/Markdown';
import type { ScenarioIds } from './ids';
import { speakerLine } from '../wording';

interface ScenarioDecisionProps {
  state: ScenarioSnapshot;
  send: (event: ScenarioEvent) => void;
  ids: ScenarioIds;
}

export function ScenarioDecision({ state, send, ids }: ScenarioDecisionProps) {
  const { scenario, nodeId, consequence, path, variables } = state.context;
  const node = scenario.nodes.find((n) => n.id === nodeId);
  if (!node) return null;
  const deciding = state.matches({ playing: 'deciding' });
  const canGoBack = state.can({ type: 'learner.back' });
  const back = canGoBack && (
    <button
      type="button"
      className="button button--secondary"
      onClick={() => send({ type: 'learner.back' })}
    >
      Go back one step
    </button>
  );

  return (
    <section className="scenario-node" aria-labelledby={ids.nodeHeading}>
      <p className="scenario-step">Decision {deciding ? path.length + 1 : path.length}</p>
      <h2 className="scenario-node-title" id={ids.nodeHeading} tabIndex={-1}>
        {node.title}
      </h2>
      {node.speaker && <p className="scenario-speaker">{speakerLine(node.speaker, node.text)}</p>}
      <Markdown text={node.text} className="scenario-text" />

      {deciding && (
        <>
          <h3 className="scenario-choices-title" id={ids.choicesTitle}>
            What do you do?
          </h3>
          <ul className="scenario-choices" aria-labelledby={ids.choicesTitle}>
            {node.choices.map((choice) => (
              <li key={choice.id}>
                <button
                  type="button"
                  className="scenario-choice"
                  onClick={() => send({ type: 'learner.choose', choiceId: choice.id })}
                >
                  {choice.text}
                </button>
              </li>
            ))}
          </ul>
          {back && <div className="scenario-actions">{back}</div>}
        </>
      )}

      <div className={`scenario-consequence${consequence ? ' scenario-consequence--shown' : ''}`}>
        {consequence && (
          <h3 className="scenario-consequence-title" id={ids.consequenceHeading} tabIndex={-1}>
            What happened
          </h3>
        )}
        <div className="scenario-status" role="status">
          {consequence && (
            <ScenarioConsequence consequence={consequence} variables={scenario.variables} />
          )}
        </div>
        {consequence && (
          <>
            <ScenarioGauges
              variables={scenario.variables}
              values={variables}
              idBase={`${ids.base}__now`}
              title="Where things stand now"
            />
            <div className="scenario-actions">
              <button
                type="button"
                className="button"
                onClick={() => send({ type: 'learner.continue' })}
              >
                Continue
              </button>
              {back}
            </div>
          </>
        )}
      </div>
    </section>
  );
}
