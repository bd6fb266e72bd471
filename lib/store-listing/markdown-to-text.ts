/**
 * Inline Markdown as plain text, for the stores' fields (the Chrome Web Store shows text as
 * typed, with no Markdown): links keep their words, code and emphasis lose their marks.
 */
export function markdownToText(markdown: string): string {
  return markdown
    .replace(/\[([^\]]+)\]\([^)]*\)/g, '$1')
    .replace(/`([^`]*)`/g, '$1')
    .replace(/\*\*([^*]+)\*\*/g, '$1')
    .replace(/(^|[^\w*])\*([^*\n]+)\*(?=[^\w*]|$)/g, '$1$2')
    .replace(/[ \t]+/g, ' ')
    .trim();
}
