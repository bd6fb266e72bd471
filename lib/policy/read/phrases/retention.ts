/**
 * Data only: how policies say how long they keep data. Used by ../facts/retention.ts.
 * Conventions (../../../../shared/fixtures/policies/README.md): `fixed` when a period is given,
 * `as-needed` for "as long as needed / while the account is active / legal basis",
 * `indefinite` only when the text says so.
 */

/** Cheap pre-filter (word beginnings, see segmentsWith): a segment must contain one of these to be read at all. */
export const RETENTION_KEYWORDS = [
  'retain', 'retention', 'keep', 'kept', 'store', 'storing', 'delet', 'eras', 'purg', 'destroy',
  'anonymi', 'held', 'maintain', 'overwrit', 'remov', 'long as', 'indefinite', 'forever', 'perpetuity', 'saved',
] as const;

/** A duration's unit starts a word ("30 days", "30-day"): durations are looked for only where one does (speed). */
export const DURATION_UNITS = ['minute', 'hour', 'day', 'week', 'month', 'year'] as const;

/** Verbs and nouns of keeping or getting rid of data; a period must sit near one of them. */
export const RETENTION_VERB =
  /\b(?:retain(?:s|ed|ing)?|retention|keep(?:s|ing)?|kept|stor(?:e|es|ed|ing|age)|delet(?:e|es|ed|ing|ion)|eras(?:e|es|ed|ing|ure)|purg(?:e|es|ed|ing)|destro(?:y|ys|yed|ying)|anonymi[sz](?:e|es|ed|ing|ation)|held|saved|maintain(?:s|ed)?|remov(?:e|es|ed|al)|overwrit(?:e|es|ten|ing)|log files? (?:are|is) (?:kept|stored))\b/gi;

/** A clause with one of these is about something else: answers, notices, breaches, cookie lifetimes. */
export const NOT_RETENTION_CLAUSE =
  /\b(?:respond\w*|response|repl(?:y|ies)|acknowledg\w*|notif\w*|notice|prior to|in advance|breach\w*|expir\w+|years? of age|years? old|age of|business for|founded|experience|inform(?!ation)\w*|requests?|handled)\b/i;

/** Cookie lifetimes are not retention unless the clause also speaks of retaining data. */
export const COOKIE_WORD = /\bcookies?\b/i;
export const EXPLICIT_RETENTION = /\bretain\w*|\bretention\b/i;

/** "within 30 days of your request": a response time, not a retention period. */
export const AFTER_REQUEST = /^\s*(?:of|from|after)\s+(?:(?:receiving|receipt of|the date of|our receipt of)\s+)?(?:your|a|the|such|any)\s+(?:verifiable\s+)?(?:request|inquiry|enquiry|complaint)/i;

/** Words that make a period about aggregated / anonymous data, not personal data. */
export const NON_PERSONAL = /\b(?:aggregat\w+|anonymi[sz]\w+|anonymous|de-?identified|non-?personal\w*|non-?identif\w+)\b/i;
/** ...but anonymising as the fate of personal data is still retention: "we delete or anonymise your data after 2 years", "data are deleted or anonymised after". */
export const ANONYMISE_PERSONAL = /\b(?:delet|eras|destroy|remov|purg)\w*\s+(?:or|and(?:\/or)?)\s+anonymi[sz]\w*|\b(?:anonymi[sz]e[sd]?|de-?identif(?:y|ies|ied))\s+(?:(?:it|them)\b|(?:your|the|such|this|these|their|all)\s+(?:[\w-]+\s+){0,2}?(?:personal\s+)?(?:data|information|details|records)\b|personal\s+(?:data|information)\b)/i;

/** One of these (word beginnings) must be in the sentence before AS_NEEDED_PATTERNS are tried (speed). */
export const AS_NEEDED_HINTS = [
  'long as', 'longer than', 'period', 'time', 'duration', 'term of', 'life', 'until', 'while', 'necessary',
  'retention polic', 'retention schedule', 'length of', 'unless', 'purpose',
] as const;

