/**
 * The learning-record statements a scenario makes: `answered` for each choice (a decision, with the
 * choice in result.response) and `completed` at the end (the ending, final variables and path in
 * result.extensions). A PMO aggregates these across learners, so every field is always filled the
 * same way. Pure, so the record's wording is tested apart from the page.
 */
import type { ActivityRef, StatementDraft } from '../record/api';
import type { Scenario } from './schema';
import type { ChoiceRecord, EndingRecord } from './machine';

export interface ScenarioRecordContext {
  scenario: Pick<Scenario, 'id' | 'title'>;
  courseId: string;
  courseTitle: string;
  /** The content revision the learner saw. */
  revision: string;
}

/** The record refuses activity names longer than this (statement-schema LIMITS.name). */
const MAX_TITLE = 300;

function title(text: string): string {
  return text.length > MAX_TITLE ? `${text.slice(0, MAX_TITLE - 1)}…` : text;
}

export function scenarioActivity({ scenario }: ScenarioRecordContext): ActivityRef {
  return { kind: 'scenario', id: scenario.id, title: title(scenario.title) };
}

function courseActivity(ctx: ScenarioRecordContext): ActivityRef {
  return { kind: 'course', id: ctx.courseId, title: title(ctx.courseTitle) };
}

/** A decision's activity id is `scenarioId/nodeId`, as a question's is `quizId/questionId`. */
export function choiceStatement(ctx: ScenarioRecordContext, record: ChoiceRecord): StatementDraft {
  return {
    verb: 'answered',
    activity: {
      kind: 'decision',
      id: `${ctx.scenario.id}/${record.node.id}`,
      title: title(record.node.title),
    },
    result: { response: record.choice.id, extensions: { variables: { ...record.variables } } },
    context: { parent: scenarioActivity(ctx), course: courseActivity(ctx), revision: ctx.revision },
  };
}

/** The path is written as `nodeId/choiceId` steps: choice ids are only unique within their node. */
export function endingStatement(ctx: ScenarioRecordContext, record: EndingRecord): StatementDraft {
  return {
    verb: 'completed',
    activity: scenarioActivity(ctx),
    result: {
      completion: true,
      response: record.ending.id,
      extensions: {
        ending: record.ending.id,
        variables: { ...record.variables },
        path: record.path.map((step) => `${step.nodeId}/${step.choiceId}`),
      },
    },
    context: { course: courseActivity(ctx), revision: ctx.revision },
  };
}
