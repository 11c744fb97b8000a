/**
 * A template as the blocks every edition prints, in order. The printable page, the Word document and
 * the OpenDocument text all render this one list, so each says the same words in the same order.
 */
import type { Template } from './schema';

export type TemplateBlock =
  | { kind: 'title'; text: string }
  | { kind: 'use'; text: string }
  | { kind: 'heading'; text: string }
  | { kind: 'guidance'; text: string }
  | { kind: 'field'; label: string; hint: string | undefined; lines: number }
  | { kind: 'table'; columns: string[]; rows: string[][] }
  | { kind: 'check'; text: string };

export function templateBlocks(template: Template): TemplateBlock[] {
  const blocks: TemplateBlock[] = [
    { kind: 'title', text: template.title },
    { kind: 'use', text: template.use },
  ];
  for (const section of template.sections) {
    blocks.push({ kind: 'heading', text: section.heading });
    if (section.guidance) blocks.push({ kind: 'guidance', text: section.guidance });
    for (const field of section.fields ?? []) {
      blocks.push({ kind: 'field', label: field.label, hint: field.hint, lines: field.lines });
    }
    if (section.table) {
      const { columns, rows, firstColumn } = section.table;
      blocks.push({
        kind: 'table',
        columns,
        rows: Array.from({ length: rows }, (_, row) =>
          columns.map((_, column) => (column === 0 ? (firstColumn?.[row] ?? '') : '')),
        ),
      });
    }
    for (const item of section.checklist ?? []) blocks.push({ kind: 'check', text: item });
  }
  return blocks;
}
