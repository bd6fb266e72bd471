import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';

const root = join(import.meta.dirname, '..', '..', '..');

/** The extension's own policy, read by the real command: `privacy-inspector analyze --json docs/PRIVACY.md`. */
function analyseOwnPolicy(): { facts: Record<string, { value: unknown }> } {
  const result = spawnSync(process.execPath, [join(root, 'cli', 'bin.js'), 'analyze', '--json', 'docs/PRIVACY.md'], { cwd: root, encoding: 'utf8' });
  if (result.status !== 0) throw new Error(`analyze failed: ${result.stderr}`);
  return JSON.parse(result.stdout) as { facts: Record<string, { value: unknown }> };
}

describe('docs/PRIVACY.md, read back by our own analyser', () => {
  const { facts } = analyseOwnPolicy();

  it('says it does not sell data', () => expect(facts.sellsData?.value).toBe(false));
  it('names 13 as the children age', () => expect(facts.childAge?.value).toBe(13));
  it('gives its contact address', () => expect(facts.contacts?.value).toEqual(['privacy@privacy-inspector.dev']));

  // The analyser misreads these honest sentences today (reported for the analyser's owner; its
  // code is not changed here). `it.fails` passes while the misreading lasts and fails the day it
  // is read right: then drop `.fails`.
  it.fails('shares with no one (today: "service providers", from the sentence about fetching a widget vendor\'s policy)', () =>
    expect(facts.sharing?.value).toEqual([]));
  it.fails('keeps undo records 30 minutes (today: retention "unspecified")', () => expect(facts.retention?.value).not.toBe('unspecified'));
  it.fails('honours Do Not Track (today: "unspecified")', () => expect(facts.dnt?.value).not.toBe('unspecified'));
});
