import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startHarness, type Harness } from './support/harness';
import { pollUntil } from './support/poll';
import { tabIdOf } from '../../cli/scanner';
import { vendorSimulations } from '../fixtures/vendors/simulations';
import { simulationOf, lateEmbedScript, inlineScriptLiteral } from '../../demo/site';
import { pageHtml } from '../../demo/pages';

let harness: Harness;

beforeAll(async () => {
  harness = await startHarness((server) => {
    // An SPA: a click changes the URL with pushState and renders a help view that carries Drift.
    server.page(
      '/spa.html',
      pageHtml(
        'Single-page app',
        `<a id="go" href="/spa/help">Help</a><div id="view">Home</div>
<script>
document.getElementById('go').addEventListener('click', function (event) {
  event.preventDefault();
  history.pushState({}, '', '/spa/help');
  document.getElementById('view').textContent = 'Help';
  var holder = document.createElement('div');
  holder.innerHTML = ${inlineScriptLiteral(simulationOf('drift').embed)};
  Array.prototype.slice.call(holder.querySelectorAll('script')).forEach(function (old) {
    var s = document.createElement('script');
    if (old.src) s.src = old.src; else s.text = old.text;
    document.body.appendChild(s);
  });
});
</script>`,
      ),
    );
    // A page that records every message and custom event it can see.
    server.page(
      '/listening.html',
      pageHtml('Listening', `<p>Watching.</p><script>
        window.heard = [];
        addEventListener('message', function (event) { window.heard.push('message ' + JSON.stringify(event.data)); });
        var dispatch = EventTarget.prototype.dispatchEvent;
        EventTarget.prototype.dispatchEvent = function (event) { window.heard.push('event ' + event.type); return dispatch.call(this, event); };
      </script>${simulationOf('crisp').embed}`),
    );
    server.page('/late-fast.html', pageHtml('Late widget', `<p>Tag manager.</p>${lateEmbedScript(simulationOf('olark').embed, 4000)}`));
  });
});

afterAll(async () => {
  await harness?.close();
});

describe('widget detection in Chromium', () => {
  it('simulates at least 12 vendors faithfully', () => {
    expect(vendorSimulations.length).toBeGreaterThanOrEqual(12);
  });

  for (const simulation of vendorSimulations) {
    it(`finds ${simulation.widgetId} by its script and its page footprint`, async () => {
      const { page, report } = await harness.open(`/vendor/${simulation.widgetId}.html`);
      const match = report.widgets.find((widget) => widget.id === simulation.widgetId);
      expect(match, JSON.stringify(report.widgets)).toBeDefined();
      // Its own infrastructure, and something the widget did on the page.
      expect(match!.evidence.some((line) => /^(script|iframe|request) https:/.test(line))).toBe(true);
      expect(match!.evidence.some((line) => /^(element|global|cookie) /.test(line))).toBe(true);
      // One vendor's page shows that vendor only.
      expect(report.widgets.map((widget) => widget.id)).toEqual([simulation.widgetId]);
      await page.close();
    });
  }

  it('reports nothing on a page that only talks about chat', async () => {
    const { page, report } = await harness.open('/blog.html');
    expect(report.widgets).toEqual([]);
    expect(report.cookies.map((cookie) => cookie.name)).toContain('chat_pref');
    expect(report.cookies.find((cookie) => cookie.name === 'chat_pref')?.vendor).toBeNull();
    await page.close();
  });

  it('finds all three widgets of a page that has three', async () => {
    const { page, report } = await harness.open('/support.html');
    expect(report.widgets.map((widget) => widget.id).sort()).toEqual(['crisp', 'intercom', 'tawk-to']);
    await page.close();
  });

  it('never announces itself to the page it inspects', async () => {
    const { page, report } = await harness.open('/listening.html');
    expect(report.widgets.map((widget) => widget.id)).toEqual(['crisp']);
    const heard = await page.evaluate(() => (window as unknown as { heard: string[] }).heard);
    expect(heard.filter((line) => /wxt|privacy|inspector|content-script/i.test(line))).toEqual([]);
    await page.close();
  });

  it('finds a widget a tag manager injects after load', async () => {
    const page = await harness.browser.newPage();
    await page.goto(harness.server.origin + '/late-fast.html', { waitUntil: 'load' });
    const tabId = await tabIdOf(harness.browser, page);
    const before = await harness.report(tabId);
    expect(before?.widgets.map((widget) => widget.id) ?? []).not.toContain('olark');
    await page.waitForFunction(() => 'olark' in window, { timeout: 10_000 });
    const after = await pollUntil(() => harness.report(tabId), (report) => !!report?.widgets.some((widget) => widget.id === 'olark'), 10_000, 250);
    expect(after?.widgets.map((widget) => widget.id)).toContain('olark');
    await page.close();
  });

  it('follows an SPA navigation and finds the widget the new view brings', async () => {
    const { page, tabId, report } = await harness.open('/spa.html');
    expect(report.widgets).toEqual([]);
    await page.click('#go');
    await page.waitForFunction(() => 'drift' in window, { timeout: 10_000 });
    const after = await pollUntil(() => harness.report(tabId), (report) => !!report?.widgets.some((widget) => widget.id === 'drift'), 10_000, 250);
    expect(after?.widgets.map((widget) => widget.id)).toEqual(['drift']);
    expect(after?.url).toBe(harness.server.origin + '/spa/help');
    await page.close();
  });
});
