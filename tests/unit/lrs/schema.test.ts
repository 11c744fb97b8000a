import { describe, expect, test } from 'vitest';
import { parseWithFriendlyErrors } from '../../../src/content/friendly-errors';
import { siteSchema } from '../../../src/content/schemas/site';
import { connectSourceOf, lrsEndpointOf } from '../../../src/lrs/build/endpoint';

const site = (lrsEndpoint: string) =>
  parseWithFriendlyErrors(siteSchema, { lrsEndpoint }, 'content/site.yaml');

describe("site.yaml's lrsEndpoint", () => {
  test.each([
    'https://lrs.example.org/xapi/',
    'https://lrs.example.org:8443/data/xAPI',
    'http://localhost:8080/xapi/',
    'http://127.0.0.1:8123/xAPI',
  ])('accepts %s', (endpoint) => {
    expect(site(endpoint)).toMatchObject({ ok: true, data: { lrsEndpoint: endpoint } });
  });

  test.each([
    ['plain http to another host', 'http://lrs.example.org/xapi/'],
    ['credentials in the address', 'https://key:secret@lrs.example.org/xapi/'],
    ['not an address', 'lrs.example.org'],
    ['another scheme', 'ftp://lrs.example.org/'],
  ])('refuses %s, naming the field and what to do', (_, endpoint) => {
    const parsed = site(endpoint);
    expect(parsed.ok).toBe(false);
    if (parsed.ok) return;
    expect(parsed.problems).toEqual([
      {
        file: 'content/site.yaml',
        field: 'lrsEndpoint',
        problem: expect.stringContaining('must be an https:// address') as string,
        fix: expect.stringContaining('remove lrsEndpoint to turn sending off') as string,
      },
    ]);
  });

  test('a test build may set it with SIDELINE_LRS_ENDPOINT, checked by the same rule', () => {
    expect(lrsEndpointOf({}, {})).toBeUndefined();
    expect(lrsEndpointOf({ lrsEndpoint: 'https://a.example/x/' }, {})).toBe('https://a.example/x/');
    expect(lrsEndpointOf({}, { SIDELINE_LRS_ENDPOINT: 'http://127.0.0.1:9000/xAPI' })).toBe(
      'http://127.0.0.1:9000/xAPI',
    );
    expect(() => lrsEndpointOf({}, { SIDELINE_LRS_ENDPOINT: 'http://lrs.example.org/' })).toThrow(
      /SIDELINE_LRS_ENDPOINT[\s\S]*https:\/\//,
    );
    expect(connectSourceOf('https://lrs.example.org:8443/data/xAPI/')).toBe(
      'https://lrs.example.org:8443',
    );
  });
});
