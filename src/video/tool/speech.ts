/**
 * Narration: the script's words as the synthesiser should say them, spoken by espeak-ng to a WAV file.
 * Captions keep the written words; only the audio hears the spoken form.
 */
import { writeFileSync } from 'node:fs';
import { normaliseSpace, type Pause } from '../captions.ts';
import { run } from './tools.ts';

export const VOICE = 'en-gb';
/** A calm pace: espeak-ng's default of 175 words a minute sounds hurried for teaching. */
export const WORDS_PER_MINUTE = 150;

/**
 * Written forms a synthesiser misreads. Scripts should say numbers and abbreviations as spoken
 * ("ten per cent"); this catches the common slips that are still clear on screen.
 */
const SPOKEN: readonly (readonly [RegExp, string])[] = [
  [/\be\.g\.,?/gi, 'for example,'],
  [/\bi\.e\.,?/gi, 'that is,'],
  [/\betc\./gi, 'and so on'],
  [/(\d)\s?%/g, '$1 per cent'],
  [/\s&\s/g, ' and '],
];

const UNITS: Record<string, string> = { m: ' million', bn: ' billion', k: ' thousand' };

export function spokenText(narration: string): string {
  let text = normaliseSpace(narration);
  for (const [pattern, replacement] of SPOKEN) text = text.replace(pattern, replacement);
  // "£2m" → "2 million pounds": the amount is said before the currency.
  return text.replace(
    /£(\d[\d,.]*)(?:\s?(m|bn|k)\b)?/gi,
    (_match: string, amount: string, unit: string | undefined) => {
      const scale = unit ? (UNITS[unit.toLowerCase()] ?? '') : '';
      return `${amount}${scale} pounds`;
    },
  );
}

/** Speaks the text into a WAV file (espeak-ng's own rate: 22,050 samples a second, mono). */
export async function synthesise(text: string, wavPath: string, textPath: string): Promise<void> {
  // Through a file, not the command line: narration may start with a dash or hold quotes.
  writeFileSync(textPath, spokenText(text));
  await run('espeak-ng', [
    '-v',
    VOICE,
    '-s',
    String(WORDS_PER_MINUTE),
    '-f',
    textPath,
    '-w',
    wavPath,
  ]);
}

/** Pauses of a fifth of a second or more: espeak-ng leaves about that at a comma, twice it at a full stop. */
export async function findPauses(wavPath: string): Promise<Pause[]> {
  const { stderr } = await run('ffmpeg', [
    '-hide_banner',
    '-nostats',
    '-i',
    wavPath,
    '-af',
    'silencedetect=noise=-40dB:duration=0.2',
    '-f',
    'null',
    '-',
  ]);
  return parseSilences(stderr);
}

/** Reads ffmpeg's silencedetect log: "silence_start: 3.17" then "silence_end: 3.57 | …". */
export function parseSilences(log: string): Pause[] {
  const pauses: Pause[] = [];
  let start: number | undefined;
  for (const match of log.matchAll(/silence_(start|end): (-?[\d.]+)/g)) {
    const value = Math.max(0, Number(match[2]));
    if (match[1] === 'start') start = value;
    else if (start !== undefined) {
      pauses.push({ start, end: value });
      start = undefined;
    }
  }
  return pauses;
}
