/**
 * Assignments read back from the record. Imports refuse unreal dates now, but a record imported
 * before that may already hold one: reading it must never give a page a date it cannot show.
 */
import { describe, expect, it } from 'vitest';
import { assignmentFromStatement } from '../../../../src/paths/assignments/record';
import { formatDay } from '../../../../src/paths/progress';
import type { Statement } from '../../../../src/record/xapi/schema';
import { fileWithAssignment, setAssignmentField } from '../../../fixtures/records/assigned';

function storedWith(name: string, value: unknown): Statement {
  return fileWithAssignment(setAssignmentField(name, value)).statements.at(-1)!;
}

describe('an assignment stored with a date no page can show', () => {
  it.each(['2027-02-30', 'next Friday', '9999-12-31'])('due "%s" reads as no due date', (due) => {
    const assignment = assignmentFromStatement(storedWith('due-date', due));
    expect(assignment?.dueDate).toBeNull();
    const rule = assignmentFromStatement(storedWith('due-rule', { kind: 'date', date: due }));
    expect(rule?.due).toEqual({ kind: 'none' });
  });

  it('made on an unreal day reads as the day it was added', () => {
    const assignment = assignmentFromStatement(storedWith('assigned-on', 'yesterday'));
    expect(assignment?.assignedOn).toBe('2026-11-20');
    expect(() => formatDay(assignment!.assignedOn)).not.toThrow();
  });
});
