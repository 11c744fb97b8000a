/**
 * Loading the authors' judgements for the debrief, once the learner has reached an ending (see
 * playable.ts for why they are not in the page). A small JSON file next to the scenario's page,
 * cached for offline use with the rest of the site.
 */
import type { ScenarioDebrief } from './playable';

export type DebriefState =
  { status: 'loading' } | { status: 'ready'; debrief: ScenarioDebrief } | { status: 'unavailable' };

/** The file's address: beside the scenario's page, which is `/courses/<course>/<scenario>/`. */
export const debriefFile = (stepHref: string) => `${stepHref}debrief.json`;

export async function loadDebrief(url: string): Promise<DebriefState> {
  try {
    const response = await fetch(url);
    if (!response.ok) return { status: 'unavailable' };
    const data = (await response.json()) as unknown;
    return isDebrief(data) ? { status: 'ready', debrief: data } : { status: 'unavailable' };
  } catch {
    return { status: 'unavailable' };
  }
}

function isDebrief(data: unknown): data is ScenarioDebrief {
  if (typeof data !== 'object' || data === null) return false;
  return Object.values(data).every(
    (node) =>
      typeof node === 'object' &&
      node !== null &&
      Object.values(node as Record<string, unknown>).every(
        (choice) =>
          typeof choice === 'object' &&
          choice !== null &&
          ['strong', 'mixed', 'weak'].includes(
            (choice as { quality?: unknown }).quality as string,
          ) &&
          typeof (choice as { why?: unknown }).why === 'string',
      ),
  );
}
