/**
 * Checks on what authors write inside lessons and site pages, line by line: components that do not
 * exist, and responsibility matrices that break the one-accountable rule. Both used to surface only
 * as a crash while rendering the page; here they become a file, a line, a problem and a fix.
 */
import { checkRaci } from '../site/raci';
import { AUTHOR_COMPONENTS } from '../site/mdx/names';
import type { ContentProblem } from './friendly-errors';

const KNOWN = new Set<string>(AUTHOR_COMPONENTS);

/** Components a body uses that do not exist; site pages may use none. */
export function unknownComponents(
  file: string,
  body: string,
  firstLine: number,
  allowed: ReadonlySet<string> = KNOWN,
): ContentProblem[] {
  const problems: ContentProblem[] = [];
  let inCode = false;
  body.split('\n').forEach((text, index) => {
    if (/^\s*```/.test(text)) inCode = !inCode;
    if (inCode) return;
    const line = text.replace(/`[^`]*`/g, '');
    for (const [, name = ''] of line.matchAll(/<([A-Z][A-Za-z0-9]*)\b/g)) {
      if (allowed.has(name)) continue;
      problems.push({
        file,
        field: `line ${firstLine + index}`,
        problem: `<${name}> is not a component a lesson can use.`,
        fix: allowed.size
          ? `Use one of ${[...allowed].map((n) => `<${n}>`).join(', ')} (see courses/README.md), or check the spelling.`
          : 'Site pages are plain Markdown: remove the component, or write it as text.',
      });
    }
  });
  return problems;
}

/** Every <Raci …/> in a body, checked as the page would check it, with the line it starts on. */
export function raciProblems(file: string, body: string, firstLine: number): ContentProblem[] {
  const problems: ContentProblem[] = [];
  for (const match of body.matchAll(/<Raci\b([\s\S]*?)\/>/g)) {
    const props = match[1] ?? '';
    const line = firstLine + body.slice(0, match.index).split('\n').length - 1;
    const caption = /caption=["']([^"']*)["']/.exec(props)?.[1] ?? 'the matrix';
    const roles = arrayProp(props, 'roles');
    const rows = arrayProp(props, 'rows');
    if (!Array.isArray(roles) || !Array.isArray(rows)) {
      problems.push({
        file,
        field: `line ${line}`,
        problem: `<Raci caption="${caption}"> needs roles={[…]} and rows={[[…], …]} written as lists of quoted words.`,
        fix: 'Write roles and rows as in courses/README.md, with each word in double quotes.',
      });
      continue;
    }
    const problem = checkRaci(roles as string[], rows as string[][]);
    if (problem) {
      problems.push({
        file,
        field: `line ${line}`,
        problem: `In <Raci caption="${caption}">, ${problem}`,
        fix: 'Each task has one person who answers for it; make the others R, C or I.',
      });
    }
  }
  return problems;
}

/** A JSX prop written as a list of double-quoted strings (or of such lists), read as data. */
function arrayProp(props: string, name: string): unknown {
  const start = props.search(new RegExp(`\\b${name}=\\{`));
  if (start < 0) return undefined;
  let depth = 0;
  const open = props.indexOf('{', start);
  for (let i = open; i < props.length; i += 1) {
    if (props[i] === '{') depth += 1;
    if (props[i] === '}') depth -= 1;
    if (depth === 0) {
      try {
        return JSON.parse(props.slice(open + 1, i).replace(/,(\s*[\]}])/g, '$1')) as unknown;
      } catch {
        return undefined;
      }
    }
  }
  return undefined;
}

/** The values an attribute takes on every use of a component in MDX: `<Term id="sro">` gives "sro". */
export function attributeValues(text: string, component: string, attribute: string): string[] {
  const pattern = new RegExp(`<${component}\\b[^>]*?\\b${attribute}=["']([^"']+)["']`, 'g');
  return [...text.matchAll(pattern)].map((match) => match[1] ?? '');
}
