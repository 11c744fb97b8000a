/**
 * The panel at the end of a quiz or a scenario: what the learner achieved, what it means and what
 * to do next, in one calm block. An achievement (a pass, the best ending) gets the seal and the
 * success colours; anything else the note colours and no seal, so the words carry the verdict and
 * the colour only repeats it. Nothing moves: a still picture, so reduced motion needs no exception.
 */
import type { ReactNode } from 'react';

interface ResultPanelProps {
  achieved: boolean;
  /** The verdict, score and meaning; the feature's own words and classes. */
  children: ReactNode;
  /** What to do next: the primary action first. */
  actions?: ReactNode;
}

export function ResultPanel({ achieved, children, actions }: ResultPanelProps) {
  return (
    <div className={`result-panel result-panel--${achieved ? 'achieved' : 'not-yet'}`}>
      {achieved && <Seal />}
      <div className="result-panel__body">
        {children}
        {actions && <div className="result-panel__actions">{actions}</div>}
      </div>
    </div>
  );
}

/** A rosette with a tick: decoration, the verdict is in the words beside it. */
function Seal() {
  return (
    <svg className="result-panel__seal" viewBox="0 0 64 64" aria-hidden="true" focusable="false">
      <path
        className="result-panel__ribbon"
        d="M20 40 L12 60 L22 55 L27 62 L32 46 M44 40 L52 60 L42 55 L37 62 L32 46"
      />
      <circle className="result-panel__disc" cx="32" cy="26" r="22" />
      <circle className="result-panel__ring" cx="32" cy="26" r="16.5" />
      <path className="result-panel__tick" d="M23.5 26.5 L29.5 32.5 L41 20" />
    </svg>
  );
}
