/**
 * Saving a file made in the page: a hidden link to the file is clicked once, taken out again, and the
 * file's address is let go only later, since letting it go at once can cancel the download.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { saveFile } from '../../../src/site/download';

afterEach(() => {
  vi.useRealTimers();
  vi.unstubAllGlobals();
});

describe('saveFile', () => {
  it('clicks a hidden link named for the file, then revokes its address after ten seconds', () => {
    vi.useFakeTimers();
    const events: string[] = [];
    const link = {
      href: '',
      download: '',
      hidden: false,
      click: () => events.push(`click ${link.href} as ${link.download}, hidden ${link.hidden}`),
      remove: () => events.push('removed'),
    };
    vi.stubGlobal('document', {
      createElement: (tag: string) => (tag === 'a' ? link : null),
      body: { append: () => events.push('appended') },
    });
    const made: Blob[] = [];
    vi.stubGlobal('URL', {
      createObjectURL: (file: Blob) => (made.push(file), 'blob:report'),
      revokeObjectURL: (url: string) => events.push(`revoked ${url}`),
    });

    const file = new Blob(['{}'], { type: 'application/json' });
    saveFile(file, 'report.json');
    expect(made).toEqual([file]);
    expect(events).toEqual([
      'appended',
      'click blob:report as report.json, hidden true',
      'removed',
    ]);
    vi.advanceTimersByTime(9_999);
    expect(events).not.toContain('revoked blob:report');
    vi.advanceTimersByTime(1);
    expect(events.at(-1)).toBe('revoked blob:report');
  });
});
