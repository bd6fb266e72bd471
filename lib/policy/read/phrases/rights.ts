/**
 * Data only: the rights a policy gives the reader. Used by ../facts/rights.ts.
 * Conventions: `objection` covers object, restrict, limit use or disclosure, withdraw consent;
 * `complaint` needs an outside body (supervisory authority, BBB, JAMS, TRUSTe...);
 * redirections to someone else ("ask the site owner") do not count.
 */

import type { UserRight } from '../../types';

export const RIGHTS_KEYWORDS = [
  'access', 'copy', 'copies', 'correct', 'updat', 'rectif', 'amend', 'chang', 'alter', 'edit', 'modif', 'delet', 'eras', 'remov',
  'forgotten', 'portab', 'machine-readable', 'machine readable', 'export', 'download', 'object', 'restrict',
  'limit', 'withdraw', 'revok', 'opt', 'unsubscrib', 'complain', 'right', 'whether we', 'what personal',
  'change your mind', 'stop receiving', 'returned', 'know', 'prefer', 'wish', 'request', 'ask', 'instruct',
  'dispute', 'recourse', 'lodge', 'listing', 'disclosure', 'receive', 'elect', 'option', 'permission', 'view', 'look at',
  'removed from', 'preferences', 'stop', 'taken off', 'subscription', 'turn off', 'switch off', 'disabl', 'deactivat', 'cancel',
  'contacted', 'authorit', 'commissioner', 'oaic', 'regulator', 'supervisor', 'see', 'entitled', 'hear from', 'ombudsman', 'rectification', 'truste', 'trustarc', 'bbb', 'better business', 'jams', 'esrb', 'rather not', 'fix', 'civil rights', 'decline', 'refus', 'prevent', 'choice', 'choose', 'check', 'inspect', 'find out', 'errors', 'keep', 'mistake', 'inaccura', 'incorrect', 'incomplete', 'outdated', 'out of date', 'want to get', 'wish to get', 'federal trade', 'ftc', 'attorney', 'sell my',
  'review', 'transferab', 'want us', 'wish us', 'want your', 'want their', 'ensure', 'claim', 'grievance', 'human services', 'ported', 'resolution provider', 'revoc', 'rescind', 'oppos', 'unless', 'discontinu', 'whether', 'kept informed', 'kept up to date', 'transfer of', 'transfer your', 'transfer their', 'transferred',
] as const;

/** The data a verb must act on for access / correction / deletion to count. */
/** One or two free words after "your" / "their": a brand ("your Example Account Information"), never a right's verb. */
const BRAND_WORDS =
  '(?:(?!(?:access|review|correct|updat|rectif|amend|chang|edit|modif|delet|eras|remov|obtain|export|download|view|see|revis|supplement|complete|purg|of\\b|(?:subscription|notification|communication|marketing|e-?mail|newsletter|cookie|privacy|preference|browser|help)s?\\b))[A-Za-z][\\w.-]*\\s+(?=[\\w\\s.-]{0,60}?\\b(?:information|data|details|profile|records?|PII|info)\\b)){0,2}';

/** The data a verb must act on for access / correction / deletion to count. */
const OBJECT =
  // "correct (factual) errors in your information", "update inaccuracies in your data": errors in the reader's own data
  // ("fix mistakes in the information on our pages" is an editor's work).
  '(?:(?:(?:any|the|factual|such)\\s+)?(?:inaccuracies|errors|mistakes)\\s+(?:in|within|of)\\s+(?=(?:your|their)\\s))?' +
  '(?:(?:(?:all|any|some|certain|most|much|many|parts?|portions?)(?:\\s+or\\s+(?:all|some|any))?\\s+(?:(?:aspects|parts|elements|items|pieces)\\s+)?(?:of\\s+)?(?:other\\s+)?)?(?:(?:(?:your|their|(?:the|that|a|each)\\s+(?:user|customer|member|visitor)[’\\x27`]s|(?:users|customers|members|visitors)[’\\x27`])\\s+(?:own\\s+)?' + BRAND_WORDS + '(?:(?:member|account|user|profile)\\s+)?(?:preferences\\s+(?:or|and|&)\\s+(?=(?:other\\s+)?(?:personal\\s+)?information\\b))?)|(?:(?:his or her|his\\/her|the|such|this|that|these|those|my|its)\\s+(?:own\\s+)?))?' +
  '(?:(?:following|personal(?:ly)?(?:[- ]identif(?:iable|ying))?|private|account|registration|registered|profile|contact|user|customer|stored|billing|inaccurate|incorrect|wrong|incomplete|outdated|collected|subscriber|payment|shipping)(?:\\s*(?:,|and|or|&)\\s*|\\s+))*' +
  '(?:information|data|details|profile|records?|PII|info|e-?mail\\s+address(?:es)?|(?:postal|mailing|street)\\s+address(?:es)?|names?(?:\\s+(?:and|or|&)\\s+(?:e-?mail|postal|mailing|street)\\s+address(?:es)?)?)\\b(?!\\s+(?:settings|preferences|options|page\\s+settings|pages?)\\b))';

// "request deletion of" stands for a verb at a chain's end: "you may access, correct, or request deletion of your data".
// "suppress" names no right of its own (VERB_RIGHT maps none): it only carries a chain through ("review, correct,
// suppress, delete, or otherwise limit our use of your data").
const VERB = '(?:object(?:ing)?\\s+to(?=\\s+(?:(?:the|our|its)\\s+)?(?:use|processing|sharing|disclosure)\\s+of\\b)|suppress(?:ing)?|request(?:ing)?\\s+(?:the\\s+)?(?:deletion|erasure|removal|correction|rectification|amendment)\\s+of|deactivat(?:e|ing)|limit(?:ing)?|restrict(?:ing)?|look(?:ing)?\\s+at|add(?:ing)?|access(?:ing)?|review(?:ing)?|check(?:ing)?|inspect(?:ing)?|correct(?:ing)?|updat(?:e|ing)|rectify(?:ing)?|amend(?:ing)?|chang(?:e|ing)|alter(?:ing)?|edit(?:ing)?|modify(?:ing)?|fix(?:ing)?|delet(?:e|ing)|eras(?:e|ing)|remov(?:e|ing)|obtain(?:ing)?|export(?:ing)?|download(?:ing)?|view(?:ing)?|see|revis(?:e|ing)|supplement|complete|purge)';

/** "update or remove their personal information", "correct, amend, or delete the data". */
export const VERB_CHAIN = new RegExp(
  `\\b${VERB}(?:\\s*(?:,|\\/)\\s*(?:or\\s+|and\\s+|and\\/or\\s+)?(?:(?:otherwise|completely|permanently|fully|entirely)\\s+)?${VERB}|\\s+(?:or|and|and\\/or)\\s+(?:(?:otherwise|completely|permanently|fully|entirely)\\s+)?${VERB}){0,6}\\s+(?:to\\s+)?(?:(?<=\\b(?:limit|restrict|object(?:ing)?\\s+to)(?:ing)?\\s+)(?:(?:the|our|its)\\s+)?(?:use|processing|sharing|disclosure)\\s+of\\s+)?${OBJECT}`,
  'gi',
);

/**
 * Two or more verbs ending on a pronoun: "in order to review, correct, update, or delete it".
 * A single verb on "it" is too vague to count ("you can delete it" may be a cookie).
 */
export const VERB_LIST_PRONOUN = new RegExp(
  `\\b${VERB}(?:\\s*(?:,|\\/)\\s*(?:or\\s+|and\\s+|and\\/or\\s+)?${VERB}|\\s+(?:or|and|and\\/or)\\s+${VERB}){1,5}\\s+(?:it|them)\\b`,
  'gi',
);

const HAVE_DONE_WORD = '(?:deleted|removed|erased|corrected|updated|amended|rectified|returned|provided|sent)';
/**
 * "have your data deleted", "have personal information ... returned to you or removed", "have your details updated,
 * amended or removed" (group 1: every participle of the chain, one per round).
 */
export const HAVE_DONE = new RegExp(
  `\\b(?:have|request|ask\\s+for|want|would\\s+like|wish|prefer|cause)\\s+${OBJECT}\\s+(?:[\\w’'-]+,?\\s+){0,6}?(${HAVE_DONE_WORD}(?:\\s*,\\s*(?:or\\s+|and\\s+)?${HAVE_DONE_WORD}|\\s+(?:or|and)\\s+${HAVE_DONE_WORD}){0,4})\\b`,
  'gi',
);

/** "a right for the data we hold to be corrected ... or deleted": the participles name the rights. */
export const RIGHT_FOR_DATA_TO_BE = new RegExp(
  `\\bright\\s+(?:for|to\\s+have)\\s+${OBJECT}[^.;]{0,80}?\\bto\\s+be\\s+((?:corrected|updated|amended|rectified|deleted|erased|removed)\\b[^.;]{0,100})`,
  'gi',
);

/**
 * "request that we delete it", "ask us to remove them", "instruct us to stop": the verb names the right.
 * Verbs of access (disclose, provide, give, send) and removal need a further check (../facts/rights.ts).
 */
export const ASK_US_TO =
  /\b(?:request|ask|require|instruct|direct|tell|make|want|wish|would\s+like)(?:s|ed|ing)?\s+(?:that\s+|for\s+)?(?:we|us|the\s+company)\s+(?:to\s+)?(?:(?:stop|cease)\s+(?:processing|using|sharing|disclosing|selling)|delete|erase|remove|correct|fix|update|amend|rectify|disclose|provide|give|send|restrict|limit|port|transfer)\b/gi;

/** Which right each verb in a chain stands for ("view your data" is access: the object must be the reader's, see ../facts/rights.ts). */
export const VERB_RIGHT: readonly (readonly [RegExp, UserRight])[] = [
  [/^(?:access|review|view|obtain|see|look|check|inspect|returned|provided|sent|disclose|provide|give|send)/i, 'access'],
  [/^(?:correct|updat|rectif|amend|chang|alter|edit|modif|revis|supplement|complete|fix)/i, 'correction'],
  [/^(?:delet|eras|remov|purg)/i, 'deletion'],
  [/^(?:export|download|port\b|transfer)/i, 'portability'],
  [/^(?:stop|cease|restrict|limit|block|object)/i, 'objection'],
];

export interface NamedRight {
  readonly right: UserRight;
  /** Word beginnings (lower-case), one of which must be in the sentence before `pattern` is tried (speed). */
  readonly hints: readonly string[];
  /**
   * Speed: the pattern's branches, each as lists of word beginnings, such that every possible match has a word from
   * each list of one branch (checked before `hints`; as there, only a word's first four letters are compared).
   */
  readonly needs?: readonly (readonly (readonly string[])[])[];
  readonly pattern: RegExp;
}

/**
 * The reader's own data ahead, within a few words: "access to [your personal information]",
 * "a copy of [the data we hold about you]"; not "access to our forums", "a copy of the e-mails".
 */
const DATA_AHEAD = String.raw`(?!our\s|(?:[\w’'-]+\s+){0,4}?(?:mechanisms?|tools?|pages?|forms?|archives?|newsletters?|sites?|websites?|services?|forums?|features?|settings|options|choices|links?|portals?)\b)(?=(?:[\w’'-]+\s+){0,5}?(?:(?:personal|account|profile|registration|customer|user)\s+)?(?:information|data|details|records?|PII|PI|profile|file)\b)(?!(?:[\w’'-]+\s+){0,5}?(?:information|data)\s+(?:about|on)\s+(?:our|how|the)\b)`;

