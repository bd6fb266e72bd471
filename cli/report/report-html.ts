/**
 * `report --html`: one self-contained page. The charts are Observable Plot figures rendered to
 * SVG here, in Node, with linkedom's document, so the page needs no script and loads nothing:
 * it opens from a file, offline, and can be mailed or archived with a paper. Light and dark
 * follow the reader's system (prefers-color-scheme); the SVGs draw text in currentColor.
 */
import * as Plot from '@observablehq/plot';
import { parseHTML } from 'linkedom';
import type { ReportTables } from '../../lib/report/aggregates';
import { reportCharts } from '../../lib/report/report-charts';
import { figure } from '../../lib/report/report-labels';
import { printableText } from '../../lib/report/printable-text';
import type { Cell, ReportSection } from '../../lib/report/report-sections';

const escapeHtml = (text: string) =>
  printableText(text).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

const style = `
:root { color-scheme: light dark; --bg: #ffffff; --fg: #1d1f23; --muted: #5f6670; --rule: #d9dce1; --card: #f6f7f9; }
@media (prefers-color-scheme: dark) { :root { --bg: #16181c; --fg: #e6e8eb; --muted: #a3a9b2; --rule: #343841; --card: #1f2227; } }
* { box-sizing: border-box; }
body { margin: 0; background: var(--bg); color: var(--fg); font: 15px/1.45 system-ui, -apple-system, "Segoe UI", sans-serif; }
main { max-width: 1120px; margin: 0 auto; padding: 28px 24px 60px; }
h1 { font-size: 24px; margin: 0 0 4px; }
h2 { font-size: 18px; margin: 0 0 8px; }
.generated { color: var(--muted); margin: 0 0 24px; }
section { background: var(--card); border: 1px solid var(--rule); border-radius: 10px; padding: 18px 20px; margin: 0 0 18px; }
.summary { margin: 0 0 12px; }
.body { display: flex; flex-wrap: wrap; gap: 12px 32px; align-items: flex-start; }
.charts { display: flex; flex-wrap: wrap; gap: 12px 28px; align-items: flex-start; }
figure { margin: 0; }
figcaption { font-weight: 600; font-size: 13px; margin: 0 0 2px; }
svg { color: var(--fg); overflow: visible; }
table { border-collapse: collapse; font-size: 13px; font-variant-numeric: tabular-nums; }
th, td { padding: 3px 12px 3px 0; text-align: left; border-bottom: 1px solid var(--rule); }
th { color: var(--muted); font-weight: 600; }
td.number, th.number { text-align: right; }
details summary { cursor: pointer; color: var(--muted); margin-top: 8px; }
`;

function tableHtml(headers: readonly string[], rows: readonly (readonly Cell[])[]): string {
  if (rows.length === 0) return '<p class="summary">None.</p>';
  const numeric = headers.map((_, index) => rows.every((row) => typeof row[index] === 'number' || /^[\d.]+%$|^-$/.test(String(row[index]))));
  const cell = (tag: 'th' | 'td', text: string, index: number) => `<${tag}${numeric[index] ? ' class="number"' : ''}>${escapeHtml(text)}</${tag}>`;
  const body = rows.map((row) => `<tr>${row.map((value, index) => cell('td', typeof value === 'number' ? figure(value) : value, index)).join('')}</tr>`).join('\n');
  return `<table><thead><tr>${headers.map((header, index) => cell('th', header, index)).join('')}</tr></thead><tbody>\n${body}\n</tbody></table>`;
}

/** The charts as SVG markup, by id. */
function renderCharts(tables: ReportTables): Map<string, { title: string; svg: string }> {
  const { document } = parseHTML('<!doctype html><html><body></body></html>');
  const rendered = new Map<string, { title: string; svg: string }>();
  for (const chart of reportCharts(tables)) {
    const figureElement = Plot.plot({ ...chart.options, document: document as unknown as Document, style: { background: 'transparent' } }) as unknown as { outerHTML: string };
    rendered.set(chart.id, { title: chart.title, svg: figureElement.outerHTML });
  }
  return rendered;
}

export function reportHtml(tables: ReportTables, sections: readonly ReportSection[], generatedAt: Date, inputs: readonly string[]): string {
  const charts = renderCharts(tables);
  const body = sections.map((section) => {
    const figures = section.charts
      .map((id) => charts.get(id))
      .filter((chart) => chart !== undefined)
      .map((chart) => `<figure>${section.charts.length > 1 ? `<figcaption>${escapeHtml(chart.title)}</figcaption>` : ''}${chart.svg}</figure>`)
      .join('\n');
    // Long tables fold away under their chart; short ones are shown.
    const table = section.headers ? tableHtml(section.headers, section.rows ?? []) : '';
    const folded = (section.rows?.length ?? 0) > 12 && figures ? `<details><summary>Table (${section.rows!.length} rows)</summary>${table}</details>` : table;
    return `<section id="${section.id}"><h2>${escapeHtml(section.title)}</h2>${section.summary ? `<p class="summary">${escapeHtml(section.summary)}</p>` : ''}<div class="body">${figures ? `<div class="charts">${figures}</div>` : ''}${folded ? `<div>${folded}</div>` : ''}</div></section>`;
  });
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:">
<title>Privacy Inspector report</title><style>${style}</style></head>
<body><main>
<h1>Privacy Inspector report</h1>
<p class="generated">Made ${escapeHtml(generatedAt.toISOString().replace('T', ' ').slice(0, 16))} UTC from ${inputs.map((input) => escapeHtml(input)).join(', ')}.</p>
${body.join('\n')}
</main></body></html>
`;
}
