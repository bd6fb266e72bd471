import { describe, expect, it } from 'vitest';
import { storageItemsOf, vendorFramesOf, type FrameStorage } from '../../../lib/storage/frame-storage';
import { widgetCatalog } from '../../../lib/widgets/catalog';

const frame = (frameId: number, origin: string, key = 'k'): FrameStorage => ({ frameId, origin, items: [{ area: 'localStorage', key, bytes: 2 }] });

describe('vendorFramesOf', () => {
  const keep = vendorFramesOf(widgetCatalog);

  it('keeps the top document and chat vendors’ frames, once per origin, and no other frame', () => {
    const kept = keep([
      frame(7, 'https://secure.livechatinc.com', 'a'),
      frame(0, 'https://www.shop.example'),
      frame(3, 'https://www.shop.example', 'same origin as the top: read once'),
      frame(4, 'https://ads.example', 'an ad frame'),
      frame(9, 'https://secure.livechatinc.com', 'b'),
    ]);
    expect(kept.map((entry) => [entry.frameId, entry.origin])).toEqual([
      [0, 'https://www.shop.example'],
      [7, 'https://secure.livechatinc.com'],
    ]);
    expect(storageItemsOf(kept).map((item) => `${item.origin} ${item.key}`)).toEqual(['https://www.shop.example k', 'https://secure.livechatinc.com a']);
  });

  it('reads nothing when the top frame did not answer but keeps a vendor frame', () => {
    expect(keep([frame(2, 'https://embed.tawk.to')]).map((entry) => entry.origin)).toEqual(['https://embed.tawk.to']);
  });
});
