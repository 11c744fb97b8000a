/**
 * A course as a book, from the content the build has already read and checked (loadContent and the
 * course tree) and the lesson pages it has already rendered: a title page, one chapter per module
 * with its steps in course order, the answers, the glossary and the role profiles. Both editions
 * (EPUB and PDF) are written from this one model, so nothing is said twice.
 */
import { createHash } from 'node:crypto';
import type { CourseNode, CourseTree, StepNode } from '../../content/course-tree';
import type { ContentProblem } from '../../content/friendly-errors';
import type { LoadedContent } from '../../content/load';
import { roleLabel, type RoleLabelOptions } from '../../site/role-labels';
import { minutes } from '../../site/step-labels';
import { answersHtml, type ModuleAnswers } from './answers';
import { glossaryHtml, rolesHtml } from './appendices';
import { esc } from './html';
import { lessonBodyFromPage } from './lesson';
import type { PracticeTask } from '../../practice/schema';
import {
  lessonSection,
  practiceSection,
  quizSection,
  scenarioSection,
  videoSection,
  type StepContext,
} from './steps';
import { countOf } from '../../site/counts';

export interface ContentsEntry {
  id: string;
  title: string;
  children: ContentsEntry[];
}

export interface BookPart {
  /** The id of the part's outer element; also names its file in the EPUB. */
  id: string;
  title: string;
  kind: 'title' | 'chapter' | 'answers' | 'appendix';
  /** HTML with links inside the book written "#id". */
  html: string;
}

export interface Book {
  courseId: string;
  title: string;
  summary: string;
  language: 'en-GB';
  /** A stable urn:uuid made from the course's address, so a reading system knows a new edition. */
  identifier: string;
  publisher: string;
  /** The course on the site. */
  url: string;
  parts: BookPart[];
  contents: ContentsEntry[];
  /** The source file behind each step, module and appendix id: problems name the file to change. */
  sources: Record<string, string>;
}

export interface BookInput {
  content: LoadedContent;
  tree: CourseTree;
  course: CourseNode;
  siteUrl: string;
  /** The built HTML of a page of the site by its address (from dist/), if it was built. */
  readPage: (href: string) => string | undefined;
}

