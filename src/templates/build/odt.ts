/**
 * The OpenDocument edition of a template (.odt), for LibreOffice and any office suite that reads the
 * ISO standard. Same blocks and look as the Word edition: named heading styles with outline levels, a
 * bordered box under each field, tables with a repeating header row.
 */
import { strToU8, zipSync } from 'fflate';
import { escapeHtml as esc } from '../../site/markdown-html';
import type { TemplateBlock } from '../blocks';

const XML = '<?xml version="1.0" encoding="UTF-8"?>\n';
const MIME = 'application/vnd.oasis.opendocument.text';
const NS =
  'xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" ' +
  'xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" ' +
  'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" ' +
  'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" ' +
  'xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" ' +
  'xmlns:dc="http://purl.org/dc/elements/1.1/" ' +
  'xmlns:meta="urn:oasis:names:tc:opendocument:xmlns:meta:1.0" office:version="1.3"';

const p = (style: string, text = '') => `<text:p text:style-name="${style}">${esc(text)}</text:p>`;

function tableXml(
  name: string,
  columns: number,
  header: string[] | undefined,
  rows: string[][],
  rowStyle: string,
) {
  const row = (cells: string[], style: string, cellStyle: string) =>
    `<table:table-row table:style-name="${style}">` +
    cells
      .map(
        (content) =>
          `<table:table-cell table:style-name="${cellStyle}" office:value-type="string">${content}</table:table-cell>`,
      )
      .join('') +
    '</table:table-row>';
  return (
    `<table:table table:name="${name}" table:style-name="Box">` +
    `<table:table-column table:number-columns-repeated="${columns}"/>` +
    (header
      ? `<table:table-header-rows>${row(
          header.map((text) => p('Table_20_Heading', text)),
          'HeaderRow',
          'Cell',
        )}</table:table-header-rows>`
      : '') +
    rows.map((cells) => row(cells, rowStyle, 'Cell')).join('') +
    '</table:table>'
  );
}

function content(blocks: readonly TemplateBlock[]): string {
  let tables = 0;
  const body = blocks
    .map((block) => {
      switch (block.kind) {
        case 'title':
          return p('Title', block.text);
        case 'use':
          return p('Use', block.text);
        case 'heading':
          return `<text:h text:style-name="Heading_20_1" text:outline-level="1">${esc(block.text)}</text:h>`;
        case 'guidance':
          return p('Standard', block.text);
        case 'field': {
          const box = Array.from({ length: block.lines }, () => p('Answer')).join('');
          return (
            p('Label', block.label) +
            (block.hint ? p('Hint', block.hint) : '') +
            tableXml(`Answer${++tables}`, 1, undefined, [[box]], 'AnswerRow')
          );
        }
        case 'table':
          return tableXml(
            `Table${++tables}`,
            block.columns.length,
            block.columns,
            block.rows.map((cells) => cells.map((text) => p('Standard', text))),
            'TallRow',
          );
        case 'check':
          return p('Check', `\u2610  ${block.text}`);
      }
    })
    .join('');
  return (
    XML +
    `<office:document-content ${NS}><office:automatic-styles>` +
    '<style:style style:name="Box" style:family="table"><style:table-properties style:width="17cm" table:align="margins" fo:margin-bottom="0.2cm"/></style:style>' +
    '<style:style style:name="Cell" style:family="table-cell"><style:table-cell-properties fo:border="0.5pt solid #404040" fo:padding="0.12cm"/></style:style>' +
    '<style:style style:name="HeaderRow" style:family="table-row"><style:table-row-properties fo:keep-together="always"/></style:style>' +
    '<style:style style:name="AnswerRow" style:family="table-row"><style:table-row-properties fo:keep-together="auto"/></style:style>' +
    '<style:style style:name="TallRow" style:family="table-row"><style:table-row-properties style:min-row-height="1.5cm"/></style:style>' +
    `</office:automatic-styles><office:body><office:text>${body}</office:text></office:body></office:document-content>`
  );
}

