import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { parseActionMessage } from '../../../lib/actions/action-messages';
import { contentScriptMessageTypes, parseMessage } from '../../../lib/messages';

/** One good message of every action type. */
const good: Record<string, Record<string, unknown>[]> = {
  'clear-site-data': [{ type: 'clear-site-data', tabId: 3 }, { type: 'clear-site-data', tabId: 0 }, { type: 'clear-site-data', tabId: 3, withoutUndo: true }],
  'clear-chat-data': [{ type: 'clear-chat-data', tabId: 3, widgetId: 'livechat' }, { type: 'clear-chat-data', tabId: 3, widgetId: 'livechat', withoutUndo: true }],
  'get-action-state': [{ type: 'get-action-state', tabId: 17 }],
  block: [
    { type: 'block', tabId: 3, targetId: 'zendesk-chat', scope: 'site', mode: 'block' },
    { type: 'block', tabId: 3, targetId: 'tracker-google-analytics', scope: 'everywhere', mode: 'cookieless' },
  ],
  unblock: [
    { type: 'unblock', tabId: 3, targetId: 'intercom', scope: 'site' },
    { type: 'unblock', tabId: 3, targetId: 'intercom', scope: 'everywhere' },
    { type: 'unblock', targetId: 'intercom', site: 'shop.example' },
    { type: 'unblock', targetId: 'intercom', site: '127.0.0.1' },
    { type: 'unblock', targetId: 'intercom', site: null },
  ],
  'opt-out': [{ type: 'opt-out', tabId: 3, vendorId: 'zendesk-chat' }],
  'opt-in': [{ type: 'opt-in', tabId: 3, vendorId: 'hubspot-chat' }],
  undo: [{ type: 'undo', undoId: '3f2a9c1e-5b7d-4e8f-9a0b-1c2d3e4f5a6b' }, { type: 'undo', undoId: 'abcdefgh' }],
  'set-autoconsent-site': [{ type: 'set-autoconsent-site', tabId: 3, enabled: false }, { type: 'set-autoconsent-site', tabId: 3, enabled: true }],
  'get-settings': [{ type: 'get-settings' }],
  'set-option': [
    { type: 'set-option', option: 'autoconsent', enabled: false },
    { type: 'set-option', option: 'privacy-signals', enabled: true },
  ],
  'remove-autoconsent-exception': [{ type: 'remove-autoconsent-exception', site: 'shop.example' }],
  'remove-all-blocks': [{ type: 'remove-all-blocks', confirmed: true }],
};

/** Bad variants: each breaks one field of a good message. */
const bad: [string, Record<string, unknown>][] = [
  ['negative tabId', { type: 'clear-site-data', tabId: -1 }],
  ['string tabId', { type: 'clear-site-data', tabId: '3' }],
  ['fractional tabId', { type: 'get-action-state', tabId: 1.5 }],
  ['missing tabId', { type: 'clear-site-data' }],
  ['NaN tabId', { type: 'clear-site-data', tabId: Number.NaN }],
  ['clear: withoutUndo false', { type: 'clear-site-data', tabId: 3, withoutUndo: false }],
  ['clear: withoutUndo "true"', { type: 'clear-site-data', tabId: 3, withoutUndo: 'true' }],
  ['clear: withoutUndo 1', { type: 'clear-site-data', tabId: 3, withoutUndo: 1 }],
  ['clear chat data: withoutUndo false', { type: 'clear-chat-data', tabId: 3, widgetId: 'livechat', withoutUndo: false }],
  ['huge tabId', { type: 'clear-site-data', tabId: 2 ** 60 }],
  ['block: unknown scope', { type: 'block', tabId: 3, targetId: 'intercom', scope: 'planet', mode: 'block' }],
  ['block: missing scope', { type: 'block', tabId: 3, targetId: 'intercom', mode: 'block' }],
  ['block: unknown mode', { type: 'block', tabId: 3, targetId: 'intercom', scope: 'site', mode: 'delete' }],
  ['block: target id with capitals', { type: 'block', tabId: 3, targetId: 'Intercom', scope: 'site', mode: 'block' }],
  ['block: target id with a dot', { type: 'block', tabId: 3, targetId: 'evil.com', scope: 'site', mode: 'block' }],
  ['block: empty target id', { type: 'block', tabId: 3, targetId: '', scope: 'site', mode: 'block' }],
  ['block: long target id', { type: 'block', tabId: 3, targetId: 'a'.repeat(81), scope: 'site', mode: 'block' }],
  ['block: string tabId', { type: 'block', tabId: 'all', targetId: 'intercom', scope: 'site', mode: 'block' }],
  ['block: negative tabId', { type: 'block', tabId: -5, targetId: 'intercom', scope: 'everywhere', mode: 'block' }],
  ['unblock: tabId without scope', { type: 'unblock', tabId: 3, targetId: 'intercom' }],
  ['unblock: unknown scope', { type: 'unblock', tabId: 3, targetId: 'intercom', scope: 'planet' }],
  ['unblock: negative tabId', { type: 'unblock', tabId: -1, targetId: 'intercom', scope: 'site' }],
  ['unblock: bad site', { type: 'unblock', targetId: 'intercom', site: 'Shop Example' }],
  ['unblock: site missing', { type: 'unblock', targetId: 'intercom' }],
  ['unblock: site a number', { type: 'unblock', targetId: 'intercom', site: 5 }],
  ['unblock: bad target', { type: 'unblock', targetId: 'in tercom', site: null }],
  ['opt-out: bad vendor', { type: 'opt-out', tabId: 3, vendorId: '../x' }],
  ['opt-out: missing tabId', { type: 'opt-out', vendorId: 'zendesk-chat' }],
  ['opt-in: negative tabId', { type: 'opt-in', tabId: -1, vendorId: 'zendesk-chat' }],
  ['undo: too short', { type: 'undo', undoId: 'abc' }],
  ['undo: capitals', { type: 'undo', undoId: 'ABCDEFGHIJ' }],
  ['undo: a storage key', { type: 'undo', undoId: 'settings:x-y-z' }],
  ['undo: a number', { type: 'undo', undoId: 12345678 }],
  ['undo: too long', { type: 'undo', undoId: 'a'.repeat(65) }],
  ['set-autoconsent-site: enabled a string', { type: 'set-autoconsent-site', tabId: 3, enabled: 'false' }],
  ['set-autoconsent-site: bad tabId', { type: 'set-autoconsent-site', tabId: null, enabled: true }],
  ['set-option: unknown option', { type: 'set-option', option: 'everything', enabled: true }],
  ['set-option: enabled missing', { type: 'set-option', option: 'autoconsent' }],
  ['remove-autoconsent-exception: bad site', { type: 'remove-autoconsent-exception', site: '<script>' }],
  ['remove-all-blocks: no confirmation', { type: 'remove-all-blocks' }],
  ['remove-all-blocks: confirmed false', { type: 'remove-all-blocks', confirmed: false }],
  ['remove-all-blocks: confirmed "true"', { type: 'remove-all-blocks', confirmed: 'true' }],
  ['remove-all-blocks: confirmed 1', { type: 'remove-all-blocks', confirmed: 1 }],
];

