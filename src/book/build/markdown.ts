/**
 * Markdown from YAML files (scenario situations and debriefs, practice briefs and model answers) as
 * book HTML. Paragraphs, lists, bold and emphasis are read by the scenario player's own parser, so the
 * book says exactly what the site shows; pipe tables, which model answers use, become real tables
 * with header cells.
 */
import { parseMarkdown, type Block, type Inline } from '../../scenario/markdown';
import { esc } from './html';

export function markdownToHtml(source: string): string {
  return chunks(source)
    .map((chunk) =>
      chunk.table
        ? tableHtml(chunk.lines)
        : parseMarkdown(chunk.lines.join('\n')).map(blockHtml).join(''),
    )
    .join('');
}

function blockHtml(block: Block): string {
  if (block.kind === 'paragraph') return `<p>${inlineHtml(block.children)}</p>`;
  const tag = block.ordered ? 'ol' : 'ul';
  return `<${tag}>${block.items.map((item) => `<li>${inlineHtml(item)}</li>`).join('')}</${tag}>`;
}

function inlineHtml(inlines: Inline[]): string {
  return inlines
    .map((inline) =>
      typeof inline === 'string'
        ? esc(inline)
        : `<${inline.kind}>${inlineHtml(inline.children)}</${inline.kind}>`,
    )
    .join('');
}

const TABLE_ROW = /^\s*\|.*\|\s*$/;
const TABLE_RULE = /^\s*\|?\s*:?-{3,}:?\s*(\|\s*:?-{3,}:?\s*)*\|?\s*$/;

/** The source cut into runs of ordinary lines and pipe tables (a header row, then a --- rule). */
function chunks(source: string): { table: boolean; lines: string[] }[] {
  const lines = source.replace(/\r\n?/g, '\n').split('\n');
  const out: { table: boolean; lines: string[] }[] = [];
  let at = 0;
  while (at < lines.length) {
    if (TABLE_ROW.test(lines[at]!) && TABLE_RULE.test(lines[at + 1] ?? '')) {
      const table: string[] = [];
      while (at < lines.length && TABLE_ROW.test(lines[at]!)) table.push(lines[at++]!);
      out.push({ table: true, lines: table });
      continue;
    }
    const last = out[out.length - 1];
    if (last && !last.table) last.lines.push(lines[at]!);
    else out.push({ table: false, lines: [lines[at]!] });
    at += 1;
  }
  return out;
}

function cells(row: string): string[] {
  return row
    .trim()
    .replace(/^\|/, '')
    .replace(/\|$/, '')
    .split('|')
    .map((cell) => cell.trim());
}

function tableHtml(lines: string[]): string {
  const [head = '', , ...body] = lines;
  const inline = (text: string) =>
    parseMarkdown(text)
      .flatMap((block) => (block.kind === 'paragraph' ? [inlineHtml(block.children)] : []))
      .join(' ');
  const header = cells(head)
    .map((cell) => `<th scope="col">${inline(cell)}</th>`)
    .join('');
  const rows = body
    .map((row) => {
      const [first = '', ...rest] = cells(row);
      return `<tr><th scope="row">${inline(first)}</th>${rest.map((cell) => `<td>${inline(cell)}</td>`).join('')}</tr>`;
    })
    .join('');
  return `<table><thead><tr>${header}</tr></thead><tbody>${rows}</tbody></table>`;
}
