/**
 * "Your key decisions": each choice the learner made, how good it was and why, and for a weak or
 * mixed one the stronger choice at that moment. Each decision can be replayed from where it was.
 */
import type { DebriefState } from '../debrief';
import type { PathStep, ScenarioEvent } from '../machine';
import type { PlayableScenario } from '../playable';
import type { ChoiceQuality } from '../schema';

const QUALITY: Record<ChoiceQuality, { label: string; mark: string }> = {
  strong: { label: 'Strong choice', mark: '✓' },
  mixed: { label: 'Mixed choice', mark: '~' },
  weak: { label: 'Weak choice', mark: '✗' },
};

interface DecisionsProps {
  scenario: PlayableScenario;
  path: PathStep[];
  send: (event: ScenarioEvent) => void;
  headingId: string;
  debrief: DebriefState;
}

export function ScenarioDecisions({ scenario, path, send, headingId, debrief }: DecisionsProps) {
  const judged = debrief.status === 'ready' ? debrief.debrief : undefined;
  return (
    <section className="scenario-decisions" aria-labelledby={headingId} aria-busy={!judged}>
      <h3 id={headingId}>Your key decisions</h3>
      {debrief.status === 'loading' && <p>Loading how each of your decisions compares…</p>}
      {debrief.status === 'unavailable' && (
        <p>
          How your decisions compare could not be loaded just now (the site may be offline). Your
          choices are listed below; open this scenario again online to see the comparison.
        </p>
      )}
      <ol className="scenario-decisions-list">
        {path.map((step, index) => {
          const node = scenario.nodes.find((n) => n.id === step.nodeId);
          const choice = node?.choices.find((c) => c.id === step.choiceId);
          if (!node || !choice) return null;
          const qualities = judged?.[node.id] ?? {};
          const mine = qualities[choice.id];
          const quality = mine && QUALITY[mine.quality];
          const strongId =
            mine && mine.quality !== 'strong'
              ? Object.keys(qualities).find((id) => qualities[id]?.quality === 'strong')
              : undefined;
          const stronger = node.choices.find((c) => c.id === strongId);
          return (
            <li key={`${index}-${step.nodeId}`} className="scenario-decision-review">
              <p className="scenario-decision-review-title">
                Decision {index + 1}: {node.title}
              </p>
              <p>
                <span className="scenario-decision-review-label">You chose:</span> {choice.text}
              </p>
              {mine && quality && (
                <p className={`scenario-quality scenario-quality--${mine.quality}`}>
                  <span aria-hidden="true" className="scenario-quality-mark">
                    {quality.mark}
                  </span>{' '}
                  <strong>{quality.label}.</strong> {mine.why}
                </p>
              )}
              {stronger && strongId && (
                <p className="scenario-stronger">
                  <span className="scenario-decision-review-label">A stronger choice:</span>{' '}
                  {stronger.text}{' '}
                  <span className="scenario-stronger-why">{qualities[strongId]?.why}</span>
                </p>
              )}
              <button
                type="button"
                className="button button--secondary"
                // The name starts with the visible words, so speech control works; it adds which decision.
                aria-label={`Replay from decision ${index + 1}: ${node.title}`}
                onClick={() => send({ type: 'learner.replay', step: index })}
              >
                Replay from decision {index + 1}
              </button>
            </li>
          );
        })}
      </ol>
    </section>
  );
}
