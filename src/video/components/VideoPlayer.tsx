/**
 * A video lesson: the native <video> with its own controls (keyboard accessible as they are), plus
 * what they lack: a captions switch, a labelled speed choice, an interactive transcript, resuming
 * where the learner stopped and "Download for offline".
 *
 * The record: 'progressed' at each quarter actually watched and 'completed' at 90% watched (time
 * counted from playback, not seeking; see src/video/watching.ts), or when the learner says they read
 * the transcript instead (recorded as such). Position and watched time are
 * saved with saveAttempt('video:<id>') on pause, seek, end, every 10 s of playback and when the page
 * is hidden. The record loads lazily; without it the video still plays.
 */
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { LearningRecordApi } from '../../record/api';
import { loadLearningRecord } from '../../record/lazy';
import { SOURCE_ORDER, type CourseVideo, type PlayerVideo } from '../assets';
import type { Cue } from '../captions';
import { cueIndexAt } from '../cues';
import {
  attemptKey,
  readSaved,
  resumePoint,
  toSaved,
  watchFromSaved,
  type SavedWatch,
} from '../resume';
import { transcriptReadStatement, videoStatement } from '../statements';
import { playSavedCopy } from '../offline';
import { dueStatements, interrupt, newWatch, tick, watchedSeconds } from '../watching';
import { VideoControls } from './Controls';
import { VideoOffline } from './Offline';
import { ResumeNote, Unplayable, WATCHED } from './Notices';
import { ReadTranscript } from './ReadTranscript';
import { VideoTranscript } from './Transcript';

export interface VideoPlayerProps {
  video: PlayerVideo;
  /** The content revision of the video's script (from the course tree). */
  revision: string;
  courseId: string;
  courseTitle: string;
  /** The course's videos, for "Download for offline"; this video alone when not given. */
  courseVideos?: CourseVideo[];
}

/** Save the position this often during playback, so a closed tab loses little. */
const SAVE_EVERY_SECONDS = 10;

