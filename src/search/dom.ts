/**
 * The search page's results as elements. Everything from the index goes in as text (textContent or
 * text nodes); the one element built from index data is <mark>, from excerptParts. No innerHTML.
 */
import { excerptParts } from './excerpt';
import type { GlossaryIndexEntry } from './glossary';
import type { PagefindResultData } from './pagefind';

export function resultItem(doc: Document, result: PagefindResultData): HTMLLIElement {
  const item = element(doc, 'li', 'search-result');
  const heading = element(doc, 'h3', 'search-result__title');
  const link = element(doc, 'a');
  link.href = result.url;
  link.textContent = result.meta.title || result.url;
  heading.append(link);
  item.append(heading);

  const place = [
    result.meta.kind,
    result.meta.course,
    result.meta.module && `Module: ${result.meta.module}`,
  ].filter(Boolean);
  if (place.length) {
    const context = element(doc, 'p', 'search-result__place');
    context.textContent = place.join(' · ');
    item.append(context);
  }
  if (result.excerpt) {
    const excerpt = element(doc, 'p', 'search-result__excerpt');
    excerpt.append(excerptNodes(doc, result.excerpt));
    item.append(excerpt);
  }
  return item;
}

export function excerptNodes(doc: Document, excerpt: string): DocumentFragment {
  const fragment = doc.createDocumentFragment();
  for (const part of excerptParts(excerpt)) {
    if (part.marked) {
      const mark = element(doc, 'mark');
      mark.textContent = part.text;
      fragment.append(mark);
    } else fragment.append(doc.createTextNode(part.text));
  }
  return fragment;
}

/** A glossary term the query names, with its definition, shown above the results. */
export function glossaryItem(doc: Document, entry: GlossaryIndexEntry): HTMLElement {
  const item = element(doc, 'div', 'search-glossary__term');
  const heading = element(doc, 'h3', 'search-glossary__name');
  heading.textContent = entry.term;
  const definition = element(doc, 'p');
  definition.textContent = entry.definition;
  const more = element(doc, 'p');
  const link = element(doc, 'a');
  link.href = entry.href;
  link.textContent = `${entry.term} in the glossary`;
  more.append(link);
  item.append(heading, definition, more);
  return item;
}

function element<K extends keyof HTMLElementTagNameMap>(
  doc: Document,
  tag: K,
  className?: string,
): HTMLElementTagNameMap[K] {
  const node = doc.createElement(tag);
  if (className) node.className = className;
  return node;
}
