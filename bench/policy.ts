/**
 * Policy analysis speed: median `analyzePolicy` time per fixture (many runs, in process), and on
 * synthetic 30 KB / 300 KB / 3 MB inputs built by repeating real fixture text, to show that
 * the cost grows linearly. Part of `npm run bench`; runnable alone:
 *
 *   node --import tsx bench/policy.ts
 *
 * The shared fixtures are read from ../shared/fixtures/policies (or $SHARED_FIXTURES/policies).
 */

import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { DOMParser } from 'linkedom';
import { analyzePolicy } from '../lib/policy/read/analyze';
import { extractPolicyText } from '../lib/policy/read/text';
import { median } from './stats';
import { sharedFixture } from '../tests/support/shared-fixtures';

const REPO_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const SHARED = sharedFixture('policies');
const OWN = join(REPO_ROOT, 'tests', 'fixtures', 'policies');
const RUNS = Number(process.env.BENCH_POLICY_RUNS ?? 60);

function fixtureFiles(): string[] {
  const files: string[] = [];
  for (const dir of [SHARED, OWN]) {
    if (!existsSync(dir)) continue;
    for (const name of readdirSync(dir).sort()) if (/\.(txt|md)$/.test(name) && name !== 'README.md') files.push(join(dir, name));
  }
  return files;
}

function timeRuns(text: string, runs: number, warmup: number, learned = true): number {
  for (let i = 0; i < warmup; i++) analyzePolicy(text, { learned });
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    analyzePolicy(text, { learned });
    times.push(performance.now() - start);
  }
  return median(times);
}

/** How fast this machine runs a bare character loop (ns per character): context for the figures. */
function machineReference(): number {
  const text = 'Privacy policy text, with “quotes”. '.repeat(30_000);
  let sink = 0;
  const once = (): number => {
    const start = performance.now();
    for (let i = 0; i < text.length; i++) sink += text.charCodeAt(i) & 1;
    return performance.now() - start;
  };
  for (let i = 0; i < 3; i++) once();
  const ms = median([once(), once(), once(), once(), once()]);
  if (sink < 0) console.log(sink);
  return (ms * 1e6) / text.length;
}

export async function benchPolicy(): Promise<Record<string, number>> {
  const figures: Record<string, number> = {};
  const files = fixtureFiles();
  if (files.length === 0) throw new Error(`no policy fixtures in ${SHARED} or ${OWN}`);
  figures['machine: bare char loop (ns/char)'] = machineReference();

  const texts: string[] = [];
  for (const file of files) {
    const text = readFileSync(file, 'utf8');
    texts.push(text);
    figures[`${basename(file)} (${(text.length / 1024).toFixed(1)} KB) median ms`] = timeRuns(text, RUNS, 20);
  }

  // Synthetic inputs: real fixture text repeated up to the size.
  const corpus = texts.join('\n\n');
  const sizes: [string, number, number][] = [['30 KB', 30 * 1024, RUNS], ['300 KB', 300 * 1024, 10], ['3 MB', 3 * 1024 * 1024, 3]];
  let perKbSmall = 0;
  for (const [label, size, runs] of sizes) {
    let text = corpus;
    while (text.length < size) text += `\n\n${corpus}`;
    text = text.slice(0, size);
    const ms = timeRuns(text, runs, label === '3 MB' ? 1 : 3);
    const perKb = (ms * 1000) / (size / 1024);
    figures[`synthetic ${label} median ms`] = ms;
    figures[`synthetic ${label} µs per KB`] = perKb;
    if (label === '30 KB') perKbSmall = perKb;
    else figures[`synthetic ${label} cost per KB vs 30 KB`] = perKb / perKbSmall;
    // The rules alone, right after: the difference is what the learned item model of rights and sharing costs.
    if (label !== '3 MB') figures[`synthetic ${label} rules alone (no learned model) median ms`] = timeRuns(text, runs, 3, false);
    if (label === '30 KB') Object.assign(figures, coldStart(text));
  }
  Object.assign(figures, benchHostileShapes());
  return figures;
}

/**
 * The first analyses in a fresh process (median of five processes): the figures above are of a warm analyser;
 * a service worker that has just woken compiles the rules' regular expressions on its first policy.
 */
