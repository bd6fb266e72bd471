import { join } from 'node:path';
import { readFileSync } from 'node:fs';
import { projectRoot } from '../cli/extension-build';

/** Where `wxt zip` writes, and the store listing beside it. */
export const outputDir = join(projectRoot, '.output');

/** The one version: package.json's; WXT writes it into both manifests and the zip names. */
export function packageVersion(): string {
  const manifest = JSON.parse(readFileSync(join(projectRoot, 'package.json'), 'utf8')) as { version: string };
  return manifest.version;
}

/** The three files a release uploads (names from WXT's default templates). */
export function packageFiles(version = packageVersion()): readonly string[] {
  return [`privacy-inspector-${version}-chrome.zip`, `privacy-inspector-${version}-firefox.zip`, `privacy-inspector-${version}-sources.zip`];
}

/** The checksum list, in the format `sha256sum -c` reads. */
export const checksumFile = 'SHA256SUMS';
