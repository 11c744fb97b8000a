/**
 * At launch the browser's record is brought level with the LMS: another computer gets the learner's
 * place back, the same learner on the same computer loses nothing, and another learner of the LMS
 * never sees (or sends) the previous one's progress.
 */
import { describe, expect, it } from 'vitest';
import { createLearningRecord } from '../../../../src/record/create';
import { indexRecord, stepStatus } from '../../../../src/record/projections';
import type { LmsCourse } from '../../../../src/lms/course';
import { LEARNER_KEY, levelCache } from '../../../../src/lms/scorm/cache';
import { encodeSuspendData } from '../../../../src/lms/scorm/suspend-data';

const course: LmsCourse = {
  id: 'c',
  title: 'Course',
  page: 'courses/c/index.html',
  masteryPercent: 75,
  steps: [
    {
      kind: 'lesson',
      id: 'l1',
      title: 'One',
      moduleId: 'm',
      moduleTitle: 'M',
      revision: 'r',
      page: 'courses/c/l1/index.html',
    },
    {
      kind: 'lesson',
      id: 'l2',
      title: 'Two',
      moduleId: 'm',
      moduleTitle: 'M',
      revision: 'r',
      page: 'courses/c/l2/index.html',
    },
    {
      kind: 'quiz',
      id: 'q',
      title: 'Quiz',
      moduleId: 'm',
      moduleTitle: 'M',
      revision: 'r',
      page: 'courses/c/q/index.html',
      passMark: 75,
    },
  ],
};

const memoryStorage = (entries: Record<string, string> = {}) => ({
  getItem: (key: string) => entries[key] ?? null,
  setItem: (key: string, value: string) => void (entries[key] = value),
});

async function freshRecord() {
  return createLearningRecord({ storage: undefined, databaseName: `cache-${Math.random()}` });
}
const lessonDone = (id: string) => ({
  verb: 'completed' as const,
  activity: { kind: 'lesson' as const, id, title: id },
  context: { course: { kind: 'course' as const, id: 'c', title: 'Course' } },
});
const statusOf = async (record: Awaited<ReturnType<typeof freshRecord>>) => {
  const index = indexRecord(await record.statements());
  return course.steps.map((step) => stepStatus(index, step));
};

describe('levelCache', () => {
  it('rebuilds the learner’s place on a computer that has none of it', async () => {
    const record = await freshRecord();
    await levelCache(record, course, { suspendData: '', learnerId: 'a' }, memoryStorage());
    expect(await statusOf(record)).toEqual(['not-started', 'not-started', 'not-started']);

    const elsewhere = await freshRecord();
    await elsewhere.record(lessonDone('l1'));
    const data = encodeSuspendData(indexRecord(await elsewhere.statements()), course);
    await levelCache(record, course, { suspendData: data, learnerId: 'a' }, memoryStorage());
    expect(await statusOf(record)).toEqual(['completed', 'not-started', 'not-started']);
  });

  it('keeps what the same learner did here beyond what the LMS has, and adds what it lacks', async () => {
    const record = await freshRecord();
    await record.record(lessonDone('l2'));
    await record.saveAttempt('practice:p', 'r', { answer: 'half written' });
    const storage = memoryStorage({ [LEARNER_KEY]: 'a' });
    const lms = await freshRecord();
    await lms.record(lessonDone('l1'));
    const data = encodeSuspendData(indexRecord(await lms.statements()), course);

    await levelCache(record, course, { suspendData: data, learnerId: 'a' }, storage);
    expect(await statusOf(record)).toEqual(['completed', 'completed', 'not-started']);
    expect(await record.loadAttempt('practice:p', 'r')).toEqual({
      status: 'found',
      snapshot: { answer: 'half written' },
    });
  });

  it('empties the cache another learner of the LMS left on this computer', async () => {
    const record = await freshRecord();
    await record.record(lessonDone('l2'));
    const storage = memoryStorage({ [LEARNER_KEY]: 'someone-else' });
    await levelCache(record, course, { suspendData: '', learnerId: 'a' }, storage);
    expect(await statusOf(record)).toEqual(['not-started', 'not-started', 'not-started']);
    expect(storage.getItem(LEARNER_KEY)).toBe('a');
  });
});
