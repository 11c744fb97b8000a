/**
 * The book's own check, run before anything is packaged: what an accessible book needs and a web page
 * can get away with. An image without alt text, a table without header cells, a link with no words,
 * a link inside the book to nothing, or content a book cannot hold (a form, an embedded player) stops
 * the build with the file to change, where in it, what is wrong and what to do.
 */
import type { Element } from 'happy-dom';
import type { ContentProblem } from '../../content/friendly-errors';
import { parseFragment } from './html';
import type { Book } from './model';

/** Things a page can hold and a book cannot. */
const NOT_IN_BOOKS = 'iframe, video, audio, object, embed, canvas, form, input, select, textarea';

export interface CheckOptions {
  /** Whether an image the book refers to (by its address on the site) exists in the build. */
  imageExists?: (src: string) => boolean;
}

export function checkBook(book: Book, options: CheckOptions = {}): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const roots = book.parts.map((part) => parseFragment(part.html));
  const ids = new Set<string>();
  roots.forEach((root) => root.querySelectorAll('[id]').forEach((el) => ids.add(el.id)));

  /** The file behind an element: the nearest enclosing step, module or appendix. */
  const fileOf = (element: Element): { key: string; file: string } => {
    let at: Element | null = element;
    while (at) {
      const key = at.getAttribute('id');
      if (key && book.sources[key]) return { key, file: book.sources[key] };
      at = at.parentElement;
    }
    return { key: 'title-page', file: book.sources['title-page'] ?? book.courseId };
  };
  const counters = new Map<string, number>();
  const nth = (key: string, kind: string) => {
    const count = (counters.get(`${key}/${kind}`) ?? 0) + 1;
    counters.set(`${key}/${kind}`, count);
    return count;
  };

  for (const root of roots) {
    root.querySelectorAll('img').forEach((image) => {
      const { key, file } = fileOf(image);
      const src = image.getAttribute('src') ?? '';
      const field = `image ${nth(key, 'image')} (${src || 'no src'})`;
      if (!image.hasAttribute('alt')) {
        problems.push({
          file,
          field,
          problem:
            'The image has no alt text, so a reader who cannot see it, in the book or on the page, does not know what it shows.',
          fix: 'Add alt text that says what the image shows: ![what it shows](image.png) in Markdown, or alt="…" on an <img>. If it is only decoration, write alt="".',
        });
      }
      if (src && options.imageExists && !options.imageExists(src)) {
        problems.push({
          file,
          field,
          problem: `The image "${src}" is not in the built site, so the book cannot include it.`,
          fix: 'Check the address of the image, and that the file is in public/ or imported by the lesson.',
        });
      }
    });

    root.querySelectorAll('table').forEach((table) => {
      const { key, file } = fileOf(table);
      const field = `table ${nth(key, 'table')}`;
      if (!table.querySelector('th')) {
        problems.push({
          file,
          field,
          problem:
            'The table has no header cells, so a screen reader cannot say which column or row a cell belongs to.',
          fix: 'Give the table a header row: in Markdown, the first row above the | --- | line; in HTML, <th> cells in a <thead>.',
        });
      }
    });

    root.querySelectorAll('a').forEach((link) => {
      const { key, file } = fileOf(link);
      const text = (link.textContent ?? '').trim();
      const alt = Array.from(link.querySelectorAll('img'))
        .map((image) => image.getAttribute('alt') ?? '')
        .join('')
        .trim();
      const href = link.getAttribute('href') ?? '';
      if (!text && !alt && !link.getAttribute('aria-label')) {
        problems.push({
          file,
          field: `link ${nth(key, 'empty-link')} (${href || 'no address'})`,
          problem: 'The link has no words, so a reader does not know where it goes.',
          fix: 'Write the words of the link between the brackets: [what it is](address).',
        });
      }
      if (href.startsWith('#') && !ids.has(href.slice(1))) {
        problems.push({
          file,
          field: `link "${text}"`,
          problem: `The link points to "${href}", which is not in the book.`,
          fix: 'Link to a step of this course by its address (/courses/<course id>/<step id>/), or to a heading on the same page.',
        });
      }
    });

    root.querySelectorAll(NOT_IN_BOOKS).forEach((element) => {
      const { key, file } = fileOf(element);
      problems.push({
        file,
        field: `<${element.localName}> ${nth(key, element.localName)}`,
        problem: `A <${element.localName}> cannot be printed or read in an eBook, so the book would have a gap here.`,
        fix: 'Put the content in words (a transcript, a link to the page, a list), or move it into a video, quiz or scenario step.',
      });
    });
  }
  return problems;
}
