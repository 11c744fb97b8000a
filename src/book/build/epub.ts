/**
 * The EPUB 3 edition: a small packager of our own over fflate's zip. It writes the package document
 * (with the accessibility metadata of EPUB Accessibility 1.1), a navigation document that is also the
 * contents page, one XHTML file per part of the book, one stylesheet and any images. Written by hand
 * because the markup is already semantic: a general HTML-to-EPUB library would re-wrap it and drop
 * attributes such as th@scope.
 */
import { strToU8, zipSync, type Zippable } from 'fflate';
import type { Element } from 'happy-dom';
import { esc, parseFragment, toXhtml } from './html';
import type { Book, BookPart, ContentsEntry } from './model';

export interface EpubOptions {
  css: string;
  /** When this edition was made (dcterms:modified). */
  modified: Date;
  /** The bytes of an image by its address on the site, from the build. */
  readImage: (src: string) => Uint8Array | undefined;
}

const MEDIA_TYPES: Record<string, string> = {
  png: 'image/png',
  jpg: 'image/jpeg',
  jpeg: 'image/jpeg',
  gif: 'image/gif',
  svg: 'image/svg+xml',
  webp: 'image/webp',
};

/** What each part is, in the EPUB's structural vocabulary and the part of the book it sits in. */
const PART_TYPES: Record<BookPart['kind'], { section: string; body: string }> = {
  title: { section: 'titlepage', body: 'frontmatter' },
  chapter: { section: 'chapter', body: 'bodymatter' },
  answers: { section: 'answers', body: 'backmatter' },
  appendix: { section: 'appendix', body: 'backmatter' },
};

export function packageEpub(book: Book, options: EpubOptions): Uint8Array {
  const fileOf = new Map<string, string>();
  const roots = book.parts.map((part) => {
    const root = parseFragment(part.html);
    const file = `${part.id}.xhtml`;
    root.querySelectorAll('[id]').forEach((element) => fileOf.set(element.id, file));
    return { part, root, file };
  });

  const images = new Map<string, { path: string; type: string }>();
  const documents = roots.map(({ part, root, file }) => {
    root.querySelectorAll('a[href^="#"]').forEach((link) => {
      const id = link.getAttribute('href')!.slice(1);
      const target = fileOf.get(id);
      link.setAttribute('href', target === file ? `#${id}` : `${target ?? file}#${id}`);
    });
    root.querySelectorAll('img[src^="/"]').forEach((image) => {
      const src = image.getAttribute('src')!;
      const extension = src.split('.').pop()?.toLowerCase() ?? '';
      const path = `images/${src.slice(1).replaceAll('/', '-')}`;
      images.set(src, { path, type: MEDIA_TYPES[extension] ?? 'application/octet-stream' });
      image.setAttribute('src', path);
    });
    markStructure(root, part);
    return {
      part,
      file,
      xhtml: xhtmlDocument(part.title, toXhtml(root), PART_TYPES[part.kind].body, book.language),
    };
  });

  const contentsHref = (entry: ContentsEntry) => {
    const file = fileOf.get(entry.id) ?? '';
    return file === `${entry.id}.xhtml` ? file : `${file}#${entry.id}`;
  };
  const entries: ContentsEntry[] = [
    { id: 'title-page', title: 'Title page', children: [] },
    ...book.contents,
  ];
  const list = (items: readonly ContentsEntry[]): string =>
    `<ol>${items
      .map(
        (entry) =>
          `<li><a href="${esc(contentsHref(entry))}">${esc(entry.title)}</a>${entry.children.length ? list(entry.children) : ''}</li>`,
      )
      .join('')}</ol>`;
  const firstChapter = book.parts.find((part) => part.kind === 'chapter');
  const nav = xhtmlDocument(
    'Contents',
    `<nav epub:type="toc" role="doc-toc" id="toc"><h1>Contents</h1>${list(entries)}</nav>` +
      `<nav epub:type="landmarks" hidden="hidden"><h2>Landmarks</h2><ol>` +
      `<li><a epub:type="titlepage" href="title-page.xhtml">Title page</a></li>` +
      `<li><a epub:type="toc" href="nav.xhtml#toc">Contents</a></li>` +
      (firstChapter
        ? `<li><a epub:type="bodymatter" href="${esc(firstChapter.id)}.xhtml">${esc(firstChapter.title)}</a></li>`
        : '') +
      `</ol></nav>`,
    'frontmatter',
    book.language,
  );

  const files: Zippable = {};
  const mtime = options.modified;
  // The mimetype comes first and is stored uncompressed, so a reader can recognise the file.
  files['mimetype'] = [strToU8('application/epub+zip'), { level: 0, mtime }];
  files['META-INF/container.xml'] = [
    strToU8(
      '<?xml version="1.0" encoding="UTF-8"?>\n<container version="1.0" xmlns="urn:oasis:names:tc:opendocument:xmlns:container">' +
        '<rootfiles><rootfile full-path="EPUB/package.opf" media-type="application/oebps-package+xml"/></rootfiles></container>\n',
    ),
    { mtime },
  ];
  const imageFiles: { path: string; type: string }[] = [];
  for (const [src, image] of images) {
    const bytes = options.readImage(src);
    if (!bytes) continue;
    files[`EPUB/${image.path}`] = [bytes, { level: 0, mtime }];
    imageFiles.push(image);
  }
  files['EPUB/package.opf'] = [
    strToU8(packageDocument(book, documents, imageFiles, options.modified)),
    { mtime },
  ];
  files['EPUB/nav.xhtml'] = [strToU8(nav), { mtime }];
  files['EPUB/book.css'] = [strToU8(options.css), { mtime }];
  for (const document of documents)
    files[`EPUB/${document.file}`] = [strToU8(document.xhtml), { mtime }];
  return zipSync(files, { level: 9 });
}

