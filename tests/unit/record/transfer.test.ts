import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, test } from 'vitest';
import { assignmentsIn } from '../../../src/paths/assignments/record';
import type { DBCore, DexieOptions } from 'dexie';
import type { LearningRecord, StatementDraft } from '../../../src/record/api';
import { createLearningRecord, type LearningRecordConfig } from '../../../src/record/create';
import {
  checkRecordData,
  MAX_IMPORT_BYTES,
  parseRecordText,
  readRecordFile,
  RECORD_FORMAT,
} from '../../../src/record/transfer';
import { badFiles, fileWithMarkupInLearnerName, goodFile } from '../../fixtures/records/files';

type TestRecord = LearningRecord & { close(): void };
const opened: TestRecord[] = [];
let counter = 0;

async function openRecord(config: LearningRecordConfig = {}): Promise<TestRecord> {
  counter += 1;
  const record = await createLearningRecord({
    storage: undefined,
    databaseName: `transfer-${counter}`,
    ...config,
  });
  opened.push(record);
  return record;
}

afterEach(() => {
  for (const record of opened.splice(0)) record.close();
});

const lesson = (id: string): StatementDraft => ({
  verb: 'completed',
  activity: { kind: 'lesson', id, title: `Lesson ${id}` },
  context: { course: { kind: 'course', id: 'sponsor-induction', title: 'Sponsor induction' } },
});

const CHOOSE =
  'Import the file exactly as it was downloaded from "Download my record" on the My learning page.';
const UNCHANGED = 'Your record has not been changed.';
const EDITED =
  'A record downloaded from Sideline never looks like this, so the file may have been edited or damaged.';

describe('refusing a bad file, with a plain message', () => {
  const expected: Record<keyof typeof badFiles, string> = {
    'cut-short': `This file is incomplete or damaged: it may have been cut short while downloading or copying. Download your record again and import the new file. ${UNCHANGED}`,
    'not-json': `This is not a Sideline learning record. ${CHOOSE} ${UNCHANGED}`,
    empty: `This file is empty. ${CHOOSE} ${UNCHANGED}`,
    'wrong-format': `This file is not a Sideline learning record: it may come from another website or app. ${CHOOSE} ${UNCHANGED}`,
    'newer-version': `This record was made by a newer version of Sideline than this one. Import it on the site you downloaded it from, or ask whoever runs this site to update it. ${UNCHANGED}`,
    'bad-file': `This learning record has been changed or damaged: the learner is missing. ${CHOOSE} ${UNCHANGED}`,
    'script-in-name': `Entry 1 of 12 in this record is not valid: the activity name contains markup, such as a <script> tag. ${EDITED} ${CHOOSE} ${UNCHANGED}`,
    'control-character': `Entry 1 of 12 in this record is not valid: the activity name contains a control character. ${EDITED} ${CHOOSE} ${UNCHANGED}`,
    'over-long': `Entry 1 of 12 in this record is not valid: the answer given is longer than 6000 characters. ${EDITED} ${CHOOSE} ${UNCHANGED}`,
    'unknown-field': `Entry 1 of 12 in this record is not valid: the entry has a field Sideline never writes ("authority"). ${EDITED} ${CHOOSE} ${UNCHANGED}`,
    'bad-score': `Entry 1 of 12 in this record is not valid: the score is above 1 (scores run from -1 to 1). ${EDITED} ${CHOOSE} ${UNCHANGED}`,
    'duplicate-ids': `This record lists the same entry twice (id 00000000-0000-4000-8000-000000000001). A record downloaded from Sideline never does this, so the file may have been edited. ${CHOOSE} ${UNCHANGED}`,
  };

  test.each(Object.keys(badFiles) as (keyof typeof badFiles)[])('%s', (kind) => {
    const result = parseRecordText(badFiles[kind]());
    expect(result).toEqual({
      ok: false,
      problem:
        kind === 'script-in-name' ||
        kind === 'control-character' ||
        kind === 'over-long' ||
        kind === 'unknown-field' ||
        kind === 'bad-score'
          ? 'bad-statement'
          : kind,
      message: expected[kind],
    });
  });

  test('a file over the limit (256 MB) is refused before it is read', async () => {
    const blobThatMustNotBeRead = {
      size: MAX_IMPORT_BYTES + 4 * 1024 * 1024,
      text: () => Promise.reject(new Error('read a file that was too big')),
    } as unknown as Blob;
    expect(await readRecordFile(blobThatMustNotBeRead)).toEqual({
      ok: false,
      problem: 'too-big',
      message: `This file is too big to be a Sideline learning record: it is 260 MB and the limit is 256 MB. Check you chose the right file. ${UNCHANGED}`,
    });
    const justOver = await readRecordFile(' '.repeat(MAX_IMPORT_BYTES + 1));
    expect(justOver.ok === false && justOver.message).toContain('it is just over 256 MB');
  });

  test('a statement whose verb id Sideline never writes is refused, whatever its display says', async () => {
    const file = goodFile();
    const first = file.statements[0]!;
    const edited = {
      ...file,
      statements: [
        { ...first, verb: { id: 'https://evil.example/passed', display: { 'en-GB': 'passed' } } },
        ...file.statements.slice(1),
      ],
    };
    const message = `Entry 1 of 12 in this record is not valid: what the learner did is not a verb Sideline records. ${EDITED} ${CHOOSE} ${UNCHANGED}`;
    expect(parseRecordText(JSON.stringify(edited))).toEqual({
      ok: false,
      problem: 'bad-statement',
      message,
    });
    const record = await openRecord();
    expect(await record.importRecord(JSON.stringify(edited))).toEqual({
      ok: false,
      problem: 'bad-statement',
      message,
    });
    expect(await record.statements()).toEqual([]);
  });

  test('what is wrong comes back as data too, for other readers to word', () => {
    const file = goodFile();
    const edited = { ...file, statements: [...file.statements, file.statements[0]] };
    expect(checkRecordData(JSON.parse(JSON.stringify(edited)))).toEqual({
      ok: false,
      problem: { problem: 'duplicate-ids', id: file.statements[0]!.id },
    });
    expect(checkRecordData(JSON.parse(badFiles['script-in-name']()))).toEqual({
      ok: false,
      problem: {
        problem: 'bad-statement',
        entry: 1,
        entries: 12,
        issue: {
          field: 'object.definition.name.en-GB',
          kind: 'not-in-form',
          detail: 'contains markup, such as a <script> tag',
        },
      },
    });
    expect(checkRecordData(JSON.parse(badFiles['bad-file']()))).toEqual({
      ok: false,
      problem: { problem: 'bad-file', issue: { field: 'learner', kind: 'missing' } },
    });
  });

  test('a file that is not an object at all is a wrong format', () => {
    expect(parseRecordText('[1,2,3]')).toMatchObject({ ok: false, problem: 'wrong-format' });
    expect(parseRecordText('"sideline-learning-record"')).toMatchObject({
      ok: false,
      problem: 'wrong-format',
    });
  });
});

