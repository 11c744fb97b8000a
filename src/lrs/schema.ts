/**
 * The organisation's LRS endpoint, as content/site.yaml sets it (lrsEndpoint). Read at build time by
 * the site schema; the browser only ever sees the checked value.
 */
import { z } from 'zod';

/** True for an https:// address, or http:// to this machine (a test LRS, a developer's own). */
export function isAllowedEndpoint(value: string): boolean {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return false;
  }
  if (url.username || url.password) return false;
  if (url.protocol === 'https:') return true;
  return url.protocol === 'http:' && ['localhost', '127.0.0.1', '[::1]'].includes(url.hostname);
}

export const lrsEndpointSchema = z
  .string()
  .trim()
  .refine(isAllowedEndpoint, {
    message:
      'The LRS endpoint must be an https:// address without a user name or password in it (http:// is allowed only for localhost).',
    params: {
      fix: 'Write the xAPI endpoint your LRS gives you, such as https://lrs.example.org/xapi/, or remove lrsEndpoint to turn sending off. Learners enter their own key and secret on My learning; never put credentials in site.yaml.',
    },
  })
  .describe("The organisation's xAPI LRS endpoint; learners may send their record there");
