/**
 * Reading video scripts for the pipeline. The build validates scripts fully with the zod schema
 * (src/video/schema.ts); the tool runs under Node's type stripping, which cannot load that schema's
 * extensionless imports, so here a light check catches only what would break a render, and points
 * to the build for the rest.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, join, relative, resolve } from 'node:path';
import { parse } from 'yaml';

export interface ScriptSlide {
  heading: string;
  bullets: string[];
  roles: string[];
  narration: string;
}

export interface Script {
  id: string;
  title: string;
  slides: ScriptSlide[];
}

export interface ScriptFile {
  /** Relative to the project root, with forward slashes. */
  file: string;
  path: string;
  text: string;
  script: Script;
}

export class ScriptError extends Error {
  constructor(file: string, problem: string) {
    super(
      `${file}\n  Problem: ${problem}\n  Fix: Correct the script; npm run build checks every field and says how.`,
    );
    this.name = 'ScriptError';
  }
}

/** Every video.yaml under courses/, or under the paths given (a file given by name is read whatever its name). */
export function findScripts(root: string, paths: readonly string[]): string[] {
  const found: string[] = [];
  const walk = (path: string, named: boolean) => {
    const stat = statSync(path, { throwIfNoEntry: false });
    if (!stat) throw new Error(`There is no file or folder ${path}.`);
    if (stat.isDirectory()) {
      for (const name of readdirSync(path).sort()) walk(join(path, name), false);
    } else if (named || basename(path) === 'video.yaml') {
      found.push(path);
    }
  };
  if (paths.length) paths.forEach((path) => walk(resolve(path), true));
  else walk(join(root, 'courses'), false);
  return [...new Set(found)];
}

export function readScript(root: string, path: string): ScriptFile {
  const file = relative(root, path).replaceAll('\\', '/');
  const text = readFileSync(path, 'utf8');
  let data: unknown;
  try {
    data = parse(text);
  } catch (error) {
    throw new ScriptError(
      file,
      `The YAML cannot be read: ${(error as Error).message.split('\n')[0]}`,
    );
  }
  return { file, path, text, script: lightCheck(data, file) };
}

function lightCheck(data: unknown, file: string): Script {
  const record = asRecord(data);
  if (!record)
    throw new ScriptError(file, 'The file is not a group of fields (id, title, slides…).');
  const id = record['id'];
  const title = record['title'];
  const slides = record['slides'];
  if (typeof id !== 'string' || !/^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(id)) {
    throw new ScriptError(file, '"id" should be lower-case words joined by hyphens.');
  }
  if (typeof title !== 'string' || !title.trim())
    throw new ScriptError(file, '"title" is missing.');
  if (!Array.isArray(slides) || slides.length === 0)
    throw new ScriptError(file, '"slides" should be a list of slides.');
  return {
    id,
    title: title.trim(),
    slides: slides.map((slide, index) => slideOf(slide, `slides[${index}]`, file)),
  };
}

function slideOf(value: unknown, where: string, file: string): ScriptSlide {
  const slide = asRecord(value);
  const heading = slide?.['heading'];
  const narration = slide?.['narration'];
  if (typeof heading !== 'string' || !heading.trim())
    throw new ScriptError(file, `${where}.heading is missing.`);
  if (typeof narration !== 'string' || !narration.trim())
    throw new ScriptError(file, `${where}.narration is missing.`);
  const bullets = strings(slide?.['bullets'], `${where}.bullets`, file);
  if (bullets.length > 4) throw new ScriptError(file, `${where}.bullets has more than 4 lines.`);
  return {
    heading: heading.trim(),
    bullets,
    roles: strings(slide?.['roles'], `${where}.roles`, file),
    narration,
  };
}

function strings(value: unknown, where: string, file: string): string[] {
  if (value === undefined || value === null) return [];
  if (!Array.isArray(value) || value.some((item) => typeof item !== 'string')) {
    throw new ScriptError(file, `${where} should be a list of text.`);
  }
  return value.map((item: string) => item.trim());
}

function asRecord(value: unknown): Record<string, unknown> | undefined {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
    ? (value as Record<string, unknown>)
    : undefined;
}

/** How the site names each role (content/site.yaml roleLabels, else the role file's title), capitalised. */
export function roleNames(root: string): Record<string, string> {
  const names: Record<string, string> = {};
  const rolesDir = join(root, 'content', 'roles');
  for (const name of safeList(rolesDir)) {
    if (!name.endsWith('.yaml')) continue;
    const role = asRecord(parse(readFileSync(join(rolesDir, name), 'utf8')));
    if (typeof role?.['id'] === 'string' && typeof role['title'] === 'string')
      names[role['id']] = role['title'];
  }
  const site = asRecord(safeParse(join(root, 'content', 'site.yaml')));
  const labels = asRecord(site?.['roleLabels']) ?? {};
  for (const [id, label] of Object.entries(labels)) {
    const singular = asRecord(label)?.['singular'];
    if (typeof singular === 'string' && singular.trim()) names[id] = capitalise(singular.trim());
  }
  return names;
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

function safeList(dir: string): string[] {
  try {
    return readdirSync(dir).sort();
  } catch {
    return [];
  }
}

function safeParse(path: string): unknown {
  try {
    return parse(readFileSync(path, 'utf8'));
  } catch {
    return undefined;
  }
}
