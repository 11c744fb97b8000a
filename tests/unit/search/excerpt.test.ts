import { describe, expect, test } from 'vitest';
import { excerptParts } from '../../../src/search/excerpt';

describe('excerptParts: only <mark> becomes an element, everything else stays text', () => {
  test('matched words are marked, the words around them are plain', () => {
    expect(excerptParts('Agree a <mark>tolerance</mark> for each stage.')).toEqual([
      { text: 'Agree a ', marked: false },
      { text: 'tolerance', marked: true },
      { text: ' for each stage.', marked: false },
    ]);
  });

  test('page text that looks like HTML is kept as the words the page showed', () => {
    const parts = excerptParts(
      'Never paste <script>alert(1)</script> or <img src=x onerror=alert(1)> into a <mark>report</mark>',
    );
    expect(parts).toEqual([
      {
        text: 'Never paste <script>alert(1)</script> or <img src=x onerror=alert(1)> into a ',
        marked: false,
      },
      { text: 'report', marked: true },
    ]);
  });

  test('a mark tag with attributes is not a highlight: it is shown as text', () => {
    expect(excerptParts('<mark onclick="x()">risk</mark>')).toEqual([
      { text: '<mark onclick="x()">risk', marked: false },
    ]);
  });

  test('two matched words in a row read as one highlight', () => {
    expect(excerptParts('<mark>exception</mark><mark> report</mark>')).toEqual([
      { text: 'exception report', marked: true },
    ]);
  });

  test('an unclosed mark highlights to the end; a stray closing tag is dropped', () => {
    expect(excerptParts('a </mark>b <mark>c')).toEqual([
      { text: 'a b ', marked: false },
      { text: 'c', marked: true },
    ]);
  });

  test('an empty excerpt has no parts', () => {
    expect(excerptParts('')).toEqual([]);
  });
});
