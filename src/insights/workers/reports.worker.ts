/**
 * An insights worker: reads and checks report files off the page's thread and summarises the
 * learners in them (src/insights/workers/intake.ts). Nothing leaves the browser: files are read here
 * and only small summaries go back to the page.
 */
import { createIntake } from './intake';
import type { FromWorker, ToWorker } from './protocol';

/** The worker's global, typed by what this file uses (the page's DOM types describe `self` as a window). */
interface WorkerScope {
  postMessage(message: FromWorker): void;
  onmessage: ((event: MessageEvent<ToWorker>) => void) | null;
}
const scope = self as unknown as WorkerScope;
const handle = createIntake((message) => scope.postMessage(message));
scope.onmessage = (event) => handle(event.data);
