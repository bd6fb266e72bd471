/**
 * The demo site's own look: enough for its pages to read as a shop in the store screenshots
 * (npm run store-listing) and in `npm run demo`. The simulated Zendesk widget draws nothing
 * (an empty frame in `div.zopim`), so its box is shown here as the chat button a visitor sees.
 */
export const demoStyle = `<style>
body { margin: 0; font: 16px/1.5 system-ui, "DejaVu Sans", sans-serif; color: #1f2328; background: #faf7f2; }
header { background: #2d3a2e; color: #fff; padding: 18px 40px; }
header h1 { margin: 0; font-size: 24px; letter-spacing: .02em; }
main { max-width: 1040px; margin: 0 auto; padding: 24px 40px 96px; }
main h2 { font-size: 19px; margin: 28px 0 6px; }
footer { border-top: 1px solid #e3ddd2; padding: 16px 40px; font-size: 14px; }
footer a { color: #2d3a2e; }
.products { display: grid; grid-template-columns: repeat(3, 1fr); gap: 20px; margin-top: 16px; }
.products article { background: #fff; border-radius: 10px; padding: 14px; box-shadow: 0 1px 3px #0002; }
.products .swatch { height: 120px; border-radius: 6px; }
.products h3 { margin: 10px 0 2px; font-size: 17px; }
.products p { margin: 0; color: #57606a; }
.zopim { position: fixed; right: 28px; bottom: 28px; border-radius: 28px; background: #17494d; color: #fff; padding: 14px 22px; box-shadow: 0 4px 14px #0004; font-weight: 600; }
.zopim::before { content: "Chat with us"; }
.zopim iframe { display: none; }
</style>`;

/** The shop's shelves: made-up goods, drawn with colours only. */
export const demoProducts = `<section class="products">${[
  ['Leather boots', '€ 129', '#8a5a3c'],
  ['Canvas tote', '€ 39', '#d9c7a7'],
  ['Wool cap', '€ 25', '#5b6f8c'],
  ['Trail runners', '€ 95', '#c2553a'],
  ['Rain jacket', '€ 149', '#3f6b57'],
  ['Linen scarf', '€ 32', '#e0b44c'],
]
  .map(([name, price, colour]) => `<article><div class="swatch" style="background:${colour}"></div><h3>${name}</h3><p>${price}</p></article>`)
  .join('')}</section>`;
