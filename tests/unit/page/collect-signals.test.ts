import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { parseHTML } from 'linkedom';
import { collectDocumentSignals, combineSelectors, cookieNamesOf, signalsKey, type DocumentSignals } from '../../../lib/page/collect-signals';

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
  collectDocumentSignals(doc, markerSelectors, combineSelectors(markerSelectors, parses));

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

  it('reports nothing when the combined selector is empty, whatever the list', () => {
    const doc = pageOf('<div class="zopim"></div>');
    expect(collectDocumentSignals(doc, selectors, '').markers).toEqual([]);
  });

  it('still finds the valid markers when a catalogue selector cannot be parsed', () => {
    // e.g. `:has()` in a browser without it: the content script passes the whole catalogue list.
    const withBroken = ['[[broken', '.zopim', '#intercom-container', 'div:unknown-pseudo('];
    const doc = pageOf('<div class="zopim"></div><div id="intercom-container"></div>');
    expect([...collect(doc, withBroken).markers].sort()).toEqual(['#intercom-container', '.zopim']);
  });
});

describe('collectDocumentSignals: cookies', () => {
  it('reads cookie names from document.cookie', () => {
    const doc = pageOf('', '__zlcmid=1A2B; _ga=GA1.1.123; sid=xyz');
    expect(collect(doc).cookieNames).toEqual(['__zlcmid', '_ga', 'sid']);
  });

  it('gives no cookie names when reading document.cookie throws (sandboxed documents)', () => {
    const doc = pageOf('<div class="zopim"></div>', () => {
      throw new DOMException('The document is sandboxed', 'SecurityError');
    });
    const signals = collect(doc);
    expect(signals.cookieNames).toEqual([]);
    expect(signals.markers).toEqual(['.zopim']);
  });

  it('returns exactly the four document lists', () => {
    expect(Object.keys(collect(pageOf(''))).sort()).toEqual(['cookieNames', 'frameUrls', 'markers', 'scriptUrls']);
  });
});

describe('cookieNamesOf', () => {
  it('splits on ";" and trims spaces around names', () => {
    expect(cookieNamesOf('a=1; b=2;c=3')).toEqual(['a', 'b', 'c']);
    expect(cookieNamesOf('  spaced  = value ;\ttabbed=1')).toEqual(['spaced', 'tabbed']);
  });

  it('skips empty pairs and empty names', () => {
    expect(cookieNamesOf('')).toEqual([]);
    expect(cookieNamesOf('a=1;; ;b=2;')).toEqual(['a', 'b']);
    expect(cookieNamesOf('=orphan-value; a=1')).toEqual(['a']);
  });

  it('takes the name before the first "=" only', () => {
    expect(cookieNamesOf('token=abc==; q=x=y=z; empty=')).toEqual(['token', 'q', 'empty']);
  });

  it('keeps a pair without "=" as a name (how browsers show a nameless cookie)', () => {
    expect(cookieNamesOf('flag; a=1')).toEqual(['flag', 'a']);
  });

  it('lists each name once, in first-seen order', () => {
    expect(cookieNamesOf('a=1; b=2; a=3; b=4')).toEqual(['a', 'b']);
  });

  it('keeps at most 200 names', () => {
    const many = Array.from({ length: 300 }, (_, index) => `c${index}=v`).join('; ');
    const names = cookieNamesOf(many);
    expect(names).toHaveLength(200);
    expect(names[199]).toBe('c199');
  });

  it('property: names are trimmed, non-empty, unique and free of "=" and ";"', () => {
    fc.assert(
      fc.property(fc.string(), (cookieString) => {
        const names = cookieNamesOf(cookieString);
        expect(new Set(names).size).toBe(names.length);
        for (const name of names) {
          expect(name).toBe(name.trim());
          expect(name.length).toBeGreaterThan(0);
          expect(name).not.toMatch(/[=;]/);
        }
      }),
    );
  });
});

describe('combineSelectors', () => {
  it('joins the valid selectors with commas, in order', () => {
    expect(combineSelectors(['#a', '.b', 'iframe[title="Chat"]'], parses)).toBe('#a,.b,iframe[title="Chat"]');
  });

  it('drops selectors the browser cannot parse', () => {
    expect(combineSelectors(['#a', '[[broken', '.b', 'div:unknown-pseudo('], parses)).toBe('#a,.b');
  });

  it('asks the validator about each selector and keeps what it accepts', () => {
    expect(combineSelectors(['one', 'two', 'three'], (selector) => selector !== 'two')).toBe('one,three');
  });

  it('gives an empty string for an empty or all-invalid list', () => {
    expect(combineSelectors([], parses)).toBe('');
    expect(combineSelectors(['[[x', '##'], parses)).toBe('');
  });

  it('gives a selector that works in one querySelectorAll', () => {
    const doc = pageOf('<i id="a"></i><b class="b"></b><u></u>');
    expect(doc.querySelectorAll(combineSelectors(['#a', '[[broken', '.b'], parses))).toHaveLength(2);
  });
});

describe('signalsKey', () => {
  const signals: DocumentSignals = {
    scriptUrls: ['https://v2.zopim.com/'],
    frameUrls: ['https://f.example/'],
    markers: ['.zopim'],
    cookieNames: ['sid'],
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
    expect(signalsKey('u', { ...signals, cookieNames: ['sid', '_ga'] })).not.toBe(key);
  });

  it('does not confuse values that only differ in how they split', () => {
    const joined = { ...signals, cookieNames: ['a,b'] };
    const split = { ...signals, cookieNames: ['a', 'b'] };
    expect(signalsKey('u', joined)).not.toBe(signalsKey('u', split));
    expect(signalsKey('u', { ...signals, markers: [], cookieNames: ['.zopim'] })).not.toBe(signalsKey('u', { ...signals, markers: ['.zopim'], cookieNames: [] }));
  });

  it('is the same for two reads of an unchanged page', () => {
    const doc = pageOf('<script src="https://v2.zopim.com/"></script><div class="zopim"></div>', 'sid=1');
    expect(signalsKey('u', collect(doc))).toBe(signalsKey('u', collect(doc)));
  });
});
