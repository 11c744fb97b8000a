import { describe, expect, it } from 'vitest';
import { rehypeTableScroll } from '../../../src/site/mdx/table-scroll';

const table = () => ({ type: 'element', tagName: 'table', properties: {}, children: [] });

describe('rehypeTableScroll', () => {
  it('puts every Markdown table, however deep, in a named, focusable scroll region', () => {
    const tree = {
      type: 'root',
      children: [
        table(),
        { type: 'element', tagName: 'section', properties: {}, children: [table()] },
        { type: 'text' },
      ],
    };
    rehypeTableScroll()(tree);
    const region = {
      type: 'element',
      tagName: 'div',
      properties: { className: ['table-scroll'], tabIndex: 0, role: 'region', ariaLabel: 'Table' },
      children: [table()],
    };
    expect(tree.children).toEqual([
      region,
      { type: 'element', tagName: 'section', properties: {}, children: [region] },
      { type: 'text' },
    ]);
  });
});
