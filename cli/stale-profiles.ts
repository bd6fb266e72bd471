import { lstatSync, readdirSync, readlinkSync, rmSync } from 'node:fs';
import { hostname } from 'node:os';
import { join } from 'node:path';

/** Every browser profile this command line makes starts with this, in the system's temp folder. */
export const profilePrefix = 'privacy-inspector-profile-';

/** A profile without a browser's lock younger than this may be one still being set up. */
const unlockedGraceMs = 10 * 60_000;

function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: it exists but belongs to someone else.
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * Whether a profile folder was left behind by a process that was killed (SIGKILL, a crash, a
 * closed terminal): its browser ended with it, as it is connected by a pipe, but nobody removed
 * the folder. Chromium keeps a `SingletonLock` symbolic link to "host-pid" while it runs.
 */
export function isStaleProfile(dir: string, now = Date.now(), host = hostname()): boolean {
  let lock: string | null = null;
  try {
    lock = readlinkSync(join(dir, 'SingletonLock'));
  } catch {
    lock = null;
  }
  if (lock === null) return now - lstatSync(dir).mtimeMs > unlockedGraceMs;
  const match = /^(.*)-(\d+)$/.exec(lock);
  if (!match || match[1] !== host) return false;
  return !isRunning(Number(match[2]));
}

/**
 * Removes profiles of earlier runs that were killed, so that a crawl killed again and again does
 * not fill the disk with browser profiles (tens of MB each). Returns how many were removed.
 */
export function removeStaleProfiles(tempDir: string, now = Date.now()): number {
  let removed = 0;
  let names: string[];
  try {
    names = readdirSync(tempDir).filter((name) => name.startsWith(profilePrefix));
  } catch {
    return 0;
  }
  for (const name of names) {
    const dir = join(tempDir, name);
    try {
      if (!lstatSync(dir).isDirectory() || !isStaleProfile(dir, now)) continue;
      rmSync(dir, { recursive: true, force: true });
      removed++;
    } catch {
      // Gone already, or not ours to remove: leave it.
    }
  }
  return removed;
}
