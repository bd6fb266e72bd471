import { afterAll, describe, expect, it } from 'vitest';
import { cp, mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import puppeteer from 'puppeteer';
import { chromeBuildDir } from '../../cli/extension-build';
import { baseChromiumFlags, chromiumPath } from '../../cli/launch-browser';

/** What chrome://extensions lists for an extension, read through the page's own API (chrome.developerPrivate). */
interface ExtensionProblems {
  readonly installWarnings: readonly string[];
  readonly manifestErrors: readonly string[];
  readonly runtimeErrors: readonly string[];
}

const temporary: string[] = [];
afterAll(async () => {
  for (const dir of temporary) await rm(dir, { recursive: true, force: true });
});

/**
 * Installs `extensionDir` the way *Load unpacked* does, in a profile already in developer mode
 * (Chromium records manifest errors only then, and not for --load-extension at start-up), and
 * reads what chrome://extensions shows for it once its worker has run.
 */
async function problemsOf(extensionDir: string): Promise<ExtensionProblems> {
  const profile = await mkdtemp(join(tmpdir(), 'privacy-inspector-devmode-'));
  temporary.push(profile);
  await mkdir(join(profile, 'Default'));
  await writeFile(join(profile, 'Default', 'Preferences'), JSON.stringify({ extensions: { ui: { developer_mode: true } } }));
  const browser = await puppeteer.launch({
    executablePath: chromiumPath(),
    headless: true,
    pipe: true,
    userDataDir: profile,
    args: [...baseChromiumFlags, '--enable-unsafe-extension-debugging'],
    ignoreDefaultArgs: ['--disable-extensions'],
  });
  try {
    const extensionId = await browser.installExtension(extensionDir);
    await browser.waitForTarget((target) => target.type() === 'service_worker' && target.url().startsWith(`chrome-extension://${extensionId}/`), { timeout: 30_000 });
    const page = await browser.newPage();
    await page.goto('chrome://extensions', { waitUntil: 'load' });
    return await page.evaluate(async (id: string) => {
      type Info = { id: string; installWarnings: string[]; manifestErrors: { message: string }[]; runtimeErrors: { message: string }[] };
      const api = (globalThis as unknown as { chrome: { developerPrivate: { getExtensionsInfo(options: object): Promise<Info[]> } } }).chrome.developerPrivate;
      const info = (await api.getExtensionsInfo({ includeDisabled: true, includeTerminated: true })).find((extension) => extension.id === id);
      if (!info) throw new Error(`chrome://extensions does not list ${id}`);
      return {
        installWarnings: info.installWarnings,
        manifestErrors: info.manifestErrors.map((error) => error.message),
        runtimeErrors: info.runtimeErrors.map((error) => error.message),
      };
    }, extensionId);
  } finally {
    await browser.close();
  }
}

describe("Chrome's own manifest checks", () => {
  it('chrome://extensions lists no warning or error for the build', async () => {
    expect(await problemsOf(chromeBuildDir)).toEqual({ installWarnings: [], manifestErrors: [], runtimeErrors: [] });
  });

  // Chromium accepts `browser_specific_settings` without a word (it is Firefox's, and Chromium
  // knows to ignore it); a Firefox-only key it does not know, `sidebar_action`, shows as an error.
  it('and would list one: the same build with a Firefox-only key Chromium does not know shows it', async () => {
    const copy = await mkdtemp(join(tmpdir(), 'privacy-inspector-manifest-'));
    temporary.push(copy);
    await cp(chromeBuildDir, copy, { recursive: true });
    const manifest = JSON.parse(await readFile(join(copy, 'manifest.json'), 'utf8')) as Record<string, unknown>;
    await writeFile(join(copy, 'manifest.json'), JSON.stringify({ ...manifest, sidebar_action: { default_panel: 'popup.html' } }));
    const problems = await problemsOf(copy);
    expect(problems.manifestErrors).toEqual(["Unrecognized manifest key 'sidebar_action'."]);
  });
});
