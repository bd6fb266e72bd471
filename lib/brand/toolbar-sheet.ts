/** One capture of the browser's toolbar: what it shows, and the PNG at its own pixels. */
export interface ToolbarCapture {
  readonly label: string;
  readonly dataUrl: string;
  readonly width: number;
  readonly height: number;
}

/**
 * The toolbar pictures of docs/ as one page: each capture under its label, at its own pixels
 * (never scaled, so the icon is seen as the browser drew it), on the theme's background.
 */
export function toolbarSheetHtml(captures: readonly ToolbarCapture[], dark: boolean): string {
  const rows = captures
    .map((capture) => `<figure><figcaption>${capture.label.replace(/[&<>]/g, '')}</figcaption><img src="${capture.dataUrl}" width="${capture.width}" height="${capture.height}" alt=""></figure>`)
    .join('');
  return `<!doctype html><html><head><meta charset="utf-8"><style>
html, body { margin: 0; background: ${dark ? '#111' : '#f2f2f2'}; color: ${dark ? '#ddd' : '#222'}; font: 14px/1.4 system-ui, "DejaVu Sans", sans-serif; }
body { display: inline-block; padding: 12px 16px; }
figure { margin: 0 0 14px; }
figcaption { margin-bottom: 6px; }
img { display: block; image-rendering: pixelated; }
</style></head><body>${rows}</body></html>`;
}
