/**
 * How an imported record joins the one on this device: statements are one statement whatever the
 * case of their id, and two learners' records are never merged without the learner choosing.
 */
import { afterEach, describe, expect, test } from 'vitest';
import type { LearningRecord, StatementDraft } from '../../../src/record/api';
import { createLearningRecord, type LearningRecordConfig } from '../../../src/record/create';
import { LearningRecordDb, statementRow } from '../../../src/record/db';
import { mergePlan } from '../../../src/record/merge';
import { parseRecordText } from '../../../src/record/transfer';
import { statementSchema } from '../../../src/record/xapi/schema';
import { contentIdOf } from '../../../src/record/xapi/statements';
import { goodFile } from '../../fixtures/records/files';

type TestRecord = LearningRecord & { close(): void };
const opened: TestRecord[] = [];
let counter = 0;

function freshName() {
  counter += 1;
  return `merge-${counter}`;
}

async function openRecord(config: LearningRecordConfig = {}): Promise<TestRecord> {
  const record = await createLearningRecord({
    storage: undefined,
    databaseName: freshName(),
    ...config,
  });
  opened.push(record);
  return record;
}

afterEach(() => {
  for (const record of opened.splice(0)) record.close();
});

const lesson: StatementDraft = {
  verb: 'completed',
  activity: { kind: 'lesson', id: 'what-you-own', title: 'What you own' },
  context: { course: { kind: 'course', id: 'sponsor-induction', title: 'Sponsor induction' } },
};

/** The good file with hex letters in its statement ids (the fixture's ids are all digits). */
function withLetters(count = 13) {
  const file = goodFile(count);
  return {
    ...file,
    statements: file.statements.map((s) => ({ ...s, id: s.id.replace(/^00000000/, 'abcdef00') })),
  };
}

/** The same file with every statement id in upper case, as another tool might write it. */
function upperCaseIds(count = 13): string {
  const file = withLetters(count);
  return JSON.stringify({
    ...file,
    statements: file.statements.map((s) => ({ ...s, id: s.id.toUpperCase() })),
  });
}

const snapshot = async (record: TestRecord) => ({
  statements: await record.statements(),
  learner: await record.learner(),
});

describe('statement ids are values, not text', () => {
  test('the schema stores every id in lower case', () => {
    const statement = withLetters(1).statements[0]!;
    const upper = { ...statement, id: statement.id.toUpperCase() };
    expect(statementSchema.parse(upper).id).toBe(statement.id);
  });

  test.each([
    ['in IndexedDB', {}],
    ['in memory (no IndexedDB)', { openStore: () => Promise.reject(new Error('no IndexedDB')) }],
  ])(
    'the same 13 statements with upper-case ids are not added twice (%s)',
    async (_where, config: LearningRecordConfig) => {
      const record = await openRecord(config);
      expect(await record.importRecord(JSON.stringify(withLetters()))).toMatchObject({
        ok: true,
        added: 13,
      });
      const before = await record.statements();
      expect(await record.importRecord(upperCaseIds())).toMatchObject({
        ok: true,
        added: 0,
        alreadyThere: 13,
      });
      expect(await record.statements()).toEqual(before);
    },
  );

  test('upper-case ids are imported in lower case', async () => {
    const record = await openRecord();
    await record.importRecord(upperCaseIds());
    expect((await record.statements()).map((s) => s.id)).toEqual(
      withLetters().statements.map((s) => s.id),
    );
  });

  test('a file listing one id twice, in two cases, is refused as listing it twice', () => {
    const file = withLetters(3);
    const first = file.statements[0]!;
    const text = JSON.stringify({
      ...file,
      statements: [...file.statements, { ...first, id: first.id.toUpperCase() }],
    });
    expect(parseRecordText(text)).toMatchObject({ ok: false, problem: 'duplicate-ids' });
  });

  test('a database that already holds an upper-case id (imported before ids were normalised) does not duplicate it', async () => {
    const name = freshName();
    const old = new LearningRecordDb(name);
    await old.open();
    const first = withLetters().statements[0];
    const stored = { ...first!, id: first!.id.toUpperCase() };
    await old.statements.add(statementRow(stored, contentIdOf(stored) ?? ''));
    await old.learner.put({
      key: 'me',
      id: goodFile().learner.id,
      createdAt: '2026-11-20T09:00:00.000Z',
    });
    old.close();

    const record = await openRecord({ databaseName: name });
    expect(await record.importRecord(JSON.stringify(withLetters()))).toMatchObject({
      ok: true,
      added: 12,
      alreadyThere: 1,
    });
    expect(await record.statements()).toHaveLength(13);
  });
});