describe('parseActionMessage: accepted', () => {
  for (const [type, messages] of Object.entries(good)) {
    it(`accepts ${type}`, () => {
      for (const message of messages) {
        expect(parseActionMessage(message)).toEqual({ ok: true, message });
        // And through the one entry point the background uses.
        expect(parseMessage(message)).toEqual({ ok: true, message });
      }
    });
  }

  it('has a good example for every action type (the list above covers the union)', () => {
    expect(Object.keys(good).sort()).toEqual(
      ['block', 'clear-chat-data', 'clear-site-data', 'get-action-state', 'get-settings', 'opt-in', 'opt-out', 'remove-all-blocks', 'remove-autoconsent-exception', 'set-autoconsent-site', 'set-option', 'undo', 'unblock'].sort(),
    );
  });
});

describe('parseActionMessage: refused', () => {
  for (const [label, message] of bad) {
    it(`refuses ${label}`, () => {
      const parsed = parseActionMessage(message);
      expect(parsed).not.toBeNull();
      expect(parsed!.ok).toBe(false);
      expect(parseMessage(message).ok).toBe(false);
      if (parsed && !parsed.ok) expect(parsed.error).toContain(String(message.type));
    });
  }

  it('is not an action message: null, and parseMessage names the unknown type', () => {
    expect(parseActionMessage({ type: 'format-disk' })).toBeNull();
    expect(parseActionMessage({})).toBeNull();
    const parsed = parseMessage({ type: 'format-disk' });
    expect(parsed).toEqual({ ok: false, error: 'unknown message type "format-disk"' });
  });

  it('no action message may come from a content script', () => {
    for (const type of Object.keys(good)) expect(contentScriptMessageTypes.has(type as never)).toBe(false);
  });

  it('property: a tabId is accepted only when it is a non-negative safe integer', () => {
    fc.assert(
      fc.property(fc.oneof(fc.integer({ min: -1e6, max: 1e6 }), fc.double(), fc.string(), fc.constant(null), fc.boolean(), fc.constant(2 ** 53)), (tabId) => {
        const valid = Number.isSafeInteger(tabId) && (tabId as number) >= 0;
        for (const message of [
          { type: 'clear-site-data', tabId },
          { type: 'block', tabId, targetId: 'intercom', scope: 'site', mode: 'block' },
          { type: 'opt-out', tabId, vendorId: 'zendesk-chat' },
          { type: 'get-action-state', tabId },
        ]) {
          expect(parseActionMessage(message)!.ok).toBe(valid);
        }
      }),
    );
  });

  it('property: a target id is accepted only when it is kebab-case ascii of 1..80', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 100 }), (targetId) => {
        const parsed = parseActionMessage({ type: 'block', tabId: 1, targetId, scope: 'everywhere', mode: 'block' });
        expect(parsed!.ok).toBe(/^[a-z0-9-]{1,80}$/.test(targetId));
      }),
    );
  });

  it('property: only remove-all-blocks with confirmed === true is accepted', () => {
    fc.assert(
      fc.property(fc.anything(), (confirmed) => {
        expect(parseActionMessage({ type: 'remove-all-blocks', confirmed })!.ok).toBe(confirmed === true);
      }),
    );
  });
});
