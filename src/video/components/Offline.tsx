/**
 * "Download for offline": asks the service worker to keep this course's videos (one file each, the
 * one this browser plays) and says plainly what happened, including when this browser cannot.
 * The message contract is in src/video/offline.ts.
 */
import { useEffect, useMemo, useRef, useState } from 'react';
import { VIDEO_CACHE, type CourseVideo } from '../assets';
import { answerTo, cacheVideosMessage, downloadLabel, downloadPlan } from '../offline';

/** Long enough for a few megabytes on a slow connection; without an answer by then, say so. */
const ANSWER_TIMEOUT_MS = 180_000;

type Phase = 'idle' | 'working' | 'saved' | 'failed' | 'unavailable' | 'no-answer';

const MESSAGES: Record<Phase, string> = {
  idle: '',
  working: 'Downloading… You can keep watching while this happens.',
  saved: 'Saved for offline use: these videos will play in this browser without a connection.',
  failed: 'Some videos could not be saved. Check your connection and try again.',
  unavailable:
    'Offline download is not available in this browser right now. The videos still play while you are online.',
  'no-answer': 'The download is taking a long time. Check your connection and try again.',
};

export interface VideoOfflineProps {
  videos: readonly CourseVideo[];
  /** Called with the addresses the service worker has just saved. */
  onSaved?: (urls: readonly string[]) => void;
}

export function VideoOffline({ videos, onSaved }: VideoOfflineProps) {
  const [phase, setPhase] = useState<Phase>('idle');
  const [plan, setPlan] = useState(() => downloadPlan(videos, () => ''));
  const stop = useRef<() => void>(() => {});
  const statusRef = useRef<HTMLParagraphElement>(null);
  const pressed = useRef(false);

  // Which file each video will play from is only known in the browser; so is whether it is saved.
  useEffect(() => {
    const probe = document.createElement('video');
    const next = downloadPlan(videos, (type) => probe.canPlayType(type));
    setPlan(next);
    let cancelled = false;
    if (typeof caches !== 'undefined') {
      caches
        .open(VIDEO_CACHE)
        .then((cache) =>
          Promise.all(
            next.urls.map((url) => cache.match(url, { ignoreSearch: true, ignoreVary: true })),
          ),
        )
        .then((hits) => {
          if (!cancelled && hits.every(Boolean))
            setPhase((now) => (now === 'idle' ? 'saved' : now));
        })
        .catch(() => {
          /* storage blocked: the button still offers the download */
        });
    }
    return () => {
      cancelled = true;
      stop.current();
    };
  }, [videos]);

  const label = useMemo(() => downloadLabel(plan), [plan]);

  // The button goes once the videos are saved: keep keyboard focus on the news rather than losing it.
  useEffect(() => {
    if (phase === 'saved' && pressed.current) statusRef.current?.focus();
  }, [phase]);

  function download() {
    if (phase === 'working') return;
    pressed.current = true;
    const container = 'serviceWorker' in navigator ? navigator.serviceWorker : undefined;
    const controller = container?.controller;
    if (!container || !controller) {
      setPhase('unavailable');
      return;
    }
    stop.current();
    const urls = plan.urls;
    const onMessage = (event: MessageEvent) => {
      const answer = answerTo(event.data, urls);
      if (!answer) return;
      stop.current();
      setPhase(answer.ok ? 'saved' : 'failed');
      if (answer.ok) onSaved?.(answer.urls);
    };
    const timer = window.setTimeout(() => {
      stop.current();
      setPhase('no-answer');
    }, ANSWER_TIMEOUT_MS);
    stop.current = () => {
      container.removeEventListener('message', onMessage);
      window.clearTimeout(timer);
      stop.current = () => {};
    };
    container.addEventListener('message', onMessage);
    container.startMessages();
    setPhase('working');
    controller.postMessage(cacheVideosMessage(urls));
  }

  return (
    <div className="video-offline">
      {phase !== 'saved' && (
        // aria-disabled, not disabled: a disabled button drops keyboard focus.
        <button
          type="button"
          className="video-button"
          onClick={download}
          aria-disabled={phase === 'working'}
        >
          {label}
        </button>
      )}
      <p className="video-offline-status" role="status" ref={statusRef} tabIndex={-1}>
        {MESSAGES[phase]}
      </p>
    </div>
  );
}
