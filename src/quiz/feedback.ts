/**
 * What to tell the learner after they check an answer: for each part of it, whether it was right
 * and the author's explanation of why.
 */
import type { Question } from './schema';
import type { Answer } from './answers';
import { isCorrect } from './scoring';

export type FeedbackLine =
  /** An option (or true/false) the learner chose. */
  | { kind: 'chosen'; id: string; text: string; right: boolean; feedback: string }
  /** A right option of a multiple-response question the learner left out. */
  | { kind: 'missed'; id: string; text: string; feedback: string }
  /** The right option (or true/false) of a single-answer question the learner got wrong. */
  | { kind: 'answer'; id: string; text: string; feedback: string }
  /** A matching item: what the learner chose for it and what it matches. */
  | {
      kind: 'matched';
      id: string;
      item: string;
      chosen: string;
      expected: string;
      right: boolean;
      feedback: string;
    }
  /** An ordering item: where the learner put it and where it belongs (1 is the first). */
  | {
      kind: 'placed';
      id: string;
      text: string;
      position: number;
      expected: number;
      right: boolean;
      feedback: string;
    };

export interface QuestionFeedback {
  correct: boolean;
  lines: FeedbackLine[];
}

export function feedbackFor(question: Question, answer: Answer | undefined): QuestionFeedback {
  return { correct: isCorrect(question, answer), lines: linesFor(question, answer) };
}

function linesFor(question: Question, answer: Answer | undefined): FeedbackLine[] {
  switch (question.type) {
    case 'single':
    case 'multiple': {
      const chosen = chosenOptions(answer);
      const lines: FeedbackLine[] = question.options
        .filter((o) => chosen.includes(o.id))
        .map((o) => ({
          kind: 'chosen',
          id: o.id,
          text: o.text,
          right: o.correct,
          feedback: o.feedback,
        }));
      // What a tutor would say next: the right answers the learner did not choose, and why.
      question.options
        .filter((o) => o.correct && !chosen.includes(o.id))
        .forEach((o) =>
          lines.push({
            kind: question.type === 'multiple' ? 'missed' : 'answer',
            id: o.id,
            text: o.text,
            feedback: o.feedback,
          }),
        );
      return lines;
    }
    case 'truefalse': {
      if (answer?.type !== 'truefalse' || answer.value === null) return [];
      const { value } = answer;
      const chosen: FeedbackLine = {
        kind: 'chosen',
        id: String(value),
        text: trueOrFalse(value),
        right: value === question.answer,
        feedback: value ? question.feedback.true : question.feedback.false,
      };
      if (chosen.right) return [chosen];
      const right = question.answer;
      return [
        chosen,
        {
          kind: 'answer',
          id: String(right),
          text: trueOrFalse(right),
          feedback: right ? question.feedback.true : question.feedback.false,
        },
      ];
    }
    case 'matching': {
      const matches = answer?.type === 'matching' ? answer.matches : {};
      return question.pairs.map((p) => {
        const chosen = matches[p.id] ?? '';
        return {
          kind: 'matched',
          id: p.id,
          item: p.item,
          chosen,
          expected: p.match,
          right: chosen === p.match,
          feedback: p.feedback,
        };
      });
    }
    case 'ordering': {
      const order = answer?.type === 'ordering' ? answer.itemIds : [];
      return order.flatMap((id, index) => {
        const expected = question.items.findIndex((i) => i.id === id);
        const item = question.items[expected];
        if (!item) return [];
        return [
          {
            kind: 'placed' as const,
            id,
            text: item.text,
            position: index + 1,
            expected: expected + 1,
            right: index === expected,
            feedback: item.feedback,
          },
        ];
      });
    }
  }
}

/** The learner's answer in words, one line per part, for the review at the end. */
export function describeAnswer(question: Question, answer: Answer | undefined): string[] {
  switch (question.type) {
    case 'single':
    case 'multiple': {
      const chosen = chosenOptions(answer);
      return question.options.filter((o) => chosen.includes(o.id)).map((o) => o.text);
    }
    case 'truefalse':
      return answer?.type === 'truefalse' && answer.value !== null
        ? [trueOrFalse(answer.value)]
        : [];
    case 'matching': {
      const matches = answer?.type === 'matching' ? answer.matches : {};
      return question.pairs.map((p) => `${p.item}: ${matches[p.id] ?? 'no answer'}`);
    }
    case 'ordering': {
      const order = answer?.type === 'ordering' ? answer.itemIds : [];
      return order.flatMap((id) => question.items.find((i) => i.id === id)?.text ?? []);
    }
  }
}

/** The right answer in words, one line per part, in the same form as describeAnswer. */
export function describeRightAnswer(question: Question): string[] {
  switch (question.type) {
    case 'single':
    case 'multiple':
      return question.options.filter((o) => o.correct).map((o) => o.text);
    case 'truefalse':
      return [trueOrFalse(question.answer)];
    case 'matching':
      return question.pairs.map((p) => `${p.item}: ${p.match}`);
    case 'ordering':
      return question.items.map((i) => i.text);
  }
}

function trueOrFalse(value: boolean): string {
  return value ? 'True' : 'False';
}

function chosenOptions(answer: Answer | undefined): string[] {
  if (answer?.type === 'single') return answer.optionId === null ? [] : [answer.optionId];
  if (answer?.type === 'multiple') return answer.optionIds;
  return [];
}
