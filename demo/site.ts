import type { FixtureServer } from '../cli/fixture-server';
import { vendorSimulations, type VendorSimulation } from '../tests/fixtures/vendors/simulations';
import { pageHtml, decoyPage, decoyChatScript, busyPage, busyScript, demoPrivacyPolicy } from './pages';
import { demoProducts, demoStyle } from './style';

export function simulationOf(widgetId: string): VendorSimulation {
  const simulation = vendorSimulations.find((candidate) => candidate.widgetId === widgetId);
  if (!simulation) throw new Error(`no simulation for ${widgetId}`);
  return simulation;
}

/**
 * Inline script that inserts a vendor's embed later, as a tag manager does: scripts made with
 * createElement run, unlike scripts set through innerHTML.
 */
/** A string as a JavaScript literal that is safe inside an inline <script> (no `</script>`). */
export function inlineScriptLiteral(text: string): string {
  return JSON.stringify(text).replace(/<\//g, '<\\/');
}

export function lateEmbedScript(embed: string, delayMs: number): string {
  return `<script>setTimeout(function () {
  var holder = document.createElement('div');
  holder.innerHTML = ${inlineScriptLiteral(embed)};
  Array.prototype.slice.call(holder.childNodes).forEach(function (node) {
    if (node.tagName === 'SCRIPT') {
      var script = document.createElement('script');
      Array.prototype.slice.call(node.attributes).forEach(function (a) { script.setAttribute(a.name, a.value); });
      script.text = node.text;
      document.body.appendChild(script);
    } else { document.body.appendChild(node); }
  });
}, ${delayMs});</script>`;
}

/** A Google-Analytics-like tag and a DoubleClick pixel, as a typical shop carries them. */
const trackerTags = `<script async src="https://www.googletagmanager.com/gtag/js?id=G-DEMO123"></script>
<img alt="" width="1" height="1" src="https://ad.doubleclick.net/ddm/activity/src=1;type=demo;cat=shop">`;

export function addVendorAssets(server: FixtureServer): void {
  for (const simulation of vendorSimulations) {
    for (const asset of simulation.assets) {
      const url = new URL(asset.url);
      // Vendors' CDNs allow any origin: Drift's and tawk.to's snippets load their scripts with
      // `crossorigin`, which without this header the browser refuses to run.
      server.route(url.hostname, url.pathname, { body: asset.body, contentType: asset.contentType, headers: { 'access-control-allow-origin': '*' } });
    }
  }
  server.route('www.googletagmanager.com', '/gtag/js', {
    contentType: 'text/javascript',
    body: `document.cookie = '_ga=GA1.1.' + Math.floor(Math.random() * 1e9) + '.' + Math.floor(Date.now() / 1000) + '; path=/; max-age=63072000';`,
  });
  // The real IDE cookie: third-party, on .doubleclick.net, SameSite=None; Secure.
  server.route('ad.doubleclick.net', '/ddm/activity/src=1;type=demo;cat=shop', {
    contentType: 'image/gif',
    body: 'GIF89a',
    headers: { 'set-cookie': ['IDE=AHWqTUdemo; Domain=.doubleclick.net; Path=/; Max-Age=34128000; SameSite=None; Secure; HttpOnly'] },
  });
}

export interface DemoSiteOptions {
  /** 127.0.0.1 (plain HTTP) by default; another name is served over the fixture server's HTTPS side, as a public site. */
  readonly host?: string;
  /** With the demo's stylesheet and the shop's shelves (demo/style.ts): the store screenshots' look. The tests use the bare pages. */
  readonly styled?: boolean;
}

/** The demo site: a shop, a support page with three widgets, a blog with none, and more. */
export function addDemoSite(server: FixtureServer, options: DemoSiteOptions = {}): void {
  const host = options.host ?? '127.0.0.1';
  const page = (path: string, html: string) => server.route(host, path, { body: html, contentType: 'text/html; charset=utf-8' });
  addVendorAssets(server);
  const styled = options.styled ? { head: demoStyle } : {};
  const shelves = options.styled ? demoProducts : '';
  const pages: [string, string, string][] = [
    ['/shop.html', 'Demo shop', `<p>Shoes, bags and hats.</p>${shelves}${trackerTags}${simulationOf('zendesk-chat').embed}`],
    ['/support.html', 'Help centre', `<p>Three ways to talk to us.</p>${simulationOf('intercom').embed}${simulationOf('crisp').embed}${simulationOf('tawk-to').embed}`],
    ['/late.html', 'Late widget', `<p>A tag manager adds the chat after three seconds.</p>${lateEmbedScript(simulationOf('jivochat').embed, 3000)}`],
  ];
  for (const [path, title, body] of pages) page(path, pageHtml(title, body, styled));
  page('/blog.html', decoyPage);
  server.route(host, '/chat.js', { body: decoyChatScript, contentType: 'text/javascript' });
  page('/privacy-policy.html', options.styled ? demoPrivacyPolicy.replace('</head>', `${demoStyle}</head>`) : demoPrivacyPolicy);
  for (const simulation of vendorSimulations) {
    page(`/vendor/${simulation.widgetId}.html`, pageHtml(`${simulation.widgetId} on a page`, `<p>A page with one widget.</p>${simulation.embed}`));
  }
  page('/busy.html', busyPage(5000, 40));
  page('/busy-widget.html', busyPage(5000, 40, simulationOf('zendesk-chat').embed));
  for (let index = 0; index < 40; index++) server.route(host, `/static/lib-${index}.js`, { body: busyScript(index), contentType: 'text/javascript' });
  page('/', pageHtml('Privacy Inspector demo', `<ul>${['shop', 'support', 'late', 'blog'].map((name) => `<li><a href="/${name}.html">${name}</a></li>`).join('')}</ul>`, styled));
}

/** Pages the demo scans, in order. */
export const demoPaths = ['/shop.html', '/support.html', '/blog.html'] as const;