export default function VideoPlayer({
  video,
  revision,
  courseId,
  courseTitle,
  courseVideos,
}: VideoPlayerProps) {
  const videoRef = useRef<HTMLVideoElement>(null);
  const watch = useRef(newWatch());
  const record = useRef<Promise<LearningRecordApi | null> | null>(null);
  /** Undefined until the saved attempt has been read: nothing is saved before, or it would be overwritten. */
  const saved = useRef<SavedWatch | null | undefined>(undefined);
  const lastSave = useRef(0);
  /** True while the media element reloads its file: its position reads 0 until restored. */
  const reloading = useRef(false);
  const [cueIndex, setCueIndex] = useState(-1);
  const [captionsOn, setCaptionsOn] = useState(true);
  const [rate, setRate] = useState(1);
  const [resumedFrom, setResumedFrom] = useState<number | null>(null);
  const [status, setStatus] = useState('');
  /** Set when no source could be played: offline without a saved copy, or the file failed. */
  const [unplayable, setUnplayable] = useState<'offline' | 'failed' | null>(null);
  const ctx = { video: { id: video.id, title: video.title }, courseId, courseTitle, revision };
  const cues = video.transcript.cues;
  const offlineVideos = useMemo(
    () => courseVideos ?? [{ id: video.id, src: video.src }],
    [courseVideos, video.id, video.src],
  );

  const getRecord = useCallback(
    () => (record.current ??= loadLearningRecord().catch(() => null)),
    [],
  );

  const save = useCallback(() => {
    const element = videoRef.current;
    if (!element || saved.current === undefined || reloading.current) return;
    // Saved watching not restored yet (no metadata so far): keep it rather than overwrite it.
    if (saved.current) watch.current = watchFromSaved(saved.current, watch.current);
    lastSave.current = element.currentTime;
    const snapshot = toSaved(watch.current, element.currentTime);
    void getRecord().then((api) => api?.saveAttempt(attemptKey(video.id), revision, snapshot));
  }, [getRecord, video.id, revision]);

  // Restore, resuming if worth it. Nothing of the file loads before play: use the transcript's length.
  const restore = useCallback(() => {
    const element = videoRef.current;
    const found = saved.current;
    if (!element || !found) return;
    saved.current = null; // restored once
    watch.current = watchFromSaved(found, watch.current);
    const known = element.readyState >= HTMLMediaElement.HAVE_METADATA;
    const point = resumePoint(found, known ? element.duration : video.duration);
    // A learner who already pressed play has chosen where to watch from.
    if (point === undefined || !element.paused || element.currentTime > 1) return;
    element.currentTime = point;
    setResumedFrom(point);
  }, [video.duration]);

  // Read the saved attempt once, on load.
  useEffect(() => {
    let cancelled = false;
    void getRecord().then(async (api) => {
      const loaded = api
        ? await api.loadAttempt(attemptKey(video.id), revision).catch(() => null)
        : null;
      if (cancelled) return;
      saved.current = loaded?.status === 'found' ? (readSaved(loaded.snapshot) ?? null) : null;
      restore();
    });
    return () => {
      cancelled = true;
    };
  }, [getRecord, restore, video.id, revision]);

  function recordDue(duration: number) {
    const { state, due } = dueStatements(watch.current, duration);
    if (!due.length) return;
    watch.current = state;
    const watchedFor = watchedSeconds(state.ranges);
    void getRecord()
      .then(async (api) => {
        if (!api) return;
        for (const item of due) {
          const outcome = await api.record(videoStatement(ctx, item, watchedFor));
          if (item.verb === 'completed') setStatus(WATCHED[outcome.saved ? 'saved' : 'notSaved']);
        }
      })
      .catch(() => {
        /* the record failed to write: watching goes on, and the next milestone tries again */
      });
    save();
  }

  // Events that fired before hydration (metadata, a track's mode) are read from the element once.
  useEffect(() => {
    const element = videoRef.current;
    if (!element) return;
    const track = element.textTracks[0];
    const syncCaptions = () => setCaptionsOn(track?.mode === 'showing');
    if (track && track.mode === 'disabled') track.mode = 'showing';
    syncCaptions();
    element.textTracks.addEventListener('change', syncCaptions);
    setRate(element.playbackRate);
    setCueIndex(cueIndexAt(cues, element.currentTime));
    // Every source may have failed before the island woke (offline, no saved copy).
    if (element.networkState === HTMLMediaElement.NETWORK_NO_SOURCE) onNoSource();
    // Offline, ask for the file's metadata now, so a file not saved fails, and says so, before play.
    else if (!navigator.onLine) element.preload = 'metadata';
    // Leaving the page: keep the position.
    const onHide = () => {
      if (document.visibilityState === 'hidden') save();
    };
    document.addEventListener('visibilitychange', onHide);
    window.addEventListener('pagehide', save);
    return () => {
      element.textTracks.removeEventListener('change', syncCaptions);
      document.removeEventListener('visibilitychange', onHide);
      window.removeEventListener('pagehide', save);
    };
  }, [cues, save]);

  function onTimeUpdate() {
    const element = videoRef.current;
    if (!element) return;
    if (reloading.current) return;
    setCueIndex(cueIndexAt(cues, element.currentTime));
    if (element.paused || element.seeking) return;
    watch.current = tick(watch.current, element.currentTime);
    recordDue(element.duration);
    if (Math.abs(element.currentTime - lastSave.current) >= SAVE_EVERY_SECONDS) save();
  }

  function onStop() {
    watch.current = interrupt(watch.current);
    save();
  }

  function onOfflineSaved(urls: readonly string[]) {
    const element = videoRef.current;
    if (!element) return;
    const switched = playSavedCopy(element, urls, () => {
      reloading.current = false;
    });
    if (switched) reloading.current = true;
  }

  async function recordTranscriptRead() {
    const api = await getRecord();
    return api ? api.record(transcriptReadStatement(ctx)).catch(() => null) : null;
  }

  /** The last source failed too: the browser has nothing it can play. */
  function onNoSource() {
    setUnplayable(navigator.onLine ? 'failed' : 'offline');
  }

  function setCaptions(on: boolean) {
    const track = videoRef.current?.textTracks[0];
    if (track) track.mode = on ? 'showing' : 'hidden';
    setCaptionsOn(on);
  }

  function changeRate(next: number) {
    if (videoRef.current) videoRef.current.playbackRate = next;
    setRate(next);
  }

  function seekTo(cue: Cue) {
    const element = videoRef.current;
    if (!element) return;
    element.currentTime = cue.start;
    setCueIndex(cueIndexAt(cues, cue.start));
    void element.play().catch(() => {
      /* playback refused (no user gesture or no media yet): the seek still happened */
    });
  }

  function startOver() {
    const element = videoRef.current;
    if (!element) return;
    element.currentTime = 0;
    setResumedFrom(null);
    // The button goes away; keep keyboard focus on the video rather than losing it.
    element.focus();
  }

  return (
    <div className="video-player">
      <div className="video-layout">
        <div className="video-main">
          <video
            ref={videoRef}
            className="video-element"
            controls
            preload="none"
            playsInline
            poster={video.poster}
            aria-label={video.title}
            onLoadedMetadata={() => restore()}
            onTimeUpdate={onTimeUpdate}
            onSeeking={() => {
              watch.current = interrupt(watch.current);
            }}
            onSeeked={() => {
              setCueIndex(cueIndexAt(cues, videoRef.current?.currentTime ?? 0));
              save();
            }}
            onPause={onStop}
            onEnded={onStop}
            onRateChange={() => setRate(videoRef.current?.playbackRate ?? 1)}
          >
            {SOURCE_ORDER.map(({ kind, type }, position) => (
              <source
                key={kind}
                src={video.src[kind]}
                type={type}
                onError={position === SOURCE_ORDER.length - 1 ? onNoSource : undefined}
              />
            ))}
            <track default kind="captions" srcLang="en" label="English" src={video.captions} />
            <p>
              Your browser cannot play this video.{' '}
              <a href={video.src.mp4}>Download the video (MP4)</a> or read the transcript.
            </p>
          </video>
          {unplayable && <Unplayable why={unplayable} />}
          <ResumeNote resumedFrom={resumedFrom} onStartOver={startOver} />
          <VideoControls
            captionsOn={captionsOn}
            onCaptionsChange={setCaptions}
            rate={rate}
            onRateChange={changeRate}
          >
            <VideoOffline videos={offlineVideos} onSaved={onOfflineSaved} />
          </VideoControls>
          <p className="video-status" role="status">
            {status}
          </p>
        </div>
        <VideoTranscript
          cues={cues}
          slides={video.transcript.slides}
          currentIndex={cueIndex}
          onSeek={seekTo}
        >
          <ReadTranscript onRead={recordTranscriptRead} />
        </VideoTranscript>
      </div>
    </div>
  );
}
