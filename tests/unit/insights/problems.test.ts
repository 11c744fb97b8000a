/**
 * Every reason a file is skipped, pinned word for word: each says what is wrong and then what to do,
 * for the PMO who has only the file and the learner to ask.
 */
import { describe, expect, it } from 'vitest';
import { notSummarisedText, reportProblemText } from '../../../src/insights/problems';
import type { ReportFileKind, ReportProblem } from '../../../src/reports/read';

const ASK_REPORT =
  'Ask the learner to save their report again from “Share my progress” (on the Learning paths page) and send you the new file.';
const ASK_RECORD =
  'Ask the learner to download their record again (“Download my record” on My learning) and send you the new file.';
const CHECK = 'Check you chose the file the learner sent you; if you did, ask the learner';
const issue = { field: 'learner.id', kind: 'missing' } as const;
const entry = { entry: 3, entries: 12, issue: { field: 'timestamp', kind: 'wrong-type' } } as const;

const REASONS: [ReportFileKind, ReportProblem, string][] = [
  [
    'unknown',
    { problem: 'too-big', bytes: 11 * 1024 * 1024, limit: 10 * 1024 * 1024 },
    `This file is larger than 10 MB, far larger than any progress report. ${CHECK} to save their report again from “Share my progress” (on the Learning paths page) and send you the new file.`,
  ],
  [
    'unknown',
    { problem: 'unreadable' },
    'This file could not be read: it may have been moved or deleted since you chose it. Choose it again.',
  ],
  ['unknown', { problem: 'empty' }, `This file is empty. ${ASK_REPORT}`],
  [
    'unknown',
    { problem: 'not-json' },
    `This file is not a Sideline progress report (it is not JSON). ${CHECK} to save their report again from “Share my progress” (on the Learning paths page) and send you the new file.`,
  ],
  [
    'unknown',
    { problem: 'cut-short' },
    `This file is incomplete: it may have been cut short while saving or copying. ${ASK_REPORT}`,
  ],
  [
    'unknown',
    { problem: 'wrong-format' },
    `This file is not a Sideline progress report or learning record: it may come from another app. ${CHECK} to save their report again from “Share my progress” (on the Learning paths page) and send you the new file.`,
  ],
  [
    'report',
    { problem: 'newer-version' },
    'This file was made by a newer version of Sideline than this site. Ask whoever runs this site to update it, then read the file again.',
  ],
  [
    'report',
    { problem: 'duplicate-ids', id: 'x' },
    `This file lists the same entry twice, which Sideline never does: it may have been edited. ${ASK_REPORT}`,
  ],
  [
    'record',
    { problem: 'duplicate-ids', id: 'x' },
    `This file lists the same entry twice, which Sideline never does: it may have been edited. ${ASK_RECORD}`,
  ],
  [
    'report',
    { problem: 'other-learner', entry: 3, entries: 12 },
    `Entry 3 of 12 was recorded by a different learner from the one this file is for, which Sideline never does: the file may have been edited or put together from two people’s files. ${ASK_REPORT}`,
  ],
  [
    'report',
    { problem: 'bad-file', issue },
    `This report has been changed or damaged: the field "learner.id" is missing. ${ASK_REPORT}`,
  ],
  [
    'record',
    { problem: 'bad-file', issue },
    `This learning record has been changed or damaged: the learner is missing. It may have been edited. ${ASK_RECORD}`,
  ],
  [
    'report',
    { problem: 'bad-statement', ...entry },
    `Entry 3 of 12 is not valid: the field "timestamp" holds the wrong kind of value. It may have been edited. ${ASK_REPORT}`,
  ],
  [
    'record',
    { problem: 'bad-statement', ...entry },
    `Entry 3 of 12 in this record is not valid: the time holds the wrong kind of value. It may have been edited. ${ASK_RECORD}`,
  ],
];

describe('why a file was skipped', () => {
  it.each(REASONS)('a %s file with %o', (file, problem, text) => {
    expect(reportProblemText(file, problem)).toBe(text);
  });

  it('has a reason for every problem, each ending in what to do', () => {
    const kinds = new Set(REASONS.map(([, problem]) => problem.problem));
    expect(kinds.size).toBe(11);
    for (const [file, problem] of REASONS) {
      const last = reportProblemText(file, problem).split('. ').at(-1)!;
      expect(last, problem.problem).toMatch(/^(Ask|Check|Choose|Send)\b|\bask the learner\b/);
    }
  });

  it('says plainly when a file was read but its learner could not be summarised', () => {
    expect(notSummarisedText()).toBe(
      'This file was read, but this site could not work out the figures for its learner, so they are left out. The rest are shown. Send the file to whoever runs this site so they can find out why.',
    );
  });
});
