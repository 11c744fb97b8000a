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
      if (question.type === 'multiple') {
        question.options
          .filter((o) => o.correct && !chosen.includes(o.id))
          .forEach((o) =>
            lines.push({ kind: 'missed', id: o.id, text: o.text, feedback: o.feedback }),
          );
      }
      return lines;
    }
    case 'truefalse': {
      if (answer?.type !== 'truefalse' || answer.value === null) return [];
      const { value } = answer;
      return [
        {
          kind: 'chosen',
          id: String(value),
          text: value ? 'True' : 'False',
          right: value === question.answer,
          feedback: value ? question.feedback.true : question.feedback.false,
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
        ? [answer.value ? 'True' : 'False']
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

function chosenOptions(answer: Answer | undefined): string[] {
  if (answer?.type === 'single') return answer.optionId === null ? [] : [answer.optionId];
  if (answer?.type === 'multiple') return answer.optionIds;
  return [];
}
