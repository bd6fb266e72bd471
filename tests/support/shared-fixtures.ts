/**
 * Where the real policies shared with this project live: `$SHARED_FIXTURES`, or `../shared/fixtures`
 * beside the repository (where CI has it). Real policies' text is not committed here, so a fresh
 * clone has no such folder: the tests that read it are skipped with a notice naming the variable.
 */
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const SHARED_FIXTURES_VARIABLE = 'SHARED_FIXTURES';

const REPO_ROOT = resolve(fileURLToPath(new URL('.', import.meta.url)), '..', '..');

/** The shared fixtures folder (it holds `policies/` and `policies-dev/`). */
export const sharedFixturesDir: string = resolve(process.env[SHARED_FIXTURES_VARIABLE] || resolve(REPO_ROOT, '..', 'shared', 'fixtures'));

/** A path inside the shared fixtures folder. */
export function sharedFixture(...parts: string[]): string {
  return resolve(sharedFixturesDir, ...parts);
}

/**
 * True when `parts` exists in the shared folder; otherwise false, after a one-line notice on
 * stderr saying what is skipped and how to point the tests at the folder.
 */
export function hasSharedFixture(what: string, ...parts: string[]): boolean {
  if (existsSync(sharedFixture(...parts))) return true;
  console.warn(`[shared fixtures] skipped: ${what}; ${sharedFixture(...parts)} not found (set ${SHARED_FIXTURES_VARIABLE} to the folder holding policies/ and policies-dev/)`);
  return false;
}
