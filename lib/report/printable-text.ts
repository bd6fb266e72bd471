/**
 * Text from a record, safe to print on a terminal: C0 and C1 control characters (escape
 * sequences that could clear the screen, move the cursor or set the title), DEL and the Unicode
 * bidirectional overrides (which can make text read differently from what it is) are dropped;
 * tabs and line breaks become spaces, so a value stays on its line.
 */
// eslint-disable-next-line no-control-regex
const unsafe = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;

export function printableText(text: string): string {
  return text.replace(/[\t\n\r]+/g, ' ').replace(unsafe, '');
}
