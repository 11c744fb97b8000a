/** The record's words for learners, shared by islands so every page says the same thing. */
import type { ImportOutcome } from './api';
import type { QuizResult, Status } from './projections';

export const STATUS_TEXT: Record<Status, string> = {
  'not-started': 'Not started',
  'in-progress': 'In progress',
  completed: 'Completed',
};

export function stepsDoneText(done: number, total: number): string {
  return `${done} of ${total} ${total === 1 ? 'step' : 'steps'} done`;
}

/** "Best score 80%, passed"; null before any scored attempt. */
export function quizResultText(result: QuizResult): string | null {
  if (result.bestPercent === undefined) return null;
  return `Best score ${result.bestPercent}%, ${result.passed ? 'passed' : 'not passed yet'}`;
}

export function endingsText(endings: readonly string[]): string | null {
  if (!endings.length) return null;
  return endings.length === 1 ? '1 ending reached' : `${endings.length} endings reached`;
}

/** "Your answer meets 4 of 5 points", from the learner's own assessment. */
export function practiceResultText(result: { met: number; of: number }): string {
  return `Your answer meets ${result.met} of ${result.of} ${result.of === 1 ? 'point' : 'points'}`;
}

/**
 * A step's state as the course navigation shows it: a word for styling and the words a screen reader
 * hears after the step's title. Quizzes say whether they are passed, scenarios whether an ending was
 * reached, since "done" alone would hide a failed quiz.
 */
export type NavState = 'not-started' | 'in-progress' | 'done' | 'passed' | 'not-passed' | 'ending';

export function navStepState(progress: {
  status: Status;
  quiz?: QuizResult | undefined;
  endings?: readonly string[] | undefined;
}): { state: NavState; text: string } {
  if (progress.quiz?.passed) return { state: 'passed', text: 'passed' };
  if (progress.quiz?.bestPercent !== undefined)
    return { state: 'not-passed', text: 'not passed yet' };
  if (progress.endings?.length) return { state: 'ending', text: 'ending reached' };
  if (progress.status === 'completed') return { state: 'done', text: 'done' };
  if (progress.status === 'in-progress') return { state: 'in-progress', text: 'in progress' };
  return { state: 'not-started', text: 'not started' };
}

/** "3 of 5 done", a module's count in the navigation. */
export function moduleDoneText(done: number, total: number): string {
  return `${done} of ${total} done`;
}

export function entriesText(count: number): string {
  return count === 1 ? '1 entry' : `${count} entries`;
}

/**
 * What the learner reads after an import: what was added, and anything left out or not recognised
 * ("Record imported. 12 entries added. 1 assignment was left out…").
 */
export function importedText(outcome: Extract<ImportOutcome, { ok: true }>): string {
  const added = outcome.added ? `${entriesText(outcome.added)} added` : 'Nothing new to add';
  const already = outcome.alreadyThere
    ? `; ${entriesText(outcome.alreadyThere)} already in your record`
    : '';
  const parts = [
    outcome.replaced
      ? `Your record has been replaced with the imported one (${entriesText(outcome.added)}).`
      : `Record imported. ${added}${already}.`,
  ];
  const left = outcome.notImported ?? [];
  if (left.length) {
    const titles = left.map((title) => `“${title}”`).join(', ');
    parts.push(
      `${left.length === 1 ? '1 assignment was' : `${left.length} assignments were`} left out because this site does not have the learning path, courses or lessons it names: ${titles}. Ask whoever assigned it to send it again.`,
    );
  }
  if (outcome.unknownContent) {
    parts.push(
      `${entriesText(outcome.unknownContent)} ${outcome.unknownContent === 1 ? 'is' : 'are'} about courses or lessons this site does not have (they may have been removed since). ${outcome.unknownContent === 1 ? 'It is' : 'They are'} kept in your record but do not count towards your progress.`,
    );
  }
  if (!outcome.saved) parts.push('They are kept only until you close this tab.');
  return parts.join(' ');
}
