/**
 * Is this text probably an English privacy policy? Used to give clear errors instead of empty
 * facts (the CLI refuses French policies, terms of service, binary junk).
 */

/** Very frequent English function words; other languages written in Latin letters rarely use them. */
const ENGLISH_WORDS: ReadonlySet<string> = new Set([
  'the', 'and', 'of', 'to', 'a', 'in', 'is', 'that', 'for', 'it', 'as', 'with', 'be', 'on', 'not', 'this', 'are', 'by',
  'or', 'we', 'you', 'your', 'our', 'us', 'may', 'will', 'from', 'any', 'have', 'if', 'which', 'such', 'when', 'other',
  'can', 'an', 'at', 'use', 'about', 'these', 'do', 'information', 'data', 'their', 'how', 'what',
]);

/** Words and phrases nearly every privacy policy uses. */
const POLICY_TERMS: readonly RegExp[] = [
  /\bprivacy\b/i, /\bpersonal(?:ly identifiable)? (?:information|data)\b/i, /\bcookies?\b/i, /\bcollect\w*\b/i,
  /\bthird[- ]part(?:y|ies)\b/i, /\bdisclos\w+\b/i, /\b(?:this|our) (?:privacy )?(?:policy|statement|notice)\b/i,
  /\bdata protection\b/i, /\bshar(?:e|ing)\b/i, /\bemail address\b|\be-mail\b/i, /\bIP address(?:es)?\b/i,
  /\bopt[- ]?out\b/i, /\bsecurity\b/i, /\bprocess(?:ing)?\b/i, /\bretain|retention\b/i,
];

/** Share of English function words among words; English prose sits around 0.4, French or German below 0.1. */
const MIN_ENGLISH_SHARE = 0.18;
const MIN_WORDS = 30;
/** Share of control characters (other than tab / newline) above which the input is binary. */
const MAX_CONTROL_SHARE = 0.01;
const SAMPLE = 200_000;

export interface PolicyTextAssessment {
  readonly isEnglish: boolean;
  readonly looksLikePolicy: boolean;
  /** Looks like binary data rather than text. */
  readonly isBinary: boolean;
  readonly words: number;
  /** English function words / all words, on a sample. */
  readonly englishShare: number;
  /** How many distinct POLICY_TERMS the sample uses. */
  readonly policyTerms: number;
}

export function assessPolicyText(text: string): PolicyTextAssessment {
  const sample = typeof text === 'string' ? text.slice(0, SAMPLE) : '';
  let control = 0;
  for (let i = 0; i < sample.length; i++) {
    const code = sample.charCodeAt(i);
    if ((code < 32 && code !== 9 && code !== 10 && code !== 13 && code !== 12) || code === 0xfffd) control++;
  }
  const isBinary = sample.length > 0 && control / sample.length > MAX_CONTROL_SHARE;
  let words = 0;
  let english = 0;
  const wordRe = /[A-Za-z\u00C0-\u024F']+/g;
  for (let m = wordRe.exec(sample); m !== null; m = wordRe.exec(sample)) {
    words++;
    if (ENGLISH_WORDS.has(m[0].toLowerCase())) english++;
  }
  const englishShare = words === 0 ? 0 : english / words;
  const isEnglish = !isBinary && words >= MIN_WORDS && englishShare >= MIN_ENGLISH_SHARE;
  const policyTerms = POLICY_TERMS.filter((re) => re.test(sample)).length;
  const anchors = /\bprivacy\b|\bpersonal (?:information|data)\b|\bdata protection\b/i.test(sample);
  return { isEnglish, looksLikePolicy: isEnglish && anchors && policyTerms >= 4, isBinary, words, englishShare, policyTerms };
}
