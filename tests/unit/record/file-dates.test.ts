/**
 * Dates and times in a record file must be real calendar values in a believable range (the site's
 * one date rule, src/site/dates.ts): a due date of 30 February, or a time in the year 9999, is
 * refused with a message naming the entry and the field, and the learner's record is not changed.
 */
import { afterEach, describe, expect, test } from 'vitest';
import { createLearningRecord } from '../../../src/record/create';
import type { LearningRecord } from '../../../src/record/api';
import { parseRecordText } from '../../../src/record/transfer';
import { fileWithAssignment, setAssignmentField } from '../../fixtures/records/assigned';
import { goodFile } from '../../fixtures/records/files';

const NOW = new Date('2026-12-05T12:00:00.000Z');
const CHOOSE =
  'Import the file exactly as it was downloaded from "Download my record" on the My learning page.';
const UNCHANGED = 'Your record has not been changed.';
const EDITED =
  'A record downloaded from Sideline never looks like this, so the file may have been edited or damaged.';

type Json = Record<string, unknown>;

function withFirstTimestamp(timestamp: string): string {
  const file = structuredClone(goodFile()) as unknown as { statements: Json[] };
  file.statements[0]!['timestamp'] = timestamp;
  return JSON.stringify(file);
}

const entry = (n: number, of: number, words: string) =>
  `Entry ${n} of ${of} in this record is not valid: ${words}. ${EDITED} ${CHOOSE} ${UNCHANGED}`;
const fileField = (words: string) =>
  `This learning record has been changed or damaged: ${words}. ${CHOOSE} ${UNCHANGED}`;

const TIME = 'the time is not a real date and time between 2020 and now';
const DUE = 'the due date of the assignment is not a real date between 2020 and 2100';
const MADE = 'the day the assignment was made is not a real date between 2020 and today';
const DOWNLOADED = 'the download date is not a real date and time between 2020 and now';

const cases: [name: string, text: () => string, message: string][] = [
  [
    'a statement time in the year 9999',
    () => withFirstTimestamp('9999-12-31T00:00:00.000Z'),
    entry(1, 12, TIME),
  ],
  [
    'a statement time two days ahead of this clock',
    () => withFirstTimestamp('2026-12-07T13:00:00.000Z'),
    entry(1, 12, TIME),
  ],
  [
    'a statement time before Sideline existed',
    () => withFirstTimestamp('1999-12-31T23:00:00.000Z'),
    entry(1, 12, TIME),
  ],
  [
    'a download date in the year 9999',
    () => JSON.stringify({ ...goodFile(), exportedAt: '9999-12-31T00:00:00.000Z' }),
    fileField(DOWNLOADED),
  ],
  [
    'an assignment due on 30 February',
    () => JSON.stringify(fileWithAssignment(setAssignmentField('due-date', '2027-02-30'))),
    entry(13, 13, DUE),
  ],
  [
    'an assignment due "next Friday"',
    () => JSON.stringify(fileWithAssignment(setAssignmentField('due-date', 'next Friday'))),
    entry(13, 13, DUE),
  ],
  [
    'an assignment due in the year 9999',
    () => JSON.stringify(fileWithAssignment(setAssignmentField('due-date', '9999-12-31'))),
    entry(13, 13, DUE),
  ],
  [
    'an assignment whose due rule names 31 April',
    () =>
      JSON.stringify(
        fileWithAssignment(setAssignmentField('due-rule', { kind: 'date', date: '2027-04-31' })),
      ),
    entry(13, 13, DUE),
  ],
  [
    'an assignment made in the year 9999',
    () => JSON.stringify(fileWithAssignment(setAssignmentField('assigned-on', '9999-01-01'))),
    entry(13, 13, MADE),
  ],
  [
    'an assignment added in the year 9999',
    () =>
      JSON.stringify(
        fileWithAssignment((s) => {
          s['timestamp'] = '9999-01-01T00:00:00.000Z';
        }),
      ),
    entry(13, 13, TIME),
  ],
];

describe('dates in a record file', () => {
  test('a good file with an assignment passes', () => {
    expect(parseRecordText(JSON.stringify(fileWithAssignment()), NOW)).toMatchObject({ ok: true });
  });

  test.each(cases)('%s is refused, naming the entry and the field', (_name, text, message) => {
    expect(parseRecordText(text(), NOW)).toEqual({
      ok: false,
      problem: message.startsWith('Entry') ? 'bad-statement' : 'bad-file',
      message,
    });
  });
});

describe('importing a file with a bad date', () => {
  const opened: (LearningRecord & { close(): void })[] = [];
  afterEach(() => {
    for (const record of opened.splice(0)) record.close();
  });

  test.each(cases)('%s changes nothing in the record', async (_name, text, message) => {
    const record = await createLearningRecord({
      storage: undefined,
      databaseName: `file-dates-${_name}`,
      now: () => NOW,
    });
    opened.push(record);
    // This device already holds the file's learner's progress: the bad file must not add to it.
    expect(await record.importRecord(JSON.stringify(goodFile(3)))).toMatchObject({ ok: true });
    const before = { statements: await record.statements(), learner: await record.learner() };
    expect(await record.importRecord(text())).toMatchObject({ ok: false, message });
    expect({ statements: await record.statements(), learner: await record.learner() }).toEqual(
      before,
    );
  });
});
