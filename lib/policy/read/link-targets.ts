/**
 * Markdown links inside a sentence ("you can [opt out](https://example.com/x) of having your data
 * shared") break the phrases extractors look for. This blanks the brackets and the link target
 * with spaces of the same length, so patterns read "opt out  ...  of having" and every offset
 * still lines up with the original text (evidence is always quoted from the original).
 * One linear pass; a label over 200 or a target over 300 characters is no link here and is left alone.
 */

export function linkTargetsBlanked(text: string): string {
  if (!text.includes('](')) return text;
  return text.replace(/\[([^\]\n]{0,200})\]\((?:[^)\s]{0,300})\)/g, (whole: string, label: string) =>
    ` ${label}${' '.repeat(whole.length - label.length - 1)}`);
}
