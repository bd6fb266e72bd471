import { defineWxtModule } from 'wxt/modules';
import { Resvg } from '@resvg/resvg-js';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

/** Sizes the stores and browsers ask for; 16 px has its own drawing, laid on the pixel grid. */
const iconSizes = [16, 32, 48, 128] as const;

/**
 * Renders assets/icon.svg (and assets/icon-16.svg) to PNGs with resvg at every build, so the
 * PNGs are never committed and never out of date, and names them in the manifest.
 */
export default defineWxtModule({
  name: 'privacy-inspector-icons',
  setup(wxt) {
    const icons = Object.fromEntries(iconSizes.map((size) => [size, `icons/${size}.png`]));
    wxt.hook('build:publicAssets', async (_, files) => {
      const renderedDir = join(wxt.config.wxtDir, 'icons');
      await mkdir(renderedDir, { recursive: true });
      for (const size of iconSizes) {
        const svg = await readFile(join(wxt.config.root, 'assets', size === 16 ? 'icon-16.svg' : 'icon.svg'), 'utf8');
        const png = new Resvg(svg, { fitTo: { mode: 'width', value: size } }).render().asPng();
        const rendered = join(renderedDir, `${size}.png`);
        await writeFile(rendered, png);
        files.push({ absoluteSrc: rendered, relativeDest: icons[size]! });
      }
    });
    wxt.hook('build:manifestGenerated', (_, manifest) => {
      manifest.icons = icons;
      manifest.action = { ...manifest.action, default_icon: icons };
    });
  },
});
