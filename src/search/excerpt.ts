/**
 * Pagefind's excerpts are page text with the matched words wrapped in <mark>. The page text itself is
 * NOT escaped (a lesson that shows "<script>" as text comes back as "<script>"), so an excerpt must
 * never be inserted as HTML. This splits it into plain text runs and marked runs; the page renders
 * each run as a text node, so the only element an excerpt can ever produce is <mark>.
 */

export interface ExcerptPart {
  text: string;
  /** A word the search matched, shown highlighted. */
  marked: boolean;
}

const MARK_TAG = /(<mark>|<\/mark>)/;

export function excerptParts(excerpt: string): ExcerptPart[] {
  const parts: ExcerptPart[] = [];
  let marked = false;
  for (const piece of excerpt.split(MARK_TAG)) {
    if (piece === '<mark>') marked = true;
    else if (piece === '</mark>') marked = false;
    else if (piece !== '') {
      const last = parts.at(-1);
      // Adjacent runs of the same kind read as one (e.g. "</mark><mark>" between two matched words).
      if (last && last.marked === marked) last.text += piece;
      else parts.push({ text: piece, marked });
    }
  }
  return parts;
}
