/**
 * npm run videos [-- --force] [-- path …]
 *
 * Renders every courses/**\/video.yaml (or the scripts and folders named) into public/videos/<id>/.
 * A video whose script has not changed since it was rendered is skipped unless --force is given or
 * its script is named; --force also re-renders after a change to the pipeline or the site's design.
 * Commit the outputs: the site builds from them without ffmpeg, espeak-ng or Chromium.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';
import { REQUIRED_VIDEO_FILES, VIDEO_FILES, VIDEOS_FOLDER, type VideoMeta } from '../assets.ts';
import { scriptSha256 } from '../build/meta.ts';
import { renderVideo } from './render-video.ts';
import { findScripts, readScript, roleNames, ScriptError, type ScriptFile } from './script.ts';
import { MissingToolError, requireTools } from './tools.ts';
import { formatSize } from '../../site/file-size.ts';

const root = fileURLToPath(new URL('../../../', import.meta.url));
const args = process.argv.slice(2);
const force = args.includes('--force');
const paths = args.filter((arg) => !arg.startsWith('--'));

async function main(): Promise<number> {
  if (args.includes('--help')) {
    console.log('Usage: npm run videos [-- --force] [-- courses/…/video.yaml …]');
    return 0;
  }
  let chromiumPath: string;
  try {
    ({ chromium: chromiumPath } = await requireTools());
  } catch (error) {
    if (!(error instanceof MissingToolError)) throw error;
    console.error(
      `The video pipeline cannot run:\n${error.missing.map((line) => `  - ${line}`).join('\n')}`,
    );
    return 1;
  }

  const scripts = findScripts(root, paths).map((path) => readScript(root, path));
  if (!scripts.length) {
    console.log('No video scripts (video.yaml) found.');
    return 0;
  }
  const ids = new Map<string, string>();
  for (const { id, file } of scripts.map((s) => ({ id: s.script.id, file: s.file }))) {
    const other = ids.get(id);
    if (other) throw new ScriptError(file, `The id "${id}" is also used by ${other}.`);
    ids.set(id, file);
  }

  const toRender = scripts.filter((script) => force || paths.length > 0 || !upToDate(script));
  for (const script of scripts.filter((s) => !toRender.includes(s)))
    report(script.script.id, readMeta(script.script.id), 'up to date,');

  if (toRender.length) {
    const { chromium } = await import('@playwright/test');
    const browser = await chromium.launch({
      executablePath: chromiumPath,
      args: ['--no-sandbox', '--disable-gpu'],
    });
    try {
      const site = (parse(readFileSync(join(root, 'content', 'site.yaml'), 'utf8')) ?? {}) as {
        name?: unknown;
      };
      const settings = {
        browser,
        tokensCss: readFileSync(join(root, 'src', 'styles', 'tokens.css'), 'utf8'),
        roleNames: roleNames(root),
        siteName: typeof site.name === 'string' ? site.name : 'Sideline',
      };
      for (const script of toRender) {
        console.log(`Rendering ${script.script.id} (${script.file})`);
        const outDir = join(root, 'public', VIDEOS_FOLDER, script.script.id);
        const result = await renderVideo(script, {
          ...settings,
          outDir,
          log: (line) => console.log(line),
        });
        report(result.id, readMeta(result.id), 'rendered,');
      }
    } finally {
      await browser.close();
    }
  }

  const orphans = listFolders(join(root, 'public', VIDEOS_FOLDER)).filter((id) => !ids.has(id));
  if (orphans.length && !paths.length) {
    console.log(
      `\nNo script renders these folders any more; delete them if they are not needed: ${orphans.map((id) => `public/${VIDEOS_FOLDER}/${id}/`).join(', ')}`,
    );
  }
  const total = listFolders(join(root, 'public', VIDEOS_FOLDER))
    .map((id) => readMeta(id))
    .reduce((sum, meta) => sum + Object.values(meta?.sizes ?? {}).reduce((a, b) => a + b, 0), 0);
  console.log(`\nAll videos together: ${formatSize(total)}.`);
  return 0;
}

function upToDate(script: ScriptFile): boolean {
  const meta = readMeta(script.script.id);
  const folder = join(root, 'public', VIDEOS_FOLDER, script.script.id);
  return (
    meta?.scriptSha256 === scriptSha256(script.text) &&
    REQUIRED_VIDEO_FILES.every((kind) => existsSync(join(folder, VIDEO_FILES[kind])))
  );
}

function readMeta(id: string): VideoMeta | undefined {
  try {
    return JSON.parse(
      readFileSync(join(root, 'public', VIDEOS_FOLDER, id, VIDEO_FILES.meta), 'utf8'),
    ) as VideoMeta;
  } catch {
    return undefined;
  }
}

function report(id: string, meta: VideoMeta | undefined, status: string): void {
  if (!meta) return;
  const sizes = [
    VIDEO_FILES.mp4,
    VIDEO_FILES.webm,
    VIDEO_FILES.poster,
    VIDEO_FILES.captions,
    VIDEO_FILES.transcript,
  ]
    .map((name) => `${name} ${formatSize(meta.sizes[name] ?? 0)}`)
    .join(', ');
  console.log(
    `${id}: ${clock(meta.duration)} long, ${status} render took ${meta.renderSeconds} s; ${sizes}`,
  );
}

function listFolders(dir: string): string[] {
  try {
    return readdirSync(dir, { withFileTypes: true })
      .filter((entry) => entry.isDirectory())
      .map((entry) => entry.name)
      .sort();
  } catch {
    return [];
  }
}

function clock(seconds: number): string {
  const whole = Math.round(seconds);
  return `${Math.floor(whole / 60)}:${String(whole % 60).padStart(2, '0')}`;
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error instanceof ScriptError ? error.message : error);
    process.exit(1);
  },
);
