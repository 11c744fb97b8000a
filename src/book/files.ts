/**
 * Where a course's books live on the site and how their sizes are said. Shared by the course page,
 * which links to them, and the build, which writes them: one place for the names.
 */
import { formatSize } from '../site/file-size.ts';

export type BookFormat = 'epub' | 'a4' | 'letter';

export interface BookFile {
  format: BookFormat;
  /** Address on the site, like /books/sponsor-induction.epub. */
  href: string;
  /** File name inside dist/books/ and the book cache. */
  name: string;
  /** What the link says before the size, like "Download as PDF". */
  label: string;
  /** What tells the files apart, said before the size: "EPUB", or a PDF's paper, "A4". */
  kind: string;
  type: 'application/epub+zip' | 'application/pdf';
}

export const BOOKS_PATH = '/books/';

export function bookFiles(courseId: string): BookFile[] {
  const file = (
    format: BookFormat,
    name: string,
    label: string,
    kind: string,
    type: BookFile['type'],
  ): BookFile => ({ format, href: `${BOOKS_PATH}${name}`, name, label, kind, type });
  return [
    file('epub', `${courseId}.epub`, 'Download as eBook', 'EPUB', 'application/epub+zip'),
    file('a4', `${courseId}.pdf`, 'Download as PDF', 'A4', 'application/pdf'),
    file('letter', `${courseId}-us-letter.pdf`, 'Download as PDF', 'US Letter', 'application/pdf'),
  ];
}

/** What the link adds after its label: "(EPUB, 312 KB)", "(A4, 84 pages, 1.4 MB)". */
export function sizeText(file: Pick<BookFile, 'kind'>, bytes: number, pages?: number): string {
  const parts = [file.kind, ...(pages ? [`${pages} pages`] : []), formatSize(bytes)];
  return `(${parts.join(', ')})`;
}
