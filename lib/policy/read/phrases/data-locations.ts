/**
 * Data only: what makes a country mention a data location. Used by ../facts/data-locations.ts.
 * Convention: countries named as storage or processing places, or as transfer destinations;
 * not where data comes from ("from the EEA", "residents of the EU", "outside Switzerland"),
 * and not a company address alone.
 */

/** Cheap pre-filter (word beginnings): the segment must contain one of these. */
export const LOCATION_KEYWORDS = [
  'stor', 'process', 'host', 'transfer', 'locat', 'maintain', 'hous', 'kept', 'keep', 'held', 'server', 'data cent',
  'datacent', 'resid', 'transmit', 'move', 'export', 'sent', 'cloud', 'infrastructure', 'facilit',
] as const;

/** Cheap pre-filter for DATA_NOUN. */
export const DATA_KEYWORDS = [
  'data', 'information', 'server', 'database', 'record', 'content', 'file', 'backup', 'infrastructure', 'cloud', 'processor',
  'subprocessor', 'sub-processor', 'service provider', 'hosting provider',
] as const;

/** The clause must speak of storing, processing, hosting or transferring. */
export const LOCATION_VERB =
  /\b(?:stor(?:e|es|ed|ing|age)|process(?:es|ed|ing)?|host(?:s|ed|ing)?|transfer(?:s|red|ring)?|located|location|maintain(?:s|ed)?|hous(?:e|es|ed)|kept|keep|held|servers?|data\s*cent(?:er|re)s?|reside(?:s)?|transmit(?:s|ted)?|moved?|export(?:s|ed)?|sent|cloud|infrastructure|facilities)\b/i;

/** ...and of data (not "data controller", "data protection", "data subjects"). */
export const DATA_NOUN =
  /\b(?:(?:personal\s+)?(?:data|information)(?!\s+(?:controller|protection|subjects?|processor|privacy|security laws))|servers?|data\s*cent(?:er|re)s?|databases?|records|content|files|backups?|infrastructure|cloud|(?:sub-?)?processors?|service\s+providers?|hosting\s+providers?)\b/i;

/** Legal-scope descriptions and hypotheticals that name places without saying data goes there. */
export const NOT_A_LOCATION_CLAUSE =
  /\b(?:regardless of whether|whether or not|or not\b|established in|establishment|governed by|governing law|jurisdiction of|courts? of|laws? of|arbitration|dispute|headquarter\w*|incorporated|registered (?:office|in|under)|company (?:is )?(?:based|located)|offices? (?:is |are )?(?:located|based) in)\b/i;

/** What may stand right before a country for it to be a destination ("in", "to", "located in the", "within, or sent to, the"). */
export const DESTINATION_BEFORE =
  /\b(?:in|to|into|within|inside|at|on|including|include|includes|throughout|across|between|such as|namely|like|e\.g\.,?|i\.e\.,?)(?:\s*,)?\s+(?:the\s+)?(?:(?:state|city|region|republic|kingdom|commonwealth) of\s+(?:the\s+)?)?$/i;

/**
 * People (or the company itself) "in" a country: an origin or an address, not a destination
 * ("individuals in the EU", "if you are located in the EEA", "our offices in London", "requests sent from within the EU").
 */
export const ORIGIN_BEFORE =
  /\b(?:persons|people|individuals|users|visitors|customers|consumers|residents|citizens|subjects|children|you|those|anyone|someone|individual|user|visitor|customer|consumer|resident|citizen|we are|company is|offices?|headquarters|incorporated|registered|operating|visiting|living|residing|reside|live|originating|originate[sd]?|coming|collected|obtained|received)\s+(?:\w+\s+){0,3}?(?:in|within|of|from)\s+(?:the\s+)?$|\bfrom\s+(?:within|inside|outside)\s+(?:the\s+)?$/i;

/** A comparison of protection levels, not a place data goes: "not the same protection as is granted in countries within the EU". */
export const COMPARISON_BEFORE =
  /(?<!\b(?:well|such|just)\s)\b(?:as|than)\s+(?:(?:is|are)\s+)?(?:(?:granted|provided|offered|afforded|available|given|required)\s+)?(?:in|within|by|under)\s+(?:(?:countries|jurisdictions|states|member\s+states)\s+(?:in|within|of)\s+)?(?:the\s+)?$/i;

/** A transfer framework named after places ("EU-U.S. Privacy Shield", "U.S.-Swiss Safe Harbor") names no place data goes. */
const REGION = '(?:EU|E\\.U\\.|EEA|European\\s+Union|Swiss|Switzerland|UK|U\\.K\\.|U\\.S\\.?|US|USA|United\\s+States)';
const REGION_PAIR = `${REGION}(?:\\s*[-–—/]\\s*${REGION})+`;
export const FRAMEWORK_NAME = new RegExp(
  `\\b${REGION_PAIR}(?:\\s*(?:,|and|or|&)\\s*${REGION_PAIR})*\\s+(?:Privacy\\s+Shield|Safe\\s+Harbou?r|Data\\s+Privacy\\s+Framework|Data\\s+Bridge)\\b`,
  'gi',
);

/** Country + these words is a destination too ("U.S.-based servers", "EU data centers"). */
export const DESTINATION_AFTER = /^(?:[-\s]based)?\s*(?:servers?|data\s*cent(?:er|re)s?|hosting|cloud|region|facilities|infrastructure)\b/i;

/** Words allowed between items of one list ("Singapore, the United States, Canada and other countries"). */
export const LIST_GLUE = /^(?:\s*(?:,|and\/or|and|or|&|as well as|the|\/)\s*)+$/i;

/** A storage or transfer verb just before the place: a destination even after "residents" ("EU residents is stored in"). */
export const STORED_IN_BEFORE =
  /\b(?:stor(?:e|es|ed|ing)|process(?:es|ed|ing)?|host(?:s|ed|ing)?|transferr(?:ed|ing)|transfers?|kept|held|maintain(?:s|ed)?|hous(?:es|ed))\s+(?:\w+\s+)?(?:in|within|to|into)\s+(?:the\s+)?$/i;
