/**
 * The launch page's HTML: the course's pages fill it, in a frame, under a notice that shows only when
 * the LMS cannot be reached or refuses progress. The course's facts (course.ts) ride along as JSON for
 * the launch script (launch.ts), which the package tool bundles beside it.
 */
import { COURSE_DATA_ID, type LmsCourse } from '../course';
import type { ScormVersion } from './cmi';
import { escapeHtml as escape } from '../../site/markdown-html';

export interface LaunchPageInput {
  version: ScormVersion;
  course: LmsCourse;
  siteName: string;
  activityBase: string;
  script: string;
  /** The site's icon in the package, if it holds one. */
  icon?: string | undefined;
}

export function launchPage({
  version,
  course,
  siteName,
  activityBase,
  script,
  icon,
}: LaunchPageInput): string {
  // JSON inside a script element: "</" would end the element early.
  const data = JSON.stringify(course).replaceAll('</', '<\\/');
  return `<!DOCTYPE html>
<html lang="en-GB" data-scorm="${version}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escape(course.title)} – ${escape(siteName)}</title>
<meta name="sideline-activity-base" content="${escape(activityBase)}">
${icon ? `<link rel="icon" href="${escape(icon)}" type="image/svg+xml">` : ''}
<style>
html, body { margin: 0; height: 100%; }
body { display: flex; flex-direction: column; font-family: system-ui, sans-serif; }
.notice { margin: 0; padding: 0.75rem 1rem; background: #fff4e5; border-bottom: 3px solid #b35c00; color: #1b1b1b; }
iframe { flex: 1; width: 100%; border: 0; }
</style>
<script type="application/json" id="${COURSE_DATA_ID}">${data}</script>
<script type="module" src="${escape(script)}"></script>
</head>
<body>
<p class="notice" role="status" data-part="notice" hidden></p>
<iframe title="${escape(course.title)}"></iframe>
</body>
</html>
`;
}
