/**
 * The learning-record statements a scenario makes: `answered` for each choice (a decision, with the
 * choice in result.response) and `completed` at the end (the ending, final variables and path in
 * result.extensions). A PMO aggregates these across learners, so every field is always filled the
 * same way. Pure, so the record's wording is tested apart from the page.
 *
 * A decision is an xAPI `choice` interaction listing its choices, with the strong choice the author
 * declared as its correct response, so an LRS can tell which decisions most learners get wrong.
 */
import type { ActivityRef, Interaction, StatementDraft } from '../record/api';
import type { Scenario } from './schema';
import type { ChoiceRecord, EndingRecord } from './machine';

export interface ScenarioRecordContext {
  /** The nodes give each decision's choices. */
  scenario: Pick<Scenario, 'id' | 'title'> & {
    nodes: readonly {
      id: string;
      choices: readonly { id: string; text: string; quality?: 'strong' | 'mixed' | 'weak' }[];
    }[];
  };
  courseId: string;
  courseTitle: string;
  /** The content revision the learner saw. */
  revision: string;
}

export function scenarioActivity({ scenario }: ScenarioRecordContext): ActivityRef {
  return { kind: 'scenario', id: scenario.id, title: scenario.title };
}

function courseActivity(ctx: ScenarioRecordContext): ActivityRef {
  return { kind: 'course', id: ctx.courseId, title: ctx.courseTitle };
}

function decisionInteraction(ctx: ScenarioRecordContext, nodeId: string): Interaction {
  const node = ctx.scenario.nodes.find((candidate) => candidate.id === nodeId);
  const strong = node?.choices.find((choice) => choice.quality === 'strong');
  return {
    type: 'choice',
    choices: (node?.choices ?? []).map((choice) => ({
      id: choice.id,
      description: choice.text,
    })),
    ...(strong ? { correctResponses: [strong.id] as [string] } : {}),
  };
}

/** A decision's activity id is `scenarioId/nodeId`, as a question's is `quizId/questionId`. */
export function choiceStatement(ctx: ScenarioRecordContext, record: ChoiceRecord): StatementDraft {
  return {
    verb: 'answered',
    activity: {
      kind: 'decision',
      id: `${ctx.scenario.id}/${record.node.id}`,
      title: record.node.title,
      interaction: decisionInteraction(ctx, record.node.id),
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
