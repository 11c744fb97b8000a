import { describe, expect, test } from 'vitest';
import {
  pagefindFilters,
  readSearchState,
  resultCountMessage,
  searchQueryString,
} from '../../../src/search/query';

const known = {
  courses: [
    'Sponsor induction: owning the outcome',
    'Delivery lead essentials: deliver it, own it, escalate early',
  ],
  roles: ['Sponsor', 'Delivery lead', 'PMO'],
};

describe('the search in the address bar', () => {
  test('reads what the GET form submits, keeping only filters the site has', () => {
    const state = readSearchState(
      '?q=+tolerance+&course=Sponsor+induction%3A+owning+the+outcome&course=Made+up&role=PMO&role=PMO',
      known,
    );
    expect(state).toEqual({
      q: 'tolerance',
      courses: ['Sponsor induction: owning the outcome'],
      roles: ['PMO'],
    });
  });

  test('no query string is an empty search', () => {
    expect(readSearchState('', known)).toEqual({ q: '', courses: [], roles: [] });
  });

  test('writes the same shape back, so a search (commas and colons included) survives a reload', () => {
    const state = {
      q: 'exception report',
      courses: [known.courses[1]!],
      roles: ['Delivery lead', 'Sponsor'],
    };
    const query = searchQueryString(state);
    expect(query).toBe(
      '?q=exception+report&course=Delivery+lead+essentials%3A+deliver+it%2C+own+it%2C+escalate+early&role=Delivery+lead&role=Sponsor',
    );
    expect(readSearchState(query, known)).toEqual(state);
    expect(searchQueryString({ q: '', courses: [], roles: [] })).toBe('');
  });
});

describe('pagefindFilters', () => {
  test('any ticked course, and any ticked role, with both groups required', () => {
    expect(pagefindFilters({ q: 'x', courses: ['A', 'B'], roles: ['PMO'] })).toEqual({
      course: { any: ['A', 'B'] },
      role: { any: ['PMO'] },
    });
  });

  test('nothing ticked filters nothing; a glossary term shown above is left out of the results', () => {
    expect(pagefindFilters({ q: 'x', courses: [], roles: [] })).toEqual({});
    expect(pagefindFilters({ q: 'x', courses: [], roles: [] }, ['tolerance'])).toEqual({
      term: { none: ['tolerance'] },
    });
  });
});

describe('resultCountMessage: what the live region announces', () => {
  test('the count and the query', () => {
    expect(resultCountMessage({ query: 'tolerance', count: 12, filtered: false, terms: [] })).toBe(
      '12 results for tolerance.',
    );
    expect(resultCountMessage({ query: 'gateway', count: 1, filtered: false, terms: [] })).toBe(
      '1 result for gateway.',
    );
  });

  test('says when filters are narrowing the results, and which glossary terms are defined above', () => {
    expect(
      resultCountMessage({ query: 'tolerance', count: 3, filtered: true, terms: ['Tolerance'] }),
    ).toBe('3 results for tolerance with these filters. The glossary defines Tolerance.');
    expect(
      resultCountMessage({
        query: 'gate',
        count: 2,
        filtered: false,
        terms: ['Stage gate', 'Gateway review'],
      }),
    ).toBe('2 results for gate. The glossary defines Stage gate and Gateway review.');
  });

  test('no results suggests what to try next', () => {
    expect(resultCountMessage({ query: 'zzqxw', count: 0, filtered: false, terms: [] })).toBe(
      'No results for zzqxw. Check the spelling or try another word.',
    );
    expect(resultCountMessage({ query: 'tolerance', count: 0, filtered: true, terms: [] })).toBe(
      'No results for tolerance with these filters. Try removing a filter.',
    );
  });
});
