/**
 * A crawl whose terminal closes must stop as with Ctrl-C, its files whole. A write to the closed
 * terminal fails (EIO) and can come before the kernel's hang-up is handled; unheard, that error
 * ends the process before it has written its sidecar. Run under `script`, which gives the program
 * a terminal of its own, then closed by killing `script`, as a window or an ssh session closes.
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const REPO = resolve(__dirname, '..', '..', '..');
const PROGRAM = join(REPO, 'tests', 'fixtures', 'terminal', 'writes-until-hangup.ts');
const dir = mkdtempSync(join(tmpdir(), 'pi-terminal-gone-'));

const readLog = (log: string) => (existsSync(log) ? readFileSync(log, 'utf8').trim().split('\n') : []);

async function waitFor(check: () => boolean, what: string): Promise<void> {
  for (let tries = 0; tries < 400; tries++) {
    if (check()) return;
    await new Promise((done) => setTimeout(done, 50));
  }
  throw new Error(`gave up waiting for ${what}`);
}

/** Runs the program in a terminal, closes the terminal once it writes, and returns its log. */
async function closeTerminalUnder(name: string, ...options: string[]): Promise<string[]> {
  const log = join(dir, `${name}.log`);
  const command = [process.execPath, '--import', 'tsx', PROGRAM, log, ...options].map((arg) => `'${arg}'`).join(' ');
  const terminal = spawn('script', ['-qfec', command, '/dev/null'], { cwd: REPO, stdio: ['pipe', 'ignore', 'ignore'] });
  await waitFor(() => readLog(log).includes('started'), `${name} to start`);
  // Let a few redraws through, so the next one may land after the terminal is gone.
  await new Promise((done) => setTimeout(done, 100));
  terminal.kill('SIGKILL');
  await waitFor(() => readLog(log).some((line) => line.startsWith('exit ')), `${name} to exit`);
  return readLog(log);
}

const CLEAN = ['started', 'stopping', 'stopped', 'exit 0'];

describe('a terminal closing under a program that writes to it', () => {
  it('stops it cleanly, whichever comes first, the hang-up or a failed write', async () => {
    for (let run = 0; run < 3; run++) expect(await closeTerminalUnder(`watched-${run}`)).toEqual(CLEAN);
  }, 60_000);

  it('stops it cleanly on the failed write alone', async () => {
    expect(await closeTerminalUnder('write-only', 'hangup-unheard')).toEqual(CLEAN);
  }, 30_000);

  it('and without watching the streams, that failed write ends it before it stops (the crawl bug)', async () => {
    expect(await closeTerminalUnder('unwatched', 'hangup-unheard', 'without-watch')).toEqual(['started', 'uncaught EIO', 'exit 1']);
  }, 30_000);
});
