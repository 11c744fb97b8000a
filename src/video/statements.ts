/**
 * The learning-record statements a video makes: 'progressed' at each quarter watched and 'completed'
 * at 90% (or when the learner says they read the transcript instead), each with how much was watched (result.extensions.progress, 0 to 100) and for how long
 * (result.duration, the time actually watched). Pure, so the record's wording is tested apart from the page.
 */
import type { StatementDraft } from '../record/api';
import type { DueStatement } from './watching.ts';

export interface VideoRecordContext {
  video: { id: string; title: string };
  courseId: string;
  courseTitle: string;
  /** The content revision of the video's script. */
  revision: string;
}

export function videoStatement(
  ctx: VideoRecordContext,
  due: DueStatement,
  watchedSeconds: number,
): StatementDraft {
  return {
    verb: due.verb,
    activity: { kind: 'video', id: ctx.video.id, title: ctx.video.title },
    result: {
      ...(due.verb === 'completed' ? { completion: true } : {}),
      duration: isoDuration(watchedSeconds),
      extensions: { progress: due.progress },
    },
    context: {
      revision: ctx.revision,
      course: { kind: 'course', id: ctx.courseId, title: ctx.courseTitle },
    },
  };
}

/**
 * "I have read the transcript": the video is done without watching it, for a deaf learner or anyone
 * who reads faster than the narration. Recorded as such (result.extensions.completed-by), so nobody
 * reading the record mistakes it for watching.
 */
export function transcriptReadStatement(ctx: VideoRecordContext): StatementDraft {
  return {
    verb: 'completed',
    activity: { kind: 'video', id: ctx.video.id, title: ctx.video.title },
    result: { completion: true, extensions: { 'completed-by': 'transcript' } },
    context: {
      revision: ctx.revision,
      course: { kind: 'course', id: ctx.courseId, title: ctx.courseTitle },
    },
  };
}

/** Whole seconds as an ISO 8601 duration: 65 → "PT1M5S", 3 → "PT3S", 0 → "PT0S". */
export function isoDuration(seconds: number): string {
  const whole = Math.max(0, Math.round(seconds));
  const h = Math.floor(whole / 3600);
  const m = Math.floor(whole / 60) % 60;
  const s = whole % 60;
  return `PT${h ? `${h}H` : ''}${m ? `${m}M` : ''}${s || (!h && !m) ? `${s}S` : ''}`;
}