const paragraphStyle = (
  name: string,
  display: string,
  paragraph: string,
  textProps: string,
  extra = '',
) =>
  `<style:style style:name="${name}" style:display-name="${display}" style:family="paragraph" style:parent-style-name="Standard"${extra}>` +
  `<style:paragraph-properties ${paragraph}/><style:text-properties ${textProps}/></style:style>`;

const STYLES =
  XML +
  `<office:document-styles ${NS}><office:font-face-decls/><office:styles>` +
  '<style:default-style style:family="paragraph"><style:paragraph-properties fo:margin-bottom="0.2cm" fo:line-height="115%"/>' +
  '<style:text-properties style:font-name="Arial" fo:font-family="Arial, Liberation Sans, sans-serif" fo:font-size="11pt" fo:language="en" fo:country="GB"/></style:default-style>' +
  '<style:style style:name="Standard" style:family="paragraph" style:class="text"/>' +
  paragraphStyle(
    'Title',
    'Title',
    'fo:margin-bottom="0.4cm"',
    'fo:font-size="20pt" fo:font-weight="bold"',
  ) +
  paragraphStyle(
    'Heading_20_1',
    'Heading 1',
    'fo:margin-top="0.6cm" fo:margin-bottom="0.2cm" fo:keep-with-next="always"',
    'fo:font-size="15pt" fo:font-weight="bold"',
    ' style:default-outline-level="1" style:class="text"',
  ) +
  paragraphStyle('Use', 'Use', '', 'fo:font-size="12pt"') +
  paragraphStyle(
    'Label',
    'Label',
    'fo:margin-top="0.35cm" fo:margin-bottom="0.07cm" fo:keep-with-next="always"',
    'fo:font-weight="bold"',
  ) +
  paragraphStyle(
    'Hint',
    'Hint',
    'fo:margin-bottom="0.14cm" fo:keep-with-next="always"',
    'fo:font-size="10pt" fo:color="#4d4d4d"',
  ) +
  paragraphStyle('Answer', 'Answer', 'fo:margin-bottom="0cm" fo:line-height="150%"', '') +
  paragraphStyle('Table_20_Heading', 'Table Heading', '', 'fo:font-weight="bold"') +
  paragraphStyle('Check', 'Checklist', 'fo:margin-left="0.64cm" fo:text-indent="-0.64cm"', '') +
  '</office:styles><office:automatic-styles><style:page-layout style:name="A4">' +
  '<style:page-layout-properties fo:page-width="21cm" fo:page-height="29.7cm" fo:margin-top="2cm" fo:margin-bottom="2cm" fo:margin-left="2cm" fo:margin-right="2cm"/>' +
  '</style:page-layout></office:automatic-styles><office:master-styles>' +
  '<style:master-page style:name="Standard" style:page-layout-name="A4"/></office:master-styles></office:document-styles>';

export function templateOdt(
  blocks: readonly TemplateBlock[],
  title: string,
  modified: Date,
): Uint8Array {
  const mtime = modified;
  const part = (xml: string) => [strToU8(xml), { mtime }] as [Uint8Array, { mtime: Date }];
  return zipSync(
    {
      // The mimetype comes first and is stored uncompressed, so a reader can recognise the file.
      mimetype: [strToU8(MIME), { level: 0, mtime }],
      'META-INF/manifest.xml': part(
        XML +
          '<manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.3">' +
          `<manifest:file-entry manifest:full-path="/" manifest:version="1.3" manifest:media-type="${MIME}"/>` +
          '<manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/>' +
          '<manifest:file-entry manifest:full-path="styles.xml" manifest:media-type="text/xml"/>' +
          '<manifest:file-entry manifest:full-path="meta.xml" manifest:media-type="text/xml"/>' +
          '</manifest:manifest>',
      ),
      'meta.xml': part(
        XML +
          `<office:document-meta ${NS}><office:meta><dc:title>${esc(title)}</dc:title>` +
          `<meta:generator>Sideline</meta:generator><dc:language>en-GB</dc:language>` +
          `<dc:date>${modified.toISOString().replace(/\.\d+Z$/, 'Z')}</dc:date></office:meta></office:document-meta>`,
      ),
      'styles.xml': part(STYLES),
      'content.xml': part(content(blocks)),
    },
    { level: 9 },
  );
}
