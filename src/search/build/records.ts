/**
 * What search finds that a page's HTML does not hold: a scenario's opening situation (the player renders
 * only its introduction on the server), each glossary term (so a result opens at the term, not at the
 * top of a long page) and a video's transcript when the page does not carry it. Built at the end of the
 * build from the content files, in the same words and filters as the pages (search-attributes.ts).
 */
import type { CustomRecord } from 'pagefind';
import type { Scenario } from '../../scenario/schema';
import type { VideoScript } from '../../video/schema';
import type { ContentEntry, CourseTree, StepNode } from '../../content/course-tree';
import { parseMarkdown, type Inline } from '../../site/markdown';
import { escapeHtml } from '../../site/markdown-html';
import { glossaryHref } from '../glossary';
import type { VideoTranscript } from '../../video/assets';

/** Every record and page is indexed as one language, so one index serves the whole site. */
export const SEARCH_LANGUAGE = 'en';

export interface StepPlace {
  course: string;
  module: string;
  roles: string[];
}

/** A step's course title, module title and role names, as its page states them. */
export function stepPlace(
  tree: CourseTree,
  step: StepNode,
  roleNames: (ids: readonly string[]) => string[],
): StepPlace | undefined {
  const course = tree.courses.find((candidate) => candidate.id === step.courseId);
  const module = course?.modules.find((candidate) => candidate.id === step.moduleId);
  if (!course || !module) return undefined;
  return { course: course.title, module: module.title, roles: roleNames(step.audience) };
}

/**
 * One record per scenario, opening its step page (the page has no anchor for a later situation: the
 * player renders them in the browser, one at a time). It holds what a learner meets before their first
 * choice: the title, the summary and the opening situation with the options it offers. Later situations
 * are left out because each one narrates what an earlier choice led to, and so are the choices'
 * results, the authors' judgements and the endings: a search snippet must not give the answers away.
 */
export function scenarioRecords(
  tree: CourseTree,
  scenarios: readonly ContentEntry<Scenario>[],
  roleNames: (ids: readonly string[]) => string[],
): CustomRecord[] {
  return scenarios.flatMap(({ data: scenario }) => {
    const step = tree.steps.get(scenario.id);
    const place = step && stepPlace(tree, step, roleNames);
    const opening = scenario.nodes.find((node) => node.id === scenario.start);
    if (!step || !place || !opening) return [];
    return [
      {
        url: step.href,
        language: SEARCH_LANGUAGE,
        content: sentences([
          scenario.title,
          scenario.summary,
          opening.title,
          opening.speaker ?? '',
          markdownText(opening.text),
          ...opening.choices.map((choice) => choice.text),
        ]),
        meta: {
          title: scenario.title,
          kind: 'Scenario',
          course: place.course,
          module: place.module,
        },
        filters: { course: [place.course], role: place.roles },
      },
    ];
  });
}

/** One record per glossary term, opening the term on the glossary page. */
export function glossaryRecords(
  terms: readonly {
    id: string;
    term: string;
    aka: readonly string[];
    definition: string;
    example?: string | undefined;
  }[],
): CustomRecord[] {
  return terms.map((term) => ({
    url: glossaryHref(term.id),
    language: SEARCH_LANGUAGE,
    content: sentences([
      term.term,
      term.aka.length ? `Also called ${term.aka.join('; ')}` : '',
      term.definition,
      term.example ?? '',
    ]),
    meta: { title: term.term, kind: 'Glossary term' },
    // Lets the search page leave out a term it already shows, with its definition, above the results.
    filters: { term: [term.id] },
  }));
}

export interface VideoWords {
  /** Everything said, as one text. */
  text: string;
  /** The first line said: enough to tell whether a page already shows the transcript. */
  opening: string;
}

/** The words of a video: the rendered transcript when there is one, else the narration it is made from. */
export function videoWords(script: VideoScript, transcript?: VideoTranscript): VideoWords {
  const lines = (
    transcript?.cues.length
      ? transcript.cues.map((cue) => cue.text)
      : script.slides.map((slide) => slide.narration)
  )
    .map(normaliseSpace)
    .filter(Boolean);
  return { text: lines.join(' '), opening: lines[0] ?? '' };
}

/**
 * Whether a built page already shows a line (the video island renders its transcript on the server,
 * one cue at a time between cue times): then the transcript is indexed with the page and must not be
 * added twice. The first line (at most its first twelve words) is enough to tell.
 */
export function pageHasText(html: string, line: string): boolean {
  const opening = normaliseSpace(line).split(' ').slice(0, 12).join(' ');
  if (!opening) return true;
  return visibleText(html).includes(opening);
}

/**
 * The page's HTML with a transcript added to what Pagefind indexes, so a video stays one result (its
 * own title, course and filters) that its narration also finds. Only the index sees this HTML.
 */
export function withIndexedText(html: string, text: string): string {
  const block = `<div data-pagefind-body><p>${escapeHtml(text)}</p></div>`;
  const end = html.lastIndexOf('</body>');
  return end === -1 ? html + block : html.slice(0, end) + block + html.slice(end);
}

function markdownText(source: string): string {
  const inline = (parts: Inline[]): string =>
    parts.map((part) => (typeof part === 'string' ? part : inline(part.children))).join('');
  return parseMarkdown(source)
    .map((block) => {
      if (block.kind === 'paragraph') return inline(block.children);
      if (block.kind === 'list') return block.items.map(inline).join('. ');
      return [block.head, ...block.rows].map((row) => row.map(inline).join(', ')).join('. ');
    })
    .join(' ');
}

/** Joins pieces of text so each ends a sentence: Pagefind's excerpts then read naturally. */
function sentences(pieces: readonly string[]): string {
  return pieces
    .map((piece) => normaliseSpace(piece))
    .filter(Boolean)
    .map((piece) => (/[.!?:]$/.test(piece) ? piece : `${piece}.`))
    .join(' ');
}

function visibleText(html: string): string {
  const text = html
    .replace(/<(script|style)\b[\s\S]*?<\/\1>/gi, ' ')
    .replace(/<[^>]+>/g, ' ')
    .replace(/&#(\d+);/g, (_, code: string) => String.fromCodePoint(Number(code)))
    .replace(/&#x([0-9a-f]+);/gi, (_, code: string) => String.fromCodePoint(parseInt(code, 16)))
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&nbsp;/g, ' ')
    .replace(/&amp;/g, '&');
  return normaliseSpace(text);
}

function normaliseSpace(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}
