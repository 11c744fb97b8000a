/**
 * Turns what an island hands over (a StatementDraft) into a full xAPI 1.0.3 statement, and reads our
 * content ids back out of one without parsing IRIs.
 *
 * Where the ids live, for projections and the PMO dashboard:
 * - object.definition.extensions[`${base}ext/content-id`]   the activity's content id
 * - object.definition.extensions[`${base}ext/activity-kind`] lesson, quiz, question, scenario…
 * - context.extensions[`${base}ext/revision`]   the content revision the learner saw
 * - context.extensions[`${base}ext/course-id`]  the course (also contextActivities.grouping)
 * - context.extensions[`${base}ext/parent-id`]  the parent (also contextActivities.parent)
 * Readers match on the `ext/<name>` ending, so a record made under another activity base still reads.
 *
 * What a statement means comes from its verb id alone (verbs.ts; verbOf here), never from the
 * display text. Questions and decisions carry their xAPI interaction (interactionType, correct
 * responses, options) in object.definition, so any Learning Record Store can read their responses.
 */
import type {
  ActivityKind,
  ActivityRef,
  Interaction,
  InteractionComponent,
  StatementDraft,
} from '../api';
import type { Statement, StatementActivity } from './schema';
import { readExtension } from './extensions';
import { fitName } from './limits';
import { verbIri, verbNamed, type RecordedVerb } from './verbs';

export const DEFAULT_ACTIVITY_BASE = 'https://sideline.example/activities/';

export interface StatementContext {
  /** The IRI every activity id starts with; ends with a slash. From content/site.yaml. */
  activityBase: string;
  learner: { id: string; name?: string | undefined };
  /** For tests; defaults to the current time. */
  now?: () => Date;
  /** For tests; defaults to crypto.randomUUID. */
  newId?: () => string;
}

export const ACTIVITY_TYPES: Record<ActivityKind, string> = {
  course: 'http://adlnet.gov/expapi/activities/course',
  module: 'http://adlnet.gov/expapi/activities/module',
  lesson: 'http://adlnet.gov/expapi/activities/lesson',
  quiz: 'http://adlnet.gov/expapi/activities/assessment',
  question: 'http://adlnet.gov/expapi/activities/cmi.interaction',
  decision: 'http://adlnet.gov/expapi/activities/cmi.interaction',
  scenario: 'http://adlnet.gov/expapi/activities/simulation',
  video: 'http://adlnet.gov/expapi/activities/media',
  // A task the learner carries out and assesses against a rubric.
  practice: 'http://adlnet.gov/expapi/activities/performance',
  path: 'http://adlnet.gov/expapi/activities/objective',
};

/** Ensures the base ends with one slash, so ids join cleanly whatever site.yaml holds. */
export function normaliseBase(activityBase: string): string {
  return activityBase.endsWith('/') ? activityBase : `${activityBase}/`;
}

export function activityIri(activityBase: string, kind: ActivityKind, id: string): string {
  // Question ids hold a slash (quiz/question); each part is encoded, the slash kept.
  const path = id.split('/').map(encodeURIComponent).join('/');
  return `${normaliseBase(activityBase)}${kind}/${path}`;
}

export function extensionIri(activityBase: string, name: string): string {
  return `${normaliseBase(activityBase)}ext/${name}`;
}

function components(list: readonly InteractionComponent[]) {
  return list.map(({ id, description }) => ({
    id,
    description: { 'en-GB': fitName(description) },
  }));
}

/**
 * xAPI's interaction fields of an activity definition (whose type is cmi.interaction), one shape per
 * interaction type as the spec lays them out; tests check each against @xapi/xapi's typings.
 */
export function interactionDefinition(interaction: Interaction) {
  switch (interaction.type) {
    case 'choice':
    case 'sequencing':
      return {
        interactionType: interaction.type,
        ...(interaction.correctResponses
          ? { correctResponsesPattern: interaction.correctResponses }
          : {}),
        choices: components(interaction.choices),
      };
    case 'matching':
      return {
        interactionType: interaction.type,
        correctResponsesPattern: interaction.correctResponses,
        source: components(interaction.source),
        target: components(interaction.target),
      };
    case 'true-false':
      return {
        interactionType: interaction.type,
        correctResponsesPattern: interaction.correctResponses,
      };
  }
}

