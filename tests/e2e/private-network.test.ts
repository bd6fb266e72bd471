import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Page } from 'puppeteer';
import { startHarness, type Harness } from './support/harness';
import { openExtensionPage, openUrl, send } from './support/extension-pages';
import { demoPrivacyPolicy } from '../../demo/pages';
import type { PolicyResult } from '../../lib/policy/fetch/load-policy';
import type { WorkerGlobals } from '../../cli/worker-globals';

/**
 * Issue 9, 1: a public site must not make the extension read a page on the user's own network.
 * Chromium counts the fixture server's HTTPS side (every *.example name) as the public internet
 * (`--ip-address-space-overrides`); the "internal" server below, on another loopback port,
 * stands for a router's admin page and counts every request it gets. It answers with a page
 * that reads as a privacy policy, so that anything fetched would be analysed and cached.
 */

let internal: Server;
let internalPort = 0;
const internalHits: string[] = [];
let harness: Harness;
let control: Page;

const page = (title: string, body: string) => `<!doctype html><html><head><title>${title}</title></head><body>${body}</body></html>`;

beforeAll(async () => {
  internal = createServer((request, response) => {
    internalHits.push(request.url ?? '/');
    response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(demoPrivacyPolicy.replace('Privacy Policy', 'Router admin'));
  });
  await new Promise<void>((resolve) => internal.listen(0, '127.0.0.1', resolve));
  internalPort = (internal.address() as AddressInfo).port;

  harness = await startHarness(
    (server) => {
      // A public shop whose /privacy (a path the extension always tries) redirects inside.
      server.route('shop.example', '/', { body: page('Shop', '<p>Welcome to the shop.</p>') });
      server.route('shop.example', '/privacy', { status: 302, body: '', headers: { location: `http://127.0.0.1:${internalPort}/admin?action=factory-reset` } });
      // A public site linking to a name of its own that resolves to a loopback address.
      server.route('news.example', '/', { body: page('News', `<footer><a href="http://intranet.news.example:${internalPort}/privacy">Privacy policy</a></footer>`) });
      // A public site whose policy moved to another public site: still followed.
      server.route('blog.example', '/', { body: page('Blog', '<p>Posts.</p>') });
      server.route('blog.example', '/privacy', { status: 301, body: '', headers: { location: 'https://legal.example/privacy-policy' } });
      server.route('legal.example', '/privacy-policy', { body: demoPrivacyPolicy });
    },
    { hostRules: ['MAP intranet.news.example 127.0.0.1'] },
  );
  control = await openExtensionPage(harness);
});

afterAll(async () => {
  await harness?.close();
  await new Promise((resolve) => internal?.close(resolve));
});

beforeEach(() => {
  internalHits.length = 0;
});

async function sitePolicy(tabId: number): Promise<PolicyResult | null> {
  const worker = await harness.worker();
  return worker.evaluate((id: number) => (globalThis as unknown as WorkerGlobals).privacyInspector!.policyFor(id), tabId) as Promise<PolicyResult | null>;
}

/** Every key and value the extension keeps in storage.local, as one text. */
async function storedText(): Promise<string> {
  const worker = await harness.worker();
  return worker.evaluate(async () => JSON.stringify(await (globalThis as unknown as { chrome: { storage: { local: { get(keys: null): Promise<unknown> } } } }).chrome.storage.local.get(null)));
}

describe('fetches made on a page\'s behalf stay off the user\'s network', () => {
  it('does not follow a public site\'s redirect to a loopback admin page, and keeps nothing of it', async () => {
    const { tabId, page: tab } = await openUrl(harness, 'https://shop.example/');
    const policy = await sitePolicy(tabId);
    expect(policy?.status).not.toBe('ready');
    expect(internalHits).toEqual([]);
    const stored = await storedText();
    expect(stored).not.toContain(`127.0.0.1:${internalPort}`);
    expect(stored).not.toContain('Router admin');
    await tab.close();
  });

  it('does not fetch a public-looking name that resolves to a loopback address', async () => {
    const { tabId, page: tab } = await openUrl(harness, 'https://news.example/');
    const policy = await sitePolicy(tabId);
    expect(policy?.status).not.toBe('ready');
    expect(internalHits).toEqual([]);
    expect(await storedText()).not.toContain('intranet.news.example');
    await tab.close();
  });

  it('still follows a redirect from one public site to another', async () => {
    const { tabId, page: tab } = await openUrl(harness, 'https://blog.example/');
    const policy = await sitePolicy(tabId);
    expect(policy?.status).toBe('ready');
    expect(policy?.title).toBe('Privacy Policy');
    await tab.close();
  });

  it('still fetches a policy URL on the local network that the user types', async () => {
    const { tabId, page: tab } = await openUrl(harness, 'https://shop.example/');
    const url = `http://127.0.0.1:${internalPort}/my-own-policy`;
    const reply = await send<{ ok: boolean; policy?: PolicyResult }>(control, { type: 'set-policy-url', tabId, url });
    expect(reply.ok).toBe(true);
    expect(reply.policy?.status).toBe('ready');
    expect(internalHits).toEqual(['/my-own-policy']);
    // The block rules were on only while the page's own fetches ran.
    const worker = await harness.worker();
    const sessionRules = await worker.evaluate(() => (globalThis as unknown as { chrome: { declarativeNetRequest: { getSessionRules(): Promise<unknown[]> } } }).chrome.declarativeNetRequest.getSessionRules());
    expect(sessionRules).toEqual([]);
    await tab.close();
  });
});
