import { describe, expect, it } from 'vitest';
import { mergeHistories, mergeVisit, withAction, withinRecordBytes } from '../../../lib/history/merge-visit';
import { historyLimits } from '../../../lib/history/site-history';
import { jsonBytesOf } from '../../../lib/stored-bytes';
import { DAY, T0, cookie, version, visit } from './history-fixtures';

describe('mergeVisit', () => {
  it('starts a record from a first visit', () => {
    const record = mergeVisit(null, visit());
    expect(record).toMatchObject({ site: 'shop.example', firstVisit: T0, lastVisit: T0, visits: 1, pages: ['https://shop.example/'] });
    expect(record.cookies.map((item) => item.name)).toEqual(['sid', 'IDE']);
  });

  it('adds a later visit: one more visit, pages most recent last, cookies the latest sighting first, nothing seen before lost', () => {
    const first = mergeVisit(null, visit());
    const second = mergeVisit(first, visit({
      at: T0 + DAY, url: 'https://shop.example/cart', cookies: [cookie('cart', 'shop.example'), cookie('sid', 'shop.example', { expires: '2027-01-01T00:00:00.000Z' })],
      widgets: [{ id: 'intercom', name: 'Intercom', vendor: 'Intercom', evidence: ['global Intercom'] }], trackers: [], thirdPartyHosts: [],
    }));
    expect(second).toMatchObject({ firstVisit: T0, lastVisit: T0 + DAY, visits: 2, pages: ['https://shop.example/', 'https://shop.example/cart'] });
    expect(second.cookies.map((item) => item.name)).toEqual(['cart', 'sid', 'IDE']);
    expect(second.cookies[1]!.expires).toBe('2027-01-01T00:00:00.000Z');
    expect(second.widgets[0]!.evidence).toEqual(['global Intercom', 'script https://widget.intercom.io/widget/x']);
    expect(second.trackers).toHaveLength(1);
  });

  it('counts a later report of the same document as no new visit', () => {
    const record = mergeVisit(mergeVisit(null, visit()), visit({ at: T0 + 5000, newVisit: false }));
    expect(record.visits).toBe(1);
  });

  it('keeps a policy read over a later look that did not read it, and each version once, oldest first', () => {
    const read = mergeVisit(null, visit({ policy: { url: 'https://shop.example/privacy', status: 'ready', versions: [version(T0)] } }));
    const later = mergeVisit(read, visit({ at: T0 + DAY, policy: { url: 'https://shop.example/privacy', status: 'not-read', versions: [] } }));
    expect(later.policy.status).toBe('ready');
    const changed = mergeVisit(later, visit({ at: T0 + 2 * DAY, policy: { url: 'https://shop.example/privacy', status: 'ready', versions: [version(T0), version(T0 + 2 * DAY, { dnt: { value: 'not-honored', evidence: [] } }, 'b'.repeat(64))] } }));
    expect(changed.policyVersions.map((item) => item.contentHash?.[0])).toEqual(['a', 'b']);
  });

  it('keeps its lists within their limits', () => {
    let record = mergeVisit(null, visit());
    for (let index = 0; index < historyLimits.pages + 10; index++) record = mergeVisit(record, visit({ at: T0 + index, url: `https://shop.example/p${index}`, cookies: [cookie(`c${index}`, 'shop.example')] }));
    expect(record.pages).toHaveLength(historyLimits.pages);
    expect(record.pages.at(-1)).toBe(`https://shop.example/p${historyLimits.pages + 9}`);
    const many = mergeVisit(null, visit({ cookies: Array.from({ length: 1000 }, (_, index) => cookie(`n${index}`, 'shop.example')) }));
    expect(many.cookies).toHaveLength(historyLimits.cookies);
  });
});

describe('withinRecordBytes', () => {
  it('trims the longest lists until the record fits, keeping the latest page', () => {
    const big = mergeVisit(null, visit({ cookies: Array.from({ length: 300 }, (_, index) => cookie(`cookie-${index}-${'x'.repeat(200)}`, 'shop.example')) }));
    expect(jsonBytesOf(big)).toBeGreaterThan(40_000);
    const trimmed = withinRecordBytes(big, 20_000);
    expect(jsonBytesOf(trimmed)).toBeLessThanOrEqual(20_000);
    expect(trimmed.pages).toEqual(big.pages);
    expect(trimmed.cookies[0]).toEqual(big.cookies[0]);
  });
});

describe('mergeHistories for an import', () => {
  it('is the same whether a record is merged once or twice (counts take the larger)', () => {
    const kept = mergeVisit(mergeVisit(null, visit()), visit({ at: T0 + DAY }));
    const imported = mergeVisit(null, visit({ at: T0 - DAY, url: 'https://shop.example/old' }));
    const once = mergeHistories(kept, imported, 'max');
    expect(mergeHistories(once, imported, 'max')).toEqual(once);
    expect(once).toMatchObject({ firstVisit: T0 - DAY, lastVisit: T0 + DAY, visits: 2 });
    expect(once.pages).toEqual(['https://shop.example/old', 'https://shop.example/']);
  });
});

describe('withAction', () => {
  it('adds what the user did, starting a record when there is none', () => {
    const record = withAction(null, 'shop.example', { kind: 'cleared', at: T0, detail: '3 cookies' });
    expect(record).toMatchObject({ site: 'shop.example', visits: 0, actions: [{ kind: 'cleared', detail: '3 cookies' }] });
    expect(withAction(record, 'shop.example', { kind: 'cleared', at: T0, detail: '3 cookies' }).actions).toHaveLength(1);
  });
});
