import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CDPSession, Page } from 'puppeteer';
import { startHarness, type Harness } from './support/harness';
import { pageHtml } from '../../demo/pages';
import { simulationOf } from '../../demo/site';
import { tabIdOf } from '../../cli/scanner';
import { pollUntil } from './support/poll';
import { waitForBadge } from './support/badge';

/**
 * Our page scripts (the detector, the cookie-banner script) are injected by the background once a
 * frame has loaded, not declared in the manifest: nothing of ours runs in a page while it loads.
 * A page still loading gets the detector when someone asks (the popup, a scan); a page whose load
 * never ends gets both a few seconds after it was parsed (lib/page/after-load.ts).
 */
let harness: Harness;

beforeAll(async () => {
  harness = await startHarness((server) => {
    const chat = simulationOf('zendesk-chat').embed;
    server.page('/chat.html', pageHtml('Chat', `<p>Talk to us.</p>${chat}`));
    // An image that takes 8 s keeps the load event (and so our injection) waiting.
    server.route('127.0.0.1', '/slow.png', { body: '', contentType: 'image/png', delayMs: 8000 });
    server.page('/slow-chat.html', pageHtml('Slow chat', `<p>Still loading.</p><img src="/slow.png" alt="">${chat}`));
    // An image that hangs for longer than any test waits: the load event never comes.
    server.route('127.0.0.1', '/hanging.png', { body: '', contentType: 'image/png', delayMs: 60_000 });
    server.page('/hanging-chat.html', pageHtml('Hanging chat', `<p>Never loaded.</p><img src="/hanging.png" alt="">${chat}`));
  });
});

afterAll(async () => {
  await harness?.close();
});

/** The order in which the page's load event and our isolated world appear, as the page's own DevTools session sees them. */
async function watchWorlds(page: Page, extensionId: string): Promise<{ events: string[]; session: CDPSession }> {
  const session = await page.createCDPSession();
  const events: string[] = [];
  session.on('Page.loadEventFired', () => events.push('load'));
  // The top document's world only: the frames of a chat vendor get one of their own when the
  // popup asks for their storage (on demand, after load), and that is not the page being watched.
  const childFrames = new Set<string>();
  session.on('Page.frameAttached', ({ frameId, parentFrameId }) => { if (parentFrameId) childFrames.add(frameId); });
  session.on('Runtime.executionContextCreated', ({ context }) => {
    const top = !childFrames.has((context.auxData as { frameId?: string } | undefined)?.frameId ?? '');
    if (top && context.auxData?.type === 'isolated' && context.origin === `chrome-extension://${extensionId}`) events.push('extension-world');
  });
  await session.send('Page.enable');
  await session.send('Runtime.enable');
  return { events, session };
}

/** Opens `path` in a new tab watched from its first moment, and waits until `waitUntil`. */
async function openWatched(path: string, waitUntil: 'load' | 'domcontentloaded') {
  const page = await harness.browser.newPage();
  const { events, session } = await watchWorlds(page, harness.extensionId);
  await page.goto(`${harness.server.origin}${path}`, { waitUntil });
  const close = async () => {
    await session.detach();
    await page.close();
  };
  return { page, events, close };
}

describe('page scripts', () => {
  it('runs nothing of ours in a page before its load event, then finds its widget', async () => {
    const { page, events, close } = await openWatched('/chat.html', 'load');
    await pollUntil(() => events.includes('extension-world'), Boolean);
    expect(events[0]).toBe('load');
    expect(events).toContain('extension-world');
    const report = await harness.report(await tabIdOf(harness.browser, page));
    expect(report?.widgets.map((widget) => widget.id)).toContain('zendesk-chat');
    await close();
  });

  it('does not wait for ever on a page whose load never ends: the widget reaches the badge a few seconds after parsing', async () => {
    const { page, events, close } = await openWatched('/hanging-chat.html', 'domcontentloaded');
    const tabId = await tabIdOf(harness.browser, page);
    // The badge, never the findings: asking for findings would inject the detector at once.
    const badge = await waitForBadge(harness.browser, tabId, (text) => Number(text) >= 1, 15_000);
    expect(Number(badge)).toBeGreaterThanOrEqual(1);
    expect(await page.evaluate(() => document.readyState)).toBe('interactive');
    expect(events).toEqual(['extension-world']);
    await close();
  });

  it('reads a page that is still loading when asked; what arrives later joins the same world', async () => {
    const { page, events, close } = await openWatched('/slow-chat.html', 'domcontentloaded');
    expect(await page.evaluate(() => document.readyState)).not.toBe('complete');
    const tabId = await tabIdOf(harness.browser, page);
    // What the popup does when it opens: the background injects the detector and asks it.
    const report = await harness.report(tabId);
    expect(report?.widgets.map((widget) => widget.id)).toContain('zendesk-chat');
    expect(events).toEqual(['extension-world']);
    expect(await page.evaluate(() => document.readyState)).not.toBe('complete');
    await page.waitForFunction(() => document.readyState === 'complete', { timeout: 15_000 });
    // Later (at load, or SLOW_PAGE_MS after parsing) the cookie-banner script joins the same world; the detector is not run twice.
    await pollUntil(() => events.includes('load'), Boolean);
    expect(events).toEqual(['extension-world', 'load']);
    const again = await harness.report(tabId);
    expect(again?.widgets.find((widget) => widget.id === 'zendesk-chat')?.evidence).toEqual(report?.widgets.find((widget) => widget.id === 'zendesk-chat')?.evidence);
    await close();
  });
});
