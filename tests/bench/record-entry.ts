// Bundled by 5-record.bench.mjs and run in Chromium: appends 10,000 statements to the real learning
// record (Dexie over IndexedDB) and computes every course projection from them.
import { getLearningRecord } from '../../src/record/open';
import { courseProgress, indexRecord, myLearning } from '../../src/record/projections';
import { catalogue } from '../fixtures/records/catalogue';
import { draftsFor } from '../fixtures/records/generate';

async function run(count: number) {
  const record = await getLearningRecord();
  const drafts = draftsFor(count, catalogue);
  const appendStart = performance.now();
  await record.appendMany(drafts);
  const appendMs = performance.now() - appendStart;
  const readStart = performance.now();
  const statements = await record.statements();
  const readMs = performance.now() - readStart;
  const projectStart = performance.now();
  const index = indexRecord(statements);
  catalogue.courses.forEach((course) => courseProgress(index, course));
  myLearning(index, catalogue);
  const projectMs = performance.now() - projectStart;
  return { count: statements.length, appendMs, readMs, projectMs, storage: record.storageStatus() };
}

(window as unknown as { runBench: typeof run }).runBench = run;
