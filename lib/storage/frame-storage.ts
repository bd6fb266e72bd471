import type { WidgetSpec } from '../widgets/types';
import type { RawStorageItem, StorageArea } from './storage-item';
import { hostnameOf } from '../widgets/host-match';
import { siteOf } from '../cookies/party';

/** What one frame of a tab reported of its storage (read in the frame, see readFrameStorage). */
export interface FrameStorage {
  readonly frameId: number;
  readonly origin: string;
  readonly items: readonly { readonly area: StorageArea; readonly key: string; readonly bytes: number | null }[];
}

/**
 * Caps on what is read of one frame: a page can keep thousands of keys, and every one crosses
 * to the background. Keys beyond these are left out of the list (not of a Clear, which takes
 * the whole area).
 */
export const frameStorageLimits = { itemsPerArea: 200, keyLength: 300 } as const;

/**
 * The frames whose storage the tab's findings list: the top document's, and the frames a chat
 * widget vendor serves from its own site (their storage is the vendor's). Other frames (ads,
 * embeds) are not read. One entry per origin: frames of one origin share their storage.
 */
export function vendorFramesOf(widgets: readonly WidgetSpec[]): (frames: readonly FrameStorage[]) => FrameStorage[] {
  const vendorSites = new Set(widgets.flatMap((widget) => widget.scriptHosts.map((host) => siteOf(host))));
  return (frames) => {
    const top = frames.find((frame) => frame.frameId === 0);
    const topSite = top ? siteOf(hostnameOf(top.origin) ?? '') : '';
    const kept = new Map<string, FrameStorage>();
    for (const frame of [...frames].sort((a, b) => a.frameId - b.frameId)) {
      const host = hostnameOf(frame.origin);
      if (!host || kept.has(frame.origin)) continue;
      const site = siteOf(host);
      if (frame.frameId === 0 || (site !== topSite && vendorSites.has(site))) kept.set(frame.origin, frame);
    }
    return [...kept.values()];
  };
}

/** The frames' items as one list. */
export function storageItemsOf(frames: readonly FrameStorage[]): RawStorageItem[] {
  return frames.flatMap((frame) => frame.items.map((item) => ({ ...item, origin: frame.origin })));
}
