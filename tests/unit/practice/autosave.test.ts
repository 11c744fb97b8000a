import { expect, test } from 'vitest';
import { autosaver, type SaveState } from '../../../src/practice/autosave';
import type { WriteOutcome } from '../../../src/record/api';

function slowDisk(outcome: WriteOutcome = { saved: true }) {
  const written: string[] = [];
  const write = async (draft: string) => {
    await new Promise((resolve) => setTimeout(resolve, 5));
    written.push(draft);
    return outcome;
  };
  return { written, write };
}

test('while one write is in flight, only the newest draft waits: the latest words land', async () => {
  const { written, write } = slowDisk();
  const states: SaveState[] = [];
  const saver = autosaver(write, (state) => states.push(state));
  for (const draft of ['D', 'Do', 'Don', 'Done']) saver.save(draft);
  await saver.flush();
  expect(written).toEqual(['D', 'Done']);
  expect(states.at(-1)).toBe('saved');
});

test('the state says what happened to the latest draft, not to one a newer draft replaced', async () => {
  const states: SaveState[] = [];
  let calls = 0;
  const saver = autosaver(
    (draft: string) =>
      new Promise<{ saved: boolean; reason?: 'full' }>((resolve) =>
        setTimeout(() => {
          calls += 1;
          resolve(draft === 'old' ? { saved: false, reason: 'full' } : { saved: true });
        }, 5),
      ) as ReturnType<Parameters<typeof autosaver<string>>[0]>,
    (state) => states.push(state),
  );
  saver.save('old');
  saver.save('new');
  await saver.flush();
  expect(calls).toBe(2);
  expect(states).toEqual(['saving', 'saving', 'saved']);
});

test('a write that does not reach lasting storage says so', async () => {
  const { write } = slowDisk({ saved: false, reason: 'full' });
  const states: SaveState[] = [];
  const saver = autosaver(write, (state) => states.push(state));
  saver.save('text');
  await saver.flush();
  expect(states).toEqual(['saving', 'not-saved']);
});

test('a write that throws says it was not saved, and later drafts are still written', async () => {
  let calls = 0;
  const written: string[] = [];
  const states: SaveState[] = [];
  const saver = autosaver(
    (draft: string) => {
      calls += 1;
      if (calls === 1) return Promise.reject(new Error('quota'));
      written.push(draft);
      return Promise.resolve({ saved: true } as const);
    },
    (state) => states.push(state),
  );
  saver.save('first');
  await saver.flush();
  expect(states.at(-1)).toBe('not-saved');
  saver.save('second');
  await saver.flush();
  expect(written).toEqual(['second']);
  expect(states.at(-1)).toBe('saved');
});
