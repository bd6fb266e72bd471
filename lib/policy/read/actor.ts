/**
 * Who does what to whom: the subject acting at a position of a sentence ("Google may [share]" ->
 * someone else; "we [disclose]" -> the company; "you can [access]" -> the reader). The nearest
 * subject before the position that is followed by a modal or a verb wins ("+1 user activities"
 * is no subject). Bounded: looks back at most LOOK_BACK characters of one segment.
 */

import { AFTER_SUBJECT, COMPANY_SUBJECT, OTHER_SUBJECT, READER_SUBJECT } from './phrases/actors';

export type Actor = 'company' | 'reader' | 'other' | 'unknown';

const LOOK_BACK = 160;
/** A word followed by what may follow a subject; global, applied to a bounded window. */
const SUBJECT_THEN_VERB = new RegExp(`\\b[A-Za-z][\\w-]*(?=${AFTER_SUBJECT})`, 'g');

function classify(words: string): Actor {
  const phrase = words.trim();
  if (COMPANY_SUBJECT.test(phrase)) return 'company';
  // "other users" before "users".
  if (OTHER_SUBJECT.test(phrase)) return 'other';
  if (READER_SUBJECT.test(phrase)) return 'reader';
  return 'unknown';
}

/** The actor of the verb at `pos` in `text` (a segment), or 'unknown'. */
export function actorAt(text: string, pos: number): Actor {
  const from = Math.max(0, pos - LOOK_BACK);
  const window = text.slice(from, pos);
  let actor: Actor = 'unknown';
  SUBJECT_THEN_VERB.lastIndex = 0;
  for (let m = SUBJECT_THEN_VERB.exec(window); m !== null; m = SUBJECT_THEN_VERB.exec(window)) {
    // The subject patterns are anchored at their end: give them the words before this one too.
    const found = classify(window.slice(Math.max(0, m.index - 30), m.index + m[0].length));
    if (found !== 'unknown') actor = found;
  }
  return actor;
}
