import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { parseHTML } from 'linkedom';
import { collectDocumentSignals, markerProbesOf, absoluteSource, signalsKey, type DocumentSignals } from '../../../lib/page/collect-signals';

/**
 * A linkedom document shaped like a browser's for what the collector reads. linkedom has no
 * `document.scripts` or `document.cookie` (and does not resolve relative `src` to absolute URLs,
 * so pages here use absolute ones); both are filled in the way browsers define them.
 */
function pageOf(body: string, cookie: string | (() => string) = ''): Document {
  const { document } = parseHTML(`<!doctype html><html><head></head><body>${body}</body></html>`);
  Object.defineProperty(document, 'scripts', { get: () => document.getElementsByTagName('script') });
  Object.defineProperty(document, 'cookie', { get: typeof cookie === 'function' ? cookie : () => cookie });
  return document as unknown as Document;
}

/** What the content script does: keep the selectors this DOM implementation can parse. */
const parses = (selector: string) => {
  try {
    parseHTML('<p></p>').document.querySelector(selector);
    return true;
  } catch {
    return false;
  }
};

const selectors = ['iframe#launcher', '.zopim', '#intercom-container', '[data-testid="widget-frame"]'];
const collect = (doc: Document, markerSelectors: readonly string[] = selectors) =>
  collectDocumentSignals(doc, markerProbesOf(markerSelectors, parses));

describe('collectDocumentSignals: scripts and frames', () => {
  it('lists absolute http(s) script sources in page order and skips inline scripts', () => {
    const doc = pageOf(`
      <script src="https://v2.zopim.com/?key"></script>
      <script>window.x = 1</script>
      <script src="http://cdn.example/app.js"></script>`);
    expect(collect(doc).scriptUrls).toEqual(['https://v2.zopim.com/?key', 'http://cdn.example/app.js']);
  });

  it('skips sources that are not http(s): data, blob, extension and javascript URLs', () => {
    const doc = pageOf(`
      <script src="data:text/javascript,alert(1)"></script>
      <script src="blob:https://shop.example/1234"></script>
      <script src="chrome-extension://abc/inject.js"></script>
      <iframe src="javascript:void(0)"></iframe>
      <iframe src="about:blank"></iframe>
      <iframe></iframe>`);
    const signals = collect(doc);
    expect(signals.scriptUrls).toEqual([]);
    expect(signals.frameUrls).toEqual([]);
  });

  it('lists absolute frame sources', () => {
    const doc = pageOf('<iframe src="https://static.zdassets.com/frame.html"></iframe><div><iframe src="https://widget.intercom.io/f"></iframe></div>');
    expect(collect(doc).frameUrls).toEqual(['https://static.zdassets.com/frame.html', 'https://widget.intercom.io/f']);
  });

  it('cuts very long URLs to 500 characters', () => {
    const long = `https://cdn.example/${'a'.repeat(2000)}`;
    const doc = pageOf(`<script src="${long}"></script><iframe src="${long}"></iframe>`);
    const signals = collect(doc);
    expect(signals.scriptUrls).toEqual([long.slice(0, 500)]);
    expect(signals.frameUrls).toEqual([long.slice(0, 500)]);
  });

  it('keeps at most 200 scripts and 200 frames', () => {
    const scripts = Array.from({ length: 250 }, (_, index) => `<script src="https://cdn.example/${index}.js"></script>`).join('');
    const frames = Array.from({ length: 250 }, (_, index) => `<iframe src="https://f.example/${index}"></iframe>`).join('');
    const signals = collect(pageOf(scripts + frames));
    expect(signals.scriptUrls).toHaveLength(200);
    expect(signals.scriptUrls[199]).toBe('https://cdn.example/199.js');
    expect(signals.frameUrls).toHaveLength(200);
  });
});

describe('collectDocumentSignals: markers', () => {
  it('reports each catalogue selector present, once, however many elements match it', () => {
    const doc = pageOf(`
      <div class="zopim"></div><div class="zopim"></div><span class="zopim"></span>
      <iframe id="launcher" title="Chat"></iframe>`);
    expect([...collect(doc).markers].sort()).toEqual(['.zopim', 'iframe#launcher']);
  });

  it('reports every selector one element matches', () => {
    const doc = pageOf('<div id="intercom-container" class="zopim" data-testid="widget-frame"></div>');
    expect([...collect(doc).markers].sort()).toEqual(['#intercom-container', '.zopim', '[data-testid="widget-frame"]']);
  });

  it('does not report look-alikes', () => {
    const doc = pageOf('<div id="launcher"></div><div class="zopim-theme"></div><div id="intercom-container-2"></div><p>Live chat</p>');
    expect(collect(doc).markers).toEqual([]);
  });

  it('still finds the valid markers when a catalogue selector cannot be parsed', () => {
    // e.g. `:has()` in a browser without it: the content script passes the whole catalogue list.
    const withBroken = ['[[broken', '.zopim', '#intercom-container', 'div:unknown-pseudo('];
    const doc = pageOf('<div class="zopim"></div><div id="intercom-container"></div>');
    expect([...collect(doc, withBroken).markers].sort()).toEqual(['#intercom-container', '.zopim']);
  });
});

