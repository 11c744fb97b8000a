/**
 * One slide as a self-contained HTML page at 1280x720, in the site's own design tokens (inlined from
 * src/styles/tokens.css, light scheme): the video's title, the heading, up to four bullets and, when the
 * slide names roles, a diagram of role boxes joined by arrows.
 */
import type { ScriptSlide } from './script.ts';

export const SLIDE_WIDTH = 1280;
export const SLIDE_HEIGHT = 720;

export interface SlidePage {
  tokensCss: string;
  videoTitle: string;
  slide: ScriptSlide;
  /** 0-based. */
  index: number;
  count: number;
  /** Role id → the name the site uses for it. */
  roleNames: Record<string, string>;
  siteName: string;
}

export function slideHtml(page: SlidePage): string {
  const { slide } = page;
  const diagram = slide.roles.length
    ? roleDiagram(slide.roles.map((id) => page.roleNames[id] ?? id.replaceAll('-', ' ')))
    : '';
  const bullets = slide.bullets.length
    ? `<ul>${slide.bullets.map((b) => `<li>${escape(b)}</li>`).join('')}</ul>`
    : '';
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>${escape(slide.heading)}</title>
<style>
${page.tokensCss}
${SLIDE_CSS}
</style></head>
<body><main class="slide${diagram ? ' slide--roles' : ''}">
<p class="kicker">${escape(page.videoTitle)}</p>
<h1>${escape(slide.heading)}</h1>
<div class="body">${bullets}${diagram}</div>
<footer><span>${escape(page.siteName)}</span><span>${page.index + 1} of ${page.count}</span></footer>
</main></body></html>`;
}

const SLIDE_CSS = `
:root { color-scheme: light; --fit: 1; }
html, body { margin: 0; width: ${SLIDE_WIDTH}px; height: ${SLIDE_HEIGHT}px; overflow: hidden; }
body { background: var(--color-bg); color: var(--color-text); font-family: var(--font-body); }
.slide {
  box-sizing: border-box; width: 100%; height: 100%;
  display: grid; grid-template-rows: auto auto 1fr auto;
  padding: 56px 88px 36px; border-top: 14px solid var(--color-accent);
}
.kicker { margin: 0 0 14px; font-size: 24px; color: var(--color-muted); letter-spacing: 0.01em; }
h1 { margin: 0 0 36px; font-size: calc(58px * var(--fit)); line-height: 1.12; color: var(--color-text); max-width: 1040px; }
.body { display: grid; grid-template-columns: 1fr; align-content: start; }
.slide--roles .body { grid-template-columns: 1fr 400px; column-gap: 56px; }
ul { margin: 0; padding: 0 0 0 1.1em; font-size: calc(36px * var(--fit)); line-height: 1.3; }
li { margin: 0 0 calc(22px * var(--fit)); padding-left: 8px; }
li::marker { color: var(--color-accent); }
.roles { width: calc(400px * var(--fit)); height: auto; justify-self: center; }
.roles text { font-family: var(--font-body); font-size: 28px; font-weight: 600; fill: var(--color-text); }
.roles .box { fill: var(--color-note-surface); stroke: var(--color-accent); stroke-width: 3; }
.roles .arrow { stroke: var(--color-muted); stroke-width: 4; fill: none; }
.roles .head { fill: var(--color-muted); }
footer {
  display: flex; justify-content: space-between; font-size: 20px; color: var(--color-muted);
  border-top: 2px solid var(--color-border); padding-top: 14px;
}
`;

/** Role boxes in a column, top to bottom in the order the script lists them, an arrow between each pair. */
/**
 * Runs in the slide page: shrinks the heading and bullets step by step until the slide fits its frame
 * (a long heading and four long bullets beside a diagram would otherwise run into the footer).
 * Returns the scale used, 1 when nothing had to shrink.
 */
export function fitSlide(): number {
  const main = document.querySelector('main');
  if (!main) return 1;
  let fit = 1;
  while (main.scrollHeight > main.clientHeight && fit > 0.6) {
    fit = Math.round((fit - 0.05) * 100) / 100;
    document.documentElement.style.setProperty('--fit', String(fit));
  }
  return fit;
}

function roleDiagram(names: string[]): string {
  const width = 400;
  const boxWidth = 360;
  const available = 420;
  const gap =
    names.length > 1 ? Math.min(56, (available - names.length * 60) / (names.length - 1)) : 0;
  const boxHeight = Math.min(84, (available - gap * (names.length - 1)) / names.length);
  const height = names.length * boxHeight + (names.length - 1) * gap;
  const x = (width - boxWidth) / 2;
  // Room for the boxes' outlines, which are drawn half outside each box.
  const margin = 4;
  const parts = names.map((name, i) => {
    const y = margin + i * (boxHeight + gap);
    const box = `<rect class="box" x="${x}" y="${y}" width="${boxWidth}" height="${boxHeight}" rx="10"/><text x="${width / 2}" y="${y + boxHeight / 2}" text-anchor="middle" dominant-baseline="central">${escape(name)}</text>`;
    if (i === names.length - 1) return box;
    const from = y + boxHeight + 4;
    const to = y + boxHeight + gap - 4;
    const arrow = `<line class="arrow" x1="${width / 2}" y1="${from}" x2="${width / 2}" y2="${to - 12}"/><path class="head" d="M${width / 2 - 12} ${to - 14} L${width / 2 + 12} ${to - 14} L${width / 2} ${to} Z"/>`;
    return box + arrow;
  });
  return `<svg class="roles" viewBox="0 0 ${width} ${height + 2 * margin}" width="${width}" height="${height + 2 * margin}" role="img" aria-label="${escape(names.join(', '))}">${parts.join('')}</svg>`;
}

function escape(text: string): string {
  return text
    .replaceAll('&', '&amp;')
    .replaceAll('<', '&lt;')
    .replaceAll('>', '&gt;')
    .replaceAll('"', '&quot;');
}