function coldStart(text: string): Record<string, number> {
  const dir = mkdtempSync(join(tmpdir(), 'bench-policy-'));
  const file = join(dir, 'policy.txt');
  writeFileSync(file, text);
  const figures: Record<string, number> = {};
  try {
    for (const [name, args] of [['', []], [' rules alone', ['--rules-only']]] as const) {
      const runs = Array.from({ length: 5 }, () => JSON.parse(execFileSync(process.execPath, ['--import', 'tsx', join(REPO_ROOT, 'bench', 'policy-cold.ts'), file, ...args], { encoding: 'utf8' })) as { first: number; second: number });
      figures[`synthetic 30 KB${name}: first analysis in a fresh process, median ms`] = median(runs.map((r) => r.first));
      figures[`synthetic 30 KB${name}: second analysis in that process, median ms`] = median(runs.map((r) => r.second));
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  return figures;
}

const repeatTo = (unit: string, size: number): string => unit.repeat(Math.ceil(size / unit.length)).slice(0, size);

/**
 * Hostile shapes (issue 9, item 4): text a page can serve to make the analyser slow. Each is timed
 * at 3 MB (one run: these are the worst cases, not the typical ones) and at 300 KB, so the
 * ratio shows the growth (10 for linear work, 100 for quadratic).
 */
export const HOSTILE_SHAPES: Readonly<Record<string, (size: number) => string>> = {
  'short blocks "- a"': (size) => repeatTo('- a\n', size),
  'list items': (size) => repeatTo('- we may share it\n', size),
  'lead-ins ending in ":"': (size) => repeatTo('We share:\n', size),
  'one huge sentence': (size) => repeatTo('we collect and share your data with partners for 30 days ', size),
  'run of dots': (size) => repeatTo('.', size),
  'run of spaces': (size) => repeatTo(' ', size),
  'blank lines': (size) => repeatTo('\n', size),
  // Headings that end in a long run of Markdown markup, then a letter: trailing-markup patterns must not restart at each character.
  'headings ending in " * * *…x"': (size) => repeatTo(`## With your consent${' *'.repeat(550)} x\n\n`, size),
  // Items under one long sharing lead-in, each naming recipients that are turned down: whether the lead-in hands over
  // only aggregates is asked once per lead-in, not once per recipient named in every item.
  // A long sentence denying every hand-over, then "This does not include ..." (read against the sentence before it):
  // the denial is read once, not again for the exception. Numbered so that no two sentences are the same text.
  'denials each followed by "This does not include ..."': (size) => {
    let text = '';
    for (let k = 0; text.length < size; k++) {
      text += `We do not sell, ${'do not transfer, do not disclose, '.repeat(30)}your data to outside parties ${k}. This does not include ${'advertisers, affiliates, '.repeat(40)}who assist us ${k}. `;
    }
    return text.slice(0, size);
  },
  'items naming recipients under a long aggregate lead-in': (size) =>
    repeatTo(`We may share aggregated data with partners, ${'share aggregated statistics, '.repeat(35)}and share your data with the following:\n${`- ${'acting as our advertiser '.repeat(45)}\n`.repeat(20)}`, size),
};

/**
 * Hostile HTML (issue 9, item 4): pages read as a fetched policy is (linkedom, Readability within
 * READABLE_LIMITS, then the analyser). Readability's work grew with depth times text.
 */
export const HOSTILE_HTML: Readonly<Record<string, () => string>> = {
  '<div> 2,000 deep': () => `${'<div>'.repeat(2000)}${'We share your data with partners. '.repeat(20)}${'</div>'.repeat(2000)}`,
  '3 MB of <li> items': () => `<ul>${repeatTo('<li>a</li>', 3 * 1024 * 1024)}</ul>`,
  '3 MB of 60-deep <div> chains': () => repeatTo(`${'<div>'.repeat(60)}We share your data. ${'</div>'.repeat(60)}`, 3 * 1024 * 1024),
};

const parseHtml = (html: string): Document => new DOMParser().parseFromString(html, 'text/html') as unknown as Document;

function benchHostileShapes(): Record<string, number> {
  const figures: Record<string, number> = {};
  for (const [shape, make] of Object.entries(HOSTILE_HTML)) {
    const html = make();
    const start = performance.now();
    analyzePolicy(extractPolicyText(html, 'https://example.com/privacy', parseHtml).text);
    figures[`hostile HTML ${shape}, read and analysed, ms`] = performance.now() - start;
  }
  for (const [shape, make] of Object.entries(HOSTILE_SHAPES)) {
    const small = make(300 * 1024);
    const large = make(3 * 1024 * 1024);
    const smallMs = timeRuns(small, 3, 1);
    const largeMs = timeRuns(large, 1, 1);
    figures[`hostile ${shape}, 3 MB, ms`] = largeMs;
    figures[`hostile ${shape}, 3 MB / 300 KB time`] = largeMs / smallMs;
  }
  return figures;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  benchPolicy().then((figures) => {
    console.log('| figure | value |\n|---|---|');
    for (const [name, value] of Object.entries(figures)) console.log(`| ${name} | ${value.toFixed(3)} |`);
  }).catch((error: unknown) => {
    console.error(`[bench] ${error instanceof Error ? error.message : String(error)}`);
    process.exitCode = 1;
  });
}
