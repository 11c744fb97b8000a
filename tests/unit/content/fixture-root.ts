/**
 * A content root for checks tests: the good fixture course with a case laid over it, so each case
 * differs from good content in one way only. Roots are made in the system's temp folder and removed
 * by `removeFixtureRoots` (call it in `afterAll`).
 */
import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { validateContent } from '../../../src/content/integration';

const fixtures = join(import.meta.dirname, '../../fixtures/content');
const made: string[] = [];

/** `overlay`: a folder under tests/fixtures/content/bad/, or files by their path in the root. */
export function fixtureRoot(overlay?: string | Record<string, string>): string {
  const root = mkdtempSync(join(tmpdir(), 'sideline-content-'));
  made.push(root);
  cpSync(join(fixtures, 'good'), root, { recursive: true });
  if (typeof overlay === 'string') cpSync(join(fixtures, 'bad', overlay), root, { recursive: true });
  for (const [path, text] of Object.entries(typeof overlay === 'object' ? overlay : {})) {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), text);
  }
  return root;
}

/** The build's message for content that must fail; throws if it passes. */
export function problemsIn(overlay: string | Record<string, string>): string {
  try {
    validateContent(fixtureRoot(overlay));
  } catch (error) {
    return (error as Error).message;
  }
  throw new Error(`The content passed, but it should fail: ${JSON.stringify(overlay).slice(0, 80)}`);
}

export function removeFixtureRoots(): void {
  for (const root of made.splice(0)) rmSync(root, { recursive: true, force: true });
}
