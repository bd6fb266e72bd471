/** Data only: statements about selling or renting personal data. Used by ../facts/sells-data.ts. */

export const SELL_KEYWORDS = ['sell', 'sold', 'rent', 'leas', 'sale'] as const;

/** Selling verbs. "trade" only counts next to these ("sell, trade, or rent"). */
export const SELL_VERB = /\b(?:sell|sells|selling|sold|rent|rents|renting|rented|lease|leases|leasing|leased)\b/gi;

/** What is being sold must be personal data (not "products we sell"). */
export const PERSONAL_OBJECT =
  /\b(?:personal(?:ly)?(?:[- ]identifiable|[- ]identifying)?\s+(?:information|data|details|info)|(?:your|their|users?[’']?|customers?[’']?|members?[’']?|visitors?[’']?|subscribers?[’']?|consumers?[’']?|clients?[’']?)\s+(?:[\w’'-]+\s+){0,3}?(?:information|data|details|e-?mail(?:\s+address(?:es)?)?|names?|lists?|profiles?|contact\s+\w+)|e-?mail\s+(?:addresses|lists?)|mailing\s+lists?|customer\s+lists?|information\s+(?:about|of|from|on)\s+(?:you|our\s+users|users|customers|visitors|members)|PII|any\s+(?:of\s+)?(?:the\s+)?(?:information|data)|this\s+information|such\s+information|that\s+information|the\s+information|(?:it|them)\s+to|(?<!\b(?:technical|usage|statistical|aggregated?|anonymi[sz]ed|anonymous|device|log|traffic|non-?personal|de-?identified)\s)(?:data|information)\s+to\s+(?:any\s+)?(?:other\s+)?(?:third|3rd|outside)[- ]?(?:part(?:y|ies)|companies|organi[sz]ations))\b/i;

/** Sentences that only mention selling in other senses, or name the right / link. */
export const SELL_EXCLUSIONS: readonly RegExp[] = [
  /\bdo not sell (?:or share )?my\b/i,
  /\bopt[- ]?out of (?:the )?(?:sale|selling|sharing)\b/i,
  /\bright to (?:opt|direct|request|know|say)\b/i,
  /\b(?:mergers?|acquisitions?|acquired|bankruptcy|insolvency|reorgani[sz]ation|successors?|change (?:of|in) control|sale of (?:(?:all|some|part|substantially all|any)\s+(?:or\s+\w+\s+(?:\w+\s+)?)?(?:of\s+)?)?(?:(?:the|our|its)\s+)?(?:company|business|assets|stock|shares))\b/i,
  /\b(?:aggregat\w+|anonymi[sz]\w+|de-?identified|non-?personal\w*)\b/i,
  /\bsell(?:s|ing)?\s+(?:all|substantially|some|part|a\s+portion|any)\b[^.;]{0,40}?\b(?:assets|business|company|stock|shares)\b|\bas\s+part\s+of\s+(?:the|that|such|a|any)\s+(?:transaction|sale|deal)\b/i,
  /\b(?:"|“)sell(?:"|”)?\s+(?:means|is defined)\b/i,
  // The company or its business sold: "In the event that we sell the shop, your details pass to the buyer".
  /\bsell(?:s|ing)?\s+(?:the|our|its|this)\s+(?:company|business|shop|store|firm|website|site)\b|\b(?:company|business|shop|firm)\s+(?:itself\s+)?(?:is|are|was|were|be|being)\s+sold\b|\bthe\s+(?:buyer|purchaser|acquirer)\s+of\s+(?:the|our|its|this)\s+(?:company|business|shop|store|firm|assets)\b|\b(?:transferred|business)\s+assets\b/i,
];

/** The verb's subject is someone else ("if you sell products", "merchants sell"). */
export const OTHER_SELLER_BEFORE = /\b(?:if|when)\s+(?:we|you)\s+(?:\w+\s+)?$|\b(?:you|sellers?|merchants?|vendors?|customers?|users?|they|advertisers?|brokers?)\s+(?:\w+\s+){0,1}$/i;
