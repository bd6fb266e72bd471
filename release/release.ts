import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { projectRoot } from '../cli/extension-build';
import { checksumFile, outputDir, packageFiles, packageVersion } from './packages';

/**
 * `npm run release`: from a clean, committed tree with a CHANGELOG entry for package.json's
 * version, runs the type check and every test, then writes the packages with their checksums. Stops at the first step that fails, before anything is written.
 */
function run(command: string, args: readonly string[]): void {
  console.log(`[release] ${command} ${args.join(' ')}`);
  const result = spawnSync(command, args, { cwd: projectRoot, stdio: 'inherit' });
  if (result.status !== 0) throw new Error(`${command} ${args.join(' ')} failed (exit ${result.status ?? result.signal})`);
}

function git(args: readonly string[]): string {
  const result = spawnSync('git', args, { cwd: projectRoot, encoding: 'utf8' });
  if (result.status !== 0) throw new Error(`git ${args.join(' ')}: ${result.stderr.trim() || 'failed'}`);
  return result.stdout;
}

function release(): void {
  const version = packageVersion();
  const changes = git(['status', '--porcelain']).trim();
  if (changes !== '') throw new Error(`the working tree is not clean (commit or stash first):\n${changes}`);
  const changelog = readFileSync(join(projectRoot, 'CHANGELOG.md'), 'utf8');
  if (!new RegExp(`^## \\[?${version.replaceAll('.', '\\.')}\\]?`, 'm').test(changelog)) {
    throw new Error(`CHANGELOG.md has no "## ${version}" section: say what this version changes first`);
  }
  run('npm', ['run', 'typecheck']);
  run('npm', ['test']);
  run('npm', ['run', 'zip']);
  const commit = git(['rev-parse', '--short', 'HEAD']).trim();
  console.log(`[release] ${version} from ${commit}:`);
  for (const file of [...packageFiles(version), checksumFile]) console.log(`  ${join(outputDir, file)}`);
}

try {
  release();
} catch (error) {
  console.error(`[release] ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 1;
}
