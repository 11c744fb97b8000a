/**
 * `npm run package`: one SCORM 1.2 zip and one cmi5 zip per course into dist-packages/, from the built site (run
 * `npm run build` first); `-- --scorm2004` adds SCORM 2004 4th edition zips. Each zip holds the course's
 * pages and what they load (src/lms/package/), a launch page holding the one SCORM session
 * (src/lms/scorm/launch.ts, bundled here), and imsmanifest.xml. Prints each package's size.
 *
 *   node src/lms/tool/package.ts [--dist dist] [--out dist-packages] [--course <id>]… [--scorm2004]
 */
import { mkdirSync, statSync, writeFileSync } from 'node:fs';
import { registerHooks } from 'node:module';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';

// Node runs the site's TypeScript as it is (types stripped); its extensionless imports resolve as in Vite.
registerHooks({
  resolve(specifier, context, nextResolve) {
    if (
      !specifier.startsWith('.') ||
      /\.[cm]?[jt]sx?$/.test(specifier) ||
      context.parentURL?.includes('/node_modules/')
    )
      return nextResolve(specifier, context);
    return nextResolve(`${specifier}.ts`, context);
  },
});

const { build } = await import('esbuild');
const { validateContent } = await import('../../content/integration.ts');
const { formatSize } = await import('../../site/file-size.ts');
const { courseExtras, lmsCourse, withPageRevisions } = await import('../course.ts');
const { packageCourse, PackageProblem } = await import('../package/course.ts');
const { zipPackage } = await import('../package/zip.ts');
const { launchPage } = await import('../scorm/launch-page.ts');
const { scormManifest } = await import('../scorm/manifest.ts');
const { cmi5Files } = await import('../build/cmi5.ts');
const { siteFolder } = await import('./site-folder.ts');

const root = fileURLToPath(new URL('../../../', import.meta.url));
const { values } = parseArgs({
  options: {
    dist: { type: 'string', default: process.env['SIDELINE_DIST'] ?? 'dist' },
    out: { type: 'string', default: 'dist-packages' },
    course: { type: 'string', multiple: true },
    scorm2004: { type: 'boolean', default: false },
  },
});
const dist = resolve(root, values.dist);
const out = resolve(root, values.out);

try {
  statSync(join(dist, 'index.html'));
} catch {
  console.error(
    `There is no built site in ${values.dist}/. Run npm run build first, then npm run package. No package was made.`,
  );
  process.exit(1);
}

const { content, tree } = validateContent(root);
const extras = courseExtras(content);
const site = siteFolder(dist);
const SCRIPT = 'scorm-launch.js';
const LAUNCH = 'scorm-launch.html';
const bundled = await build({
  entryPoints: [join(root, 'src/lms/scorm/launch.ts')],
  bundle: true,
  format: 'esm',
  minify: true,
  target: 'es2022',
  write: false,
  logLevel: 'warning',
});
const script = bundled.outputFiles[0]!.contents;
const version = new Date().toISOString().slice(0, 10);
const versions = values.scorm2004 ? (['1.2', '2004'] as const) : (['1.2'] as const);
const wanted = values.course ?? tree.courses.map((course) => course.id);

mkdirSync(out, { recursive: true });
let failed = false;
for (const courseId of wanted) {
  const node = tree.courses.find((course) => course.id === courseId);
  if (!node) {
    console.error(
      `There is no course "${courseId}" in courses/. Use one of: ${tree.courses.map((c) => c.id).join(', ')}. No package was made for it.`,
    );
    failed = true;
    continue;
  }
  try {
    const made = await packageCourse({
      dist: site,
      courseId,
      add: { [SCRIPT]: script },
      publicSite: content.site.publicUrl,
    });
    const course = withPageRevisions(lmsCourse(node, extras), (page) => {
      const bytes = made.files.get(page);
      return bytes && new TextDecoder().decode(bytes);
    });
    for (const scorm of versions) {
      const page = launchPage({
        version: scorm,
        course,
        siteName: content.site.name,
        activityBase: content.site.activityBase,
        script: SCRIPT,
        icon: made.files.has('favicon.svg') ? 'favicon.svg' : undefined,
      });
      const packaged = new Map(made.files).set(LAUNCH, new TextEncoder().encode(page));
      const manifest = scormManifest(scorm, {
        course,
        launchPage: LAUNCH,
        files: [...packaged.keys()],
        version,
      });
      packaged.set('imsmanifest.xml', new TextEncoder().encode(manifest));
      const zip = zipPackage(packaged);
      const name = `${courseId}-scorm${scorm.replace('.', '')}.zip`;
      writeFileSync(join(out, name), zip);
      console.log(
        `${values.out}/${name}: ${formatSize(zip.length)} (${made.pages.length} pages, ${packaged.size} files)`,
      );
    }
    // cmi5: the same pages, with cmi5.xml (one AU per module) and its own launch page (src/lms/build/cmi5.ts).
    const cmi5 = new Map(made.files);
    cmi5.delete(SCRIPT);
    for (const [path, file] of Object.entries(await cmi5Files(content, tree, courseId)))
      cmi5.set(path, typeof file === 'string' ? new TextEncoder().encode(file) : file);
    const cmi5Zip = zipPackage(cmi5);
    writeFileSync(join(out, `${courseId}-cmi5.zip`), cmi5Zip);
    console.log(
      `${values.out}/${courseId}-cmi5.zip: ${formatSize(cmi5Zip.length)} (${made.pages.length} pages, ${cmi5.size} files)`,
    );
  } catch (error) {
    if (!(error instanceof PackageProblem)) throw error;
    console.error(error.message);
    failed = true;
  }
}
process.exit(failed ? 1 : 0);
