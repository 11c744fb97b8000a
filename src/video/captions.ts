/**
 * Captions for the video lessons: narration split into short cues, timed from the measured length of
 * each narration clip, written as WebVTT and read back. Pure and framework-free; the video tool
 * (Node, type stripping) imports this file, so it has no runtime imports and only erasable TypeScript.
 */

export interface Cue {
  /** Seconds from the start of the video. */
  start: number;
  end: number;
  text: string;
}

/** About two lines of captions: longer cues are hard to read before they change. */
export const MAX_CUE_CHARS = 90;
/** A caption line; a cue longer than this is broken into two balanced lines. */
export const MAX_LINE_CHARS = 45;

/** Sentences end at . ! or ? followed by space and what looks like the start of a new sentence. */
const SENTENCE_END = /(?<=[.!?]["'”’)]?)\s+(?=["'“‘(]?[A-Z0-9])/;
/** Clause boundaries inside a long sentence: after a comma, semicolon, colon or a spaced dash. */
const CLAUSE_END = /(?<=[,;:])\s+|\s+(?=[—–-]\s)/;

export function normaliseSpace(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/**
 * The narration as cue texts of at most `max` characters, broken on sentence boundaries, or on clause
 * boundaries (then words) inside a sentence too long for one cue. Short neighbouring sentences share
 * a cue, so a list said as fragments ("A clear reason. A time limit.") does not flash past.
 */
export function splitIntoCueTexts(narration: string, max: number = MAX_CUE_CHARS): string[] {
  const sentences = normaliseSpace(narration).split(SENTENCE_END).filter(Boolean);
  const pieces = sentences.flatMap((sentence) =>
    sentence.length <= max
      ? [sentence]
      : pack(
          sentence.split(CLAUSE_END).flatMap((clause) => byWords(clause, max)),
          max,
        ),
  );
  return pack(pieces, max);
}

/** Greedily joins pieces with spaces while the result stays within `max` characters. */
function pack(pieces: string[], max: number): string[] {
  const out: string[] = [];
  for (const piece of pieces) {
    const last = out[out.length - 1];
    if (last !== undefined && last.length + 1 + piece.length <= max)
      out[out.length - 1] = `${last} ${piece}`;
    else out.push(piece);
  }
  return out;
}

function byWords(text: string, max: number): string[] {
  return text.length <= max ? [text] : pack(text.split(' '), max);
}

/**
 * Times cues across one narration clip by their share of its characters. Speech from a synthesiser
 * runs at an even pace, so the character share lands within a few tenths of a second of the words.
 */
export function timeCues(texts: readonly string[], start: number, duration: number): Cue[] {
  const total = texts.reduce((sum, text) => sum + text.length, 0);
  const cues: Cue[] = [];
  let elapsed = 0;
  for (const text of texts) {
    const cueStart = start + (total ? (elapsed / total) * duration : 0);
    elapsed += text.length;
    const cueEnd = start + (total ? (elapsed / total) * duration : duration);
    cues.push({ start: roundMs(cueStart), end: roundMs(cueEnd), text });
  }
  return cues;
}

/** A pause in a narration clip, in seconds from the clip's start (ffmpeg's silencedetect finds them). */
export interface Pause {
  start: number;
  end: number;
}

/** How far a cue boundary may move to meet a pause: more than this and the pause is another one. */
export const MAX_SNAP_SECONDS = 1;

/**
 * Moves each boundary between two cues of one clip to the end of the nearest pause in the speech, so
 * a cue appears as its first word is spoken. Cues break at sentences and clauses, where a synthesiser
 * pauses; the character share alone drifts by a few tenths of a second over a long clip.
 * `offset` is where the clip starts in the video.
 */
export function snapToPauses(
  cues: readonly Cue[],
  pauses: readonly Pause[],
  offset: number,
): Cue[] {
  const out = cues.map((cue) => ({ ...cue }));
  for (let i = 1; i < out.length; i++) {
    const previous = out[i - 1]!;
    const cue = out[i]!;
    const boundary = cue.start - offset;
    let best: Pause | undefined;
    for (const pause of pauses) {
      const distance = Math.abs((pause.start + pause.end) / 2 - boundary);
      if (
        distance <= MAX_SNAP_SECONDS &&
        (!best || distance < Math.abs((best.start + best.end) / 2 - boundary))
      ) {
        best = pause;
      }
    }
    const moved = best ? roundMs(offset + best.end) : cue.start;
    // Never past the neighbours: cues stay in order and keep some time on screen.
    if (moved > previous.start && moved < cue.end) {
      previous.end = moved;
      cue.start = moved;
    }
  }
  return out;
}

/**
 * One line, or two lines for a cue that would be wide: broken after a sentence or clause where that
 * keeps both lines short enough, otherwise at the space nearest the middle.
 */
export function captionLines(text: string, maxLine: number = MAX_LINE_CHARS): string[] {
  if (text.length <= maxLine) return [text];
  const middle = text.length / 2;
  // A line may run a little over to end at a full stop or comma: phrases read better whole.
  const slack = 8;
  let best = -1;
  let bestScore = Infinity;
  for (let i = text.indexOf(' '); i !== -1; i = text.indexOf(' ', i + 1)) {
    const before = text.charAt(i - 1);
    const bonus = /[.!?]/.test(before) ? 12 : /[,;:]/.test(before) ? 6 : 0;
    const fits = i <= maxLine + slack && text.length - i - 1 <= maxLine + slack;
    const score = Math.abs(i - middle) - (fits ? bonus : 0);
    if (score < bestScore) {
      best = i;
      bestScore = score;
    }
  }
  return best === -1 ? [text] : [text.slice(0, best), text.slice(best + 1)];
}

export function formatTimestamp(seconds: number): string {
  const ms = Math.max(0, Math.round(seconds * 1000));
  const h = Math.floor(ms / 3_600_000);
  const m = Math.floor(ms / 60_000) % 60;
  const s = Math.floor(ms / 1000) % 60;
  const frac = ms % 1000;
  return `${pad(h, 2)}:${pad(m, 2)}:${pad(s, 2)}.${pad(frac, 3)}`;
}

export function formatVtt(cues: readonly Cue[]): string {
  const blocks = cues.map(
    (cue, index) =>
      `${index + 1}\n${formatTimestamp(cue.start)} --> ${formatTimestamp(cue.end)}\n${captionLines(escapeCueText(cue.text)).join('\n')}`,
  );
  return `WEBVTT\n\n${blocks.join('\n\n')}\n`;
}

/**
 * Reads the cues of a WebVTT file (timings and text; cue settings, notes and styles are skipped).
 * Lines of one cue are joined with a space, as a transcript shows them.
 */
export function parseVtt(text: string): Cue[] {
  const cues: Cue[] = [];
  const blocks = text.replace(/\r\n?/g, '\n').split(/\n{2,}/);
  for (const block of blocks) {
    const lines = block.split('\n');
    const timingIndex = lines.findIndex((line) => line.includes('-->'));
    if (timingIndex === -1) continue;
    const [startText, rest] = (lines[timingIndex] ?? '').split('-->');
    const start = parseTimestamp(startText ?? '');
    const end = parseTimestamp((rest ?? '').trim().split(/\s+/)[0] ?? '');
    if (start === undefined || end === undefined) continue;
    const cueText = lines
      .slice(timingIndex + 1)
      .map((line) => unescapeCueText(line.trim()))
      .filter(Boolean)
      .join(' ');
    cues.push({ start, end, text: cueText });
  }
  return cues;
}

/** "01:02:03.500", "02:03.500" → seconds; undefined when it is not a timestamp. */
export function parseTimestamp(text: string): number | undefined {
  const match = /^(?:(\d+):)?(\d{2}):(\d{2})\.(\d{3})$/.exec(text.trim());
  if (!match) return undefined;
  const [, h, m, s, ms] = match;
  return Number(h ?? 0) * 3600 + Number(m) * 60 + Number(s) + Number(ms) / 1000;
}

function escapeCueText(text: string): string {
  return text.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;');
}

function unescapeCueText(text: string): string {
  return text
    .replace(/<[^>]+>/g, '')
    .replaceAll('&lt;', '<')
    .replaceAll('&gt;', '>')
    .replaceAll('&nbsp;', ' ')
    .replaceAll('&amp;', '&');
}

function roundMs(seconds: number): number {
  return Math.round(seconds * 1000) / 1000;
}

function pad(value: number, width: number): string {
  return String(value).padStart(width, '0');
}
