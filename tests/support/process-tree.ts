/**
 * A process and everything it started, read from /proc (Linux): a crawl's browsers are its
 * grandchildren, and puppeteer starts each in its own process group, so neither a kill of the
 * crawl's group nor of the crawl alone reaches them. Tests kill a crawl's whole tree with it;
 * the benchmark sums its memory.
 */
import { readFileSync, readdirSync } from 'node:fs';

function childrenByParent(): Map<number, number[]> {
  const children = new Map<number, number[]>();
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      // The parent is the 4th field of /proc/PID/stat, after the name in parentheses (which may hold spaces).
      const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
      const parent = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      children.set(parent, [...(children.get(parent) ?? []), Number(entry)]);
    } catch {
      // gone meanwhile
    }
  }
  return children;
}

/** `pid` and all its descendants that run now. */
export function processTree(pid: number): number[] {
  const children = childrenByParent();
  const tree: number[] = [];
  const pending = [pid];
  while (pending.length) {
    const next = pending.pop()!;
    tree.push(next);
    pending.push(...(children.get(next) ?? []));
  }
  return tree;
}

/** Resident memory of `pids` together, in bytes (processes gone meanwhile count 0). */
export function residentBytes(pids: readonly number[]): number {
  let total = 0;
  for (const pid of pids) {
    try {
      const match = /^VmRSS:\s+(\d+) kB/m.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
      if (match) total += Number(match[1]) * 1024;
    } catch {
      // gone
    }
  }
  return total;
}

/** SIGKILLs `pids` (those still there). */
export function killAll(pids: readonly number[]): void {
  for (const pid of pids) {
    try {
      process.kill(pid, 'SIGKILL');
    } catch {
      // gone
    }
  }
}

/**
 * Proportional memory of `pids` together, in bytes: each shared page counted once over the
 * processes sharing it (/proc/PID/smaps_rollup's Pss), which resident memory counts in each.
 */
export function proportionalBytes(pids: readonly number[]): number {
  let total = 0;
  for (const pid of pids) {
    try {
      const match = /^Pss:\s+(\d+) kB/m.exec(readFileSync(`/proc/${pid}/smaps_rollup`, 'utf8'));
      if (match) total += Number(match[1]) * 1024;
    } catch {
      // gone, or not readable
    }
  }
  return total;
}

/** The command line of `pid` ('' when gone). */
export function commandLineOf(pid: number): string {
  try {
    return readFileSync(`/proc/${pid}/cmdline`, 'utf8').replace(/\0/g, ' ');
  } catch {
    return '';
  }
}

/** The processes `pid` started itself (its children, not theirs). */
export function childrenOf(pid: number): number[] {
  return childrenByParent().get(pid) ?? [];
}
