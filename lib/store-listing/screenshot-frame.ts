import { brandColour } from '../brand/colours';

/** An image placed in a store screenshot, as a data: URL with its size in CSS pixels. */
export interface FramedImage {
  readonly dataUrl: string;
  readonly width: number;
  readonly height: number;
}

export interface ScreenshotFrame {
  readonly width: number;
  readonly height: number;
  /** The line above the picture: what it shows, in a few words. */
  readonly caption: string;
  /** The page behind (a site, the dashboard, the options page), drawn from the top left. */
  readonly background: FramedImage;
  /** The popup, laid over the page's right side as it opens below the toolbar. */
  readonly popup?: FramedImage;
}

/** Height of the caption band; the background is shot at the rest of the frame's height. */
export const captionBandHeight = 72;

const escapeHtml = (text: string) => text.replace(/[&<>"]/g, (char) => `&#${char.charCodeAt(0)};`);

/**
 * One store screenshot as a page that Chromium renders at exactly `width`×`height`: a caption
 * band in the brand colour, the page below it at its own pixels (never scaled, so text stays
 * sharp), and the popup, if any, over it at full size with a shadow.
 */
export function screenshotFrameHtml(frame: ScreenshotFrame): string {
  const popup = frame.popup
    ? `<img class="popup" src="${frame.popup.dataUrl}" width="${frame.popup.width}" height="${frame.popup.height}" alt="">`
    : '';
  return `<!doctype html><html><head><meta charset="utf-8"><style>
html, body { margin: 0; width: ${frame.width}px; height: ${frame.height}px; overflow: hidden; background: #fff; }
.caption { box-sizing: border-box; height: ${captionBandHeight}px; padding: 0 40px; display: flex; align-items: center;
  background: ${brandColour}; color: #fff; font: 600 26px/1.2 system-ui, "DejaVu Sans", sans-serif; }
.stage { position: relative; height: ${frame.height - captionBandHeight}px; overflow: hidden; }
.page { position: absolute; left: 0; top: 0; }
.popup { position: absolute; right: 40px; top: 0; border: 1px solid #0002; border-top: 0; border-radius: 0 0 10px 10px;
  box-shadow: 0 12px 40px #0005, 0 2px 6px #0003; background: #fff; }
</style></head><body>
<div class="caption">${escapeHtml(frame.caption)}</div>
<div class="stage"><img class="page" src="${frame.background.dataUrl}" width="${frame.background.width}" height="${frame.background.height}" alt="">${popup}</div>
</body></html>`;
}
