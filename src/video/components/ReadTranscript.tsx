/**
 * The other way to finish a video: reading its transcript. A deaf learner, or anyone who reads faster
 * than the narration, should not have to sit through playback to have the step count as done.
 */
import { useRef, useState } from 'react';
import type { WriteOutcome } from '../../record/api';

interface Props {
  /** Records the video as done by its transcript; resolves with what the record said. */
  onRead: () => Promise<WriteOutcome | null>;
}

const MESSAGES = {
  saved: 'Marked as done: you read the transcript.',
  notSaved:
    'You read the transcript, but your progress could not be saved in this browser. The video is not marked as done.',
} as const;

export function ReadTranscript({ onRead }: Props) {
  const [message, setMessage] = useState('');
  const [done, setDone] = useState(false);
  const statusRef = useRef<HTMLParagraphElement>(null);

  async function markRead() {
    const outcome = await onRead();
    const saved = outcome?.saved === true;
    setDone(saved);
    setMessage(saved ? MESSAGES.saved : MESSAGES.notSaved);
    // The button goes once it worked: keep keyboard focus on what replaced it.
    if (saved) requestAnimationFrame(() => statusRef.current?.focus());
  }

  return (
    <div className="video-read-transcript">
      {!done && (
        <button
          type="button"
          className="video-button video-button--secondary"
          onClick={() => void markRead()}
        >
          I have read the transcript: mark as done
        </button>
      )}
      <p role="status" ref={statusRef} tabIndex={-1}>
        {message}
      </p>
    </div>
  );
}
