/**
 * Over 300 lines on purpose: the book rendering of each kind of step (quiz, scenario, video, practice), side by side so they read alike.
 * Each kind of step as a section of a chapter: a lesson (its built body), a video (its transcript,
 * slide by slide), a scenario (every decision with its choices and where each leads, then the
 * endings), a practice task (the brief and the rubric) and a quiz (the questions; the answers are at
 * the end of the book). Ids are the authors' ids, so links between steps work in both editions.
 */
import type { StepNode } from '../../content/course-tree';
import type { Lesson } from '../../content/schemas/lesson';
import type { Question, Quiz } from '../../quiz/schema';
import { seedFor, shuffled } from '../../quiz/shuffle';
import { parseCondition, type Condition, type Operand } from '../../scenario/conditions';
import { END } from '../../scenario/rules';
import type { Scenario, ScenarioTarget, ScenarioVariable } from '../../scenario/schema';
import { STEP_KIND_LABEL, minutes } from '../../site/step-labels';
import type { VideoScript } from '../../video/schema';
import { esc } from './html';
import { markdownToHtml } from '../../site/markdown-html';
import type { PracticeTask } from '../../practice/schema';

export interface StepContext {
  /** Title of a step in this book by its id, for "taught in" links. */
  stepTitle: (id: string) => string | undefined;
}

function stepHeading(step: StepNode, kindLabel?: string): string {
  const kind = kindLabel ?? (STEP_KIND_LABEL as Record<string, string>)[step.kind] ?? step.kind;
  return (
    `<h2>${esc(step.title)}</h2>` +
    `<p class="step-kind">${esc(kind)} · about ${esc(minutes(step.duration))}</p>`
  );
}

function objectivesHtml(label: string, objectives: readonly string[]): string {
  if (!objectives.length) return '';
  return (
    `<div class="objectives"><p class="label">${esc(label)}</p>` +
    `<ul>${objectives.map((objective) => `<li>${esc(objective)}</li>`).join('')}</ul></div>`
  );
}

function section(step: StepNode, inner: string): string {
  return `<section class="step step--${esc(step.kind)}" id="${esc(step.id)}">${inner}</section>`;
}

export function lessonSection(step: StepNode, lesson: Lesson, body: string): string {
  return section(
    step,
    stepHeading(step) +
      objectivesHtml('In this lesson you will learn to', lesson.objectives) +
      body,
  );
}

export function videoSection(step: StepNode, video: VideoScript, watchAt: string): string {
  const slides = video.slides
    .map(
      (slide) =>
        `<h3>${esc(slide.heading)}</h3>` +
        (slide.bullets.length
          ? `<ul class="slide-points">${slide.bullets.map((bullet) => `<li>${esc(bullet)}</li>`).join('')}</ul>`
          : '') +
        paragraphs(slide.narration),
    )
    .join('');
  return section(
    step,
    stepHeading(step, 'Video transcript') +
      `<p>${esc(video.summary)}</p>` +
      objectivesHtml('In this video you will learn to', video.objectives) +
      `<p class="note">The video, with captions, is at <a href="${esc(watchAt)}">${esc(watchAt)}</a>. ` +
      'Here is what the narrator says, under the heading of each slide.</p>' +
      `<div class="transcript">${slides}</div>`,
  );
}

function paragraphs(text: string): string {
  return text
    .split(/\n\s*\n/)
    .map((paragraph) => paragraph.replace(/\s+/g, ' ').trim())
    .filter(Boolean)
    .map((paragraph) => `<p>${esc(paragraph)}</p>`)
    .join('');
}

// Scenarios --------------------------------------------------------------------------------------

/** The decisions in reading order: the first one, then the rest as the author wrote them. */
export function decisionOrder(scenario: Scenario): Scenario['nodes'] {
  const first = scenario.nodes.find((node) => node.id === scenario.start);
  return first ? [first, ...scenario.nodes.filter((node) => node !== first)] : scenario.nodes;
}

