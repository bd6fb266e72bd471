/**
 * The long fuzz run: a million generated inputs (`--inputs N` for another count) shared among the
 * targets of tests/fuzz/targets.ts by their `share`, with a fixed seed (`--seed S`). Counts, per
 * target and in all, the inputs whose check threw (the parser threw, swallowed a throw of its own,
 * or answered out of contract) and the inputs that took over 100 ms, and prints the slowest.
 * An input over 100 ms is timed again alone after its target's run (the fastest of three), and
 * counts as slow only if it still is: on a shared machine a load spike makes trivial parsers slow
 * too, and that is scheduling, not work. The first-run spikes are printed beside the count.
 * Figures, not a test: it never fails on time, and exits 1 only when something threw.
 *
 *   npm run fuzz [-- --inputs 1000000] [-- --seed 20261206]
 */
import fc from 'fast-check';
import { performance } from 'node:perf_hooks';
import { fuzzTargets } from './targets';

const SLOW_MS = 100;
/** Timings of an input over SLOW_MS, alone; the fastest counts. */
const RETIME_RUNS = 3;
/** Inputs kept per target for timing again (beyond, a spike counts as slow unchecked). */
const RETIME_MAX = 500;

function option(name: string, fallback: number): number {
  const at = process.argv.indexOf(`--${name}`);
  const value = at >= 0 ? Number(process.argv[at + 1]) : fallback;
  if (!Number.isSafeInteger(value) || value < 0) {
    console.error(`fuzz: --${name} takes a whole number`);
    process.exit(2);
  }
  return value;
}

const total = option('inputs', 1_000_000);
const seed = option('seed', 20_261_206);
const shares = fuzzTargets.reduce((sum, target) => sum + target.share, 0);

interface Figures { inputs: number; throws: number; spikes: number; slow: number; slowestMs: number; slowest: string; firstThrow: string }

const all: Figures = { inputs: 0, throws: 0, spikes: 0, slow: 0, slowestMs: 0, slowest: '', firstThrow: '' };

/** The fastest of RETIME_RUNS timings of `check` on `input` (a throw was counted on the first run). */
async function timeAlone(check: (input: unknown) => unknown, input: unknown): Promise<number> {
  let best = Infinity;
  for (let run = 0; run < RETIME_RUNS; run++) {
    const start = performance.now();
    try {
      await check(input);
    } catch {
      // counted on the first run
    }
    best = Math.min(best, performance.now() - start);
  }
  return best;
}
const started = performance.now();
console.log(`fuzz: ${total.toLocaleString('en')} inputs, seed ${seed}, ${fuzzTargets.length} targets (node ${process.version})\n`);
console.log(`${'target'.padEnd(72)} ${'inputs'.padStart(9)} ${'throws'.padStart(7)} ${'spikes'.padStart(7)} ${`>${SLOW_MS} ms`.padStart(8)} ${'slowest'.padStart(9)}`);

for (const target of fuzzTargets) {
  const runs = Math.max(1, Math.round((total * target.share) / shares));
  const figures: Figures = { inputs: 0, throws: 0, spikes: 0, slow: 0, slowestMs: 0, slowest: '', firstThrow: '' };
  const suspects: unknown[] = [];
  const note = (ms: number, input: unknown): void => {
    if (ms > SLOW_MS) figures.slow++;
    if (ms > figures.slowestMs) {
      figures.slowestMs = ms;
      figures.slowest = fc.stringify(input);
    }
  };
  // Compiling schemas and patterns on first use is not the parsers' speed: warm up outside the count.
  for (const input of fc.sample(target.input, { seed: seed + 1, numRuns: 3 })) {
    try {
      await target.check(input);
    } catch {
      // counted below, if the run meets it
    }
  }
  // The property never fails: every input is counted, none is shrunk.
  await fc.check(
    fc.asyncProperty(target.input, async (input) => {
      const start = performance.now();
      try {
        await target.check(input);
      } catch (error) {
        figures.throws++;
        if (figures.firstThrow === '') figures.firstThrow = `${error instanceof Error ? error.message : String(error)} on ${fc.stringify(input).slice(0, 300)}`;
      }
      const ms = performance.now() - start;
      figures.inputs++;
      if (ms <= SLOW_MS) note(ms, input);
      else {
        figures.spikes++;
        if (suspects.length < RETIME_MAX) suspects.push(input);
        else note(ms, input);
      }
      return true;
    }),
    { seed, numRuns: runs },
  );
  for (const input of suspects) note(await timeAlone((i) => target.check(i), input), input);
  console.log(`${target.name.padEnd(72)} ${figures.inputs.toLocaleString('en').padStart(9)} ${String(figures.throws).padStart(7)} ${String(figures.spikes).padStart(7)} ${String(figures.slow).padStart(8)} ${`${figures.slowestMs.toFixed(1)} ms`.padStart(9)}`);
  if (figures.firstThrow) console.log(`  first throw: ${figures.firstThrow}`);
  all.inputs += figures.inputs;
  all.throws += figures.throws;
  all.spikes += figures.spikes;
  all.slow += figures.slow;
  if (figures.slowestMs > all.slowestMs) {
    all.slowestMs = figures.slowestMs;
    all.slowest = `${target.name}: ${figures.slowest.length} characters of input, starting ${figures.slowest.slice(0, 160)}`;
  }
}

const seconds = (performance.now() - started) / 1000;
console.log(`\nall: ${all.inputs.toLocaleString('en')} inputs in ${seconds.toFixed(0)} s, ${all.throws} throws, ${all.slow} over ${SLOW_MS} ms timed alone (${all.spikes} on the first run), slowest ${all.slowestMs.toFixed(1)} ms`);
console.log(`slowest input: ${all.slowest}`);
process.exit(all.throws > 0 ? 1 : 0);