/** Need-based limits. Read only in segments that also contain a RETENTION_VERB. */
export const AS_NEEDED_PATTERNS: readonly RegExp[] = [
  /\b(?:as|so) long as (?:(?:is|it is|they are|we deem|we consider|reasonably|strictly|may be|are|it's|otherwise|legally|we reasonably (?:believe|consider)(?: it)?)\s+){0,3}(?:necessary|needed|required|useful|permitted|allowed|relevant|appropriate)\b/i,
  /\b(?:for|during|over) (?:the|a|such|that) (?:period|time|length of time|duration)(?: of time)? (?:that is |which is |as (?:is )?|we consider |reasonably )?(?:necessary|needed|required|reasonably necessary|appropriate)\b/i,
  /\blonger than (?:is |it is |we deem |reasonably |strictly )?(?:necessary|needed|required|appropriate)\b/i,
  /\b(?:(?:as|so) long as|while|until) (?:your|the|an?|their|such) (?:user )?(?:account|subscription|membership|contract|agreement|relationship|registration)\b[^.;]{0,40}?\b(?:active|open|in (?:effect|force|place)|exists?|valid|maintained|remains)\b/i,
  /\bfor the (?:duration|term|life(?:time)?|length) of (?:your|the|our|such) (?:account|subscription|membership|contract|agreement|relationship|use|business relationship)\b/i,
  /\b(?:until|(?:as|so) long as|while) (?:you|the user|users|customers?|the customer)\b[^.;]{0,40}?\b(?:delete|close|cancel|terminate|deactivate|request|use|maintain|remain|continue|have|hold)\w*\b/i,
  /\b(?:as|so) long as (?:we|there) (?:have|has|is)\b[^.;]{0,40}?\b(?:legitimate|business|legal|need|basis|purpose|reason)\b/i,
  /\b(?:only|solely) (?:for )?(?:as|so) long as\b/i,
  /\bnecessary (?:to|for) (?:fulfil|fulfill|achieve|accomplish|serve) (?:the|those|these) purposes?\b/i,
  /\bin accordance with (?:our|the) (?:data )?retention (?:policy|policies|schedules?)\b/i,
  /\buntil\s+the\s+purposes?\b[^.;]{0,80}?\b(?:(?:is|are|has been|have been)\s+)?(?:fulfil\w*|achieved|accomplished|served|completed)\b/i,
  /(?:\bnot|n[’']t)\s+(?:store|keep|retain|hold)\b[^.;]{0,80}?\bunless\s+(?:it\s+is\s+|they\s+are\s+)?(?:required|needed|necessary)\b/i,
];

/** One of these (word beginnings) must be in the sentence before INDEFINITE_PATTERNS are tried (speed). */
export const INDEFINITE_HINTS = ['indefinite', 'unlimited', 'forever', 'perpetuity', 'permanent'] as const;

/** Explicitly unlimited retention. */
export const INDEFINITE_PATTERNS: readonly RegExp[] = [
  /\bindefinite(?:ly)?\b/i,
  /\bfor an (?:indefinite|unlimited) (?:period|time|amount of time)\b/i,
  // Not "once deleted, it is gone forever" (deletion made final).
  /\bforever\b(?<!\b(?:gone|lost|deleted|erased|removed)\s+forever)/i,
  /\bin perpetuity\b/i,
  /\b(?:retain|store|keep|kept|stored|retained|maintain(?:ed)?)\s+(?:\w+\s+){0,4}?permanently\b/i,
  /\bpermanently\s+(?:retain|store|keep|archive|maintain)\w*/i,
];

/**
 * The keeper named right before the keeping verb is someone else: "your browser keeps these files for 30 days",
 * "our partners retain their own logs for 13 months" (not "we ask our partners to delete ... within 30 days").
 */
export const OTHER_KEEPER =
  /\b(?:(?:your|the|a)\s+(?:web\s+)?(?:browser|device|computer|bank|card\s+issuer)|(?:our|these|such|the|some|other|any)\s+(?:[\w-]+\s+)?(?:partners?|third[- ]part(?:y|ies)|advertisers?|vendors?|processors?|providers?|networks?|companies)|third[- ]part(?:y|ies)|advertisers|they|(?:google|facebook)(?:\s+(?:analytics|ads|adwords|pixel))?)\s+(?:(?:may|might|will|can|could|also|typically|usually|generally|normally|often)\s+){0,2}(?:keep|keeps|retain|retains|store|stores|hold|holds|save|saves)\b(?![^.;]{0,60}?\b(?:for\s+us|on\s+(?:our|its)\s+behalf)\b)[^.;]{0,80}$/i;