describe('collectDocumentSignals: cookies', () => {
  it('leaves cookie names to the background (document.cookie is a synchronous round trip)', () => {
    const doc = pageOf('', () => {
      throw new Error('document.cookie must not be read');
    });
    expect(Object.keys(collect(doc)).sort()).toEqual(['frameUrls', 'markers', 'scriptUrls']);
  });
});

describe('absoluteSource', () => {
  it('keeps absolute http(s) and ws(s) sources, completes protocol-relative ones, skips the rest', () => {
    expect(absoluteSource('https://v2.zopim.com/?k', 'http:')).toBe('https://v2.zopim.com/?k');
    expect(absoluteSource('//embed.tawk.to/x', 'https:')).toBe('https://embed.tawk.to/x');
    expect(absoluteSource('/static/app.js', 'https:')).toBeNull();
    expect(absoluteSource('app.js', 'https:')).toBeNull();
    expect(absoluteSource('data:text/javascript,1', 'https:')).toBeNull();
    expect(absoluteSource(null, 'https:')).toBeNull();
    expect(absoluteSource('https://x/' + 'a'.repeat(1000), 'https:')!.length).toBe(500);
  });
});

describe('markerProbesOf', () => {
  it('keeps the selectors the browser can parse, in order', () => {
    expect(markerProbesOf(['#a', '[[broken', '.b', 'div:unknown-pseudo('], parses).map((probe) => probe.selector)).toEqual(['#a', '.b']);
  });

  it('looks up ids, classes and tags through the indexed DOM paths, the rest by selector', () => {
    expect(markerProbesOf(['#intercom-container', 'iframe#launcher', '.zopim', 'div.zopim', 'jdiv', 'iframe[title="chat widget"]', 'div#a.b', '[data-id="x"]'], parses)).toEqual([
      { selector: '#intercom-container', kind: 'id', key: 'intercom-container', tag: null },
      { selector: 'iframe#launcher', kind: 'id', key: 'launcher', tag: 'IFRAME' },
      { selector: '.zopim', kind: 'class', key: 'zopim', tag: null },
      { selector: 'div.zopim', kind: 'class', key: 'zopim', tag: 'DIV' },
      { selector: 'jdiv', kind: 'tag', key: 'jdiv', tag: null },
      { selector: 'iframe[title="chat widget"]', kind: 'tag', key: 'iframe', tag: null },
      { selector: 'div#a.b', kind: 'selector', key: '', tag: null },
      { selector: '[data-id="x"]', kind: 'selector', key: '', tag: null },
    ]);
  });

  it('finds each kind of marker, and not a look-alike', () => {
    const doc = pageOf('<span class="zopim"></span><jdiv></jdiv><iframe title="chat widget"></iframe><iframe title="map"></iframe><p data-id="x"></p>');
    expect(collect(doc, ['div.zopim', '.zopim', 'jdiv', 'iframe[title="chat widget"]', 'iframe[title="other"]', '[data-id="x"]']).markers).toEqual([
      '.zopim', 'jdiv', 'iframe[title="chat widget"]', '[data-id="x"]',
    ]);
  });

  it('finds an id marker only on an element of the named tag', () => {
    const doc = pageOf('<div id="launcher"></div><b id="intercom-container"></b>');
    expect(collect(doc).markers).toEqual(['#intercom-container']);
  });
});

describe('signalsKey', () => {
  const signals: DocumentSignals = {
    scriptUrls: ['https://v2.zopim.com/'],
    frameUrls: ['https://f.example/'],
    markers: ['.zopim'],
  };

  it('is the same for the same URL and signals', () => {
    expect(signalsKey('https://shop.example/', signals)).toBe(signalsKey('https://shop.example/', structuredClone(signals)));
  });

  it('changes with the URL (an SPA navigation is news)', () => {
    expect(signalsKey('https://shop.example/a', signals)).not.toBe(signalsKey('https://shop.example/b', signals));
  });

  it('changes when any list changes', () => {
    const key = signalsKey('u', signals);
    expect(signalsKey('u', { ...signals, scriptUrls: [...signals.scriptUrls, 'https://x.example/'] })).not.toBe(key);
    expect(signalsKey('u', { ...signals, frameUrls: [] })).not.toBe(key);
    expect(signalsKey('u', { ...signals, markers: ['#intercom-container'] })).not.toBe(key);
  });

  it('does not confuse values that only differ in how they split', () => {
    const joined = { ...signals, markers: ['a,b'] };
    const split = { ...signals, markers: ['a', 'b'] };
    expect(signalsKey('u', joined)).not.toBe(signalsKey('u', split));
    expect(signalsKey('u', { ...signals, markers: [], frameUrls: ['.zopim'] })).not.toBe(signalsKey('u', { ...signals, markers: ['.zopim'], frameUrls: [] }));
  });

  it('is the same for two reads of an unchanged page', () => {
    const doc = pageOf('<script src="https://v2.zopim.com/"></script><div class="zopim"></div>', 'sid=1');
    expect(signalsKey('u', collect(doc))).toBe(signalsKey('u', collect(doc)));
  });
});
