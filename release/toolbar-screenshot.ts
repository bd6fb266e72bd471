/**
 * `npm run screenshot:toolbar [-- DIR]`: docs/toolbar-light.png and docs/toolbar-dark.png, the
 * browser's real toolbar with the extension pinned and its badge counting the demo shop's
 * widget and trackers, in Chromium's light and dark themes, at 1x (the 16 px icon) and 2x (the
 * 32 px one). Automation cannot see the browser's own UI, so Chromium runs with a window on a
 * virtual X display (Xvfb) and ImageMagick's `import` reads the screen.
 */
import { execFile } from 'node:child_process';
import { readFile, rm, mkdtemp } from 'node:fs/promises';
import { existsSync, realpathSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import type { Browser } from 'puppeteer';
import { ensureChromeBuild } from '../cli/extension-build';
import { FixtureServer } from '../cli/fixture-server';
import { launchBrowser, currentWorker } from '../cli/launch-browser';
import { tabIdOf, visit } from '../cli/scanner';
import { addDemoSite } from '../demo/site';
import { unpackedExtensionId } from '../lib/chromium/unpacked-extension-id';
import { toolbarSheetHtml, type ToolbarCapture } from '../lib/brand/toolbar-sheet';
import { startXvfb } from './xvfb';

const run = promisify(execFile);
const importPath = '/usr/bin/import';
/** The window, in CSS pixels: wide enough for a tab, the address bar and the extension icons. */
const windowSize = { width: 720, height: 360 };
/** Tab strip and toolbar, in CSS pixels. */
const toolbarHeight = 92;

const themes = [
  { name: 'light', args: [] as string[] },
  { name: 'dark', args: ['--force-dark-mode'] },
] as const;

async function badgeOf(browser: Browser, tabId: number): Promise<string> {
  const worker = await currentWorker(browser);
  return worker.evaluate((id: number) => (globalThis as unknown as { chrome: { action: { getBadgeText(details: object): Promise<string> } } }).chrome.action.getBadgeText({ tabId: id }), tabId);
}

/** Chromium with its window on the display, the shop open, the badge set; the toolbar read off the screen. */
async function captureToolbar(display: string, extensionDir: string, server: FixtureServer, themeArgs: readonly string[], scale: number, file: string): Promise<void> {
  // Chromium hashes the absolute path with symbolic links resolved.
  const extensionId = unpackedExtensionId(realpathSync(extensionDir));
  process.env.DISPLAY = display;
  const launched = await launchBrowser({
    extensionDir,
    headless: false,
    extraArgs: [...server.chromiumArgs(), '--window-position=0,0', `--window-size=${windowSize.width},${windowSize.height}`, `--force-device-scale-factor=${scale}`, ...themeArgs],
    preferences: { extensions: { pinned_extensions: [extensionId] } },
  });
  try {
    if (launched.extensionId !== extensionId) throw new Error(`the extension got id ${launched.extensionId}, not ${extensionId}: it would not be pinned`);
    const page = await launched.browser.newPage();
    for (const other of await launched.browser.pages()) if (other !== page) await other.close();
    // Plain HTTP on 127.0.0.1: the fixture server's HTTPS side has a test certificate, which the
    // address bar would flag as "Not secure" beside the icons this picture is about.
    await visit(page, `${server.origin}/shop.html`, 30_000, 0);
    const tabId = await tabIdOf(launched.browser, page);
    const deadline = Date.now() + 15_000;
    while ((await badgeOf(launched.browser, tabId)) === '') {
      if (Date.now() > deadline) throw new Error('the badge stayed empty on the demo shop');
      await new Promise((done) => setTimeout(done, 200));
    }
    await page.bringToFront();
    // Let the toolbar repaint with the badge.
    await new Promise((done) => setTimeout(done, 1500));
    const crop = `${windowSize.width * scale}x${toolbarHeight * scale}+0+0`;
    await run(importPath, ['-display', display, '-window', 'root', '-crop', crop, '+repage', file]);
  } finally {
    await launched.close();
  }
}

async function main(): Promise<void> {
  const dir = resolve(process.argv[2] ?? 'docs');
  if (!existsSync(importPath)) throw new Error('ImageMagick import not found: apt-get install -y imagemagick');
  const extensionDir = ensureChromeBuild((line) => console.error(line));
  const work = await mkdtemp(join(tmpdir(), 'privacy-inspector-toolbar-'));
  const xvfb = await startXvfb();
  const server = await new FixtureServer().start();
  addDemoSite(server, { styled: true });
  try {
    for (const theme of themes) {
      const captures: ToolbarCapture[] = [];
      for (const scale of [1, 2]) {
        const file = join(work, `${theme.name}-${scale}x.png`);
        await captureToolbar(xvfb.display, extensionDir, server, theme.args, scale, file);
        const png = await readFile(file);
        captures.push({
          label: `${scale}x screen: the ${16 * scale} px icon`,
          dataUrl: `data:image/png;base64,${png.toString('base64')}`,
          width: windowSize.width * scale,
          height: toolbarHeight * scale,
        });
      }
      // The sheet is drawn headless, at 1 device pixel per CSS pixel, so each capture keeps its pixels.
      const sheet = await launchBrowser({});
      try {
        const page = await sheet.browser.newPage();
        await page.setViewport({ width: 800, height: 600, deviceScaleFactor: 1 });
        await page.setContent(toolbarSheetHtml(captures, theme.name === 'dark'), { waitUntil: 'load' });
        const body = await page.$('body');
        const path = join(dir, `toolbar-${theme.name}.png`) as `${string}.png`;
        await body!.screenshot({ path });
        console.log(path);
      } finally {
        await sheet.close();
      }
    }
  } finally {
    await server.stop();
    await xvfb.stop();
    await rm(work, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  console.error(`[toolbar] ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 1;
});
