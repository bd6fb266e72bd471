import { createHash } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { checksumFile, outputDir, packageFiles } from './packages';

/**
 * `npm run zip`'s last step: SHA-256 of the three packages into .output/SHA256SUMS, so that what a
 * store received can be checked against what was built (`cd .output && sha256sum -c SHA256SUMS`).
 */
export function writeChecksums(dir = outputDir, files = packageFiles()): string {
  const missing = files.filter((file) => !existsSync(join(dir, file)));
  if (missing.length > 0) throw new Error(`missing package ${missing.join(', ')} in ${dir}: run npm run zip`);
  const lines = files.map((file) => `${createHash('sha256').update(readFileSync(join(dir, file))).digest('hex')}  ${file}\n`);
  const path = join(dir, checksumFile);
  writeFileSync(path, lines.join(''));
  return path;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  try {
    console.log(`[release] checksums: ${writeChecksums()}`);
  } catch (error) {
    console.error(`[release] ${error instanceof Error ? error.message : String(error)}`);
    process.exitCode = 1;
  }
}
