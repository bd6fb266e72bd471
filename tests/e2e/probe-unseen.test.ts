import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startHarness, type Harness } from './support/harness';
import { simulationOf } from '../../demo/site';
import { pageHtml } from '../../demo/pages';
import { widgetCatalog } from '../../lib/widgets/catalog';
import { pageProbesOf } from '../../lib/widgets/page-probes';

/**
 * A page that watches for the extension's widget-globals probe (issue 9, item 6): a getter on
 * the first name of every catalogue global (as `Object.defineProperty(window, 'Intercom', {get})`)
 * and a proxy on the prototype chain of `window` that notes every lookup of such a name. The
 * probe must still find the data globals of a real widget (Crisp) and never run either trap.
 */

const { globalNames } = pageProbesOf(widgetCatalog);
const CRISP_GLOBALS = ['$crisp', 'CRISP_WEBSITE_ID', '$__CRISP_INCLUDED'];
const watched = [...new Set(globalNames.map((name) => name.split('.')[0]!))].filter((name) => !CRISP_GLOBALS.includes(name));

const watcher = `<script>
window.__probed = [];
${JSON.stringify(watched)}.forEach(function (name) {
  Object.defineProperty(window, name, { configurable: true, get: function () { window.__probed.push('get ' + name); return { booted: true, salesiq: {}, readyQueue: [], CustomerChat: {} }; } });
});
var names = ${JSON.stringify([...watched, ...CRISP_GLOBALS])};
Object.setPrototypeOf(EventTarget.prototype, new Proxy(Object.getPrototypeOf(EventTarget.prototype), {
  has: function (target, key) { if (names.indexOf(key) >= 0) window.__probed.push('has ' + String(key)); return Reflect.has(target, key); },
  get: function (target, key, receiver) { if (names.indexOf(key) >= 0) window.__probed.push('proto-get ' + String(key)); return Reflect.get(target, key, receiver); }
}));
</script>`;

let harness: Harness;

beforeAll(async () => {
  harness = await startHarness((server) => {
    server.page('/watching.html', pageHtml('Watching', `<p>Who looks at my globals?</p>${simulationOf('crisp').embed}`, { head: watcher }));
  });
});

afterAll(async () => {
  await harness?.close();
});

describe('the widget-globals probe, seen from a page', () => {
  it('finds a widget by its data globals and never runs a getter or a proxy trap the page set on a widget name', async () => {
    expect(watched).toEqual(expect.arrayContaining(['Intercom', '$zoho', 'FB', 'drift']));
    const { page, tabId, report } = await harness.open('/watching.html');
    // The popup's look probes again (get-tab-report runs a fresh look with the probe).
    const again = await harness.report(tabId);
    for (const found of [report, again]) {
      const crisp = found?.widgets.find((widget) => widget.id === 'crisp');
      expect(crisp?.evidence, JSON.stringify(found?.widgets)).toEqual(expect.arrayContaining(['global $crisp']));
      expect(found?.widgets.map((widget) => widget.id)).toEqual(['crisp']);
    }
    expect(await page.evaluate(() => (window as unknown as { __probed: string[] }).__probed)).toEqual([]);
    await page.close();
  });
});
