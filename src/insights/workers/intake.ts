/**
 * What an insights worker does with the page's messages, apart from the worker itself so tests can
 * run several in one process. Files are read and checked one after another, the next file's bytes
 * fetched while this one is checked; each checked report becomes its learner's summary at once and
 * its statements are let go, so memory holds summaries and File objects, not statements.
 *
 * A learner met in a second file loses that early summary: at the end one worker (chosen by the
 * page) reads all of that learner's files again, merges them as one record (src/insights/learners.ts)
 * and summarises it. Re-reading is rare (a learner who sent overlapping reports) and costs one more
 * read of those files only.
 */
import { addReport, type LearnerBucket } from '../learners';
import { summariseLearner, summariseLearners, type LearnerSummary } from '../summary';
import { MAX_REPORT_BYTES, readOpenedReport, type ReadReport } from '../../reports/read';
import { fileText, type FileText } from '../../reports/compressed';
import { reportProblemText } from '../problems';
import type { CourseOutline } from '../../record/projections';
import type {
  DealtFile,
  FileOutcome,
  FromWorker,
  HandedLearner,
  ReadTimings,
  ToWorker,
} from './protocol';

/** Files whose bytes are being fetched ahead of the one being checked. */
const READ_AHEAD = 4;
/** How often, at most, the page hears how far the worker has got (ms). */
const PROGRESS_EVERY_MS = 150;

interface LearnerFiles {
  id: string;
  files: DealtFile[];
  /** The summary from the learner's one file; null once a second file is met, or if it failed. */
  summary: LearnerSummary | null;
  failed: boolean;
}

const clock = () => (typeof performance !== 'undefined' ? performance.now() : Date.now());

function outcomeOf(dealt: DealtFile, reading: ReturnType<typeof readOpenedReport>): FileOutcome {
  const { index, name } = dealt;
  if (!reading.ok)
    return { index, name, ok: false, reason: reportProblemText(reading.file, reading.problem) };
  const { learnerId, statements } = reading.report;
  return { index, name, ok: true, learnerId, statements: statements.length };
}

/** One report as a learner on its own; null (and the error in the console) if that throws. */
function summaryOf(
  report: ReadReport,
  courses: readonly CourseOutline[],
  now: Date,
): LearnerSummary | null {
  const buckets = new Map<string, LearnerBucket>();
  addReport(buckets, report);
  try {
    return summariseLearner(buckets.get(report.learnerId)!, courses, now);
  } catch (error) {
    console.error(`Sideline: could not summarise learner ${report.learnerId}`, error);
    return null;
  }
}

export function createIntake(send: (message: FromWorker) => void): (message: ToWorker) => void {
  const learners = new Map<string, LearnerFiles>();
  let courses: readonly CourseOutline[] = [];
  let now = new Date();

  async function read(files: DealtFile[]): Promise<void> {
    const outcomes: FileOutcome[] = [];
    const timings: ReadTimings = { open: 0, check: 0, summarise: 0 };
    let fresh: LearnerSummary[] = [];
    let lastProgress = clock();
    /** Each file's text by position, fetched ahead; taken out when checked, so it can be let go. */
    const opening = new Map<number, Promise<FileText>>();
    const open = (position: number) => {
      const dealt = files[position];
      if (!dealt) return;
      const text = fileText(dealt.file, MAX_REPORT_BYTES);
      // A failed read is seen when its turn comes, not before.
      text.catch(() => undefined);
      opening.set(position, text);
    };
    for (let position = 0; position < READ_AHEAD; position += 1) open(position);

    for (const [position, dealt] of files.entries()) {
      open(position + READ_AHEAD);
      let outcome: FileOutcome;
      const started = clock();
      try {
        const opened = await opening.get(position)!;
        opening.delete(position);
        const checking = clock();
        timings.open += checking - started;
        const reading = readOpenedReport(opened, now);
        const checked = clock();
        timings.check += checked - checking;
        outcome = outcomeOf(dealt, reading);
        if (reading.ok) {
          const known = learners.get(reading.report.learnerId);
          if (known) {
            known.files.push(dealt);
            known.summary = null;
          } else {
            const summary = summaryOf(reading.report, courses, now);
            learners.set(reading.report.learnerId, {
              id: reading.report.learnerId,
              files: [dealt],
              summary,
              failed: summary === null,
            });
            if (summary) fresh.push(summary);
          }
          timings.summarise += clock() - checked;
        }
      } catch {
        outcome = {
          index: dealt.index,
          name: dealt.name,
          ok: false,
          reason: reportProblemText('unknown', { problem: 'unreadable' }),
        };
      }
      outcomes.push(outcome);
      const last = position === files.length - 1;
      if (last || clock() - lastProgress >= PROGRESS_EVERY_MS) {
        send({ type: 'progress', read: position + 1, summaries: fresh });
        fresh = [];
        lastProgress = clock();
      }
    }
    send({
      type: 'read-done',
      outcomes,
      learners: [...learners.values()].map(({ id, files: mine }) => ({ id, files: mine.length })),
      timings,
    });
  }

  /**
   * The learners whose early summary does not stand: each learner with more than one file, read
   * again and merged, and those that could not be summarised. The others' summaries went to the page
   * with the progress messages, and are not sent twice.
   */
  async function summarise(): Promise<{ summaries: LearnerSummary[]; failed: string[] }> {
    const failed: string[] = [];
    const merged = new Map<string, LearnerBucket>();
    for (const learner of learners.values()) {
      if (learner.summary) continue;
      if (learner.failed && learner.files.length === 1) failed.push(learner.id);
      else {
        // In the order the PMO chose the files, as one worker reading them all would merge them.
        const files = [...learner.files].sort((a, b) => a.index - b.index);
        for (const dealt of files) {
          const reading = readOpenedReport(await fileText(dealt.file, MAX_REPORT_BYTES), now);
          // The same bytes read well a moment ago; if they do not now, the learner is not summarised.
          if (reading.ok && reading.report.learnerId === learner.id)
            addReport(merged, reading.report);
          else {
            merged.delete(learner.id);
            failed.push(learner.id);
            break;
          }
        }
      }
    }
    const rest = summariseLearners(merged.values(), courses, now);
    learners.clear();
    return { summaries: rest.summaries, failed: [...failed, ...rest.failed] };
  }

  return (message) => {
    const fail = (error: unknown) => send({ type: 'failed', message: String(error) });
    try {
      switch (message.type) {
        case 'read':
          courses = message.courses;
          now = new Date(message.now);
          read(message.files).catch(fail);
          break;
        case 'hand-over': {
          const handed: HandedLearner[] = message.learnerIds.flatMap((id) => {
            const learner = learners.get(id);
            if (!learner) return [];
            learners.delete(id);
            return [{ id, files: learner.files }];
          });
          send({ type: 'handed', learners: handed });
          break;
        }
        case 'take':
          for (const handed of message.learners) {
            const learner = learners.get(handed.id);
            if (learner) {
              learner.files.push(...handed.files);
              learner.summary = null;
            } else learners.set(handed.id, { ...handed, summary: null, failed: false });
          }
          send({ type: 'taken' });
          break;
        case 'summarise':
          summarise()
            .then((result) => send({ type: 'summaries', ...result }))
            .catch(fail);
          break;
      }
    } catch (error) {
      fail(error);
    }
  };
}
