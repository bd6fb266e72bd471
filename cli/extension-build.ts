import { existsSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const projectRoot = join(dirname(fileURLToPath(import.meta.url)), '..');
export const chromeBuildDir = join(projectRoot, '.output', 'chrome-mv3');

/** The unpacked Chrome build, built first when missing (e.g. right after `npm ci`). */
export function ensureChromeBuild(log: (line: string) => void): string {
  if (existsSync(join(chromeBuildDir, 'manifest.json'))) return chromeBuildDir;
  log('[scan] building the extension first (npm run build)…');
  const result = spawnSync(process.execPath, [join(projectRoot, 'node_modules', 'wxt', 'bin', 'wxt.mjs'), 'build'], {
    cwd: projectRoot,
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  if (result.status !== 0 || !existsSync(join(chromeBuildDir, 'manifest.json'))) {
    throw new Error('could not build the extension: run `npm run build` and read its errors');
  }
  return chromeBuildDir;
}
