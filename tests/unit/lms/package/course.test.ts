import { describe, expect, it } from 'vitest';
import { PackageProblem, packageCourse } from '../../../../src/lms/package/course';
import { siteFilesOf } from '../../../../src/lms/package/site-files';
import { relativeUrl } from '../../../../src/lms/package/urls';

const CSP_SCRIPT = '(()=>{console.log("hydrate")})();';
const page = (body: string) =>
  `<!DOCTYPE html><html><head><link rel="stylesheet" href="/_astro/site.css"><link rel="manifest" href="/manifest.webmanifest"></head><body>` +
  `<header><a class="site-header__name" href="/">Sideline</a><nav class="site-header__nav"><a href="/paths/">Paths</a></nav>` +
  `<form class="site-search" action="/search/"><input name="q"></form></header>${body}` +
  `<script>${CSP_SCRIPT}</script><script type="module">\`serviceWorker\`in navigator&&navigator.serviceWorker.register(\`/sw.js\`)</script>` +
  `<footer class="site-footer"><a href="/about/">About</a></footer></body></html>`;

/** A small built site: one course of two steps, the glossary, another course, and what they load. */
const site = {
  'courses/c1/index.html': page('<a href="/courses/c1/s1/">Start</a>'),
  'courses/c1/s1/index.html': page(
    '<a href="/courses/c1/s2/#quiz">Next</a> <a href="/glossary/#raci">RACI</a> <a href="/courses/c2/">Other course</a> <a href="#top">Top</a>' +
      '<img srcset="/images/a.webp 1x, /images/b.webp 2x" src="/images/a.webp" alt="">' +
      '<astro-island component-url="/_astro/Quiz.js" renderer-url="/_astro/client.js" props="{&quot;next&quot;:[0,{&quot;href&quot;:[0,&quot;/courses/c1/s2/&quot;]}],&quot;video&quot;:[0,&quot;/videos/v.mp4&quot;]}"></astro-island>' +
      '<sideline-course-nav data-course="{&quot;href&quot;:&quot;/courses/c1/&quot;}"></sideline-course-nav>' +
      '<sideline-course-nav data-course-src="/courses/c1/outline.json"></sideline-course-nav>',
  ),
  'courses/c1/s2/index.html': page('<a href="/courses/c1/s1/">Back</a>'),
  'courses/c1/s2/debrief.json': '{}',
  'courses/c1/outline.json': '{}',
  'courses/c2/index.html': page('<a href="/courses/c2/s1/">Start</a>'),
  'courses/c2/s1/index.html': page(''),
  'glossary/index.html': page('<a href="/courses/c2/s1/">Used in</a>'),
  'paths/index.html': page(''),
  'about/index.html': page(''),
  'index.html': page(''),
  'sw.js': '',
  'manifest.webmanifest': '{}',
  '_astro/site.css': '@import "/_astro/fonts.css"; body{background:url(/images/bg.svg)}',
  '_astro/fonts.css': '',
  '_astro/Quiz.js': 'import{a}from"./chunk.js";const m=()=>import("./lazy.js");',
  '_astro/chunk.js': 'export const a=1;',
  '_astro/lazy.js':
    'import{p}from"./preload-helper.js";p(()=>import("./deep.js"),["_astro/deep.js","_astro/deep.css"]);',
  '_astro/preload-helper.js': 'var t=function(e){return`/`+e};export const p=(f,d)=>f();',
  '_astro/deep.js': '',
  '_astro/deep.css': '',
  '_astro/client.js': '',
  '_astro/unused.js': '',
  'images/a.webp': 'a',
  'images/b.webp': 'b',
  'images/bg.svg': '<svg/>',
  'videos/v.mp4': 'mp4',
  'videos/unused.mp4': 'mp4',
};

const text = (bytes: Uint8Array | undefined) => new TextDecoder().decode(bytes);

