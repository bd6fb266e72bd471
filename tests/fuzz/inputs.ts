/**
 * Input generators for the fuzz targets (tests/fuzz/targets.ts): JSON-like values with the field
 * names the parsers read, text cut from the project's own synthetic policies and crawl lines and
 * stitched with hostile pieces (control characters, lone surrogates, deep brackets), HTML built
 * from tags. Real shapes reach the deep code; the noise reaches the edges.
 */
import fc from 'fast-check';
import { readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import { demoCrawlLines } from '../fixtures/report/demo-crawl';
import { jsonLike } from '../support/json-like';

const policyDir = fileURLToPath(new URL('../fixtures/policies/', import.meta.url));
const policyTexts = readdirSync(policyDir).filter((file) => /\.(txt|md)$/.test(file)).map((file) => readFileSync(join(policyDir, file), 'utf8'));
const policyHtml = readdirSync(join(policyDir, 'html')).filter((file) => file.endsWith('.html')).map((file) => readFileSync(join(policyDir, 'html', file), 'utf8'));

/** The demo crawl's lines (a crawl by the real extension) as JSON text. */
export const crawlLineTexts = demoCrawlLines().map((line) => JSON.stringify(line));

/** Field names the parsers read, and names that break careless code. */
const KEYS = [
  'type', 'tabId', 'url', 'documentOrigin', 'signals', 'scriptUrls', 'frameUrls', 'markers', 'globals', 'requestUrls', 'vendorId', 'force',
  'targetId', 'scope', 'mode', 'site', 'undoId', 'enabled', 'option', 'confirmed', 'withoutUndo', 'message', 'id', 'snippetId', 'cmp',
  'selector', 'mainFrame', 'href', 'text', 'rel', 'inFooter', 'title', 'version', 'autoconsent', 'disabledSites', 'privacySignals', 'blocks',
  'optOuts', 'policyOverrides', 'fetchedAt', 'contentHash', 'analysis', 'requests', 'policyLinks', 'pageSignals', 'record', 'expires',
  'cookies', 'localStorage', 'origin', 'firstVisit', 'lastVisit', 'pages', 'widgets', 'trackers', 'thirdPartyHosts', 'policyVersions',
  'actions', 'policy', 'crawl', 'takenAt', 'error', 'facts', 'toString', 'valueOf', 'toJSON', '__proto__', 'constructor', 'length', '0',
];
const WORDS = [
  'page-signals', 'get-tab-report', 'get-policy', 'set-policy-url', 'clear-site-data', 'block', 'unblock', 'undo', 'set-option', 'init', 'eval',
  'prehide', 'autoconsent', 'https://shop.example/', 'http://127.0.0.1:8080/x', 'shop.example', 'zendesk-chat', 'site', 'everywhere',
  '2026-03-01T10:00:00Z', 'a'.repeat(64),
];

/** Any JSON-like value, with the parsers' field names and `{"toString": 1}`-style traps. */
export const jsonish = jsonLike(KEYS, WORDS);

/** An object with some of the given fields (a good value's fields, some replaced by anything). */
export function mutated(good: Record<string, unknown>): fc.Arbitrary<Record<string, unknown>> {
  const keys = Object.keys(good);
  return fc.tuple(fc.subarray(keys), fc.dictionary(fc.constantFrom(...keys, ...KEYS), jsonish, { maxKeys: 3 })).map(([drop, replace]) => {
    const copy: Record<string, unknown> = { ...good };
    for (const key of drop.slice(0, 2)) delete copy[key];
    return { ...copy, ...replace };
  });
}

/** Pieces of hostile text: controls, odd Unicode, runs that stress regular expressions. */
const hostilePiece = fc.oneof(
  fc.constantFrom('\u0000', '\u001b[2J', '\u001b]0;x\u0007', '\ud800', '\udfff', '\u202e', '\ufeff', '\r\n', '\r', '\u2028', '\t'),
  fc.constantFrom('- a\n', '* ', '1. ', '## ', '|', '...', '. . .', '(((', ')))', '[[', ']]', '@@', 'a@b.c', '@.', '\n\n\n', '    '),
  fc.tuple(fc.constantFrom('- a\n', '.', ' ', '\n', 'a', '(', '@', '1', ',', '<li>', 'x.'), fc.integer({ min: 1, max: 400 })).map(([piece, count]) => piece.repeat(count)),
  fc.string({ unit: 'grapheme', maxLength: 20 }),
  fc.string({ unit: 'binary', maxLength: 20 }),
);

/** A slice of one of the project's synthetic policies. */
const policySlice = fc.tuple(fc.nat(policyTexts.length - 1), fc.nat(), fc.integer({ min: 0, max: 1500 })).map(([which, at, length]) => {
  const text = policyTexts[which]!;
  const start = at % Math.max(1, text.length);
  return text.slice(start, start + length);
});

/** Policy-like text: slices of real-shaped policies stitched with hostile pieces. */
export const policyText = fc.array(fc.oneof({ weight: 2, arbitrary: policySlice }, { weight: 3, arbitrary: hostilePiece }), { maxLength: 8 }).map((parts) => parts.join(''));

const TAGS = ['div', 'p', 'li', 'ul', 'ol', 'h1', 'h2', 'h3', 'table', 'tr', 'td', 'th', 'section', 'article', 'script', 'style', 'br', 'a', 'span', 'template', 'svg', 'noscript', 'pre', 'main', 'nav', 'footer', 'iframe', 'body', 'html', 'head', 'title'];
const tagPiece = fc.oneof(
  fc.tuple(fc.constantFrom(...TAGS), fc.constantFrom('', ' class="content"', ' id="main"', ' href="/x"', ' style="display:none"', ' hidden', ' role="dialog"')).map(([tag, attr]) => `<${tag}${attr}>`),
  fc.constantFrom(...TAGS).map((tag) => `</${tag}>`),
  fc.constantFrom('<!--', '-->', '<!doctype html>', '&amp;', '&nbsp;', '&#0;', '&#x110000;', '<', '>', '"', "'", '<![CDATA[', ']]>', '<?xml ?>'),
  fc.tuple(fc.constantFrom('div', 'li', 'ul', 'p', 'span'), fc.integer({ min: 1, max: 60 })).map(([tag, depth]) => `<${tag}>`.repeat(depth)),
);

/** A slice of one of the project's HTML policies. */
const htmlSlice = fc.tuple(fc.nat(policyHtml.length - 1), fc.nat(), fc.integer({ min: 0, max: 3000 })).map(([which, at, length]) => {
  const html = policyHtml[which]!;
  const start = at % Math.max(1, html.length);
  return html.slice(start, start + length);
});

/** HTML-like text: tags, entities, slices of HTML policies and of policy text. */
export const policyHtmlText = fc.array(fc.oneof(tagPiece, tagPiece, htmlSlice, policySlice, hostilePiece), { maxLength: 16 }).map((parts) => parts.join(''));

/** A crawl or scan line: a real one, cut, with a field replaced, or anything. */
const crawlLineLike = fc.oneof(
  fc.constantFrom(...crawlLineTexts),
  fc.tuple(fc.constantFrom(...crawlLineTexts), fc.nat()).map(([line, cut]) => line.slice(0, cut % (line.length + 1))),
  fc.tuple(fc.constantFrom(...crawlLineTexts), fc.constantFrom(...KEYS), jsonish).map(([line, key, value]) => {
    const record = JSON.parse(line) as Record<string, unknown>;
    record[key] = value;
    return JSON.stringify(record) ?? '';
  }),
  jsonish.map((value) => JSON.stringify(value) ?? 'undefined'),
  hostilePiece,
);

/** A JSON-lines file: lines of crawl-line-like text, with the line ends a file may have. */
export const jsonLinesText = fc
  .tuple(fc.array(crawlLineLike, { maxLength: 5 }), fc.constantFrom('\n', '\r\n', '\n\n'), fc.boolean())
  .map(([lines, end, bom]) => (bom ? '\ufeff' : '') + lines.join(end));

/** A crawl list: URLs, domains, ranked CSV rows, comments and junk. */
export const crawlListText = fc
  .array(
    fc.oneof(
      fc.webUrl({ withQueryParameters: true, withFragments: true }),
      fc.domain(),
      fc.tuple(fc.nat(), fc.domain()).map(([rank, domain]) => `${rank},${domain}`),
      fc.constantFrom('# comment', '', '   ', 'http://', 'https://xn--', 'https://[::1]/', 'https://256.1.1.1/', '1,', ',', 'a/b/c', 'exa mple.com', 'https://a..b/'),
      hostilePiece,
    ),
    { maxLength: 12 },
  )
  .map((lines) => lines.join('\n'));

/** A table for the CSV writer: header and rows of the values findings hold. */
export const csvRows = fc.tuple(
  fc.array(fc.string(), { minLength: 1, maxLength: 5 }),
  fc.array(fc.array(fc.oneof(fc.string(), fc.string({ unit: 'binary' }), fc.integer(), fc.double(), fc.boolean(), fc.constant(null), fc.constant(undefined), hostilePiece), { maxLength: 5 }), { maxLength: 6 }),
);
