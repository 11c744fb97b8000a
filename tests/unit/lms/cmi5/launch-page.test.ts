import { Window } from 'happy-dom';
import { describe, expect, it } from 'vitest';
import { launchPageHtml } from '../../../../src/lms/cmi5/launch-page';
import { PAGE_DATA_ID, stepFile, type LaunchPageData } from '../../../../src/lms/cmi5/page-data';

const title = 'Closing </script><script>alert(1)</script> <!-- well';
const data: LaunchPageData = {
  course: {
    id: 'c',
    title,
    modules: [
      {
        id: 'm',
        title: 'M',
        steps: [{ kind: 'lesson', id: 'l', title, href: '/courses/c/l/' }],
      },
    ],
  },
  rules: { m: { quizId: 'q', masteryScore: 0.75 } },
};

describe('the cmi5 launch page', () => {
  it('carries the course outline intact, whatever its titles hold, and runs no script but its own', () => {
    const window = new Window();
    window.document.write(launchPageHtml(data, 'https://sideline.example/activities/'));
    const scripts = [...window.document.querySelectorAll('script')];
    expect(scripts.map((s) => s.getAttribute('src') ?? s.getAttribute('type'))).toEqual([
      'cmi5.js',
      'application/json',
    ]);
    const json = window.document.getElementById(PAGE_DATA_ID)!.textContent;
    expect(JSON.parse(json)).toEqual(data);
    window.close();
  });

  it.each([
    ['/courses/c/l/', 'courses/c/l/index.html'],
    ['/glossary/', 'glossary/index.html'],
  ])('opens the step %s from the package file %s', (href, file) => {
    expect(stepFile(href)).toBe(file);
  });
});
