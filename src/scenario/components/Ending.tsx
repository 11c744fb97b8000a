/**
 * The end: the ending with what it means and what is next, its debrief, the learner's own
 * decisions with their quality, the final measures.
 */
import type { DebriefState } from '../debrief';
import type { ScenarioEvent, ScenarioSnapshot } from '../machine';
import { ScenarioDecisions } from './Decisions';
import { ScenarioGauges } from './Gauges';
import { Markdown } from '../../site/Markdown';
import type { ScenarioIds, StepLink } from './ids';
import { ResultPanel } from '../../site/ResultPanel';

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
  // Several endings may share the best rank (1 is best, but a scenario need not use 1).
  const best = ending.rank === Math.min(...scenario.endings.map((e) => e.rank));
  return (
    <section className="scenario-ending" aria-labelledby={ids.endingHeading}>
      <ResultPanel
        achieved={best}
        actions={
          <>
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
          </>
        }
      >
        <p className="scenario-step">{best ? 'Your ending: the best one' : 'Your ending'}</p>
        <h2 className="scenario-ending-title" id={ids.endingHeading} tabIndex={-1}>
          {ending.title}
        </h2>
        <p className="scenario-outcome">{ending.outcome}</p>
        <p className="scenario-ending-meaning">{meaning(best, scenario.endings.length)}</p>
      </ResultPanel>

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
    </section>
  );
}

/** What the ending means, in a sentence: how it ranks, and where to look next. */
function meaning(best: boolean, endings: number): string {
  if (best)
    return `This is the best of the ${endings} endings. The debrief below says why it works.`;
  return `This is one of ${endings} endings, and a better one is possible. The debrief below shows which decisions made the difference: replay from any of them.`;
}
