import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { Markdown } from '../../../src/site/Markdown';
import { parseInline, parseMarkdown } from '../../../src/site/markdown';

const html = (text: string) => renderToStaticMarkup(<Markdown text={text} />);

describe('Markdown from YAML files', () => {
  it('makes paragraphs from blank-line-separated text, joining wrapped lines', () => {
    expect(html('The sponsor rings.\nShe sounds tired.\n\nThe review is in five weeks.')).toBe(
      '<div><p>The sponsor rings. She sounds tired.</p><p>The review is in five weeks.</p></div>',
    );
  });

  it('renders **bold** and *emphasis*, nested or with underscores', () => {
    expect(html('**Support capability; *don\u2019t* substitute for it.** Then _coach_.')).toBe(
      '<div><p><strong>Support capability; <em>don\u2019t</em> substitute for it.</strong> Then <em>coach</em>.</p></div>',
    );
  });

  it('renders bullet and numbered lists, with a list right after a paragraph line', () => {
    expect(html('Options:\n- Descope\n- Add funds\n  with a reason\n\n1. Warn\n2) Report')).toBe(
      '<div><p>Options:</p><ul><li>Descope</li><li>Add funds with a reason</li></ul><ol><li>Warn</li><li>Report</li></ol></div>',
    );
  });

  it('shows markup in the text as text, never as HTML', () => {
    expect(html('<script>alert(1)</script> <b>bold?</b>')).toBe(
      '<div><p>&lt;script&gt;alert(1)&lt;/script&gt; &lt;b&gt;bold?&lt;/b&gt;</p></div>',
    );
  });

  it('leaves stray markers, spaced markers, snake_case and escapes as text', () => {
    expect(parseInline('3 * 4 = 12, a ** b, risk_level_high, \\*not em\\*, *open')).toEqual([
      '3 * 4 = 12, a ** b, risk_level_high, *not em*, *open',
    ]);
  });

  it('gives plain data, so it can be checked without React', () => {
    expect(parseMarkdown('- one\n- **two**')).toEqual([
      { kind: 'list', ordered: false, items: [['one'], [{ kind: 'strong', children: ['two'] }]] },
    ]);
  });
});
