// @ts-expect-error addons-linter ships no types; the shape used is declared below.
import addonsLinter from 'addons-linter';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { linterAllowances, type LinterAllowance } from './linter-allowances';

export interface LinterMessage {
  readonly code: string;
  readonly message: string;
  readonly description?: string | readonly string[];
  readonly file?: string;
  readonly line?: number;
  readonly column?: number;
}

export interface LinterResult {
  readonly errors: readonly LinterMessage[];
  readonly warnings: readonly LinterMessage[];
  readonly notices: readonly LinterMessage[];
}

/** Mozilla's add-on linter (what AMO runs on upload) over an unpacked build. */
export async function lintFirefoxBuild(dir: string): Promise<LinterResult> {
  const instance = (addonsLinter as { createInstance(options: unknown): { run(): Promise<LinterResult> } }).createInstance({
    config: { _: [dir], logLevel: 'fatal', stack: false, pretty: false, warningsAsErrors: false, metadata: false, output: 'none', boring: false, selfHosted: false },
    runAsBinary: false,
  });
  return instance.run();
}

/** The allowance that explains a warning, or null: same code, same file, its library's line just before. */
export function allowanceFor(dir: string, warning: LinterMessage): LinterAllowance | null {
  if (!warning.file || warning.line === undefined || warning.column === undefined) return null;
  const unhashed = warning.file.replace(/-[\w-]{8}(\.js)$/, '$1');
  const line = readFileSync(join(dir, warning.file), 'utf8').split('\n')[warning.line - 1] ?? '';
  const before = line.slice(Math.max(0, warning.column - 300), warning.column);
  return linterAllowances.find((allowance) => allowance.code === warning.code && allowance.file === unhashed && allowance.before.test(before)) ?? null;
}

/** One line per message, for a failing test or a release log. */
export function describeMessage(message: LinterMessage): string {
  const where = message.file ? ` ${message.file}${message.line ? `:${message.line}:${message.column ?? 0}` : ''}` : '';
  const description = Array.isArray(message.description) ? message.description.join(' ') : (message.description ?? '');
  return `${message.code}${where}: ${message.message}${description ? ` (${description})` : ''}`;
}
