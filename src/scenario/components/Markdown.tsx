/** A scenario's Markdown as React elements: paragraphs, lists, bold and emphasis. Never raw HTML. */
import { useMemo, type ReactNode } from 'react';
import { parseMarkdown, type Inline } from '../markdown';

interface ScenarioMarkdownProps {
  text: string;
  className?: string;
}

export function ScenarioMarkdown({ text, className }: ScenarioMarkdownProps) {
  const blocks = useMemo(() => parseMarkdown(text), [text]);
  return (
    <div className={className}>
      {blocks.map((block, i) => {
        if (block.kind === 'paragraph') return <p key={i}>{inlines(block.children)}</p>;
        const items = block.items.map((item, j) => <li key={j}>{inlines(item)}</li>);
        return block.ordered ? <ol key={i}>{items}</ol> : <ul key={i}>{items}</ul>;
      })}
    </div>
  );
}

function inlines(children: Inline[]): ReactNode[] {
  return children.map((child, i) => {
    if (typeof child === 'string') return child;
    return child.kind === 'strong' ? (
      <strong key={i}>{inlines(child.children)}</strong>
    ) : (
      <em key={i}>{inlines(child.children)}</em>
    );
  });
}