/** The reader's data as the object of a noun of change: "your contact details", "any personally identifiable information", "the personal data". */
const READERS_OBJECT = String.raw`(?:(?:any|all|some)\s+(?:of\s+)?)?(?:(?:your|their)\s+(?:[\w-]+\s+){0,2}?|(?:the\s+|any\s+|such\s+)?(?:personal(?:ly)?\s+(?:identifiable\s+)?|account\s+|profile\s+|contact\s+))(?:information|data|details|records?|profile|PII)\b`;

/** Rights named outright ("right of access", "right to erasure", "request a copy"). */
export const NAMED_RIGHTS: readonly NamedRight[] = [
  { right: 'access', hints: ['access', 'copy', 'copies', 'whether', 'what', 'which', 'summary', 'right to request', 'right to obtain', 'right to receive', 'find out', 'know', 'listing', 'disclosure', 'right to information', 'information about', 'information on', 'information regarding', 'information concerning', 'information as to', 'details of'], needs: [
    [['access'], ['right', 'request', 'ask', 'give', 'provide', 'offer', 'grant', 'obtain', 'receive', 'get', 'have', 'allow']],
    [['copy', 'copies'], ['request', 'ask', 'obtain', 'receive', 'get', 'have', 'information', 'data']],
    [['right'], ['information', 'know', 'obtain', 'receive', 'get', 'request']],
    [['request'], ['disclosure']],
    // "request information about the data we hold"
    [['request', 'receive', 'obtain', 'get', 'ask'], ['information', 'details'], ['hold', 'store', 'process', 'have', 'keep', 'collect', 'held', 'kept']],
    [['whether']],
    // "provide users with details of the data we hold", "provide to visitors a summary of the information"
    [['provide', 'give', 'send'], ['copy', 'summary', 'list', 'record', 'details']],
    // "find out if we hold any data about you"
    [['find out', 'know'], ['information', 'data', 'details', 'record']],
    [['which'], ['information', 'data'], ['hold', 'have', 'collect', 'store', 'maintain', 'keep', 'process']],
    [['what'], ['information', 'data'], ['hold', 'have', 'collect', 'store', 'maintain', 'keep', 'process']],
  ], pattern: new RegExp(String.raw`\bright\s+(?:of|to)\s+(?:request\s+)?access\b|\b(?:give|provide|offer|grant|allow)s?\s+(?:you|users?|customers?|members?|individuals|data\s+subjects)(?:\s*,[^,;.]{1,40},)?\s+(?:with\s+)?(?:(?:reasonable|full|complete|direct)\s+)?access\s+to\s+${DATA_AHEAD}|\b(?:provide|give|send)s?\s+(?:to\s+)?(?:you|users?|customers?|members?|individuals|visitors)\s+(?:[\w’'-]+\s+){0,3}?(?:with\s+)?(?:a\s+(?:copy|summary|list|record)\s+of|details\s+of)\s+${DATA_AHEAD}|\bright\s+to\s+(?:request|obtain|receive)\s+(?:(?:the|any|all|your)\s+)?(?:personal\s+)?(?:data|information)\s+(?:(?:that|which)\s+)?we\s+(?:hold|have|keep|store|process)\b|\bright\s+to\s+information\s+(?:about|on|over|regarding|concerning|as\s+to)\s+(?:the\s+|your\s+)?(?:personal\s+)?data\b|\bright to know\b(?!\s+(?:and\s+understand\s+)?(?:how\b|our\b|about\s+our\b|(?:the|this)\s+(?:terms|polic\w*|practices)\b|what\s+we\s+do\b|about\s+(?:the\s+)?information\s+(?:that\s+)?we\s+collect\b)|\s*,\s*before\b)|\bright\s+to\s+(?:obtain|receive|get|request)\s+(?:a\s+)?(?:cop(?:y|ies)|listing|list|record|summary|extract|overview)\b(?!\s+of\s+(?:our|this|these|its)\s)|\brequest\w*\s+(?:for\s+)?(?:the\s+)?disclosure\s+of\s+(?:[\w’'-]+\s+){0,2}?(?:personal\s+)?(?:information|data)\b|\b(?:request|ask for)\s+(?:a\s+copy\s+of\s+|access\s+to\s+)${DATA_AHEAD}|\b(?:request|ask for)\s+access\b(?!\s+to\b)|\b(?:request|ask\s+for)\s+access\s+to\s+(?:or|and)\s+(?:the\s+)?(?:updating|correction|deletion|amendment|rectification)\s+of\s+${DATA_AHEAD}|\brequests?\s+(?:by\s+(?:individuals|users|customers|you|data\s+subjects)\s+)?for\s+access\s+to\s+${DATA_AHEAD}|\b(?:obtain|receive|get|have)\s+(?:a\s+copy\s+of|access\s+to,?)\s+${DATA_AHEAD}|\bcopy of\s+(?:(?:some|all|any)(?:\s+or\s+(?:all|some|any))?\s+(?:of\s+)?)?(?:the|your|all|any)?\s*(?:personal\s+)?(?:information|data)\b(?!\s+(?:may|might|could|will)\s+(?:still\s+)?(?:exist|remain|persist)\b)|\bsubject access request\b|\b(?:request|receive|obtain|get|ask\s+for)\w*\s+(?:information\s+(?:about|on|regarding|concerning|as\s+to)|details\s+of)\s+(?:the\s+|your\s+|any\s+)?(?:personal\s+)?(?:data|information)\s+(?:(?:that\s+|which\s+)?we\s+(?:hold|store|process|have|keep|collect)|(?:that\s+|which\s+)?(?:is\s+|are\s+)?(?:stored|held|processed|kept)\b)|\b(?:information|confirmation)\s+(?:about|as to|on|of|regarding)\s+whether\s+we\b|\bwhether\s+(?:or\s+not\s+)?(?:your|their)\s+(?:personal\s+)?(?:information|data)\s+(?:is|are|has\s+been|have\s+been)\s+(?:being\s+)?(?:processed|stored|held|collected)\b|\b(?:find\s+out|know)\s+if\s+we\s+(?:hold|process|store|have|keep)\s+(?:any\s+)?(?:of\s+)?(?:your\s+)?(?:personal\s+)?(?:information|data|details|records)\b|\bwhether\s+(?:or\s+not\s+)?we\s+(?:hold|process|store|have|maintain|keep)\s+(?:any\s+)?(?:of\s+)?(?:your\s+)?(?:personal\s+)?(?:information|data|details|records)\b(?!\s+(?:after|beyond|for\s+longer|longer))|\b(?:know|request|ask|obtain|confirm|learn|find\s+out|tell you|inform you|see)\w*\s+(?:[\w’'-]+,?\s+){0,4}?(?:what|which)\s+(?:(?:of\s+)?(?:your\s+)?(?:own\s+)?personal\s+)?(?:information|data)\s+we\s+(?:hold|have|collect|store|maintain|keep|process)\b|\bright\s+to\s+(?:request|know)\b[^.;]{0,60}?(?<!\bnot\s{1,3}(?:to\s{1,3})?)\b(?:disclose|categories|specific pieces|a copy|access)\b|\b(?:subject|your|data)\s+access\s+(?:requests?|rights?)\b|(?<!\b(?:government|police|law\s+enforcement|third[- ]party|agency|authority|authorities)\s)\baccess\s+requests?\b(?!\s+(?:from|by|made\s+by)\s+(?:the\s+)?(?:police|government|law|authorit|agenc|third|public\s+bod))`, 'i') },
  { right: 'correction', hints: ['rectif', 'correct', 'amend', 'update'], pattern: /\bright\s+(?:of|to)\s+(?:rectification|correction|correct|rectify|amend|update)\b|\b(?:right|entitled)\s+to\s+(?:[^.;]|\.\d){1,150}?\b(?:and|or)\s+(?:also\s+)?(?:the\s+right\s+)?to\s+(?:correct|rectify|amend)\s+(?:it\b|them\b|any\s+(?:errors?|inaccurac\w+|mistakes?)\b|(?:your|their|the|any)\s+(?:[\w-]+\s+)?(?:data|information|details|records?)\b)|\b(?:request|ask for)\s+(?:the\s+)?(?:correction|rectification)\b|\b(?:desire|want|wish|seek)\w*\s+(?:the\s+)?(?:(?:information|data)[’']s\s+)?(?:correction|rectification)\b|\b(?:right|request|ask|entitled|seek)\w*\b[^.;]{0,60}?\brectification\b|\brectification\s+of\s+(?:your|their|the|any)\s+(?:personal\s+)?(?:data|information|details)\b/i },
  // The reader tells us of changes to keep the data right: "if your data changes, notify us of those changes".
  { right: 'correction', hints: ['chang', 'inaccurate', 'incorrect', 'out of date', 'outdated', 'wrong'], pattern: /\b(?:if|when|whenever|should)\s+(?:any\s+of\s+)?your\s+(?:personal\s+|contact\s+|account\s+)?(?:data|information|details)\s+(?:changes?|(?:is|are)\s+(?:inaccurate|incorrect|out\s+of\s+date|outdated|wrong)|becomes?\s+(?:inaccurate|incorrect|out\s+of\s+date|outdated))\b[^.;]{0,120}?\b(?:notify\w*|inform\w*|tell\w*|let(?:ting)?|e-?mail|contact|write\s+to)\s+us\b|\b(?:notify\w*|inform\w*|tell\w*|let(?:ting)?)\s+us\s+(?:know\s+)?(?:if|when|whenever)\s+(?:any\s+of\s+)?your\s+(?:personal\s+|contact\s+|account\s+)?(?:data|information|details)\s+(?:changes?|(?:is|are)\s+(?:inaccurate|incorrect|out\s+of\s+date|outdated|wrong))\b|\b(?:notify\w*|inform\w*|tell\w*|let(?:ting)?)\s+us\s+(?:know\s+)?(?:of|about)?\s*(?:any\s+)?changes?\s+(?:to|in)\s+your\s+(?:personal\s+|contact\s+|account\s+)?(?:data|information|details)\b/i },
  // "you can keep your information accurate by editing ...", "we will correct any errors in your information that you report",
  // "if you think any information we keep about you is wrong, write to us", "members can fix any mistakes in their details".
  { right: 'correction', hints: ['keep', 'ensure', 'errors', 'inaccura', 'mistake', 'incorrect', 'wrong', 'out of date', 'outdated', 'incomplete'], pattern: /\b(?:incorrect|inaccurate|wrong|out\s+of\s+date|outdated|incomplete)\b(?<=\b(?:if|should|where)\b[^.;]{0,40}?\b(?:your\s+(?:personal\s+)?(?:information|data|details|records?)|(?:information|data|details|records?)\s+(?:(?:that\s+)?(?:we\s+(?:hold|keep|have|store|are\s+holding)|(?:[\w.-]+\s+){1,3}?(?:holds|keeps|has|stores))\s+(?:about|on|for)\s+you|(?:about|on)\s+you))\b[^.;]{0,30}?\b(?:is|are|was|were|has\s+become|have\s+become)\s+(?:\w+\s+)?(?:incorrect|inaccurate|wrong|out\s+of\s+date|outdated|incomplete))(?=[^.;]{0,120}?\b(?:(?:contact|write\s+to|e-?mail|notify|inform|tell|let)\w*\s+us|we\s+will\s+(?:correct|change|update|amend|fix)\s+(?:it|them)\s+(?:up)?on\s+your\s+request)\b)|\bto\s+keep\s+(?:your|their)\s+(?:personal\s+|account\s+|contact\s+)?(?:information|data|details)\s+(?:accurate|up[- ]to[- ]date|current|correct|complete)\b[^.;]{0,60}?\b(?:contact|e-?mail|write\s+to|notify|tell|inform)\s+us\b|\b(?:you|users?|customers?|members?)\s+(?:can|may|should|are\s+able\s+to|will\s+be\s+able\s+to)\s+(?:\w+\s+){0,2}?(?:keep|ensure\s+(?:at\s+all\s+times\s+)?(?:that\s+)?)\s*(?:your|their)\s+(?:personal\s+|account\s+|contact\s+)?(?:information|data|details|profile|records?)\s+(?:(?:is|are|remains?)\s+)?(?:accurate|up[- ]to[- ]date|current|correct)\b|\b(?:have|get)\s+(?:any\s+|the\s+)?(?:errors?|inaccurac(?:y|ies)|mistakes?)\s+(?:(?:in|of)\s+(?:it|them|(?:your|their|the|that|this|such)\s+(?:personal\s+)?(?:information|data|details|records?))\s+)?(?:corrected|rectified|fixed|amended)\b|\b(?:you|users?|customers?|members?)\s+(?:can|may|are\s+able\s+to)\s+(?:\w+\s+){0,2}?(?:correct|fix|rectify)\s+(?:any\s+)?(?:errors?|inaccurac\w+|mistakes?)\s+(?:in|of)\s+(?:your|their|the)\s+(?:personal\s+)?(?:information|data|details|records?)\b|\bto\s+(?:correct|fix|rectify)\s+(?:any\s+)?(?:factual\s+)?(?:errors?|inaccurac\w+|mistakes?)\s+(?:in|of)\s+(?:your|the|such|that|this)\s+(?:personal\s+)?(?:information|data|details|records?)\b(?=[^.;]{0,160}?\b(?:please|contact\s+us|e-?mail\s+us|write\s+to\s+us|log\s*(?:in|into)|sign\s+(?:in|into)|visit)\b)|\b(?:correct|fix|rectif)\w*\s+(?:any\s+)?(?:factual\s+)?(?:errors?|inaccurac\w+|mistakes?)\s+(?:in|of)\s+(?:your|the|such|that|this)\s+(?:personal\s+)?(?:information|data|details|records?)\b(?=[^.;]{0,100}?\b(?:you\s+(?:report|tell|notify|point\s+out|bring)|request|let\s+us\s+know|notify\s+us|tell\s+us|inform\s+us)\b)/i },
  // "review your personal information and make any necessary changes".
  { right: 'correction', hints: ['make'], pattern: /\b(?:you|users?|customers?|members?)\b[^.;]{0,80}?\b(?:information|data|details|profile)\b[^.;]{0,40}?\bmake\s+(?:any\s+)?(?:necessary\s+|needed\s+|required\s+|appropriate\s+)?(?:changes|corrections|amendments)\b|\bmake\s+(?:any\s+)?(?:necessary\s+)?(?:changes|corrections|amendments)\s+to\s+(?:(?:any|all|some)\s+of\s+)?(?:your|their)\s+(?:personal\s+|account\s+|profile\s+)?(?:information|data|details|profile)\b/i },
  // Changes asked for or made as nouns: "you may request changes to the personal data we keep", "to make corrections to any
  // personally identifiable information", "changes can be made to your data", "request a correction of any information".
  { right: 'correction', hints: ['make', 'made', 'request', 'ask for', 'submit', 'obtain'], pattern: new RegExp(String.raw`\b(?:make|request|submit|ask\s+for|obtain)\w*\s+(?:any\s+|a\s+)?(?:necessary\s+)?(?:changes?|corrections?|amendments?|modifications?)(?:\s+(?:to|of|in)(?:\s*,[^,;.]{1,30},)?|\s+or\s+(?:annotate|amend|correct|update|supplement))\s+${READERS_OBJECT}|\b(?:changes|corrections|amendments)\s+(?:can|may)\s+be\s+made\s+to\s+${READERS_OBJECT}|\b(?:request|ask\s+for)s?\s+(?:for\s+)?(?:(?:the|a|any)\s+)?(?:corrections?|amendments?)\b(?=\s*(?:[,;.)]|$|(?:of|to|in)\s+(?:(?:any|all|the|your|their)\s+)?(?:[\w-]+\s+){0,2}?(?:information|data|details|records?|PII)\b))`, 'i') },
  { right: 'deletion', hints: ['erase', 'erasure', 'delet', 'forgot', 'remov', 'purg'], pattern: /\bright\s+(?:of|to)\s+(?:erasure|deletion|delete|erase|be forgotten|removal)\b|\bright to be forgotten\b|\b(?:request|ask for)\s+(?:the\s+)?(?:deletion|erasure|removal)\b|\b(?:right|request|ask|entitled|seek)\w*\b[^.;]{0,60}?\berasure\b|\berasure\s+of\s+(?:your|their|the|any)\s+(?:personal\s+)?(?:data|information|details)\b|\b(?:right|entitled)\s+to\s+(?:[^.;]|\.\d){1,150}?\b(?:and|or)\s+(?:also\s+)?(?:the\s+right\s+)?to\s+(?:delete|erase)\s+(?:it|them|your|their|the\s+(?:personal\s+)?(?:data|information))\b|\b(?:delete|remove|erase)\s+(?:your|their)\s+(?:[\w-]+\s+)?account\b(?!\s+from\b)|\b(?:have|get)\s+(?:your|their)\s+(?:[\w-]+\s+){0,3}?account\s+(?:permanently\s+)?(?:deleted|removed|erased)\b|\b(?:request|ask)\w*\s+that\s+(?:your|their)\s+(?:[\w-]+\s+){0,4}?(?:be|is|are)\s+(?:permanently\s+)?(?:deleted|removed|erased)\b|\bif\s+you\s+(?:[\w’'-]+\s+){0,8}?(?:terminate|close|delete|cancel|deactivate)\s+your\s+(?:[\w-]+\s+){0,2}?(?:account|profile|membership)\b[^.;]{0,100}?\b(?:information|data|details)\b[^.;]{0,60}?\bwill\s+be\s+(?:permanently\s+)?(?:deleted|erased|removed)\b|\b(?:delet|remov|eras|purg)\w*\s+(?:you|yourself|themselves|himself|herself|(?:the|a|any)\s+(?:user|customer|member|subscriber))\s+(?:and\s+(?:his\s+or\s+her|his\/her|their|your|its)\s+(?:[\w-]+\s+){0,2}?(?:information|data|details|records?)\s+)?from\s+(?:our|its|the)\s+(?:(?!(?:mailing|marketing|e-?mail|newsletter|distribution|contact|subscriber)\b)[\w-]+\s+)?(?:databases?|records|systems?|files|servers?)\b/i },
  { right: 'portability', hints: ['transferab', 'portab', 'machine', 'structured', 'transmit', 'interoperable', 'transferred', 'ported', 'moved', 'commonly', 'port ', 'another controller', 'another data controller', 'transfer of', 'transfer your', 'transfer their', 'your choosing', 'your choice'], needs: [[['transfer', 'port', 'used', 'machine', 'format', 'moved', 'sent']]], pattern: /\b(?:transfer|transmit|port)\w*\s+(?:(?:it|them|this|that|(?:the|your|their)\s+(?:personal\s+)?(?:data|information))\s+)?(?:directly\s+)?to\s+(?:another|a\s+(?:third[- ]party|different|new))\s+(?:[\w-]+\s+)?(?:organi[sz]ation|company|controller|provider|service|business)\s+of\s+your\s+cho(?:osing|ice)\b|\b(?:request|ask\s+for)\w*\s+(?:the\s+)?transfer\s+of\s+(?:your|their|the)\s+(?:personal\s+)?(?:data|information)\b(?![^.;]{0,40}?\b(?:outside|abroad|countr\w*|international\w*|overseas)\b)|(?:^\W*|\bright\s+to\s+|\b(?:you\s+(?:can|may)|ask\s+us\s+to|request\s+that\s+we)\s+)transfer\s+(?:your|their)\s+(?:personal\s+)?(?:data|information)\s+to\s+(?:another|a\s+third[- ]party|a\s+(?:new|different))\b(?!\s+(?:country|countries|jurisdiction|location))|\bright\s+(?:of|to)\s+(?:data\s+)?transferability\b|\bdata\s+transferability\b|\bport\s+(?:your\s+|their\s+|the\s+)?(?:personal\s+)?(?:data|information)\b|\btransfer(?:ring)?\s+(?:your\s+|their\s+|the\s+)?(?:personal\s+)?(?:data|information)\s+to\s+another\s+(?:data\s+)?controller\b|\bportability\b(?!\s+and\s+accountability)|\b(?:receiv|obtain|get|request|cop(?:y|ies)|export|download|transmit|send|provid)\w*\b[^.;]{0,80}?\bin\s+an?\s+(?:[\w-]+,?\s+){0,4}?commonly[- ]used\b|\bportable\s+(?:format|form|copy|file)\b|\bportable\s+and\b[^.;]{0,60}?\bformat\b|\b(?:in|into|as)\s+an?\s+(?:[\w,-]+\s+){0,5}?machine[- ]readable\b(?!\s+(?:version|summary|policy|statement|notice|privacy))|\bmachine[- ]readable\s+(?:format|form|copy|file|export)\b(?!\s+of\s+(?:this|our|the)\s+(?:privacy\s+)?(?:notice|policy|statement))|\bstructured,?\s+commonly[- ]used\b|\btransmit\s+(?:that|this|the|such|your|those)\s+(?:personal\s+)?(?:data|information)\s+(?:directly\s+)?to\s+another\b|\bin\s+a\s+(?:structured|portable|interoperable)\b[^.;]{0,30}?\bformat\b|\b(?:ask|request|right|entitled)\w*\b[^.;]{0,60}?\b(?:data|information)\s+(?:to\s+be\s+|be\s+)?(?:transmitted|transferred|ported|moved|sent)\s+(?:directly\s+)?to\s+(?:another|a\s+(?:new|different|third[- ]party|third)|other)\b|\b(?:ask|request|right|entitled)\w*\b[^.;]{0,60}?\b(?:it|they|them)\s+(?:to\s+be\s+|be\s+)(?:transmitted|ported)\s+(?:directly\s+)?to\s+(?:another|a\s+(?:new|different|third[- ]party|third)|other)\b/i },
  { right: 'objection', hints: ['object', 'restrict', 'limit', 'withdraw', 'revok', 'revoc', 'rescind', 'suspension', 'oppos', 'change your mind'], needs: [
    [['suspension'], ['request', 'desire', 'want', 'wish', 'ask', 'seek']],
    [['object']],
    [['restrict'], ['process', 'use', 'collection', 'right', 'share', 'disclose', 'handle']],
    [['limit'], ['from', 'use', 'process', 'disclosure', 'sharing', 'right']],
    // "withdraw your consent", "consent, which you may revoke"
    [['consent', 'permission', 'authori', 'agreement'], ['withdraw', 'revok', 'revoc', 'rescind']],
    [['oppos'], ['disclos', 'process', 'treatment', 'use', 'shar']],
    [['consent'], ['mind', 'withdraw', 'revok']],
  ], pattern: /\bconsent\w*\b[^.;]{0,100}?\b(?:(?:right|free|able)\s+to|can|may)\s+(?:\w+\s+)?(?:change\s+your\s+mind|withdraw\s+(?:it|this|that)\b|revoke\s+(?:it|this|that)\b)|\boppos(?:e|ing)\s+(?:that|the|such|this|their|its|any)\s+(?:disclosure|processing|treatment|use|sharing)\b|\b(?:consent|permission)\b[^.;]{0,80}?\b(?:can|may)\s+(?:\w+\s+)?be\s+(?:\w+\s+or\s+)?(?:withdrawn|revoked)\b(?!\s+by\s+(?:us|the\s+(?:company|site|operator))\b)|\b(?:consent|permission),?\s+(?:which\s+is\s+|that\s+is\s+)?revocable\b|\brescind\w*\s+(?:(?:your|their|this|such|any)\s+)?(?:consent|permission)\b|\bsuspension\s+of\s+(?:the\s+|its\s+|their\s+)?(?:use|processing)\b(?<=\b(?:request|desire|want|wish|ask\s+for|seek)\w*\b[^.;]{0,60}?\bsuspension\s+of\s+(?:the\s+|its\s+|their\s+)?(?:use|processing))|\bobject(?:ion|s)?\s+to\s+(?:(?:the|our|any|such|certain|further|your)\s+)*(?:processing|usage|use|collection|disclosure|sharing|direct marketing|profiling|automated)\b|\bobject(?:ion)?\s+to\s+(?:us|our|[A-Z][\w.-]*)\s+(?:using|processing|sharing|disclosing|selling)\b|\bright\s+to\s+object\b|\b(?:lodge|raise|make|file|submit)\s+an?\s+objection\b|\brestrict(?:ion\s+of|ing)?\s+(?:(?:the|our|its|how\s+we|further|certain)\s+)*(?:processing|use|collection)\b|\bright\s+to\s+(?:restrict|restriction|limit)\b|\blimit\w*\s+(?:our\s+|its\s+)?(?:affiliates?|partners?|(?:third|other)\s+(?:parties|companies))\s+from\s+(?:using|sharing|marketing)\b|\brestrict\w*\s+(?:how|the\s+way)\s+(?:we|[A-Z][\w.-]*)\s+(?:use|process|share|disclose|handle)\w*|\blimit(?:ing)?\s+(?:(?:the|our|its|how\s+we|certain)\s+)*(?:use|processing|disclosure|sharing)\b|\bwithdraw(?:al\s+of|n)?(?:\s+or\s+\w+)?\s+(?:(?:your|this|such|any|the|their)\s+)?(?:consent|permission|authori[sz]ation|agreement)\b(?!\s+(?:with|between)\b|\s+(?:from|to)\s+(?:receiving\s+)?electronic\s+)|\b(?:you|users?|individuals?|data\s+subjects?)\s+(?:also\s+)?(?:may|can|have\s+the\s+right\s+to|are\s+entitled\s+to)\s+(?:also\s+)?object\b|\brevok(?:e|ing)\s+(?:(?:your|this|such|any|their)\s+)?consent\b|\b(?:consent|permission),?\s+(?:which|that)\s+(?:you|users?)\s+(?:can|may|are\s+free\s+to|have\s+the\s+right\s+to)\s+(?:\w+\s+)?(?:withdraw|revoke)\b/i },
  { right: 'objection', hints: ['opt', 'choose', 'chose', 'change your mind', 'prefer', 'wish', 'want', 'ask', 'request', 'direct', 'instruct', 'tell', 'elect', 'decline', 'sell my', 'refus', 'prevent', 'stop', 'restrict', 'choice', 'option', 'object', 'rather', 'decide', 'select', 'indicate'], needs: [
    [['opt', 'choose', 'chose', 'elect', 'declin', 'refus', 'prevent', 'stop', 'restrict', 'wish', 'want', 'mind', 'object', 'choice', 'option', 'ask', 'request', 'tell', 'instruct', 'direct', 'prefer', 'rather', 'decide', 'select', 'indicate'], ['share', 'disclos', 'transfer', 'pass', 'sale', 'sell', 'sold', 'rent']],
    [['opt']],
    [['prefer', 'wish', 'want', 'ask', 'request', 'direct', 'instruct', 'tell', 'sell'], ['not', 'don', 'longer']],
  ], pattern: /\b(?:opt[- ]?out\s+(?:of|from)|cho(?:o)?se\w*\s+not\s+to|elect\w*\s+not\s+to|decline\w*\s+to\s+(?:permit|allow|authori[sz]e)|refus\w*\s+to\s+(?:let|allow|permit)|(?:prevent|stop|restrict)\w*\s+(?:us|(?!(?:others|anyone|someone|people|them|it|him|her)\b)[A-Z][\w.-]*(?:\s+[A-Z][\w.-]*){0,2})\s+from|(?:do\s+not|don[’']t)\s+(?:wish|want)\s+to\s+(?:have|allow|let|permit)|(?:prefer\s+not\s+to|rather\s+not)\s+have|change\s+your\s+mind\s+about|object\s+to|(?:choice|option)\s+(?:of\s+)?(?:whether\s+(?:or\s+not\s+)?(?:your|their)\s+(?:personal\s+)?(?:information|data|details)\s+(?:is|are|will\s+be|may\s+be|gets?)|not\s+to\s+have\s+(?:your|their))|ask\w*\s+that\s+(?:your|their)\s+(?:personal\s+)?(?:information|data|details)\s+not|(?:cho(?:o)?se|decide|select|indicate)\s+whether\s+(?:or\s+not\s+)?(?:we|us)\s+(?:may\s+|can\s+|will\s+)?(?=shar|disclos|sell|rent|transfer))\b[^.;]{0,80}?\b(?:shar\w+|disclos\w+|transfer\w*|pass(?:es|ed|ing)?|sale|selling|sold|rent\w*)\b(?![^.;,]{0,30}?\b(?:with|to)\s+us\b(?!\s+(?:and|or)\b))|\bopt(?:[- ]?out|\s+out)["”’']?\s+(?:of|from)\s+(?:having\s+)?(?:your|their)\s+(?:[\w-]+\s+){0,3}?(?:information|data|details|PII)\s+(?:being\s+)?(?:used|utili[sz]ed|processed|shared|disclosed|sold|provided|transferred|rented|exchanged|released|passed|made\s+available)\b|\bopt(?:[- ]?out|\s+out)["”’']?\s+(?:of|from)\s+(?:(?:the|our|any|certain|some)\s+)?(?:(?:new|further|other|additional|future|secondary)\s+)?(?:uses?|processing)\s+of\s+(?:your|their)\s+(?:personal\s+)?(?:information|data|details)\b|\b(?:prefer|wish|want|ask|request|direct|instruct|tell)\s+(?:that\s+)?(?:we|us)\s+(?:at\s+any\s+(?:time|point)\s+)?(?:do\s+)?not\s+(?:to\s+)?(?:share|disclose|sell|rent|transfer|use|process)\b|\b(?:ask|request|direct|instruct|tell)\w*\s+(?:that\s+)?(?:we|us)\s+(?:at\s+any\s+(?:time|point)\s+)?(?:to\s+)?(?:refrain\s+from|stop|cease)\s+(?:(?:any|all|future|further)\s+)?(?:shar\w*|disclos\w*|sell\w*|rent\w*|transfer\w*)\b|\b(?:ask|request|direct|instruct|tell)\w*\s+(?:that\s+)?(?:we|us)\s+(?:to\s+)?no\s+longer\s+(?:use|process|share|disclose)\s+(?:your|their)\s+(?:personal\s+)?(?:information|data|details)\b|\b(?:prefer|wish|want|ask|request|direct|instruct|tell)\s+(?:that\s+)?(?:we|us)\s+(?:do\s+)?not\s+(?:to\s+)?[a-z]+\s+(?:your|their)\s+(?:personal\s+)?(?:information|data|details)\s+(?:in|into|for|with)\b|\b(?:do\s+not|don[’']t)\s+(?:want|wish)\s+(?:us|[A-Z][\w.-]*)\s+to\s+(?:continue\s+(?:to\s+)?)?(?:share|disclose|sell|rent|transfer|(?:use|using)\s+(?:your\s+)?(?:personal\s+)?(?:information|data)\b)\b|["“]do\s+not\s+sell\s+my\s+(?:personal\s+)?(?:information|data|info)["”]|\b(?:do\s+not|don[’']t|no\s+longer)\s+(?:want|wish)\s+(?:your|their)\s+(?:[\w-]+\s+){0,2}?(?:names?|information|data|details|address(?:es)?|PII)\s+(?:to\s+be\s+)?(?:made\s+available|shared|disclosed|exchanged|rented|sold|traded|transferred|passed(?:\s+on)?|released)\b(?![^.;]{0,30}?\b(?:with|to)\s+us\b)|\b(?:opportunity|option|chance|choice|ability)\s+to\s+opt[- ]?out\b(?!\s+of\b)(?<=\b(?:shar|disclos|transfer|pass|sale|sell|rent)\w*\s+(?:(?:or|and)\s+[a-z]+\s+)?(?:of\s+)?(?:(?:your|their|this|such|the|any)\s+)?(?:personal\s+)?(?:information|data|details|PII)\b[^.;]{0,160}?opt[- ]?out)/i },
  // "you will be able to prevent the sharing of this information by opting out": the reader stops a disclosure;
  // "how can I stop the use of my personal data": the reader stops a use.
  { right: 'objection', hints: ['prevent', 'stop', 'block'], pattern: /\b(?:prevent|stop|block)\s+(?:the|such|any|further)\s+(?:sharing|disclosure|sale|transfer|use)\s+of\s+(?:your|their|my|this|that|such|the)\s+(?:personal(?:ly[- ]identifiable)?\s+)?(?:information|data|details)\b/i },
  // Contact by other companies the reader no longer wants: "if you change your mind about being contacted by these
  // companies", "if you would rather not be contacted by our partners" (a choice to stop a disclosure).
  { right: 'objection', hints: ['contacted'], needs: [[['contacted'], ['compan', 'partner', 'third', 'organi', 'business', 'advertiser', 'sponsor']]], pattern: /\b(?:change\s+your\s+mind\s+about|(?:do\s+not|don[’']t|no\s+longer)\s+(?:want|wish)\s+to|(?:prefer|rather)\s+not\s+(?:to\s+)?)\s*(?:be|being)\s+contacted\s+by\s+(?:these|such|those|other|selected|our|third[- ]party)\s+(?:[\w-]+\s+)?(?:companies|partners|third\s+parties|organi[sz]ations|businesses|advertisers|sponsors)\b/i },
  // Opting out of the collection itself: "how to opt out of having this data collected about you".
  { right: 'objection', hints: ['opt'], needs: [[['opt'], ['having'], ['collected', 'tracked', 'recorded', 'gathered', 'analysed', 'analyzed']]], pattern: /\bopt(?:[- ]?out|\s+out)\s+of\s+having\s+(?:your|their|this|such|the|that|these)\s+(?:[\w-]+\s+){0,2}?(?:information|data|details|PII)\s+(?:being\s+)?(?:collected|tracked|recorded|gathered|analy[sz]ed)\b/i },
  // A disclosure the reader can stop: "we may pass your details to partners unless you tell us otherwise", "unless you
  // opt out, we may share your e-mail address with selected companies".
  { right: 'objection', hints: ['unless'], needs: [[['unless'], ['share', 'disclos', 'sell', 'sold', 'rent', 'pass', 'release', 'transfer']]], pattern: /\bunless(?<=\b(?:shar|disclos|sell|sold|rent|pass|releas|transfer)\w*\b[^.;]{0,160}?\bunless)\s+you\s+(?:opt(?:[- ]?out|\s+out)|object|(?:tell|advise|instruct|ask|notify|inform|direct)\s+us\s+(?:otherwise|not\b|that\s+you\s+(?:do\s+not|don[’']t|object))|(?:choose|elect|ask)\s+(?:otherwise|not\b|to\s+be\s+(?:put|placed|added)\s+on\s+(?:our|the|a)\s+do[- ]not[- ]))|\bunless\s+you\s+(?:opt(?:[- ]?out|\s+out)|object|(?:tell|advise|instruct|ask|notify|inform|direct)\s+us\s+otherwise)\b\s*,[^.;]{0,80}?\b(?:shar|disclos|sell|rent|pass|releas|transfer)\w*\b/i },
  // Consent taken back in other words: "registered users may revise the permissions they previously granted us".
  { right: 'objection', hints: ['permission'], needs: [[['permission'], ['granted', 'given', 'gave']]], pattern: /\b(?:revis|chang|revok|withdraw|modif|updat|amend|edit)\w*\s+(?:the\s+|any\s+|your\s+|their\s+)?permissions?\s+(?:that\s+|which\s+)?(?:you|they|users?|members?|customers?)\s+(?:have\s+|had\s+)?(?:previously\s+|already\s+|originally\s+)?(?:granted|given|gave)\b/i },
  // A setting the reader changes to keep data from others: "you can turn off online results so that we don't send
  // your searches to third parties" (a choice to stop disclosure).
  { right: 'objection', hints: ['that we do', 'that we don', 'that we will not', 'that we won'], needs: [[['restrict', 'limit', 'change', 'set', 'configure', 'adjust', 'turn', 'switch', 'disabl', 'toggle'], ['send', 'share', 'disclose', 'pass', 'transfer', 'sell', 'provide'], ['third', 'partner', 'advertiser', 'affiliate', 'other']]], pattern: /\b(?:you|users?|customers?|members?)\s+(?:can|may|are\s+able\s+to)\s+(?:\w+\s+){0,2}?(?:restrict|limit|change|set|configure|adjust|turn\w*\s+off|switch\w*\s+off|disabl\w*|toggle)\b(?=[^.;]{0,60}?\b(?:settings?|preferences?|options?|features?|results|suggestions|off|permissions?|controls?|toggles?|sharing)\b)[^.;]{0,60}?\bso\s+that\s+we\s+(?:do\s+not|don[’']t|will\s+not|won[’']t)\s+(?:send|share|disclose|pass|transfer|sell|provide)\b[^.;]{0,60}?\b(?:third[- ]part\w*|partners?|advertisers?|affiliates?|other\s+companies)\b/i },
  { right: 'opt-out-marketing', hints: ['opt', 'unsubscrib', 'stop receiving', 'rather not', 'want to get', 'wish to get', 'longer', 'remove yourself', 'remove themselves', 'decline', 'withdraw', 'not to receive', 'not receive', 'removed from', 'want to receive', 'wish to receive', 'preferences', 'stop', 'discontinu', 'whether'], needs: [[['opt', 'unsubscrib', 'stop', 'receiv', 'get', 'remov', 'cease', 'end', 'preferences', 'settings', 'discontinu', 'send']]], pattern: /\b(?:opt(?:s|ed|ing)?(?:[- ]?out|\s+out)(?!["”’']?\s+(?:method|basis|approach|model|regime)\b)|unsubscrib\w*|(?:stop|discontinu\w*)\s+receiving|no\s+longer\s+(?:wish\s+to\s+|want\s+to\s+|like\s+to\s+)?receive|remove\s+(?:yourself|themselves)\s+from|declin\w*\s+(?:to\s+receive|receiving)|(?:elect\w*|cho(?:o)?se\w*|chosen|decide\w*|option|prefer\w*|ask\w*\s+us|desire|wish|opt|request)\s+not\s+to\s+receive|(?:cho(?:o)?se|chang\w*|decide|select|indicate|specify)\s+whether\s+(?:or\s+not\s+)?(?:(?:you\s+)?(?:(?:wish|want|would\s+like)\s+)?(?:to\s+)?(?:receive|get)|(?:you\s+(?:wish|want|would\s+like)\s+)?(?:us|[A-Z][\w.-]*)\s+to\s+(?:send|e-?mail)\s+you)|\bto\s+not\s+(?:receive|get)|would\s+rather\s+not\s+(?:receive|get)|withdraw\s+(?:your\s+)?consent\s+to\s+(?:receive|receiving)|(?:do\s+not|don[’']t|not)\s+(?:want|wish)\s+to\s+(?:receive|get)|(?:be|been|get|are)\s+removed\s+from|(?:stop|cease|end|discontinu\w*)\s+(?:(?:all|any|future|further|these|such|our|the\s+delivery\s+of)\s+)*(?=(?:[\w-]+\s+){0,2}?(?:marketing|promotion\w*|newsletters?|e-?mails?|mailings?|solicitations?)))\b[^.;]{0,100}?\b(?:marketing|(?:promotional|marketing|this|such|these)\s+material|promotion\w*|newsletters?|e-?mails?|communications?|messages|mailings?|contacted|contacting(?!\s+(?:us|our)\b)|solicitations?|offers|catalogu?es?|mailing\s+lists?|(?:these|those|such|our)\s+lists|updates|advertisements|(?:such|further|future|marketing|promotional)\s+contacts?|further\s+information|(?:information|news)\s+(?:about|on|regarding)\s+(?:our\s+|new\s+)?(?:products|services|offers|events))\b|\bunsubscribe\b|\b(?:change|update|manage|set|adjust|edit)\s+(?:your|their)\s+(?:e-?mail|communications?|marketing|subscription|newsletter|mailing|contact)\s+(?:preferences|settings|options)\b|\b(?:change|update|manage|set|adjust|edit)\s+(?:your|their)\s+(?:preferences|settings|options|choices)\s+(?:for|about|regarding|on)\s+(?:(?:e-?mail|marketing|promotional)\s+)?(?:contacts?|communications?|e-?mails?|newsletters?|mailings?|marketing|messages)\b/i },
  // A bare opt-out after the mailings it ends, in the same sentence: "we may send you promotional e-mails; of course
  // you can opt out at any time" (the marketing is named before the verb, not after it).
  { right: 'opt-out-marketing', hints: ['opt'], pattern: /\bopt(?:[- ]?out|\s+out)\b(?!\s+of\b)(?<=\b(?:send|e-?mail|mail|text)\w*\s+(?:you\s+)?(?:[\w’'-]+\s+){0,3}?(?:promotional|marketing|newsletters?|offers|promotions|advertising)\b[^.]{0,120}?\bopt(?:[- ]?out|\s+out))/i },
  // Leaving the mailings in other words: "taken off our mailing list", "manage your e-mail subscriptions",
  // "turn off marketing e-mails", "cancel the newsletter", "prefer not to be contacted for marketing",
  // "ensure that you do not receive any newsletters", "if you don't want to be contacted", "if you do not want your data
  // used for marketing", "have your e-mail address removed from our marketing lists".
  { right: 'opt-out-marketing', hints: ['want us', 'wish us', 'taken off', 'subscription', 'turn off', 'switch off', 'disable', 'deactivat', 'cancel', 'longer', 'change your mind', 'contacted', 'remove him', 'remove her', 'remove one', 'remov', 'decline', 'hear from', 'object', 'withdraw', 'ask', 'tell', 'request', 'instruct', 'ensure', 'make sure', 'refus', 'want', 'wish', 'prefer'], needs: [
    [['mind'], ['change']],
    [['list'], ['remov', 'off']],
    [['remov'], ['marketing']],
    [['declin']],
    [['hear']],
    [['subscription'], ['manage', 'updat', 'change', 'adjust', 'modify', 'edit']],
    [['disabl', 'deactivat'], ['marketing', 'promotional', 'newsletter']],
    [['cancel'], ['newsletter', 'subscription']],
    [['want', 'wish'], ['send', 'mail', 'email', 'text', 'contact']],
    [['receive', 'get'], ['not', 'don', 'won', 'longer']],
    [['marketing', 'newsletter', 'promotion'], ['not', 'object', 'consent', 'don', 'refus']],
    [['ask', 'tell', 'request', 'instruct', 'prefer'], ['not', 'never', 'stop', 'cease', 'discontinu'], ['send', 'mail', 'email', 'contact', 'call', 'text']],
    [['turn', 'switch'], ['off']],
    [['longer'], ['want', 'wish', 'like']],
    [['prefer', 'wish', 'want', 'ask', 'request'], ['not', 'don', 'longer'], ['contacted', 'mailed', 'emailed', 'kept']],
    [['request', 'ask'], ['further', 'more', 'future'], ['notices', 'emails', 'mailings', 'messages', 'communications', 'contact', 'solicitations', 'newsletters']],
  ], pattern: /\bno\s+longer\s+(?:wish|want|like)\s+to\s+(?:receive|get)\s+(?:(?:any|all)\s+of\s+)?(?:the\s+foregoing|such\s+(?:information|materials?|communications))\b|\b(?:request|ask\s+for)\w*\s+no\s+(?:further|more|future)\s+(?:notices|e-?mails|mailings|messages|communications|contacts?|solicitations|newsletters)\b|\b(?:do\s+not|don[’']t|not|no\s+longer)\s+(?:want|wish)\s+(?:us|[A-Z][\w.-]*(?:\s+[A-Z][\w.-]*)?)\s+to\s+(?:send|e-?mail|mail|text|contact)\s+you\s+(?:(?:any|for|about|with)\s+)?(?:(?:our|further|future|more|such|these|e-?mail|marketing|promotional)\s+)*(?:newsletters?|marketing|promotion\w*|offers|mailings?|e-?mails?)\b|\bchange\s+your\s+mind\s+about\s+being\s+contacted\b|\b(?:ask|request|choose|elect|select|indicate|specify)\w*\s+(?:that\s+)?you\s+(?:do\s+not|don[’']t|will\s+not|won[’']t|no\s+longer)\s+(?:receive|get)\s+(?:any\s+)?(?:(?:more|further|future|similar|such|these|our|marketing|promotional|e-?mail)\s+)*(?:newsletters?|e-?mails?|mailings?|messages|communications|offers|notices|promotions?)\b|\b(?:ensure|make\s+sure)\s+(?:that\s+)?you\s+(?:do\s+not|don[’']t|will\s+not|won[’']t|no\s+longer)\s+(?:receive|get)\s+(?:any\s+)?(?:(?:more|further|future|similar|such|these|e-?mail)\s+)*(?:(?:our|marketing|promotional)\s+(?:[\w-]+\s+)?(?:newsletters?|e-?mails?|mailings?|messages|communications|offers|notices|promotions?)\b|newsletters?\b|promotions?\b|(?:e-?mails?|mailings?|messages|communications|offers|notices)\s+from\s+us\b)|\b(?:ask|request|direct|instruct|tell)\w*\s+(?:that\s+)?(?:we|us)\s+(?:to\s+)?(?:do\s+)?not\s+(?:to\s+)?(?:process|use)\b[^.;]{0,100}?\bmarketing\b|\bremov\w*\s+(?:your|their)\s+(?:[\w-]+\s+){0,3}?from\s+(?:(?:our|the|any|all|a)\s+(?:[\w-]+\s+)?(?:(?:mailing|e-?mail|distribution|marketing|newsletter|contact)\s+)?lists?|(?:[\w-]+\s+)?(?:mailing|e-?mail|distribution|marketing|newsletter|contact)\s+lists?|(?:(?:our|the|any|all|future)\s+)?(?:direct\s+|e-?mail\s+)?marketing\s+(?:efforts|campaigns|communications|programs?|programmes?|activities|purposes))\b|\bdecline\w*\s+(?:(?:further|future|any|all|our|such)\s+)*(?:e-?mails?|mailings?|newsletters?|communications|marketing|offers|messages)\b|\b(?:ask|tell|request|instruct|prefer)\w*\s+(?:that\s+)?(?:we|us)\s+(?:to\s+)?(?:not|never|stop|cease|discontinue)\s+(?:to\s+)?(?:send(?:ing)?|e-?mail(?:ing)?|contact(?:ing)?|mail(?:ing)?|call(?:ing)?|text(?:ing)?)\s+you\b|\b(?:(?:no\s+longer|not|never)\s+(?:want|wish)|cho(?:o)?se\s+not|prefer\s+not|ask\w*\s+(?:us\s+)?not)\s+to\s+hear\s+from\s+us\b|\bobject\w*\s+to\s+(?:(?:the|our|any|receiving|such|further)\s+)*(?:direct\s+|e-?mail\s+)?marketing\b|\bwithdraw\w*\s+(?:your\s+|any\s+)?consent\s+(?:to|for)\s+(?:(?:our|direct|e-?mail|electronic)\s+)?(?:marketing|newsletters?|promotion\w*)\b|\b(?:taken|take\s+(?:you|yourself)|be\s+removed)\s+off\s+(?:of\s+)?(?:our|the|any|all)\s+(?:[\w-]+\s+)?(?:(?:mailing|e-?mail|distribution|marketing|contact|newsletter)\s+)?lists?\b|\b(?:manage|update|change|adjust|modify|edit)\s+(?:your|their)\s+(?:e-?mail|newsletter|marketing)\s+subscriptions?\b|\b(?:manage|update|change|adjust|modify|edit)\s+(?:your|their)\s+subscriptions?\s+to\s+(?:(?:all|any|our|the)\s+)?(?:[\w-]+\s+){0,2}?(?:communications|e-?mails|newsletters?|mailings)\b|\b(?:turn|switch)\w*\s+off\s+(?:(?:all|any|our|the|these)\s+)?(?:e-?mail\s+|marketing\s+|promotional\s+)?(?:notifications|e-?mails|newsletters?|messages|communications|mailings)\b|\b(?:disabl|deactivat)\w*\s+(?:(?:all|any|our|the|these)\s+)?(?:marketing|promotional|newsletter)\s+(?:e-?mails|messages|communications|notifications)\b|\bcancel\w*\s+(?:(?:your|the|a|this|our)\s+)?(?:newsletters?|(?:e-?mail|newsletter|marketing)\s+subscriptions?|subscriptions?\s+to\s+(?:our|the)\s+(?:newsletter|mailing|e-?mail))\b|\bnewsletters?\b[^.;]{0,80}?\bcancel\w*\s+(?:your|the|a)\s+subscription\b|\bno\s+longer\s+(?:want|wish\s+to\s+(?:get|have))\s+(?:(?:our|the|any|these)\s+)?(?:newsletters?|e-?mails|mailings|marketing|promotion\w*)\b|\bchange\s+your\s+mind\s+about\s+(?:receiving|getting)\b[^.;]{0,40}?\b(?:newsletters?|e-?mails|mailings|marketing|promotion\w*|offers|messages|communications)\b|\b(?:(?:prefer|wish|want|ask|request)\w*\s+not|(?:do\s+not|don[’']t|no\s+longer)\s+(?:want|wish))\s+to\s+be\s+(?:contacted|e-?mailed|kept\s+(?:informed|up\s+to\s+date))\b|\b(?:(?:do\s+not|don[’']t)\s+(?:want|wish)|refuse|object\s+to)\s+(?:your|their)\s+(?:personal\s+)?(?:information|data|details)\s+(?:to\s+be\s+|being\s+)?used\s+for\s+(?:(?:direct|e-?mail)\s+)?(?:marketing|promotion\w*)\b|\bhave\s+(?:your|their)\s+(?:[\w-]+,?\s+){0,8}?removed\s+from\s+(?:our|the|any|all)\s+(?:[\w-]+\s+)?(?:(?:mailing|e-?mail|distribution|marketing|newsletter|contact)\s+)?lists?\b|\b(?:e-?mail|mailing|newsletter|opt-?in)["”]?\s+lists?\b[^.;]{0,120}?\bremove\s+(?:yourself|themselves|himself|herself|oneself|him\s+or\s+herself|him\/herself)\s+from\s+(?:the|this|that|such|our)\s+lists?\b/i },
  // A choice about being contacted, made in settings or preferences: "you can edit your preferences, including whether
  // you want us to contact you about sales and new products".
  { right: 'opt-out-marketing', hints: ['whether'], needs: [[['whether'], ['contact', 'send', 'mail', 'email', 'call', 'text'], ['want', 'wish', 'like']]], pattern: /\bwhether\s+(?:or\s+not\s+)?you\s+(?:want|wish|would\s+like)\s+(?:us|[A-Z][\w.-]*)\s+to\s+(?:contact|e-?mail|send|call|text)\s+you\b(?<=\b(?:choose|chose|decide|select|indicate|specify|edit|change|update|manage|preferences|settings|tell\s+us|let\s+us\s+know)\b[^.;]{0,80}?\bwhether\s+(?:or\s+not\s+)?you\s+(?:want|wish|would\s+like)\s+(?:us|[A-Z][\w.-]*)\s+to\s+(?:contact|e-?mail|send|call|text)\s+you)[^.;]{0,60}?\b(?:specials|sales|offers|promotions?|products|services|newsletters?|marketing|news|updates|events|deals)\b/i },
  { right: 'complaint', hints: ['complain', 'dispute', 'recourse', 'resolution provider', 'authorit', 'commissioner', 'regulator', 'supervisor', 'oaic', 'ico'], needs: [
    [['dispute'], ['resolution']],
    [['resolution'], ['provider']],
    [['claim', 'grievance'], ['authorit', 'supervisory', 'commissioner', 'regulator', 'ico', 'oaic', 'cnil', 'protection']],
    [['mechanism']],
    [['complain'], ['authorit', 'supervisory', 'commissioner', 'regulator', 'ombudsman', 'bbb', 'better', 'jams', 'truste', 'trustarc', 'ico', 'federal', 'ftc', 'attorney', 'dispute', 'dpa', 'protection', 'recourse', 'cnil', 'aepd', 'garante', 'autoriteit', 'datatilsynet', 'datainspektionen', 'datenschutz']],
    [['protection', 'supervisory', 'commissioner', 'ico', 'oaic', 'cnil'], ['raise', 'refer', 'report', 'take', 'escalate', 'contact', 'appeal', 'turn', 'approach', 'write']],
  ], pattern: /\b(?:third[- ]party\s+|independent\s+)?dispute\s+resolution\s+(?:and\s+enforcement\s+)?(?:providers?|programs?|programmes?|services?|mechanisms?|bod(?:y|ies)|process(?:es)?)\b|\bthird[- ]party\s+resolution\s+providers?\b|\bindependent\s+recourse\s+mechanism\b|\b(?:complain\w*|complaints?)\b[^.]{0,160}?\b(?:authorit(?:y|ies)|supervisory|commissioner|regulators?|ombudsman|BBB|Better Business Bureaus?|JAMS|TRUSTe|TrustArc|ICO|Federal Trade Commission|FTC|attorney general|dispute resolution|DPAs?|data protection (?:authorit\w+|agenc\w+|commission\w*|board|regulator)|independent recourse|CNIL|AEPD|Garante|Autoriteit Persoonsgegevens|Datatilsynet|Datainspektionen|Datenschutzbeh\w+)\b|\b(?:you|users?|individuals|data\s+subjects|customers)\b(?:(?!\bwe\b)[^.;]){0,50}?\b(?:raise|refer|report|take|escalate)\s+(?:the\s+matter|it|this|the\s+issue|(?:any\s+(?:of\s+)?)?your\s+(?:concern|complaint|issue|question|claim|dispute)s?(?:\s+(?:about|regarding|concerning|over|with)\s+[^.;]{1,60}?)?)\s+(?:to|with)\s+(?:the\s+|your\s+|a\s+)?(?:(?:local|competent|relevant|national|UK|EU|EEA|European(?:\s+Union)?)\s+)*(?:data\s+protection\s+(?:authorit\w+|regulator|agenc\w+|commission\w*|board)|supervisory\s+authorit\w+|(?:Office\s+of\s+the\s+)?(?:[A-Z][a-z]+\s+)?(?:Information|Privacy|Data\s+Protection)\s+Commissioner|ICO|OAIC|CNIL)\b|\b(?:you|users?|individuals|data\s+subjects|customers)\b(?:(?!\bwe\b)[^.;]){0,100}?\b(?:contact|appeal\s+to|turn\s+to|approach|write\s+to)\s+(?:the|your|a|any)\s+(?:(?:local|competent|relevant|national|responsible)\s+)*(?:data\s+protection\s+(?:authorit\w+|regulator|agenc\w+|commission\w*|board|supervisor)|supervisory\s+authorit\w+|(?:Office\s+of\s+the\s+)?(?:[A-Z][a-z]+\s+)?(?:Information|Privacy|Data\s+Protection)\s+Commissioner|OAIC|ICO|CNIL)\b|\b(?:authorit(?:y|ies)|supervisory|commissioner|regulator|ombudsman|BBB|JAMS|TRUSTe|DPAs?)\b[^.]{0,80}?\bcomplain\w*|\b(?:lodge|file|make|submit|bring|raise)\s+an?\s+(?:claim|grievance)\s+(?:with|to|before)\s+(?:the\s+|your\s+|a\s+|an\s+)?(?:(?:appropriate|local|competent|relevant|national|responsible|independent)\s+)*(?:supervisory\s+authorit\w+|data\s+protection\s+(?:authorit\w+|regulator|agenc\w+|commission\w*|board|supervisor)|(?:Office\s+of\s+the\s+)?(?:[A-Z][a-z]+\s+)?(?:Information|Privacy|Data\s+Protection)\s+Commissioner|ICO|OAIC|CNIL)\b/i },
  // Taking the matter to an outside body in other words: "if your concern is not resolved, you may contact TRUSTe".
  { right: 'complaint', hints: ['truste', 'trustarc', 'bbb', 'better business', 'jams', 'esrb', 'ombudsman', 'civil rights', 'federal trade', 'ftc', 'attorney general', 'human services'], pattern: /\b(?:you|users?|individuals|customers|consumers)\b(?:(?!\bwe\b)[^.;]){0,60}?\b(?:contact|write\s+to|refer\s+(?:it|this|the\s+matter|your\s+\w+)\s+to|turn\s+to|appeal\s+to|approach|notify)\s+(?:the\s+)?(?:TRUSTe|TrustArc|BBB|Better\s+Business\s+Bureau|Council\s+of\s+(?:Better\s+)?Business\s+Bureaus?|JAMS|ESRB|(?:[A-Z][\w-]*\s+){0,3}Ombudsman|Office\s+for\s+Civil\s+Rights|Federal\s+Trade\s+Commission|FTC|(?:your\s+)?(?:state\s+)?attorney\s+general)\b|\b(?:complaint|grievance)s?\s+(?:with|to)\s+the\s+(?:HHS\s+)?Office\s+for\s+Civil\s+Rights\b|\b(?:complaint|grievance)s?\s+(?:[^.;]{0,60}?\b)?(?:with|to)\s+the\s+Secretary\s+of\s+(?:the\s+)?(?:U\.?S\.?\s+)?(?:Department\s+of\s+)?Health\s+and\s+Human\s+Services\b|\b(?:unresolved|not\s+(?:been\s+)?(?:\w+\s+)?(?:resolved|addressed|responded|answered)|not\s+resolve\b[^.;]{0,40}?\b(?:satisfactorily|to\s+your\s+satisfaction))\b[^.;]{0,120}?\b(?:contact|write\s+to|refer\s+(?:it|this|the\s+matter|your\s+\w+)\s+to|turn\s+to|appeal\s+to|approach|notify|(?:raise|submit|file|lodge|direct)\s+(?:it|this|the\s+matter|your\s+\w+)\s+(?:to|with))\s+(?:the\s+)?\[?(?:TRUSTe|TrustArc|BBB|Better\s+Business\s+Bureaus?|Council\s+of\s+(?:Better\s+)?Business\s+Bureaus?|JAMS|ESRB)\b/i },
];

/** Stems of the verbs in VERB_CHAIN / HAVE_DONE / ASK_US_TO: one must be present to try them. */
export const VERB_HINTS = [
  'access', 'review', 'correct', 'updat', 'rectif', 'amend', 'chang', 'edit', 'modif', 'delet', 'eras', 'remov',
  'obtain', 'export', 'download', 'view', 'see', 'look', 'check', 'inspect', 'revis', 'supplement', 'complete', 'purg', 'request', 'ask', 'instruct', 'fix', 'make',
  'limit', 'restrict', 'deactivat', 'alter',
  'tell', 'require', 'direct',
] as const;

/** The reader acts: "you may", "customers can", "upon request", "to change your ..., contact us"; or the company offers ("we will gladly"). */
export const USER_AGENCY =
  /\b(?:you|users?|customers?|subscribers?|members?|individuals?|data subjects?|consumers?|visitors?|account holders?|clients?|people)\b[^.;]{0,80}?\b(?:may|can|could|have|has|are entitled|is entitled|request|ask|wish|would like|want|choose|able|need|to (?:update|correct|change|delete|access|review|edit|remove|modify))\b|\brights?\s+(?:to|of)\b|\brequests?\b|\b(?:contact|e-?mail|write to|call)\s+us\b|^\s*to\s+\w+|\bplease\b|\bby (?:logging|signing|editing|visiting|going|accessing|clicking)\b|\bat any time\b|\b(?:happy\s+to|happily|glad\s+to|gladly)\b|^\W*(?:click|visit|go\s+to|log\s*in|sign\s+in)\b|\b(?:easy|simple)\s+(?:for\s+you\s+)?to\b/i;

/** Redirections: someone else answers these requests. */
export const REDIRECTION =
  /\bshould\s+direct\b|\bdirect\s+(?:his|her|their|your|his or her|his\/her)\s+(?:inquir\w+|quer\w+|requests?|questions?)\b|\b(?:must|should|will need to|need to)\s+(?:contact|ask|reach out to|address)\s+(?:the|that|their|your)\s+(?:\w+\s+)?(?:subscriber|customer|controller|site owner|website owner|merchant|business|organi[sz]ation|company|operator)\b|\bcontact\s+the\s+(?:subscriber|customer|website owner|site owner|controller|merchant)\b|\bto\s+(?:access|amend|correct|update|delete|remove|erase)\b[^.;]{0,60}?\b(?:provided|given|submitted|disclosed)\s+to\s+(?:Facebook|Google|Twitter|(?:the\s+|a\s+)?third[- ]part(?:y|ies)|(?:that|the|this)\s+(?:[\w-]+\s+){0,2}?(?:party|provider|site|service|network))\b/i;

/** Parents' or children's matters are not the reader's own rights. */
export const CHILD_CONTEXT = /\b(?:child(?:ren)?[’']?s?|minors?|parents?|guardians?)\b|\bunder\s+(?:the\s+age\s+of\s+)?1[0-8]\b(?!\s*(?:days?|weeks?|months?|hours?|minutes?|categories|%|percent)\b)/i;

/** Obligations placed on the reader ("the Subscriber must delete ..."). */
export const OBLIGATION = /\b(?:must|shall|is required to|are required to|agree to)\s+(?:\w+\s+){0,2}?(?:delete|remove|erase|update|correct)\b/i;

/**
 * What "ask us to send / provide / give" must hand over for access: the reader's data ("a copy of
 * the information we hold", "you the data we have about you"), not "a copy of our newsletter" or
 * "more information about our practices".
 */
export const ASKED_FOR_READERS_DATA =
  /^\s*(?:you\s+(?:with\s+)?)?(?:(?:a\s+)?(?:copy|list|listing|summary|record|details)\s+of\s+|access\s+to\s+)?(?:(?:all|any|some)\s+(?:of\s+)?)?(?:(?:the|your|such|this|that|those|these)\s+)?(?:(?:personal(?:ly\s+identifiable)?|account|profile|stored|collected)\s+)*(?:information|data|details|PII|records?|it|them)\b(?!\s+(?:about|on|regarding|concerning)\s+(?:our|how|the\s+way|what\s+we)\b)/i;

/** "ask us to remove your name from our mailing list": leaving a list is opting out, not deletion. */
/** The kinds of list a reader's address sits on (mailing list, newsletter list): shared by OFF_A_LIST and LIST_WORDS. */
const LIST_KIND = String.raw`(?:mailing|e-?mail|distribution|marketing|contact|subscriber|newsletter)`;
/** Marketing as an activity the reader's data is taken out of: "from (our) direct marketing efforts". */
const MARKETING_EFFORTS = String.raw`(?:(?:our|the|any|all|future)\s+)?(?:direct\s+|e-?mail\s+)?marketing\s+(?:efforts|campaigns|communications|programs?|programmes?|activities|purposes)`;
export const OFF_A_LIST = new RegExp(String.raw`^[^.;]{0,60}?\bfrom\s+(?:(?:(?:our|the|any|all|their|an?)\s+)?(?:[\w-]+[’']s\s+)?(?:[\w.-]+\s+)?(?:(?:${LIST_KIND}\s+)?lists?|newsletters?|mailings?)|${MARKETING_EFFORTS})\b`, 'i');
/** A mailing list named in a paragraph ("our newsletter", "the contact list", "unsubscribe"). */
export const LIST_WORDS = new RegExp(String.raw`\b(?:${LIST_KIND}\s+lists?|newsletters?|unsubscrib\w*)\b`, 'i');

/**
 * Rights named as a list of nouns: "the rights of access, rectification, erasure and objection",
 * "rights to access, rectification, cancellation or opposition to the data treatment" (the Spanish
 * ARCO rights). Each round consumes one right's noun, so the repetition cannot backtrack; group 1
 * is the list, read word by word with NOUN_RIGHT.
 */
export const RIGHTS_NOUN_LIST =
  /\brights?\s+(?:of|to)\s+(?:the\s+)?((?:(?:data\s+)?(?:access|rectification|correction|amendment|erasure|deletion|cancell?ation|removal|opposition|objection|restriction|limitation|portability)\b(?:\s+(?:of|to)\s+(?:the\s+)?(?:(?:data\s+)?(?:processing|treatment)|(?:your\s+)?(?:personal\s+)?(?:data|information)))?(?:\s*,\s*(?:and\s+|or\s+)?|\s+(?:and|or|and\/or)\s+)?)+)/gi;

/** Which right each noun of RIGHTS_NOUN_LIST names (cancellation and opposition: the ARCO rights). */
export const NOUN_RIGHT: readonly (readonly [RegExp, UserRight])[] = [
  [/\baccess\b/i, 'access'],
  [/\b(?:rectifications?|corrections?|amendments?|updat(?:es?|ing)|modifications?)\b/i, 'correction'],
  [/\b(?:erasures?|deletions?|cancell?ations?|removals?)\b/i, 'deletion'],
  [/\bportability\b/i, 'portability'],
  [/\b(?:opposition|objection|restriction|limitation)\b/i, 'objection'],
];

/**
 * Opting out as the purpose a verb serves: "To unsubscribe, log in and access your profile",
 * "opt out by updating your profile information". The verb is the means, not a right of its own.
 */
export const OPT_OUT_PURPOSE = /^\W*(?:(?:in\s+order\s+)?to|if\s+you\s+(?:wish|want|would\s+like)\s+to)\s+(?:opt(?:[- ]?out|\s+out)|unsubscrib\w*|stop\s+(?:(?:our|any|all|the|these|further)\s+)?(?:receiving|e-?mails?|mailings?|newsletters?|marketing))\b/i;
export const OPT_OUT_EXPR = /\b(?:opt(?:[- ]?out|\s+out)|unsubscrib\w*|stop\s+receiving)\b|\bremov\w*\s+(?:your|their)\s+(?:[\w-]+\s+){0,2}?from\s+(?:our|the|any)\s+(?:[\w-]+\s+)?list\b/i;

const DONE = '(?:corrected|amended|rectified|updated|deleted|erased|removed|modified|changed)';
/**
 * "have it corrected", "have them deleted", "would like it removed or modified": the pronoun stands for the reader's
 * data named earlier in the sentence. Group 1 holds the participles (one per round, no backtracking).
 */
export const HAVE_IT_DONE = new RegExp(
  String.raw`\b(?:have|get|would\s+like|want|wish|prefer)\s+(?:it|them)\s+(?:to\s+be\s+)?(${DONE}(?:\s*,\s*(?:or\s+|and\s+)?${DONE}|\s+(?:or|and)\s+${DONE}){0,4})\b`,
  'gi',
);

/** The company's own right, not the reader's: "we reserve the right to remove", "we have the right to refuse". */
export const COMPANY_RIGHT = /\breserves?\s+the\s+right\b|\b(?:we|it|the\s+company)\s+(?:also\s+)?(?:has|have|retains?)\s+the\s+right\b/i;
/** The company's power over the reader's data or account: its own right, "if you break these rules", "at our sole discretion". */
export const COMPANY_POWER = new RegExp(
  String.raw`${COMPANY_RIGHT.source}|` +
  String.raw`\b(?:at|in)\s+(?:our|its)\s+(?:(?:sole|absolute|own)\s+)*discretion\b|\bif\s+(?:you|users?|members?|customers?)\s+(?:\w+\s+){0,2}?(?:violat|breach|break|abus|misus|infring)\w*|\bfor\s+any\s+reason\b|\bwithout\s+(?:prior\s+)?notice\b`,
  'i',
);

/** What follows "you may object": cookies, or the browser as the means ("object to cookies by changing your browser settings"). */
export const COOKIE_CHOICE_AHEAD =
  /^\s*(?:to\s+|of\s+)?(?:(?:the|our|their|its|any|such)\s+)?(?:(?:use|placement|setting|storage)\s+of\s+)?(?:(?:our|these|such|third[- ]party|all|any|the)\s+)?(?:cookies?|web\s+beacons?|tracking\s+(?:technolog\w+|cookies?))\b|^[^.;]{0,30}?\bby\s+(?:changing|adjusting|setting|configuring|using)\s+(?:the\s+)?(?:settings\s+(?:of|in|on)\s+)?(?:your\s+)?(?:web\s+)?browser/i;

const PARTICIPLE = '(?:accessed|viewed|reviewed|updated|edited|changed|amended|corrected|modified|deleted|removed|erased)';
/**
 * Data the reader can act on, in the passive: "the details you give us can be viewed and edited on the settings
 * page", "may be changed or removed by you". Group 1 holds the participles; "by our staff" is someone else, and
 * a relative clause ("comments on your profile, which can be deleted by you") is about something else.
 */
export const PASSIVE_BY_READER = new RegExp(
  String.raw`\b(?:information|data|details|profiles?)\b(?:(?!\bwhich\b|\()[^.;]){0,80}?\b(?:can|may)\s+(?:\w+\s+)?be\s+(${PARTICIPLE}(?:\s*,\s*(?:or\s+|and\s+)?${PARTICIPLE}|\s+(?:or|and)\s+${PARTICIPLE}){0,5})\s+(?:by\s+you\b|(?:(?!by\b)\w+\s+){0,3}?(?:upon|on|at\s+your)\s+(?:your\s+)?(?:written\s+)?request\b|(?:(?!by\b)\w+\s+){0,3}?(?:in|on|from|through|via)\s+(?:the\s+|your\s+)?["“]?(?:[\w-]+\s+){0,2}?(?:settings|account|profile)\b(?![^.;]{0,40}?\bby\s+(?!you\b|yourself\b)))`,
  'gi',
);

/** Exporting as a way of disclosing ("when exporting such information to a social network, you may be disclosing it"): no portability. */
export const SHARED_OUT = /\b(?:disclos\w*|publish\w*|social\s+(?:networks?|media)|facebook|twitter)\b/i;

/** Others as the subject of a relative clause just before a verb: "other users, who may view your profile". */
export const OTHERS_WHO = /\b(?:other\s+(?:users|members|people|visitors|customers)|others|third[- ]part(?:y|ies)|anyone|everyone|the\s+public)\b[^.;]{0,60}?\b(?:who|which)\s+(?:may|can|could|will|might)\s+(?:also\s+)?$/i;

/** The company asking the reader ("we will always request your permission"): not the reader's request. */
export const COMPANY_ASKS = /\bwe\s+(?:\w+\s+){0,2}?(?:request|ask)\w*/gi;

/**
 * The company giving the reader the means just before a verb: "we provide a way to update", "allows you to delete",
 * "we give members the following options for changing".
 */
export const ENABLED_BEFORE = /\b(?:(?:provide|offer|give)s?\s+(?:you\s+|users\s+|members\s+|customers\s+)?(?:with\s+)?(?:(?:a|an|the|these|several|various)\s+)?(?:(?:following|simple|easy|quick|several|various)\s+)?(?:ways?|means|options?|choices|ability|opportunity|tools?|facility|mechanisms?)\s+(?:and\s+(?:[\w-]+\s+)?(?:settings|tools|controls|options)\s+)?(?:for\s+you\s+)?(?:to|for)|(?:allow|enable|let|permit)s?\s+(?:you|users|members|customers)(?:\s+to)?|\b(?:facility|tool|page|form|link|section|option|way|means)\b[^.;]{0,30}?\bfor\s+(?:you|users|members|customers)\s+to)\s+$/i;

/** Users named as the subject of a clause acting on "your" data: "Spotify users may be able to view your profile". */
export const USERS_ACTING = /\b(?:users|members|people|visitors|customers|subscribers)\b(?:(?!\byou\b)[^.;]){0,60}$/i;

/** What follows a removal when the data sits with someone else: "... removed from their databases". */
export const FROM_THEIR_RECORDS = /^[^.;]{0,20}?\b(?:from|in)\s+their\s+(?:[\w-]+\s+)?(?:databases?|records|systems?|files|lists?|servers?)\b/i;

/**
 * The reader reports errors in what we hold: "should you notice any mistakes, let us know", "to tell us of a
 * change or inaccuracy, write to us". Correction only where the reader's data is named (../facts/rights.ts);
 * errors on the site or in the policy are not the reader's data.
 */
const NOT_ON_SITE = String.raw`(?![^.;]{0,12}?\b(?:on|in|with)\s+(?:this|our|the)\s+(?:web)?(?:site|pages?|polic\w*|content|service|app)\b)` +
  // Errors placed somewhere must be placed in the reader's data: "in your account", "in what we hold", not "in one of our articles".
  String.raw`(?!\s+(?:in|on|with|within)\s+(?!your\b|what\s+we\b|(?:the|our|any\s+of\s+(?:the|your))\s+(?:personal\s+)?(?:information|data|details|records?)\b))`;
export const READER_REPORTS_ERRORS = new RegExp(
  String.raw`\b(?:if|should|when|whenever|where)\s+you\s+(?:spot|find|notice|discover|identify|see|detect)\s+(?:any\s+|an?\s+)?(?:errors?|inaccurac(?:y|ies)|mistakes?)\b${NOT_ON_SITE}(?=[^.;]{0,120}?\b(?:contact|write\s+to|e-?mail|notify|inform|tell|let)\w*\s+us\b)` +
  String.raw`|\b(?:notify|inform|tell)\w*\s+us\s+(?:of|about)\s+(?:a|an|any)\s+(?:change\s+or\s+(?:an?\s+)?)?(?:inaccurac(?:y|ies)|errors?|mistakes?)\b${NOT_ON_SITE}`,
  'i',
);

/** A pointer to a right rather than the right: "learn how to limit sharing", "find out how you can object". */
export const POINTER_BEFORE = /\b(?:learn|find\s+out|read|see)\s+(?:more\s+)?(?:about\s+)?how\s+(?:you\s+(?:can|may)\s+|to\s+)$/i;

/**
 * Rights named as nouns after a request: "you may request access, correction, or deletion of your personal
 * information". Each round consumes one noun (no backtracking); group 1 is the list, read with NOUN_RIGHT.
 * The object must be the reader's data ("deletion of cookies" is not).
 */
export const REQUEST_NOUN_LIST =
  /\b(?:request|ask\s+for|seek)\s+(?:the\s+)?((?:(?:access|corrections?|rectifications?|amendments?|updat(?:es?|ing)|modifications?|deletions?|erasures?|removals?)\b(?:\s*,\s*(?:and\s+|or\s+)?|\s+(?:and|or|and\/or)\s+)?)+)(?=\s*(?:of|to)\s+(?:(?:your|their|his\s+or\s+her|the|any|all)\s+)?(?:(?!(?:our|its|this|these|public)\b)[\w-]+\s+){0,3}?(?:information|data|details|records?|PII)\b)/gi;


/**
 * The reader asks that the data be changed: "request that any data we collect from you be corrected, deleted or
 * blocked". Group 1 holds the participles (one per round, no backtracking); the data must be named in the match.
 */
export const REQUEST_THAT_DATA_BE =
  /\b(?:request|ask|demand|require)\w*\s+that\s+(?:[\w’'-]+\s+){1,8}?(?:be|is|are)\s+((?:(?:corrected|rectified|amended|updated|deleted|erased|removed|blocked|restricted|transferred|ported)\b(?:\s*,\s*(?:or\s+|and\s+)?|\s+(?:or|and)\s+)?)+)/gi;

/** The words a right's verb acts on (OBJECT's nouns): "information", "data", "e-mail address", "name". */
const OBJECT_NOUNS = ['information', 'data', 'details', 'profile', 'record', 'pii', 'address', 'name'];
/** The verbs of VERB (word beginnings). */
const VERB_WORDS = ['object', 'suppress', 'deactivat', 'limit', 'restrict', 'look', 'add', 'access', 'review', 'check', 'inspect', 'correct', 'updat', 'rectify', 'amend', 'chang', 'alter', 'edit', 'modify', 'fix', 'delet', 'eras', 'remov', 'obtain', 'export', 'download', 'view', 'see', 'revis', 'supplement', 'complete', 'purge'];
/** The participles of DONE. */
const DONE_WORDS = ['corrected', 'amended', 'rectified', 'updated', 'deleted', 'erased', 'removed', 'modified', 'changed'];

/**
 * Word beginnings, as lists, that every possible match of the pattern of that name has a word from each of (speed:
 * a sentence without them is not tried; as with hints, only a word's first four letters are compared).
 */
export const NEEDS = {
  VERB_CHAIN: [VERB_WORDS, OBJECT_NOUNS],
  VERB_LIST_PRONOUN: [VERB_WORDS],
  ASK_US_TO: [
    ['request', 'ask', 'require', 'instruct', 'direct', 'tell', 'make', 'want', 'wish', 'would'],
    ['stop', 'cease', 'delete', 'erase', 'remove', 'correct', 'fix', 'update', 'amend', 'rectify', 'disclose', 'provide', 'give', 'send', 'restrict', 'limit', 'port', 'transfer'],
  ],
  HAVE_DONE: [
    ['have', 'request', 'ask', 'want', 'would', 'wish', 'prefer', 'cause'],
    OBJECT_NOUNS,
    ['deleted', 'removed', 'erased', 'corrected', 'updated', 'amended', 'rectified', 'returned', 'provided', 'sent'],
  ],
  RIGHT_FOR_DATA_TO_BE: [['right'], ['corrected', 'updated', 'amended', 'rectified', 'deleted', 'erased', 'removed']],
  REQUEST_THAT_DATA_BE: [
    ['request', 'ask', 'demand', 'require'],
    ['that'],
    ['corrected', 'rectified', 'amended', 'updated', 'deleted', 'erased', 'removed', 'blocked', 'restricted', 'transferred', 'ported'],
  ],
  HAVE_IT_DONE: [['have', 'get', 'would', 'want', 'wish', 'prefer'], DONE_WORDS],
  PASSIVE_BY_READER: [['accessed', 'viewed', 'reviewed', 'updated', 'edited', 'changed', 'amended', 'corrected', 'modified', 'deleted', 'removed', 'erased']],
  RIGHTS_NOUN_LIST: [['access', 'rectification', 'correction', 'amendment', 'erasure', 'deletion', 'cancellation', 'removal', 'opposition', 'objection', 'restriction', 'limitation', 'portability']],
  REQUEST_NOUN_LIST: [['access', 'correction', 'rectification', 'amendment', 'update', 'updating', 'modification', 'deletion', 'erasure', 'removal']],
} as const satisfies Record<string, readonly (readonly string[])[]>;