describe('whose record it is', () => {
  test.each([
    ['a new device adopts the file', { learnerId: undefined, hasProgress: false }, 'adopt'],
    [
      'a device with a learner but no progress adopts it',
      { learnerId: 'me', hasProgress: false },
      'adopt',
    ],
    ['the same learner merges', { learnerId: 'sam', hasProgress: true }, 'merge'],
    ['another learner with progress here: ask', { learnerId: 'me', hasProgress: true }, 'ask'],
    ['progress but no learner known: ask', { learnerId: undefined, hasProgress: true }, 'ask'],
  ] as const)('%s', (_name, device, plan) => {
    expect(mergePlan(device, 'sam')).toBe(plan);
  });

  test('a file mixing two learners’ statements is refused as damaged', async () => {
    const file = goodFile();
    const third = file.statements[2]!;
    const mixed = {
      ...file,
      statements: file.statements.map((s) =>
        s === third
          ? { ...s, actor: { ...s.actor, account: { ...s.actor.account, name: 'someone-else' } } }
          : s,
      ),
    };
    const message =
      'Entry 3 of 12 in this record is not valid: the learner it belongs to is not the learner this record file is for. A record downloaded from Sideline never looks like this, so the file may have been edited or damaged. Import the file exactly as it was downloaded from "Download my record" on the My learning page. Your record has not been changed.';
    expect(parseRecordText(JSON.stringify(mixed))).toEqual({
      ok: false,
      problem: 'bad-statement',
      message,
    });
    const record = await openRecord();
    await record.record(lesson);
    const before = await snapshot(record);
    expect(await record.importRecord(JSON.stringify(mixed))).toMatchObject({ ok: false, message });
    expect(await snapshot(record)).toEqual(before);
  });

  describe.each([
    ['in IndexedDB', {}],
    ['in memory (no IndexedDB)', { openStore: () => Promise.reject(new Error('no IndexedDB')) }],
  ])(
    'another learner’s file on a device with progress (%s)',
    (_where, config: LearningRecordConfig) => {
      test('stops and asks, naming them, and changes nothing', async () => {
        const record = await openRecord(config);
        await record.record(lesson);
        await record.saveAttempt('quiz:x', 'r1', { answered: 2 });
        const before = await snapshot(record);
        expect(await record.importRecord(JSON.stringify(goodFile()))).toEqual({
          ok: false,
          problem: 'other-learner',
          belongsTo: 'Sam Patel',
          message:
            "This record belongs to Sam Patel, and your record on this device has progress of its own. Sideline never mixes two learners' records, so nothing has been imported yet. Replace your record with it, or keep yours?",
        });
        expect(await snapshot(record)).toEqual(before);
        expect(await record.loadAttempt('quiz:x', 'r1')).toEqual({
          status: 'found',
          snapshot: { answered: 2 },
        });
      });

      test('without a name, says "another learner"', async () => {
        const record = await openRecord(config);
        await record.record(lesson);
        const learner = { id: goodFile().learner.id };
        const outcome = await record.importRecord(JSON.stringify({ ...goodFile(), learner }));
        expect(outcome).toMatchObject({
          ok: false,
          problem: 'other-learner',
          belongsTo: undefined,
        });
        expect(outcome.ok === false && outcome.message).toMatch(
          /^This record belongs to another learner, /,
        );
      });

      test('Replace swaps the whole record and the learner for the file’s', async () => {
        const record = await openRecord(config);
        await record.record(lesson);
        await record.saveAttempt('quiz:x', 'r1', { answered: 2 });
        const file = goodFile();
        expect(await record.importRecord(JSON.stringify(file), { replace: true })).toMatchObject({
          ok: true,
          added: 12,
          alreadyThere: 0,
          replaced: true,
        });
        expect(await record.statements()).toEqual(file.statements);
        expect(await record.learner()).toMatchObject({ id: file.learner.id, name: 'Sam Patel' });
        expect(await record.loadAttempt('quiz:x', 'r1')).toEqual({ status: 'none' });
      });
    },
  );

  test('a new device adopts the file’s learner, even after setting a name', async () => {
    const record = await openRecord();
    await record.setDisplayName('Alex');
    expect(await record.importRecord(JSON.stringify(goodFile()))).toMatchObject({
      ok: true,
      added: 12,
    });
    expect(await record.learner()).toMatchObject({ id: goodFile().learner.id, name: 'Sam Patel' });
  });

  test('the same learner’s file merges without asking', async () => {
    const record = await openRecord();
    await record.importRecord(JSON.stringify(goodFile(5)));
    expect(await record.importRecord(JSON.stringify(goodFile(12)))).toMatchObject({
      ok: true,
      added: 7,
      alreadyThere: 5,
    });
  });
});
