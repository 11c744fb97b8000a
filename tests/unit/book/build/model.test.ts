import { afterAll, describe, expect, it } from 'vitest';
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { checkBook } from '../../../../src/book/build/check';
import { closeParser, parseFragment } from '../../../../src/book/build/html';
import { demoBook, demoSite } from './fixture';

const site = demoSite();
afterAll(async () => {
  site.remove();
  await closeParser();
});

describe('a course as a book', () => {
  const { book, problems } = demoBook(site);
  const html = book.parts.map((part) => part.html).join('');
  const dom = parseFragment(html);

  it('has a title page, a chapter per module, the answers and two appendices, in order', () => {
    expect(problems).toEqual([]);
    expect(book.parts.map((part) => `${part.kind}:${part.id}`)).toEqual([
      'title:title-page',
      'chapter:demo-basics',
      'answers:answers',
      'appendix:glossary',
      'appendix:roles',
    ]);
    expect(book.contents[0]).toEqual({
      id: 'demo-basics',
      title: 'Module 1: The basics',
      children: [
        { id: 'first-lesson', title: 'The first lesson', children: [] },
        { id: 'second-lesson', title: 'The second lesson', children: [] },
        { id: 'demo-basics-quiz', title: 'Check the basics', children: [] },
      ],
    });
    expect(book.identifier).toMatch(
      /^urn:uuid:[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/,
    );
    expect(book.language).toBe('en-GB');
  });

  it('takes each lesson from its built page, with the site’s components and without what only a page needs', () => {
    const lesson = dom.querySelector('#first-lesson')!;
    expect(lesson.querySelector('h2')?.textContent).toBe('The first lesson');
    expect(lesson.querySelector('.objectives li')?.textContent).toBe('Read the first lesson.');
    // Headings move down a level under the lesson's title, and their ids are the lesson's own.
    expect(lesson.querySelector('.key-points h3')?.id).toBe('first-lesson--key-points-heading');
    expect(lesson.querySelector('.key-points')?.getAttribute('aria-labelledby')).toBe(
      'first-lesson--key-points-heading',
    );
    expect(lesson.querySelector('.role-card h4')?.textContent).toBe('Sponsor');
    expect(html).not.toMatch(/<button|popover|<script|lesson-end|data-pagefind|data-astro|<!--/);
  });

  it('links glossary terms, steps and role profiles inside the book, and other pages to the site', () => {
    const hrefs = [...dom.querySelectorAll('#first-lesson a')].map(
      (link) => `${link.textContent} → ${link.getAttribute('href')}`,
    );
    expect(hrefs).toEqual([
      'tolerance → #term-tolerance',
      'The full Sponsor profile → #role-sponsor',
      'the second lesson → #second-lesson',
      'glossary → #term-tolerance',
      'about the site → https://sideline.example/about/',
    ]);
    expect(dom.querySelector('#first-lesson a.term')?.textContent).toBe('tolerance');
    expect(dom.querySelector('#second-lesson a[href="#second-lesson--in-short"]')).not.toBeNull();
  });

  it('keeps a RACI matrix a real table, every header cell scoped', () => {
    const table = dom.querySelector('#second-lesson table')!;
    expect(table.querySelector('caption')?.textContent).toBe('Who decides');
    expect([...table.querySelectorAll('th')].map((th) => th.getAttribute('scope'))).toEqual([
      'col',
      'col',
      'col',
      'row',
    ]);
  });

  it('asks the quiz in its chapter and answers it, with feedback, at the end', () => {
    const quiz = dom.querySelector('#demo-basics-quiz')!;
    expect(quiz.querySelector('.question__prompt')?.textContent).toMatch(
      /^Your delivery lead asks you who should decide/,
    );
    expect([...quiz.querySelectorAll('.options li')].map((li) => li.textContent)).toEqual([
      'The sponsor',
      'The PMO',
    ]);
    expect(quiz.querySelector('.question__lesson a')?.getAttribute('href')).toBe('#first-lesson');
    expect(quiz.textContent).not.toContain('Yes, the sponsor decides.');
    const answers = dom.querySelector('#answers-demo-basics-quiz')!;
    expect(answers.querySelector('.answer')?.textContent).toBe('Answer: A. The sponsor');
    expect([...answers.querySelectorAll('.feedback li')].map((li) => li.textContent)).toEqual([
      'A. The sponsor: Yes, the sponsor decides.',
      'B. The PMO: No, the PMO supports.',
    ]);
  });

  it('has the glossary and the role profiles, named as content/site.yaml says', () => {
    expect(dom.querySelector('#term-tolerance')?.textContent).toBe('Tolerance');
    expect(dom.querySelector('#role-sponsor h2')?.textContent).toBe('Sponsor');
  });

  it('passes its own check', () => {
    expect(checkBook(book)).toEqual([]);
  });

  it('says which lesson has no built page, and what to do', () => {
    rmSync(join(site.distDir, 'courses/demo/second-lesson'), { recursive: true });
    expect(demoBook(site).problems).toEqual([
      {
        file: 'courses/demo/01-basics/02-second-lesson.mdx',
        problem:
          'The built page of the lesson "second-lesson" (/courses/demo/second-lesson/) was not found, so the book has no text for it.',
        fix: 'Build the site first (npm run build), then the books; or check that the lesson builds without errors.',
      },
    ]);
  });
});
