/**
 * A translated sentence with markup inside ("Sends [dnt] and [gpc] to every site") split into
 * text and named slots, so a component can put `<code>` in the slots without `{@html}`: the
 * word order stays the translator's.
 */

export type MessagePart = { readonly text: string } | { readonly slot: string };

export function messageParts(message: string): readonly MessagePart[] {
  const parts: MessagePart[] = [];
  let last = 0;
  for (const match of message.matchAll(/\[(\w+)\]/g)) {
    if (match.index > last) parts.push({ text: message.slice(last, match.index) });
    parts.push({ slot: match[1]! });
    last = match.index + match[0].length;
  }
  if (last < message.length) parts.push({ text: message.slice(last) });
  return parts;
}
