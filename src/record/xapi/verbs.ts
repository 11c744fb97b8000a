/**
 * The verbs Sideline records, and the one way to read a verb back: from `verb.id`. The display text is
 * for people reading a statement in a Learning Record Store; nothing here or anywhere else in the site
 * takes meaning from it, so an edited display ("passed" on some other verb id) changes nothing.
 *
 * Verbs come from ADL's vocabulary where it has one; verbs of our own live under the site's activity
 * base, as `<activity base>verbs/<name>`. A statement carries that base as its actor's
 * `account.homePage` (see buildStatement), so a record made under another base still reads, and a verb
 * id under any other address is refused.
 */
/**
 * What a learner did, as the site records it now. Each has one verb IRI (below):
 * ADL's where it has one; `assigned` ("Add to my learning") is our own, under the activity base.
 * `attempted` is written for a practice answer the learner submits. Records made before 2026-12 also
 * hold it on a path activity, for an assignment (now `assigned`); readers tell the two apart by the
 * activity's kind (see paths/assignments/record.ts).
 * `reopened` ("Mark as not done") is our own too: a learner taking back a lesson's done mark. A
 * `completed` statement can be neither edited nor deleted, and `voided` is for statements recorded in
 * error, which this one was not; so the undo is a statement of its own, later than the one it takes
 * back, and a lesson is done when its latest mark says done (lesson-marks.ts).
 */
export type Verb =
  | 'experienced'
  | 'progressed'
  | 'completed'
  | 'answered'
  | 'attempted'
  | 'passed'
  | 'failed'
  | 'assigned'
  | 'reopened';

/** Every verb a record may hold. The same as Verb today; kept apart so an old verb has a home. */
export type RecordedVerb = Verb;

const ADL_VERBS = 'http://adlnet.gov/expapi/verbs/';

/** Where each verb's IRI lives. A Record, so adding a verb to the Verb type forces a line here. */
const VERB_HOMES: Record<RecordedVerb, 'adl' | 'own'> = {
  experienced: 'adl',
  progressed: 'adl',
  completed: 'adl',
  answered: 'adl',
  passed: 'adl',
  failed: 'adl',
  attempted: 'adl',
  assigned: 'own',
  reopened: 'own',
};

/** Every verb's name, as the display text Sideline writes for it. */
export const RECORDED_VERBS = Object.keys(VERB_HOMES) as readonly RecordedVerb[];

/** `activityBase` ends with a slash, as normaliseBase() leaves it. */
export function verbIri(verb: RecordedVerb, activityBase: string): string {
  return VERB_HOMES[verb] === 'adl' ? `${ADL_VERBS}${verb}` : `${activityBase}verbs/${verb}`;
}

const BY_ADL_IRI = new Map<string, RecordedVerb>(
  RECORDED_VERBS.filter((verb) => VERB_HOMES[verb] === 'adl').map((verb) => [
    verbIri(verb, ''),
    verb,
  ]),
);
const OWN_VERBS: ReadonlySet<string> = new Set(
  RECORDED_VERBS.filter((verb) => VERB_HOMES[verb] === 'own'),
);

/**
 * The verb an IRI names, or undefined if it is not one Sideline writes. `activityBase` is the base the
 * statement was written under: its actor's account.homePage.
 */
export function verbNamed(id: string, activityBase: string): RecordedVerb | undefined {
  const adl = BY_ADL_IRI.get(id);
  if (adl) return adl;
  const own = `${activityBase}verbs/`;
  if (!activityBase.endsWith('/') || !id.startsWith(own)) return undefined;
  const name = id.slice(own.length);
  return OWN_VERBS.has(name) ? (name as RecordedVerb) : undefined;
}
