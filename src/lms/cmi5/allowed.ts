/**
 * Sideline's own statements (a lesson read, a question answered, a quiz passed) as cmi5 "allowed"
 * statements for the LMS's LRS: the same statement, told by the learner the LMS named, with the LMS's
 * context template (its session id, its publisher id) and the registration in context.
 *
 * The template's values win over Sideline's (10.2.1.0-7: an AU must not overwrite them); Sideline's
 * context activities are added beside the template's, so the lesson's module and course stay readable.
 * No cmi5 category: that marks the statements the cmi5 rules define (initialized, completed…), which
 * the LMS reads for satisfaction, and these are not those.
 * The statement keeps its id, so a resend is harmless: an LRS stores an id once.
 */
import type { Activity, Agent, Context, Statement as XapiStatement } from '@xapi/xapi';
import type { Statement } from '../../record/xapi/schema';

export const SESSION_ID_EXTENSION = 'https://w3id.org/xapi/cmi5/context/extensions/sessionid';

export interface Launch {
  actor: Agent;
  registration: string;
  /** LMS.LaunchData's contextTemplate. */
  contextTemplate: Context;
}

type ActivityLists = NonNullable<Context['contextActivities']>;
const LISTS = ['parent', 'grouping', 'category', 'other'] as const;

function asList(value: Activity | Activity[] | undefined): Activity[] {
  if (value === undefined) return [];
  return Array.isArray(value) ? value : [value];
}

function mergeActivities(template: ActivityLists | undefined, own: ActivityLists | undefined) {
  const merged: ActivityLists = {};
  for (const list of LISTS) {
    const fromTemplate = asList(template?.[list]);
    const ids = new Set(fromTemplate.map((activity) => activity.id));
    const all = [
      ...fromTemplate,
      ...asList(own?.[list]).filter((activity) => !ids.has(activity.id)),
    ];
    if (all.length) merged[list] = all;
  }
  return merged;
}

export function allowedStatement(statement: Statement, launch: Launch): XapiStatement {
  const own = statement.context as Context;
  const template = launch.contextTemplate;
  const contextActivities = mergeActivities(template.contextActivities, own.contextActivities);
  const extensions = { ...own.extensions, ...template.extensions };
  return {
    ...(statement as unknown as XapiStatement),
    actor: launch.actor,
    context: {
      ...own,
      ...template,
      registration: launch.registration,
      ...(Object.keys(contextActivities).length ? { contextActivities } : {}),
      ...(Object.keys(extensions).length ? { extensions } : {}),
    },
  };
}
