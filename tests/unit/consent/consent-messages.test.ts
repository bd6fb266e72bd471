import { describe, expect, it } from 'vitest';
import { AUTOCONSENT_MESSAGE, forwardedConsentTypes, isConsentEnvelope, parseConsentMessage, prehideCss } from '../../../lib/consent/consent-messages';

const wrap = (message: unknown) => ({ type: AUTOCONSENT_MESSAGE, message });

describe('autoconsent messages', () => {
  it('recognises the envelope, whatever is inside', () => {
    expect(isConsentEnvelope(wrap({ type: 'init', url: 'https://a.example/' }))).toBe(true);
    expect(isConsentEnvelope(wrap(null))).toBe(true);
    expect(isConsentEnvelope({ type: 'init', url: 'https://a.example/' })).toBe(false);
    expect(isConsentEnvelope({ type: 'page-signals' })).toBe(false);
    expect(isConsentEnvelope(null)).toBe(false);
    expect(isConsentEnvelope('autoconsent')).toBe(false);
  });

  it('accepts each well-formed message the content script forwards', () => {
    const good = [
      { type: 'init', url: 'https://a.example/' },
      { type: 'init', url: 'https://a.example/', mainFrame: true },
      { type: 'eval', id: 'abc', snippetId: 'EVAL_ONETRUST_1' },
      { type: 'cmpDetected', cmp: 'Onetrust', url: 'https://a.example/' },
      { type: 'optOutResult', cmp: 'Onetrust', result: true, scheduleSelfTest: true, url: 'https://a.example/' },
      { type: 'autoconsentDone', cmp: 'Onetrust', isCosmetic: false, url: 'https://a.example/', duration: 812, totalClicks: 1 },
      { type: 'prehide', selector: '#onetrust-banner-sdk,.cmp' },
      { type: 'undoPrehide', selector: '#onetrust-banner-sdk,.cmp' },
    ];
    for (const message of good) expect(parseConsentMessage(wrap(message)), JSON.stringify(message)).toEqual({ ok: true, message });
  });

  it('forwards only what the background handles', () => {
    expect([...forwardedConsentTypes].sort()).toEqual(['autoconsentDone', 'cmpDetected', 'eval', 'init', 'optOutResult']);
    for (const type of forwardedConsentTypes) expect(['init', 'eval', 'cmpDetected', 'optOutResult', 'autoconsentDone']).toContain(type);
  });

  it('drops malformed and unknown messages', () => {
    const bad = [
      null,
      { type: 'init' },
      { type: 'init', url: 42 },
      { type: 'init', url: 'https://a.example/', mainFrame: 'yes' },
      { type: 'init', url: 'x'.repeat(5000) },
      { type: 'eval', id: 'abc', code: 'alert(1)' },
      { type: 'eval', id: 'abc', snippetId: 7 },
      { type: 'cmpDetected', cmp: 'x'.repeat(201), url: 'https://a.example/' },
      { type: 'optOutResult', cmp: 'Onetrust', result: 'yes', scheduleSelfTest: false, url: 'https://a.example/' },
      { type: 'autoconsentDone', cmp: 'Onetrust', isCosmetic: false, url: 'https://a.example/', duration: -1, totalClicks: 1 },
      { type: 'autoconsentDone', cmp: 'Onetrust', isCosmetic: false, url: 'https://a.example/', duration: 1, totalClicks: Number.NaN },
      { type: 'prehide', selector: '' },
      { type: 'prehide', selector: 'a } body { display: none' },
      { type: 'report', instanceId: 'x', url: 'https://a.example/', mainFrame: true, state: {} },
      { type: 'optIn' },
      { type: 'get-tab-report', tabId: 1 },
    ];
    for (const message of bad) expect(parseConsentMessage(wrap(message)).ok, JSON.stringify(message)).toBe(false);
    expect(parseConsentMessage({ type: 'init', url: 'https://a.example/' }).ok).toBe(false);
  });

  it('refuses a message type that is not a string as unknown, without calling anything on it', () => {
    for (const type of [{ toString: 1 }, { toString: 'init' }, ['init'], { valueOf: 1, toString: 1 }]) {
      const envelope = wrap({ type, url: 'https://a.example/' });
      expect(() => parseConsentMessage(envelope)).not.toThrow();
      expect(parseConsentMessage(envelope)).toEqual({ ok: false, error: 'autoconsent: unknown message type (not a string)' });
    }
  });

  it('hides prehidden elements the way the library does, as one rule', () => {
    expect(prehideCss('#a,.b')).toBe('#a,.b { opacity: 0 !important; z-index: -1 !important; pointer-events: none !important; }');
  });
});
