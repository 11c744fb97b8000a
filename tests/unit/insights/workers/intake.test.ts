/**
 * Reading reports in workers that summarise each report at once and let its statements go gives
 * exactly what reading every file into one merged record and summarising it gives (the way insights
 * were worked out before): the same learners, the same figures, the same skipped files with the same
 * reasons. The set mixes plain and compressed reports, learners who sent two or three overlapping
 * reports (with different names) landing in different workers, and damaged or tampered files.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { aggregate } from '../../../../src/insights/aggregate';
import { addReport, type LearnerBucket } from '../../../../src/insights/learners';
import { reportProblemText } from '../../../../src/insights/problems';
import { summariseLearners, type LearnerSummary } from '../../../../src/insights/summary';
import { createIntake } from '../../../../src/insights/workers/intake';
import { importReports } from '../../../../src/insights/workers/pool';
import type { FromWorker, ToWorker } from '../../../../src/insights/workers/protocol';
import { compressText } from '../../../../src/reports/compressed';
import { buildReport, serialiseReport } from '../../../../src/reports/format';
import { readReportFile } from '../../../../src/reports/read';
import { catalogue, learners, NOW } from '../../../fixtures/reports/cohort';
import { statementsOf } from '../../../fixtures/reports/simulate';

const dir = join(import.meta.dirname, '../../../fixtures/reports');

/** A worker in this process: messages go through the intake, a turn of the event loop apart. */
function fakeWorker(): Worker {
  const target = new EventTarget();
  const handle = createIntake((message: FromWorker) =>
    setTimeout(() => target.dispatchEvent(new MessageEvent('message', { data: message })), 0),
  );
  return Object.assign(target, {
    postMessage: (message: ToWorker) => setTimeout(() => handle(message), 0),
    terminate: () => undefined,
  }) as unknown as Worker;
}

/** The learners of the cohort many times over, some with two or three overlapping reports. */
async function reportFiles(): Promise<File[]> {
  const files: File[] = [];
  for (let copy = 0; copy < 8; copy += 1) {
    for (const [n, learner] of learners.entries()) {
      const id = `${learner.id}-${copy}`;
      const all = statementsOf({ ...learner, id });
      const report = (statements: typeof all, name: string | undefined, createdAt: string) =>
        serialiseReport(
          buildReport({
            learnerId: id,
            name,
            scope: { kind: 'everything' },
            statements,
            now: new Date(createdAt),
          }),
        );
      const text = report(all, learner.name, '2026-12-01T12:00:00.000Z');
      const plain = (copy + n) % 3 !== 0;
      files.push(
        new File([plain ? text : await compressText(text)], `${id}.json${plain ? '' : '.gz'}`),
      );
      if ((copy + n) % 4 === 0) {
        // An earlier report: part of the same record, under another name.
        const half = all.slice(0, Math.ceil(all.length / 2));
        files.push(
          new File([report(half, 'Old name', '2026-11-20T12:00:00.000Z')], `${id}-a.json`),
        );
      }
      if ((copy + n) % 5 === 0) {
        files.push(
          new File(
            [report(all.slice(1), learner.name, '2026-12-02T12:00:00.000Z')],
            `${id}-b.json`,
          ),
        );
      }
    }
    for (const bad of ['bad-cut-short.json', 'bad-tampered.json', 'bad-not-json.json'])
      files.push(new File([readFileSync(join(dir, bad))], `${copy}-${bad}`));
    const damaged = new Uint8Array(
      await (await compressText(readFileSync(join(dir, 'good-ada.json'), 'utf8'))).arrayBuffer(),
    );
    files.push(new File([damaged.slice(0, damaged.length - 20)], `${copy}-damaged.json.gz`));
  }
  return files;
}

/** The old way: every file read into one merged record per learner, then each learner summarised. */
async function mergedThenSummarised(files: readonly File[]) {
  const buckets = new Map<string, LearnerBucket>();
  const outcomes = [];
  for (const [index, file] of files.entries()) {
    const reading = await readReportFile(file, NOW);
    if (reading.ok) addReport(buckets, reading.report);
    outcomes.push(
      reading.ok
        ? { index, ok: true, learnerId: reading.report.learnerId }
        : { index, ok: false, reason: reportProblemText(reading.file, reading.problem) },
    );
  }
  const { summaries } = summariseLearners(buckets.values(), catalogue.courses, NOW);
  return { outcomes, summaries: byLearner(summaries) };
}

const byLearner = (summaries: LearnerSummary[]) =>
  [...summaries].sort((a, b) => (a.learnerId < b.learnerId ? -1 : 1));

describe('summarising each report as it is read', () => {
  it.each([1, 2, 3])('gives the figures of the merged record, with %i workers', async (workers) => {
    const files = await reportFiles();
    const before = await mergedThenSummarised(files);
    let progressed = 0;
    const after = await importReports(files, {
      courses: catalogue.courses,
      now: NOW,
      workers,
      createWorker: fakeWorker,
      onProgress: (_read, _total, summaries) => (progressed += summaries.length),
    });
    expect(
      after.files.map(({ index, ok, reason, learnerId }) =>
        ok ? { index, ok, learnerId } : { index, ok, reason },
      ),
    ).toEqual(before.outcomes);
    expect(after.files.filter((file) => !file.ok)).toHaveLength(32);
    expect(byLearner(after.summaries)).toEqual(before.summaries);
    expect(before.summaries.some((summary) => summary.nameConflict)).toBe(true);
    expect(aggregate(after.summaries, catalogue, 1)).toEqual(
      aggregate(before.summaries, catalogue, 1),
    );
    expect(progressed).toBeGreaterThan(0);
  });
});
