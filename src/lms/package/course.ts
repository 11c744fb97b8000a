/**
 * One course of the built site as a package an LMS can serve under any URL: the course page, its step
 * pages, the glossary they link to, and only the files those pages load (followed through styles and
 * scripts), every root-absolute URL made relative. SCORM and cmi5 each call packageCourse with the
 * files their standard adds (a launch page, a manifest), then zip the result (zip.ts).
 */
import { rewritePage, type PackageScope } from './pages';
import type { SiteFiles } from './site-files';
import { rewriteScript } from './scripts';
import { rewriteStylesheet } from './styles';
import { isPage, type SitePath } from './urls';

export interface PackageRequest {
  dist: SiteFiles;
  courseId: string;
  /** What the standard adds, by path in the package: a launch page, its script, a manifest. */
  add?: Record<SitePath, string | Uint8Array> | undefined;
  /** The public site's address, for links to pages outside the package; without it they become text. */
  publicSite?: string | undefined;
}

export interface CoursePackage {
  files: Map<SitePath, Uint8Array>;
  /** The course's pages in the package, its overview first. */
  pages: SitePath[];
}

/** Pages beyond the course's own that a course's pages may link to: the glossary explains its terms. */
const SHARED_PAGES = ['glossary/index.html'];

export class PackageProblem extends Error {
  override name = 'PackageProblem';
}

export async function packageCourse(request: PackageRequest): Promise<CoursePackage> {
  const { dist, courseId } = request;
  const overview = `courses/${courseId}/index.html`;
  const available = new Set(dist.list());
  if (!available.has(overview)) {
    throw new PackageProblem(
      `The built site has no page for the course "${courseId}" (${overview}). Build the site first (npm run build), and check the course id. No package was made.`,
    );
  }
  const topLevel = new Set([...available].map((path) => path.split('/')[0]!));
  const scope: PackageScope = {
    holds: (file) =>
      available.has(file) &&
      (file.startsWith(`courses/${courseId}/`) || SHARED_PAGES.includes(file)),
    publicSite: request.publicSite,
  };
  const decoder = new TextDecoder();
  const encoder = new TextEncoder();
  const files = new Map<SitePath, Uint8Array>();
  const pages: SitePath[] = [];
  const missing = new Set<string>();
  const leftRootAbsolute: string[] = [];
  const queue: SitePath[] = [overview];
  const queued = new Set(queue);
  const enqueue = (paths: readonly SitePath[], from: SitePath) => {
    for (const path of paths) {
      if (queued.has(path)) continue;
      queued.add(path);
      if (available.has(path)) queue.push(path);
      else missing.add(`${path} (named by ${from})`);
    }
  };

  for (let path = queue.shift(); path !== undefined; path = queue.shift()) {
    const bytes = dist.read(path)!;
    if (isPage(path)) {
      const page = await rewritePage(decoder.decode(bytes), path, scope);
      pages.push(path);
      files.set(path, encoder.encode(page.html));
      enqueue([...page.links, ...page.loads], path);
    } else if (path.endsWith('.css')) {
      const sheet = rewriteStylesheet(decoder.decode(bytes), path);
      files.set(path, encoder.encode(sheet.text));
      enqueue(sheet.loads, path);
    } else if (/\.m?js$/.test(path)) {
      const script = rewriteScript(decoder.decode(bytes), path, (file) => available.has(file));
      files.set(path, encoder.encode(script.text));
      enqueue(script.loads, path);
      leftRootAbsolute.push(...script.rootAbsolute.map((url) => `${url} in ${path}`));
    } else files.set(path, bytes);
  }
  for (const page of pages) {
    const html = decoder.decode(files.get(page));
    for (const [url] of html.matchAll(/(?<=["'(]|&quot;)\/(?!\/)[\w.-]+[^"'&)\s]*/g)) {
      if (topLevel.has(url.slice(1).split(/[/?#]/)[0]!)) leftRootAbsolute.push(`${url} in ${page}`);
    }
  }
  if (missing.size) {
    throw new PackageProblem(
      `The course "${courseId}" loads files the built site does not have: ${[...missing].join(', ')}. Rebuild the site (npm run build) and package again. No package was made.`,
    );
  }
  if (leftRootAbsolute.length) {
    throw new PackageProblem(
      `The course "${courseId}" still names files from the site root, which an LMS serving the package under its own address cannot find: ${leftRootAbsolute.slice(0, 5).join('; ')}${leftRootAbsolute.length > 5 ? ` and ${leftRootAbsolute.length - 5} more` : ''}. Make them relative in src/lms/package/, or build them at run time from the page's own URL. No package was made.`,
    );
  }
  for (const [path, content] of Object.entries(request.add ?? {})) {
    files.set(path, typeof content === 'string' ? encoder.encode(content) : content);
  }
  return { files, pages };
}
