/**
 * Text from a policy, page or record made safe for a terminal, without hiding anything: control
 * characters are shown as visible stand-ins instead of being obeyed (issue 9, item 5). A policy
 * title holding ESC ] 0 ; ... BEL would retitle the window, ESC [ 2 J clear the screen, and
 * OSC 52 (ESC ] 52 ; c ; ...) write the clipboard; bidi overrides make text read differently
 * from what it is (https://trojansource.codes/).
 *
 * C0 controls become their Control Pictures (U+2400 block: ESC -> ␛, BEL -> ␇), DEL -> ␡, C1
 * controls and bidi controls become \u{...} escapes. Line feeds and tabs stay (the layout uses
 * them). Every human-readable printer of the command line goes through this; JSON stays exact.
 */

// eslint-disable-next-line no-control-regex
const UNSAFE = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;

function standIn(ch: string): string {
  const code = ch.charCodeAt(0);
  if (code < 0x20) return String.fromCharCode(0x2400 + code);
  if (code === 0x7f) return '\u2421';
  return `\\u{${code.toString(16).toUpperCase()}}`;
}

/** `text` with every terminal control character replaced by a visible stand-in. */
export function showControls(text: string): string {
  return text.replace(UNSAFE, standIn);
}
