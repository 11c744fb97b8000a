/**
 * Progress reports as a PMO receives them: a good report reads back as it was saved; a bad file is
 * skipped with a reason the PMO can act on, whatever is wrong with it. The report files in
 * tests/fixtures/reports/ (also used by the browser tests) are checked to be what the simulator makes:
 * run with UPDATE_REPORT_FIXTURES=1 to write them again after changing the cohort.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { assignmentsIn } from '../../../src/paths/assignments/record';
import { parseRecordText, RECORD_FORMAT } from '../../../src/record/transfer';
import { readReportText } from '../../../src/reports/read';
import { reportProblemText } from '../../../src/insights/problems';
import { assignment, learners, NOW } from '../../fixtures/reports/cohort';
import { reportOf, statementsOf } from '../../fixtures/reports/simulate';

const dir = join(import.meta.dirname, '../../fixtures/reports');
const read = (name: string) => readFileSync(join(dir, name), 'utf8');
/** The fixtures' "today" is 10 December 2026, whatever this machine's clock says. */
const readAt = (text: string) => readReportText(text, NOW);
const reasonOf = (text: string) => {
  const reading = readAt(text);
  return reading.ok ? 'ok' : reportProblemText(reading.file, reading.problem);
};

/** A good report with one statement changed by hand. */
function tampered(change: (statement: Record<string, unknown>) => void): string {
  const report = JSON.parse(reportOf(learners[0]!)) as { statements: Record<string, unknown>[] };
  change(report.statements[2]!);
  return JSON.stringify(report);
}

const FIXTURES: Record<string, () => string> = {
  'good-ada.json': () => reportOf(learners[0]!),
  'good-ada-assignment.json': () =>
    reportOf(learners[0]!, {
      kind: 'assignment',
      assignmentId: assignment.id,
      title: assignment.title,
    }),
  'good-ben.json': () => reportOf(learners[1]!),
  'good-unnamed.json': () => reportOf(learners[2]!),
  'good-cy.json': () => reportOf(learners[3]!),
  'good-di.json': () => reportOf(learners[4]!),
  'good-ed.json': () => reportOf(learners[5]!),
  'bad-tampered.json': () =>
    tampered((statement) => {
      (statement['object'] as { definition: { name: Record<string, string> } }).definition.name[
        'en-GB'
      ] = '<script>alert(1)</script>';
    }),
};

describe('report fixture files', () => {
  it('are what the simulator makes', () => {
    for (const [name, make] of Object.entries(FIXTURES)) {
      const text = make();
      // Fixtures change only when asked (UPDATE_REPORT_FIXTURES=1), so a test can never pass by
      // rewriting what it compares against.
      if (process.env['UPDATE_REPORT_FIXTURES']) writeFileSync(join(dir, name), text);
      expect(existsSync(join(dir, name)), `${name} exists (UPDATE_REPORT_FIXTURES=1 makes it)`).toBe(true);
      expect(read(name), name).toBe(text);
    }
  });
});

