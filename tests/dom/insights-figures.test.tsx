// @vitest-environment happy-dom
/**
 * The insights page's last line of defence: if drawing the figures throws for a reason nobody
 * foresaw, the page says so in words (and what to do) instead of going blank.
 */
import '@testing-library/jest-dom/vitest';
import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, expect, test, vi } from 'vitest';
import { FiguresBoundary } from '../../src/insights/components/FiguresProblem';

afterEach(cleanup);

function BrokenTable(): never {
  throw new RangeError('Invalid time value');
}

test('a table that throws while drawing leaves a plain message, not a blank page', () => {
  const logged = vi.spyOn(console, 'error').mockImplementation(() => undefined);
  render(
    <FiguresBoundary>
      <BrokenTable />
    </FiguresBoundary>,
  );
  logged.mockRestore();
  const alert = screen.getByRole('alert');
  expect(alert).toHaveTextContent('The figures could not be shown');
  expect(alert).toHaveTextContent(
    'Clear all files and read them again in smaller groups to find the file that causes it, then send that file to whoever runs this site.',
  );
  expect(alert).not.toHaveTextContent('Invalid time value');
});
