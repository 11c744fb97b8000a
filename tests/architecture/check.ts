/**
 * The house rules of src/ (written in src/README.md), checked over every source file, .astro included:
 * dependencies flow one way, a feature never reaches into another feature's components, Node-only
 * modules stay in build-time code, no import cycles (type imports count: they still tie two files
 * together for a reader), no file name repeats its folder, no barrel files, and no file over 300
 * lines without a reason at its top.
 *
 * Run on the real tree by tests/unit/architecture.test.ts, and on planted mistakes under
 * tests/fixtures/architecture/ so the check itself is proven to fail. `npm run check:architecture`
 * prints the problems.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, posix, relative, sep } from 'node:path';

/** What composes the product: pages may import anything. */
const COMPOSERS = new Set(['pages', 'layouts']);
/** Shared layers every feature may use. They never import features (content's exception below). */
const SHARED = new Set(['content', 'site', 'record', 'styles']);
/** What each shared layer may import besides itself and packages. */
const SHARED_MAY_IMPORT: Record<string, string[]> = {
  styles: [],
  site: ['content', 'styles'],
  content: ['site'],
  record: ['content', 'site'],
};
/** The record's own storage; features go through its public modules instead. */
const RECORD_INTERNALS = ['db', 'dexie-store', 'live', 'migrations', 'session', 'create'];
/** A feature's parts that only it may import (its UI, authoring views, tools and workers). */
const PRIVATE_PARTS = ['components', 'author', 'tool', 'workers'];
/** What a feature contributes to the build, which content/ reads to check every file. */
const BUILD_PARTS = /^[^/]+\/(schema\.ts|build\/|checks\/)/;
/** Packages that only work in Node or at build time. */
const NODE_ONLY = /^(node:|astro:content$|astro\/loaders$|pagefind$|workbox-build(\/.*)?$|yaml$)/;
/** Where Node-only code may live: build-time folders, integrations, and server-rendered .astro. */
const NODE_ALLOWED =
  /^(content\/|pages\/|layouts\/|content\.config\.ts$|[^/]+\/(build|tool|checks)\/|.*integration\.ts$|.*\.astro$)/;

const SOURCE = /\.(ts|tsx|mjs|js|astro)$/;
/** Files whose length is checked: source, and the CSS each feature owns. */
const SIZED = /\.(ts|tsx|mjs|js|astro|css)$/;
/** Past this, a file is usually two things; one that is not says why near its top. */
const MOST_LINES = 300;
const RESOLVE_SUFFIXES = ['', '.ts', '.tsx', '.js', '.mjs', '.astro', '/index.ts'];

export interface ArchitectureProblem {
  file: string;
  problem: string;
  fix: string;
}

interface Edge {
  from: string;
  to: string;
}

function listFiles(dir: string, root: string, pattern: RegExp, out: string[] = []): string[] {
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) listFiles(path, root, pattern, out);
    else if (pattern.test(name)) out.push(relative(root, path).split(sep).join('/'));
  }
  return out;
}

function sizeProblem(file: string, source: string): ArchitectureProblem | undefined {
  const lines = source.split('\n').length;
  if (
    lines <= MOST_LINES ||
    source.split('\n').slice(0, 12).join('\n').includes('Over 300 lines')
  ) {
    return undefined;
  }
  return {
    file,
    problem: `has ${lines} lines; past ${MOST_LINES} a file is usually two things.`,
    fix: 'Split it by what each part does, or say why it is one thing in a line near its top that starts "Over 300 lines on purpose:".',
  };
}

