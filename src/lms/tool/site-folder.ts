import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import type { SiteFiles } from '../package/site-files.ts';

/** The built site in a folder (dist/), as packageCourse() reads it. */
export function siteFolder(dist: string): SiteFiles {
  const files: string[] = [];
  const walk = (dir: string) => {
    for (const name of readdirSync(dir)) {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) walk(path);
      else files.push(relative(dist, path).split(sep).join('/'));
    }
  };
  walk(dist);
  return { list: () => files, read: (path) => readFileSync(join(dist, path)) };
}
