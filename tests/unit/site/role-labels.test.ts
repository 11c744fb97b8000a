import { describe, expect, it } from 'vitest';
import { roleLabel } from '../../../src/site/role-labels';
import { siteSchema } from '../../../src/content/schemas/site';

const sponsor = { id: 'sponsor', title: 'Sponsor' };

describe('role names an organisation chooses', () => {
  it('renames a role everywhere from one site setting', () => {
    const settings = siteSchema.parse({
      roleLabels: {
        sponsor: { singular: 'Senior Responsible Owner', plural: 'Senior Responsible Owners' },
      },
    });
    expect(roleLabel(settings, sponsor)).toBe('Senior Responsible Owner');
    expect(roleLabel(settings, sponsor, { plural: true })).toBe('Senior Responsible Owners');
  });

  it('falls back to the role title and capitalises at the start of a sentence', () => {
    const settings = siteSchema.parse({
      roleLabels: { 'delivery-lead': { singular: 'delivery lead', plural: 'delivery leads' } },
    });
    expect(roleLabel(settings, sponsor, { plural: true })).toBe('Sponsors');
    expect(
      roleLabel(settings, { id: 'delivery-lead', title: 'Delivery lead' }, { capital: true }),
    ).toBe('Delivery lead');
  });
});