/** Every module specifier a file names: static, type-only, re-exports, dynamic imports, workers. */
export function specifiersOf(source: string): string[] {
  const found: string[] = [];
  const patterns = [
    /^\s*(?:import|export)\s[^'"`;]*?from\s*['"]([^'"]+)['"]/gm,
    /^\s*import\s*['"]([^'"]+)['"]/gm,
    /import\(\s*['"]([^'"]+)['"]\s*\)/g,
    /new URL\(\s*['"](\.[^'"]+)['"]\s*,\s*import\.meta\.url/g,
  ];
  for (const pattern of patterns)
    for (const match of source.matchAll(pattern)) found.push(match[1]!);
  return found;
}

function resolveLocal(srcRoot: string, from: string, specifier: string): string | undefined {
  const base = posix.normalize(posix.join(posix.dirname(from), specifier.replace(/\?.*$/, '')));
  for (const suffix of RESOLVE_SUFFIXES) {
    const candidate = base + suffix;
    const path = join(srcRoot, candidate);
    if (existsSync(path) && statSync(path).isFile()) return candidate;
  }
  return undefined;
}

const topOf = (file: string) => (file.includes('/') ? file.slice(0, file.indexOf('/')) : file);
const isFeature = (top: string) => !COMPOSERS.has(top) && !SHARED.has(top) && !top.includes('.');

function ruleProblem(from: string, to: string): ArchitectureProblem | undefined {
  const [a, b] = [topOf(from), topOf(to)];
  if (a === b || COMPOSERS.has(a) || a.includes('.')) return undefined;
  const inside = to.slice(b.length + 1);
  if (COMPOSERS.has(b)) {
    return {
      file: from,
      problem: `imports ${to}, but pages and layouts compose features; nothing imports them.`,
      fix: 'Move what both need into the feature, or into site/ if it is page chrome.',
    };
  }
  if (SHARED.has(a)) {
    const allowed = SHARED_MAY_IMPORT[a] ?? [];
    if (allowed.includes(b)) return undefined;
    if (a === 'content' && isFeature(b) && BUILD_PARTS.test(to)) return undefined;
    return {
      file: from,
      problem: `imports ${to}: ${a}/ is shared by every feature and may import only ${allowed.join(', ') || 'packages'}.`,
      fix: `Move the code ${a}/ needs out of ${b}/, or move this file into the feature that uses it.`,
    };
  }
  // a is a feature.
  if (b === 'record' && RECORD_INTERNALS.some((name) => inside === `${name}.ts`)) {
    return {
      file: from,
      problem: `imports ${to}, the learning record's own storage.`,
      fix: 'Use the record through its public modules: open.ts, view.ts, api.ts, projections.ts, attempts.ts.',
    };
  }
  if (isFeature(b) && PRIVATE_PARTS.some((part) => inside.startsWith(`${part}/`))) {
    return {
      file: from,
      problem: `reaches into ${b}/${inside.split('/')[0]}/, which belongs to the ${b} feature alone.`,
      fix: `Let a page compose both features, or move the shared logic into ${b}/ outside ${inside.split('/')[0]}/.`,
    };
  }
  return undefined;
}

/** Strongly connected components of more than one file (or a file importing itself). */
function cycles(edges: Edge[]): string[][] {
  const next = new Map<string, string[]>();
  for (const { from, to } of edges) next.set(from, [...(next.get(from) ?? []), to]);
  let index = 0;
  const order = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const found: string[][] = [];
  const visit = (node: string) => {
    order.set(node, index);
    low.set(node, index++);
    stack.push(node);
    onStack.add(node);
    for (const to of next.get(node) ?? []) {
      if (!order.has(to)) {
        visit(to);
        low.set(node, Math.min(low.get(node)!, low.get(to)!));
      } else if (onStack.has(to)) low.set(node, Math.min(low.get(node)!, order.get(to)!));
    }
    if (low.get(node) === order.get(node)) {
      const group: string[] = [];
      let member: string;
      do {
        member = stack.pop()!;
        onStack.delete(member);
        group.push(member);
      } while (member !== node);
      if (group.length > 1 || (next.get(node) ?? []).includes(node)) found.push(group.sort());
    }
  };
  for (const node of [...next.keys()].sort()) if (!order.has(node)) visit(node);
  return found;
}

function nameProblem(file: string): ArchitectureProblem | undefined {
  const parts = file.split('/');
  if (parts.length < 2) return undefined;
  const folder = parts.at(-2)!.toLowerCase();
  const stem = parts
    .at(-1)!
    .replace(/\.[^.]+$/, '')
    .toLowerCase();
  if (stem.startsWith(`${folder}-`) || stem === folder) {
    return {
      file,
      problem: `repeats its folder's name "${folder}".`,
      fix: `Name it for what it does inside ${folder}/, like ${folder}/${stem.replace(`${folder}-`, '') || 'main'}.`,
    };
  }
  return undefined;
}

function barrelProblem(file: string, source: string): ArchitectureProblem | undefined {
  const code = source
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .replace(/^\s*\/\/.*$/gm, '')
    .trim();
  const statements = code.split(/;\s*|\n(?=\s*export)/).filter((line) => line.trim());
  const reexports = statements.filter((line) =>
    /^\s*export\s+(type\s+)?(\*|\{[^}]*\})\s+from\s/.test(line),
  );
  if (statements.length > 0 && reexports.length === statements.length) {
    return {
      file,
      problem: 'only re-exports other modules (a barrel file).',
      fix: 'Delete it and import each module where it is used.',
    };
  }
  return undefined;
}

/** Every broken rule in the tree under srcRoot (a folder laid out like src/). */
export function checkArchitecture(srcRoot: string): ArchitectureProblem[] {
  const files = listFiles(srcRoot, srcRoot, SOURCE).sort();
  const problems: ArchitectureProblem[] = [];
  const edges: Edge[] = [];
  for (const file of files) {
    const source = readFileSync(join(srcRoot, file), 'utf8');
    for (const specifier of specifiersOf(source)) {
      if (specifier.startsWith('.')) {
        const to = resolveLocal(srcRoot, file, specifier);
        if (!to) continue;
        edges.push({ from: file, to });
        const broken = ruleProblem(file, to);
        if (broken) problems.push(broken);
      } else if (NODE_ONLY.test(specifier) && !NODE_ALLOWED.test(file)) {
        problems.push({
          file,
          problem: `imports ${specifier}, which only works at build time, into code that runs in the browser.`,
          fix: "Move this code into content/, the feature's build/ or tool/ folder, or an integration.ts.",
        });
      }
    }
    const named = nameProblem(file);
    if (named) problems.push(named);
    const barrel = barrelProblem(file, source);
    if (barrel) problems.push(barrel);
  }
  for (const file of listFiles(srcRoot, srcRoot, SIZED).sort()) {
    const long = sizeProblem(file, readFileSync(join(srcRoot, file), 'utf8'));
    if (long) problems.push(long);
  }
  for (const group of cycles(edges)) {
    problems.push({
      file: group[0]!,
      problem: `is part of an import cycle: ${group.join(' → ')}.`,
      fix: 'Move what the files share into one of them, or into a third module both import.',
    });
  }
  return problems;
}

export function formatProblems(problems: ArchitectureProblem[]): string {
  return problems
    .map(({ file, problem, fix }) => `${file}\n  Problem: ${file} ${problem}\n  Fix: ${fix}`)
    .join('\n');
}

if (process.argv[1] && import.meta.url.endsWith(process.argv[1].split(sep).join('/'))) {
  const root = join(dirname(new URL(import.meta.url).pathname), '../../src');
  const problems = checkArchitecture(root);
  console.log(problems.length ? formatProblems(problems) : 'src/ follows the house rules.');
  process.exitCode = problems.length ? 1 : 0;
}
