/** Data only: how a policy states its own date. Used by ../facts/last-updated.ts. */

export interface DateLabel {
  readonly pattern: RegExp;
  /** Higher wins when several labelled dates are found. */
  readonly rank: number;
}

/** Labels, each followed (within a few words) by the date. */
export const DATE_LABELS: readonly DateLabel[] = [
  { rank: 3, pattern: /\b(?:last\s+)?(?:updated|revised|modified|amended|reviewed|changed|edited)(?:\s+(?:on|as\s+of|at|in|date|:))?|\blast\s+(?:update|revision|modification|change|edit)(?:\s+date)?|\bdate\s+of\s+(?:last\s+)?(?:revision|update|modification)|\b(?:revision|update)\s+date/i },
  { rank: 2, pattern: /\beffective(?:\s+(?:date|as\s+(?:of|from)|from|on|since))?|\b(?:takes|took|comes|came)\s+(?:into\s+)?effect(?:\s+on)?|\bin\s+effect\s+(?:as\s+of|from|since)|\bin\s+force\s+(?:as\s+of|from|since|on)|\bappl(?:y|ies)\s+(?:from|as\s+of|since)/i },
  { rank: 1, pattern: /\bversion(?:\s+(?:date|dated|of|from|effective))?|\bdated|\bpublished(?:\s+on)?|\bpolicy\s+date/i },
];

/**
 * Words allowed between a label and its date (": ", " on ", " - ", "as of", "this policy was ...", a weekday, a bracket),
 * read one word at a time by labelToDateGap (../facts/label-date-gap.ts): as one regex, the number alternatives overlapped
 * each other and the "." between them, and "Last updated 1.1.1.1 ... x" took seconds.
 */
export const GAP_WORD = /^(?:on|as|of|at|is|was|from|date|dated|the|this|our|its|policy|privacy|statement|notice|[\d.]+|v\d[\w.]*|version|effective|(?:mon|tues?|wed(?:nes)?|thu(?:rs)?|fri|sat(?:ur)?|sun)(?:day)?)$/i;
/** What separates those words; a gap is separators, then at most six words each followed by separators. */
export const GAP_SEPARATOR = /[\s:.,\-–—()[\]*_]/;
export const GAP_MAX_WORDS = 6;

/** Sentences about other documents' or laws' dates. */
export const NOT_THE_POLICY_DATE = /\b(?:previous|prior|earlier|archived|old|former|superseded|past)\s+(?:versions?|polic(?:y|ies))\b|\b(?:GDPR|regulation|directive|act|law|CCPA|CPRA|shield|safe harbor|terms of (?:use|service))\b[^.]{0,40}\b(?:effective|came into|took effect|enforce|appl(?:y|ies)\s+(?:from|as\s+of|since)|in\s+force)/i;

/** A copyright notice: a date after it is the copyright's, one before it on the same line ("Last update: 19/11/04 © 2003") still counts. */
export const COPYRIGHT_MARK = /\bcopyright\b|©/i;

/** How far into a segment a label may start for a short "Last updated: ..." line. */
export const LABEL_NEAR_START = 60;
export const SHORT_SEGMENT = 160;
/** A sentence naming the document ("This Privacy Policy was last updated on ..."). */
export const NAMES_THE_POLICY = /\b(?:this|our|the)\s+(?:privacy\s+|cookie\s+|data\s+)?(?:policy|statement|notice)\b/i;
