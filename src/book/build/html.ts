/**
 * The few HTML tools the book needs: escaping the text it writes, parsing the HTML it reads (the
 * site's built pages) into a DOM it can change, and writing a DOM back out as HTML for the print
 * edition or as well-formed XHTML for the EPUB.
 */
import { Window, type Document, type Element, type Node } from 'happy-dom';
import { escapeHtml } from '../../site/markdown-html';

/** Text for an element's content or an attribute value. */
export const esc = escapeHtml;

/** One window for all parsing: no scripts run, nothing is fetched. */
let window: Window | undefined;

function parser(): Window {
  window ??= new Window({
    settings: {
      disableJavaScriptEvaluation: true,
      disableJavaScriptFileLoading: true,
      disableCSSFileLoading: true,
      disableIframePageLoading: true,
    },
  });
  return window;
}

export function parseDocument(html: string): Document {
  return new (parser().DOMParser)().parseFromString(html, 'text/html');
}

/** A fragment of HTML inside a <div>, so it can be queried and changed as a whole. */
export function parseFragment(html: string): Element {
  const doc = parseDocument('<!doctype html><html><body></body></html>');
  const root = doc.createElement('div');
  root.innerHTML = html;
  return root;
}

/** Elements that have no end tag in HTML and are written self-closed in XHTML. */
const VOID = new Set([
  'area',
  'base',
  'br',
  'col',
  'embed',
  'hr',
  'img',
  'input',
  'link',
  'meta',
  'source',
  'track',
  'wbr',
]);

const ELEMENT = 1;
const TEXT = 3;

/**
 * The children of `root` as XHTML: lower-case names, every attribute quoted and given a value,
 * empty elements self-closed, comments dropped. The EPUB's reading systems parse XML, not HTML.
 */
export function toXhtml(root: Element): string {
  let out = '';
  const write = (node: Node) => {
    if (node.nodeType === TEXT) {
      out += escText(node.textContent ?? '');
      return;
    }
    if (node.nodeType !== ELEMENT) return;
    const element = node as Element;
    const name = element.localName.toLowerCase();
    out += `<${name}`;
    for (const attribute of Array.from(element.attributes)) {
      out += ` ${attribute.name}="${esc(attribute.value ?? '')}"`;
    }
    if (VOID.has(name)) {
      out += '/>';
      return;
    }
    out += '>';
    Array.from(element.childNodes).forEach(write);
    out += `</${name}>`;
  };
  Array.from(root.childNodes).forEach(write);
  return out;
}

function escText(text: string): string {
  return text.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;');
}

/** Closes the parser's window, so a build or a test does not keep timers alive. */
export async function closeParser(): Promise<void> {
  const open = window;
  window = undefined;
  if (open) await open.happyDOM.close();
}
