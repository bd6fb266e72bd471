import { describe, expect, it } from 'vitest';
import { isSiteName, isTargetId } from '../../../lib/settings/setting-names';

describe('isSiteName', () => {
  it('accepts registrable sites', () => {
    for (const site of ['example.com', 'example.co.uk', 'xn--bcher-kva.example', '127.0.0.1', 'Example.COM']) expect(isSiteName(site)).toBe(true);
  });
  it('refuses anything else', () => {
    for (const value of ['', '.example.com', 'example.com/path', 'https://example.com', 'a b', 'a'.repeat(254), 42, null, undefined, ['example.com']]) {
      expect(isSiteName(value)).toBe(false);
    }
  });
});

describe('isTargetId', () => {
  it('accepts catalogue and tracker ids', () => {
    for (const id of ['zendesk-chat', 'tracker-google-analytics', 'hubspot']) expect(isTargetId(id)).toBe(true);
  });
  it('refuses anything else', () => {
    for (const value of ['', 'Zendesk', 'a_b', 'a'.repeat(81), '../x', 7, null]) expect(isTargetId(value)).toBe(false);
  });
});
