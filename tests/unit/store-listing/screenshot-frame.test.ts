import { describe, expect, it } from 'vitest';
import { captionBandHeight, screenshotFrameHtml } from '../../../lib/store-listing/screenshot-frame';

const image = (width: number, height: number) => ({ dataUrl: 'data:image/png;base64,AAAA', width, height });

describe('a store screenshot frame', () => {
  it('lays the page under the caption band at its own size, and the popup over it only when given', () => {
    const withPopup = screenshotFrameHtml({ width: 1280, height: 800, caption: 'Cookies & <trackers>', background: image(1280, 800 - captionBandHeight), popup: image(520, 600) });
    expect(withPopup).toContain('<div class="caption">Cookies &#38; &#60;trackers&#62;</div>');
    expect(withPopup).toContain('width="1280" height="728"');
    expect(withPopup).toContain('class="popup"');
    expect(withPopup).toContain('width="520" height="600"');
    const alone = screenshotFrameHtml({ width: 1280, height: 800, caption: 'Dashboard', background: image(1280, 728) });
    expect(alone).not.toContain('class="popup"');
  });
});
