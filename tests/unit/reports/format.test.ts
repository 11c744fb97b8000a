/**
 * Building a progress report on the learner's side: a report for one assignment holds that
 * assignment's statements and nothing else, every statement carries the name the learner chose (or
 * none), and the summary shown before saving counts what is in the file.
 */
import { describe, expect, it } from 'vitest';
import { assignmentsIn } from '../../../src/paths/assignments/record';
import {
  buildReport,
  reportFileName,
  serialiseReport,
  statementsForScope,
  summariseReport,
} from '../../../src/reports/format';
import { readReportText } from '../../../src/reports/read';
import { contentIdOf } from '../../../src/record/xapi/statements';
import { catalogue, learners } from '../../fixtures/reports/cohort';
import { statementsOf, type Learner } from '../../fixtures/reports/simulate';

const ada = learners[0]!;
const elsewhere: Learner = {
  ...ada,
  actions: [
    ...ada.actions,
    { do: 'read', lesson: 'another-course-lesson', course: 'another-course' },
  ],
};

describe('a progress report', () => {
  const statements = statementsOf(elsewhere);
  const assignment = assignmentsIn(statements)[0]!;
  const scope = {
    kind: 'assignment' as const,
    assignmentId: assignment.id,
    title: assignment.title,
  };

  it('for an assignment holds its statements and leaves out the rest', () => {
    const chosen = statementsForScope(statements, scope, assignment, catalogue.courses);
    expect(chosen.length).toBe(statements.length - 1);
    expect(chosen.map(contentIdOf)).not.toContain('another-course-lesson');
    expect(
      statementsForScope(statements, { kind: 'everything' }, undefined, catalogue.courses),
    ).toHaveLength(statements.length);
  });

  it('carries the chosen name in every statement, or no name at all', () => {
    const named = buildReport({
      learnerId: ada.id,
      name: '  Ada L.  ',
      scope,
      statements,
      now: new Date('2026-12-01T10:00:00Z'),
    });
    expect(named.learner).toEqual({ id: ada.id, name: 'Ada L.' });
    expect(new Set(named.statements.map((s) => s.actor.name))).toEqual(new Set(['Ada L.']));
    const anonymous = buildReport({
      learnerId: ada.id,
      name: '',
      scope,
      statements,
      now: new Date('2026-12-01T10:00:00Z'),
    });
    expect(anonymous.learner).toEqual({ id: ada.id });
    expect(anonymous.statements.some((s) => 'name' in s.actor)).toBe(false);
    expect(JSON.stringify(anonymous)).not.toContain('Ada Lovelace');
    expect(reportFileName(named)).toBe('sideline-progress-ada-l-2026-12-01.json');
    expect(reportFileName(anonymous)).toBe('sideline-progress-2026-12-01.json');
  });

  it('reads back on the PMO side exactly as built', () => {
    const report = buildReport({
      learnerId: ada.id,
      name: 'Ada',
      scope,
      statements,
      now: new Date('2026-12-01T10:00:00Z'),
    });
    const reading = readReportText(JSON.stringify(report));
    expect(reading.ok && reading.report.statements).toEqual(report.statements);
  });

  it('is saved readable: heading fields on their own lines, one statement per line', () => {
    const report = buildReport({
      learnerId: ada.id,
      name: 'Ada',
      scope,
      statements,
      now: new Date(),
    });
    const text = serialiseReport(report);
    expect(JSON.parse(text)).toEqual(report);
    const lines = text.split('\n');
    expect(lines.slice(0, 3)).toEqual([
      '{',
      ' "format": "sideline-progress-report",',
      ' "version": 1,',
    ]);
    const statementLines = lines.filter((line) => line.startsWith('  {"id":'));
    expect(statementLines).toHaveLength(report.statements.length);
    expect(text.length).toBeLessThan(JSON.stringify(report, null, 1).length * 0.8);
    const empty = { ...report, statements: [] };
    expect(JSON.parse(serialiseReport(empty))).toEqual(empty);
  });

  it('summarises what it holds for the learner to check', () => {
    const report = buildReport({
      learnerId: ada.id,
      name: undefined,
      scope: { kind: 'everything' },
      statements,
      now: new Date(),
    });
    const summary = summariseReport(report);
    expect(summary.statements).toBe(19);
    expect(summary.byVerb).toEqual([
      { verb: 'answered', count: 10 }, // 8 quiz answers and 2 scenario choices
      { verb: 'experienced', count: 4 },
      { verb: 'passed', count: 2 },
      { verb: 'assigned', count: 1 }, // the assignment (recorded as `attempted` before 2026-12)
      { verb: 'completed', count: 1 },
      { verb: 'failed', count: 1 },
    ]);
    expect(summary.sharedAnswers).toBe(0); // no practice answer shared
    expect(summary.firstAt).toBe(statements[0]!.timestamp);
    expect(summary.lastAt).toBe(statements[statements.length - 1]!.timestamp);
  });
});
