/**
 * The answers at the end of the book: for every quiz, the right answer to each question and the
 * feedback on every option (why it is right or wrong, as the site gives it after an answer), and for
 * every practice task its model answer and notes.
 */
import type { Question, Quiz } from '../../quiz/schema';
import { esc } from './html';
import { markdownToHtml } from '../../site/markdown-html';
import type { PracticeTask } from '../../practice/schema';
import { letter, matchingAnswers, orderingShown, questionAnchor } from './steps';

export interface ModuleAnswers {
  /** "Module 2: Making time". */
  module: string;
  quiz?: Quiz | undefined;
  practice: PracticeTask[];
}

export function answersHtml(modules: readonly ModuleAnswers[]): string {
  const parts = modules.flatMap(({ module, quiz, practice }) => [
    ...practice.map(
      (task) =>
        `<section class="answers-for" id="answers-${esc(task.id)}">` +
        `<h2>${esc(module)}: ${esc(task.title)}</h2>` +
        `<p class="label">A model answer</p><div class="model-answer">${markdownToHtml(task.model)}</div>` +
        (task.modelNotes
          ? `<p class="label">Why it works</p>${markdownToHtml(task.modelNotes)}`
          : '') +
        `</section>`,
    ),
    ...(quiz
      ? [
          `<section class="answers-for" id="answers-${esc(quiz.id)}">` +
            `<h2>${esc(module)}: ${esc(quiz.title)}</h2>` +
            `<ol class="answer-list">${quiz.questions
              .map(
                (question, index) =>
                  `<li><p class="answer__question"><a href="#${esc(questionAnchor(quiz, question))}">Question ${index + 1}</a>: ${esc(question.prompt)}</p>${answerHtml(question)}</li>`,
              )
              .join('')}</ol></section>`,
        ]
      : []),
  ]);
  return (
    `<section class="answers" id="answers"><h1>Answers and feedback</h1>` +
    `<p>Try each quiz before you read its answers. The feedback says why each answer is right or wrong.</p>` +
    parts.join('') +
    `</section>`
  );
}

/** "Right." or "Not right." before the feedback, unless the feedback already opens with its verdict. */
function judged(right: boolean, feedback: string): string {
  const saysSo = /^(right|correct|yes|no|not|wrong|partly|almost|true|false)\b/i.test(feedback);
  return esc(saysSo ? feedback : `${right ? 'Right' : 'Not right'}. ${feedback}`);
}

function answerHtml(question: Question): string {
  switch (question.type) {
    case 'single':
    case 'multiple': {
      const right = question.options.flatMap((option, index) =>
        option.correct ? [`${letter(index)}. ${option.text}`] : [],
      );
      return (
        `<p class="answer"><strong>Answer:</strong> ${esc(right.join('; '))}</p>` +
        `<ul class="feedback">${question.options
          .map(
            (option, index) =>
              `<li><strong>${letter(index)}. ${esc(option.text)}</strong>: ${judged(option.correct, option.feedback)}</li>`,
          )
          .join('')}</ul>`
      );
    }
    case 'truefalse':
      return (
        `<p class="answer"><strong>Answer:</strong> ${question.answer ? 'True' : 'False'}</p>` +
        `<ul class="feedback">` +
        `<li><strong>If you said true</strong>: ${judged(question.answer, question.feedback.true)}</li>` +
        `<li><strong>If you said false</strong>: ${judged(!question.answer, question.feedback.false)}</li></ul>`
      );
    case 'matching': {
      const answers = matchingAnswers(question);
      return (
        `<p class="answer"><strong>Answer:</strong></p><ul class="feedback">${question.pairs
          .map(
            (pair, index) =>
              `<li><strong>${index + 1}. ${esc(pair.item)}</strong> matches ${letter(answers.indexOf(pair.match))}. ${esc(pair.match)}. ${esc(pair.feedback)}</li>`,
          )
          .join('')}</ul>` +
        (question.distractors.length
          ? `<p>Matching nothing: ${esc(question.distractors.join('; '))}.</p>`
          : '')
      );
    }
    case 'ordering': {
      const shown = orderingShown(question);
      return (
        `<p class="answer"><strong>Answer:</strong> ${question.items.map((item) => letter(shown.indexOf(item))).join(', ')}</p>` +
        `<ol class="feedback">${question.items
          .map((item) => `<li><strong>${esc(item.text)}</strong>: ${esc(item.feedback)}</li>`)
          .join('')}</ol>`
      );
    }
  }
}
