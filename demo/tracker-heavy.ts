import type { FixtureServer } from '../cli/fixture-server';
import { busyPage } from './pages';

/**
 * A tracker-heavy page for `npm run bench`: a store page that loads eight trackers the way tag
 * snippets do (async scripts and pixels), each answering after a delay like a distant ad server.
 * Meta's pixel is the slowest (a script, then its beacon), so blocking that one tracker takes
 * the longest wait out of the page's load. Delays are fixed so that runs compare.
 */
export const trackerHeavyTrackers: readonly { readonly url: string; readonly kind: 'script' | 'pixel'; readonly delayMs: number }[] = [
  { url: 'https://www.googletagmanager.com/gtm.js?id=GTM-HEAVY', kind: 'script', delayMs: 120 },
  { url: 'https://connect.facebook.net/en_US/fbevents.js', kind: 'script', delayMs: 450 },
  { url: 'https://www.facebook.com/tr?id=1234&ev=PageView', kind: 'pixel', delayMs: 300 },
  { url: 'https://static.hotjar.com/c/hotjar-1234.js', kind: 'script', delayMs: 150 },
  { url: 'https://static.criteo.net/js/ld/publishertag.js', kind: 'script', delayMs: 160 },
  { url: 'https://www.clarity.ms/tag/heavy', kind: 'script', delayMs: 110 },
  { url: 'https://ad.doubleclick.net/ddm/activity/src=2;type=heavy', kind: 'pixel', delayMs: 140 },
  { url: 'https://bat.bing.com/action/0?ti=1234', kind: 'pixel', delayMs: 130 },
];

/** A few milliseconds of work, as a tracker script does when it starts. */
const trackerScript = (name: string) =>
  `window.__tracker_${name} = (function(){ var s = 0; for (var i = 0; i < 200000; i++) s += i % 7; return s; })();`;

export function addTrackerHeavyPage(server: FixtureServer): void {
  const tags = trackerHeavyTrackers
    .map((tracker) => (tracker.kind === 'script' ? `<script async src="${tracker.url}"></script>` : `<img alt="" width="1" height="1" src="${tracker.url}">`))
    .join('\n');
  server.page('/tracker-heavy.html', busyPage(2000, 10, tags));
  for (const [index, tracker] of trackerHeavyTrackers.entries()) {
    const url = new URL(tracker.url);
    server.route(url.hostname, url.pathname, tracker.kind === 'script'
      ? { body: trackerScript(String(index)), contentType: 'text/javascript', delayMs: tracker.delayMs }
      : { body: 'GIF89a', contentType: 'image/gif', delayMs: tracker.delayMs });
  }
}
