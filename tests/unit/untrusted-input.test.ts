import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseMessage, parsePolicyLinks, type Message } from '../../lib/messages';
import { isConsentEnvelope, parseConsentMessage, type ConsentMessage } from '../../lib/consent/consent-messages';
import { migrateSettings } from '../../lib/settings/migrate-settings';
import { parsePolicyCacheEntry } from '../../lib/policy/fetch/policy-cache';
import { rankPolicyLinks } from '../../lib/policy/find/discover';
import { isTabState, signalsOf, withPageReport } from '../../lib/findings/tab-state';
import { parseUndoEntry } from '../../lib/actions/undo-record';
import { jsonLike } from '../support/json-like';

/**
 * Every parser in lib/ that takes `unknown` from another part of the extension (a content
 * script's message, an extension page's message, what storage holds) gets arbitrary JSON-like
 * input and must answer without throwing; whatever it accepts must have the shape its type says.
 * A fixed seed keeps the run the same on every machine (fast-check prints it on failure).
 */
const SEED = 20_250_609;
const RUNS = 1000;
const run = { seed: SEED, numRuns: RUNS };

const MESSAGE_TYPES = [
  'page-signals', 'get-tab-report', 'get-mismatches', 'get-policy', 'set-policy-url', 'clear-site-data', 'block', 'unblock', 'opt-out', 'opt-in',
  'undo', 'get-action-state', 'set-autoconsent-site', 'get-settings', 'set-option', 'remove-autoconsent-exception', 'remove-all-blocks',
  'load-chat', 'clear-chat-data', 'set-chat-on-click-everywhere',
];
const CONSENT_TYPES = ['init', 'eval', 'cmpDetected', 'optOutResult', 'autoconsentDone', 'prehide', 'undoPrehide', 'report', 'autoconsent'];

/** Field names the parsers read, and names that break careless code (`toString`, `__proto__`). */
const KEYS = [
  'type', 'tabId', 'inUiLanguage', 'url', 'documentOrigin', 'signals', 'scriptUrls', 'frameUrls', 'markers', 'globals', 'requestUrls', 'vendorId', 'force',
  'targetId', 'scope', 'mode', 'site', 'undoId', 'enabled', 'option', 'confirmed', 'withoutUndo', 'message', 'id', 'snippetId', 'cmp',
  'result', 'scheduleSelfTest', 'isCosmetic', 'duration', 'totalClicks', 'selector', 'mainFrame', 'href', 'text', 'rel', 'inFooter', 'title',
  'ariaLabel', 'version', 'autoconsent', 'disabledSites', 'privacySignals', 'blocks', 'optOuts', 'policyOverrides', 'createdAt', 'kind',
  'settings', 'policy-override:shop.example', 'fetchedAt', 'contentHash', 'etag', 'lastModified', 'previous', 'analysis', 'requests',
  'policyLinks', 'pageSignals', 'startedAt', 'updatedAt', 'record', 'expires', 'cookies', 'localStorage', 'origin', 'items', 'entry',
  'before', 'set', 'previous', 'widgetId', 'chatOnClick', 'everywhere', 'toString', 'valueOf', 'toJSON', '__proto__', 'constructor', 'hasOwnProperty', 'length', '0',
];

const jsonish = jsonLike(KEYS, [
  ...MESSAGE_TYPES, ...CONSENT_TYPES, 'https://shop.example/', 'http://127.0.0.1:8080/x', 'shop.example', 'zendesk-chat', 'site', 'everywhere', 'a'.repeat(64),
]);

/** A value in a message's `type` place: a known type, or anything a sender could put there. */
const typeValue = fc.oneof(fc.constantFrom(...MESSAGE_TYPES, ...CONSENT_TYPES), jsonish, fc.constant({ toString: 1 }), fc.constant({ toString: 1, valueOf: 1 }));

