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
import { assignment, learners } from '../../fixtures/reports/cohort';
import { reportOf, statementsOf } from '../../fixtures/reports/simulate';

const dir = join(import.meta.dirname, '../../fixtures/reports');
const read = (name: string) => readFileSync(join(dir, name), 'utf8');
const reasonOf = (text: string) => {
  const reading = readReportText(text);
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
    const reading = readReportText(read('good-ada.json'));
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
    const reading = readReportText(record);
    expect(reading.ok && reading.report.statements.length).toBe(statementsOf(learners[0]!).length);
  });

  it('skips bad files with a reason the PMO can act on', () => {
    expect(reasonOf(read('bad-empty.json'))).toBe('The file is empty.');
    expect(reasonOf(read('bad-not-json.json'))).toBe(
      'It is not a Sideline progress report (it is not JSON).',
    );
    expect(reasonOf(read('bad-cut-short.json'))).toBe(
      'It is incomplete: it may have been cut short while saving or copying. Ask the learner to save their report again and send the new file.',
    );
    expect(reasonOf(read('bad-wrong-format.json'))).toBe(
      'It is not a Sideline progress report or learning record.',
    );
    expect(reasonOf(read('bad-newer-version.json'))).toBe(
      'It was made by a newer version of Sideline than this site. Update this site to read it.',
    );
    expect(reasonOf(read('bad-tampered.json'))).toBe(
      'Entry 3 of 18 is not valid: the field "object.definition.name.en-GB" contains markup, such as a <script> tag. It may have been edited. Ask the learner to save their report again and send the new file.',
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
      'It lists the same entry twice, which Sideline never does: it may have been edited. Ask the learner to save their report again and send the new file.',
    );
    expect(reasonOf(JSON.stringify({ ...report, extra: 1 }))).toBe(
      'The report has been changed or damaged: it has a field Sideline never writes ("extra"). Ask the learner to save their report again and send the new file.',
    );
    expect(reasonOf(JSON.stringify({ ...report, statements: 'none' }))).toMatch(
      /^The report has been changed or damaged: the field "statements"/,
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
      'Entry 3 of 18 is not valid: the field "verb.id" is not a verb Sideline records. It may have been edited. Ask the learner to save their report again and send the new file.',
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
      'Entry 3 of 18 is not valid: the field "verb.display.en-GB" does not match the verb it names. It may have been edited. Ask the learner to save their report again and send the new file.',
    );
  });

  it('says what is wrong as data, and leaves the words to the page', () => {
    expect(readReportText(read('bad-tampered.json'))).toEqual({
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
    expect(readReportText(read('bad-not-json.json'))).toEqual({
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
      `Entry 2 of ${statements.length} in this record is not valid: the activity name contains markup, such as a <script> tag. It may have been edited. Ask the learner to save their report again and send the new file.`,
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
      expect(readReportText(record).ok).toBe(true);
      expect(parse).toHaveBeenCalledTimes(1);
    } finally {
      parse.mockRestore();
    }
  });

  it('reads reports saved before assignments had their own verb and questions their interactions', () => {
    // Saved by Sideline before 2026-12: the assignment is `attempted`, questions have no interaction.
    const old = readReportText(read('before-2026-12/good-ada.json'));
    const now = readReportText(read('good-ada.json'));
    if (!old.ok || !now.ok) throw new Error('both reports should read');
    expect(old.report.statements.map((s) => s.verb.id)).toContain(
      'http://adlnet.gov/expapi/verbs/attempted',
    );
    expect(assignmentsIn(old.report.statements)).toEqual(assignmentsIn(now.report.statements));
    expect(assignmentsIn(old.report.statements)).toHaveLength(1);
  });

  it('refuses a file far too big before parsing it', () => {
    expect(reasonOf(' '.repeat(10 * 1024 * 1024 + 1))).toBe(
      'It is larger than 10 MB, far larger than any progress report.',
    );
  });
});
