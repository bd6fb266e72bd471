/** Rights the policy gives the reader: access, correction, deletion, portability, objection, opt-out of marketing, complaint. */

import type { Evidence, UserRight } from '../../types';
import type { FactExtractor } from './context';
import { evidenceOf, isStatementHeading, keywordTest, leadInsOf, registerKeywords, segmentsWith } from './context';
import type { Segment } from '../segment-table';
import { clauseAt, isNegatedAt, matchAll } from '../polarity';
import { actorAt } from '../actor';
import { linkTargetsBlanked } from '../link-targets';
import {
  ASK_US_TO, ASKED_FOR_READERS_DATA, CHILD_CONTEXT, COMPANY_ASKS, ENABLED_BEFORE, FROM_THEIR_RECORDS, COMPANY_POWER, COMPANY_RIGHT, COOKIE_CHOICE_AHEAD, OFF_A_LIST, HAVE_DONE, HAVE_IT_DONE, OTHERS_WHO, PASSIVE_BY_READER, SHARED_OUT, USERS_ACTING, NAMED_RIGHTS, NOUN_RIGHT, OBLIGATION, REDIRECTION, RIGHT_FOR_DATA_TO_BE, RIGHTS_KEYWORDS,
  LIST_WORDS, NEEDS, OPT_OUT_EXPR, OPT_OUT_PURPOSE, POINTER_BEFORE, READER_REPORTS_ERRORS, REQUEST_NOUN_LIST, REQUEST_THAT_DATA_BE, RIGHTS_NOUN_LIST, USER_AGENCY, VERB_CHAIN, VERB_HINTS, VERB_LIST_PRONOUN, VERB_RIGHT,
} from '../phrases/rights';

