/**
 * What the record's islands render before hydration (and without JavaScript), what they load, and the
 * shared view they read. Their behaviour in a browser is covered by the e2e tests.
 */
import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { renderToString } from 'react-dom/server';
import { describe, expect, test, vi } from 'vitest';
import MyLearning from '../../../src/record/components/MyLearning';
import RecordTools from '../../../src/record/components/RecordTools';
import { createLearningRecord } from '../../../src/record/create';
import { contentIdOf } from '../../../src/record/xapi/statements';
import { createRecordView } from '../../../src/record/view';
import { catalogue } from '../../fixtures/records/catalogue';

describe('before hydration, and without JavaScript', () => {
  test('record tools: nothing until the record is known', () => {
    expect(renderToString(<RecordTools />)).toBe('');
  });

  test('My learning says where progress lives instead of an empty list', () => {
    expect(renderToString(<MyLearning catalogue={catalogue} />)).toBe(
      '<p class="record-loading">Your progress is kept in this browser, and appears here once the page has loaded. If it does not, check that JavaScript is turned on.</p>',
    );
  });
});

describe('what islands load', () => {
  const root = resolve(dirname(fileURLToPath(import.meta.url)), '../../..');
  const islands = ['MyLearning', 'RecordTools'];

  /** Modules a file imports for their values at load time (not `import type`, not `import()`). */
  function staticImports(file: string): string[] {
    const source = readFileSync(file, 'utf8');
    const found: string[] = [];
    const pattern = /^(?:import|export)\s+(type\s+)?(?:[^'";]*?\sfrom\s+)?['"]([^'"]+)['"]/gm;
    for (const match of source.matchAll(pattern)) {
      if (!match[1] && match[2]) found.push(match[2]);
    }
    return found;
  }

  function resolveLocal(from: string, specifier: string): string | null {
    if (!specifier.startsWith('.')) return null;
    const base = resolve(dirname(from), specifier);
    for (const candidate of [`${base}.ts`, `${base}.tsx`, `${base}/index.ts`]) {
      try {
        readFileSync(candidate);
        return candidate;
      } catch {
        // try the next extension
      }
    }
    throw new Error(`cannot resolve ${specifier} from ${from}`);
  }

  function packagesLoadedBy(entry: string): Set<string> {
    const seen = new Set<string>();
    const packages = new Set<string>();
    const queue = [entry];
    while (queue.length) {
      const file = queue.pop();
      if (!file || seen.has(file)) continue;
      seen.add(file);
      for (const specifier of staticImports(file)) {
        const local = resolveLocal(file, specifier);
        if (local) queue.push(local);
        else packages.add(specifier);
      }
    }
    return packages;
  }

  test.each(islands)('%s loads no Dexie and no full zod up front', (name) => {
    const packages = packagesLoadedBy(resolve(root, `src/record/components/${name}.tsx`));
    expect(packages.has('react')).toBe(true);
    expect(
      [...packages].filter((p) => p === 'dexie' || p === 'zod' || p.startsWith('zod/v')),
    ).toEqual([]);
  });

  test.each(['mark-done-element', 'storage-notice-element', 'course-progress-element'])(
    '%s loads no framework, no Dexie and no full zod up front',
    (name) => {
      const packages = packagesLoadedBy(resolve(root, `src/record/components/${name}.ts`));
      expect([...packages].filter((p) => p !== 'zod/mini')).toEqual([]);
    },
  );

  test('the checker does see Dexie where it is imported', () => {
    expect(packagesLoadedBy(resolve(root, 'src/record/dexie-store.ts')).has('dexie')).toBe(true);
  });
});

describe('the shared record view', () => {
  test('starts loading, becomes ready with the record, follows new statements, and stops', async () => {
    const record = await createLearningRecord({ databaseName: 'view-test', storage: undefined });
    const view = createRecordView(() => Promise.resolve(record));
    expect(view.getSnapshot()).toEqual({ phase: 'loading' });
    const onChange = vi.fn();
    const stop = view.subscribe(onChange);
    await vi.waitFor(() => expect(view.getSnapshot().phase).toBe('ready'));

    await record.record({
      verb: 'completed',
      activity: { kind: 'lesson', id: 'what-you-own', title: 'What you own' },
    });
    await vi.waitFor(() => {
      const snapshot = view.getSnapshot();
      expect(snapshot.phase === 'ready' && snapshot.statements.map(contentIdOf)).toEqual([
        'what-you-own',
      ]);
    });
    const first = view.getSnapshot();
    expect(view.getSnapshot()).toBe(first);

    stop();
    const calls = onChange.mock.calls.length;
    await record.record({
      verb: 'completed',
      activity: { kind: 'lesson', id: 'up-and-out', title: 'Up and out' },
    });
    await new Promise((r) => setTimeout(r, 50));
    expect(onChange.mock.calls.length).toBe(calls);
    expect(view.getServerSnapshot()).toEqual({ phase: 'loading' });
    record.close();
  });
});
