/**
 * The assignment builder's markup, rendered on the server (no DOM here): every problem in the error
 * summary links to a field that exists and that names its error, and a made link comes with a live
 * status for "Copy link" and a labelled QR code. Typing and clicking are left to the e2e test.
 */
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import {
  changeDraft,
  checkDraft,
  draftToAssignment,
  newDraft,
  type AssignmentDraft,
} from '../../../../src/paths/assignments/draft';
import { assignmentUrl } from '../../../../src/paths/assignments/link';
import type { AssignmentDraftProblem } from '../../../../src/paths/assignments/model';
import AssignmentLink from '../../../../src/paths/components/assign/AssignmentLink';
import DueChoice from '../../../../src/paths/components/assign/DueChoice';
import ErrorSummary from '../../../../src/paths/components/assign/ErrorSummary';
import PathChoice from '../../../../src/paths/components/assign/PathChoice';
import SenderFields from '../../../../src/paths/components/assign/SenderFields';
import StepsChoice from '../../../../src/paths/components/assign/StepsChoice';
import { FIELD_ID } from '../../../../src/paths/components/assign/form';
import { catalogue, TODAY } from '../sponsor-catalogue';

function renderForm(draft: AssignmentDraft, problems: AssignmentDraftProblem[]): string {
  const parts = { draft, change: () => {}, problems };
  return renderToStaticMarkup(
    <form>
      <ErrorSummary problems={problems} />
      {draft.what === 'path' ? (
        <PathChoice {...parts} catalogue={catalogue} />
      ) : (
        <StepsChoice {...parts} catalogue={catalogue} refs={[]} />
      )}
      <DueChoice {...parts} suggestedDays={14} />
      <SenderFields {...parts} />
    </form>,
  );
}

/** The attributes of the element with this id. */
function elementWithId(html: string, id: string): string | undefined {
  return new RegExp(`<[a-z]+ [^>]*id="${id}"[^>]*>`).exec(html)?.[0];
}

describe('the assignment builder’s errors', () => {
  const steps = [
    { type: 'choose-what', what: 'steps' },
    { type: 'choose-due', dueKind: 'date' },
    { type: 'type', field: 'team', value: 'PMO\u0007' },
  ] as const;
  const withSteps = steps.reduce(changeDraft, newDraft(catalogue));
  const withPath = [
    { type: 'choose-path', pathId: 'gone' },
    { type: 'type', field: 'days', value: '0' },
  ] as const;
  const badPath = withPath.reduce(changeDraft, newDraft(catalogue));

  it.each([
    ['chosen steps', withSteps, ['title', 'steps', 'due-date', 'assigned-by', 'team']],
    ['a path', badPath, ['path', 'due-days', 'assigned-by']],
  ] as const)('for %s link each problem to its field, which names it', (_, draft, fields) => {
    const problems = checkDraft(draft, catalogue, TODAY);
    expect(problems.map((problem) => problem.field)).toEqual(fields);
    const html = renderForm(draft, problems);
    expect(html).toContain('role="alert"');
    expect(html).toContain('<h2 id="assign-errors-title">There is a problem</h2>');
    for (const problem of problems) {
      const id = FIELD_ID[problem.field];
      expect(html).toContain(`<a href="#${id}">${problem.message}</a>`);
      expect(elementWithId(html, id)).toMatch(new RegExp(`aria-describedby="[^"]*${id}-error`));
      expect(elementWithId(html, `${id}-error`)).toBeDefined();
    }
  });

  it('shows no summary and no field errors when nothing is wrong', () => {
    const html = renderForm(newDraft(catalogue), []);
    expect(html).not.toContain('role="alert"');
    expect(html).not.toContain('-error"');
    expect(elementWithId(html, 'assign-path')).toContain('aria-describedby="assign-path-hint"');
  });
});

describe('the link made', () => {
  const draft = changeDraft(newDraft(catalogue), { type: 'type', field: 'by', value: 'Priya' });
  const assignment = draftToAssignment(draft, catalogue, 'AbCdEfGhIjKl', TODAY);
  const url = assignmentUrl('https://sideline.example', assignment);

  it('has a status for "Copy link" and a QR code labelled by its caption, with a download', () => {
    const html = renderToStaticMarkup(<AssignmentLink url={url} assignment={assignment} />);
    expect(html).toContain('<p class="pmo-live" role="status"></p>');
    expect(html).toContain('<label for="assign-link">Link for “New sponsor”</label>');
    expect(html).toContain('role="img" aria-labelledby="assign-qr-caption"');
    expect(html).toContain('download="assignment-AbCdEfGhIjKl.svg"');
  });

  it('says so when the link is too long for a QR code', () => {
    const long = `${url}${'x'.repeat(3000)}`;
    const html = renderToStaticMarkup(<AssignmentLink url={long} assignment={assignment} />);
    expect(html).not.toContain('role="img"');
    expect(html).toContain('This link is too long for a QR code');
  });
});
