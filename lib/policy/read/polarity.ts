/**
 * Clauses and negation inside one segment: "We do not sell your data" is negative,
 * "We do not share it except with service providers" is negative only up to "except",
 * "If you do not want us to share it with advertisers, ..." does not negate the sharing.
 *
 * Works on single segments (at most MAX_SEGMENT_CHARS), so the scans here are bounded.
 */

/**
 * Where one clause ends and the next begins. The exception words start a positive clause; a comma
 * before "you may" / "we will" ends a conditional ("if we have not complied, you may complain"),
 * and the comma after a leading subordinate clause ends it ("Because we do not track you, the
 * extension honours Do Not Track": the first "not" does not reach the main clause). That last
 * look back runs only at a comma: placed before the comma, it ran at every position, up to 150
 * characters back each time (most of the analyser's time on ordinary policies).
 */
const CLAUSE_BREAK =
  /[;:!?]|\.(?=\s)|\s[-–—]\s|\((?:[ivx]{1,4}|[a-h]|\d{1,2})\)|\b(?:but|however|although|though|whereas|except|unless|other than|apart from|besides|excluding|save for|with(?: the)? exception of|instead|rather than|provided that|notwithstanding)\b|,\s+(?:and|or)\s+(?=(?:we|you|they|it|our|this|such|those|these)\b)|,\s+(?=(?:you|we)\s+(?:may|can|will|should|must|have|might|could)\b)|,(?<=^\s*(?:because|since|as|as long as|when|whenever|while|once|after|before|if|where)\s[^,;:.]{1,150},)/gi;

/** Words that negate what follows them in the clause. */
const NEGATION = /\b(?:not|never|no|none|neither|nor|cannot|without)\b|n[’']t\b/gi;

/**
 * Negation words that do not negate the clause's statement ("no longer than", "not only",
 * "whether or not", "without further notice to you, share ...", "including without limitation").
 */
const NOT_A_NEGATION_AFTER = /^\s*(?:only|longer than|more than|later than|less than|exceed|limited to|necessarily|just|yet been determined|(?:further|prior|any|additional)\s+notice|limitation)\b/i;
const NOT_A_NEGATION_BEFORE = /\b(?:whether or|if|unless|when)\s*$|\b(?:if|unless|when|where|should|in case)\s+(?:you|(?:(?:a|the|any)\s+)?(?:visitors?|users?|customers?|members?))\s+(?:\w+\s+){0,2}$/i;

export interface Clause {
  readonly start: number;
  readonly end: number;
}

/**
 * Extractors ask about the same few segments many times in a row (a list item, then its
 * lead-in, then the item again): keep the last answers.
 */
const CLAUSE_CACHE_SIZE = 8;
const clauseCache = new Map<string, Clause[]>();

/** Clause boundaries of `text` (a segment), in order, covering the whole string. */
export function clausesOf(text: string): Clause[] {
  const cached = clauseCache.get(text);
  if (cached) return cached;
  const clauses = computeClauses(text);
  if (clauseCache.size >= CLAUSE_CACHE_SIZE) clauseCache.delete(clauseCache.keys().next().value!);
  clauseCache.set(text, clauses);
  return clauses;
}

function computeClauses(text: string): Clause[] {
  const clauses: Clause[] = [];
  let start = 0;
  CLAUSE_BREAK.lastIndex = 0;
  for (let m = CLAUSE_BREAK.exec(text); m !== null; m = CLAUSE_BREAK.exec(text)) {
    if (m.index > start && text.slice(start, m.index).trim() !== '') clauses.push({ start, end: m.index });
    // Word breaks ("except", ", and we", "(ii)") belong to the clause they open.
    const wordBreak = /^[a-z(,]/i.test(m[0]);
    start = wordBreak ? m.index : m.index + m[0].length;
  }
  if (start < text.length) clauses.push({ start, end: text.length });
  return clauses;
}

/** The clause containing offset `pos`. */
export function clauseAt(text: string, pos: number): Clause {
  const clauses = clausesOf(text);
  for (const clause of clauses) {
    if (pos >= clause.start && pos < clause.end) return clause;
  }
  return { start: 0, end: text.length };
}

/**
 * True when a negation word stands before `pos` in the same clause ("We do not [sell]",
 * "will never be [sold]"), ignoring "no longer than", "whether or not" and negations whose
 * subject is the reader ("if you do not ..."). A double negation "not ... without [X]" is not.
 */
export function isNegatedAt(text: string, pos: number): boolean {
  const clause = clauseAt(text, pos);
  const window = text.slice(clause.start, pos);
  let negations = 0;
  let lastIsWithout = false;
  NEGATION.lastIndex = 0;
  for (let m = NEGATION.exec(window); m !== null; m = NEGATION.exec(window)) {
    const after = window.slice(m.index + m[0].length, m.index + m[0].length + 30);
    if (NOT_A_NEGATION_AFTER.test(after)) continue;
    const before = window.slice(Math.max(0, m.index - 40), m.index);
    if (NOT_A_NEGATION_BEFORE.test(before)) continue;
    if (m[0].toLowerCase() === 'no' && /^\s*(?:matter|doubt|later|earlier|charge|cost|fee)\b/i.test(after)) continue;
    // "No-IP.com allows you to ...", "no-reply": a hyphenated name, not a negation ("no-one" still is).
    if (m[0].toLowerCase() === 'no' && /^-(?!one\b)\w/i.test(after)) continue;
    negations++;
    lastIsWithout = m[0].toLowerCase() === 'without';
  }
  // "We will not change it without notice by e-mail": what "without" governs after a negation is promised.
  if (negations >= 2 && lastIsWithout) return false;
  return negations > 0;
}

/** Every match of `re` (a global regex) in `text`, as [index, match] pairs. Resets `re`. */
export function matchAll(re: RegExp, text: string): RegExpExecArray[] {
  const out: RegExpExecArray[] = [];
  if (!re.global) {
    const m = re.exec(text);
    if (m) out.push(m);
    return out;
  }
  re.lastIndex = 0;
  for (let m = re.exec(text); m !== null; m = re.exec(text)) {
    out.push(m);
    if (m[0].length === 0) re.lastIndex++;
  }
  re.lastIndex = 0;
  return out;
}

/** First positive (not negated) match of `re` in `text`, or null. */
export function firstPositive(re: RegExp, text: string): RegExpExecArray | null {
  for (const m of matchAll(re, text)) {
    if (!isNegatedAt(text, m.index)) return m;
  }
  return null;
}
