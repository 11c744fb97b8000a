import { zipSync, type Zippable } from 'fflate';
import type { SitePath } from './urls';

/** A package's files as one zip. Media are stored as they are: they are compressed already. */
export function zipPackage(files: ReadonlyMap<SitePath, Uint8Array>): Uint8Array {
  const entries: Zippable = {};
  for (const [path, bytes] of [...files].sort(([a], [b]) => a.localeCompare(b))) {
    entries[path] = [
      bytes,
      { level: /\.(mp4|webm|png|jpe?g|webp|woff2?|zip)$/.test(path) ? 0 : 9 },
    ];
  }
  return zipSync(entries, { mtime: new Date('2026-01-01T00:00:00Z') });
}
