import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { contentScriptMessageTypes, parseMessage, parsePolicyLinks } from '../../lib/messages';

const signals = () => ({
  scriptUrls: ['https://v2.zopim.com/?k'],
  frameUrls: [],
  markers: ['.zopim'],
  globals: [],
  requestUrls: ['https://v2.zopim.com/?k', 'http://cdn.example/app.js'],
});
const pageSignals = (fields: Record<string, unknown> = {}) => ({
  type: 'page-signals',
  url: 'https://shop.example/',
  documentOrigin: 1_717_000_000_123.4,
  signals: signals(),
  ...fields,
});
const link = (fields: Record<string, unknown> = {}) => ({ href: 'https://shop.example/privacy', text: 'Privacy Policy', rel: '', inFooter: true, ...fields });

function errorOf(raw: unknown): string {
  const parsed = parseMessage(raw);
  if (parsed.ok) throw new Error(`expected a rejection, got ${JSON.stringify(parsed.message)}`);
  return parsed.error;
}

describe('parseMessage: accepted messages', () => {
  it('accepts page-signals, returning the message itself', () => {
    const bare = pageSignals();
    expect(parseMessage(bare)).toEqual({ ok: true, message: bare });
  });

  it('accepts policy-link replies, empty or full', () => {
    const links = [link(), link({ title: 'Our policy', ariaLabel: 'Privacy', rel: 'privacy-policy' })];
    expect(parsePolicyLinks(links)).toBe(links);
    expect(parsePolicyLinks([])).toEqual([]);
  });

  it('accepts lists and strings right at the limits', () => {
    const full = { ...signals(), requestUrls: Array.from({ length: 500 }, (_, index) => `https://h${index}.example/${'p'.repeat(2000)}`.slice(0, 2048)), scriptUrls: ['x'.repeat(2048)] };
    expect(parseMessage(pageSignals({ url: 'u'.repeat(2048), signals: full })).ok).toBe(true);
    expect(parsePolicyLinks(Array.from({ length: 500 }, () => link({ rel: 'r'.repeat(200) })))).not.toBeNull();
  });

  it('accepts get-tab-report with a tab id of 0 or more', () => {
    expect(parseMessage({ type: 'get-tab-report', tabId: 0 })).toEqual({ ok: true, message: { type: 'get-tab-report', tabId: 0 } });
    expect(parseMessage({ type: 'get-tab-report', tabId: 123456 }).ok).toBe(true);
  });
});