describe('packageCourse', () => {
  it('holds the course, the glossary and only the files they load', async () => {
    const { files, pages } = await packageCourse({
      dist: siteFilesOf(site),
      courseId: 'c1',
      add: { 'imsmanifest.xml': '<manifest/>' },
    });
    expect(pages).toEqual([
      'courses/c1/index.html',
      'courses/c1/s1/index.html',
      'courses/c1/s2/index.html',
      'glossary/index.html',
    ]);
    expect([...files.keys()].sort()).toEqual(
      [
        ...pages,
        'courses/c1/outline.json',
        '_astro/site.css',
        '_astro/fonts.css',
        '_astro/Quiz.js',
        '_astro/chunk.js',
        '_astro/lazy.js',
        '_astro/preload-helper.js',
        '_astro/deep.js',
        '_astro/deep.css',
        '_astro/client.js',
        'images/a.webp',
        'images/b.webp',
        'images/bg.svg',
        'videos/v.mp4',
        'imsmanifest.xml',
      ].sort(),
    );
  });

  it('leaves no root-absolute URL in a page, a stylesheet or a script, at any depth', async () => {
    const { files } = await packageCourse({ dist: siteFilesOf(site), courseId: 'c1' });
    const step = text(files.get('courses/c1/s1/index.html'));
    expect(step).toContain('href="../s2/index.html#quiz"');
    expect(step).toContain('href="../../../glossary/index.html#raci"');
    expect(step).toContain('href="#top"');
    expect(step).toContain('srcset="../../../images/a.webp 1x, ../../../images/b.webp 2x"');
    expect(step).toContain('component-url="../../../_astro/Quiz.js"');
    expect(step).toContain('&quot;../s2/index.html&quot;');
    expect(step).toContain('&quot;../../../videos/v.mp4&quot;');
    expect(step).toContain('data-course="{&quot;href&quot;:&quot;../index.html&quot;}"');
    expect(step).toContain('data-course-src="../outline.json"');
    expect(text(files.get('courses/c1/index.html'))).toContain('href="s1/index.html"');
    expect(text(files.get('_astro/site.css'))).toBe(
      '@import "fonts.css"; body{background:url(../images/bg.svg)}',
    );
    expect(text(files.get('_astro/preload-helper.js'))).toContain(
      'return new URL("../"+e,import.meta.url).href',
    );
    for (const [path, bytes] of files) {
      expect(text(bytes), path).not.toMatch(/(["'`(]|&quot;)\/(?!\/)\w/);
    }
  });

  it('turns links to pages outside the package into text, and drops the public site chrome', async () => {
    const { files } = await packageCourse({ dist: siteFilesOf(site), courseId: 'c1' });
    const step = text(files.get('courses/c1/s1/index.html'));
    expect(step).toContain('Other course');
    expect(step).not.toMatch(/<a[^>]*>Other course/);
    expect(step).toContain('Sideline');
    for (const gone of ['Paths', 'site-search', 'About', 'manifest', 'serviceWorker'])
      expect(step).not.toContain(gone);
    // Inline scripts are kept byte for byte: the page's CSP hashes them.
    expect(step).toContain(`<script>${CSP_SCRIPT}</script>`);
    expect(text(files.get('glossary/index.html'))).not.toMatch(/<a[^>]*>Used in/);
  });

  it('links pages outside the package to the public site, in a new window, when its address is known', async () => {
    const { files } = await packageCourse({
      dist: siteFilesOf(site),
      courseId: 'c1',
      publicSite: 'https://learn.example/sideline/',
    });
    expect(text(files.get('courses/c1/s1/index.html'))).toContain(
      '<a href="https://learn.example/sideline/courses/c2/" target="_blank" rel="noopener">Other course</a>',
    );
  });

  it.each([
    ['a course the site does not have', 'nope', site, /no page for the course "nope"/],
    [
      'a file a page loads that the build lacks',
      'c1',
      { ...site, 'images/b.webp': undefined },
      /loads files the built site does not have: images\/b\.webp/,
    ],
    [
      'a script naming a file from the site root',
      'c1',
      { ...site, '_astro/chunk.js': 'fetch("/glossary/index.html")' },
      /still names files from the site root.*\/glossary\/index\.html in _astro\/chunk\.js/,
    ],
  ])('refuses %s, and says what to do', async (_case, courseId, files, message) => {
    const defined = Object.fromEntries(
      Object.entries(files).filter((entry): entry is [string, string] => entry[1] !== undefined),
    );
    const made = packageCourse({ dist: siteFilesOf(defined), courseId });
    await expect(made).rejects.toThrow(PackageProblem);
    await expect(made).rejects.toThrow(message);
    await expect(made).rejects.toThrow(/No package was made\./);
  });
});

describe('relativeUrl', () => {
  it.each([
    ['courses/c/s/index.html', 'courses/c/t/index.html', '../t/index.html'],
    ['courses/c/index.html', 'courses/c/s/index.html', 's/index.html'],
    ['courses/c/s/index.html', '_astro/a b.js', '../../../_astro/a%20b.js'],
    ['index.html', 'courses/c/index.html', 'courses/c/index.html'],
    ['_astro/a.css', '_astro/b.css', 'b.css'],
  ])('from %s to %s is %s', (from, to, url) => {
    expect(relativeUrl(from, to)).toBe(url);
  });
});