export function assembleBook({ content, course, siteUrl, readPage }: BookInput): {
  book: Book;
  problems: ContentProblem[];
} {
  const problems: ContentProblem[] = [];
  const byId = <T extends { data: { id: string } }>(entries: readonly T[]) =>
    new Map(entries.map((entry) => [entry.data.id, entry]));
  const lessons = byId(content.lessons);
  const quizzes = byId(content.quizzes);
  const scenarios = byId(content.scenarios);
  const videos = byId(content.videos);
  const practice = byId(content.practice);
  const roles = new Map(content.roles.map(({ data }) => [data.id, data]));
  const roleName = (id: string, options: RoleLabelOptions = {}) => {
    const role = roles.get(id);
    return role ? roleLabel(content.site, role, options) : id;
  };

  const steps = course.modules.flatMap((module) => module.steps);
  const stepIds = new Set(steps.map((step) => step.id));
  const context: StepContext = {
    stepTitle: (id) => steps.find((step) => step.id === id)?.title,
  };
  const absolute = (href: string) => new URL(href, siteUrl).href;
  const sources: Record<string, string> = {};
  const courseFile = `${course.folder}/course.yaml`;
  sources['title-page'] = courseFile;

  const stepHtml = (step: StepNode): string => {
    sources[step.id] = step.file;
    switch (step.kind) {
      case 'lesson': {
        const lesson = lessons.get(step.id);
        const page = readPage(step.href);
        const body = page && lessonBodyFromPage(page, step.id, { siteUrl, steps: stepIds });
        if (!lesson || body === undefined) {
          problems.push({
            file: step.file,
            problem: `The built page of the lesson "${step.id}" (${step.href}) was not found, so the book has no text for it.`,
            fix: 'Build the site first (npm run build), then the books; or check that the lesson builds without errors.',
          });
          return '';
        }
        return lessonSection(step, lesson.data, body);
      }
      case 'video': {
        const video = videos.get(step.id);
        return video ? videoSection(step, video.data, absolute(step.href)) : '';
      }
      case 'scenario': {
        const scenario = scenarios.get(step.id);
        return scenario ? scenarioSection(step, scenario.data) : '';
      }
      case 'quiz': {
        const quiz = quizzes.get(step.id);
        return quiz ? quizSection(step, quiz.data, context) : '';
      }
      default: {
        // Practice tasks, once the course tree has them.
        const task = practice.get(step.id);
        return task ? practiceSection(step, task.data, context) : '';
      }
    }
  };

  const audience = course.audience.map((id) => roleName(id, { plural: true })).join(', ');
  const parts: BookPart[] = [
    {
      id: 'title-page',
      title: course.title,
      kind: 'title',
      html:
        `<section class="title-page" id="title-page">` +
        `<p class="publisher">${esc(content.site.name)}</p>` +
        `<h1 class="book-title">${esc(course.title)}</h1>` +
        `<p class="book-summary">${esc(course.summary)}</p>` +
        `<p>For ${esc(audience)}. ${countOf(course.modules.length, 'module')}, ${countOf(course.stepCount, 'step')}, about ${esc(minutes(course.duration))} online.</p>` +
        `<p class="label">By the end you will be able to</p>` +
        `<ul>${course.outcomes.map((outcome) => `<li>${esc(outcome)}</li>`).join('')}</ul>` +
        `<p class="note">This book holds the whole course: every lesson, the video transcripts, the scenarios as stories to follow, ` +
        `and the quizzes, with the answers and feedback at the end. To take the quizzes and keep a record of your progress, ` +
        `use the course online at <a href="${esc(absolute(course.href))}">${esc(absolute(course.href))}</a>.</p>` +
        `</section>`,
    },
  ];
  const contents: ContentsEntry[] = [];
  const answers: ModuleAnswers[] = [];

  course.modules.forEach((module, index) => {
    const heading = `Module ${index + 1}: ${module.title}`;
    sources[module.id] = `${module.folder}/module.yaml`;
    parts.push({
      id: module.id,
      title: heading,
      kind: 'chapter',
      html:
        `<section class="chapter" role="doc-chapter" id="${esc(module.id)}">` +
        `<h1>${esc(heading)}</h1><p class="chapter-summary">${esc(module.summary)}</p>` +
        (module.objectives.length
          ? `<div class="objectives"><p class="label">In this module you will learn to</p><ul>${module.objectives.map((objective) => `<li>${esc(objective)}</li>`).join('')}</ul></div>`
          : '') +
        module.steps.map(stepHtml).join('') +
        `</section>`,
    });
    contents.push({
      id: module.id,
      title: heading,
      children: module.steps.map((step) => ({ id: step.id, title: step.title, children: [] })),
    });
    const quizStep = module.steps.find((step) => step.kind === 'quiz');
    const tasks = module.steps.flatMap((step): PracticeTask[] => {
      const task = practice.get(step.id);
      return task ? [task.data] : [];
    });
    const quiz = quizStep && quizzes.get(quizStep.id)?.data;
    if (quiz || tasks.length)
      answers.push({ module: `Module ${index + 1}`, quiz, practice: tasks });
  });

  if (answers.length) {
    parts.push({
      id: 'answers',
      title: 'Answers and feedback',
      kind: 'answers',
      html: answersHtml(answers),
    });
    contents.push({ id: 'answers', title: 'Answers and feedback', children: [] });
    sources['answers'] = courseFile;
  }
  parts.push({
    id: 'glossary',
    title: 'Appendix A: Glossary',
    kind: 'appendix',
    html: glossaryHtml(content.glossary),
  });
  sources['glossary'] = content.glossaryFile;
  parts.push({
    id: 'roles',
    title: 'Appendix B: Role profiles',
    kind: 'appendix',
    html: rolesHtml(content.roles, (id) => roleName(id, { capital: true })),
  });
  sources['roles'] = 'content/roles/';
  contents.push(
    { id: 'glossary', title: 'Appendix A: Glossary', children: [] },
    { id: 'roles', title: 'Appendix B: Role profiles', children: [] },
  );

  const url = absolute(course.href);
  return {
    book: {
      courseId: course.id,
      title: course.title,
      summary: course.summary,
      language: 'en-GB',
      identifier: `urn:uuid:${nameBasedUuid(url)}`,
      publisher: content.site.name,
      url,
      parts,
      contents,
      sources,
    },
    problems,
  };
}

/** A name-based (version 5 style) UUID: the same course address always gives the same id. */
function nameBasedUuid(name: string): string {
  const hex = createHash('sha1').update(name).digest('hex').slice(0, 32).split('');
  hex[12] = '5';
  hex[16] = ((parseInt(hex[16]!, 16) & 0x3) | 0x8).toString(16);
  const s = hex.join('');
  return `${s.slice(0, 8)}-${s.slice(8, 12)}-${s.slice(12, 16)}-${s.slice(16, 20)}-${s.slice(20)}`;
}