describe('parseMessage: rejected messages', () => {
  it('rejects anything that is not an object', () => {
    for (const raw of [null, undefined, 'page-signals', 42, true]) expect(errorOf(raw)).toBe('message is not an object');
  });

  it('rejects unknown or missing types, quoting the type briefly', () => {
    expect(errorOf({ type: 'clear-cookies', tabId: 1 })).toBe('unknown message type "clear-cookies"');
    expect(errorOf({})).toBe('unknown message type "undefined"');
    expect(errorOf([])).toMatch(/^unknown message type/);
    expect(errorOf({ type: 'x'.repeat(10_000) }).length).toBeLessThan(100);
  });

  it('refuses a type that is not a string as an unknown message, without calling anything on it', () => {
    // String({ toString: 1 }) throws: a parser must never coerce what a sender chose.
    for (const type of [{ toString: 1 }, { toString: 1, valueOf: 1 }, { toString: 'x' }, [1, 2], { type: 'get-tab-report' }, ['get-tab-report']]) {
      expect(() => parseMessage({ type, tabId: 1 })).not.toThrow();
      expect(errorOf({ type, tabId: 1 })).toBe('unknown message type (not a string)');
    }
    // Primitives other than strings are named as before.
    expect(errorOf({ type: 7 })).toBe('unknown message type "7"');
    expect(errorOf({ type: null })).toBe('unknown message type "null"');
  });

  it('matches the type exactly', () => {
    expect(errorOf({ ...pageSignals(), type: 'Page-Signals' })).toMatch(/^unknown message type/);
    expect(errorOf({ type: ' get-tab-report', tabId: 1 })).toMatch(/^unknown message type/);
  });

  it('rejects a page-signals url that is missing, not a string or too long', () => {
    expect(errorOf(pageSignals({ url: undefined }))).toBe('page-signals: bad url');
    expect(errorOf(pageSignals({ url: 42 }))).toBe('page-signals: bad url');
    expect(errorOf(pageSignals({ url: 'u'.repeat(2049) }))).toBe('page-signals: bad url');
  });

  it('rejects a page-signals documentOrigin that is missing or not a finite number', () => {
    for (const documentOrigin of [undefined, null, '1717000000000', Number.NaN, Number.POSITIVE_INFINITY]) {
      expect(errorOf(pageSignals({ documentOrigin }))).toBe('page-signals: bad documentOrigin');
    }
  });

  it('rejects page-signals without a signals object', () => {
    expect(errorOf(pageSignals({ signals: undefined }))).toBe('page-signals: no signals');
    expect(errorOf(pageSignals({ signals: null }))).toBe('page-signals: no signals');
    expect(errorOf(pageSignals({ signals: 'scripts' }))).toBe('page-signals: no signals');
  });

  it.each(['scriptUrls', 'frameUrls', 'markers', 'globals', 'requestUrls'])('rejects a missing, mistyped or oversize %s', (key) => {
    const bad = (value: unknown) => errorOf(pageSignals({ signals: { ...signals(), [key]: value } }));
    const expected = `page-signals: bad ${key}`;
    expect(bad(undefined)).toBe(expected);
    expect(bad('a,b')).toBe(expected);
    expect(bad({ 0: 'a', length: 1 })).toBe(expected);
    expect(bad(['ok', 7])).toBe(expected);
    expect(bad(['ok', null])).toBe(expected);
    expect(bad(Array.from({ length: 501 }, () => 'x'))).toBe(expected);
    expect(bad(['x'.repeat(2049)])).toBe(expected);
  });

  it('rejects request URLs that are not http(s)', () => {
    for (const url of ['data:image/png;base64,AAAA', 'chrome-extension://abc/x.js', 'javascript:alert(1)', 'HTTPS://upper.example/', '//cdn.example/x.js', 'ws://chat.example/']) {
      expect(errorOf(pageSignals({ signals: { ...signals(), requestUrls: ['https://ok.example/', url] } }))).toBe('page-signals: bad requestUrls');
    }
  });

  it('rejects bad policy links', () => {
    const expected = null;
    const bad = (policyLinks: unknown) => parsePolicyLinks(policyLinks);
    expect(bad('https://shop.example/privacy')).toBe(expected);
    expect(bad(null)).toBe(expected);
    expect(bad([null])).toBe(expected);
    expect(bad(['https://shop.example/privacy'])).toBe(expected);
    expect(bad([link({ href: 7 })])).toBe(expected);
    expect(bad([link({ text: undefined })])).toBe(expected);
    expect(bad([link({ rel: null })])).toBe(expected);
    expect(bad([link({ inFooter: 'yes' })])).toBe(expected);
    expect(bad([link({ inFooter: undefined })])).toBe(expected);
    expect(bad([link({ title: 5 })])).toBe(expected);
    expect(bad([link({ ariaLabel: ['Privacy'] })])).toBe(expected);
    expect(bad([link({ href: 'h'.repeat(2049) })])).toBe(expected);
    expect(bad(Array.from({ length: 501 }, () => link()))).toBe(expected);
    expect(bad([link({ text: 't'.repeat(2049) })])).toBe(expected);
    expect(bad([link({ rel: 'r'.repeat(201) })])).toBe(expected);
    expect(bad([link({ title: 't'.repeat(2049) })])).toBe(expected);
    expect(bad([link(), link({ inFooter: 1 })])).toBe(expected);
    expect(bad(Array.from({ length: 501 }, () => link()))).toBe(expected);
  });

  it('rejects get-tab-report without a non-negative integer tab id', () => {
    for (const tabId of [undefined, null, -1, 1.5, '3', Number.NaN, Number.POSITIVE_INFINITY, 2 ** 53, [1]]) {
      expect(errorOf({ type: 'get-tab-report', tabId })).toBe('get-tab-report: bad tabId');
    }
  });

  it('never throws, whatever arrives', () => {
    fc.assert(
      fc.property(fc.anything(), (raw) => {
        const parsed = parseMessage(raw);
        expect(typeof parsed.ok).toBe('boolean');
      }),
    );
    fc.assert(
      fc.property(fc.record({ type: fc.constantFrom('page-signals', 'get-tab-report'), url: fc.anything(), tabId: fc.anything(), signals: fc.anything(), policyLinks: fc.anything() }, { requiredKeys: ['type'] }), (raw) => {
        parseMessage(raw);
      }),
    );
  });
});

describe('contentScriptMessageTypes', () => {
  it('lets content scripts send page signals only', () => {
    expect(contentScriptMessageTypes.has('page-signals')).toBe(true);
    expect(contentScriptMessageTypes.has('get-tab-report')).toBe(false);
  });
});
