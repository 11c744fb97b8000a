/**
 * "Your key decisions": each choice the learner made, how good it was and why, and for a weak or
 * mixed one the stronger choice at that moment. Each decision can be replayed from where it was.
 */
import type { ChoiceQuality, Scenario } from '../schema';
import type { PathStep, ScenarioEvent } from '../machine';

const QUALITY: Record<ChoiceQuality, { label: string; mark: string }> = {
  strong: { label: 'Strong choice', mark: '✓' },
  mixed: { label: 'Mixed choice', mark: '~' },
  weak: { label: 'Weak choice', mark: '✗' },
};

interface DecisionsProps {
  scenario: Scenario;
  path: PathStep[];
  send: (event: ScenarioEvent) => void;
  headingId: string;
}

export function ScenarioDecisions({ scenario, path, send, headingId }: DecisionsProps) {
  return (
    <section className="scenario-decisions" aria-labelledby={headingId}>
      <h3 id={headingId}>Your key decisions</h3>
      <ol className="scenario-decisions-list">
        {path.map((step, index) => {
          const node = scenario.nodes.find((n) => n.id === step.nodeId);
          const choice = node?.choices.find((c) => c.id === step.choiceId);
          if (!node || !choice) return null;
          const quality = QUALITY[choice.quality];
          const stronger =
            choice.quality === 'strong'
              ? undefined
              : node.choices.find((c) => c.quality === 'strong' && c.id !== choice.id);
          return (
            <li key={`${index}-${step.nodeId}`} className="scenario-decision-review">
              <p className="scenario-decision-review-title">
                Decision {index + 1}: {node.title}
              </p>
              <p>
                <span className="scenario-decision-review-label">You chose:</span> {choice.text}
              </p>
              <p className={`scenario-quality scenario-quality--${choice.quality}`}>
                <span aria-hidden="true" className="scenario-quality-mark">
                  {quality.mark}
                </span>{' '}
                <strong>{quality.label}.</strong> {choice.why}
              </p>
              {stronger && (
                <p className="scenario-stronger">
                  <span className="scenario-decision-review-label">A stronger choice:</span>{' '}
                  {stronger.text} <span className="scenario-stronger-why">{stronger.why}</span>
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
