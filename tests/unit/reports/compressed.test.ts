/**
 * Reports saved compressed (gzip): the PMO's page reads one exactly as it reads the plain file, any
 * computer can open one (plain gzip), and a damaged or oversized one is skipped with a plain reason.
 */
import { gunzipSync, gzipSync } from 'node:zlib';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { compressText, isGzip } from '../../../src/reports/compressed';
import { MAX_REPORT_BYTES, readReportFile, readReportText } from '../../../src/reports/read';
import { reportProblemText } from '../../../src/insights/problems';
import { NOW } from '../../fixtures/reports/cohort';

const dir = join(import.meta.dirname, '../../fixtures/reports');
const fixture = (name: string) => readFileSync(join(dir, name), 'utf8');
const bytesOf = async (blob: Blob) => new Uint8Array(await blob.arrayBuffer());
const reasonOf = async (file: Blob) => {
  const reading = await readReportFile(file, NOW);
  return reading.ok ? 'ok' : reportProblemText(reading.file, reading.problem);
};

describe('a compressed report', () => {
  it.each(['good-ada.json', 'good-ada-assignment.json', 'good-unnamed.json', 'bad-tampered.json'])(
    'is read exactly as the plain file: %s',
    async (name) => {
      const text = fixture(name);
      const compressed = await compressText(text);
      expect(compressed.size).toBeLessThan(text.length / 4);
      expect(await readReportFile(compressed, NOW)).toEqual(readReportText(text, NOW));
      expect(await readReportFile(new Blob([text]), NOW)).toEqual(readReportText(text, NOW));
    },
  );

  it('is standard gzip, which any computer opens, and the reader opens gzip made elsewhere', async () => {
    const text = fixture('good-ben.json');
    const compressed = await bytesOf(await compressText(text));
    expect(isGzip(compressed)).toBe(true);
    expect(gunzipSync(compressed).toString('utf8')).toBe(text);
    const fromElsewhere = new Blob([gzipSync(text, { level: 9 })]);
    expect(await readReportFile(fromElsewhere, NOW)).toEqual(readReportText(text, NOW));
  });
});

describe('a compressed file that cannot be used', () => {
  const damaged =
    'This file is compressed (a .gz file) but damaged, so it cannot be opened: it may have been cut short while saving or copying. Ask the learner to save their report again from “Share my progress” (on the Learning paths page) and send you the new file.';

  it.each([
    ['cut short', (bytes: Uint8Array) => bytes.slice(0, bytes.length / 2)],
    ['changed in the middle', (bytes: Uint8Array) => bytes.map((b, i) => (i === 40 ? b ^ 0xff : b))],
    ['only its first bytes', (bytes: Uint8Array) => bytes.slice(0, 2)],
  ])('is skipped with a plain reason when %s', async (_, damage) => {
    const bytes = await bytesOf(await compressText(fixture('good-ada.json')));
    expect(await reasonOf(new Blob([damage(bytes)]))).toBe(damaged);
  });

  it('is not unpacked beyond the size limit (a small file that unpacks into gigabytes)', async () => {
    const bomb = new Blob([gzipSync(Buffer.alloc(MAX_REPORT_BYTES + 1024, 32))]);
    expect(bomb.size).toBeLessThan(100_000);
    expect(await reasonOf(bomb)).toMatch(/^This file is larger than 10 MB/);
  });
});
