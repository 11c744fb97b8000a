import { mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { mergePageStylesheets } from '../../../src/styles/integration';

/** A built site of three pages: two lessons linking the same two stylesheets, and a home page. */
function builtSite(): string {
  const dist = mkdtempSync(join(tmpdir(), 'sideline-css-'));
  mkdirSync(join(dist, '_astro'));
  mkdirSync(join(dist, 'a'));
  mkdirSync(join(dist, 'b'));
  writeFileSync(join(dist, '_astro/base.1.css'), '.page{margin:0}.quiz-only{color:red}');
  writeFileSync(join(dist, '_astro/step.2.css'), '.lesson{padding:0}.state-on{color:blue}');
  writeFileSync(join(dist, '_astro/island.3.js'), 'e.className="state-on"');
  const links =
    '<link rel="stylesheet" href="/_astro/base.1.css"><link rel="stylesheet" href="/_astro/step.2.css">';
  const lesson = (name: string) =>
    `<html><head>${links}<link rel="stylesheet" media="print" href="/_astro/print.css"></head>` +
    `<body class="page"><main class="lesson" data-step-kind="lesson">${name}</main>` +
    `<astro-island component-url="/_astro/island.3.js"></astro-island></body></html>`;
  writeFileSync(join(dist, 'a/index.html'), lesson('A'));
  writeFileSync(join(dist, 'b/index.html'), lesson('B'));
  writeFileSync(
    join(dist, 'index.html'),
    '<html><head><link rel="stylesheet" href="/_astro/base.1.css"></head><body class="page"></body></html>',
  );
  return dist;
}

const linkedBy = (html: string) =>
  [...html.matchAll(/<link rel="stylesheet"(?: media="print")? href="([^"]+)">/g)].map((m) => m[1]);

describe('one stylesheet per page type', () => {
  const dist = builtSite();
  const stats = mergePageStylesheets(dist);
  const [a, b, home] = ['a/index.html', 'b/index.html', 'index.html'].map((file) =>
    readFileSync(join(dist, file), 'utf8'),
  );

  it('links one file per page, the same for pages of the same type, and leaves print alone', () => {
    expect(linkedBy(a!)).toEqual([linkedBy(b!)[0], '/_astro/print.css']);
    expect(linkedBy(home!)).toHaveLength(1);
    expect(linkedBy(home!)[0]).not.toBe(linkedBy(a!)[0]);
    expect(stats).toMatchObject({ pages: 3, sets: 2, filesDeleted: 2 });
  });

  it('keeps the rules in order, with states only a script sets, and drops what no page uses', () => {
    expect(readFileSync(join(dist, linkedBy(a!)[0]!), 'utf8')).toBe(
      '.page{margin:0}\n.lesson{padding:0}.state-on{color:blue}',
    );
    expect(readdirSync(join(dist, '_astro')).filter((f) => /^(base|step)\./.test(f))).toEqual([]);
  });
});
