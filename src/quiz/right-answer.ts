/**
 * A question's right answer in words, on one line: for a PMO's table, which shows the prompt but not
 * the options, so "B" or "true" alone would say nothing. Parts are separated by semicolons.
 */
import type { Question } from './schema';

export function rightAnswerText(question: Question): string {
  switch (question.type) {
    case 'single':
    case 'multiple':
      return question.options
        .filter((option) => option.correct)
        .map((option) => option.text)
        .join('; ');
    case 'truefalse':
      return question.answer ? 'True' : 'False';
    case 'matching':
      return question.pairs.map((pair) => `${pair.item}: ${pair.match}`).join('; ');
    case 'ordering':
      return question.items.map((item, index) => `${index + 1}. ${item.text}`).join('; ');
  }
}
