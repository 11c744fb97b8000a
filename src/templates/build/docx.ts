/**
 * The Word edition of a template (Office Open XML, .docx): the smallest package Word and LibreOffice
 * open without complaint. Real heading styles (so the navigation pane and a tagged PDF see the
 * structure), a bordered box under each field to type into, and tables with a repeating header row.
 */
import { strToU8, zipSync } from 'fflate';
import { escapeHtml as esc } from '../../site/markdown-html';
import type { TemplateBlock } from '../blocks';

const XML = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';
const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';
/** A4 with 2 cm margins, in twentieths of a point. */
const PAGE = { width: 11906, height: 16838, margin: 1134 };
const TEXT_WIDTH = PAGE.width - 2 * PAGE.margin;

const run = (text: string) => `<w:r><w:t xml:space="preserve">${esc(text)}</w:t></w:r>`;
const paragraph = (style: string, text = '') =>
  `<w:p><w:pPr><w:pStyle w:val="${style}"/></w:pPr>${text ? run(text) : ''}</w:p>`;

const BORDERS = ['top', 'left', 'bottom', 'right', 'insideH', 'insideV']
  .map((side) => `<w:${side} w:val="single" w:sz="6" w:space="0" w:color="404040"/>`)
  .join('');

function table(columns: number, rows: string[], header?: string): string {
  const width = Math.floor(TEXT_WIDTH / columns);
  const grid = Array.from({ length: columns }, () => `<w:gridCol w:w="${width}"/>`).join('');
  return (
    `<w:tbl><w:tblPr><w:tblW w:w="5000" w:type="pct"/><w:tblBorders>${BORDERS}</w:tblBorders>` +
    `<w:tblLayout w:type="fixed"/></w:tblPr><w:tblGrid>${grid}</w:tblGrid>${header ?? ''}${rows.join('')}</w:tbl>` +
    // Word needs a paragraph between two tables, or it joins them.
    paragraph('Normal')
  );
}

const cell = (content: string, width: number) =>
  `<w:tc><w:tcPr><w:tcW w:w="${width}" w:type="dxa"/></w:tcPr>${content}</w:tc>`;

function blockXml(block: TemplateBlock): string {
  switch (block.kind) {
    case 'title':
      return paragraph('Title', block.text);
    case 'use':
      return paragraph('Use', block.text);
    case 'heading':
      return paragraph('Heading1', block.text);
    case 'guidance':
      return paragraph('Normal', block.text);
    case 'field': {
      const box = Array.from({ length: block.lines }, () => paragraph('Answer')).join('');
      return (
        paragraph('Label', block.label) +
        (block.hint ? paragraph('Hint', block.hint) : '') +
        table(1, [`<w:tr>${cell(box, TEXT_WIDTH)}</w:tr>`])
      );
    }
    case 'table': {
      const width = Math.floor(TEXT_WIDTH / block.columns.length);
      const header =
        `<w:tr><w:trPr><w:tblHeader/></w:trPr>` +
        block.columns.map((column) => cell(paragraph('TableHeading', column), width)).join('') +
        '</w:tr>';
      const rows = block.rows.map(
        (row) =>
          `<w:tr><w:trPr><w:trHeight w:val="850"/></w:trPr>` +
          row.map((text) => cell(paragraph('Normal', text), width)).join('') +
          '</w:tr>',
      );
      return table(block.columns.length, rows, header);
    }
    case 'check':
      return paragraph('Check', `\u2610  ${block.text}`);
  }
}