function activity(base: string, ref: ActivityRef): StatementActivity {
  return {
    objectType: 'Activity',
    id: activityIri(base, ref.kind, ref.id),
    definition: {
      // Fitted here, once, so no island can hand over a title the record's schema would refuse.
      ...(ref.title ? { name: { 'en-GB': fitName(ref.title) } } : {}),
      type: ACTIVITY_TYPES[ref.kind],
      ...(ref.interaction ? interactionDefinition(ref.interaction) : {}),
      extensions: {
        [extensionIri(base, 'content-id')]: ref.id,
        [extensionIri(base, 'activity-kind')]: ref.kind,
      },
    },
  };
}

/**
 * Parent and course activities carry only their id and type: their content ids are in the context
 * extensions, and leaving out names keeps a large record small enough to download and import again.
 */
function contextActivity(base: string, ref: ActivityRef): StatementActivity {
  return {
    objectType: 'Activity',
    id: activityIri(base, ref.kind, ref.id),
    definition: { type: ACTIVITY_TYPES[ref.kind] },
  };
}

/** Islands may name extensions briefly ('ending'); those go under the site's extension base. */
function qualify(base: string, extensions: Record<string, unknown> | undefined) {
  const out: Record<string, unknown> = {};
  if (!extensions) return out;
  for (const [key, value] of Object.entries(extensions)) {
    out[/^https?:\/\//.test(key) ? key : extensionIri(base, key)] = value;
  }
  return out;
}

/**
 * The statement is returned as built; the record validates it before it reaches a table, so a bad
 * draft (say, an extension value that is not plain data) is refused there, not here.
 */
export function buildStatement(draft: StatementDraft, ctx: StatementContext): Statement {
  const base = normaliseBase(ctx.activityBase);
  const { context, result } = draft;
  const contextExtensions: Record<string, unknown> = qualify(base, context?.extensions);
  if (context?.revision !== undefined)
    contextExtensions[extensionIri(base, 'revision')] = context.revision;
  if (context?.course) contextExtensions[extensionIri(base, 'course-id')] = context.course.id;
  if (context?.parent) contextExtensions[extensionIri(base, 'parent-id')] = context.parent.id;

  const contextActivities: { parent?: StatementActivity[]; grouping?: StatementActivity[] } = {};
  if (context?.parent) contextActivities.parent = [contextActivity(base, context.parent)];
  if (context?.course) contextActivities.grouping = [contextActivity(base, context.course)];

  const statement = {
    id: (ctx.newId ?? (() => crypto.randomUUID()))(),
    actor: {
      objectType: 'Agent',
      account: { homePage: base, name: ctx.learner.id },
      ...(ctx.learner.name ? { name: ctx.learner.name } : {}),
    },
    verb: { id: verbIri(draft.verb, base), display: { 'en-GB': draft.verb } },
    object: activity(base, draft.activity),
    ...(result
      ? {
          result: {
            ...result,
            ...(result.extensions ? { extensions: qualify(base, result.extensions) } : {}),
          },
        }
      : {}),
    context: {
      ...(contextActivities.parent || contextActivities.grouping ? { contextActivities } : {}),
      ...(Object.keys(contextExtensions).length ? { extensions: contextExtensions } : {}),
    },
    timestamp: (ctx.now ?? (() => new Date()))().toISOString(),
    version: '1.0.3',
  };
  // Checked against statementSchema by the record before storing; the cast only names the shape.
  return statement as Statement;
}

function readString(map: Record<string, unknown> | undefined, name: string): string | undefined {
  const value = readExtension(map, name);
  return typeof value === 'string' ? value : undefined;
}

/** The content id of the statement's activity (a lesson id, a quiz id, `quiz/question`…). */
export function contentIdOf(statement: Statement): string | undefined {
  return readString(statement.object.definition?.extensions, 'content-id');
}

export function activityKindOf(statement: Statement): ActivityKind | undefined {
  return readString(statement.object.definition?.extensions, 'activity-kind') as
    ActivityKind | undefined;
}

export function courseIdOf(statement: Statement): string | undefined {
  return readString(statement.context.extensions, 'course-id');
}

export function parentIdOf(statement: Statement): string | undefined {
  return readString(statement.context.extensions, 'parent-id');
}

export function revisionOf(statement: Statement): string | undefined {
  return readString(statement.context.extensions, 'revision');
}

/**
 * What the learner did, read from verb.id alone (never from its display text). The record's schema
 * admits only verb ids Sideline writes, so this is undefined only for a statement that bypassed it.
 */
export function verbOf(statement: Statement): RecordedVerb | undefined {
  return verbNamed(statement.verb.id, statement.actor.account.homePage);
}
