/**
 * Markdown from YAML files (scenario situations and debriefs, practice briefs and model answers) as
 * an HTML string, for documents made outside a page: the eBook and a practice answer's download.
 * Read by the site's own parser, so they say exactly what the site shows; pipe tables become real
 * tables with header cells. Every piece of text is escaped.
 */
import { parseMarkdown, type Block, type Inline } from './markdown';

/** Text for an element's content or an attribute value. */
export function escapeHtml(text: string | number): string {
  return String(text)
    .replaceAll('&', '&amp;')
    .replaceAll('<', '&lt;')
    .replaceAll('>', '&gt;')
    .replaceAll('"', '&quot;');
}

const esc = escapeHtml;

export function markdownToHtml(source: string): string {
  return parseMarkdown(source).map(blockHtml).join('');
}

function blockHtml(block: Block): string {
  if (block.kind === 'paragraph') return `<p>${inlineHtml(block.children)}</p>`;
  if (block.kind === 'table') return tableHtml(block);
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

function tableHtml(table: Extract<Block, { kind: 'table' }>): string {
  const header = table.head.map((cell) => `<th scope="col">${inlineHtml(cell)}</th>`).join('');
  const rows = table.rows
    .map((row) => {
      const [first = [], ...rest] = row;
      return `<tr><th scope="row">${inlineHtml(first)}</th>${rest.map((cell) => `<td>${inlineHtml(cell)}</td>`).join('')}</tr>`;
    })
    .join('');
  return `<table><thead><tr>${header}</tr></thead><tbody>${rows}</tbody></table>`;
}
