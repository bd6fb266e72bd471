/**
 * `npm run fetch:label-texts -- --to DIR`: fetches the texts of the blind and training sets from the public
 * corpus their labels name, checks each against the label's length and SHA-256, and writes them to DIR (the
 * folder BLIND_POLICIES names for `npm run eval:policies` and `npm run train:item-model`). Needs the network;
 * nothing else in the project does. Options: `--set blind|training` (both by default), `--base URL` (where
 * `<commit>/<path>` is served; default the corpus's raw files on GitHub), `--concurrency N`.
 */

import { existsSync, mkdirSync, readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { fetchLabelTexts, labelSource, type LabelSource } from './label-texts/fetch-texts';

const ROOT = resolve(import.meta.dirname, '..');
const SETS = { blind: 'tests/fixtures/policy-labels-blind', training: 'tests/fixtures/policy-labels-training' } as const;
const CORPUS_RAW = 'https://raw.githubusercontent.com/citp/privacy-policy-historical';

async function main(): Promise<void> {
  const { values } = parseArgs({ options: { to: { type: 'string' }, set: { type: 'string' }, base: { type: 'string' }, concurrency: { type: 'string' } } });
  if (!values.to) throw new Error('--to DIR is required (the folder to put the texts in)');
  const sets = values.set === undefined ? (Object.keys(SETS) as (keyof typeof SETS)[]) : [values.set];
  for (const set of sets) if (!(set in SETS)) throw new Error(`--set must be blind or training, not "${set}"`);
  const concurrency = values.concurrency === undefined ? 4 : Number(values.concurrency);
  if (!Number.isInteger(concurrency) || concurrency < 1 || concurrency > 16) throw new Error('--concurrency must be a whole number from 1 to 16');
  const sources: LabelSource[] = [];
  for (const set of sets as (keyof typeof SETS)[]) {
    const dir = join(ROOT, SETS[set]);
    for (const name of readdirSync(dir).filter((n) => n.endsWith('.json')).sort()) {
      let json: unknown;
      try {
        json = JSON.parse(readFileSync(join(dir, name), 'utf8'));
      } catch {
        throw new Error(`${SETS[set]}/${name}: not JSON`);
      }
      sources.push(labelSource(json, `${SETS[set]}/${name}`));
    }
  }
  const to = resolve(values.to);
  if (!existsSync(to)) mkdirSync(to, { recursive: true });
  let done = 0;
  const results = await fetchLabelTexts(sources, {
    to, base: values.base ?? CORPUS_RAW, concurrency,
    onResult: (result) => {
      done++;
      if (result.outcome === 'failed' || result.outcome === 'differs') console.error(`${result.outcome}: ${result.file} (${result.detail})`);
      if (done % 50 === 0) console.error(`${done}/${sources.length}`);
    },
  });
  const count = (outcome: string): number => results.filter((r) => r.outcome === outcome).length;
  console.log(`${sources.length} texts in ${to}: ${count('written')} fetched, ${count('kept')} already there, ${count('differs')} fetched with another SHA-256 (same length), ${count('failed')} failed`);
  if (count('failed') > 0) process.exitCode = 1;
}

main().catch((error: unknown) => {
  console.error(`fetch-label-texts: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 1;
});
