/**
 * The little Markdown that text in YAML files uses (scenario situations and debriefs, practice briefs
 * and model answers): paragraphs, bullet and numbered lists, pipe tables, **bold** and *emphasis*.
 * Parsed to plain data that components render as elements, so author text is never injected as HTML
 * and no Markdown library ships to the browser. Anything else stays as text.
 */

export type Inline = string | { kind: 'strong' | 'em'; children: Inline[] };

/** A table's first column holds row headers: every table in the courses names its rows there. */
export type Block =
  | { kind: 'paragraph'; children: Inline[] }
  | { kind: 'list'; ordered: boolean; items: Inline[][] }
  | { kind: 'table'; head: Inline[][]; rows: Inline[][][] };

const bullet = /^\s*[-*+]\s+(.*)$/;
const numbered = /^\s*\d+[.)]\s+(.*)$/;

const TABLE_ROW = /^\s*\|.*\|\s*$/;
const TABLE_RULE = /^\s*\|?\s*:?-{3,}:?\s*(\|\s*:?-{3,}:?\s*)*\|?\s*$/;

export function parseMarkdown(source: string): Block[] {
  const lines = source.replace(/\r\n?/g, '\n').split('\n');
  const blocks: Block[] = [];
  let text: string[] = [];
  for (let at = 0; at < lines.length;) {
    // A pipe table: a header row, a --- rule, then rows.
    if (TABLE_ROW.test(lines[at]!) && TABLE_RULE.test(lines[at + 1] ?? '')) {
      blocks.push(...parseText(text));
      text = [];
      const head = lines[at]!;
      at += 2;
      const rows: string[] = [];
      while (at < lines.length && TABLE_ROW.test(lines[at]!)) rows.push(lines[at++]!);
      blocks.push({ kind: 'table', head: cells(head), rows: rows.map(cells) });
      continue;
    }
    text.push(lines[at++]!);
  }
  blocks.push(...parseText(text));
  return blocks;
}

function cells(row: string): Inline[][] {
  return row
    .trim()
    .replace(/^\|/, '')
    .replace(/\|$/, '')
    .split('|')
    .map((cell) => parseInline(cell.trim()));
}

function parseText(lines: readonly string[]): Block[] {
  const blocks: Block[] = [];
  let paragraph: string[] = [];
  let list: { ordered: boolean; items: string[][] } | null = null;

  const flush = () => {
    if (paragraph.length)
      blocks.push({ kind: 'paragraph', children: parseInline(paragraph.join(' ')) });
    if (list)
      blocks.push({
        kind: 'list',
        ordered: list.ordered,
        items: list.items.map((lines) => parseInline(lines.join(' '))),
      });
    paragraph = [];
    list = null;
  };

  for (const raw of lines) {
    const line = raw.trim();
    if (!line) {
      flush();
      continue;
    }
    const item = bullet.exec(raw) ?? numbered.exec(raw);
    if (item) {
      const ordered = !bullet.test(raw);
      if (paragraph.length || (list && list.ordered !== ordered)) flush();
      list ??= { ordered, items: [] };
      list.items.push([item[1]!.trim()]);
    } else if (list) {
      // A line under a list item with no marker carries on that item.
      list.items[list.items.length - 1]!.push(line);
    } else paragraph.push(line);
  }
  flush();
  return blocks;
}

export function parseInline(text: string): Inline[] {
  const out: Inline[] = [];
  let plain = '';
  let at = 0;
  const pushPlain = () => {
    if (plain) out.push(plain);
    plain = '';
  };
  while (at < text.length) {
    const ch = text.charAt(at);
    if (ch === '\\' && /[*_\\]/.test(text.charAt(at + 1))) {
      plain += text.charAt(at + 1);
      at += 2;
      continue;
    }
    const span = ch === '*' || ch === '_' ? emphasisAt(text, at) : null;
    if (span) {
      pushPlain();
      out.push({ kind: span.kind, children: parseInline(span.inner) });
      at = span.end;
      continue;
    }
    plain += ch;
    at += 1;
  }
  pushPlain();
  return out;
}

/** `**x**` or `__x__` is strong, `*x*` or `_x_` emphasis; underscores only at word edges (not snake_case). */
function emphasisAt(
  text: string,
  at: number,
): { kind: 'strong' | 'em'; inner: string; end: number } | null {
  const ch = text.charAt(at);
  const double = text.charAt(at + 1) === ch;
  const marker = double ? ch + ch : ch;
  const start = at + marker.length;
  if (ch === '_' && /\w/.test(text.charAt(at - 1))) return null;
  if (/\s/.test(text.charAt(start)) || start >= text.length) return null;
  let close = text.indexOf(marker, start);
  // A single marker must not close on half of a double one.
  while (close !== -1 && !double && text.charAt(close + 1) === ch)
    close = text.indexOf(marker, close + 2);
  if (close === -1 || close === start || /\s/.test(text.charAt(close - 1))) return null;
  if (ch === '_' && /\w/.test(text.charAt(close + marker.length))) return null;
  return {
    kind: double ? 'strong' : 'em',
    inner: text.slice(start, close),
    end: close + marker.length,
  };
}
