/**
 * The PMO's figures, from learners' summaries: completion by learner and by path, who may need help,
 * quiz questions ranked by how often they are answered wrong the first time, the choices and endings
 * of each scenario, and each practice task's rubric results. Each table is worked out by its own
 * function (learner-progress.ts, path-completion.ts, questions.ts, scenarios.ts, practice.ts); this
 * file puts them together.
 *
 * Groups smaller than `minGroup` people (a path's learners, a question's answerers, a decision's or a
 * scenario's players) are hidden, with a note saying how many were: with very few people, a share can
 * point at one person. Per-learner tables are not groups: they list the people who chose to share.
 */
import type { Bar, Table } from './figures';
import { assignmentsByLearner, completionByLearner, whoMayNeedHelp } from './learner-progress';
import { pathCompletion, type PathBar } from './path-completion';
import { questionsWrongFirstTime, type QuizOutline } from './questions';
import { scenarioInsights, type ScenarioInsight, type ScenarioOutline } from './scenarios';
import { practiceInsights, type PracticeInsight, type PracticeOutline } from './practice';
import type { LearnerSummary } from './summary';
import type { PathCatalogue } from '../paths/steps';

export interface InsightsCatalogue extends PathCatalogue {
  quizzes: readonly QuizOutline[];
  scenarios: readonly ScenarioOutline[];
  practice: readonly PracticeOutline[];
}

/** The default smallest group shown; explained on the page. */
export const DEFAULT_MIN_GROUP = 5;

export interface Insights {
  learners: number;
  minGroup: number;
  completionByLearner: Table;
  completionByPath: Table;
  pathBars: PathBar[];
  needHelp: Table;
  questions: Table;
  questionBars: Bar[];
  scenarios: ScenarioInsight[];
  practice: PracticeInsight[];
}

export function aggregate(
  summaries: readonly LearnerSummary[],
  catalogue: InsightsCatalogue,
  minGroup: number = DEFAULT_MIN_GROUP,
): Insights {
  const rows = assignmentsByLearner(summaries);
  const { pathBars, completionByPath } = pathCompletion(summaries, minGroup);
  const { questions, questionBars } = questionsWrongFirstTime(
    summaries,
    catalogue.quizzes,
    minGroup,
  );
  return {
    learners: summaries.length,
    minGroup,
    completionByLearner: completionByLearner(rows),
    completionByPath,
    pathBars,
    needHelp: whoMayNeedHelp(rows),
    questions,
    questionBars,
    scenarios: scenarioInsights(summaries, catalogue.scenarios, minGroup),
    practice: practiceInsights(summaries, catalogue.practice, minGroup),
  };
}

/**
 * As aggregate, for the page: null (and the error in the console) if working the figures out throws
 * for a reason nobody foresaw, so the page can say so instead of going blank.
 */
export function workOutInsights(
  summaries: readonly LearnerSummary[],
  catalogue: InsightsCatalogue,
  minGroup: number = DEFAULT_MIN_GROUP,
): Insights | null {
  try {
    return aggregate(summaries, catalogue, minGroup);
  } catch (error) {
    console.error('Sideline: could not work out the insights', error);
    return null;
  }
}
