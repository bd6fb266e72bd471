/**
 * Data only: how a policy says it announces its own changes. Used by ../facts/change-notice.ts.
 * Convention: precedence advance > email > posted-only > unspecified.
 */

/** The segment speaks of changing this policy (sentence-level check). */
export const POLICY_CHANGE =
  /\b(?:chang\w*|modif\w*|updat\w*|revis\w*|amend\w*|alter\w*|replac\w*)\b[^.;]{0,80}?(?:\b(?:polic(?:y|ies)|statement|terms|agreement|document|page)\b|\b(?:this|our|the|privacy)\s+notice\b)|\b(?:revised|updated|amended|modified|changed)\s+(?:privacy\s+)?notice\b|\b(?:polic(?:y|ies)|statement|notice|terms)\b[^.;]{0,60}?\b(?:chang\w*|modif\w*|updat\w*|revis\w*|amend\w*)\b|\bmaterial(?:ly)?\s+(?:chang\w+|modif\w+|revis\w+|updat\w+)\b|\bsignificant\s+chang\w+\b|\bchanges?\s+(?:to|in)\s+(?:this|our|the)\b|\bchang\w*\s+(?:the\s+way|how)\s+we\s+(?:use|collect|handle|process|share)\b|\b(?:information|privacy|data)\s+practices\s+chang\w*[^.;]{0,60}?\b(?:notify|inform|e-?mail|post)\w*|\b(?:notif\w+|inform\w*|told|advis\w+|alert\w*)\s+(?:\w+\s+){0,2}?(?:of|about)\s+(?:any\s+)?(?:material\s+|significant\s+|such\s+)?(?:changes|revisions|modifications|amendments)\b(?!\s+(?:to|in|of)\s+(?:your|their|the\s+(?:order|service|price|product)))|\b(?:check|review|visit|consult)\s+this\s+page\b[^.;]{0,80}?\bchang\w*/i;

/** Word beginnings every POLICY_CHANGE match contains (each alternative has a change word): tried only where one is (speed). */
export const POLICY_CHANGE_HINTS = ['chang', 'modif', 'updat', 'revis', 'amend', 'alter', 'replac'] as const;

/** A heading that makes the whole section about changes to the policy. */
export const CHANGE_HEADING = /\b(?:chang\w*|updat\w*|modif\w*|revis\w*|amend\w*)\b/i;

/** Heading-only context also needs a change word in the sentence itself ("the changes will be posted"). */
export const CHANGE_WORD = /\b(?:chang\w*|modif\w*|updat\w*|revis\w*|amend\w*|replac\w*|new (?:version|policy)|(?:latest|current|most\s+recent)\s+version)\b/i;

