/**
 * The one connection to the LMS's SCORM API for a launch: found the way the standards say (the API
 * object on a parent frame or the opener, and their parents), initialised once, finished once. A
 * session allows one Initialize: a second fails (error 101), one after Terminate fails (104); so only
 * the launch page holds this, and the course pages it shows never speak to the LMS themselves.
 */
import type { ScormVersion } from './cmi';

interface Scorm12Api {
  LMSInitialize(empty: ''): string;
  LMSGetValue(key: string): string;
  LMSSetValue(key: string, value: string): string;
  LMSCommit(empty: ''): string;
  LMSFinish(empty: ''): string;
  LMSGetLastError(): string;
}

interface Scorm2004Api {
  Initialize(empty: ''): string;
  GetValue(key: string): string;
  SetValue(key: string, value: string): string;
  Commit(empty: ''): string;
  Terminate(empty: ''): string;
  GetLastError(): string;
}

export interface LmsConnection {
  version: ScormVersion;
  get(key: string): string;
  /** Keys the LMS refused, with its error code. */
  set(values: readonly [string, string][]): string[];
  commit(): boolean;
  finish(): boolean;
}

const API_NAME: Record<ScormVersion, string> = { '1.2': 'API', '2004': 'API_1484_11' };
/** How far up the frames to look: the standards' own examples stop at 7 (SCORM 1.2) or 500. */
const MOST_PARENTS = 10;

function apiOn(start: Window | null, name: string): unknown {
  let frame = start;
  for (let hops = 0; frame && hops <= MOST_PARENTS; hops += 1) {
    try {
      const api = (frame as unknown as Record<string, unknown>)[name];
      if (api) return api;
    } catch {
      return undefined; // a frame of another origin: the API is not there
    }
    if (frame.parent === frame) break;
    frame = frame.parent;
  }
  return undefined;
}

export function findApi(self: Window, version: ScormVersion): unknown {
  const name = API_NAME[version];
  return (
    apiOn(self.parent === self ? null : self.parent, name) ??
    apiOn(self.opener as Window | null, name)
  );
}

const ok = (answer: string) => answer === 'true';

/** Opens the session, or returns undefined if the LMS has no API here or refuses to start. */
export function connect(self: Window, version: ScormVersion): LmsConnection | undefined {
  const found = findApi(self, version);
  if (!found) return undefined;
  if (version === '1.2') {
    const api = found as Scorm12Api;
    if (!ok(api.LMSInitialize(''))) return undefined;
    return {
      version,
      get: (key) => api.LMSGetValue(key) ?? '',
      set: (values) =>
        values.flatMap(([key, value]) =>
          ok(api.LMSSetValue(key, value)) ? [] : [`${key} (${api.LMSGetLastError()})`],
        ),
      commit: () => ok(api.LMSCommit('')),
      finish: () => ok(api.LMSFinish('')),
    };
  }
  const api = found as Scorm2004Api;
  if (!ok(api.Initialize(''))) return undefined;
  return {
    version,
    get: (key) => api.GetValue(key) ?? '',
    set: (values) =>
      values.flatMap(([key, value]) =>
        ok(api.SetValue(key, value)) ? [] : [`${key} (${api.GetLastError()})`],
      ),
    commit: () => ok(api.Commit('')),
    finish: () => ok(api.Terminate('')),
  };
}
