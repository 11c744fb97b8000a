/**
 * The statement a lesson records: `experienced` when the learner reads to the end, `completed` when
 * they press "Mark as done", `reopened` when they press "Mark as not done". Pure and apart from the element that sends it, so a test can build it for
 * every lesson of every course and check the record accepts each one.
 */
import type { StatementDraft } from './api';
import type { Verb } from './xapi/verbs';

export interface LessonRecordContext {
  lessonId: string;
  lessonTitle: string;
  moduleId: string;
  courseId: string;
  courseTitle: string;
  /** The content revision the learner saw. */
  revision: string;
}

export function lessonStatement(
  verb: Extract<Verb, 'experienced' | 'completed' | 'reopened'>,
  lesson: LessonRecordContext,
): StatementDraft {
  return {
    verb,
    activity: { kind: 'lesson', id: lesson.lessonId, title: lesson.lessonTitle },
    context: {
      revision: lesson.revision,
      parent: { kind: 'module', id: lesson.moduleId, title: '' },
      course: { kind: 'course', id: lesson.courseId, title: lesson.courseTitle },
    },
  };
}
