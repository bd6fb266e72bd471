/**
 * The words a sentence is scored on by the learned item model (./item-model.ts): each word cut to its first
 * six letters (a cheap stem: "sharing", "shared" and "share" meet), each pair of neighbouring words, and the
 * words of the sentence's lead-in marked with `^` (a list item takes its meaning from "You have the right to:").
 * This is the definition training uses (scripts/item-model/sentence-samples.ts); the analyser scores the same
 * features without building their strings (./compiled-model.ts), and a test checks the two agree.
 */

/** Letters kept of each word. */
export const STEM_LENGTH = 6;

const WORD = /[a-z]+/g;

/** Features of one lower-cased sentence and its lower-cased lead-in (or null). */
export function sentenceFeatures(lowered: string, leadIn: string | null): string[] {
  const words = (lowered.match(WORD) ?? []).map((word) => word.slice(0, STEM_LENGTH));
  const out = new Set<string>();
  for (let i = 0; i < words.length; i++) {
    out.add(words[i]!);
    if (i + 1 < words.length) out.add(`${words[i]}_${words[i + 1]}`);
  }
  if (leadIn !== null) for (const word of leadIn.match(WORD) ?? []) out.add(`^${word.slice(0, STEM_LENGTH)}`);
  return [...out];
}
