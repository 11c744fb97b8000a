/**
 * Which LRS endpoint this build offers (or none): content/site.yaml's lrsEndpoint, or for a test build
 * the SIDELINE_LRS_ENDPOINT environment variable, checked by the same rule.
 */
import { ContentError, parseWithFriendlyErrors } from '../../content/friendly-errors';
import type { SiteSettings } from '../../content/schemas/site';
import { lrsEndpointSchema } from '../schema';

export const LRS_ENDPOINT_VARIABLE = 'SIDELINE_LRS_ENDPOINT';

export function lrsEndpointOf(
  settings: Pick<SiteSettings, 'lrsEndpoint'>,
  env: Record<string, string | undefined> = process.env,
): string | undefined {
  const override = env[LRS_ENDPOINT_VARIABLE];
  if (!override) return settings.lrsEndpoint;
  const parsed = parseWithFriendlyErrors(lrsEndpointSchema, override, LRS_ENDPOINT_VARIABLE);
  if (!parsed.ok) throw new ContentError(parsed.problems);
  return parsed.data;
}

/** The CSP source for the endpoint: its origin, the only other place a page may connect to. */
export function connectSourceOf(endpoint: string): string {
  return new URL(endpoint).origin;
}
