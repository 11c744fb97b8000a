/**
 * How long each kind of text in a statement may be. The statement schema refuses longer ones;
 * buildStatement fits every activity name and option to LIMITS.name. No imports, so an island can use it without loading the schema.
 */
export const LIMITS = {
  id: 200,
  iri: 500,
  name: 300,
  /** A practice answer the learner chooses to share: about a page of writing. */
  response: 6000,
  revision: 100,
  listLength: 100,
} as const;

/**
 * Text shortened to fit an activity name or an option's description: cut at LIMITS.name characters,
 * ending with "…".
 */
export function fitName(text: string): string {
  return text.length > LIMITS.name ? `${text.slice(0, LIMITS.name - 1)}…` : text;
}