export function scenarioSection(step: StepNode, scenario: Scenario): string {
  const nodes = decisionOrder(scenario);
  const number = new Map(nodes.map((node, index) => [node.id, index + 1]));
  const variables = new Map(scenario.variables.map((variable) => [variable.id, variable]));
  const anchor = (id: string) => `${scenario.id}--${id}`;
  const endingsAnchor = `${scenario.id}--endings`;

  const target = (to: ScenarioTarget): string => {
    const place = (goto: string) =>
      goto === END
        ? `<a href="#${esc(endingsAnchor)}">the end: see the endings</a>`
        : `<a href="#${esc(anchor(goto))}">decision ${number.get(goto) ?? '?'}, ${esc(nodes.find((node) => node.id === goto)?.title ?? goto)}</a>`;
    if (typeof to === 'string') return `Go to ${place(to)}.`;
    return (
      `<ul class="branches">` +
      to
        .map((branch, index) =>
          branch.if === undefined
            ? `<li>${index === 0 ? 'Go' : 'Otherwise go'} to ${place(branch.goto)}.</li>`
            : `<li>If ${esc(conditionWords(branch.if, variables))}, go to ${place(branch.goto)}.</li>`,
        )
        .join('') +
      `</ul>`
    );
  };

  const decisions = nodes
    .map((node) => {
      const choices = node.choices
        .map((choice) => {
          const changes = [
            ...Object.entries(choice.effects).map(
              ([id, delta]) =>
                `${variables.get(id)?.label ?? id} ${delta >= 0 ? 'up' : 'down'} ${Math.abs(delta)}`,
            ),
            ...Object.entries(choice.set ?? {}).map(
              ([id, value]) => `${variables.get(id)?.label ?? id} set to ${value}`,
            ),
          ];
          return (
            `<li><p class="choice__text">${esc(choice.text)}</p>` +
            `<p><strong>What happens:</strong> ${esc(choice.result)}</p>` +
            (changes.length ? `<p><strong>Changes:</strong> ${esc(changes.join('; '))}.</p>` : '') +
            `<div class="choice__next">${target(choice.to)}</div></li>`
          );
        })
        .join('');
      return (
        `<section class="decision" id="${esc(anchor(node.id))}">` +
        `<h3>Decision ${number.get(node.id)}: ${esc(node.title)}</h3>` +
        (node.speaker ? `<p class="speaker">${esc(node.speaker)}</p>` : '') +
        markdownToHtml(node.text) +
        (choices
          ? `<p class="label">Your choices</p><ol class="choices" type="A">${choices}</ol>`
          : '') +
        `</section>`
      );
    })
    .join('');

  const endings = scenario.endings
    .map(
      (ending) =>
        `<section class="ending" id="${esc(anchor(ending.id))}"><h4>${esc(ending.title)}</h4>` +
        `<p class="ending__when">${ending.when ? `You reach this ending if ${esc(conditionWords(ending.when, variables))}.` : 'You reach this ending if none of those above applies.'}</p>` +
        `<p>${esc(ending.outcome)}</p>` +
        (ending.debrief
          ? `<div class="debrief"><p class="label">Debrief</p>${markdownToHtml(ending.debrief)}</div>`
          : '') +
        `</section>`,
    )
    .join('');

  const gauges = scenario.variables
    .map(
      (variable) =>
        `<li>${esc(variable.label)}: starts at ${variable.start} on a scale of ${variable.min} to ${variable.max}; ${variable.better} is better.</li>`,
    )
    .join('');

  return section(
    step,
    stepHeading(step) +
      `<p>${esc(scenario.summary)}</p>` +
      `<div class="how-to-read"><p>Read this scenario as a story you steer. Start at decision 1, pick a choice, and follow where it leads. ` +
      `Your choices change these measures, which decide your ending:</p><ul>${gauges}</ul></div>` +
      decisions +
      `<section class="endings" id="${esc(endingsAnchor)}"><h3>Endings</h3>` +
      `<p>When the scenario ends, the first of these endings that fits your measures is yours.</p>${endings}</section>`,
  );
}

const COMPARISON_WORDS: Record<string, string> = {
  '>=': 'is at least',
  '<=': 'is at most',
  '>': 'is more than',
  '<': 'is less than',
  '==': 'is',
  '!=': 'is not',
};

/** "acc >= 7 and risk <= 4" as "Accountability clarity is at least 7 and Delivery risk is at most 4". */
export function conditionWords(
  source: string,
  variables: ReadonlyMap<string, ScenarioVariable>,
): string {
  const parsed = parseCondition(source);
  if (!parsed.ok) return source;
  const operand = (value: Operand) =>
    value.kind === 'number' ? String(value.value) : (variables.get(value.id)?.label ?? value.id);
  const say = (condition: Condition, parent?: 'and' | 'or'): string => {
    if (condition.kind === 'compare')
      return `${operand(condition.left)} ${COMPARISON_WORDS[condition.op]} ${operand(condition.right)}`;
    const text = `${say(condition.left, condition.kind)} ${condition.kind} ${say(condition.right, condition.kind)}`;
    return parent && parent !== condition.kind ? `(${text})` : text;
  };
  return say(parsed.condition);
}

