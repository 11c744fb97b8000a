/**
 * The cmi5 launch page (cmi5.html at the package root): a slim bar that names the module, says
 * whether progress is reaching the LMS and offers Exit, above a frame with the module's pages. Its
 * script is cmi5.js beside it (launch.ts, bundled); the course's outline is written into the page.
 */
import { escapeHtml } from '../../site/markdown-html';
import { PAGE_DATA_ID, type LaunchPageData } from './page-data';

export const LAUNCH_PAGE = 'cmi5.html';
export const LAUNCH_SCRIPT = 'cmi5.js';

/** JSON safe inside a script element: no "</script>" or "<!--" can end it early. */
function scriptJson(value: unknown): string {
  return JSON.stringify(value).replaceAll('<', '\\u003c');
}

const STYLE = `
  html, body { margin: 0; height: 100%; }
  body { display: flex; flex-direction: column; font-family: system-ui, sans-serif; color: #0b0c0c; }
  .lms-bar { display: flex; flex-wrap: wrap; gap: 0.25rem 1rem; align-items: center;
    padding: 0.5rem 1rem; background: #1d5b93; color: #fff; }
  .lms-bar__title { margin: 0; font-size: 1rem; font-weight: 700; }
  .lms-bar__status { margin: 0; flex: 1; }
  .lms-bar__status--problem { background: #fff; color: #0b0c0c; padding: 0.25rem 0.5rem;
    border-left: 5px solid #d4351c; }
  .lms-bar__exit { font: inherit; padding: 0.25rem 0.75rem; }
  .lms-bar__exit:focus-visible { outline: 3px solid #fd0; outline-offset: 2px; }
  main { flex: 1; display: flex; }
  .lms-frame { flex: 1; border: 0; width: 100%; }
  .lms-frame[hidden] { display: none; }
`;

export function launchPageHtml(data: LaunchPageData, activityBase: string): string {
  return `<!doctype html>
<html lang="en-GB">
  <head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <title>${escapeHtml(data.course.title)}</title>
    <meta name="referrer" content="no-referrer" />
    <meta name="sideline-activity-base" content="${escapeHtml(activityBase)}" />
    <style>${STYLE}</style>
    <script type="module" src="${LAUNCH_SCRIPT}"></script>
  </head>
  <body>
    <header class="lms-bar">
      <p class="lms-bar__title">${escapeHtml(data.course.title)}</p>
      <p class="lms-bar__status" role="status"></p>
      <button type="button" class="lms-bar__exit" hidden>Exit module</button>
    </header>
    <main>
      <iframe class="lms-frame" title="The module's pages" hidden></iframe>
    </main>
    <script type="application/json" id="${PAGE_DATA_ID}">${scriptJson(data)}</script>
  </body>
</html>
`;
}
