import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { AstroIntegrationLogger } from 'astro';
import { afterAll, describe, expect, it } from 'vitest';
import { contentCheck, contentOf } from '../../../src/content/integration';
import { fixtureRoot, removeFixtureRoots } from './fixture-root';

afterAll(removeFixtureRoots);

const lesson = 'courses/demo/01-basics/02-second-lesson.mdx';
const logger = { info: () => {} } as unknown as AstroIntegrationLogger;

/** What a build does first: the content check's setup hook, on `root`. */
function checkAsABuildDoes(root: string) {
  const setup = contentCheck().hooks['astro:config:setup'] as unknown as (options: object) => void;
  setup({ config: { root: pathToFileURL(`${root}/`) }, command: 'build', logger });
}

function retitle(root: string, title: string) {
  const path = join(root, lesson);
  writeFileSync(path, readFileSync(path, 'utf8').replace(/^title: .*$/m, `title: ${title}`));
}

const titleIn = (root: string) => contentOf(root).tree.steps.get('second-lesson')?.title;

describe('contentOf', () => {
  const previous = process.env['SIDELINE_CONTENT_ROOT'];
  afterAll(() => {
    if (previous === undefined) delete process.env['SIDELINE_CONTENT_ROOT'];
    else process.env['SIDELINE_CONTENT_ROOT'] = previous;
  });

  it('gives each build the content its own check read, never an earlier build’s', () => {
    const root = fixtureRoot();
    process.env['SIDELINE_CONTENT_ROOT'] = root;
    checkAsABuildDoes(root);
    expect(titleIn(root)).toBe('The second lesson');
    expect(contentOf(root).problems).toEqual([]);

    retitle(root, 'Renamed between builds');
    checkAsABuildDoes(root);
    expect(titleIn(root)).toBe('Renamed between builds');
  });

  it('reads the files afresh for a root no build checked (a tool, a test), problems included', () => {
    const root = fixtureRoot();
    expect(titleIn(root)).toBe('The second lesson');
    retitle(root, 'Renamed by hand');
    expect(titleIn(root)).toBe('Renamed by hand');
    writeFileSync(join(root, lesson), 'no frontmatter');
    expect(contentOf(root).problems.map(({ file }) => file)).toEqual([lesson]);
  });
});
