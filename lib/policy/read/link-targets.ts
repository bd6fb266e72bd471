/**
 * Markdown links inside a sentence ("you can [opt out](https://example.com/x) of having your data
 * shared") break the phrases extractors look for. This blanks the brackets and the link target
 * with spaces of the same length, so patterns read "opt out  ...  of having" and every offset
 * still lines up with the original text (evidence is always quoted from the original).
 * One linear pass; targets longer than MAX_TARGET are left alone.
 */

const MAX_TARGET = 300;

export function linkTargetsBlanked(text: string): string {
  if (!text.includes('](')) return text;
  return text.replace(/\[([^\]\n]{0,200})\]\(([^)\s]{0,300})\)/g, (whole: string, label: string, target: string) =>
    target.length > MAX_TARGET ? whole : ` ${label}${' '.repeat(whole.length - label.length - 1)}`);
}
