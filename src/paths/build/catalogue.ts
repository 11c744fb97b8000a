/**
 * The learning paths and the course outline as pages hand them to islands (plain, serialisable data),
 * read once per build from Astro's collections. The insights page also gets quiz prompts (with each
 * right answer and the lesson that teaches it) and scenario choices (with how good each is) and
 * endings (with their rank), so its figures can say what each question and choice was, and which
 * was good practice.
 */
import { getCollection } from 'astro:content';
import { courseOutline } from '../../record/course-outline';
import type { LearningPath, PathEntry } from '../schema';
import type { InsightsCatalogue } from '../../insights/aggregate';
import type { PathCatalogue, PathRef, PathSummary } from '../steps';
import { getCourseTree } from '../../content/site';
import { rightAnswerText } from '../../quiz/right-answer';

export function entryToRef(entry: PathEntry): PathRef {
  if ('course' in entry) return { kind: 'course', id: entry.course, optional: entry.optional };
  if ('module' in entry) return { kind: 'module', id: entry.module, optional: entry.optional };
  return { kind: 'step', id: entry.step, optional: entry.optional };
}

export function pathSummary(path: LearningPath): PathSummary {
  return {
    id: path.id,
    title: path.title,
    description: path.description,
    audience: path.audience,
    suggestedDays: path.suggestedDays,
    refs: path.steps.map(entryToRef),
  };
}

let cached: Promise<PathCatalogue> | undefined;

/** Paths in title order, with the course outline they refer to. */
export function getPathCatalogue(): Promise<PathCatalogue> {
  cached ??= (async () => {
    const tree = await getCourseTree();
    const paths = (await getCollection('paths'))
      .map((entry) => pathSummary(entry.data))
      .sort((a, b) => a.title.localeCompare(b.title, 'en-GB'));
    return { courses: tree.courses.map(courseOutline), paths };
  })();
  return cached;
}

export async function getInsightsCatalogue(): Promise<InsightsCatalogue> {
  const base = await getPathCatalogue();
  const lessons = new Map(
    base.courses.flatMap((course) =>
      course.modules.flatMap((module) =>
        module.steps.map((step) => [step.id, { title: step.title, href: step.href }] as const),
      ),
    ),
  );
  const quizzes = (await getCollection('quizzes')).map(({ data }) => ({
    id: data.id,
    title: data.title,
    questions: data.questions.map((question) => {
      const lesson = question.lesson === undefined ? undefined : lessons.get(question.lesson);
      return {
        id: question.id,
        prompt: question.prompt,
        answer: rightAnswerText(question),
        ...(lesson ? { lesson } : {}),
      };
    }),
  }));
  const scenarios = (await getCollection('scenarios')).map(({ data }) => ({
    id: data.id,
    title: data.title,
    decisions: data.nodes.map((node) => ({
      id: node.id,
      title: node.title,
      choices: node.choices.map((choice) => ({
        id: choice.id,
        text: choice.text,
        quality: choice.quality,
        why: choice.why,
      })),
    })),
    endings: data.endings.map((ending) => ({
      id: ending.id,
      title: ending.title,
      rank: ending.rank,
    })),
  }));
  const practice = (await getCollection('practice')).map(({ data }) => ({
    id: data.id,
    title: data.title,
    criteria: data.rubric.map((criterion) => ({ id: criterion.id, text: criterion.text })),
  }));
  return { ...base, quizzes, scenarios, practice };
}
