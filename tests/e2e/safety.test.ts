import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { CDPSession, Page } from 'puppeteer';
import { startHarness, type Harness } from './support/harness';
import { allCookies, cookieKey, dynamicRules, openExtensionPage, openUrl, resetSettings, send } from './support/extension-pages';
import { pageHtml } from '../../demo/pages';
import type { Settings } from '../../lib/settings/settings';
import { pollUntil } from './support/poll';

/**
 * Only the extension's own pages may make it act. A web page has no channel to the background
 * at all (no externally_connectable), and the content scripts' channel, which every page can
 * drive once it compromises nothing more than its own renderer's isolated world, may only
 * report about its own tab: an action sent from there, even about another tab, is refused.
 */

let harness: Harness;
let control: Page;
const ATTACKER = 'attacker.example';

beforeAll(async () => {
  harness = await startHarness((server) => {
    server.route(ATTACKER, '/evil.html', { body: pageHtml('Evil', '<p>Nothing to see.</p>') });
  });
  control = await openExtensionPage(harness);
});

afterAll(async () => {
  await harness?.close();
});

const openPages: Page[] = [];
afterEach(async () => {
  for (const page of openPages.splice(0)) await page.close().catch(() => undefined);
  await resetSettings(control);
});

/** A victim tab with cookies of its own and of third parties. */
async function victimTab() {
  const victim = await harness.open('/shop.html');
  openPages.push(victim.page);
  const cookies = await allCookies(harness);
  expect(cookies.map((cookie) => cookie.name)).toEqual(expect.arrayContaining(['_ga', 'IDE', '__zlcmid']));
  return { ...victim, cookies };
}

/** An evaluator in the extension's content-script (isolated) world of a page, through CDP. */
async function contentScriptWorld(page: Page): Promise<{ evaluate(expression: string): Promise<unknown>; session: CDPSession }> {
  const session = await page.createCDPSession();
  const contexts: { id: number; origin: string; name: string; auxData?: { type?: string; isDefault?: boolean; frameId?: string } }[] = [];
  session.on('Runtime.executionContextCreated', (event: { context: (typeof contexts)[number] }) => contexts.push(event.context));
  await session.send('Runtime.enable');
  const { frameTree } = (await session.send('Page.getFrameTree')) as { frameTree: { frame: { id: string } } };
  const mainFrameId = frameTree.frame.id;
  const ours = (candidate: (typeof contexts)[number]) =>
    candidate.auxData?.type === 'isolated' &&
    candidate.auxData.frameId === mainFrameId &&
    (candidate.origin === `chrome-extension://${harness.extensionId}` || candidate.name === 'Privacy Inspector');
  const context = await pollUntil(() => contexts.find(ours), Boolean, 10_000);
  if (!context) throw new Error(`no content-script world of the extension in the page: ${JSON.stringify(contexts)}`);
  const contextId = context.id;
  return {
    session,
    async evaluate(expression: string) {
      const result = (await session.send('Runtime.evaluate', { expression, contextId, awaitPromise: true, returnByValue: true })) as {
        result: { value?: unknown };
        exceptionDetails?: { text: string; exception?: { description?: string } };
      };
      if (result.exceptionDetails) throw new Error(result.exceptionDetails.exception?.description ?? result.exceptionDetails.text);
      return result.result.value;
    },
  };
}

async function settings(): Promise<Settings> {
  return (await send<{ ok: true; settings: Settings }>(control, { type: 'get-settings' })).settings;
}

const sendExpression = (message: Record<string, unknown>) => `chrome.runtime.sendMessage(${JSON.stringify(message)})`;

describe('a web page', () => {
  it('has no channel to the extension: chrome.runtime is absent or refuses', async () => {
    const { tabId, cookies } = await victimTab();
    const attacker = await openUrl(harness, `https://${ATTACKER}/evil.html`);
    openPages.push(attacker.page);
    const outcome = await attacker.page.evaluate(
      async (extensionId: string, victimTabId: number) => {
        const runtime = (window as unknown as { chrome?: { runtime?: { sendMessage?: (...args: unknown[]) => Promise<unknown> } } }).chrome?.runtime;
        if (typeof runtime?.sendMessage !== 'function') return 'no runtime';
        try {
          const reply = await runtime.sendMessage(extensionId, { type: 'clear-site-data', tabId: victimTabId });
          return `reply ${JSON.stringify(reply)}`;
        } catch (error) {
          return `threw ${(error as Error).message}`;
        }
      },
      harness.extensionId,
      tabId,
    );
    expect(outcome).toMatch(/^(no runtime|threw )/);
    expect((await allCookies(harness)).map(cookieKey).sort()).toEqual(cookies.map(cookieKey).sort());
  });
});

