/**
 * The parts of a practice task (practice.yaml) that the book prints. Practice tasks come with their
 * own feature; until the content loader reads them, a course simply has none and the book leaves
 * them out. Once it does, `content.practice` and the course tree's practice steps are used as they are.
 */
import type { ContentEntry } from '../../content/course-tree';

export interface PracticeTask {
  id: string;
  title: string;
  summary: string;
  lesson?: string | undefined;
  brief: string;
  prompt: string;
  guidance?: string | undefined;
  rubric: { id: string; text: string }[];
  model: string;
  modelNotes?: string | undefined;
}

/** The practice tasks the loader found, or none when this version of the loader reads none. */
export function practiceTasks(content: object): ContentEntry<PracticeTask>[] {
  const list = (content as { practice?: unknown }).practice;
  return Array.isArray(list) ? (list as ContentEntry<PracticeTask>[]) : [];
}
