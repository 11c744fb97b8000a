import type { SitePath } from './urls';

/** The built site (dist/) as the package pipeline reads it: a Node folder, or files in memory in tests. */
export interface SiteFiles {
  /** Every file, by its path without a leading slash. */
  list(): readonly SitePath[];
  read(path: SitePath): Uint8Array | undefined;
}

/** A built site held in memory, for tests and for files the pipeline adds itself. */
export function siteFilesOf(files: Record<SitePath, string | Uint8Array>): SiteFiles {
  const encoder = new TextEncoder();
  const bytes = new Map(
    Object.entries(files).map(([path, content]) => [
      path,
      typeof content === 'string' ? encoder.encode(content) : content,
    ]),
  );
  return { list: () => [...bytes.keys()], read: (path) => bytes.get(path) };
}