/** Adds the EPUB's structural semantics (epub:type) beside the ARIA roles the HTML already has. */
function markStructure(root: Element, part: BookPart): void {
  const outer = root.firstElementChild;
  if (outer) outer.setAttribute('epub:type', PART_TYPES[part.kind].section);
  if (part.id === 'glossary') {
    root.querySelectorAll('dl').forEach((list) => list.setAttribute('epub:type', 'glossary'));
    root.querySelectorAll('dt').forEach((term) => term.setAttribute('epub:type', 'glossterm'));
    root
      .querySelectorAll('dd')
      .forEach((definition) => definition.setAttribute('epub:type', 'glossdef'));
  }
}

function xhtmlDocument(title: string, body: string, type: string, language: string): string {
  return (
    `<?xml version="1.0" encoding="UTF-8"?>\n<!DOCTYPE html>\n` +
    `<html xmlns="http://www.w3.org/1999/xhtml" xmlns:epub="http://www.idpf.org/2007/ops" lang="${language}" xml:lang="${language}">` +
    `<head><meta charset="UTF-8"/><title>${esc(title)}</title><link rel="stylesheet" type="text/css" href="book.css"/></head>` +
    `<body epub:type="${type}">${body}</body></html>\n`
  );
}

function packageDocument(
  book: Book,
  documents: { part: BookPart; file: string }[],
  images: { path: string; type: string }[],
  modified: Date,
): string {
  const id = (file: string) => `item-${file.replace(/[^A-Za-z0-9]/g, '-')}`;
  const meta = (property: string, value: string) =>
    `<meta property="${property}">${esc(value)}</meta>`;
  const features = [
    'structuralNavigation',
    'tableOfContents',
    'readingOrder',
    'displayTransformability',
    ...(images.length ? ['alternativeText'] : []),
  ];
  const summary =
    'A text book with no time limits or media. Headings mark every chapter, step and section, and the navigation lists them; ' +
    'tables have header cells; every image has a text alternative; quizzes are printed as questions with the answers and feedback in their own part at the end. ' +
    'Text follows the reading system’s font, size and colour settings.';
  return (
    `<?xml version="1.0" encoding="UTF-8"?>\n` +
    `<package xmlns="http://www.idpf.org/2007/opf" version="3.0" unique-identifier="book-id" xml:lang="${book.language}">` +
    `<metadata xmlns:dc="http://purl.org/dc/elements/1.1/">` +
    `<dc:identifier id="book-id">${esc(book.identifier)}</dc:identifier>` +
    `<dc:title>${esc(book.title)}</dc:title>` +
    `<dc:language>${book.language}</dc:language>` +
    `<dc:creator>${esc(book.publisher)}</dc:creator>` +
    `<dc:publisher>${esc(book.publisher)}</dc:publisher>` +
    `<dc:description>${esc(book.summary)}</dc:description>` +
    `<dc:source>${esc(book.url)}</dc:source>` +
    meta('dcterms:modified', modified.toISOString().replace(/\.\d{3}Z$/, 'Z')) +
    meta('schema:accessMode', 'textual') +
    (images.length ? meta('schema:accessMode', 'visual') : '') +
    meta('schema:accessModeSufficient', 'textual') +
    features.map((feature) => meta('schema:accessibilityFeature', feature)).join('') +
    meta('schema:accessibilityHazard', 'none') +
    meta('schema:accessibilitySummary', summary) +
    `</metadata><manifest>` +
    `<item id="nav" href="nav.xhtml" media-type="application/xhtml+xml" properties="nav"/>` +
    `<item id="css" href="book.css" media-type="text/css"/>` +
    documents
      .map(
        ({ file }) => `<item id="${id(file)}" href="${file}" media-type="application/xhtml+xml"/>`,
      )
      .join('') +
    images
      .map(({ path, type }) => `<item id="${id(path)}" href="${esc(path)}" media-type="${type}"/>`)
      .join('') +
    `</manifest><spine>` +
    `<itemref idref="${id(documents[0]!.file)}"/><itemref idref="nav"/>` +
    documents
      .slice(1)
      .map(({ file }) => `<itemref idref="${id(file)}"/>`)
      .join('') +
    `</spine></package>\n`
  );
}
