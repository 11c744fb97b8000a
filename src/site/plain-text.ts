/**
 * What plain text may hold wherever Sideline stores or shows words it did not write itself: the one
 * definition used by the learning record's schema (src/record/xapi/schema.ts), the PMO reports' fast
 * check, assignment links, and the build's check of course files (src/content/text-checks.ts), so the
 * build refuses exactly the titles the record would refuse.
 */
/* eslint-disable no-control-regex -- finding control characters is the point */
/** Characters that never belong in a name or id: C0/C1 controls and bidirectional overrides. */
export const CONTROL_CHARACTERS = /[\u0000-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/;
/** As above, but longer text may hold line breaks and tabs (a learner's answer, a YAML block). */
export const CONTROL_CHARACTERS_EXCEPT_LINES =
  /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/;
/* eslint-enable no-control-regex */
/** Something shaped like an HTML tag. Titles and YAML text never hold tags; lesson bodies are MDX. */
export const MARKUP = /<\/?[a-z!][^<>]*>/i;
