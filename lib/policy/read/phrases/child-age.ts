/** Data only: how policies set a minimum age. Used by ../facts/child-age.ts. */

import { NUMBER_WORD_SOURCE } from '../numbers';

export const CHILD_KEYWORDS = [
  'child', 'minor', 'kid', 'age', 'years old', 'under 1', 'under 2', 'over 1', 'over 2', 'younger', 'teen', 'coppa',
  'older', 'least', 'adult', 'eighteen', 'thirteen', 'sixteen',
] as const;

const N = `(\\d{1,2}|${NUMBER_WORD_SOURCE})(?:\\s*\\(\\s*\\d{1,2}\\s*\\))?`;

/**
 * Every age AGE_PATTERNS can find (MIN_AGE..MAX_AGE) is written with a digit or starts a word with one of
 * these: a cheap test that runs before the qualifiers (speed).
 */
export const AGE_NUMBER_WORDS = [
  'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve', 'thirteen', 'fourteen', 'fifteen', 'twenty',
] as const;
export const DIGIT = /\d/;
/** AGE_NUMBER_WORDS exactly (the index matches longer words by their first four letters: "third", "several"). */
export const AGE_NUMBER_WORD = /\b(?:six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|twenty)/i;

/** Ways an age is written; group 1 is the number. */
export const AGE_PATTERNS: readonly RegExp[] = [
  new RegExp(`\\b(?:under|below|younger than|less than|over|above|older than|at least|aged?|minimum age(?: of| is)?|age(?: limit)? of|the age of|ages? of)\\s+(?:the\\s+)?(?:age\\s+of\\s+)?${N}(?![\\d.,]\\d)(?!\\s*(?:%|percent|million|days?|months?|hours?|minutes?))`, 'gi'),
  new RegExp(`\\b${N}\\s*(?:\\+|-?\\s*years?[\\s-]+(?:of\\s+age|old)|(?:years?\\s+)?(?:and|or)\\s+(?:under|younger|below|older|over|above))`, 'gi'),
];

/** The age must sit in a sentence that keeps younger people out. */
export const CHILD_QUALIFIERS: readonly RegExp[] = [
  /\b(?:do|does|will|shall|would)\s*(?:not|n[’']t)\s+(?:knowingly|intentionally|purposely|purposefully|deliberately|willingly)\b/i,
  /\b(?:never|not)\s+(?:knowingly|intentionally|purposely|purposefully|deliberately)\b/i,
  /\b(?:is|are|was|were)\s+not\s+(?:\w+\s+)?(?:intended|directed|designed|targeted|aimed|meant|marketed|offered|available|suitable|permitted|allowed|eligible|authori[sz]ed)\b/i,
  /\bnot\s+(?:intended|directed|designed|targeted|aimed|meant|marketed|offered|available)\s+(?:for|to|at|towards|by)\b/i,
  /\b(?:intended|designed|meant|directed|available|offered|restricted|limited)\s+(?:only\s+|solely\s+|exclusively\s+)?(?:for|to)\s+(?:use\s+by\s+)?(?:adults|persons|people|individuals|users|those|anyone|visitors|customers)\b/i,
  /\bmust\s+be\s+(?:at\s+least|over|older\s+than|of\s+legal|\d|eighteen|thirteen|sixteen|twenty)/i,
  /\b(?:may|can|should|must|are|is)\s*(?:not|n[’']t)\s+(?:use|register|access|create|sign|submit|provide|send|disclose|post|join|participate|open|subscribe)\b/i,
  /\bplease\s+(?:do\s*(?:not|n[’']t)|don[’']t|refrain)\b/i,
  /\b(?:not|never)\s+(?:permitted|allowed|eligible|authori[sz]ed)\b/i,
  /\bprohibit\w*\b/i,
  /\bonly\s+(?:for\s+|to\s+|by\s+)?(?:users|persons|people|individuals|adults|those)\b/i,
  /\bdo(?:es)?\s*(?:not|n[’']t)\s+(?:allow|permit|accept|want|collect|solicit|seek|target|market|direct|request|ask|offer(?=\s+(?:(?:the|our|its|this|these|any)\s+)?(?:services?|site|web\s*site|apps?|products?|accounts?|membership|registration)\b))\b/i,
  /\bnowhere\b[^.;]{0,80}?\b(?:do|does|will|shall)\s+\w+\s+(?:knowingly|intentionally|purposely|collect|solicit|request|ask)\b/i,
  /\bneither\b[^.;]{0,120}?\b(?:is|are|was|were)\s+(?:\w+\s+)?(?:intended|directed|designed|targeted|aimed|meant|marketed|offered)\b/i,
  /\b(?:requires?|required)\s+(?:that\s+)?(?:users|you|all users|persons)\s+(?:to\s+)?be\b/i,
  /\bminimum age\b/i,
];

/** Sentences about something else that happens to state an age (CCPA opt-in to sale, California erasure). */
export const CHILD_EXCLUSIONS = /\b(?:sell|sale|sold|remov\w+ (?:of )?content|request (?:the )?removal|eraser|shine the light)\b/i;

export const MIN_AGE = 6;
export const MAX_AGE = 21;
