import type { WidgetSpec } from '../widgets/types';
import type { VendorStorageSpec } from './vendor-storage-keys';
import type { RawStorageItem, StorageRecord } from './storage-item';
import { nameMatches } from '../widgets/name-match';
import { hostnameOf } from '../widgets/host-match';
import { siteOf } from '../cookies/party';

/**
 * Builds `(item, pageSite) -> StorageRecord`, the one naming of web storage for the popup,
 * `scan`, `crawl` and the report. As for cookies: a key is named by what it is (the vendor
 * storage keys, in the area the source names), and anything kept on a widget vendor's own
 * origin (its chat frame) is that vendor's whatever its key.
 */
export function createStorageClassifier(
  widgets: readonly WidgetSpec[],
  keys: readonly VendorStorageSpec[],
): (item: RawStorageItem, pageSite: string) => StorageRecord {
  const widgetById = new Map(widgets.map((widget) => [widget.id, widget]));
  const vendorSites = widgets.flatMap((widget) => widget.scriptHosts.map((host) => ({ site: siteOf(host), widget })));
  return (item, pageSite) => {
    const host = hostnameOf(item.origin) ?? '';
    const itemSite = host ? siteOf(host) : '';
    const party = itemSite === pageSite ? 'first' : 'third';
    const spec = keys.find((candidate) => (candidate.areas as readonly string[]).includes(item.area) && nameMatches(candidate, item.key));
    const byName = spec ? widgetById.get(spec.widgetId) : undefined;
    // A vendor's frame on a site of the page's own is not a vendor frame (a site that is its own vendor).
    const byOrigin = party === 'third' ? vendorSites.find((entry) => entry.site === itemSite)?.widget : undefined;
    const widget = byName ?? byOrigin ?? null;
    return {
      area: item.area,
      origin: item.origin,
      key: item.key,
      vendor: widget?.vendor ?? null,
      purpose: byName && spec ? spec.purpose : null,
      bytes: item.bytes,
      widgetId: widget?.id ?? null,
      party,
    };
  };
}
