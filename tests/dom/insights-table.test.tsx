// @vitest-environment happy-dom
/**
 * A table of thousands of learners draws its first rows, in the same order, and says how many there
 * are, with a button that shows all of them; the counts and the CSV download still hold every learner.
 */
import '@testing-library/jest-dom/vitest';
import { act, cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, expect, test, vi } from 'vitest';
import InsightsDashboard from '../../src/insights/components/InsightsDashboard';
import { FIRST_ROWS } from '../../src/insights/components/Table';
import type { ImportResult } from '../../src/insights/workers/pool';
import { catalogue } from '../fixtures/reports/cohort';
import { learners, row } from '../unit/insights/summaries';

const reading = vi.hoisted(() => ({
  finish: undefined as ((result: ImportResult) => void) | undefined,
}));
vi.mock('../../src/insights/workers/pool', () => ({
  importReports: () =>
    new Promise<ImportResult>((resolve) => {
      reading.finish = resolve;
    }),
}));
const saved = vi.hoisted(() => ({ files: [] as Blob[] }));
vi.mock('../../src/site/download', () => ({
  saveFile: (file: Blob) => saved.files.push(file),
}));

afterEach(cleanup);

const tableCaptioned = (caption: string) =>
  screen.getByRole('table', { name: caption, hidden: true });
const bodyRows = (table: HTMLElement) => table.querySelectorAll('tbody tr');

test.each([
  { count: FIRST_ROWS - 1, cut: false },
  { count: FIRST_ROWS, cut: false },
  { count: 1234, cut: true },
])('$count learners: the first rows at once, every one on request', async ({ count, cut }) => {
  render(<InsightsDashboard catalogue={catalogue} />);
  const files = [new File(['{}'], 'a.json')];
  fireEvent.change(document.querySelector('#insights-files')!, { target: { files } });
  // Names that sort in a different order from the order they were read in.
  const summaries = learners(count, (n) => ({
    label: `Learner ${String(count - n).padStart(5, '0')}`,
    assignments: [row({ status: 'in-progress', done: 2, help: ['Overdue.'] })],
  }));
  await act(async () => {
    reading.finish!({
      files: [{ index: 0, name: 'a.json', ok: true, learnerId: 'learner-0' }],
      summaries,
      timings: { read: 0, handOver: 0, summarise: 0, workers: { open: 0, check: 0, summarise: 0 } },
    });
    await Promise.resolve();
  });
  const all = count.toLocaleString('en-GB');
  expect(screen.getByTestId('insights-summary')).toHaveTextContent(`; ${count} learners.`);

  const byLearner = tableCaptioned('Completion by learner');
  const firstNames = [...bodyRows(byLearner)].map((tr) => tr.querySelector('th')!.textContent);
  expect(firstNames).toHaveLength(cut ? FIRST_ROWS : count);
  expect(firstNames[0]).toBe('Learner 00001');
  const showAll = screen.queryByRole('button', { name: /^Show all .*: Completion by learner$/ });
  if (!cut) {
    expect(showAll).toBeNull();
    return;
  }
  // happy-dom puts a space before the visually hidden part of the name; a browser does not.
  expect(showAll).toHaveAccessibleName(
    new RegExp(`^Show all ${all} rows ?: Completion by learner$`),
  );
  expect(screen.getAllByText(`Showing the first ${FIRST_ROWS} of ${all} rows.`)).toHaveLength(2);
  // The help table is cut on its own: it has its own button.
  expect(bodyRows(tableCaptioned('Who may need help'))).toHaveLength(FIRST_ROWS);

  // The CSV holds every learner even while the screen shows the first rows.
  fireEvent.click(
    screen.getByRole('button', { name: /^Download as CSV ?: Completion by learner$/ }),
  );
  const csv = await saved.files.at(-1)!.text();
  expect(csv.trim().split('\n')).toHaveLength(count + 1);

  fireEvent.click(showAll!);
  const everyName = [...bodyRows(byLearner)].map((tr) => tr.querySelector('th')!.textContent);
  expect(everyName).toHaveLength(count);
  expect(everyName.slice(0, FIRST_ROWS)).toEqual(firstNames);
  expect(screen.queryByRole('button', { name: /Show all .* Completion by learner/ })).toBeNull();
  // The keyboard stays in the table it opened.
  expect(document.activeElement).toBe(
    within(document.body).getByRole('region', { name: 'Completion by learner' }),
  );
});
