/**
 * One analysis in a fresh process: what a service worker that has just woken pays for its first policy (the
 * rules' regular expressions are compiled on first use; later analyses reuse them). Prints the milliseconds of
 * the first and of the second analysis of the text in the file named by the first argument; `--rules-only`
 * leaves the learned model out. Run by bench/policy.ts, a fresh process each time.
 */

import { readFileSync } from 'node:fs';
import { analyzePolicy } from '../lib/policy/read/analyze';

const text = readFileSync(process.argv[2]!, 'utf8');
const learned = !process.argv.includes('--rules-only');
let start = performance.now();
analyzePolicy(text, { learned });
const first = performance.now() - start;
start = performance.now();
analyzePolicy(text, { learned });
console.log(JSON.stringify({ first, second: performance.now() - start }));
