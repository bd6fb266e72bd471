import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'puppeteer';
import type { LaunchedBrowser } from '../cli/launch-browser';
import { syntheticHistoryFile } from '../tests/fixtures/history/synthetic-history';

/** The dashboard in a new tab, once its first render with the history in it is done. */
export async function openDashboard(browser: Browser, extensionId: string, viewport = { width: 1280, height: 900 }): Promise<Page> {
  const page = await browser.newPage();
  await page.setViewport({ ...viewport, deviceScaleFactor: 1 });
  await page.goto(`chrome-extension://${extensionId}/dashboard.html`);
  await page.waitForSelector('html[data-ready="true"]', { timeout: 30_000 });
  return page;
}

/**
 * Puts `count` made-up sites into the history through the dashboard's own import (the file
 * input, the line checks, one IndexedDB transaction), as a person importing an export would.
 */
export async function importSyntheticHistory(page: Page, count: number): Promise<void> {
  const dir = await mkdtemp(join(tmpdir(), 'privacy-inspector-history-'));
  try {
    const file = join(dir, `history-${count}.jsonl`);
    await writeFile(file, syntheticHistoryFile(count));
    const input = await page.waitForSelector('input[data-action="import"]');
    await input!.uploadFile(file);
    await page.waitForFunction(
      (expected: string) => document.querySelector('[data-problem]') !== null || (document.querySelector('[data-notice="imported"]') !== null && document.querySelector('[data-counts]')?.getAttribute('data-counts') === expected),
      { timeout: 120_000 },
      String(count),
    );
    const problem = await page.$eval('[data-problem]', (element) => element.textContent).catch(() => null);
    if (problem) throw new Error(`the import was refused: ${problem}`);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

/** Switches one of the options page's switches, with the options page's own message. */
export async function setOption(launched: LaunchedBrowser, option: 'history' | 'autoconsent' | 'privacy-signals', enabled: boolean): Promise<void> {
  if (!launched.extensionId) throw new Error('no extension to set up');
  const page = await launched.browser.newPage();
  try {
    await page.goto(`chrome-extension://${launched.extensionId}/options.html`, { waitUntil: 'load' });
    const reply = await page.evaluate(
      (message) => (globalThis as unknown as { chrome: { runtime: { sendMessage(message: unknown): Promise<{ ok: boolean; error?: string }> } } }).chrome.runtime.sendMessage(message),
      { type: 'set-option', option, enabled },
    );
    if (!reply?.ok) throw new Error(`set-option ${option}: ${reply?.error ?? 'no reply'}`);
  } finally {
    await page.close();
  }
}
