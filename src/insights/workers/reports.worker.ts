/**
 * An insights worker: reads and checks report files off the page's thread, merges them into learners,
 * and summarises the learners it owns. Nothing leaves the browser: files are read here and only small
 * summaries go back to the page.
 */
import { addReport, mergeInto, newBucket, type LearnerBucket } from '../learners';
import { summariseLearners } from '../summary';
import { MAX_REPORT_BYTES, readOpenedReport } from '../../reports/read';
import { fileText } from '../../reports/compressed';
import { reportProblemText } from '../problems';
import type { FileOutcome, FromWorker, ToWorker } from './protocol';

/** The worker's global, typed by what this file uses (the page's DOM types describe `self` as a window). */
interface WorkerScope {
  postMessage(message: FromWorker): void;
  onmessage: ((event: MessageEvent<ToWorker>) => void) | null;
}
const scope = self as unknown as WorkerScope;
const learners = new Map<string, LearnerBucket>();

function send(message: FromWorker): void {
  scope.postMessage(message);
}

async function read(files: Extract<ToWorker, { type: 'read' }>['files'], now: Date): Promise<void> {
  const outcomes: FileOutcome[] = [];
  let done = 0;
  // Fetching a file's bytes (and unpacking a compressed one) waits on the browser, not on this
  // thread, and takes as long as checking it: ask for the next file before checking this one, so
  // the two overlap.
  const open = (file: Blob | undefined) => (file ? fileText(file, MAX_REPORT_BYTES) : undefined);
  let nextText = open(files[0]?.file);
  for (const [position, { index, name }] of files.entries()) {
    let outcome: FileOutcome;
    const text = nextText;
    nextText = open(files[position + 1]?.file);
    // A failed prefetch is seen when its turn comes, not before.
    nextText?.catch(() => undefined);
    try {
      const reading = readOpenedReport(await text!, now);
      if (reading.ok) {
        addReport(learners, reading.report);
        outcome = {
          index,
          name,
          ok: true,
          learnerId: reading.report.learnerId,
          statements: reading.report.statements.length,
        };
      } else {
        outcome = {
          index,
          name,
          ok: false,
          reason: reportProblemText(reading.file, reading.problem),
        };
      }
    } catch {
      outcome = {
        index,
        name,
        ok: false,
        reason: reportProblemText('unknown', { problem: 'unreadable' }),
      };
    }
    outcomes.push(outcome);
    done += 1;
    send({ type: 'progress', read: done });
  }
  send({
    type: 'read-done',
    outcomes,
    learners: [...learners.values()].map((bucket) => ({
      id: bucket.id,
      statements: bucket.statements.size,
    })),
  });
}

scope.onmessage = (event: MessageEvent<ToWorker>) => {
  const message = event.data;
  try {
    switch (message.type) {
      case 'read':
        read(message.files, new Date(message.now)).catch((error: unknown) =>
          send({ type: 'failed', message: String(error) }),
        );
        break;
      case 'hand-over': {
        const handed = message.learnerIds.flatMap((id) => {
          const bucket = learners.get(id);
          if (!bucket) return [];
          learners.delete(id);
          return [
            {
              id,
              names: [...bucket.names],
              reports: bucket.reports,
              statements: [...bucket.statements.values()],
            },
          ];
        });
        send({ type: 'handed', learners: handed });
        break;
      }
      case 'take':
        for (const handed of message.learners) {
          let bucket = learners.get(handed.id);
          if (!bucket) {
            bucket = newBucket(handed.id);
            learners.set(handed.id, bucket);
          }
          mergeInto(bucket, handed.statements, handed.names);
          bucket.reports += handed.reports;
        }
        send({ type: 'taken' });
        break;
      case 'summarise': {
        const now = new Date(message.now);
        const { summaries, failed } = summariseLearners(learners.values(), message.courses, now);
        learners.clear();
        send({ type: 'summaries', summaries, failed });
        break;
      }
    }
  } catch (error) {
    send({ type: 'failed', message: String(error) });
  }
};
