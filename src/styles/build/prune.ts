/**
 * Dropping the CSS rules a set of pages cannot use, by class. A rule goes only when every one of its
 * selectors needs a class that appears nowhere those pages can put one: not in their HTML, and not in
 * the JavaScript they load (islands render states the HTML does not have yet, and build class names
 * from parts: `record-tag--${status}`). Everything else stays: element, id and attribute selectors,
 * classes inside :not(), :is(), :where() and :has(), @font-face, @keyframes and custom properties.
 * Wrong in only one direction: a rule kept that no page uses costs bytes; a rule dropped that a page
 * uses would change how it looks, so any doubt keeps the rule.
 */
import postcss, { type Container, type Rule } from 'postcss';

/** The class names a page's HTML puts on its elements. */
export function classesInHtml(html: string): Set<string> {
  const found = new Set<string>();
  for (const match of html.matchAll(/\sclass\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>"']+))/g)) {
    for (const name of (match[1] ?? match[2] ?? match[3] ?? '').split(/\s+/)) {
      if (name) found.add(name);
    }
  }
  return found;
}

/**
 * Whether some page of the set can carry the class: its HTML has it, its JavaScript names it, or its
 * JavaScript names a beginning of it that code completes (`record-tag--` + status).
 */
export function classIsUsable(name: string, html: ReadonlySet<string>, js: string): boolean {
  if (html.has(name) || js.includes(name)) return true;
  for (let end = name.length - 1; end > 0; end -= 1) {
    if (name[end - 1] !== '-' && name[end - 1] !== '_') continue;
    const start = name.slice(0, end);
    if (js.includes(`${start}\${`) || js.includes(`${start}"+`) || js.includes(`${start}'+`)) {
      return true;
    }
  }
  return false;
}

/** The classes a selector needs to match: those outside any functional pseudo-class. */
export function classesNeededBy(selector: string): string[] {
  let plain = selector;
  // Innermost parentheses first, so nested :not(:is(.a)) goes too.
  while (/\([^()]*\)/.test(plain)) plain = plain.replace(/\([^()]*\)/g, '');
  plain = plain.replace(/\[[^\]]*\]/g, '');
  return [...plain.matchAll(/\.(-?[_a-zA-Z][\w-]*)/g)].map((match) => match[1]!);
}

export interface PruneResult {
  css: string;
  rulesKept: number;
  rulesDropped: number;
}

/** css without the rules whose every selector needs a class the pages cannot carry. */
export function pruneCss(css: string, usable: (name: string) => boolean): PruneResult {
  const root = postcss.parse(css);
  let rulesKept = 0;
  let rulesDropped = 0;
  const needed = (selector: string) => classesNeededBy(selector).every(usable);
  // Keyframe steps (from, to, 50%) need no class, so they always stay.
  root.walkRules((rule: Rule) => {
    if (rule.selectors.some(needed)) {
      rulesKept += 1;
    } else {
      rulesDropped += 1;
      rule.remove();
    }
  });
  removeEmptyAtRules(root);
  return { css: root.toString(), rulesKept, rulesDropped };
}

/** @media or @supports blocks left with nothing inside once their rules went. */
function removeEmptyAtRules(container: Container) {
  container.each((node) => {
    if (node.type !== 'atrule' || !node.nodes) return;
    removeEmptyAtRules(node);
    if (node.nodes.length === 0) node.remove();
  });
}
