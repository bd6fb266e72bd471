import fc from 'fast-check';
import { describe, it } from 'vitest';
import { fuzzTargets } from '../fuzz/targets';

/**
 * The standing proof of issue 9: every parser of input from a page, a policy, storage or a file
 * (tests/fuzz/targets.ts) on a few hundred generated inputs each, with a fixed seed so that every
 * run sees the same inputs (fast-check prints the seed and the shrunk input on failure). No clock:
 * `npm run fuzz` runs a million inputs and reports the slow ones.
 */
const SEED = 20_261_206;

describe('fuzz: parsers answer every input', { timeout: 120_000 }, () => {
  for (const target of fuzzTargets) {
    it(target.name, async () => {
      await fc.assert(fc.asyncProperty(target.input, async (input) => { await target.check(input); }), { seed: SEED, numRuns: target.unitRuns });
    });
  }
});
