/**
 * What a sentence must hold before the learned item model (../learned/) may read an item from it. The model
 * weighs words without their order, so it cannot tell "we share with our service providers" from "we do not
 * use service providers", nor a sentence about safeguards from one about a vendor: it only reads sentences
 * that state something (no negation) and name the item's own subject (a word of the item below).
 * Words from the labelled training sentences (tests/fixtures/policy-labels-training).
 */

import type { LearnedItem } from '../learned/item-model-format';
import { SHARE_VERB } from './sharing';

/** A negation anywhere in the sentence (the rules read negated sentences clause by clause; the model does not). */
export const LEARNED_NEGATION = /\b(?:not|never|no|none|neither|nor|cannot|without|except|unless)\b|n[’']t\b/;

/**
 * Per item, the starts of the words LEARNED_ITEM_WORDS begins its alternatives with, for the document's
 * keyword index (../facts/context.ts; the lists of the items scored are joined by ../learned/item-keywords.ts): a
 * sentence with none of them is not scored at all.
 * Keep the two in step: a word missing here would never be read.
 */
export const LEARNED_ITEM_KEYWORDS: Readonly<Record<LearnedItem, readonly string[]>> = {
  'r:access': ['access', 'copy', 'copies', 'view', 'review', 'obtain', 'inspect', 'see'],
  'r:correction': ['correct', 'updat', 'amend', 'rectif', 'edit', 'chang', 'modif', 'inaccura', 'incomplete', 'accura'],
  'r:deletion': ['delet', 'eras', 'remov', 'destroy', 'forgot'],
  'r:portability': ['portab', 'machine', 'structured', 'export', 'transmit', 'another'],
  'r:objection': ['object', 'restrict', 'withdraw', 'limit', 'revoke', 'opt', 'stop'],
  'r:opt-out-marketing': ['unsubscrib', 'opt', 'marketing', 'newsletter', 'promotion', 'mailing', 'offers'],
  'r:complaint': ['complain', 'lodge', 'supervisory', 'authority', 'regulator', 'commissioner', 'truste', 'bbb', 'jams', 'ombudsman', 'dispute'],
  's:service-providers': ['provider', 'vendor', 'contractor', 'agent', 'supplier', 'processor', 'third', 'compan', 'organi', 'behalf', 'perform', 'service', 'outside', 'consultant', 'partner'],
  's:advertisers': ['adverti'],
  's:affiliates': ['affiliat', 'subsidiar', 'parent', 'group', 'family', 'sister', 'related', 'common'],
  's:legal': ['law', 'legal', 'subpoena', 'court', 'police', 'government', 'authorit', 'warrant', 'regulat', 'judicial'],
  's:business-transfer': ['merge', 'acqui', 'sale', 'sold', 'sell', 'bankrupt', 'reorgani', 'successor', 'buyer', 'purchaser', 'divest', 'transfer', 'assets'],
  's:aggregate': ['aggregat', 'anonym', 'deidentif', 'identif', 'statistic', 'non', 'nonpersonal', 'personally', 'demographic'],
  's:consent': ['consent', 'permission', 'authori', 'direct', 'opt', 'agree', 'choose', 'request'],
};

/** Per item, a word the sentence must contain (lower-cased text). */
export const LEARNED_ITEM_WORDS: Readonly<Record<LearnedItem, RegExp>> = {
  'r:access': /\b(?:access|copy|copies|view|review|obtain|inspect|see)/,
  'r:correction': /\b(?:correct|updat|amend|rectif|edit|chang|modif|inaccura|incomplete|accura)/,
  'r:deletion': /\b(?:delet|eras|remov|destroy|forgot)/,
  'r:portability': /\b(?:portab|machine[- ]readable|structured|export|transmit|another (?:controller|service|provider))/,
  'r:objection': /\b(?:object|restrict|withdraw|limit|revoke|opt[- ]?out|stop)/,
  'r:opt-out-marketing': /\b(?:unsubscrib|opt[- ]?out|marketing|newsletter|promotion|mailing|offers)/,
  'r:complaint': /\b(?:complain|lodge|supervisory|authority|regulator|commissioner|truste|bbb|jams|ombudsman|dispute)/,
  's:service-providers': /\b(?:provider|vendor|contractor|agent|supplier|processor|third[- ]part|compan|organi[sz]ation|on (?:our|its) behalf|perform|services? (?:of|from)|outside|consultant|partner)/,
  's:advertisers': /\badverti/,
  's:affiliates': /\b(?:affiliat|subsidiar|parent|group|family|sister|related compan|common (?:control|ownership))/,
  's:legal': /\b(?:law|legal|subpoena|court|police|government|authorit|warrant|regulat|judicial)/,
  's:business-transfer': /\b(?:merge|acqui|sale|sold|sell|bankrupt|reorgani|successor|buyer|purchaser|divest|transfer of (?:our|all|some|the)|assets)/,
  's:aggregate': /\b(?:aggregat|anonym|de-?identif|statistic|non-?personal|not personally|demographic)/,
  's:consent': /\b(?:consent|permission|authori[sz]|direct|opt[- ]?in|agree|choose|request)/,
};

/**
 * A sharing item needs data changing hands in its sentence or its lead-in: a hand-over verb of the rules
 * (SHARE_VERB) or the company engaging someone ("we use a payment processor", "agents who work for us").
 */
export const LEARNED_HAND_OVER = new RegExp(`${SHARE_VERB.source}|\\b(?:use[sd]?|using|engag\\w*|employ\\w*|hire[sd]?|retain\\w*|contract\\w*|rel(?:y|ies|ied)\\s+on|work(?:s|ing)?\\s+(?:with|for|on)|acts?\\s+(?:for|on)|on\\s+(?:our|its)\\s+behalf)\\b`, 'i');
