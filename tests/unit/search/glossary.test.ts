import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { parse } from 'yaml';
import { glossarySchema } from '../../../src/content/schemas/glossary';
import { glossaryIndex, matchGlossaryTerms } from '../../../src/search/glossary';

const glossary = glossaryIndex(
  glossarySchema.parse(parse(readFileSync('content/glossary.yaml', 'utf8'))),
);
const matched = (query: string) => matchGlossaryTerms(query, glossary).map((entry) => entry.term);

describe('the glossary list the search page fetches', () => {
  test('each term links to its entry on the glossary page and keeps its definition', () => {
    const tolerance = glossary.find((entry) => entry.id === 'tolerance');
    expect(tolerance).toMatchObject({ term: 'Tolerance', href: '/glossary/#tolerance' });
    expect(tolerance?.definition).toMatch(/^How far a stage or project may stray/);
  });
});

describe('matchGlossaryTerms: a query that names a term shows its definition first', () => {
  test('plural, capitals and spaces do not matter', () => {
    expect(matched('tolerances')).toEqual(['Tolerance']);
    expect(matched('  TOLERANCE ')).toEqual(['Tolerance']);
    expect(matched('exception reports')).toEqual(['Exception report']);
  });

  test('another name finds the term: an abbreviation, or what other organisations call it', () => {
    expect(matched('SRO')).toEqual(['Senior Responsible Owner (SRO)']);
    expect(matched('steering committee')).toEqual(['Project board']);
    expect(matched('DCA')).toEqual(['Delivery confidence']);
  });

  test('a bracketed note is optional', () => {
    expect(matched('executive')).toEqual(['Executive (PRINCE2)']);
    expect(matched('senior responsible owner')).toEqual(['Senior Responsible Owner (SRO)']);
  });

  test('a query that only contains a term is a search, not a look-up', () => {
    expect(matched('tolerance breach')).toEqual([]);
    expect(matched('toler')).toEqual([]);
    expect(matched('')).toEqual([]);
    expect(matched('?!')).toEqual([]);
  });
});
