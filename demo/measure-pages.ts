/**
 * Pages shaped like real ones, to measure what the extension keeps per tab (`npm run
 * bench:tab-state`) and to test its limits: a typical page and a heavy one, modelled on the
 * HTTP Archive Web Almanac 2024 (Third Parties chapter: a median of 27 third parties per page
 * over the top million sites, 66 over the top thousand), and a hostile one. Every host name is
 * answered by the local fixture server (Chromium's `--host-resolver-rules`); nothing leaves the
 * machine. The server answers unknown paths with a 404, which still shows in resource timing.
 */
import { pageHtml } from './pages';

const query = (index: number, length: number) => `?v=${index}&cb=${'9f3a'.repeat(length / 4)}`.slice(0, length);

/** Third parties every tracker survey names first (the Almanac's top ten, and their peers). */
const COMMON_THIRD_PARTIES = [
  'www.googletagmanager.com', 'www.google-analytics.com', 'fonts.googleapis.com', 'fonts.gstatic.com', 'connect.facebook.net',
  'www.facebook.com', 'www.youtube.com', 'i.ytimg.com', 'cdn.jsdelivr.net', 'cdnjs.cloudflare.com', 'ajax.googleapis.com',
  'stats.g.doubleclick.net', 'googleads.g.doubleclick.net', 'static.hotjar.com', 'script.hotjar.com', 'bat.bing.com',
  'snap.licdn.com', 'px.ads.linkedin.com', 'analytics.tiktok.com', 'cdn.cookielaw.org', 'geolocation.onetrust.com',
  'js.hs-scripts.com', 'js.hs-analytics.net', 'static.cloudflareinsights.com', 'use.typekit.net', 'p.typekit.net', 'www.gstatic.com',
];

/**
 * The typical page: 27 third parties; 18 scripts (10 of them third-party, with the query
 * strings tag managers add), 2 frames (a video, an ad), one analytics hit per third party.
 */
export function typicalPage(): string {
  const scripts: string[] = [];
  for (let index = 0; index < 8; index++) scripts.push(`<script src="/static/app-${index}.js"></script>`);
  for (let index = 0; index < 10; index++) scripts.push(`<script async src="https://${COMMON_THIRD_PARTIES[index]}/js/tag.js${query(index, 90)}"></script>`);
  const frames = [
    `<iframe title="video" width="320" height="180" src="https://www.youtube.com/embed/dQw4w9WgXcQ${query(1, 40)}"></iframe>`,
    `<iframe title="ad" width="300" height="250" src="https://googleads.g.doubleclick.net/pagead/ads${query(2, 200)}"></iframe>`,
  ];
  const pixels = COMMON_THIRD_PARTIES.map((host, index) => `<img alt="" width="1" height="1" src="https://${host}/collect${query(index, 140)}">`);
  return pageHtml('A typical shop', `<p>Products, reviews and a newsletter form.</p>${pixels.join('')}${frames.join('')}${scripts.join('')}`);
}

/**
 * The heavy page, a news front page with programmatic ads: 160 third parties (2.4 times the top
 * thousand's median); 120 scripts (90 third-party, long URLs), 30 ad frames, three requests per
 * third party with long query strings, half of them after the load event (lazy ads, refreshes),
 * and a footer of 40 links.
 */
export function heavyPage(): string {
  const hosts = [...COMMON_THIRD_PARTIES];
  for (let index = hosts.length; index < 160; index++) hosts.push(`cdn${index % 7}.adpartner-${index}.example`);
  const scripts: string[] = [];
  for (let index = 0; index < 30; index++) scripts.push(`<script src="/static/chunk-${index}.js"></script>`);
  for (let index = 0; index < 90; index++) scripts.push(`<script async src="https://${hosts[index]}/prebid/v8/bidder.js${query(index, 220)}"></script>`);
  const frames: string[] = [];
  for (let index = 0; index < 30; index++) frames.push(`<iframe title="ad" width="300" height="250" src="https://${hosts[40 + index]}/safeframe/1-0-40/html/container.html${query(index, 320)}"></iframe>`);
  const early = hosts.map((host, index) => `<img alt="" width="1" height="1" src="https://${host}/pixel${query(index, 300)}">`);
  const late = hosts.flatMap((host, index) => [`https://${host}/impression${query(index, 300)}`, `https://${host}/viewable${query(index, 280)}`]);
  const links = Array.from({ length: 40 }, (_, index) => `<a href="/section/${index}">Section ${index}</a>`).join(' · ');
  const body = `<p>Headlines, live blog and markets.</p><nav>${links}</nav>${early.join('')}${frames.join('')}${scripts.join('')}
<script>addEventListener('load', () => setTimeout(() => { for (const url of ${JSON.stringify(late)}) { const img = new Image(); img.src = url; } }, 300));</script>`;
  return pageHtml('A heavy news page', body, { head: '<link rel="privacy-policy" href="/privacy-policy.html">' });
}

/**
 * The attack of issue 9 (3): 200 inert elements (`<script type="text/plain">` never loads) whose
 * `src` is renamed every `intervalMs` to new 480-character URLs, so every look of the detector
 * finds 200 script URLs it has not seen. Unbounded, a tab's stored state grew by about 100 KB per
 * look. `window.renames` counts the renames, for tests and the benchmark.
 */
export function srcRenamingPage(intervalMs = 250): string {
  return pageHtml(
    'Renames its scripts',
    `<p>Nothing to see.</p>
<script>
  const inert = [];
  for (let index = 0; index < 200; index++) {
    const element = document.createElement('script');
    element.type = 'text/plain';
    document.body.appendChild(element);
    inert.push(element);
  }
  window.renames = 0;
  setInterval(() => {
    window.renames++;
    const padding = 'x'.repeat(440);
    inert.forEach((element, index) => element.setAttribute('src', 'https://h' + (index % 40) + '.renamer.example/' + window.renames + '/' + index + '/' + padding));
  }, ${intervalMs});
</script>`,
    { footer: false },
  );
}