describe('importing changes nothing unless the whole file is good', () => {
  test.each(Object.keys(badFiles) as (keyof typeof badFiles)[])(
    '%s leaves the record as it was',
    async (kind) => {
      const record = await openRecord();
      await record.record(lesson('what-you-own'));
      await record.setDisplayName('Alex');
      const before = { statements: await record.statements(), learner: await record.learner() };
      const outcome = await record.importRecord(badFiles[kind]());
      expect(outcome.ok).toBe(false);
      expect({ statements: await record.statements(), learner: await record.learner() }).toEqual(
        before,
      );
    },
  );

  test('a file over the limit leaves the record as it was', async () => {
    const record = await openRecord();
    await record.record(lesson('what-you-own'));
    const before = await record.statements();
    const tooBig = {
      size: MAX_IMPORT_BYTES + 1,
      text: () => Promise.resolve(''),
    } as unknown as Blob;
    const outcome = await record.importRecord(tooBig);
    expect(outcome).toMatchObject({ ok: false, problem: 'too-big' });
    expect(await record.statements()).toEqual(before);
  });

  test('a write that fails part-way (full disk) adds nothing', async () => {
    const full = { now: false };
    const learnerWriteFails: DexieOptions = {
      addons: [
        (db) =>
          db.use({
            stack: 'dbcore',
            name: 'fills-up',
            create: (down: DBCore) => ({
              ...down,
              table(name: string) {
                const table = down.table(name);
                return {
                  ...table,
                  mutate: (req) =>
                    full.now && name === 'learner'
                      ? Promise.reject(
                          new DOMException('The quota has been exceeded.', 'QuotaExceededError'),
                        )
                      : table.mutate(req),
                };
              },
            }),
          }),
      ],
    };
    const record = await openRecord({ dexieOptions: learnerWriteFails });
    full.now = true;
    // The statements are added first, then the learner write fails: the transaction must undo them.
    const outcome = await record.importRecord(JSON.stringify(goodFile()));
    expect(outcome).toEqual({
      ok: false,
      problem: 'not-saved',
      message: `There is not enough storage space in this browser to import this record. Free up some space on your device and try again. ${UNCHANGED}`,
    });
    full.now = false;
    expect(await record.statements()).toEqual([]);
  });
});

