import { describe, expect, test } from 'vitest';
import { siteSchema } from '../../../src/content/schemas/site';
import {
  indexedNamesAttributes,
  namesOfTerms,
  otherNamesInTitle,
  pagefindAttributes,
  roleFilterLabels,
  stepSearchAttributes,
} from '../../../src/search/attributes';

describe('pagefindAttributes: what an indexed page tells search about itself', () => {
  test('course and roles become filters, kind, course and module are shown under the result', () => {
    expect(
      pagefindAttributes({
        kind: 'Lesson',
        course: 'Delivery lead essentials: deliver it, own it, escalate early',
        module: 'Working within tolerances',
        roles: ['Delivery lead', 'Sponsor', 'Delivery lead'],
      }),
    ).toEqual({
      'data-pagefind-body': '',
      'data-pagefind-kind': 'Lesson',
      'data-pagefind-course': 'Delivery lead essentials: deliver it, own it, escalate early',
      'data-pagefind-module': 'Working within tolerances',
      'data-pagefind-role-0': 'Delivery lead',
      'data-pagefind-role-1': 'Sponsor',
      'data-pagefind-meta':
        'kind[data-pagefind-kind], course[data-pagefind-course], module[data-pagefind-module]',
      'data-pagefind-filter':
        'course[data-pagefind-course], role[data-pagefind-role-0], role[data-pagefind-role-1]',
    });
  });

  test('a role profile has a role filter and no course', () => {
    expect(pagefindAttributes({ kind: 'Role profile', roles: ['PMO'] })).toEqual({
      'data-pagefind-body': '',
      'data-pagefind-kind': 'Role profile',
      'data-pagefind-role-0': 'PMO',
      'data-pagefind-meta': 'kind[data-pagefind-kind]',
      'data-pagefind-filter': 'role[data-pagefind-role-0]',
    });
  });

  test('lessons and videos are indexed from their pages; scenarios (as records) and quizzes are not', () => {
    const place = { course: 'C', module: 'M', roles: ['Sponsor'] };
    expect(stepSearchAttributes({ kind: 'lesson' }, place)['data-pagefind-kind']).toBe('Lesson');
    expect(stepSearchAttributes({ kind: 'video' }, place)['data-pagefind-kind']).toBe('Video');
    expect(stepSearchAttributes({ kind: 'scenario' }, place)).toEqual({});
    expect(stepSearchAttributes({ kind: 'quiz' }, place)).toEqual({});
  });
});

describe('roleFilterLabels', () => {
  const roles = [
    { id: 'sponsor', title: 'Sponsor' },
    { id: 'pmo', title: 'Project management office' },
  ];

  test('uses the names the organisation set in site settings, with a capital', () => {
    const settings = siteSchema.parse({
      roleLabels: { sponsor: { singular: 'senior responsible owner', plural: 'SROs' } },
    });
    expect(roleFilterLabels(settings, roles, ['sponsor', 'pmo'])).toEqual([
      'Senior responsible owner',
      'Project management office',
    ]);
  });

  test('an unknown role id is shown as it is rather than dropped', () => {
    expect(roleFilterLabels(siteSchema.parse({}), roles, ['auditor'])).toEqual(['Auditor']);
  });
});

describe('other names: a page is found by the names other organisations use', () => {
  const things = [
    { id: 'sponsor', name: 'Sponsor', otherNames: ['Senior Responsible Owner (SRO)'] },
    { id: 'tolerance', name: 'Tolerance', otherNames: ['Tolerances'] },
    { id: 'executive', name: 'Executive (PRINCE2)', otherNames: ['Project Executive'] },
    { id: 'sro', name: 'Senior Responsible Owner (SRO)', otherNames: ['SRO'] },
  ];

  test.each([
    ['What you own as a sponsor', ['Senior Responsible Owner (SRO)']],
    ['Setting tolerances', ['Tolerances']],
    ['When the executive says no', ['Project Executive']],
    ['Sponsorship in practice', []],
    ['Who answers for what', []],
  ])('the title "%s" brings in %j', (title, expected) => {
    expect(otherNamesInTitle(title, things)).toEqual(expected);
  });

  test('a term renamed between builds is matched by its new name, not its old one', () => {
    const renamed = things.map((thing) =>
      thing.id === 'tolerance' ? { ...thing, name: 'Threshold' } : thing,
    );
    expect(otherNamesInTitle('Setting tolerances', things)).toEqual(['Tolerances']);
    expect(otherNamesInTitle('Setting tolerances', renamed)).toEqual([]);
    expect(otherNamesInTitle('Setting thresholds', renamed)).toEqual(['Tolerances']);
  });

  test('every name of each term a lesson uses, once, and nothing for an unknown id', () => {
    expect(namesOfTerms(['sro', 'sro', 'tolerance', 'nope'], things)).toEqual([
      'Senior Responsible Owner (SRO)',
      'SRO',
      'Tolerance',
      'Tolerances',
    ]);
  });

  test('go into an attribute Pagefind indexes at the weight given, or nowhere when there are none', () => {
    expect(indexedNamesAttributes('Also called', ['SRO', 'Executive'], 7)).toEqual({
      'data-pagefind-index-attrs': 'data-names',
      'data-names': 'Also called: SRO; Executive.',
      'data-pagefind-weight': '7',
    });
    expect(indexedNamesAttributes('Also called', [], 7)).toEqual({});
  });
});
