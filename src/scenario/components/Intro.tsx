/** Before the first decision: what the scenario is about, what it tracks, and a button to start. */
import { useEffect, useRef } from 'react';
import { takePressBeforeHydration } from '../../site/press-before-hydration';
import type { ScenarioEvent } from '../machine';
import type { PlayableScenario } from '../playable';

interface ScenarioIntroProps {
  scenario: PlayableScenario;
  roleLabels: Record<string, string> | undefined;
  changedSinceStart: boolean;
  send: (event: ScenarioEvent) => void;
}

export function ScenarioIntro({
  scenario,
  roleLabels,
  changedSinceStart,
  send,
}: ScenarioIntroProps) {
  const start = useRef<HTMLButtonElement>(null);
  // Pressed before the island hydrated: start now, as the press asked (site/press-before-hydration).
  useEffect(() => {
    if (takePressBeforeHydration(start.current) !== null) send({ type: 'learner.start' });
  }, [send]);
  const roles = (scenario.audience ?? [])
    .map((id) => roleLabels?.[id])
    .filter((label) => label !== undefined);
  return (
    <div className="scenario-intro">
      {changedSinceStart && (
        <div className="scenario-notice" role="status">
          <p>
            This scenario has changed since you started it, so it starts again from the beginning.
          </p>
        </div>
      )}
      <p className="scenario-summary">{scenario.summary}</p>
      {roles.length > 0 && (
        <p className="scenario-audience">Written for the {joinAnd(roles, ' and the ')}.</p>
      )}
      <p>After each choice you will see what happened and how it changed these measures:</p>
      <ul className="scenario-measures">
        {scenario.variables.map((v) => (
          <li key={v.id}>
            {v.label}
            {v.better === 'lower' ? ' (lower is better)' : ''}
          </li>
        ))}
      </ul>
      {scenario.allowBack && <p>If you change your mind, you can go back one step.</p>}
      <button
        ref={start}
        type="button"
        className="button"
        data-replay-press="learner.start"
        onClick={() => send({ type: 'learner.start' })}
      >
        Start the scenario
      </button>
    </div>
  );
}

function joinAnd(items: string[], last: string): string {
  return items.length < 2
    ? items.join('')
    : `${items.slice(0, -1).join(', the ')}${last}${items[items.length - 1]}`;
}
