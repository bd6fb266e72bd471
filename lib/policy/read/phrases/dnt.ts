/** Data only: how policies answer the browser's Do Not Track signal. Used by ../facts/dnt.ts. */

/** A mention of the signal (DNT only upper-case: "dnt" is not a word people use). */
export const DNT_MENTION = /\bdo[\s-]+not[\s-]+track\b|\bDNT\b/;
export const DNT_MENTION_I = /\bdo[\s-]+not[\s-]+track\b/i;

/** The verbs a site uses for acting on the signal. */
const ACT = '(?:respond(?:s|ing)?|honou?r(?:s|ing)?|recogni[sz](?:e|es|ing)|support(?:s|ing)?|process(?:es)?|act(?:s)? (?:on|upon)|alter(?:s)?|change(?:s)?|obey(?:s)?|comply|complies|react(?:s)?|read(?:s)?|track(?:s)? (?:whether|if)|accommodate|interpret|take (?:any )?action|respect(?:s)?|adhere|treat|modify|follow|assign(?:s)? (?:any )?(?:meaning|significance)|give (?:any )?effect|take (?:it|them|such signals?) into account|use (?:it|them|such signals?))';

/** "We do not currently respond to DNT signals", "we are not able to honor", "cannot recognize". */
export const NOT_HONORED_PATTERNS: readonly RegExp[] = [
  new RegExp(`\\b(?:do|does|will|can|are|is|shall|have)\\s*(?:not|n[’']t)\\s+(?:currently\\s+|presently\\s+|yet\\s+|at this time\\s+|now\\s+|necessarily\\s+|be\\s+)?(?:able to\\s+)?${ACT}`, 'i'),
  new RegExp(`\\bnot\\s+(?:currently\\s+)?(?:able|designed|configured|set up|programmed|built|obligated|required)\\s+to\\s+(?:\\w+\\s+){0,2}?${ACT}`, 'i'),
  new RegExp(`\\b(?:cannot|can[’']t|unable to|no (?:way|means) to)\\s+(?:currently\\s+)?${ACT}`, 'i'),
  /\bno\s+(?:effect|impact)\b|\bwill\s+not\s+(?:be\s+)?affect|\bwill\s+continue\s+to\s+(?:collect|track)|\bwill\s+not\s+(?:be\s+)?(?:collect|track)\w*\s+(?:differently|any\s+differently)/i,
  /\b(?:ignore[sd]?|disregard(?:s|ed)?)\b/i,
  /\bnot\s+(?:currently\s+)?(?:honou?red|recogni[sz]ed|supported|respected|processed)\b/i,
  // "We treat browsers that send the signal like any other browser", "... just like all our other users".
  /\b(?:treat|handle|deal\s+with)\w*\b[^.;]{0,60}?\b(?:like|as|the\s+same\s+(?:way\s+)?as)\s+(?:any|all)\s+(?:of\s+)?(?:our\s+|the\s+)?other\b/i,
];

/** "We honor Do Not Track", "when we receive a DNT signal we stop ...". Read only when not negated. */
export const HONORED_PATTERNS: readonly RegExp[] = [
  /\b(?:honou?r|respect|recogni[sz]e|support|obey|adhere to|comply with|abide by)s?\s+(?:the\s+|your\s+|browser\s+|all\s+|a\s+)?(?:[\w’'-]+\s+)?["“‘']?(?:do[\s-]+not[\s-]+track|DNT)\b/i,
  /\b(?:we|company|(?:our|this)\s+(?:web\s*site|site|service|app|platform)s?)\s+(?:will\s+|do\s+|does\s+|currently\s+|shall\s+|also\s+)*(?:honou?rs?|respects?|responds?\s+to|recogni[sz]es?|supports?|obeys?|compl(?:y|ies)\s+with|process(?:es)?)\b(?:(?!\b(?:and|but|or|so)\s+you\b|\b(?:browsers?|devices?|software|apps?|ones)\s+(?:that|which|who)\b)[^.;]){0,60}?\b(?:do[\s-]+not[\s-]+track|DNT)\b/i,
  /\b(?:when|if|where) (?:we|our (?:\w+ )?(?:site|service|systems?|websites?)) (?:receive|detect)s?\b[^.;]{0,60}?(?:do[\s-]+not[\s-]+track|DNT)[^.;]{0,100}?\b(?:will not|won[’']t|stop|disable|refrain|cease|do not|turn off|opt you out)\b/i,
  /\b(?:when|if|where) (?:you|your (?:\w+ )?browser) (?:send|enable|turn on|switch on|set|activate)s?\b[^.;]{0,60}?(?:do[\s-]+not[\s-]+track|DNT)[^.;]{0,100}?\b(?:we (?:will not|won[’']t|do not|don[’']t|stop|disable|refrain|cease|turn off))\b/i,
  /\b(?:do[\s-]+not[\s-]+track|DNT)\b[^.;]{0,40}?\b(?:is|are|will be)\s+(?:honou?red|respected|recogni[sz]ed|supported)\b/i,
];

/** Clauses about what others do ("third parties may not respond to DNT") do not describe the site. */
export const OTHERS_SUBJECT = /\b(?:third[- ]part(?:y|ies)|advertisers?|partners?|other (?:websites|sites|companies|services)|some browsers|browsers? (?:do|does|may))\b(?=(?:\s+[\w-]+){0,4}?\s+(?:may|might|do|does|did|will|would|can|could|are|is|also|currently|not)\b)/i;

/** A sentence going on about the signal just named: "... Our Services do not currently respond to such signals." */
export const DNT_ANAPHOR = /\b(?:such|these|this|those|that|the)\s+(?:signals?|requests?|settings?|feature|preferences?|mechanisms?|headers?)\b|\b(?:them|it)\b/i;
