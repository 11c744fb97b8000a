/**
 * What the player tells the learner about the video itself, beside it: that it was watched, where it
 * resumes from (with a way to start over), and that it cannot play at all (with the way round: the
 * transcript).
 */
import { formatClock } from '../cues';

/** Said once the video has been watched to the end (90%). */
export const WATCHED = {
  saved: 'You have watched this video: it is marked as done.',
  notSaved: 'You have watched this video, but your progress could not be saved in this browser.',
} as const;

export function ResumeNote({
  resumedFrom,
  onStartOver,
}: {
  resumedFrom: number | null;
  onStartOver: () => void;
}) {
  return (
    <div className="video-resume">
      <p className="video-resume-note" role="status">
        {resumedFrom !== null ? `Resuming from ${formatClock(resumedFrom)}` : ''}
      </p>
      {resumedFrom !== null && (
        <button
          type="button"
          className="video-button video-button--secondary"
          onClick={onStartOver}
        >
          Start from the beginning
        </button>
      )}
    </div>
  );
}

/** Offline without a saved copy, or the file failed: say so rather than show a dead player. */
export function Unplayable({ why }: { why: 'offline' | 'failed' }) {
  return (
    <p className="video-unplayable" role="alert">
      {why === 'offline'
        ? 'You are offline and this video is not saved on this device, so it cannot play. '
        : 'This video could not be loaded. '}
      The transcript has every word of it, and you can mark the video as done once you have read it.
    </p>
  );
}
