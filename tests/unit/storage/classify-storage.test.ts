import { describe, expect, it } from 'vitest';
import { createStorageClassifier } from '../../../lib/storage/classify-storage';
import { vendorStorageKeys } from '../../../lib/storage/vendor-storage-keys';
import { widgetCatalog } from '../../../lib/widgets/catalog';
import { nameMatches } from '../../../lib/widgets/name-match';
import type { RawStorageItem } from '../../../lib/storage/storage-item';

const classify = createStorageClassifier(widgetCatalog, vendorStorageKeys);
const item = (key: string, area: RawStorageItem['area'] = 'localStorage', origin = 'https://www.shop.example'): RawStorageItem => ({ area, origin, key, bytes: 40 });

describe('nameMatches', () => {
  it('compares a whole name, a fixed start, or a fixed end after something', () => {
    expect(nameMatches({ name: '__zlcstore', match: 'exact' }, '__zlcstore')).toBe(true);
    expect(nameMatches({ name: '__zlcstore', match: 'exact' }, '__zlcstore2')).toBe(false);
    expect(nameMatches({ name: 'twk_token_', match: 'prefix' }, 'twk_token_5f1a2b')).toBe(true);
    expect(nameMatches({ name: 'twk_token_', match: 'prefix' }, 'my_twk_token_5f')).toBe(false);
    expect(nameMatches({ name: '-_zldp', match: 'suffix' }, 'myshop-_zldp')).toBe(true);
    expect(nameMatches({ name: '-_zldp', match: 'suffix' }, '-_zldp')).toBe(false);
    expect(nameMatches({ name: '-_zldp', match: 'suffix' }, 'myshop-_zldp2')).toBe(false);
  });
});

describe('createStorageClassifier', () => {
  it('names documented keys on the site’s own origin with their vendor and purpose', () => {
    const cases: [string, RawStorageItem['area'], string][] = [
      ['__zlcstore', 'localStorage', 'Zendesk'],
      ['intercom.intercom-state-abc123', 'localStorage', 'Intercom'],
      ['DRIFT_visitCounts', 'localStorage', 'Salesloft (Drift)'],
      ['DRIFT_SESSION_ID', 'sessionStorage', 'Salesloft (Drift)'],
      ['twk_token_5f1a2b3c', 'localStorage', 'tawk.to'],
      ['tidio_state_pk123', 'localStorage', 'Tidio'],
      ['5f1a2b3c4d5e6f.appUserId', 'localStorage', 'Zendesk'],
    ];
    for (const [key, area, vendor] of cases) {
      const record = classify(item(key, area), 'shop.example');
      expect(record, key).toMatchObject({ key, area, vendor, party: 'first' });
      expect(record.purpose, key).toBeTruthy();
    }
  });

  it('keeps keys in the area their source names: a Drift session key in local storage is not claimed', () => {
    expect(classify(item('DRIFT_SESSION_ID', 'localStorage'), 'shop.example').vendor).toBeNull();
  });

  it('names nothing it does not know, and no ordinary key with a vendor', () => {
    for (const key of ['cart', 'theme', 'token', 'appUserId', 'state', '_ga', 'intercom', 'twk_', 'tidio']) {
      expect(classify(item(key), 'shop.example'), key).toMatchObject({ vendor: null, purpose: null, widgetId: null });
    }
  });

  it('gives everything a vendor’s own frame keeps to that vendor, whatever its key', () => {
    const record = classify(item('customer-token', 'localStorage', 'https://secure.livechatinc.com'), 'shop.example');
    expect(record).toMatchObject({ vendor: 'Text (LiveChat Software)', widgetId: 'livechat', party: 'third', purpose: null });
    expect(classify(item('anything', 'indexedDB', 'https://embed.tawk.to'), 'shop.example')).toMatchObject({ vendor: 'tawk.to', party: 'third' });
  });

  it('does not give a site’s own storage to a vendor because the site is the vendor', () => {
    expect(classify(item('session', 'localStorage', 'https://www.intercom.com'), 'intercom.com')).toMatchObject({ vendor: null, party: 'first' });
  });

  it('every storage key source is a public page or says which public code names it', () => {
    for (const spec of vendorStorageKeys) {
      expect(widgetCatalog.some((widget) => widget.id === spec.widgetId), spec.widgetId).toBe(true);
      expect(spec.source.length).toBeGreaterThan(20);
      expect(spec.areas.length).toBeGreaterThan(0);
    }
  });
});
