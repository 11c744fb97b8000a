/**
 * The shape of every statement the learning record stores, exports and imports, as a zod/mini schema
 * (this runs in the browser, so not full zod). One schema for writing and for importing, so whatever the
 * site writes it can always read back. It is deliberately strict: a statement that Sideline would never
 * write (an unknown field, a control character, markup in an activity name, an over-long string) means
 * the file was edited or damaged, and an import refuses it.
 */
import * as z from 'zod/mini';
import { CONTROL_CHARACTERS, CONTROL_CHARACTERS_EXCEPT_LINES, MARKUP } from '../../site/plain-text';
import { LIMITS } from './limits';
import { RECORDED_VERBS, verbNamed, type RecordedVerb } from './verbs';

// Islands run under a strict CSP (no eval): skip zod's new Function probe, which CSP reports as a violation.
z.config({ jitless: true });

export const IRI = /^https?:\/\/[^\s<>"{}|\\^`]+$/;

function text(max: number, allowLineBreaks = false) {
  const forbidden = allowLineBreaks ? CONTROL_CHARACTERS_EXCEPT_LINES : CONTROL_CHARACTERS;
  return z.string().check(
    z.maxLength(max, `is longer than ${max} characters`),
    z.refine((value) => !forbidden.test(value), 'contains a control character'),
  );
}

/** Names of activities: plain text, never markup (the site always renders them as text anyway). */
const activityName = text(LIMITS.name).check(
  z.minLength(1, 'is empty'),
  z.refine((value) => !MARKUP.test(value), 'contains markup, such as a <script> tag'),
);

const iri = z
  .string()
  .check(
    z.maxLength(LIMITS.iri, `is longer than ${LIMITS.iri} characters`),
    z.regex(IRI, 'is not a web address (IRI)'),
  );

const scalar = z.union([text(LIMITS.response, true), z.number(), z.boolean(), z.null()]);
const extensionValue = z.union([
  scalar,
  z.array(z.union([text(LIMITS.name), z.number()])).check(z.maxLength(LIMITS.listLength)),
  z.record(text(LIMITS.id), scalar),
]);
const extensions = z.record(iri, extensionValue);

const languageMap = z.strictObject({ 'en-GB': activityName });

/** The xAPI interaction types Sideline's questions and decisions use. */
export const INTERACTION_TYPES = ['choice', 'sequencing', 'matching', 'true-false'] as const;

/**
 * An option, item or answer of an interaction. Its id may be an answer's words (a matching question's
 * answers are known by their text, as in the learner's response), so it is allowed a name's length.
 */
const interactionComponent = z.strictObject({
  id: text(LIMITS.name).check(z.minLength(1, 'is empty')),
  description: languageMap,
});
const components = z.array(interactionComponent).check(z.maxLength(LIMITS.listLength));

const activitySchema = z.strictObject({
  objectType: z.literal('Activity'),
  id: iri,
  definition: z.exactOptional(
    z.strictObject({
      name: z.exactOptional(languageMap),
      type: z.exactOptional(iri),
      interactionType: z.exactOptional(z.enum(INTERACTION_TYPES)),
      correctResponsesPattern: z.exactOptional(
        z.array(text(LIMITS.response)).check(z.maxLength(LIMITS.listLength)),
      ),
      choices: z.exactOptional(components),
      source: z.exactOptional(components),
      target: z.exactOptional(components),
      extensions: z.exactOptional(extensions),
    }),
  ),
});

const scoreSchema = z.strictObject({
  scaled: z
    .number()
    .check(
      z.gte(-1, 'is below -1 (scores run from -1 to 1)'),
      z.lte(1, 'is above 1 (scores run from -1 to 1)'),
    ),
  raw: z.exactOptional(z.number()),
  min: z.exactOptional(z.number()),
  max: z.exactOptional(z.number()),
});

export const statementSchema = z
  .strictObject({
    /**
     * A UUID is a value, not text: `0A1B…` and `0a1b…` are one statement. Every statement enters the
     * record through this schema (written here or imported), so ids are stored lower-case, as
     * crypto.randomUUID writes them, and every comparison after this one is by value.
     */
    id: z.uuid('is not a statement id (a UUID)').check(z.toLowerCase()),
    actor: z.strictObject({
      objectType: z.literal('Agent'),
      account: z.strictObject({
        homePage: iri,
        name: text(LIMITS.id).check(z.minLength(1, 'is empty')),
      }),
      /** The learner's own display name: any printable text, always rendered as text. */
      name: z.exactOptional(text(LIMITS.name)),
    }),
    verb: z.strictObject({
      id: iri,
      display: z.strictObject({ 'en-GB': z.enum(RECORDED_VERBS) }),
    }),
    object: activitySchema,
    result: z.exactOptional(
      z.strictObject({
        success: z.exactOptional(z.boolean()),
        completion: z.exactOptional(z.boolean()),
        response: z.exactOptional(text(LIMITS.response, true)),
        score: z.exactOptional(scoreSchema),
        duration: z.exactOptional(z.iso.duration('is not a duration (like PT4M12S)')),
        extensions: z.exactOptional(extensions),
      }),
    ),
    context: z.strictObject({
      contextActivities: z.exactOptional(
        z.strictObject({
          parent: z.exactOptional(z.array(activitySchema).check(z.maxLength(LIMITS.listLength))),
          grouping: z.exactOptional(z.array(activitySchema).check(z.maxLength(LIMITS.listLength))),
        }),
      ),
      extensions: z.exactOptional(extensions),
    }),
    timestamp: z.iso.datetime({ offset: true, message: 'is not a date and time' }),
    version: z.literal('1.0.3'),
  })
  .check(
    // A verb means what its id says: only ids Sideline writes, under this statement's own activity base.
    z.refine((statement) => verbParts(statement).named !== undefined, {
      message: 'is not a verb Sideline records',
      path: ['verb', 'id'],
    }),
    z.refine(
      (statement) => {
        const { named, display } = verbParts(statement);
        return named === undefined || named === display;
      },
      { message: 'does not match the verb it names', path: ['verb', 'display', 'en-GB'] },
    ),
  );

/** Zod runs these checks even when other fields failed, so the statement may be any shape here. */
function verbParts(statement: unknown): { named: RecordedVerb | undefined; display: unknown } {
  const { verb, actor } = (statement ?? {}) as {
    verb?: { id?: unknown; display?: Record<string, unknown> };
    actor?: { account?: { homePage?: unknown } };
  };
  const homePage = actor?.account?.homePage;
  const named =
    typeof verb?.id === 'string' && typeof homePage === 'string'
      ? verbNamed(verb.id, homePage)
      : undefined;
  return { named, display: verb?.display?.['en-GB'] };
}

/** One xAPI statement as Sideline writes it. */
export type Statement = z.infer<typeof statementSchema>;
export type StatementActivity = z.infer<typeof activitySchema>;