/** "...practices change", "the user terms", "changes to our Web site": not a change to the policy. */
export const NOT_POLICY_CHANGE = /\bterms\s+(?:and|&)\s+conditions\b|\bterms\s+of\s+(?:use|service|sale)\b|\buser\s+(?:terms|agreement)\b|\b(?:about|of|regarding)\s+(?:\w+\s+){0,2}?changes?\s+(?:to|in)\s+(?:our|the|this)\s+(?:web\s*site|site|services?|products?)\b(?![’'])|\b(?<!(?:information|privacy|data)\s)practices?\s+chang\w*|\bchange\s+(?:of|in)\s+(?:control|ownership)\b|\bchange\s+your\b|\bchange (?:the )?locations?\b/i;

/** Notice before the change applies. */
export const ADVANCE_PATTERNS: readonly RegExp[] = [
  /\bin\s+advance\b/i,
  /\badvance\s+(?:written\s+)?notice\b/i,
  /\b(?:prior|before)\s+(?:to\s+)?(?:the\s+|such\s+|any\s+)?(?:material\s+|significant\s+)?(?:changes?|modifications?|revisions?|amendments?)?\s*(?:becom\w+|tak\w+|go\w*\s+into|com\w+\s+into|being\s+)?\s*(?:effect\w*|applicable|implemented|in\s+effect|appl(?:y|ies)\b)/i,
  /\bprior\s+(?:written\s+)?notice\b/i,
  /\b(?:prior\s+to|before)\s+(?:when\s+)?(?:they|it|the\s+changes?|such\s+changes?|the\s+(?:new|revised|updated)\s+policy)\s+(?:becomes?|takes?|goes?|comes?)\s+(?:in|into)?\s*(?:effect|force)\b/i,
  /\b(?:at\s+least|minimum\s+of|no\s+less\s+than|not\s+less\s+than)\s+(?:\w+\s+){0,2}?\(?\d*\)?\s*(?:calendar\s+|business\s+|working\s+)?(?:days?|weeks?|months?)\b[^.;]{0,40}?\b(?:before|prior|in\s+advance|notice)\b/i,
  /\b\d+\s*(?:calendar\s+|business\s+|working\s+)?(?:days?|weeks?)[’']?\s+(?:prior\s+|advance\s+)?notice\b/i,
  /\b(?:effective|take\s+effect|become\s+effective)\s+(?:\w+\s+){0,2}?(?:\(?\d+\)?\s*|thirty\s+|fourteen\s+|seven\s+)(?:calendar\s+|business\s+)?(?:days?|weeks?)\s+(?:after|following|from)\b/i,
  /\bopportunity\s+to\s+(?:review|object|opt[- ]out)\b[^.;]{0,40}?\bbefore\b/i,
  // "We will give you notice of changes at least a week beforehand."
  /\b(?:notice|notif\w*|inform(?:s|ed|ing)?|tell|let\s+you\s+know|warn\w*)\b[^.;]{0,80}?\bbeforehand\b/i,
  // "we will contact you before we use your data for these new purposes": notice before the change applies to the reader.
  /\b(?:before|prior\s+to)\s+(?:we\s+)?(?:use|using|process\w*|shar\w*|disclos\w*)\s+(?:your|the|any|such)\s+(?:[\w-]+\s+){0,2}?(?:data|information)\b/i,
];

/** Notice by e-mail. */
export const EMAIL_PATTERNS: readonly RegExp[] = [
  /\b(?:by|via|through|using|per)\s+(?:an?\s+)?(?:e-?mail|electronic\s+mail)\b/i,
  /\b(?:send|sending|sent|email|e-mail)\s+(?:you\s+)?(?:an?\s+)?(?:e-?mail|notice|notification|message)\b[^.;]{0,40}?\b(?:e-?mail\s+address|you|account|users|members|subscribers|customers)\b/i,
  /\be-?mail(?:ing)?\s+(?:(?:all|our|registered|affected|active|existing)\s+)*(?:you|users|members|subscribers|customers|account\s+holders|notice|notification)\b/i,
  /\b(?:to|at)\s+(?:the|your)\s+(?:primary\s+|registered\s+|last\s+(?:known\s+)?)?e-?mail\s+address\b/i,
  // "a notice sent to your e-mail", "delivered to the e-mail associated with your account".
  /\b(?:sent|send\w*|deliver\w*|mailed)\s+to\s+(?:your|the)\s+(?:primary\s+|registered\s+)?e-?mail\b/i,
  /\be-?mail\s+notification\b/i,
  /\bsend(?:s|ing)?\s+you\s+(?:an?\s+)?(?:e-?mail|electronic\s+mail)\b|\be-?mailed\s+to\s+(?:you|users|members|subscribers|customers)\b/i,
  /\b(?:by|via|through|using|to)\s+(?:the|your)\s+(?:primary\s+|registered\s+)?e-?mail(?:\s+address)?\s+(?:associated|linked|registered|connected)\s+with\b/i,
  // "Members will receive an e-mail about any change" (a promise, not "can receive an e-mail digest").
  /\b(?:will|shall)\s+(?:also\s+)?receive\s+(?:an?\s+)?(?:e-?mail|notification\s+by\s+e-?mail)\b/i,
  // A revised notice sent to the reader directly ("we will mail a revised notice to the address you supplied").
  /\b(?:mail|send)(?:s|ed|ing)?\s+(?:you\s+)?(?:a\s+|the\s+)?(?:revised|new|updated|amended)\s+(?:copy\s+of\s+(?:the|this|our)\s+)?(?:notice|policy|statement|version)\b/i,
];

/** The e-mail is the company's option, not a promise: "under certain circumstances, we may also elect to ... send you an e-mail". */
export const DISCRETIONARY = /\b(?:may|might|could)\s+(?:also\s+)?(?:elect|choose|decide|opt)\s+to\b|\bat\s+(?:our|its)\s+(?:sole\s+)?discretion\b|\b(?:under\s+certain\s+circumstances|in\s+some\s+(?:cases|situations|circumstances|instances))\b/i;

/** Notice by posting on the site only. */
export const POSTED_PATTERNS: readonly RegExp[] = [
  /\bpost(?:s|ed|ing)?\b/i,
  /\bpublish(?:es|ed|ing)?\b|\bpublication\b/i,
  /\b(?:revise|update|change|modify)\s+(?:the\s+)?["“]?(?:last\s+)?(?:updated|revised|modified|effective)["”]?\s+date\b/i,
  /\b(?:review|check|visit|revisit|consult|read)\s+(?:this|the|our|these)\s+(?:privacy\s+)?(?:page|policy|statement|notice|site|website|web\s*site|section|document)s?\b[^.;]{0,50}?\b(?:periodically|frequently|regularly|from time to time|often|occasionally|each time|every time|on\s+a\s+(?:regular|periodic|frequent)\s+basis|for (?:any )?(?:changes|updates|amendments))\b/i,
  /\b(?:periodically|frequently|regularly|occasionally|from time to time)\s+(?:to\s+)?(?:review|check|visit|consult)\b/i,
  /\b(?:notice|notification|banner|alert)\s+(?:on|at|in)\s+(?:our|this|the)\s+(?:site|website|web\s*site|home\s*page|page|service|app)\b/i,
  /\bnotify\s+you\b|\b(?:be|are|is)\s+notified\b|\bprovide\s+(?:you\s+(?:with\s+)?)?(?:a\s+)?(?:more\s+)?(?:prominent\s+)?notice\b/i,
  // Shown on the site in other words: "place the changes on this page", "reflected on this page",
  // "available on our website", "check back", "the date at the top will be updated".
  /\b(?:place|put|display|show|make)\w*\s+(?:(?:the|any|such|these|those|all)\s+)?(?:changes?|updates?|modifications?|revisions?|it|them|(?:the\s+)?(?:new|revised|updated|amended)\s+(?:version|policy|statement))\s+(?:available\s+)?(?:on|at|in)\s+(?:this|our|the)\s+(?:page|site|website|web\s*site|home\s*page)\b/i,
  /\b(?:reflected|appear\w*|displayed|shown|available|accessible|found|listed|indicated)\s+(?:here\b|(?:at|on)\s+this\s+(?:address|URL|link|location)\b|(?:on|at|in|via|from|by)\s+(?:this|our|the)\s+(?:page|site|website|web\s*site|home\s*page|policy|["“]?(?:effective|last\s+updated|revised|revision)["”]?\s+date)\b)/i,
  /\b(?:check|come|look)\s+back\b|\b(?:check|visit|consult)\s+this\s+page\b/i,
  // A verb of showing or telling and a place on the site: "announced on this page", "noted at the bottom of this page",
  // "let you know about any changes on this page", "made available through our website", "a message on the home page".
  /\b(?:announc|not(?:e|ed|ing)\b|list|display|show|indicat|communicat|giv|plac|upload|availab|notif|inform|let\s+(?:you|users)\s+know|alert|message|provid\w*\s+(?:a\s+|prominent\s+)*notice)\w*\b[^.;]{0,60}?\b(?:on|at|in|through|via|within)\s+(?:the\s+(?:top|bottom|end|head)\s+of\s+)?(?:this|our|the)\s+(?:privacy\s+)?(?:page|site|website|web\s*site|home\s*page|homepage|app|application|services?|policy|statement|notice|blog)\b|\bupon\s+(?:its\s+|their\s+)?(?:display|appearance|upload)\b/i,
  /\bupdat\w*\s+this\s+page\b|\brefer\s+to\s+(?:this|the|our)\s+(?:privacy\s+)?(?:page|policy|statement|notice)\s+(?:on\s+an\s+ongoing\s+basis|regularly|periodically|from\s+time\s+to\s+time)\b/i,
  /\b(?:date|legend|notation)\s+(?:above|below|at\s+the\s+(?:top|bottom)\s+of\s+(?:this|the)\s+(?:page|policy|statement|notice))\b/i,
  // Passive: "the new policy will be placed on our website", "takes effect when it is uploaded to the site".
  /\b(?:placed|put|uploaded|displayed|shown|made\s+available)\s+(?:on|at|to|in)\s+(?:this|our|the)\s+(?:page|site|website|web\s*site|home\s*page)\b/i,
  // "Revised versions will be updated on the website" (read only in a sentence about changing the policy, or the one after it).
  /\b(?:updated|revised|amended|replaced)\s+(?:on|at)\s+(?:this|our|the)\s+(?:page|site|website|web\s*site|home\s*page)\b/i,
  /\b(?:updat|revis|chang|amend)\w*\s+(?:the|this|our)\s+(?:privacy\s+)?(?:policy|statement|notice)\s+(?:on|at)\s+(?:[\w’'.@-]+\s+){0,2}?(?:website|site|web\s*site|page|home\s*page)\b/i,
  /\b(?:review|check|read)\s+it\s+(?:periodically|frequently|regularly|from time to time|often|occasionally)\b/i,
  /\b(?:revise|update|change|modify)\s+the\s+date\b|\b(?:place|put|display)\w*\s+(?:a\s+|prominent\s+)*notices?\s+on\b/i,
  /\bdate\b[^.;]{0,40}?\b(?:will|shall|would)\s+(?:also\s+)?be\s+(?:updated|revised|changed|amended)\b|\bupdat\w+\s+(?:the\s+)?(?:["“]?(?:effective|last\s+updated|revision|revised|modified)["”]?\s+)?date\b/i,
];

/** Not advance notice: "without prior notice", "no obligation to notify you in advance". */
export const NO_NOTICE = /\bwithout\s+(?:any\s+)?(?:prior\s+|advance\s+|further\s+)?notic\w*|\b(?:no|not\s+(?:be\s+)?(?:required|obligated))\b[^.;]{0,30}?\b(?:obligation|notify|notice)\b/i;

/**
 * E-mail as the reader's way to reach the company, not the notice: "contact us by e-mail with questions",
 * "you can sign up for updates by e-mail", "you may request a copy by e-mail" (the reader acts).
 */
export const READER_WRITES = /\b(?:contact|write\s+to|reach|e-?mail|ask|tell)\s+us\b[^.;]{0,30}$|\bquestions?\b[^.;]{0,40}$|\b(?:you|users?|visitors?)\s+(?:can|may|could|might|should)\s+(?:also\s+)?(?!be\b|receive\b|get\b)\w+\b(?:(?!\bwe\b)[^.;]){0,50}$|\b(?:asks?|requests?|writes?)\s+(?:us\s+)?(?:for\s+)?(?:it|them|one|a\s+copy)\s*$/i;

/**
 * Advice to re-read the policy itself from time to time ("Please consult this statement regularly"): a posting notice,
 * read only right after a sentence about changing the policy or under a changes heading.
 */
export const REVIEW_ADVICE =
  /\b(?:review|check|read|consult|visit|revisit|re-?read)\s+(?:this|the|our|these)\s+(?:privacy\s+)?(?:page|policy|statement|notice)s?\s+(?:(?:again|back)\s+)?(?:periodically|frequently|regularly|from\s+time\s+to\s+time|often|occasionally)\b|\b(?:periodically|frequently|regularly|occasionally)\s+(?:to\s+)?(?:review|check|read|consult|visit|re-?read)\s+(?:this|the|our|these)\s+(?:privacy\s+)?(?:page|policy|statement|notice)s?\b/i;

/** A sentence going on about the change just announced: "We may change this policy. When we do, we will post it here." */
export const GOES_ON_ABOUT_IT = new RegExp(
  `\\b(?:when|if|whenever|once)\\s+we\\s+do\\b|\\b(?:post|publish|place|display)\\w*\\s+(?:it|them)\\b|\\b(?:review|check|read)\\s+it\\s+(?:periodically|frequently|regularly|from time to time|often|occasionally)\\b|${REVIEW_ADVICE.source}`,
  'i',
);

/** "This policy details ... . If we update it, ...": "it" is the policy named as the previous sentence's subject. */
export const POLICY_AS_SUBJECT = /^\W*(?:this|our|the)\s+(?:online\s+)?(?:privacy\s+)?(?:policy|statement|notice)\b/i;
export const CHANGE_OF_IT = /\b(?:chang|modif|updat|revis|amend)\w*\s+it\b/i;
