/**
 * The two editable editions of a template, by file extension. The zip timestamps are fixed, so the same
 * words always make the same bytes and the offline copy only downloads a template again when it changed.
 */
import { templateBlocks } from '../blocks';
import type { Template } from '../schema';
import { templateDocx } from './docx';
import { templateOdt } from './odt';

const FIXED_DATE = new Date('2026-01-01T00:00:00Z');

export const TEMPLATE_FORMATS = [
  {
    extension: 'docx',
    name: 'Word document',
    article: 'a',
    type: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    write: templateDocx,
  },
  {
    extension: 'odt',
    name: 'OpenDocument text',
    article: 'an',
    type: 'application/vnd.oasis.opendocument.text',
    write: templateOdt,
  },
] as const;

export type TemplateExtension = (typeof TEMPLATE_FORMATS)[number]['extension'];

export function templateFile(template: Template, extension: TemplateExtension): Uint8Array {
  const format = TEMPLATE_FORMATS.find((candidate) => candidate.extension === extension)!;
  return format.write(templateBlocks(template), template.title, FIXED_DATE);
}

/** Where a template's page and files are: /templates/<id>/ and /templates/<id>/<id>.docx. */
export const templateHref = (id: string) => `/templates/${id}/`;
export const templateFileHref = (id: string, extension: TemplateExtension) =>
  `/templates/${id}/${id}.${extension}`;