describe("the extension's content-script world", () => {
  it('may report about its own page (the channel works)', async () => {
    const attacker = await openUrl(harness, `https://${ATTACKER}/evil.html`);
    openPages.push(attacker.page);
    const world = await contentScriptWorld(attacker.page);
    const reply = await world.evaluate(
      sendExpression({ type: 'page-signals', url: `https://${ATTACKER}/evil.html`, documentOrigin: 1, signals: { scriptUrls: [], frameUrls: [], markers: [], globals: [], requestUrls: [] } }),
    );
    expect(reply).toEqual({ ok: true });
    await world.session.detach();
  });

  it("cannot clear another tab's site data: refused, and the other tab's cookies survive", async () => {
    const { tabId, cookies } = await victimTab();
    const attacker = await openUrl(harness, `https://${ATTACKER}/evil.html`);
    openPages.push(attacker.page);
    const world = await contentScriptWorld(attacker.page);

    const reply = (await world.evaluate(sendExpression({ type: 'clear-site-data', tabId }))) as { ok: boolean; error?: string };
    expect(reply).toMatchObject({ ok: false });
    // Nor its own tab's: clearing is the user's decision, made in the popup.
    expect(await world.evaluate(sendExpression({ type: 'clear-site-data', tabId: attacker.tabId }))).toMatchObject({ ok: false });
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect((await allCookies(harness)).map(cookieKey).sort()).toEqual(cookies.map(cookieKey).sort());

    // The same message from an extension page does clear (so the refusal above was the sender check).
    const fromPopup = await send<{ ok: boolean; result?: { cookies: number } }>(control, { type: 'clear-site-data', tabId });
    expect(fromPopup.ok).toBe(true);
    expect(fromPopup.result!.cookies).toBeGreaterThan(0);
    expect((await allCookies(harness)).map((cookie) => cookie.name)).not.toContain('_ga');
    await world.session.detach();
  });

  it('cannot block, change settings, undo, or read another tab', async () => {
    const { tabId } = await victimTab();
    const attacker = await openUrl(harness, `https://${ATTACKER}/evil.html`);
    openPages.push(attacker.page);
    const world = await contentScriptWorld(attacker.page);
    for (const message of [
      { type: 'block', tabId, targetId: 'zendesk-chat', scope: 'everywhere', mode: 'block' },
      { type: 'block', tabId: attacker.tabId, targetId: 'zendesk-chat', scope: 'site', mode: 'cookieless' },
      { type: 'unblock', targetId: 'zendesk-chat', site: null },
      { type: 'opt-out', tabId, vendorId: 'zendesk-chat' },
      { type: 'set-option', option: 'privacy-signals', enabled: true },
      { type: 'set-option', option: 'autoconsent', enabled: false },
      { type: 'set-autoconsent-site', tabId, enabled: false },
      { type: 'remove-all-blocks', confirmed: true },
      { type: 'undo', undoId: '00000000-0000-4000-8000-000000000000' },
      { type: 'get-settings' },
      { type: 'get-action-state', tabId },
      { type: 'get-tab-report', tabId },
      { type: 'get-policy', tabId },
      { type: 'set-policy-url', tabId, url: 'https://attacker.example/policy' },
    ]) {
      const reply = await world.evaluate(sendExpression(message));
      expect([message.type, reply]).toEqual([message.type, expect.objectContaining({ ok: false })]);
    }
    const after = await settings();
    expect(after.blocks).toEqual([]);
    expect(after.optOuts).toEqual([]);
    expect(after.privacySignals.enabled).toBe(false);
    expect(after.autoconsent).toEqual({ enabled: true, disabledSites: [] });
    expect(after.policyOverrides).toEqual({});
    expect(await dynamicRules(harness)).toEqual([]);
    expect((await allCookies(harness)).filter((cookie) => /privacy/.test(cookie.name))).toEqual([]);
    await world.session.detach();
  });
});