const CHILD_HINTS = ['child', 'minor', 'parent', 'guardian', 'under the age of 1', 'under 1'];
const REDIRECTION_HINTS = ['direct', 'contact the', 'must', 'should', 'need to'];
/** NAMED_RIGHTS with the global flag, to try each occurrence in a sentence. */
const NAMED_RIGHTS_ALL = NAMED_RIGHTS.map((r) => ({ ...r, pattern: new RegExp(r.pattern.source, r.pattern.flags.includes('g') ? r.pattern.flags : `${r.pattern.flags}g`) }));
const ORDER: readonly UserRight[] = ['access', 'correction', 'deletion', 'portability', 'objection', 'opt-out-marketing', 'complaint'];
/** The rights VERB_RIGHT (and NOUN_RIGHT) can name: all the verb and noun patterns can add. */
const VERB_BLOCK_RIGHTS: readonly UserRight[] = [...new Set(VERB_RIGHT.map(([, right]) => right))];
/** "we will delete your information when ..." is the company's practice, not the reader's right. */
const COMPANY_SUBJECT_BEFORE = /\b(?:we|company|it)\s+(?:\w+\s+){0,2}$/i;
/** A verb of change joined to the one asked for: "ask us to correct any mistakes and delete any excess data". */
const JOINED_VERB = /^[^.;]{0,60}?\b(?:and|or)\s+(?:to\s+)?(delete|erase|remove|correct|update|amend|rectify)\s+(?:it|them|any|all|your|their|the|such|this|that)\b/i;
/** Access named by having or getting it: the reader must be the one who has it. */
const HAVING_ACCESS = /^(?:have|obtain|receive|get)\b/i;
/** The object of a right's verb is the reader's data: owned, personal, or about them. */
const READERS_DATA = /\b(?:your|their|his|her|my|own|this|that|such|these|those|personal(?:ly)?|account|profile|registration|registered|subscriber|customer|user|member|billing|payment|shipping|contact|PII|inaccurate|incorrect|incomplete|outdated|stored|collected)\b/i;
/** An example naming the reader's data after a vague object: "update certain information, such as your address". */
const SUCH_AS_YOURS = /^\s*,?\s*(?:such\s+as|like|including|e\.g\.,?)\s+(?:your|their)\b/i;
const ABOUT_THE_READER = /^\s*(?:(?:that|which)\s+)?(?:(?:is\s+|are\s+)?(?:associated|linked|connected|tied)\s+(?:with|to)\s+(?:you|your)\b|(?:(?:is\s+|are\s+)?(?:saved|held|stored|kept|collected|recorded|processed|contained|included)\s+)?(?:(?:about|of|on|concerning|regarding|relating\s+to)\s+(?:you|yourself|your\s+person|them|him|her|individuals|users|customers)\b|we\s+(?:are\s+)?(?:hold|have|keep|store|maintain|process|collect)|you\b|previously\s+(?:provided|submitted|supplied|given|entered)\b(?!\s+by\s+(?!you\b|\w+ing\b))|(?:from|in|on|within|of|concerning|regarding|about|relating\s+to|associated\s+with)\s+(?:your|their|the)\s+(?:account|profile)|(?:in|from|on|within)\s+(?:your|their)\b))/i;
/** The company acts on the reader's request: "upon request, we will delete", "you may ask that we correct". */
const READER_REQUESTS = /\b(?:request\w*|ask\w*|you may|you can|right|wish|would like|instruct\w*|(?:happ(?:y|ily)|glad(?:ly)?)\s+(?:to\s+)?(?:(?:help|assist)\s+(?:you\s+)?(?:to\s+)?)?(?:updat|correct|amend|delet|remov|chang|provid|giv|send|eras|review|modif|rectif|supply|show)\w*)\b/i;
/** The reader just before a verb: "allow you to opt out of". */
const READER_NEAR = /\b(?:you|users?|customers?|members?)\s+(?:\w+\s+){0,2}$/i;
/** Others the company might share with. */
const THIRD_PARTIES = /\b(?:third[- ]part\w*|partners?|advertisers?|sponsors?|affiliates?|marketers?|other\s+(?:companies|organi[sz]ations|parties|businesses)|companies)\b/i;
/** The company hands the reader something: "we will provide you with", "send you a copy". */
const GIVEN_TO_READER = /\b(?:provide|give|send|supply|furnish|tell|show|let)\w*\s+(?:you|users?|customers?|members?|individuals)\b/i;
/** The reader asks, or is told, before "whether we hold". */
const ASKED_OR_TOLD = /\b(?:confirm\w*|know|tell|told|inform\w*|find\s+out|learn|request\w*|ask\w*|right|entitled)\b/i;
/** Someone who can complain: the reader or people like them. */
const COMPLAINANT = /\b(?:you|your|please|they|individuals?|users?|data\s+subjects?|consumers?|customers?|unresolved|residents?|citizens?|visitors?|members?)\b/i;
/** A negated condition before a complaint: "if we do not resolve your concern", "if it has not been addressed". */
const CONDITION_NOT_BEFORE = /\b(?:if|should|where|when)\b[^.;]{0,200}?(?:\b(?:not|never|cannot|no)\b|n[’']t\b)[^.;]{0,80}?\b(?:resolv|address|respond|answer|satisf|receiv|handl)\w*/i;
/** An outside body named with a dispute resolution: "the JAMS dispute resolution programme", "a third-party resolution provider". */
const OUTSIDE_RESOLUTION = /\b(?:third[- ]party|independent|external|outside)\s+(?:dispute\s+)?(?:resolution|recourse)\b|\bprivacy\s+seals?\b|\b(?:JAMS|TRUSTe|TrustArc|BBB|Better\s+Business\s+Bureaus?|American\s+Arbitration\s+Association|ICDR|Data\s+Protection\s+Authorit(?:y|ies)|DPAs?|supervisory\s+authorit(?:y|ies))\b/i;
/** Keeping away as the only way out: "..., please do not use the site", "do not sign up for the mailing list". */
const STAY_AWAY_AFTER = /^[^.;]{0,60}?\b(?:please\s+)?(?:do\s+not|don[’']t|should\s+not|must\s+not)\s+(?:use|visit|access|submit|provide|register|sign\s+up|subscribe|join)\b/i;
/** The advertising industry's opt-out pages (NAI, DAA, EDAA), for ads by other companies. */
const AD_INDUSTRY_OPT_OUT = /\b(?:aboutads\.info|networkadvertising\.org|youronlinechoices|Network\s+Advertising\s+Initiative|Digital\s+Advertising\s+Alliance|NAI\s+members?|App\s*Choices)\b/i;
/** The company offering the reader a choice just before it: "we present the option to", "we provide a way to". */
const OFFERED_BEFORE = /\b(?:provide|offer|give|present)s?\s+(?:(?:you|users|members|customers|visitors)\s+)?(?:with\s+)?(?:a|an|the)\s+(?:(?:simple|easy|quick)\s+)?(?:way|means|option|opportunity|choice|ability|chance|mechanism)\s+(?:for\s+you\s+)?(?:to\s+)?$/i;
/** Data moved on to another holder: "... to another provider", "to a third party of your choice". */
const TO_ANOTHER_AHEAD = /^[^.;]{0,60}?\bto\s+(?:another|a\s+(?:new|different|third)|other)\b/i;
/** Data sent abroad: a cross-border transfer, not portability. */
const ABROAD_AHEAD = /^[^.;]{0,40}?\b(?:outside|abroad|countr\w*|international\w*|overseas)\b/i;
/** The policy describing how the reader can choose: "this policy explains ... how you can limit our sharing". */
const EXPLAINS_HOW_BEFORE = /\b(?:polic(?:y|ies)|statement|notice)\b[^.;]{0,60}?\b(?:explains?|describes?|sets\s+out|outlines?)\b[^.;]{0,160}?\bhow\s+(?:you\s+(?:can|may)\s+|to\s+)$/i;
/** A contract or measure as the subject limiting use: "agreements limiting the use of", "policies that restrict the use of". */
const SAFEGUARD_BEFORE = /\b(?:agreements?|contracts?|obligations?|policies|procedures|measures|controls|safeguards|terms)\s+(?:(?:that|which)\s+)?$/i;
/** The reader's own giving just after the object: "(the personal data) you provide". */
const YOU_PROVIDE_AHEAD = /^\s*(?:that\s+|which\s+)?you\s+(?:provide|give|share|submit|disclose|enter)\b/i;
/** Marketing by others, the purpose of a disclosure. */
const THEIR_MARKETING = /\b(?:their|its|third[- ]part(?:y|ies)[’']?s?|other\s+companies[’']?|partners[’']?)\s+(?:own\s+)?(?:direct\s+)?marketing\b|\bmarketing\s+(?:purposes\s+)?(?:of|by)\s+(?:third|other|our\s+partners)/i;
/** Marketing the reader receives. */
const RECEIVING = /\b(?:receiv\w*|e-?mails?|newsletters?|messages|mailings?|contact\w*|calls?|texts?|SMS|mail)\b/i;
/** A heading addressed to the reader, or asked in the reader's voice ("How can I stop the use of my data?"). */
const READER_HEADING = /\b(?:you|your|yours|my)\b/i;
const READER_I = /\bI\b/;
/** A ban whose only negation is the "without" after it: "prohibits the sale ... without giving you the chance to". */
const BANNED_WITHOUT = /\b(?:prohibit|forbid)\w*\b(?:(?!\b(?:not|never|no|cannot|neither|nor)\b|n[’']t\b)[^.;]){0,200}?\bwithout\b(?:(?!\b(?:not|never|no|cannot|neither|nor|without)\b|n[’']t\b)[^.;]){0,120}$/i;
/** A list item that is access by its noun: "- Access to the personal data we hold about you", "9.2.1 Access to your data". */
const LIST_ITEM_ACCESS = /^\W*(?:\d+(?:\.\d+)*\.?\s+)?(?:(?:the\s+)?right\s+of\s+)?access\s+to\s+(?:(?:the|your|any|all)\s+)?(?:personal\s+)?(?:data|information)\b/i;
/** Access named by knowing or being told ("know what information we hold"). */
const KNOWING = /^(?:know|learn|find\s+out|tell\s+you|inform\s+you|confirm)/i;
/** "you will still be able to access", "you can continue to view": a consequence, not an offer. */
const STILL_BEFORE = /\b(?:still|continue\s+to)\s+(?:\w+\s+){0,3}$/i;
/** The word before a verb that makes it a noun ("loss of access details", "the view of your data", "unauthorised access to your data"). */
const NOUN_BEFORE = /\b(?:of|the|an?|no|its|such|unauthori[sz]ed|unlawful|illegal|improper|inappropriate|accidental|malicious)\s+$/i;
/** A lead-in that gives its list items to the reader: "You have the right to:", "you can:", "Your rights:". */
const LEAD_IN_AGENCY = /\b(?:you|users?|customers?|members?|individuals?|data subjects?|consumers?)\b[^.;]{0,60}?\b(?:may|can|could|have|has|are entitled|is entitled|able)\b|\brights?\b/i;
/** The reader asks, or the company offers ("we will gladly delete", "we are happy to correct"). */
const READER_ASKS = /\b(?:request|ask|you may|you can|right|wish|would like|contact us|please|(?:happ(?:y|ily)|glad(?:ly)?)\s+(?:to\s+)?(?:(?:help|assist)\s+(?:you\s+)?(?:to\s+)?)?(?:updat|correct|amend|delet|remov|chang|provid|giv|send|eras|review|modif|rectif|supply|show)\w*)\b/i;
/** Data qualified as wrong just after the verb's object: "information that is inaccurate", "data where it is out of date". */
const FOUND_WRONG = /^\s*(?:that|which|where\s+it|if\s+it)\s+(?:is|are|has\s+become|becomes)\s+(?:inaccurate|incorrect|incomplete|out\s+of\s+date|outdated|wrong)\b/i;
/** Reading the policy (or a page) as the way to learn: "read the following to learn more about what we collect". */
const READ_TO_LEARN = /\b(?:read|review|consult)\w*\s+(?:[\w’'-]+\s+){0,4}?to\s+$/i;
/** Data named in the sentence, for a pronoun to stand for ("have it corrected"). */
const DATA_WORD = /\b(?:information|data|details|records?|profile)\b/i;

/** Staff named as the ones who access: "only authorised individuals are allowed to", "employees who need it are authorised to". */
const STAFF_BEFORE = /\b(?:authori[sz]ed|designated|approved)\s+(?:[\w-]+\s+)?(?:individuals|persons|people|personnel|staff|employees|agents|representatives)\b[^.;]{0,40}$|\b(?:are|is)\s+(?:only\s+)?authori[sz]ed\s+to\s+$/i;
/**
 * Someone else gets the access, not the reader: "you may allow us to access your profile", "if you do not want the
 * site to have access to this", "choose who can see your information".
 */
const OTHERS_GET_ACCESS_BEFORE = /\b(?:allow\w*|let|permit\w*|enabl\w*|authori[sz]\w*|want|wish)\s+(?:us|them)\s+(?:to\s+)?$|\b(?:do|does)\s+not\s+(?:want|wish)\s+(?:for\s+)?(?:[\w’'.-]+\s+){1,6}?to\s+$|\bwho\s+(?:can|may|will|could)\s+$|\bhave\s+authori[sz]ed\s+to\s+$/i;
/** Others who have or ask for access: "these companies will have access", "the application will request access". */
const OTHERS_HAVE_ACCESS_BEFORE = /\b(?:compan(?:y|ies)|providers?|vendors?|partners?|contractors?|processors?|applications?|apps?|software|programs?|browsers?)\b[^.;]{0,50}?\b(?:will|may|might|can|could|would|shall)\s+(?:also\s+)?$/i;
/** The reader, set off by an aside, entitled just before a verb: "You, being the data subject, are entitled by law to, once a year, receive". */
const READER_ENTITLED_BEFORE = /^\W*(?:you|users?|individuals?|data\s+subjects?|customers?|members?)\s*,[^.;]{0,120}?\b(?:are|is)\s+(?:\w+\s+){0,2}?entitled\b[^.;]{0,80}$/i;
/** Staff named as the only ones data is limited to: "limit the use of such information to authorised persons". */
const STAFF_AFTER = /^[^.;]{0,60}?\bto\s+(?:(?:those|our|the|its|their)\s+)?(?:authori[sz]ed|designated|approved|employees|staff|personnel|agents|those\s+(?:employees|persons|people|who))\b/i;
/** Access as a means ("by signing in and accessing") or as the company's condition ("we require you to log in to access"). */
const MEANS_OR_CONDITION_BEFORE = /\bby\s+(?:(?:signing|logging)\s+(?:in|on|into)\b[^.;]{0,50}?(?:\band\s+|,\s*))?$|\b(?:we|it)\s+(?:\w+\s+){0,2}?(?:require|ask)\w*\s+(?:that\s+)?(?:you|users?|members?)\b[^.;]{0,60}?\bto\s+$/i;
/** A verb chain ending on bare data ("update information", "delete the information"): a pronoun-like object. */
const BARE_DATA_OBJECT = /\s(?:the\s+)?(?:information|data|details)$/i;
/** The bare data placed elsewhere: "information about our products", "data on our site". */
const ELSEWHERE_AFTER = /^\s*(?:(?:about|on|regarding|concerning|from|of|for)\b|at\s+(?!any\s+time\b)|in\s+(?!your\b))/i;
/** The reader's data named earlier in the sentence: "your credit card information", "personal information". */
const READERS_DATA_BEFORE = /\b(?:your|personal(?:ly\s+identifiable)?)\s+(?:[\w-]+\s+){0,3}?(?:information|data|details)\b/i;
/** A verb chain whose object is only an e-mail address. */
const BARE_EMAIL_OBJECT = /\be-?mail(?:\s+address(?:es)?)?$/i;
/** A mailing list named in this sentence or one of the three before it in the same paragraph. */
function listInParagraph(doc: Parameters<FactExtractor<'rights'>['extract']>[0], i: number, text: string): boolean {
  if (LIST_WORDS.test(text)) return true;
  const block = doc.segments.at(i).block;
  for (let j = i - 1; j >= Math.max(0, i - 3) && doc.segments.at(j).block === block; j--) if (LIST_WORDS.test(doc.segments.at(j).text)) return true;
  return false;
}
const ERROR_HINTS = ['errors', 'error', 'inaccura', 'mistake'];
const REQUEST_HINTS = ['request', 'ask for', 'seek'];
/** The reader's data named: "the details we hold about you", "your personal information". */
const holdsReadersData = (text: string): boolean =>
  (DATA_WORD.test(text) && /\b(?:your|about\s+you|we\s+(?:hold|keep|have|store))\b/i.test(text)) || READERS_THING.test(text);
/** The reader's data named in other words: "what we hold about you", "errors in your account", "your name or e-mail address". */
const READERS_THING = /\b(?:(?:hold|keep|store|have)\s+(?:on\s+file\s+)?(?:about|on|for)\s+you|your\s+(?:own\s+)?(?:[\w-]+\s+){0,2}?(?:account|profile|particulars|address(?:es)?|name|e-?mail|info|registration|contact\s+details))\b/i;

/** Where a leading opt-out purpose ("To unsubscribe, ...") ends (its comma), or -1. */
function purposeEndOf(text: string): number {
  const purpose = OPT_OUT_PURPOSE.exec(text);
  return purpose ? text.indexOf(',', purpose[0].length) : -1;
}

function rightsOfVerbs(words: string): UserRight[] {
  const rights: UserRight[] = [];
  for (const word of words.split(/[^A-Za-z]+/)) {
    for (const [re, right] of VERB_RIGHT) {
      if (re.test(word) && !rights.includes(right)) rights.push(right);
    }
  }
  return rights;
}

// Every word list above and in ../phrases/rights.ts, registered at once: one index rebuild on the first document,
// not one per list.
registerKeywords([
  RIGHTS_KEYWORDS, CHILD_HINTS, REDIRECTION_HINTS, ERROR_HINTS, REQUEST_HINTS, VERB_HINTS,
  ...NAMED_RIGHTS.flatMap(({ hints, needs }) => [hints, ...(needs ?? []).flat()]),
  ...Object.values(NEEDS).flat(),
]);

/** Every test passes for segment i (a plain loop: this runs for every pattern on every sentence). */
function hasAll(tests: readonly ((index: number) => boolean)[], i: number): boolean {
  for (let k = 0; k < tests.length; k++) if (!tests[k]!(i)) return false;
  return true;
}

export const rights: FactExtractor<'rights'> = {
  fact: 'rights',
  extract(doc) {
    const found = new Map<UserRight, Evidence>();
    // The word-list tests, looked up once per document (a registry and a document lookup per call added up).
    const named = NAMED_RIGHTS_ALL.map(({ right, hints, needs, pattern }) => ({
      right, pattern, hints: keywordTest(doc, hints), needs: needs?.map((branch) => branch.map((list) => keywordTest(doc, list))),
    }));
    const needTests = Object.fromEntries(Object.entries(NEEDS).map(([name, lists]) => [name, lists.map((list) => keywordTest(doc, list))])) as Record<keyof typeof NEEDS, ((index: number) => boolean)[]>;
    const [childHint, redirectionHint, errorHint, requestHint, verbHint] = [CHILD_HINTS, REDIRECTION_HINTS, ERROR_HINTS, REQUEST_HINTS, VERB_HINTS].map((list) => keywordTest(doc, list));
    /** Whether the pattern of that name can match in segment i (its NEEDS words are there). */
    const may = (pattern: keyof typeof NEEDS, i: number): boolean => hasAll(needTests[pattern], i);
    /** The sentence being read: the evidence of what add() finds. */
    let segment: Segment;
    const add = (right: UserRight): void => { if (!found.has(right)) found.set(right, evidenceOf(segment)); };
    for (const i of segmentsWith(doc, RIGHTS_KEYWORDS)) {
      // Every right found: later sentences add nothing (the first evidence stands).
      if (found.size === ORDER.length) break;
      segment = doc.segments.at(i);
      // "[opt out](https://...) of having your data shared": read without the link target (same offsets).
      const text = linkTargetsBlanked(segment.text);
      // A heading names a topic ("Unsubscribe and data removal policies"); it offers a right only when it
      // speaks to the reader ("Your right to delete your data", "How you can access or change your information").
      if (segment.kind === 'heading' && !isStatementHeading(segment) && !READER_HEADING.test(text) && !READER_I.test(text)) continue;
      if (childHint!(i) && CHILD_CONTEXT.test(text)) continue;
      if (redirectionHint!(i) && REDIRECTION.test(text)) continue;
      const lower = doc.lowered(i);

      for (const { right, hints, needs, pattern } of named) {
        if (found.has(right) || (needs && !needs.some((branch) => hasAll(branch, i))) || !hints(i)) continue;
        // Every occurrence, not just the first: "We reserve the right to request a copy of your ID; you may request a
        // copy of your data" (a guard drops the first, the second stands).
        for (const m of matchAll(pattern, text)) {
        // "Acme prohibits the sale of your data without giving you the opportunity to opt out": the ban and "without"
        // cancel out, and the opt-out is offered.
        if (isNegatedAt(text, m.index) && (right !== 'objection' || !BANNED_WITHOUT.test(text.slice(Math.max(0, m.index - 240), m.index)))
          // "If contacting us does not resolve your complaint, you may take it to TRUSTe": the "not" is the condition.
          && (right !== 'complaint' || !CONDITION_NOT_BEFORE.test(text.slice(Math.max(0, m.index - 240), m.index + 40)))) continue;
        // "Acme reserves the right to update this policy": the company's right, not the reader's.
        if (COMPANY_RIGHT.test(text.slice(Math.max(0, m.index - 30), m.index + m[0].length))) continue;
        // "You can learn how to limit sharing in this policy": a pointer to a right, not the right.
        if (POINTER_BEFORE.test(text.slice(Math.max(0, m.index - 40), m.index))) continue;
        // "These persons have access to ...": access someone else has is not the reader's right.
        // (The actor is read just after the verb, so that "You have" is seen with its subject.)
        // An entitlement with no subject read ("You, being the data subject, are entitled ... to receive a copy of your data")
        // is the reader's: other people's entitlements are not what a policy lists.
        if (right === 'access' && HAVING_ACCESS.test(m[0])) {
          const haver = actorAt(text, m.index + (/^\S+\s+/.exec(m[0])?.[0].length ?? 0));
          if (haver !== 'reader' && !(haver === 'unknown' && m.index < 300 && READER_ENTITLED_BEFORE.test(text.slice(0, m.index)))) continue;
        }
        // "only authorised individuals have access to the information": staff, though "individuals" reads as the reader.
        if (right === 'access' && HAVING_ACCESS.test(m[0]) && STAFF_BEFORE.test(text.slice(Math.max(0, m.index - 80), m.index))) continue;
        // "If you unsubscribe, you will still have access to your account": what stays possible, not a right offered.
        if (right === 'access' && STILL_BEFORE.test(text.slice(Math.max(0, m.index - 30), m.index))) continue;
        // "you may allow us to have access to your profile": the company's access, not the reader's.
        if (right === 'access' && OTHERS_GET_ACCESS_BEFORE.test(text.slice(Math.max(0, m.index - 80), m.index))) continue;
        if (right === 'access' && /^(?:have|request)\b/i.test(m[0]) && OTHERS_HAVE_ACCESS_BEFORE.test(text.slice(Math.max(0, m.index - 90), m.index))) continue;
        // "contact the partner to request that your details are removed from their databases": someone else's records.
        if (right === 'deletion' && FROM_THEIR_RECORDS.test(text.slice(m.index + m[0].length, m.index + m[0].length + 80))) continue;
        // "ask that your name be removed from all mailing lists": leaving a list, not deletion.
        if (right === 'deletion' && OFF_A_LIST.test(text.slice(m.index + m[0].length, m.index + m[0].length + 120))) continue;
        // "You may object to cookies by changing your browser settings": a cookie choice, not an objection to processing.
        if (right === 'objection' && COOKIE_CHOICE_AHEAD.test(text.slice(m.index + m[0].length, m.index + m[0].length + 80))) continue;
        // "Our practices limit the use of such information to authorised staff": the company limiting itself.
        if (right === 'objection' && /^(?:limit|restrict)/i.test(m[0]) && STAFF_AFTER.test(text.slice(m.index + m[0].length, m.index + m[0].length + 80))) continue;
        // "With the right browser plug-in you can prevent this information from being transferred": a browser tool.
        if (right === 'objection' && /\b(?:browser|plug-?ins?|add-?ons?|cookies)\b[^.;]{0,60}$/i.test(text.slice(Math.max(0, m.index - 80), m.index))) continue;
        // "We want you to know what information we collect" explains the policy; knowing is a right when asked for.
        // ("If you want to know what we hold about you, e-mail us" asks.)
        if (right === 'access' && KNOWING.test(m[0]) && !READER_ASKS.test(text.slice(Math.max(0, m.index - 40), m.index + m[0].length)) && !/\b(?:you|users?)\s+(?:\w+\s+)?want\s+to\s+$/i.test(text.slice(Math.max(0, m.index - 40), m.index))) continue;
        // "Please read this notice to learn what information we collect": learning by reading the policy, not a request.
        if (right === 'access' && (KNOWING.test(m[0]) || /^see\b/i.test(m[0])) && READ_TO_LEARN.test(text.slice(Math.max(0, m.index - 60), m.index))) continue;
        // "To withdraw your consent after accepting this cookie, delete it": a cookie choice, not an objection to processing.
        if (right === 'objection' && /^(?:withdraw|revok)/i.test(m[0]) && /^[^.;]{0,40}?\bcookies?\b/i.test(text.slice(m.index + m[0].length, m.index + m[0].length + 60))) continue;
        // "Your consent to cookies can be withdrawn in the banner": consent to cookies, not to processing.
        if (right === 'objection' && /^(?:consent|permission|rescind)/i.test(m[0]) && /\b(?:consent|permission)\w*\s+(?:to|for)\s+(?:(?:the\s+)?(?:use|placement|setting|storage)\s+of\s+)?(?:(?:our|the|all|these|such|any)\s+)?cookies?\b/i.test(text)) continue;
        // "We restrict the use of customer data to our staff": the company limiting itself, unless asked.
        // The company doing it of its own accord: "We limit the sharing of your information to our providers",
        // "We may keep a copy of the information you submit", "We unsubscribe users whose e-mails bounce".
        const actor = right === 'complaint' ? 'unknown' : actorAt(text, m.index);
        // "The account administrator can delete your account": someone else's doing.
        if (actor === 'other') continue;
        const clause = clauseAt(text, m.index);
        const companyActs = actor === 'company' || /\bwe\s+(?:\w+\s+){0,3}$/i.test(text.slice(clause.start, m.index));
        if (right !== 'complaint' && companyActs && !READER_NEAR.test(text.slice(Math.max(0, m.index - 40), m.index))) {
          const window = text.slice(Math.max(0, clause.start - 40), Math.max(clause.end, m.index + m[0].length));
          // "We may delete your account if you break these rules", "we reserve the right to": the company's power.
          if (COMPANY_POWER.test(window)) continue;
          // "we provide a way to opt out of these mailings": the company offers the reader the choice.
          const asked = READER_ASKS.test(window) || GIVEN_TO_READER.test(window)
            || ((right === 'opt-out-marketing' || right === 'objection') && OFFERED_BEFORE.test(text.slice(Math.max(0, m.index - 80), m.index)));
          if (!asked && (right === 'access' || !/\byou\b/i.test(text.slice(clause.start, clause.end)))) continue;
          // "We strive to limit use of the information you provide to offers you would like": the company limits itself
          // ("you" elsewhere in the clause is not the reader asking).
          if (!asked && right === 'objection' && /\bwe\s+(?:\w+\s+){0,3}$/i.test(text.slice(clause.start, m.index))) continue;
        }
        // "opt out of our sharing your data with third parties for their marketing": a choice about disclosure
        // (objection), not about the marketing the reader receives.
        if (right === 'opt-out-marketing' && THEIR_MARKETING.test(m[0]) && !RECEIVING.test(m[0])) continue;
        // "If you do not want us to share your data, please do not use the site": leaving is not a choice offered.
        if ((right === 'objection' || right === 'opt-out-marketing') && STAY_AWAY_AFTER.test(text.slice(m.index + m[0].length, m.index + m[0].length + 120))) continue;
        // "This policy explains ... how you can limit our sharing": a pointer to the choice, not the choice.
        if ((right === 'objection' || right === 'opt-out-marketing') && EXPLAINS_HOW_BEFORE.test(text.slice(Math.max(0, m.index - 200), m.index))) continue;
        // "bound by confidentiality agreements limiting the use of such information": the company's safeguard.
        if (right === 'objection' && SAFEGUARD_BEFORE.test(text.slice(Math.max(0, m.index - 40), m.index))) continue;
        // "opt out of interest-based ads by NAI member companies at networkadvertising.org": the ad industry's opt-out
        // (named in the opt-out's own clause; another clause's opt-out of our e-mails stands).
        if ((right === 'objection' || right === 'opt-out-marketing') && AD_INDUSTRY_OPT_OUT.test(text.slice(clauseAt(text, m.index).start, clauseAt(text, m.index).end))) continue;
        // "whether we hold your data" is access when the reader is told or asks.
        if (right === 'access' && /\bwhether\b/i.test(m[0]) && !ASKED_OR_TOLD.test(text.slice(Math.max(0, m.index - 60), m.index + m[0].length))) continue;
        // Freedom of Information requests reach public records, not the reader's own data.
        if (right === 'access' && /\bfreedom\s+of\s+information\b/i.test(text)) continue;
        // A complaint is the reader's: "We investigate complaints and report them to the authority" is not.
        // (An outside dispute resolution programme or provider named is the complaint channel itself.)
        if (right === 'complaint' && !COMPLAINANT.test(text) && !(/\bresolution\b|\brecourse\b/i.test(m[0]) && OUTSIDE_RESOLUTION.test(text))) continue;
        // "you may choose not to disclose your age": the reader keeping data back, unless from third parties.
        // (Third parties may come first: "when your details might go to partners, you can choose not to share them".)
        if (right === 'objection' && /\bnot\s+to\s+(?:share|disclose|provide)\b/i.test(m[0]) && !THIRD_PARTIES.test(text.slice(Math.max(0, m.index - 120), m.index + m[0].length + 80))) continue;
        add(right);
        break;
        }
      }
      // "You can ask us for: - Access to the personal data we hold": the item takes the reader's agency from its lead-in.
      if (!found.has('access') && segment.kind !== 'heading' && LIST_ITEM_ACCESS.test(text) && !isNegatedAt(text, 0) && leadInsOf(doc, i).some((lead) => LEAD_IN_AGENCY.test(lead.text))) add('access');
      // "Should you notice any mistakes, let us know": correction when the reader's data is named here or just before.
      if (!found.has('correction') && errorHint!(i)) {
        const m = READER_REPORTS_ERRORS.exec(text);
        if (m && !isNegatedAt(text, m.index) && (holdsReadersData(text) || (i > 0 && doc.segments.at(i - 1).block === segment.block && holdsReadersData(doc.segments.at(i - 1).text)))) add('correction');
      }
      // Nouns name only the rights of the verbs (NOUN_RIGHT): nothing to add once they are found.
      const nounsDone = VERB_BLOCK_RIGHTS.every((r) => found.has(r));
      if (!nounsDone && may('RIGHTS_NOUN_LIST', i) && lower.includes('right')) {
        for (const m of matchAll(RIGHTS_NOUN_LIST, text)) {
          if (isNegatedAt(text, m.index) || /\bfreedom\s+of\s+information\b/i.test(text)) continue;
          // "We reserve the right to access, read and disclose any information": the company's right.
          if (COMPANY_RIGHT.test(text.slice(Math.max(0, m.index - 30), m.index + m[0].length))) continue;
          for (const [re, right] of NOUN_RIGHT) if (re.test(m[1] ?? '')) add(right);
        }
      }

      // "You may request access, correction, or deletion of your personal information": nouns after a request.
      if (!nounsDone && requestHint!(i) && may('REQUEST_NOUN_LIST', i)) {
        for (const m of matchAll(REQUEST_NOUN_LIST, text)) {
          if (isNegatedAt(text, m.index)) continue;
          // "We may request deletion of the data from our partners": the company's request, not the reader's.
          const actor = actorAt(text, m.index);
          if (actor === 'company' || actor === 'other') continue;
          // The reader asks: "you may request", "to request", "please request"; not "our auditors may request".
          if (actor !== 'reader' && !/\b(?:to|please|you|your)\s+(?:\w+\s+){0,3}$/i.test(text.slice(Math.max(0, m.index - 40), m.index))) continue;
          for (const [re, right] of NOUN_RIGHT) if (re.test(m[1] ?? '')) add(right);
        }
      }

      // The verbs below name only these rights: nothing to add once they are found.
      if (VERB_BLOCK_RIGHTS.every((r) => found.has(r)) || !verbHint!(i)) continue;
      // Verbs first (rare), then the costlier checks that the reader is the one acting.
      const candidates: UserRight[] = [];
      // The company giving the reader the means ("we provide a way to update") is agency enough.
      let givenMeans = false;
      // "To unsubscribe, log in and access your profile": verbs of the main clause serve the opt-out
      // (those inside the purpose clause stand: "If you wish to opt out or update your details, write to us").
      // (Read when a verb chain is found: most sentences have none.)
      let purposeEnd: number | undefined;
      if (may('VERB_CHAIN', i)) for (const m of matchAll(VERB_CHAIN, text)) {
        if (isNegatedAt(text, m.index) || actorAt(text, m.index) === 'other') continue;
        const before = text.slice(Math.max(0, m.index - 30), m.index);
        // "loss of access details", "the view of your profile": a noun, not the reader's verb
        // (a gerund stays a verb: "the possibility of accessing or deleting your data").
        if (NOUN_BEFORE.test(before) && !/^\w+ing\b/i.test(m[0])) continue;
        // "your password permits access to your personal information": "access to" is the noun; the reader having or
        // being given it is read by NAMED_RIGHTS ("you have access to", "we give you access to").
        if (/^access\s+to\b/i.test(m[0])) continue;
        // "Only authorised individuals are allowed to access your information": staff, not the reader.
        if (STAFF_BEFORE.test(text.slice(Math.max(0, m.index - 80, clauseAt(text, m.index).start), m.index))) continue;
        // "If you opt out, you will still be able to access your account": what stays possible, not a right offered.
        if (STILL_BEFORE.test(before)) continue;
        // "you will be asked to review the information before we share it": the company's step, not a right offered.
        if (/\b(?:be|are|is|being|get)\s+(?:asked|required|prompted|invited)\s+to\s+$/i.test(before)) continue;
        // 'navigate to the "Edit my profile" page': the name of a page or button, not the reader's verb.
        if (/["“]$/.test(before) && /^["”]/.test(text.slice(m.index + m[0].length, m.index + m[0].length + 1))) continue;
        // "Other users, who may view your profile": someone else's doing.
        if (OTHERS_WHO.test(text.slice(Math.max(0, m.index - 100), m.index))) continue;
        // "Other members may be able to view your profile": people named as users acting on the reader's ("your") data.
        if (/\byour\b/i.test(m[0]) && USERS_ACTING.test(text.slice(clauseAt(text, m.index).start, m.index))) continue;
        // "We reserve the right to remove your information": the company's right, whoever the sentence names.
        // (Within the verb's own clause: "We reserve the right to remove posts; you can correct your profile information".)
        if (COMPANY_RIGHT.test(text.slice(Math.max(0, m.index - 60, clauseAt(text, m.index).start), m.index))) continue;
        // "To unsubscribe, access your profile", "opt out by updating your profile": the means of an opt-out.
        purposeEnd ??= purposeEndOf(text);
        if ((purposeEnd >= 0 && m.index > purposeEnd) || (/\bby\s+$/i.test(before) && OPT_OUT_EXPR.test(text.slice(0, m.index)))) continue;
        // "we provide a way to update your information": the company gives the reader the means.
        const enabled = ENABLED_BEFORE.test(text.slice(Math.max(0, m.index - 80), m.index));
        // "questions about how we access your data": the company acts, unless the reader asks it to.
        if (!enabled && COMPANY_SUBJECT_BEFORE.test(before)) {
          const clause = clauseAt(text, m.index);
          if (COMPANY_POWER.test(text.slice(Math.max(0, clause.start - 40), clause.end))) continue;
          if (!READER_REQUESTS.test(text.slice(Math.max(0, clause.start - 40), clause.end))) continue;
        }
        // "we obtain certain types of information" in a sentence that elsewhere says "you may".
        if (!enabled && actorAt(text, m.index) === 'company') {
          // "we will delete your data at your request", "On request, we will remove your data": asked by the reader.
          const clause = clauseAt(text, m.index);
          const window = text.slice(Math.max(0, clause.start - 40), clause.end);
          // "We reserve the right to remove your information": the company's power, not the reader's asking.
          // "We will always request your permission before looking at the data": the company asking, not the reader.
          if (COMPANY_POWER.test(window) || !READER_ASKS.test(window.replace(COMPANY_ASKS, ' '))) continue;
        }
        // "obtain information at www...", "access information posted by other users": not the reader's data.
        const after = text.slice(m.index + m[0].length, m.index + m[0].length + 40);
        // "correct or delete information that is inaccurate": only the reader's own records can be wrong about them.
        // "We keep your card details on file, and you can change or delete the information": the reader's data named before.
        const namedBefore = BARE_DATA_OBJECT.test(m[0]) && !ELSEWHERE_AFTER.test(after) && READERS_DATA_BEFORE.test(text.slice(0, m.index));
        if (!READERS_DATA.test(m[0]) && !ABOUT_THE_READER.test(after) && !SUCH_AS_YOURS.test(after) && !FOUND_WRONG.test(after) && !namedBefore) continue;
        // Object words never start like a right's verb, so the whole match can be read.
        const verbRights = rightsOfVerbs(m[0]);
        if (enabled) givenMeans = true;
        // "remove your e-mail address from our mailing list" is leaving a list, not deletion.
        const offAList = OFF_A_LIST.test(text.slice(m.index + m[0].length, m.index + m[0].length + 120)) || FROM_THEIR_RECORDS.test(text.slice(m.index + m[0].length, m.index + m[0].length + 80));
        // "When exporting such information to a social network, you may be disclosing it": a disclosure, not portability.
        const sharedOut = verbRights.includes('portability') && SHARED_OUT.test(text);
        // "update your details by signing in and accessing your profile", "we require you to log in to access your
        // account": access as the means of another right or as the company's condition, not an access right.
        const accessAsMeans = MEANS_OR_CONDITION_BEFORE.test(text.slice(Math.max(0, m.index - 100), m.index))
          // "allow us to access your profile", "decide who can see your information": someone else's access.
          || OTHERS_GET_ACCESS_BEFORE.test(text.slice(Math.max(0, m.index - 80), m.index));
        // "removing your e-mail address" where the paragraph is about a mailing list: leaving the list, not deletion.
        const offTheList = offAList || (BARE_EMAIL_OBJECT.test(m[0]) && listInParagraph(doc, i, text));
        // "limit the personal data you provide": the reader giving less, not limiting our use.
        const givingLess = verbRights.includes('objection') && /^limit/i.test(m[0]) && YOU_PROVIDE_AHEAD.test(after);
        // "this policy explains ... how you can limit our sharing of your data": a pointer to the choice.
        const explained = verbRights.includes('objection') && EXPLAINS_HOW_BEFORE.test(text.slice(Math.max(0, m.index - 200), m.index));
        candidates.push(...verbRights.filter((r) => (r !== 'deletion' || !offTheList) && (r !== 'portability' || !sharedOut) && (r !== 'access' || !accessAsMeans) && (r !== 'objection' || (!givingLess && !explained))));
      }
      if (may('VERB_LIST_PRONOUN', i) && (lower.includes(' it') || lower.includes(' them')) && !lower.includes('cookie')) {
        for (const m of matchAll(VERB_LIST_PRONOUN, text)) {
          if (!isNegatedAt(text, m.index)) candidates.push(...rightsOfVerbs(m[0]));
        }
      }
      if (may('ASK_US_TO', i)) for (const m of matchAll(ASK_US_TO, text)) {
        // "Your friend may contact us to request that we remove this information": someone else asks.
        if (isNegatedAt(text, m.index) || actorAt(text, m.index) === 'other') continue;
        const verb = m[0].replace(/^(?:would\s+)?\S+\s+(?:that\s+|for\s+)?(?:we|us|the\s+company)\s+(?:to\s+)?/i, '');
        const rest = text.slice(m.index + m[0].length, m.index + m[0].length + 120);
        // "ask us to send you a copy of our newsletter": access only to the reader's data.
        if (/^(?:disclose|provide|give|send)$/i.test(verb) && !ASKED_FOR_READERS_DATA.test(rest)) continue;
        if (/^(?:delete|erase|remove)$/i.test(verb) && OFF_A_LIST.test(rest)) continue;
        // "where this requires us to transfer your data outside the EEA": a transfer abroad, not the reader's data moved on.
        if (/^(?:transfer|port)$/i.test(verb) && (!TO_ANOTHER_AHEAD.test(rest) || ABROAD_AHEAD.test(rest))) continue;
        candidates.push(...rightsOfVerbs(verb));
        // "ask us to correct any mistakes and delete any excessive information": the verbs joined to the first.
        const joined = JOINED_VERB.exec(rest);
        if (joined && !(/^(?:delete|erase|remove)$/i.test(joined[1]!) && OFF_A_LIST.test(rest.slice(joined.index + joined[0].length)))) candidates.push(...rightsOfVerbs(joined[1]!));
      }
      if (may('RIGHT_FOR_DATA_TO_BE', i)) for (const m of matchAll(RIGHT_FOR_DATA_TO_BE, text)) {
        const participles = (m[1] ?? '').match(/\b(?:corrected|updated|amended|rectified|deleted|erased|removed)\b/gi) ?? [];
        for (const p of participles) candidates.push(...rightsOfVerbs(p));
      }
      // "you are entitled to request that any data we collect from you be corrected, deleted or blocked".
      if (may('REQUEST_THAT_DATA_BE', i)) for (const m of matchAll(REQUEST_THAT_DATA_BE, text)) {
        if (isNegatedAt(text, m.index) || actorAt(text, m.index) === 'other' || !DATA_WORD.test(m[0])) continue;
        // "... be removed from their database" (someone else's), "... from our mailing list" (leaving a list).
        const rest = text.slice(m.index + m[0].length, m.index + m[0].length + 120);
        if (FROM_THEIR_RECORDS.test(rest)) continue;
        candidates.push(...rightsOfVerbs(m[1] ?? '').filter((r) => (r !== 'deletion' || !OFF_A_LIST.test(rest)) && (r !== 'portability' || !ABROAD_AHEAD.test(rest))));
      }
      if (may('HAVE_DONE', i)) for (const m of matchAll(HAVE_DONE, text)) {
        if (isNegatedAt(text, m.index)) continue;
        // "want your name removed from the club's list": leaving a list, not deletion.
        const offList = OFF_A_LIST.test(text.slice(m.index + m[0].length, m.index + m[0].length + 120));
        // "have the information provided to our sponsors": handed to someone else, not to the reader.
        const toOthers = /^\s*to\s+(?!you\b|yourself\b)/i.test(text.slice(m.index + m[0].length, m.index + m[0].length + 20));
        candidates.push(...rightsOfVerbs(m[1] ?? '').filter((r) => (r !== 'deletion' || !offList) && (r !== 'access' || !toOthers)));
      }
      // (Tried only where a passive and the reader or a settings page are named: it would cost on every sentence.)
      if (may('PASSIVE_BY_READER', i) && lower.includes(' be ') && (lower.includes(' by you') || lower.includes('setting') || lower.includes('account') || lower.includes('profile') || lower.includes('request'))) {
        // (The reader's own settings page, or the reader's request, is the reader acting.)
        for (const m of matchAll(PASSIVE_BY_READER, text)) if (!isNegatedAt(text, m.index)) { candidates.push(...rightsOfVerbs(m[1] ?? '')); givenMeans = true; }
      }
      // "challenge the accuracy of their records and have them corrected": the pronoun needs the data named nearby.
      if (may('HAVE_IT_DONE', i) && !lower.includes('cookie') && DATA_WORD.test(text)) {
        for (const m of matchAll(HAVE_IT_DONE, text)) {
          // "would like it removed from our mailing list": leaving a list, not deletion.
          if (isNegatedAt(text, m.index)) continue;
          const offList = OFF_A_LIST.test(text.slice(m.index + m[0].length, m.index + m[0].length + 120));
          candidates.push(...rightsOfVerbs(m[1] ?? '').filter((r) => r !== 'deletion' || !offList));
        }
      }
      if (!candidates.some((r) => !found.has(r)) || OBLIGATION.test(text)) continue;
      // A list item takes the reader's agency from its lead-in: "You have a right to: - Access the data we hold".
      if (givenMeans || USER_AGENCY.test(text) || leadInsOf(doc, i).some((lead) => LEAD_IN_AGENCY.test(lead.text))) candidates.forEach(add);
    }
    const value = ORDER.filter((r) => found.has(r));
    return { value, evidence: value.map((r) => found.get(r)!) };
  },
};
