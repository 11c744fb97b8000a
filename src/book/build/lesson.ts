/**
 * A lesson as the book prints it, taken from the lesson's built page in dist/: the MDX rendered once by
 * Astro with the site's own author components (callouts, worked examples, key points, RACI tables,
 * role cards, diagrams), then made fit for a book. Glossary terms become links to the glossary appendix instead
 * of popovers, links to other steps point inside the book, headings move down a level under the
 * lesson's own heading, and ids are made unique across the whole book.
 */
import type { Element } from 'happy-dom';
import { parseDocument } from './html';

export interface LinkTargets {
  /** The site's address, for links to pages that are not in the book. */
  siteUrl: string;
  /** The step ids in this book: a link to one of them stays inside the book. */
  steps: ReadonlySet<string>;
}

/** What a book cannot hold: interactive or embedded content. */
const NOT_FOR_BOOKS = 'script, style, template, noscript, button, [popover]';

/**
 * The body of a lesson page (`.lesson-body`: the MDX, its key points and sources), ready for the book.
 * Returns undefined when the page has no lesson body (it was not built, or is not a lesson).
 */
export function lessonBodyFromPage(
  pageHtml: string,
  stepId: string,
  targets: LinkTargets,
): string | undefined {
  const doc = parseDocument(pageHtml);
  const body = doc.querySelector('.lesson-body');
  if (!body) return undefined;

  body.querySelector('#lesson-end')?.remove();
  body.querySelectorAll('.term').forEach(replaceTerm);
  body.querySelectorAll('.diagram').forEach(diagramInWords);
  body.querySelectorAll(NOT_FOR_BOOKS).forEach((element) => element.remove());
  removeComments(body);

  // Headings sit one level below the lesson's title, which is a level-2 heading in its chapter.
  body.querySelectorAll('h1, h2, h3, h4, h5, h6').forEach((heading) => {
    const level = Math.min(6, Number(heading.localName.slice(1)) + 1);
    const moved = doc.createElement(`h${level}`);
    for (const attribute of Array.from(heading.attributes))
      moved.setAttribute(attribute.name, attribute.value ?? '');
    moved.append(...Array.from(heading.childNodes));
    heading.replaceWith(moved);
  });

  scopeHeaderCells(body);
  uniqueIds(body, stepId);
  body.querySelectorAll('a[href]').forEach((link) => {
    link.setAttribute('href', bookHref(link.getAttribute('href') ?? '', targets));
  });
  // Attributes only the site uses (its search index, its component styles).
  body.querySelectorAll('*').forEach((element) => {
    for (const { name } of Array.from(element.attributes)) {
      if (name.startsWith('data-astro') || name.startsWith('data-pagefind'))
        element.removeAttribute(name);
    }
  });
  return body.innerHTML.trim();
}

/** `<Term>` renders a button and a popover; a book links the word to the glossary appendix. */
function replaceTerm(term: Element): void {
  const button = term.querySelector('.term__button');
  const glossaryLink = term.querySelector('.term__popover a[href*="/glossary/#"]');
  const id = glossaryLink?.getAttribute('href')?.split('#')[1];
  if (!button) return;
  const doc = term.ownerDocument;
  const link = doc.createElement('a');
  link.setAttribute('class', 'term');
  link.setAttribute('href', id ? `/glossary/#${id}` : '/glossary/');
  link.append(...Array.from(button.childNodes));
  term.replaceWith(link);
}

/**
 * A lesson diagram (site/mdx/Diagram.astro) is drawn in the site's colours by the site's stylesheet,
 * which a book does not carry; the book keeps its caption and the same teaching in words, open.
 */
function diagramInWords(figure: Element): void {
  figure.querySelector('svg')?.remove();
  const words = figure.querySelector('details');
  const list = words?.querySelector('ul');
  if (words && list) words.replaceWith(list);
}

function removeComments(root: Element): void {
  const walk = (node: Element) => {
    for (const child of Array.from(node.childNodes)) {
      if (child.nodeType === 8) node.removeChild(child);
      else if (child.nodeType === 1) walk(child as Element);
    }
  };
  walk(root);
}

/** Header cells say what they head: the column in a table's head, the row in its body. */
function scopeHeaderCells(root: Element): void {
  root.querySelectorAll('th:not([scope])').forEach((cell) => {
    cell.setAttribute('scope', cell.closest('thead') ? 'col' : 'row');
  });
}

/** Every id (and every reference to it) gets the lesson's id in front: "key-points-heading" repeats. */
function uniqueIds(root: Element, stepId: string): void {
  const prefix = `${stepId}--`;
  const ids = new Set<string>();
  root.querySelectorAll('[id]').forEach((element) => {
    const id = element.getAttribute('id')!;
    ids.add(id);
    element.setAttribute('id', prefix + id);
  });
  for (const name of ['aria-labelledby', 'aria-describedby', 'for', 'headers']) {
    root.querySelectorAll(`[${name}]`).forEach((element) => {
      const value = element.getAttribute(name)!;
      element.setAttribute(
        name,
        value
          .split(/\s+/)
          .map((id) => (ids.has(id) ? prefix + id : id))
          .join(' '),
      );
    });
  }
  root.querySelectorAll('a[href^="#"]').forEach((link) => {
    const id = link.getAttribute('href')!.slice(1);
    if (ids.has(id)) link.setAttribute('href', `#${prefix}${id}`);
  });
}

/**
 * Where a link in the book goes: to a step, a glossary term or a role profile inside the book, or
 * to the site for any other page. Links inside the book are written "#id"; the EPUB adds file names.
 */
export function bookHref(href: string, targets: LinkTargets): string {
  if (href.startsWith('#')) return href;
  if (!href.startsWith('/')) return href;
  const [path = '', hash] = href.split('#');
  const step = /^\/courses\/[^/]+\/([^/]+)\/?$/.exec(path)?.[1];
  if (step && targets.steps.has(step)) return `#${hash ? `${step}--${hash}` : step}`;
  if (/^\/glossary\/?$/.test(path)) return hash ? `#term-${hash}` : '#glossary';
  const role = /^\/roles\/([^/]+)\/?$/.exec(path)?.[1];
  if (role) return `#role-${role}`;
  if (/^\/roles\/?$/.test(path)) return '#roles';
  return new URL(href, targets.siteUrl).href;
}
