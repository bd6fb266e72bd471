import { describe, expect, it } from 'vitest';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { projectRoot } from '../../cli/extension-build';
import { allowanceFor, describeMessage, lintFirefoxBuild } from '../../release/mozilla-linter';
import { linterAllowances } from '../../release/linter-allowances';

const chromeBuild = join(projectRoot, '.output', 'chrome-mv3');
const firefoxBuild = join(projectRoot, '.output', 'firefox-mv3');
const manifestOf = (dir: string) => JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8')) as Record<string, unknown>;
const packageVersion = (JSON.parse(readFileSync(join(projectRoot, 'package.json'), 'utf8')) as { version: string }).version;

describe('the packages the stores receive', () => {
  it('are built (npm test builds both)', () => {
    expect(existsSync(join(chromeBuild, 'manifest.json')), 'run npm run build').toBe(true);
    expect(existsSync(join(firefoxBuild, 'manifest.json')), 'run npm run build:firefox').toBe(true);
  });

  it("each manifest holds only its browser's keys, and the version is package.json's", () => {
    const chrome = manifestOf(chromeBuild);
    const firefox = manifestOf(firefoxBuild);
    expect(chrome).not.toHaveProperty('browser_specific_settings');
    expect(firefox).toHaveProperty('browser_specific_settings.gecko.id');
    expect(chrome.version).toBe(packageVersion);
    expect(firefox.version).toBe(packageVersion);
  });

  it("Mozilla's linter finds no error, and no warning without its documented reason", async () => {
    const result = await lintFirefoxBuild(firefoxBuild);
    expect(result.errors.map(describeMessage)).toEqual([]);
    expect(result.notices.map(describeMessage)).toEqual([]);
    const unexplained = result.warnings.filter((warning) => allowanceFor(firefoxBuild, warning) === null);
    expect(unexplained.map(describeMessage)).toEqual([]);
    // Every allowance still needed, exactly once: a library update that drops one shows here.
    const used = result.warnings.map((warning) => allowanceFor(firefoxBuild, warning)?.library);
    expect(used.sort()).toEqual(linterAllowances.map((allowance) => allowance.library).sort());
  });
});
