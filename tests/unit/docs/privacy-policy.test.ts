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

  // Each of these three was misread once: a vendor's possessive taken for a recipient, minutes
  // not read as a period, and the "not" of "Because we do not track you," reaching the main clause.
  it('shares with no one (not "service providers" from "a widget vendor\'s policy")', () =>
    expect(facts.sharing?.value).toEqual([]));
  it('keeps undo records 30 minutes', () => {
    expect(facts.retention?.value).toBe('fixed');
    expect((facts.retention as { periods?: unknown } | undefined)?.periods).toEqual(['30 minutes']);
  });
  it('honours Do Not Track', () => expect(facts.dnt?.value).toBe('honored'));
});
