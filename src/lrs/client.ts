/**
 * One batch of statements to an xAPI LRS: POST {endpoint}/statements with the statements' own ids,
 * so a batch the LRS already stored cannot be stored twice. Says what happened in the terms the
 * sending loop needs, never throws.
 */
import type { LrsCredentials, Statement } from '../record/api';

export type BatchOutcome =
  /** Stored (200, or 204 for a PUT). */
  | { kind: 'stored' }
  /** 409: the LRS has a statement with one of these ids already. */
  | { kind: 'conflict' }
  /** 401 or 403: the credentials are wrong, expired or lack the right to write statements. */
  | { kind: 'refused-credentials'; status: number }
  /** No answer (offline, DNS, CORS, a dropped connection) or one worth retrying later (429, 5xx). */
  | { kind: 'try-later'; status?: number }
  /** Any other answer (400: the LRS rejects the statements): retrying the same batch cannot help. */
  | { kind: 'rejected'; status: number; detail: string };

export type FetchLike = (input: string, init: RequestInit) => Promise<Response>;

export const XAPI_VERSION = '1.0.3';

/** {endpoint}/statements, whether or not the endpoint ends in a slash. */
export function statementsUrl(endpoint: string): string {
  return `${endpoint.replace(/\/+$/, '')}/statements`;
}

export function authorizationOf(credentials: LrsCredentials): string {
  if (credentials.kind === 'token') return `Bearer ${credentials.token}`;
  const pair = new TextEncoder().encode(`${credentials.key}:${credentials.secret}`);
  return `Basic ${btoa(String.fromCharCode(...pair))}`;
}

export async function sendBatch(
  fetchFn: FetchLike,
  endpoint: string,
  credentials: LrsCredentials,
  statements: readonly Statement[],
): Promise<BatchOutcome> {
  let response: Response;
  try {
    response = await fetchFn(statementsUrl(endpoint), {
      method: 'POST',
      headers: {
        Authorization: authorizationOf(credentials),
        'Content-Type': 'application/json',
        'X-Experience-API-Version': XAPI_VERSION,
      },
      body: JSON.stringify(statements),
      // Credentials travel in the Authorization header only; no cookies of this site go along.
      credentials: 'omit',
    });
  } catch {
    return { kind: 'try-later' };
  }
  const { status } = response;
  if (status >= 200 && status < 300) return { kind: 'stored' };
  if (status === 409) return { kind: 'conflict' };
  if (status === 401 || status === 403) return { kind: 'refused-credentials', status };
  if (status === 408 || status === 429 || status >= 500) return { kind: 'try-later', status };
  return { kind: 'rejected', status, detail: await detailOf(response) };
}

async function detailOf(response: Response): Promise<string> {
  try {
    const text = await response.text();
    return text.slice(0, 300);
  } catch {
    return '';
  }
}
