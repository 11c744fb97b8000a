import { describe, expect, test } from 'vitest';
import { siteSchema } from '../../../src/content/schemas/site';
import {
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
