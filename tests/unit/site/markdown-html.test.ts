import { describe, expect, it } from 'vitest';
import { markdownToHtml } from '../../../src/site/markdown-html';

describe('Markdown from YAML, as book HTML', () => {
  it('reads paragraphs, lists and emphasis as the scenario player does, escaping the text', () => {
    expect(markdownToHtml('One **bold** & *calm* line.\n\n- first\n- second <b>')).toBe(
      '<p>One <strong>bold</strong> &amp; <em>calm</em> line.</p><ul><li>first</li><li>second &lt;b&gt;</li></ul>',
    );
  });

  it('makes a pipe table a real table, its header cells scoped', () => {
    expect(
      markdownToHtml(
        'Owners:\n\n| Benefit | Owner |\n| --- | --- |\n| Faster decisions | **Hannah** |\n\nAfter.',
      ),
    ).toBe(
      '<p>Owners:</p>' +
        '<table><thead><tr><th scope="col">Benefit</th><th scope="col">Owner</th></tr></thead>' +
        '<tbody><tr><th scope="row">Faster decisions</th><td><strong>Hannah</strong></td></tr></tbody></table>' +
        '<p>After.</p>',
    );
  });
});