describe('a good file', () => {
  test('is merged by statement id: importing twice changes nothing', async () => {
    const record = await openRecord();
    const text = JSON.stringify(goodFile());
    expect(await record.importRecord(text)).toEqual({
      ok: true,
      added: 12,
      alreadyThere: 0,
      saved: true,
    });
    const afterFirst = await record.statements();
    expect(await record.importRecord(text)).toEqual({
      ok: true,
      added: 0,
      alreadyThere: 12,
      saved: true,
    });
    expect(await record.statements()).toEqual(afterFirst);
    expect(afterFirst).toEqual(goodFile().statements);
  });

  test('an empty record takes on the file’s learner; a record in use is never merged with another learner’s', async () => {
    const fresh = await openRecord();
    await fresh.importRecord(JSON.stringify(goodFile()));
    expect(await fresh.learner()).toMatchObject({ id: goodFile().learner.id, name: 'Sam Patel' });

    const inUse = await openRecord();
    await inUse.record(lesson('setting-tolerances'));
    const before = { statements: await inUse.statements(), learner: await inUse.learner() };
    expect(await inUse.importRecord(JSON.stringify(goodFile(6)))).toMatchObject({
      ok: false,
      problem: 'other-learner',
    });
    expect({ statements: await inUse.statements(), learner: await inUse.learner() }).toEqual(
      before,
    );
  });

  test('overlapping records merge: only the new statements are added', async () => {
    const record = await openRecord();
    await record.importRecord(JSON.stringify(goodFile(5)));
    expect(await record.importRecord(JSON.stringify(goodFile(12)))).toMatchObject({
      added: 7,
      alreadyThere: 5,
    });
  });

  test('a learner name with markup is accepted as data and kept exactly as text', async () => {
    const record = await openRecord();
    expect(await record.importRecord(fileWithMarkupInLearnerName())).toMatchObject({ ok: true });
    expect((await record.learner())?.name).toBe('<script>alert(1)</script>');
  });

  test('made before 2026-12 imports, and its assignment (then recorded as `attempted`) counts', async () => {
    const old = JSON.parse(
      readFileSync('tests/fixtures/reports/before-2026-12/good-ada.json', 'utf8'),
    ) as { learner: { id: string }; statements: unknown[] };
    const file = {
      format: RECORD_FORMAT,
      version: 1,
      exportedAt: '2026-11-30T12:00:00.000Z',
      learner: old.learner,
      statements: old.statements,
    };
    const record = await openRecord();
    expect(await record.importRecord(JSON.stringify(file))).toMatchObject({
      ok: true,
      added: old.statements.length,
    });
    const assignments = assignmentsIn(await record.statements());
    expect(assignments).toHaveLength(1);
    expect(assignments[0]).toMatchObject({ id: 'CohortA1xyz9', title: 'Governance path' });
  });

  test('can be imported from a Blob (a chosen file)', async () => {
    const record = await openRecord();
    const file = new Blob([JSON.stringify(goodFile())], { type: 'application/json' });
    expect(await record.importRecord(file)).toMatchObject({ ok: true, added: 12 });
  });

  test('imports into the session when IndexedDB is unavailable, and says it is not saved', async () => {
    const record = await openRecord({ openStore: () => Promise.reject(new Error('no IndexedDB')) });
    expect(await record.importRecord(JSON.stringify(goodFile()))).toEqual({
      ok: true,
      added: 12,
      alreadyThere: 0,
      saved: false,
    });
    expect(await record.statements()).toEqual(goodFile().statements);
    expect((await record.learner())?.id).toBe(goodFile().learner.id);
  });
});

describe('export, delete, import', () => {
  test('the download holds the learner and every statement, in the documented format', async () => {
    const record = await openRecord({ now: () => new Date('2026-11-25T15:30:00.000Z') });
    await record.setDisplayName('Sam');
    await record.record(lesson('what-you-own'));
    const { file, blob, fileName } = await record.exportRecord();
    const json = await blob.text();
    expect(fileName).toBe('sideline-learning-record-2026-11-25.json');
    expect(file).toMatchObject({
      format: RECORD_FORMAT,
      version: 1,
      exportedAt: '2026-11-25T15:30:00.000Z',
      learner: { name: 'Sam' },
    });
    expect(file.statements).toHaveLength(1);
    expect(json).toBe(JSON.stringify(file));
  });

  test('export → delete all → import restores exactly', async () => {
    const record = await openRecord();
    await record.importRecord(JSON.stringify(goodFile()));
    await record.record(lesson('forecast-breach'));
    const { blob, file: before } = await record.exportRecord();
    const json = await blob.text();

    await record.deleteAll();
    expect(await record.statements()).toEqual([]);
    expect(await record.learner()).toBeNull();

    expect(await record.importRecord(json)).toMatchObject({ ok: true, added: 13, alreadyThere: 0 });
    const { file: after } = await record.exportRecord();
    expect({ ...after, exportedAt: 'x' }).toEqual({ ...before, exportedAt: 'x' });
  });

  test(
    'a large record (5,000 statements) downloads in parts as one file that imports again',
    {
      timeout: 60_000,
    },
    async () => {
      const record = await openRecord();
      const big = JSON.stringify(goodFile(5000));
      expect(await record.importRecord(big)).toMatchObject({ ok: true, added: 5000 });
      const { file, blob } = await record.exportRecord();
      expect(await blob.text()).toBe(JSON.stringify(file));
      expect(blob.size).toBeLessThan(MAX_IMPORT_BYTES);
      await record.deleteAll();
      expect(await record.importRecord(blob)).toMatchObject({ ok: true, added: 5000 });
    },
  );
});
