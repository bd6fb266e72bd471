import type { LaunchedBrowser } from '../cli/launch-browser';
import { tabIdOf } from '../cli/scanner';

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Blocks one target everywhere in a freshly launched extension the way a person does: the
 * `block` action sent from an extension page for a tab showing `pageUrl` (the popup's own
 * message), then waits until its declarativeNetRequest rule is in force.
 */
export async function blockEverywhere(launched: LaunchedBrowser, pageUrl: string, targetId: string): Promise<void> {
  const { browser, extensionId, worker } = launched;
  if (!extensionId || !worker) throw new Error('no extension to set up');
  const page = await browser.newPage();
  const extensionPage = await browser.newPage();
  try {
    await page.goto(pageUrl, { waitUntil: 'load' });
    const tabId = await tabIdOf(browser, page);
    await extensionPage.goto(`chrome-extension://${extensionId}/options.html`, { waitUntil: 'load' });
    const reply = await extensionPage.evaluate(
      (message) => (globalThis as unknown as { chrome: { runtime: { sendMessage(message: unknown): Promise<{ ok: boolean; error?: string }> } } }).chrome.runtime.sendMessage(message),
      { type: 'block', tabId, targetId, scope: 'everywhere', mode: 'block' },
    );
    if (!reply?.ok) throw new Error(`block ${targetId}: ${reply?.error ?? 'no reply'}`);
    for (let tries = 0; tries < 50; tries++) {
      const rules = await worker.evaluate(async () => (await (globalThis as unknown as { chrome: { declarativeNetRequest: { getDynamicRules(): Promise<unknown[]> } } }).chrome.declarativeNetRequest.getDynamicRules()).length);
      if (rules > 0) return;
      await sleep(100);
    }
    throw new Error(`block ${targetId}: no rule came into force`);
  } finally {
    await page.close();
    await extensionPage.close();
  }
}
