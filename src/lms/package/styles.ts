/**
 * A stylesheet's root-absolute url() and @import references, made relative to the stylesheet itself
 * (CSS resolves them against the file that names them, so one rewrite per file is enough).
 */
import { fileOfPath, isRootAbsolute, relativeUrl, splitUrl, type SitePath } from './urls';

const REFERENCE = /(url\(\s*['"]?|@import\s+['"])(\/[^'")\s]*)/g;

export interface RewrittenFile {
  text: string;
  /** Files of the site this one loads, which the package must hold. */
  loads: SitePath[];
}

export function rewriteStylesheet(css: string, file: SitePath): RewrittenFile {
  const loads: SitePath[] = [];
  const text = css.replace(REFERENCE, (whole, opening: string, url: string) => {
    if (!isRootAbsolute(url)) return whole;
    const { path, rest } = splitUrl(url);
    const target = fileOfPath(path);
    loads.push(target);
    return `${opening}${relativeUrl(file, target)}${rest}`;
  });
  return { text, loads };
}