const STYLES =
  XML +
  `<w:styles xmlns:w="${W}">` +
  `<w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:ascii="Arial" w:hAnsi="Arial" w:cs="Arial" w:eastAsia="Arial"/>` +
  `<w:sz w:val="22"/><w:lang w:val="en-GB"/></w:rPr></w:rPrDefault>` +
  `<w:pPrDefault><w:pPr><w:spacing w:after="120" w:line="276" w:lineRule="auto"/></w:pPr></w:pPrDefault></w:docDefaults>` +
  `<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/><w:qFormat/></w:style>` +
  `<w:style w:type="paragraph" w:styleId="Title"><w:name w:val="Title"/><w:basedOn w:val="Normal"/><w:qFormat/>` +
  `<w:pPr><w:spacing w:after="240"/></w:pPr><w:rPr><w:b/><w:sz w:val="40"/></w:rPr></w:style>` +
  `<w:style w:type="paragraph" w:styleId="Heading1"><w:name w:val="heading 1"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:qFormat/>` +
  `<w:pPr><w:keepNext/><w:spacing w:before="360" w:after="120"/><w:outlineLvl w:val="0"/></w:pPr><w:rPr><w:b/><w:sz w:val="30"/></w:rPr></w:style>` +
  `<w:style w:type="paragraph" w:styleId="Use"><w:name w:val="Use"/><w:basedOn w:val="Normal"/><w:rPr><w:sz w:val="24"/></w:rPr></w:style>` +
  `<w:style w:type="paragraph" w:styleId="Label"><w:name w:val="Label"/><w:basedOn w:val="Normal"/>` +
  `<w:pPr><w:keepNext/><w:spacing w:before="200" w:after="40"/></w:pPr><w:rPr><w:b/></w:rPr></w:style>` +
  `<w:style w:type="paragraph" w:styleId="Hint"><w:name w:val="Hint"/><w:basedOn w:val="Normal"/>` +
  `<w:pPr><w:keepNext/><w:spacing w:after="80"/></w:pPr><w:rPr><w:color w:val="4D4D4D"/><w:sz w:val="20"/></w:rPr></w:style>` +
  `<w:style w:type="paragraph" w:styleId="Answer"><w:name w:val="Answer"/><w:basedOn w:val="Normal"/><w:pPr><w:spacing w:after="0" w:line="360" w:lineRule="auto"/></w:pPr></w:style>` +
  `<w:style w:type="paragraph" w:styleId="TableHeading"><w:name w:val="Table Heading"/><w:basedOn w:val="Normal"/><w:rPr><w:b/></w:rPr></w:style>` +
  `<w:style w:type="paragraph" w:styleId="Check"><w:name w:val="Checklist"/><w:basedOn w:val="Normal"/><w:pPr><w:ind w:left="360" w:hanging="360"/></w:pPr></w:style>` +
  `</w:styles>`;

export function templateDocx(
  blocks: readonly TemplateBlock[],
  title: string,
  modified: Date,
): Uint8Array {
  const mtime = modified;
  const body =
    blocks.map(blockXml).join('') +
    `<w:sectPr><w:pgSz w:w="${PAGE.width}" w:h="${PAGE.height}"/>` +
    `<w:pgMar w:top="${PAGE.margin}" w:right="${PAGE.margin}" w:bottom="${PAGE.margin}" w:left="${PAGE.margin}" w:header="567" w:footer="567" w:gutter="0"/></w:sectPr>`;
  const part = (xml: string) => [strToU8(xml), { mtime }] as [Uint8Array, { mtime: Date }];
  return zipSync(
    {
      '[Content_Types].xml': part(
        XML +
          '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">' +
          '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>' +
          '<Default Extension="xml" ContentType="application/xml"/>' +
          '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>' +
          '<Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/>' +
          '<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>' +
          '</Types>',
      ),
      '_rels/.rels': part(
        XML +
          '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
          '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>' +
          '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/>' +
          '</Relationships>',
      ),
      'docProps/core.xml': part(
        XML +
          '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" ' +
          'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" ' +
          'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">' +
          `<dc:title>${esc(title)}</dc:title><dc:creator>Sideline</dc:creator><dc:language>en-GB</dc:language>` +
          `<dcterms:modified xsi:type="dcterms:W3CDTF">${modified.toISOString().replace(/\.\d+Z$/, 'Z')}</dcterms:modified>` +
          '</cp:coreProperties>',
      ),
      'word/_rels/document.xml.rels': part(
        XML +
          '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
          '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>' +
          '</Relationships>',
      ),
      'word/styles.xml': part(STYLES),
      'word/document.xml': part(
        XML + `<w:document xmlns:w="${W}"><w:body>${body}</w:body></w:document>`,
      ),
    },
    { level: 9 },
  );
}
