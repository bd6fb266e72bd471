/**
 * `privacy-inspector diff <old> <new> [--json]`: what changed between two versions of a policy
 * (files or URLs). Same input rules and errors as `analyze`.
 */

import { showControls } from '../lib/terminal/visible-controls';
import { analyzePolicy } from '../lib/policy/read/analyze';
import { diffAnalyses } from '../lib/policy/show/diff';
import { PolicyInputError, formatCommandError, loadPolicySource } from './analyze';
import type { LoadOptions } from './analyze';
import type { CommandIo } from './io';

const USAGE = 'usage: privacy-inspector diff <old> <new> [--json]';

export async function runDiff(args: string[], io: CommandIo, options: LoadOptions = {}): Promise<number> {
  try {
    const sources: string[] = [];
    let json = false;
    for (const arg of args) {
      if (arg === '--json') json = true;
      else if (arg === '-h' || arg === '--help') {
        io.stdout(`${USAGE}\n`);
        return 0;
      } else if (arg.startsWith('-') && arg !== '-') throw new PolicyInputError(`unknown option ${arg}\n${USAGE}`, 2);
      else sources.push(arg);
    }
    if (sources.length !== 2) throw new PolicyInputError(`diff takes two files or URLs (old, new)\n${USAGE}`, 2);
    const [oldSource, newSource] = sources as [string, string];
    const [before, after] = await Promise.all([loadPolicySource(oldSource, options), loadPolicySource(newSource, options)]);
    const oldAnalysis = analyzePolicy(before.text, { title: before.title });
    const newAnalysis = analyzePolicy(after.text, { title: after.title });
    const changes = diffAnalyses(oldAnalysis, newAnalysis);
    if (json) {
      const side = (source: string, a: typeof oldAnalysis) => ({ source, title: a.title, lastUpdated: a.lastUpdated });
      io.stdout(`${JSON.stringify({ old: side(oldSource, oldAnalysis), new: side(newSource, newAnalysis), changes }, null, 2)}\n`);
    } else if (changes.length === 0) {
      io.stdout(showControls(`No changes in the extracted facts between ${oldSource} and ${newSource}.\n`));
    } else {
      const lines = [`${changes.length} change${changes.length === 1 ? '' : 's'} from ${oldSource} to ${newSource}:`];
      for (const change of changes) lines.push(`  - ${change.summary}`);
      io.stdout(showControls(`${lines.join('\n')}\n`));
    }
    return 0;
  } catch (error) {
    const { line, code } = formatCommandError('diff', error);
    io.stderr(showControls(line));
    return code;
  }
}
