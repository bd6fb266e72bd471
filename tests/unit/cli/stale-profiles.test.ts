import { mkdirSync, mkdtempSync, rmSync, symlinkSync, utimesSync, existsSync } from 'node:fs';
import { hostname, tmpdir } from 'node:os';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { profilePrefix, removeStaleProfiles } from '../../../cli/stale-profiles';

/** A pid that has certainly ended: a child that ran and was reaped. */
function endedPid(): number {
  return Number(spawnSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))']).stdout.toString());
}

describe('removeStaleProfiles', () => {
  let temp: string;
  beforeEach(() => {
    temp = mkdtempSync(join(tmpdir(), 'stale-profiles-test-'));
  });
  afterEach(() => rmSync(temp, { recursive: true, force: true }));

  function profile(name: string, lock: string | null, ageMs = 0): string {
    const dir = join(temp, profilePrefix + name);
    mkdirSync(join(dir, 'Default'), { recursive: true });
    if (lock !== null) symlinkSync(lock, join(dir, 'SingletonLock'));
    const at = (Date.now() - ageMs) / 1000;
    utimesSync(dir, at, at);
    return dir;
  }

  it('removes profiles whose browser ended and keeps those still in use or being set up', () => {
    const host = hostname();
    const dead = profile('dead', `${host}-${endedPid()}`);
    const alive = profile('alive', `${host}-${process.pid}`);
    const otherHost = profile('other', `not-${host}-12345`);
    const fresh = profile('fresh', null, 60_000);
    const abandoned = profile('abandoned', null, 60 * 60_000);
    const unrelated = join(temp, 'someone-elses-profile');
    mkdirSync(unrelated);

    expect(removeStaleProfiles(temp)).toBe(2);
    expect(existsSync(dead)).toBe(false);
    expect(existsSync(abandoned)).toBe(false);
    expect(existsSync(alive)).toBe(true);
    expect(existsSync(otherHost)).toBe(true);
    expect(existsSync(fresh)).toBe(true);
    expect(existsSync(unrelated)).toBe(true);
  });

  it('does nothing for a folder that cannot be read', () => {
    expect(removeStaleProfiles(join(temp, 'missing'))).toBe(0);
  });
});