describe('reading a progress report', () => {
  it('gives back the learner, the scope and every statement as saved', () => {
    const reading = readAt(read('good-ada.json'));
    expect(reading.ok).toBe(true);
    if (!reading.ok) return;
    expect(reading.report.learnerId).toBe('learner-ada');
    expect(reading.report.name).toBe('Ada Lovelace');
    expect(reading.report.scope).toEqual({ kind: 'everything' });
    expect(reading.report.statements.map((s) => s.id)).toEqual(
      statementsOf(learners[0]!).map((s) => s.id),
    );
  });

  it('reads a whole learning record ("Download my record") too', () => {
    const record = JSON.stringify({
      format: RECORD_FORMAT,
      version: 1,
      exportedAt: '2026-12-01T12:00:00.000Z',
      learner: { id: 'learner-ada', name: 'Ada Lovelace' },
      statements: statementsOf(learners[0]!),
    });
    expect(parseRecordText(record).ok).toBe(true);
    const reading = readAt(record);
    expect(reading.ok && reading.report.statements.length).toBe(statementsOf(learners[0]!).length);
  });

  it('skips bad files with a reason that says what is wrong and what to do', () => {
    const ask =
      'ask the learner to save their report again from “Share my progress” (on the Learning paths page) and send you the new file.';
    const Ask = ask.charAt(0).toUpperCase() + ask.slice(1);
    const check = 'Check you chose the file the learner sent you; if you did,';
    expect(reasonOf(read('bad-empty.json'))).toBe(`This file is empty. ${Ask}`);
    expect(reasonOf(read('bad-not-json.json'))).toBe(
      `This file is not a Sideline progress report (it is not JSON). ${check} ${ask}`,
    );
    expect(reasonOf(read('bad-cut-short.json'))).toBe(
      `This file is incomplete: it may have been cut short while saving or copying. ${Ask}`,
    );
    expect(reasonOf(read('bad-wrong-format.json'))).toBe(
      `This file is not a Sideline progress report or learning record: it may come from another app. ${check} ${ask}`,
    );
    expect(reasonOf(read('bad-newer-version.json'))).toBe(
      'This file was made by a newer version of Sideline than this site. Ask whoever runs this site to update it, then read the file again.',
    );
    expect(reasonOf(read('bad-tampered.json'))).toBe(
      `Entry 3 of 18 is not valid: the field "object.definition.name.en-GB" contains markup, such as a <script> tag. It may have been edited. ${Ask}`,
    );
  });

  it.each([
    ['nothing at all', ''],
    ['only whitespace', ' \n\t \r\n'],
    ['an empty object', '{}'],
    ['an empty object among whitespace', '\n { }\n'],
    ['an empty list', '[]'],
    ['null', 'null'],
  ])('calls a file holding %s empty, and says what to do', (_, text) => {
    expect(reasonOf(text)).toBe(
      'This file is empty. Ask the learner to save their report again from “Share my progress” (on the Learning paths page) and send you the new file.',
    );
  });

  it('refuses edited statements, repeated entries and unknown fields', () => {
    expect(
      reasonOf(
        tampered(
          (s) =>
            (s['verb'] = {
              id: 'http://adlnet.gov/expapi/verbs/hacked',
              display: { 'en-GB': 'hacked' },
            }),
        ),
      ),
    ).toMatch(
      /^Entry 3 of 18 is not valid: the field "verb.display.en-GB" has a value Sideline never writes\./,
    );
    expect(reasonOf(tampered((s) => (s['id'] = 'not-a-uuid')))).toMatch(
      /^Entry 3 of 18 is not valid: the field "id" is not a statement id/,
    );
    const report = JSON.parse(read('good-ada.json')) as { statements: unknown[]; extra?: unknown };
    expect(
      reasonOf(
        JSON.stringify({ ...report, statements: [report.statements[0], report.statements[0]] }),
      ),
    ).toBe(
      'This file lists the same entry twice, which Sideline never does: it may have been edited. Ask the learner to save their report again from “Share my progress” (on the Learning paths page) and send you the new file.',
    );
    expect(reasonOf(JSON.stringify({ ...report, extra: 1 }))).toBe(
      'This report has been changed or damaged: it has a field Sideline never writes ("extra"). Ask the learner to save their report again from “Share my progress” (on the Learning paths page) and send you the new file.',
    );
    expect(reasonOf(JSON.stringify({ ...report, statements: 'none' }))).toMatch(
      /^This report has been changed or damaged: the field "statements"/,
    );
  });

  it('refuses a statement whose verb id Sideline never writes, even displayed as "passed"', () => {
    expect(
      reasonOf(
        tampered(
          (s) =>
            (s['verb'] = { id: 'https://evil.example/passed', display: { 'en-GB': 'passed' } }),
        ),
      ),
    ).toBe(
      'Entry 3 of 18 is not valid: the field "verb.id" is not a verb Sideline records. It may have been edited. Ask the learner to save their report again from “Share my progress” (on the Learning paths page) and send you the new file.',
    );
    expect(
      reasonOf(
        tampered(
          (s) =>
            (s['verb'] = {
              id: 'http://adlnet.gov/expapi/verbs/failed',
              display: { 'en-GB': 'passed' },
            }),
        ),
      ),
    ).toBe(
      'Entry 3 of 18 is not valid: the field "verb.display.en-GB" does not match the verb it names. It may have been edited. Ask the learner to save their report again from “Share my progress” (on the Learning paths page) and send you the new file.',
    );
  });

  it('says what is wrong as data, and leaves the words to the page', () => {
    expect(readAt(read('bad-tampered.json'))).toEqual({
      ok: false,
      file: 'report',
      problem: {
        problem: 'bad-statement',
        entry: 3,
        entries: 18,
        issue: {
          field: 'object.definition.name.en-GB',
          kind: 'not-in-form',
          detail: 'contains markup, such as a <script> tag',
        },
      },
    });
    expect(readAt(read('bad-not-json.json'))).toEqual({
      ok: false,
      file: 'unknown',
      problem: { problem: 'not-json' },
    });
  });

  it('words a bad learning record as the learner’s own import would name the field', () => {
    const statements = statementsOf(learners[0]!);
    const record = (changed: unknown[]) =>
      JSON.stringify({
        format: RECORD_FORMAT,
        version: 1,
        exportedAt: '2026-12-01T12:00:00.000Z',
        learner: { id: 'learner-ada' },
        statements: changed,
      });
    const named = structuredClone(statements);
    named[1]!.object.definition!.name = { 'en-GB': '<b>bold</b>' };
    expect(reasonOf(record(named))).toBe(
      `Entry 2 of ${statements.length} in this record is not valid: the activity name contains markup, such as a <script> tag. It may have been edited. Ask the learner to download their record again (“Download my record” on My learning) and send you the new file.`,
    );
  });

  it('parses a learning record once', () => {
    const record = JSON.stringify({
      format: RECORD_FORMAT,
      version: 1,
      exportedAt: '2026-12-01T12:00:00.000Z',
      learner: { id: 'learner-ada' },
      statements: statementsOf(learners[0]!),
    });
    const parse = vi.spyOn(JSON, 'parse');
    try {
      expect(readAt(record).ok).toBe(true);
      expect(parse).toHaveBeenCalledTimes(1);
    } finally {
      parse.mockRestore();
    }
  });

  it('reads reports saved before assignments had their own verb and questions their interactions', () => {
    // Saved by Sideline before 2026-12: the assignment is `attempted`, questions have no interaction.
    const old = readAt(read('before-2026-12/good-ada.json'));
    const now = readAt(read('good-ada.json'));
    if (!old.ok || !now.ok) throw new Error('both reports should read');
    expect(old.report.statements.map((s) => s.verb.id)).toContain(
      'http://adlnet.gov/expapi/verbs/attempted',
    );
    expect(assignmentsIn(old.report.statements)).toEqual(assignmentsIn(now.report.statements));
    expect(assignmentsIn(old.report.statements)).toHaveLength(1);
  });

  it('refuses a file far too big before parsing it', () => {
    expect(reasonOf(' '.repeat(10 * 1024 * 1024 + 1))).toBe(
      'This file is larger than 10 MB, far larger than any progress report. Check you chose the file the learner sent you; if you did, ask the learner to save their report again from “Share my progress” (on the Learning paths page) and send you the new file.',
    );
  });
});

