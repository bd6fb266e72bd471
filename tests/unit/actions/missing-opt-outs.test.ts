import { describe, expect, it } from 'vitest';
import { missingOptOuts } from '../../../lib/actions/missing-opt-outs';
import { widgetCatalog } from '../../../lib/widgets/catalog';
import type { OptOutEntry } from '../../../lib/settings/settings';
import type { OptOutSpec, WidgetSpec } from '../../../lib/widgets/types';

const specOf = (vendorId: string): OptOutSpec | undefined => (widgetCatalog as readonly WidgetSpec[]).find((widget) => widget.id === vendorId)?.optOut;
const zendesk = specOf('zendesk-chat')!;
const optedOut = (site: string, vendorId = 'zendesk-chat'): OptOutEntry => ({ vendorId, site, createdAt: 0 });
const asSet = new Map(zendesk.cookies.map((cookie) => [cookie.name, cookie.value]));

describe('missingOptOuts', () => {
  it('finds nothing while the opt-out cookies are there with their values', () => {
    expect(missingOptOuts([optedOut('shop.example')], 'shop.example', specOf, asSet)).toEqual([]);
  });

  it('finds an opt-out whose cookies were cleared, or one of them', () => {
    expect(missingOptOuts([optedOut('shop.example')], 'shop.example', specOf, new Map())).toEqual([zendesk]);
    const oneLeft = new Map([...asSet].slice(0, 1));
    expect(missingOptOuts([optedOut('shop.example')], 'shop.example', specOf, oneLeft)).toEqual([zendesk]);
  });

  it('finds an opt-out cookie the widget overwrote with another value', () => {
    const overwritten = new Map([...asSet].map(([name]) => [name, '1']));
    expect(missingOptOuts([optedOut('shop.example')], 'shop.example', specOf, overwritten)).toEqual([zendesk]);
  });

  it('looks only at the opt-outs of the site at hand, and skips a vendor the catalogue no longer has', () => {
    expect(missingOptOuts([optedOut('other.example')], 'shop.example', specOf, new Map())).toEqual([]);
    expect(missingOptOuts([optedOut('shop.example', 'gone-vendor')], 'shop.example', specOf, new Map())).toEqual([]);
  });
});
