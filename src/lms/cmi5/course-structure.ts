/**
 * A course's cmi5.xml: the course structure an LMS imports with the package (cmi5 spec section 13,
 * schema https://w3id.org/xapi/profiles/cmi5/v1/CourseStructure.xsd, checked against ADL's copy in
 * tests/unit/lms/cmi5/course-structure.test.ts).
 *
 * One AU per module, not one per course: each module ends in at most one quiz, so its pass mark is
 * the AU's masteryScore as it stands (a course AU would have to merge six pass marks into one), the
 * LMS shows the learner's progress module by module, and a learner can finish a module in one sitting.
 * The LMS counts the course satisfied once every AU is.
 */
import { activityIri, normaliseBase } from '../../record/xapi/statements';
import { escapeHtml as escapeXml } from '../../site/markdown-html';

export interface Cmi5Step {
  kind: string;
  id: string;
}
export interface Cmi5Module {
  id: string;
  title: string;
  summary: string;
  steps: readonly Cmi5Step[];
}
export interface Cmi5Course {
  id: string;
  title: string;
  summary: string;
  modules: readonly Cmi5Module[];
}

export type MoveOn = 'Completed' | 'CompletedAndPassed';

/** What satisfies a module's AU: every step done, and where it has a quiz, the quiz passed. */
export interface AuRule {
  moveOn: MoveOn;
  /** 0 to 1, from the quiz's pass mark (per cent); only with CompletedAndPassed. */
  masteryScore?: number;
  /** The quiz whose best score is the AU's score. */
  quizId?: string;
}

export function auRule(
  module: Cmi5Module,
  passMarkOf: (quizId: string) => number | undefined,
): AuRule {
  const quiz = module.steps.find((step) => step.kind === 'quiz');
  const passMark = quiz ? passMarkOf(quiz.id) : undefined;
  if (!quiz || passMark === undefined) return { moveOn: 'Completed' };
  // Per cent to a fraction without binary noise (75 → 0.75, not 0.7500000000000001).
  return {
    moveOn: 'CompletedAndPassed',
    masteryScore: Number((passMark / 100).toFixed(4)),
    quizId: quiz.id,
  };
}

export interface CourseStructureOptions {
  /** content/site.yaml's activityBase: the course and AU ids are IRIs under it. */
  activityBase: string;
  passMarkOf: (quizId: string) => number | undefined;
  /** The AU's launch page, relative to the package root (the LMS adds the launch parameters). */
  launchUrl: (moduleId: string) => string;
  language?: string;
}

function text(element: string, value: string, language: string, indent: string): string {
  return [
    `${indent}<${element}>`,
    `${indent}  <langstring lang="${language}">${escapeXml(value)}</langstring>`,
    `${indent}</${element}>`,
  ].join('\n');
}

/** The AU's id: the module's own activity IRI, so the LMS and Sideline's statements name it alike. */
export function auId(activityBase: string, moduleId: string): string {
  return activityIri(normaliseBase(activityBase), 'module', moduleId);
}

export function courseStructureXml(course: Cmi5Course, options: CourseStructureOptions): string {
  const language = options.language ?? 'en-GB';
  const base = normaliseBase(options.activityBase);
  const aus = course.modules.map((module) => {
    const rule = auRule(module, options.passMarkOf);
    const attributes = [
      `id="${escapeXml(auId(base, module.id))}"`,
      `moveOn="${rule.moveOn}"`,
      ...(rule.masteryScore === undefined ? [] : [`masteryScore="${rule.masteryScore}"`]),
      // The launch page works in a frame of the LMS's page or in a window of its own.
      'launchMethod="AnyWindow"',
    ];
    return [
      `  <au ${attributes.join(' ')}>`,
      text('title', module.title, language, '    '),
      text('description', module.summary, language, '    '),
      `    <url>${escapeXml(options.launchUrl(module.id))}</url>`,
      '  </au>',
    ].join('\n');
  });
  return [
    '<?xml version="1.0" encoding="utf-8"?>',
    '<courseStructure xmlns="https://w3id.org/xapi/profiles/cmi5/v1/CourseStructure.xsd">',
    `  <course id="${escapeXml(activityIri(base, 'course', course.id))}">`,
    text('title', course.title, language, '    '),
    text('description', course.summary, language, '    '),
    '  </course>',
    ...aus,
    '</courseStructure>',
    '',
  ].join('\n');
}