// Practice tasks ---------------------------------------------------------------------------------

export function practiceSection(step: StepNode, task: PracticeTask, context: StepContext): string {
  const lesson = task.lesson && context.stepTitle(task.lesson);
  return section(
    step,
    stepHeading(step, 'Practice') +
      `<p>${esc(task.summary)}</p>` +
      (lesson && task.lesson
        ? `<p>It practises what <a href="#${esc(task.lesson)}">${esc(lesson)}</a> teaches.</p>`
        : '') +
      `<div class="brief">${markdownToHtml(task.brief)}</div>` +
      `<p class="label">Write: ${esc(task.prompt)}</p>` +
      (task.guidance ? `<div class="guidance">${markdownToHtml(task.guidance)}</div>` : '') +
      `<p class="label">Check your answer against these points</p>` +
      `<ul class="rubric">${task.rubric.map((criterion) => `<li>${esc(criterion.text)}</li>`).join('')}</ul>` +
      `<p>A model answer is in <a href="#answers-${esc(task.id)}">Answers and feedback</a> at the end of the book.</p>`,
  );
}

// Quizzes ----------------------------------------------------------------------------------------

export function quizSection(step: StepNode, quiz: Quiz, context: StepContext): string {
  const questions = quiz.questions
    .map(
      (question) =>
        `<li id="${esc(questionAnchor(quiz, question))}">${questionHtml(question, context)}</li>`,
    )
    .join('');
  return section(
    step,
    stepHeading(step) +
      `<p>${quiz.questions.length} question${quiz.questions.length === 1 ? '' : 's'}. The pass mark online is ${quiz.passMark}%. ` +
      `The answers, with feedback on every option, are in <a href="#answers-${esc(quiz.id)}">Answers and feedback</a> at the end of the book.</p>` +
      `<ol class="questions">${questions}</ol>`,
  );
}

export function questionAnchor(quiz: Pick<Quiz, 'id'>, question: Pick<Question, 'id'>): string {
  return `${quiz.id}--${question.id}`;
}

const LETTERS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';
export const letter = (index: number) => LETTERS.charAt(index) || String(index + 1);

function questionHtml(question: Question, context: StepContext): string {
  const prompt = `<p class="question__prompt">${esc(question.prompt)}</p>`;
  const lettered = (items: string[]) =>
    `<ol class="options" type="A">${items.map((item) => `<li>${esc(item)}</li>`).join('')}</ol>`;
  let body: string;
  switch (question.type) {
    case 'single':
      body = `<p class="question__how">Choose one answer.</p>${lettered(question.options.map((o) => o.text))}`;
      break;
    case 'multiple':
      body = `<p class="question__how">Choose all the answers that apply.</p>${lettered(question.options.map((o) => o.text))}`;
      break;
    case 'truefalse':
      body = `<p class="question__how">True or false?</p>`;
      break;
    case 'matching':
      body =
        `<p class="question__how">Match each item to one of the answers.</p>` +
        `<ol class="items">${question.pairs.map((pair) => `<li>${esc(pair.item)}</li>`).join('')}</ol>` +
        `<p class="label">Answers</p>${lettered(matchingAnswers(question))}`;
      break;
    case 'ordering':
      body = `<p class="question__how">Put these in the right order.</p>${lettered(orderingShown(question).map((item) => item.text))}`;
      break;
  }
  const hint = question.hint ? `<p class="question__hint">Hint: ${esc(question.hint)}</p>` : '';
  const taught = question.lesson && context.stepTitle(question.lesson);
  const lesson =
    taught && question.lesson
      ? `<p class="question__lesson">Taught in <a href="#${esc(question.lesson)}">${esc(taught)}</a>.</p>`
      : '';
  return prompt + body + hint + lesson;
}

/** The answers a matching question offers: every match once, and the distractors, in A–Z order. */
export function matchingAnswers(question: Extract<Question, { type: 'matching' }>): string[] {
  return [...new Set([...question.pairs.map((pair) => pair.match), ...question.distractors])].sort(
    (a, b) => a.localeCompare(b, 'en-GB'),
  );
}

/** An ordering question's items in a fixed order that is never the right one. */
export function orderingShown(
  question: Extract<Question, { type: 'ordering' }>,
): Extract<Question, { type: 'ordering' }>['items'] {
  const mixed = shuffled(question.items, seedFor(0, question.id));
  const same = mixed.every((item, index) => item === question.items[index]);
  return same ? [...mixed.slice(1), ...mixed.slice(0, 1)] : mixed;
}