/** Good messages of every kind, each with some fields replaced by anything: reaches the deep checks. */
const goodMessages: Record<string, unknown>[] = [
  { type: 'page-signals', url: 'https://shop.example/', documentOrigin: 1, signals: { scriptUrls: [], frameUrls: [], markers: [], globals: [], requestUrls: ['https://a.example/'] } },
  { type: 'get-tab-report', tabId: 1 },
  { type: 'get-mismatches', tabId: 1 },
  { type: 'get-policy', tabId: 1, vendorId: 'intercom', force: true },
  { type: 'set-policy-url', tabId: 1, url: 'https://shop.example/privacy' },
  { type: 'clear-site-data', tabId: 1 },
  { type: 'clear-site-data', tabId: 1, withoutUndo: true },
  { type: 'block', tabId: 1, targetId: 'intercom', scope: 'site', mode: 'block' },
  { type: 'unblock', tabId: 1, targetId: 'intercom', scope: 'everywhere' },
  { type: 'unblock', targetId: 'intercom', site: null },
  { type: 'opt-out', tabId: 1, vendorId: 'zendesk-chat' },
  { type: 'undo', undoId: 'abcdefgh-1234' },
  { type: 'set-option', option: 'autoconsent', enabled: true },
  { type: 'remove-all-blocks', confirmed: true },
  { type: 'load-chat', widgetId: 'intercom' },
  { type: 'clear-chat-data', tabId: 1, widgetId: 'intercom' },
  { type: 'set-chat-on-click-everywhere', enabled: true },
  { type: 'set-chat-on-click-everywhere', enabled: false, widgetId: 'crisp' },
  { type: 'block', tabId: 1, targetId: 'intercom', scope: 'everywhere', mode: 'on-click' },
];
const mutated = (goods: readonly Record<string, unknown>[]) =>
  fc.tuple(fc.constantFrom(...goods), fc.array(fc.tuple(fc.constantFrom(...KEYS), jsonish), { maxLength: 3 })).map(([good, changes]) => {
    const message: Record<string, unknown> = { ...good };
    for (const [key, value] of changes) Object.defineProperty(message, key, { value, enumerable: true, configurable: true, writable: true });
    return message;
  });

const anyMessage = fc.oneof(jsonish, fc.record({ type: typeValue }, { requiredKeys: [] }), fc.tuple(typeValue, fc.dictionary(fc.constantFrom(...KEYS), jsonish)).map(([type, rest]) => ({ ...rest, type })), mutated(goodMessages));

// --- What each accepted message must look like, written apart from the parsers. -----------------
const isTabId = (value: unknown) => Number.isSafeInteger(value) && (value as number) >= 0;
const isString = (value: unknown) => typeof value === 'string';
const isStrings = (value: unknown) => Array.isArray(value) && value.every(isString);
const optional = (value: unknown, check: (value: unknown) => boolean) => value === undefined || check(value);

