/**
 * Real peers for the editable templates: every template in content/templates/ is written as .docx and
 * .odt, each XML part must be well-formed to xmllint, and LibreOffice must open both files and print
 * them to PDF with every heading and label the template has. CI installs LibreOffice and xmllint
 * (.ci/run); a machine without them skips here with the reason, but CI fails instead.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { unzipSync } from 'fflate';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { templateSchema, type Template } from '../../../../src/templates/schema';
import { templateBlocks } from '../../../../src/templates/blocks';
import { TEMPLATE_FORMATS, templateFile } from '../../../../src/templates/build/files';

const has = (command: string) => {
  try {
    execFileSync('sh', ['-c', `command -v ${command}`], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
};
const tools = ['soffice', 'xmllint', 'pdftotext', 'pdfinfo'].filter((tool) => !has(tool));
if (tools.length > 0 && process.env['CI']) {
  throw new Error(`CI must have ${tools.join(', ')} (.ci/run installs them).`);
}

const folder = 'content/templates';
const templates: Template[] = readdirSync(folder)
  .filter((name) => name.endsWith('.yaml'))
  .map((name) => templateSchema.parse(parse(readFileSync(join(folder, name), 'utf8'))));

/** Words as pdftotext prints them: one space between words, whatever the line breaks. */
const words = (text: string) => text.replace(/\s+/g, ' ').trim();

describe.skipIf(tools.length > 0)('templates open in LibreOffice and print', () => {
  it('has templates to check', () => {
    expect(templates.length).toBeGreaterThanOrEqual(6);
  });

  const work = mkdtempSync(join(tmpdir(), 'sideline-templates-'));
  const files = templates.flatMap((template) =>
    TEMPLATE_FORMATS.map(({ extension }) => {
      const path = join(work, `${template.id}-${extension}.${extension}`);
      writeFileSync(path, templateFile(template, extension));
      return { template, extension, path };
    }),
  );

  it.each(files.map((file) => [`${file.template.id}.${file.extension}`, file] as const))(
    '%s: every XML part is well-formed',
    (_, { path }) => {
      const parts = unzipSync(readFileSync(path));
      const xml = Object.keys(parts).filter((name) => /\.(xml|rels)$/.test(name));
      expect(xml.length).toBeGreaterThanOrEqual(4);
      for (const name of xml) {
        expect(() =>
          execFileSync('xmllint', ['--noout', '-'], { input: parts[name], stdio: 'pipe' }),
        ).not.toThrow();
      }
    },
  );

  it('LibreOffice prints each file with its title, every heading and every label', () => {
    const pdfs = join(work, 'pdf');
    // One run for every file; its own profile, so a LibreOffice the user has open does not interfere.
    execFileSync(
      'soffice',
      [
        `-env:UserInstallation=file://${join(work, 'profile')}`,
        '--headless',
        '--convert-to',
        'pdf',
        '--outdir',
        pdfs,
        ...files.map((file) => file.path),
      ],
      { stdio: 'pipe', timeout: 120_000 },
    );
    for (const { template, extension, path } of files) {
      const pdf = join(pdfs, path.slice(path.lastIndexOf('/') + 1).replace(/\.\w+$/, '.pdf'));
      const info = execFileSync('pdfinfo', [pdf], { encoding: 'utf8' });
      expect(info, `${template.id}.${extension}`).toMatch(
        new RegExp(`^Title:\\s+${template.title}$`, 'm'),
      );
      const text = words(execFileSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8' }));
      for (const block of templateBlocks(template)) {
        const expected =
          block.kind === 'field'
            ? block.label
            : block.kind === 'table'
              ? block.columns[0]!
              : block.text;
        expect(text, `${template.id}.${extension}`).toContain(words(expected));
      }
    }
  }, 180_000);
});
