import type { WebStorageCopy } from './undo-record';
import { siteOf } from '../cookies/party';
import { hostnameOf } from '../widgets/host-match';

/** A frame of the tab whose storage the findings list (the top document, chat vendors' frames). */
export interface StorageFrame {
  readonly frameId: number;
  readonly origin: string;
}

/** One key-value area of one frame, as Clear copies, clears and puts it back. */
export interface KeyValueTarget extends StorageFrame {
  readonly area: WebStorageCopy['area'];
}

/**
 * What Clear takes besides the cookies and the top document's localStorage: the top document's
 * sessionStorage, both areas of each chat vendor's frame, and the IndexedDB databases of the
 * top document's origin and of each vendor frame's. One frame per origin (they share storage).
 */
export function clearTargetsOf(frames: readonly StorageFrame[], topOrigin: string): { keyValue: KeyValueTarget[]; databases: StorageFrame[] } {
  const keyValue: KeyValueTarget[] = [{ frameId: 0, origin: topOrigin, area: 'sessionStorage' }];
  const databases: StorageFrame[] = [{ frameId: 0, origin: topOrigin }];
  const seen = new Set([topOrigin]);
  for (const frame of frames) {
    if (frame.frameId === 0 || seen.has(frame.origin)) continue;
    seen.add(frame.origin);
    keyValue.push({ ...frame, area: 'localStorage' }, { ...frame, area: 'sessionStorage' });
    databases.push({ frameId: frame.frameId, origin: frame.origin });
  }
  return { keyValue, databases };
}

/**
 * The frames a chat vendor keeps on its own sites in the tab ("Clear chat data" takes all of
 * their storage: on the vendor's origin, everything is the vendor's). Not the page's own site,
 * even when it is the vendor's (a site that is its own vendor).
 */
export function chatFramesOf(frames: readonly StorageFrame[], vendorHosts: readonly string[], topOrigin: string): StorageFrame[] {
  const topSite = siteOf(hostnameOf(topOrigin) ?? '');
  const vendorSites = new Set(vendorHosts.map((host) => siteOf(host)));
  const seen = new Set<string>();
  return frames.filter((frame) => {
    const host = hostnameOf(frame.origin);
    if (frame.frameId === 0 || !host || seen.has(frame.origin)) return false;
    const site = siteOf(host);
    if (site === topSite || !vendorSites.has(site)) return false;
    seen.add(frame.origin);
    return true;
  });
}