const messageShapes: Record<Message['type'], (m: Record<string, unknown>) => boolean> = {
  'page-signals': (m) => {
    const signals = m.signals as Record<string, unknown>;
    return isString(m.url) && Number.isFinite(m.documentOrigin) && typeof signals === 'object' && signals !== null &&
      ['scriptUrls', 'frameUrls', 'markers', 'globals', 'requestUrls'].every((key) => isStrings(signals[key])) &&
      (signals.requestUrls as string[]).every((url) => /^https?:\/\//.test(url));
  },
  'load-chat': (m) => isString(m.widgetId),
  'clear-chat-data': (m) => isTabId(m.tabId) && isString(m.widgetId) && optional(m.withoutUndo, (value) => value === true),
  'set-chat-on-click-everywhere': (m) => typeof m.enabled === 'boolean' && optional(m.widgetId, isString),
  'get-tab-report': (m) => isTabId(m.tabId),
  'get-mismatches': (m) => isTabId(m.tabId),
  'get-policy': (m) => isTabId(m.tabId) && optional(m.vendorId, isString) && optional(m.force, (value) => typeof value === 'boolean'),
  'set-policy-url': (m) => isTabId(m.tabId) && isString(m.url) && /^https?:\/\//i.test(m.url as string),
  'clear-site-data': (m) => isTabId(m.tabId) && optional(m.withoutUndo, (value) => value === true),
  'get-action-state': (m) => isTabId(m.tabId),
  block: (m) => isTabId(m.tabId) && isString(m.targetId) && ['site', 'everywhere'].includes(m.scope as string) && ['block', 'cookieless', 'on-click'].includes(m.mode as string),
  unblock: (m) => isString(m.targetId) && ('tabId' in m ? isTabId(m.tabId) && ['site', 'everywhere'].includes(m.scope as string) : m.site === null || isString(m.site)),
  'opt-out': (m) => isTabId(m.tabId) && isString(m.vendorId),
  'opt-in': (m) => isTabId(m.tabId) && isString(m.vendorId),
  undo: (m) => isString(m.undoId),
  'set-autoconsent-site': (m) => isTabId(m.tabId) && typeof m.enabled === 'boolean',
  'get-settings': () => true,
  'set-option': (m) => ['autoconsent', 'privacy-signals'].includes(m.option as string) && typeof m.enabled === 'boolean',
  'remove-autoconsent-exception': (m) => isString(m.site),
  'remove-all-blocks': (m) => m.confirmed === true,
};

const consentShapes: Record<ConsentMessage['type'], (m: Record<string, unknown>) => boolean> = {
  init: (m) => isString(m.url) && optional(m.mainFrame, (value) => typeof value === 'boolean'),
  eval: (m) => isString(m.id) && isString(m.snippetId),
  cmpDetected: (m) => isString(m.cmp) && isString(m.url),
  optOutResult: (m) => isString(m.cmp) && typeof m.result === 'boolean' && typeof m.scheduleSelfTest === 'boolean' && isString(m.url),
  autoconsentDone: (m) => isString(m.cmp) && typeof m.isCosmetic === 'boolean' && isString(m.url) && Number.isFinite(m.duration) && Number.isFinite(m.totalClicks),
  prehide: (m) => isString(m.selector) && (m.selector as string).length > 0,
  undoPrehide: (m) => isString(m.selector) && (m.selector as string).length > 0,
};

describe('parsers of untrusted input never throw, and what they accept has its type', { timeout: 60_000 }, () => {
  it('parseMessage: every message between parts', () => {
    fc.assert(
      fc.property(anyMessage, (raw) => {
        const parsed = parseMessage(raw);
        if (!parsed.ok) {
          expect(typeof parsed.error).toBe('string');
          return;
        }
        const shape = messageShapes[parsed.message.type];
        expect(shape, `a type outside the protocol: ${String(parsed.message.type)}`).toBeDefined();
        expect(shape(parsed.message as unknown as Record<string, unknown>), JSON.stringify(parsed.message)).toBe(true);
      }),
      run,
    );
  });

  it('a type that is not a string is always refused as an unknown message', () => {
    fc.assert(
      fc.property(fc.oneof(jsonish.filter((value) => typeof value !== 'string'), fc.constant({ toString: 1 })), fc.dictionary(fc.constantFrom(...KEYS), jsonish), (type, rest) => {
        const parsed = parseMessage({ ...rest, type });
        expect(parsed).toEqual({ ok: false, error: expect.stringMatching(/^unknown message type/) });
        const consent = parseConsentMessage({ type: 'autoconsent', message: { ...rest, type } });
        expect(consent).toEqual({ ok: false, error: expect.stringMatching(/^autoconsent: unknown message type/) });
      }),
      run,
    );
  });

  it('consent envelopes', () => {
    const envelope = fc.oneof(jsonish, fc.record({ type: fc.constant('autoconsent'), message: fc.oneof(anyMessage, fc.record({ type: typeValue, url: jsonish, selector: jsonish, cmp: jsonish })) }));
    fc.assert(
      fc.property(envelope, (raw) => {
        const isEnvelope = isConsentEnvelope(raw);
        const parsed = parseConsentMessage(raw);
        if (!isEnvelope) expect(parsed.ok).toBe(false);
        if (!parsed.ok) return;
        const shape = consentShapes[parsed.message.type];
        expect(shape).toBeDefined();
        expect(shape(parsed.message as unknown as Record<string, unknown>)).toBe(true);
      }),
      run,
    );
  });

  it('policy links from a content script, and their ranking', () => {
    const link = fc.record({ href: fc.oneof(jsonish, fc.constantFrom('https://shop.example/privacy', '/privacy', 'javascript:x')), text: jsonish, rel: jsonish, inFooter: jsonish, title: jsonish, ariaLabel: jsonish }, { requiredKeys: [] });
    const goodLink = fc.record({ href: fc.constantFrom('https://shop.example/privacy', '/legal', 'mailto:x', ''), text: fc.string(), rel: fc.string({ maxLength: 20 }), inFooter: fc.boolean() });
    fc.assert(
      fc.property(fc.oneof(jsonish, fc.array(fc.oneof(link, goodLink, jsonish), { maxLength: 8 }), fc.array(goodLink, { maxLength: 8 })), (raw) => {
        const links = parsePolicyLinks(raw);
        if (links === null) return;
        for (const candidate of links) {
          expect([candidate.href, candidate.text, candidate.rel].every(isString)).toBe(true);
          expect(typeof candidate.inFooter).toBe('boolean');
          expect(optional(candidate.title, isString) && optional(candidate.ariaLabel, isString)).toBe(true);
        }
        for (const ranked of rankPolicyLinks('https://shop.example/', links)) expect(ranked.url).toMatch(/^https?:\/\//);
      }),
      run,
    );
  });

  it('settings migration: whatever storage.local holds', () => {
    const stored = fc.oneof(
      fc.dictionary(fc.constantFrom(...KEYS), jsonish),
      fc.record({ settings: fc.oneof(jsonish, fc.dictionary(fc.constantFrom(...KEYS), jsonish)), 'policy-override:shop.example': jsonish }, { requiredKeys: [] }),
    );
    fc.assert(
      fc.property(stored, (everything) => {
        const { settings, changed, dropped, obsoleteKeys, fromNewerVersion } = migrateSettings(everything as Record<string, unknown>);
        expect([typeof changed, typeof fromNewerVersion]).toEqual(['boolean', 'boolean']);
        expect(Number.isInteger(dropped) && dropped >= 0).toBe(true);
        expect(isStrings(obsoleteKeys)).toBe(true);
        expect(typeof settings.autoconsent.enabled).toBe('boolean');
        expect(isStrings(settings.autoconsent.disabledSites)).toBe(true);
        expect(typeof settings.privacySignals.enabled).toBe('boolean');
        for (const block of settings.blocks) {
          expect(isString(block.targetId) && ['block', 'cookieless', 'on-click'].includes(block.mode) && Number.isFinite(block.createdAt)).toBe(true);
          expect(block.scope.kind === 'everywhere' || (block.scope.kind === 'site' && isString(block.scope.site))).toBe(true);
        }
        for (const optOut of settings.optOuts) expect(isString(optOut.vendorId) && isString(optOut.site) && Number.isFinite(optOut.createdAt)).toBe(true);
        for (const url of Object.values(settings.policyOverrides)) expect(url).toMatch(/^https?:\/\//i);
        expect(() => JSON.stringify(settings)).not.toThrow();
      }),
      run,
    );
  });

  it('what storage holds: policy cache entries, tab states, undo entries', () => {
    fc.assert(
      fc.property(fc.oneof(jsonish, fc.dictionary(fc.constantFrom(...KEYS), jsonish)), (value) => {
        const entry = parsePolicyCacheEntry(value);
        if (entry) expect(isString(entry.url) && /^[0-9a-f]{64}$/.test(entry.contentHash) && Number.isFinite(entry.fetchedAt)).toBe(true);
        if (isTabState(value)) {
          // A stored state goes on being used: joined with a report, read for the matcher.
          const next = withPageReport(value, 1, { url: 'https://shop.example/', documentOrigin: value.documentOrigin, signals: { scriptUrls: ['https://a.example/x.js'], frameUrls: [], markers: [], globals: [], requestUrls: ['https://b.example/'] } }, 1);
          expect(isStrings(signalsOf(next).requestUrls)).toBe(true);
        }
        const undo = parseUndoEntry(value);
        if (undo) expect(Number.isFinite(undo.expires) && ['restore-site-data', 'remove-block', 'restore-block', 'revert-opt-out', 'redo-opt-out'].includes(undo.record.kind)).toBe(true);
      }),
      run,
    );
  });
});
