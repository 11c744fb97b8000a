/**
 * Every course's imsmanifest.xml, in both SCORM versions, against ADL's schemas with xmllint
 * (tests/fixtures/scorm-schemas/). Without xmllint the test is skipped with a message, except on CI
 * (CI=true), where .ci/run installs it and its absence is a failure.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { validateContent } from '../../../../src/content/integration';
import { courseExtras, lmsCourse } from '../../../../src/lms/course';
import type { ScormVersion } from '../../../../src/lms/scorm/cmi';
import { scormManifest } from '../../../../src/lms/scorm/manifest';

process.env['SIDELINE_SKIP_VIDEO_CHECK'] = '1'; // the rendered videos are not this test's subject
const { content, tree } = validateContent(process.cwd());
const extras = courseExtras(content);

const SCHEMAS: Record<ScormVersion, string> = {
  '1.2': 'tests/fixtures/scorm-schemas/scorm12/sideline-scorm12.xsd',
  '2004': 'tests/fixtures/scorm-schemas/scorm2004/sideline-scorm2004.xsd',
};
const hasXmllint = spawnSync('xmllint', ['--version']).status === 0;
if (!hasXmllint && process.env['CI'] === 'true') {
  throw new Error(
    'xmllint is missing on CI: install libxml2-utils (.ci/run does). No manifest was checked.',
  );
}
if (!hasXmllint)
  console.warn(
    'Skipping the SCORM manifest checks: xmllint is not installed here (apt-get install libxml2-utils). CI runs them.',
  );

const folder = mkdtempSync(join(tmpdir(), 'sideline-manifest-'));
afterAll(() => rmSync(folder, { recursive: true, force: true }));

function xmllint(version: ScormVersion, xml: string): { ok: boolean; output: string } {
  const file = join(folder, `imsmanifest-${version}-${Math.random().toString(36).slice(2)}.xml`);
  writeFileSync(file, xml);
  const run = spawnSync('xmllint', ['--noout', '--nonet', '--schema', SCHEMAS[version], file], {
    encoding: 'utf8',
  });
  return {
    ok: run.status === 0,
    output: run.stderr
      .split('\n')
      .filter((line) => !line.includes('parser warning'))
      .join('\n'),
  };
}

const cases = tree.courses.flatMap((course) =>
  (['1.2', '2004'] as const).map((version) => [course.id, version, course] as const),
);
const manifestOf = (version: ScormVersion, course: (typeof cases)[number][2]) => {
  const lms = lmsCourse(course, extras);
  return scormManifest(version, {
    course: lms,
    launchPage: 'scorm-launch.html',
    files: [
      'scorm-launch.html',
      'scorm-launch.js',
      lms.page,
      ...lms.steps.map((step) => step.page),
      '_astro/a b.css',
    ],
    version: '2026-12-05',
  });
};

describe.skipIf(!hasXmllint)('imsmanifest.xml', () => {
  it.each(cases)('of %s validates as SCORM %s', (_id, version, course) => {
    const manifest = manifestOf(version, course);
    const { ok, output } = xmllint(version, manifest);
    expect(output).toContain('validates');
    expect(ok).toBe(true);
  });

  it.each(cases)('of %s carries the mastery score for SCORM %s', (_id, version, course) => {
    const manifest = manifestOf(version, course);
    const mastery = lmsCourse(course, extras).masteryPercent!;
    if (version === '1.2')
      expect(manifest).toContain(`<adlcp:masteryscore>${mastery}</adlcp:masteryscore>`);
    else
      expect(manifest).toContain(
        `<imsss:minNormalizedMeasure>${mastery / 100}</imsss:minNormalizedMeasure>`,
      );
  });

  it.each([
    [
      '1.2',
      'a title renamed',
      (xml: string) => xml.replace('<title>', '<name>').replace('</title>', '</name>'),
    ],
    [
      '2004',
      'a mastery score out of range',
      (xml: string) => xml.replace(/(minNormalizedMeasure>)[\d.]+/, '$175'),
    ],
    [
      '2004',
      'the SCO type misspelt',
      (xml: string) => xml.replace('adlcp:scormType="sco"', 'adlcp:scormType="page"'),
    ],
  ] as const)('the schemas refuse a SCORM %s manifest with %s', (version, _what, spoil) => {
    const manifest = spoil(manifestOf(version, tree.courses[0]!));
    expect(xmllint(version, manifest).ok).toBe(false);
  });
});
