/**
 * Markdown from a YAML file as React elements: paragraphs, lists, tables, bold and emphasis. Never raw
 * HTML. Rendered on the server for static text (a practice brief) and in islands (a scenario's text).
 */
import { useMemo, type ReactNode } from 'react';
import { parseMarkdown, type Block, type Inline } from './markdown';

interface MarkdownProps {
  text: string;
  className?: string;
}

export function Markdown({ text, className }: MarkdownProps) {
  const blocks = useMemo(() => parseMarkdown(text), [text]);
  return <div className={className}>{blocks.map(blockElement)}</div>;
}

function blockElement(block: Block, key: number): ReactNode {
  if (block.kind === 'paragraph') return <p key={key}>{inlines(block.children)}</p>;
  if (block.kind === 'table') {
    // A wide table scrolls inside its own box, so the page still reflows at 320 px.
    return (
      <div className="table-scroll" key={key} tabIndex={0} role="region" aria-label="Table">
        <table>
          <thead>
            <tr>
              {block.head.map((cell, i) => (
                <th scope="col" key={i}>
                  {inlines(cell)}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {block.rows.map((row, i) => (
              <tr key={i}>
                {row.map((cell, j) =>
                  j === 0 ? (
                    <th scope="row" key={j}>
                      {inlines(cell)}
                    </th>
                  ) : (
                    <td key={j}>{inlines(cell)}</td>
                  ),
                )}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    );
  }
  const items = block.items.map((item, j) => <li key={j}>{inlines(item)}</li>);
  return block.ordered ? <ol key={key}>{items}</ol> : <ul key={key}>{items}</ul>;
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
