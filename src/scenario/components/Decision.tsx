/**
 * One decision: where the learner is ("Decision 2 of 3"), the situation, then the choices; after a
 * choice, what they chose, what happened and where things stand. The status region stays mounted
 * for the whole node, so screen readers announce the choice and its consequence when they appear.
 */
import { useMemo } from 'react';
import type { ScenarioEvent, ScenarioSnapshot } from '../machine';
import { decisionLabel, decisionsToEnd } from '../progress';
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
  const toEnd = useMemo(() => decisionsToEnd(scenario), [scenario]);
  const node = scenario.nodes.find((n) => n.id === nodeId);
  if (!node) return null;
  const deciding = state.matches({ playing: 'deciding' });
  // After a choice the path already holds this decision.
  const madeBefore = deciding ? path.length : path.length - 1;
  const chosen = consequence && node.choices.find((c) => c.id === consequence.choiceId);
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
      <p className="scenario-step">{decisionLabel(madeBefore, toEnd.get(node.id))}</p>
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
            <ScenarioConsequence
              consequence={consequence}
              choice={chosen ? chosen.text : undefined}
              variables={scenario.variables}
            />
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
