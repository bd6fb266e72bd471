/** Data only: how long a company says it takes to answer requests. Used by ../facts/response-days.ts. */

export const RESPONSE_KEYWORDS = ['request', 'respond', 'response', 'repl', 'inquir', 'enquir', 'complain', 'complian'] as const;

/** The segment must be about answering people's requests. */
export const RESPONSE_CONTEXT = /\b(?:requests?|respond\w*|responses?|repl(?:y|ies)|inquir\w+|enquir\w+|complaints?|handled|fulfil\w*|compliance with your|honou?r\w*\s+(?:your|such|the)\s+request)\b/i;

/** The word right before the period: "within 30 days", "up to 30 days", "no later than one month". */
export const DEADLINE_BEFORE =
  /\b(?:within|up to|no later than|not later than|at most|at the latest|no more than|not more than|maximum of|in|under|inside of|inside)\s+(?:at\s+most\s+|a\s+(?:maximum|period)\s+of\s+|the\s+)?$/i;

/** Clauses that are about something else: extensions, acknowledgements, notices, retention. */
export const NOT_A_DEADLINE =
  /\b(?:extend\w*|extension|additional|further\s+(?:\d|period|days)|acknowledg\w*|confirm\s+receipt|prior to|in advance|notif\w+ (?:of|about) (?:the )?change|retain\w*|retention|keep|kept|stor(?:e|ed)|delete[sd]? after|breach|cookies?|expir\w+|trial|refund|cancel\w*|billing|payment|invoice|cool(?:ing)?[- ]off)\b/i;

export const MIN_DAYS = 1;
export const MAX_DAYS = 120;
