// @vitest-environment happy-dom
/**
 * Results while files are read: a PMO with thousands of files sees the completion of each path among
 * the learners read so far, said to be not final, and the full results replace it at the end.
 */
import '@testing-library/jest-dom/vitest';
import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, expect, test, vi } from 'vitest';
import InsightsDashboard from '../../src/insights/components/InsightsDashboard';
import type { ImportOptions, ImportResult } from '../../src/insights/workers/pool';
import { catalogue } from '../fixtures/reports/cohort';
import { learner, row } from '../unit/insights/summaries';

const reading = vi.hoisted(() => ({
  options: undefined as ImportOptions | undefined,
  finish: undefined as ((result: ImportResult) => void) | undefined,
}));
vi.mock('../../src/insights/workers/pool', () => ({
  importReports: (_files: File[], options: ImportOptions) =>
    new Promise<ImportResult>((resolve) => {
      reading.options = options;
      reading.finish = resolve;
    }),
}));

afterEach(cleanup);

test('the first summaries are shown as results so far, then replaced by the full results', async () => {
  render(<InsightsDashboard catalogue={catalogue} />);
  const files = ['a.json', 'b.json', 'c.json'].map((name) => new File(['{}'], name));
  fireEvent.change(document.querySelector('#insights-files')!, { target: { files } });
  expect(reading.options).toBeDefined();

  const ada = learner('ada', { assignments: [row({ status: 'completed', done: 6 })] });
  act(() => reading.options!.onProgress(1, 3, [ada]));
  expect(screen.getByRole('heading', { name: 'Results so far' })).toBeVisible();
  expect(screen.getByTestId('insights-so-far')).toHaveTextContent(
    '1 learner from the first 1 file of 3. These figures are not final',
  );
  expect(screen.getByRole('img', { name: /completion by path/ })).toBeInTheDocument();

  await act(async () => {
    reading.finish!({
      files: files.map((file, index) => ({ index, name: file.name, ok: true, learnerId: 'ada' })),
      summaries: [ada],
      timings: {
        read: 0,
        handOver: 0,
        summarise: 0,
        workers: { open: 0, check: 0, summarise: 0 },
      },
    });
    // The dashboard goes on once the import's promise has settled.
    await Promise.resolve();
  });
  expect(screen.queryByRole('heading', { name: 'Results so far' })).toBeNull();
  expect(screen.getByRole('heading', { name: 'Results' })).toBeVisible();
});
