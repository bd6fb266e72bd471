/** Whether the words between a date label ("Last updated") and a date are words that may stand there. */

import { GAP_MAX_WORDS, GAP_SEPARATOR, GAP_WORD } from '../phrases/last-updated';

/**
 * The text between a label and its date holds only separators and at most GAP_MAX_WORDS allowed words ("as of" is one),
 * and ends in a separator. One pass over the characters: a word is a run of non-separators, except that a "." inside a
 * number or a version ("1.2", "v2.0.1") stays in the word, as the words of GAP_WORD allow.
 */
export function labelToDateGap(gap: string): boolean {
  let words = 0;
  let previous = '';
  let at = 0;
  while (at < gap.length) {
    if (GAP_SEPARATOR.test(gap[at]!)) {
      at++;
      continue;
    }
    const numeric = /^v?\d/i.test(gap.slice(at, at + 2));
    let end = at;
    while (end < gap.length && (!GAP_SEPARATOR.test(gap[end]!) || (numeric && gap[end] === '.' && end + 1 < gap.length && /\w/.test(gap[end + 1]!)))) end++;
    // A word must be followed by a separator: the gap cannot end inside a word.
    if (end >= gap.length) return false;
    const word = gap.slice(at, end);
    if (!GAP_WORD.test(word)) return false;
    if (!(previous.toLowerCase() === 'as' && word.toLowerCase() === 'of') && ++words > GAP_MAX_WORDS) return false;
    previous = word;
    at = end;
  }
  return true;
}