/** Ada's full report (its first statement adds the assignment), changed by hand. */
function edited(change: (report: EditableReport) => void): string {
  const report = JSON.parse(read('good-ada.json')) as EditableReport;
  change(report);
  return JSON.stringify(report);
}
interface EditableReport {
  createdAt: string;
  learner: { id: string; name?: string };
  statements: {
    id: string;
    timestamp: string;
    actor: { account: { name: string } };
    result?: { extensions?: Record<string, unknown> };
  }[];
}
const EXT = 'https://sideline.example/activities/ext/';
const ASK_REPORT =
  'Ask the learner to save their report again from “Share my progress” (on the Learning paths page) and send you the new file.';
const ASK_RECORD =
  'Ask the learner to download their record again (“Download my record” on My learning) and send you the new file.';

describe('dates and times in a report', () => {
  const when = 'is not a real date and time between 2020 and now';
  const day = 'is not a real date between 2020 and 2100';
  const entry = (n: number, field: string, words: string) =>
    `Entry ${n} of 18 is not valid: the field "${field}" ${words}. It may have been edited. ${ASK_REPORT}`;

  it.each([
    [
      'made on a day that does not exist',
      (r: EditableReport) => (r.createdAt = '2026-02-30T12:00:00.000Z'),
      'This report has been changed or damaged: the field "createdAt" is not in the form Sideline writes. ' +
        ASK_REPORT,
    ],
    [
      'made in the year 9999',
      (r: EditableReport) => (r.createdAt = '9999-12-31T23:59:59.000Z'),
      `This report has been changed or damaged: the field "createdAt" ${when}. ${ASK_REPORT}`,
    ],
    [
      'made two days after this clock',
      (r: EditableReport) => (r.createdAt = '2026-12-12T12:00:01.000Z'),
      `This report has been changed or damaged: the field "createdAt" ${when}. ${ASK_REPORT}`,
    ],
    [
      'with a statement from 1999',
      (r: EditableReport) => (r.statements[4]!.timestamp = '1999-12-31T23:00:00.000Z'),
      entry(5, 'timestamp', when),
    ],
    [
      'with a statement from the year 9999',
      (r: EditableReport) => (r.statements[4]!.timestamp = '9999-01-01T00:00:00.000Z'),
      entry(5, 'timestamp', when),
    ],
    [
      'with a due date of "soon"',
      (r: EditableReport) => (r.statements[0]!.result!.extensions![`${EXT}due-date`] = 'soon'),
      entry(1, 'result.extensions.due-date', day),
    ],
    [
      'with a due date in month 13',
      (r: EditableReport) =>
        (r.statements[0]!.result!.extensions![`${EXT}due-date`] = '2026-13-01'),
      entry(1, 'result.extensions.due-date', day),
    ],
    [
      'with a due date in 9999',
      (r: EditableReport) =>
        (r.statements[0]!.result!.extensions![`${EXT}due-date`] = '9999-12-31'),
      entry(1, 'result.extensions.due-date', day),
    ],
    [
      'with a due rule for 31 April',
      (r: EditableReport) =>
        (r.statements[0]!.result!.extensions![`${EXT}due-rule`] = {
          kind: 'date',
          date: '2026-04-31',
        }),
      entry(1, 'result.extensions.due-rule', day),
    ],
    [
      'assigned on 30 February',
      (r: EditableReport) =>
        (r.statements[0]!.result!.extensions![`${EXT}assigned-on`] = '2026-02-30'),
      entry(1, 'result.extensions.assigned-on', 'is not a real date between 2020 and today'),
    ],
  ])('skips a report %s, saying which date and what to do', (_, change, reason) => {
    expect(reasonOf(edited(change))).toBe(reason);
  });

  it('checks the dates in a whole learning record too', () => {
    const record = (exportedAt: string, timestamp?: string) => {
      const statements = structuredClone(statementsOf(learners[0]!));
      if (timestamp) statements[1]!.timestamp = timestamp;
      return JSON.stringify({
        format: RECORD_FORMAT,
        version: 1,
        exportedAt,
        learner: { id: 'learner-ada' },
        statements,
      });
    };
    expect(reasonOf(record('2031-01-01T00:00:00.000Z'))).toBe(
      `This learning record has been changed or damaged: the download date ${when}. It may have been edited. ${ASK_RECORD}`,
    );
    expect(reasonOf(record('2026-12-01T12:00:00.000Z', '2019-12-31T23:59:59.999Z'))).toBe(
      `Entry 2 of 18 in this record is not valid: the time ${when}. It may have been edited. ${ASK_RECORD}`,
    );
  });

  it('reads a report made up to a day and a half ahead of this clock (time zones, clocks)', () => {
    expect(reasonOf(edited((r) => (r.createdAt = '2026-12-11T23:59:59.000Z')))).toBe('ok');
    expect(reasonOf(edited((r) => (r.createdAt = '2026-12-11T01:00:00.000+02:00')))).toBe('ok');
  });
});

describe('whose statements a report holds', () => {
  it('skips a report holding another learner’s statements as damaged', () => {
    expect(
      reasonOf(edited((r) => (r.statements[6]!.actor.account.name = 'learner-ben'))),
    ).toBe(
      `Entry 7 of 18 was recorded by a different learner from the one this file is for, which Sideline never does: the file may have been edited or put together from two people’s files. ${ASK_REPORT}`,
    );
  });

  it('compares learner ids exactly: "Learner-Ada" is not "learner-ada"', () => {
    expect(reasonOf(edited((r) => (r.learner.id = 'Learner-Ada')))).toMatch(
      /^Entry 1 of 18 was recorded by a different learner/,
    );
  });

  it('compares statement ids as UUIDs: the same id in capitals is the same entry', () => {
    const twice = edited((r) => {
      r.statements[1] = { ...r.statements[0]!, id: r.statements[0]!.id.toUpperCase() };
    });
    expect(reasonOf(twice)).toBe(
      `This file lists the same entry twice, which Sideline never does: it may have been edited. ${ASK_REPORT}`,
    );
  });
});
