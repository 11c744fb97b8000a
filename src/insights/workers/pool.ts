/**
 * Runs an import on a few insights workers (one per core, at most four): the files are dealt out by
 * size and handed over as File objects (each worker reads its own; the page never holds the bytes),
 * read, checked and summarised in parallel; a learner whose files landed in two workers is handed to
 * one owner, and each worker returns its learners' summaries. Reports progress, with the summaries
 * worked out so far, as files are read. Framework-free; the island binds it.
 */
import type { LearnerSummary } from '../summary';
import type { CourseOutline } from '../../record/projections';
import type {
  DealtFile,
  FileOutcome,
  FromWorker,
  HandedLearner,
  ReadTimings,
  ToWorker,
} from './protocol';
import { notSummarisedText } from '../problems';

export interface ImportResult {
  files: FileOutcome[];
  summaries: LearnerSummary[];
  /**
   * Milliseconds (benchmarks): reading, checking and summarising each file, handing learners over,
   * and the last summaries; and, summed over the workers, where the reading went.
   */
  timings: { read: number; handOver: number; summarise: number; workers: ReadTimings };
}

export interface ImportOptions {
  courses: readonly CourseOutline[];
  now: Date;
  /**
   * As files are read: how many, and the summaries worked out since the last call (each from one
   * file; a learner with more files is summarised again at the end, and the result has them all).
   */
  onProgress: (read: number, total: number, summaries: LearnerSummary[]) => void;
  /** For tests and the benchmark; defaults to the number of cores, from 1 to 4. */
  workers?: number;
  createWorker?: () => Worker;
}

const defaultWorker = () =>
  new Worker(new URL('./reports.worker.ts', import.meta.url), {
    type: 'module',
    name: 'sideline-insights',
  });

/** Waits for the next message of one type from a worker; a 'failed' message rejects. */
function next<T extends FromWorker['type']>(
  worker: Worker,
  type: T,
): Promise<Extract<FromWorker, { type: T }>> {
  return new Promise((resolve, reject) => {
    const listen = (event: MessageEvent<FromWorker>) => {
      const message = event.data;
      if (message.type === 'failed') {
        worker.removeEventListener('message', listen);
        reject(new Error(message.message));
      } else if (message.type === type) {
        worker.removeEventListener('message', listen);
        resolve(message as Extract<FromWorker, { type: T }>);
      }
    };
    worker.addEventListener('message', listen);
    worker.addEventListener(
      'error',
      (event) => reject(new Error(event.message || 'The worker stopped')),
      { once: true },
    );
  });
}

function post(worker: Worker, message: ToWorker): void {
  worker.postMessage(message);
}

export async function importReports(
  files: readonly File[],
  options: ImportOptions,
): Promise<ImportResult> {
  const cores = typeof navigator !== 'undefined' ? navigator.hardwareConcurrency || 2 : 2;
  const count = Math.max(1, Math.min(options.workers ?? cores, 4, files.length || 1));
  const workers = Array.from({ length: count }, options.createWorker ?? defaultWorker);
  try {
    // Deal the files out largest first to the least loaded worker, so workers finish together.
    const shares: DealtFile[][] = workers.map(() => []);
    const load = workers.map(() => 0);
    const order = files
      .map((file, index) => ({ file, index }))
      .sort((a, b) => b.file.size - a.file.size);
    for (const { file, index } of order) {
      const target = load.indexOf(Math.min(...load));
      shares[target]!.push({ index, file, name: file.webkitRelativePath || file.name });
      load[target]! += file.size;
    }

    const clock = () => (typeof performance !== 'undefined' ? performance.now() : Date.now());
    const startedAt = clock();
    const read = workers.map(() => 0);
    /** Each learner's summary as the workers send them; a later one for a learner replaces it. */
    const summaries = new Map<string, LearnerSummary>();
    const progress = (event: MessageEvent<FromWorker>, i: number) => {
      if (event.data.type !== 'progress') return;
      read[i] = event.data.read;
      for (const summary of event.data.summaries) summaries.set(summary.learnerId, summary);
      options.onProgress(
        read.reduce((sum, n) => sum + n, 0),
        files.length,
        event.data.summaries,
      );
    };
    const listeners = workers.map((worker, i) => {
      const listener = (event: MessageEvent<FromWorker>) => progress(event, i);
      worker.addEventListener('message', listener);
      return listener;
    });
    const done = await Promise.all(
      workers.map((worker, i) => {
        const finished = next(worker, 'read-done');
        post(worker, {
          type: 'read',
          files: shares[i]!,
          courses: options.courses,
          now: options.now.toISOString(),
        });
        return finished;
      }),
    );
    workers.forEach((worker, i) => worker.removeEventListener('message', listeners[i]!));
    const readAt = clock();

    // A learner read by two workers goes to the one holding most of their files.
    const owner = new Map<string, { worker: number; files: number }>();
    done.forEach(({ learners }, worker) => {
      for (const learner of learners) {
        const current = owner.get(learner.id);
        if (!current || learner.files > current.files)
          owner.set(learner.id, { worker, files: learner.files });
      }
    });
    const handOvers = done.map(({ learners }, worker) =>
      learners
        .filter((learner) => owner.get(learner.id)?.worker !== worker)
        .map((learner) => learner.id),
    );
    if (handOvers.some((ids) => ids.length)) {
      const handed = await Promise.all(
        workers.map((worker, i) => {
          const reply = next(worker, 'handed');
          post(worker, { type: 'hand-over', learnerIds: handOvers[i]! });
          return reply;
        }),
      );
      const incoming: HandedLearner[][] = workers.map(() => []);
      for (const { learners } of handed) {
        for (const learner of learners) incoming[owner.get(learner.id)!.worker]!.push(learner);
      }
      await Promise.all(
        workers.map((worker, i) => {
          const reply = next(worker, 'taken');
          post(worker, { type: 'take', learners: incoming[i]! });
          return reply;
        }),
      );
    }

    const handedAt = clock();
    const summarised = await Promise.all(
      workers.map((worker) => {
        const reply = next(worker, 'summaries');
        post(worker, { type: 'summarise' });
        return reply;
      }),
    );
    for (const { summaries: list } of summarised)
      for (const summary of list) summaries.set(summary.learnerId, summary);
    const failed = new Set(summarised.flatMap(({ failed: ids }) => ids));
    for (const id of failed) summaries.delete(id);
    const outcomes = done
      .flatMap(({ outcomes: list }) => list)
      .map((outcome) =>
        outcome.learnerId !== undefined && failed.has(outcome.learnerId)
          ? { ...outcome, ok: false, reason: notSummarisedText() }
          : outcome,
      )
      .sort((a, b) => a.index - b.index);
    const sorted = [...summaries.values()].sort(
      (a, b) => a.label.localeCompare(b.label, 'en-GB') || (a.learnerId < b.learnerId ? -1 : 1),
    );
    const timings = {
      read: readAt - startedAt,
      handOver: handedAt - readAt,
      summarise: clock() - handedAt,
      workers: done.reduce(
        (sum, { timings: worker }) => ({
          open: sum.open + worker.open,
          check: sum.check + worker.check,
          summarise: sum.summarise + worker.summarise,
        }),
        { open: 0, check: 0, summarise: 0 },
      ),
    };
    return { files: outcomes, summaries: sorted, timings };
  } finally {
    workers.forEach((worker) => worker.terminate());
  }
}
