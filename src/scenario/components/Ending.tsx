/**
 * The end: the ending, its debrief, the learner's own decisions with their quality, the final
 * measures and a fresh start.
 */
import type { DebriefState } from '../debrief';
import type { ScenarioEvent, ScenarioSnapshot } from '../machine';
import { ScenarioDecisions } from './Decisions';
import { ScenarioGauges } from './Gauges';
import { Markdown } from '../../site/Markdown';
import type { ScenarioIds, StepLink } from './ids';

interface ScenarioEndingProps {
  state: ScenarioSnapshot;
  send: (event: ScenarioEvent) => void;
  ids: ScenarioIds;
  debrief: DebriefState;
  /** The step after the scenario, if any: the main action at the end. */
  next?: StepLink | undefined;
}

export function ScenarioEnding({ state, send, ids, debrief, next }: ScenarioEndingProps) {
  const { scenario, endingId, path, variables } = state.context;
  const ending = scenario.endings.find((e) => e.id === endingId);
  if (!ending) return null;
  return (
    <section className="scenario-ending" aria-labelledby={ids.endingHeading}>
      <p className="scenario-step">Your ending</p>
      <h2 className="scenario-ending-title" id={ids.endingHeading} tabIndex={-1}>
        {ending.title}
      </h2>
      <p className="scenario-outcome">{ending.outcome}</p>

      <h3>What this shows</h3>
      <Markdown text={ending.debrief} className="scenario-debrief" />

      <ScenarioDecisions
        scenario={scenario}
        path={path}
        send={send}
        headingId={`${ids.base}__decisions`}
        debrief={debrief}
      />

      <ScenarioGauges
        variables={scenario.variables}
        values={variables}
        idBase={`${ids.base}__end`}
        title="Where things ended up"
      />

      {/* One main action: going on to the next step; playing again is secondary. */}
      <div className="scenario-actions">
        {next && (
          <a className="button" href={next.href}>
            Next: {next.title}
          </a>
        )}
        <button
          type="button"
          className={next ? 'button button--secondary' : 'button'}
          onClick={() => send({ type: 'learner.restart' })}
        >
          Try again
        </button>
      </div>
    </section>
  );
}
