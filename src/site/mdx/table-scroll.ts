/**
 * A rehype plugin for lessons: every Markdown table goes inside its own scroll region, so a wide table
 * scrolls sideways on its own at 320 px instead of making the whole page scroll (WCAG 1.4.10). The
 * region is focusable, so keyboard users can scroll it, and named, as site/Markdown.tsx does for YAML.
 * Components (a <Raci> matrix) are not Markdown tables and lay themselves out.
 */
interface HastNode {
  type: string;
  tagName?: string;
  properties?: Record<string, unknown>;
  children?: HastNode[];
}

function wrapTables(node: HastNode): void {
  if (!node.children) return;
  node.children = node.children.map((child) => {
    wrapTables(child);
    if (child.type !== 'element' || child.tagName !== 'table') return child;
    return {
      type: 'element',
      tagName: 'div',
      properties: { className: ['table-scroll'], tabIndex: 0, role: 'region', ariaLabel: 'Table' },
      children: [child],
    };
  });
}

export function rehypeTableScroll() {
  return (tree: HastNode) => wrapTables(tree);
}
