/**
 * Data only: to whom a policy says the company itself discloses data. Used by ../facts/sharing.ts.
 * Conventions: third parties collecting through their own cookies is not sharing; internal use
 * of aggregates is not sharing (an explicit share / disclose / provide verb is required).
 */

import type { SharingCategory } from '../../types';

/** Cheap pre-filter for segments worth reading. */
export const SHARING_KEYWORDS = [
  'shar', 'disclos', 'provide', 'transfer', 'releas', 'available', 'give', 'pass', 'furnish', 'distribut',
  'publish', 'disseminat', 'access to', 'sell', 'rent', 'supply', 'report', 'divulg', 'exchang', 'use of', 'merger', 'acqui',
  'consent', 'permission', 'affiliat', 'subsidiar', 'group of compan', 'group compan', 'family of', 'sister compan', 'related compan', 'related bodies', 'corporate group', 'ownership', 'sold to', 'reorgani', 'marketing partner', 'marketer', 'sponsor', 'whose product', 'may interest', 'interest to', 'law', 'court', 'subpoena', 'service provider',
  'vendor', 'advertis', 'aggregat', 'anonymi', 'statistic', 'authori', 'third part', 'partner', 'hire', 'engage',
  'behalf', 'contractor', 'processor', 'supplier', 'merg', 'bankrupt', 'successor', 'govern', 'enforce', 'legal',
  'direct us', 'ask', 'tell us', 'request', 'instruct', 'entrust', 'associated', 'sent', 'send', 'forward', 'outsourc', 'transmit', 'hosted', 'stored', 'receiv', 'reveal', 'gateway',
] as const;

/**
 * Verbs of the company handing data to someone (the words between may be quoted: provide
 * "aggregated" statistics to ...). Nouns that look like verbs are left out ("distributor
 * websites", "publishers", "Securities and Exchange Commission"). "provide ... to" does not run
 * over a passive main verb ("the information you provide may be shared with").
 */
export const SHARE_VERB =
  /\b(?:shar(?:e|es|ed|ing)|disclos(?:e|es|ed|ing|ure|ures)|provid(?:e|es|ed|ing)\s+(?!by\s|herein\b|above\b|below\b|hereunder\b)(?:(?!(?:be|been|shar\w*|disclos\w*)\s)[\w’'"“”-]+,?\s+){0,12}?(?:to|with)|provid(?:e|es|ed|ing)\s+(?:your|any|such)\s+(?:personal(?:ly)?\s+(?:identifiable\s+)?)?(?:information|data)\s+without|transfer(?:s|red|ring)?|releas(?:e|es|ed|ing)(?!\s+(?:dates?|notes?|versions?|candidates?)\b)|mak(?:e|es|ing)\s+(?:[\w’'"“”-]+\s+){0,10}?available|(?:is|are|be|been|was|were)\s+(?:also\s+|only\s+)?(?:made\s+)?available\s+to|giv(?:e|es|en|ing)\s+(?:[\w’'"“”-]+,?\s+){0,8}?(?:to|access)|giv(?:e|es|en|ing)\s+(?:(?:our|the|its|certain|selected|some)\s+)?(?:[\w-]+\s+)?(?:advertisers|sponsors|partners|affiliates|vendors|third[- ]parties|companies)\b|pass(?:es|ed|ing)?\s+(?:[\w’'"“”-]+\s+){0,4}?(?:on|onto|to|along)|furnish\w*|divulg(?:e|es|ed|ing)|reveal(?:s|ed)?\s+(?:(?:your|any|such|the|this|that|all|personal(?:ly)?|identifiable|user|customer|member|of\s+your)\s+){0,4}(?:information|data|details)\b|(?:allow|allows|permit|permits)\s+(?:(?:carefully|other|certain|selected|select|chosen|trusted|reputable|some|our|its|outside)\s+){0,3}(?:third[- ]part(?:y|ies)|compan(?:y|ies)|organi[sz]ations|businesses|partners)\b[^.;]{0,60}?\bto(?=\s+(?:use|access|contact)\b)|transmit(?:s|ted|ting)?|(?:go|goes|went)\s+(?:straight\s+|directly\s+|only\s+)?to|forward(?:s|ed|ing)?\s+(?:[\w’'"“”-]+,?\s+){0,12}?to|sen(?:d|ds|t|ding)\s+(?:[\w’'"“”-]+\s+){0,3}?to|distribut(?:e|es|ed|ing)\b|distribution\s+of\b|disseminat(?:e|es|ed|ing|ion)\b|publish(?:e[sd]|ing)?\b|rent(?:s|ed|ing)?|(?:have|has|get|gain|grant|allow)\s+(?:\w+\s+){0,2}?access|access to|supply|supplie[sd]|report\w*\s+(?:[\w’'"“”-]+\s+){0,4}?to\s+(?:(?:potential|prospective|current|existing)\s+)?(?:our|third|other|the|advertis\w*|partner\w*|outside|sponsor\w*)|exchang\w+(?!\s+(?:Commission|Act|rates?)\b)|use of (?:your |such |the |any )?(?:personal |personally identifiable )?(?:information|data) by|communicat\w+ (?:\w+ ){0,3}to (?:third|our|other))\b/i;

/** A lead-in or heading that puts the list under it in a sharing context. */
export const SHARING_HEADING = /\b(?:shar(?:e|ing)|disclos\w+|third[- ]part(?:y|ies)|recipients?|transfers?|who (?:we|do we) (?:give|share))\b/i;

export interface SharingPattern {
  readonly category: SharingCategory;
  readonly pattern: RegExp;
  /** Word beginnings (lower-case), one of which must be in the sentence before `pattern` is tried (speed). */
  readonly hints: readonly string[];
  /**
   * Common words that stand as hints only with a short pattern around them (tested on the sentence): for alternatives whose
   * other words cannot be indexed ("ad partners": 'ad' is too short) or whose word shares its first four letters with
   * everyday words ('control' with 'contact').
   */
  readonly pairedHints?: { readonly words: readonly string[]; readonly pattern: RegExp };
  /** Also counted when only the heading (not the sentence) speaks of sharing. */
  readonly headingContext: boolean;
}

/** One entry per category; checked in segments with a sharing verb (or under a sharing lead-in). */
export const SHARING_PATTERNS: readonly SharingPattern[] = [
  {
    category: 'service-providers',
    hints: ['provider', 'firm', 'vendor', 'contractor', 'supplier', 'processor', 'behalf', 'hire', 'engage', 'employ', 'retain', 'perform', 'function', 'handle', 'hosting', 'payment', 'compan', 'parties', 'partner', 'businesses', 'entities', 'organi', 'individuals', 'persons', 'contract', 'whose', 'psp', 'third part', 'process', 'entrust', 'outsourc', 'courier', 'carrier', 'shipping', 'delivery', 'freight', 'postal', 'card', 'issuer', 'gateway', 'appoint'],
    // 'act' passed every "action" and "activity": only in "act for us".
    pairedHints: { words: ['act', 'acts', 'acting'], pattern: /\bact(?:s|ing)?\s+for\s+us\b/i },
    headingContext: true,
    // "carriers?(?<=...)": the look back follows the word it is about; written first, it ran its 80 characters back at every position.
    pattern:
      /\b(?:(?:third[- ]party\s+|outside\s+|external\s+|trusted\s+)?(?:business\s+)?services?\s+providers?|(?:third[- ]party\s+|outside\s+|external\s+)?(?:vendors?|contractors?|suppliers?|subcontractors?|sub-?processors?|(?:data\s+)?processors)(?![’']s\b)|(?:hosting|payments?|cloud|e-?mail|IT|technology|technical|analytics|infrastructure|fulfil?lment|shipping|delivery|billing|support|outsourc(?:ed|ing))\s+(?:service\s+)?(?:providers?|processors?|vendors?|partners?|companies|firms)|(?:companies|firms|third[- ]parties|parties|partners|businesses|entities|organi[sz]ations|individuals|persons)\s+(?:of\s+[\w&.’'-]+\s+)?(?:(?:with|to|for|through)\s+)?(?:that|who|whom|which|we)\s+(?:[\w’'-]+\s+){0,8}?(?:perform|provide|process|help|assist|act|work|support|host|hire|engage|employ|retain|handle|fulfil|fulfill|deliver|ship|operate|run|manage)\w*|on (?:our|its) behalf|(?:work|act|perform\w*|operat\w*)\s+(?:[\w’'-]+\s+){0,2}?on\s+behalf\s+of|(?:partners|part(?:y|ies)|businesses|persons|companies)\s+(?:[\w’'-]+\s+){0,2}?to\s+process\s+(?:it|them|(?:the|such|this|your)\s+(?:personal\s+)?(?:data|information))\s+(?:for|on behalf of)\s+us|(?:part(?:y|ies)|compan(?:y|ies)|providers?)\s+whose\s+services\s+(?:we|it)\s+(?:use|engage|retain)s?|third[- ]part(?:y|ies)(?:[’']s)?\s+(?:that\s+are\s+)?(?:required|needed|necessary)\s+to\s+(?:provide|operate|run|deliver)\s+(?:our|the)\s+services?|third[- ]party\s+providers?|entrust\w*\b[^.;]{0,240}?\bto\s+(?:a|an|the|our)\s+(?:trustee|contractor|agent|processor|outsourc\w+)|(?:use|engage|hire|employ|retain)s?\s+(?:a\s+|certain\s+|other\s+|trusted\s+|several\s+|outside\s+)?(?:third[- ]part(?:y|ies)|outside\s+companies)(?:\s+(?:providers?|companies|services))?(?:\s+outside\s+(?:of\s+)?(?:[\w’'.&-]+\s+){0,4}?[\w’'.&-]+)?\s+(?:to|for)\s+(?:operate|provide|process|host|run|handle|perform|payments?|hosting|billing|our|help\s+us|assist\s+us)|payment\s+service\s+providers?|PSPs?|couriers?|(?:shipping|delivery|freight|postal)\s+(?:carriers?|companies|services)|carriers?(?<=\b(?:ship|deliver)\w*\b[^.;]{0,80}?\bcarriers?)|carriers?(?=[^.;]{0,80}?\b(?:ship|deliver)\w*)|third[- ]party\s+(?:services|tools|software)\s+(?:to|for)\s+(?:send|process|host|store|run|deliver|handle|manage|payments?|hosting|e-?mails?)|(?:hire|engage|employ|retain|use|contract with)s?\s+(?:other\s+|certain\s+|trusted\s+)?(?:third[- ]part(?:y|ies)|companies|individuals|outside parties|other companies)\s+(?:[\w’'-]+\s+){0,3}?perform|third[- ]part(?:y|ies)\s+(?:in\s+order\s+)?to\s+(?:provide|deliver|perform)\s+(?:(?:specific|certain|some|particular|various)\s+)?(?:services|functions|tasks)\b[^.;]{0,60}?\b(?:such\s+as|e\.g\.|for\s+example|including)\s+(?:[\w-]+\s+){0,3}?(?:hosting|payments?|credit\s+card|card|billing|support|fulfil?lment|shipping|delivery|processing)|business[- ]related functions|(?:compan(?:y|ies)|firms|third[- ]part(?:y|ies)|vendors|contractors|businesses|organi[sz]ations|individuals|persons|agents)\s+(?:(?:may|might|will|can|are|is|were|have|has)\s+)?(?:also\s+)?(?:be\s+|been\s+)?(?:engaged|hired|retained|employed|contracted|appointed)\s+(?:by\s+(?:us|[\w’'&.-]+(?:\s+[\w’'&.-]+)?)\s+)?to\s+(?:perform|provide|help|assist|process|handle|host|deliver|fulfil\w*|carry\s+out)|(?:credit|debit|payment|charge)[- ]card\s+(?:(?:and|or|\/)\s+(?:[\w-]+\s+){1,2}?)?(?:compan(?:y|ies)|issuers?|processors?|processing\s+compan(?:y|ies)|networks|associations|institutions)|issuers\s+of\s+(?:the\s+|your\s+)?(?:credit|debit|payment)\s+cards?|(?:card|credit)\s+issuers?|payment\s+gateways?|third[- ]party\s+mail(?:ing)?\s+houses?|(?:act|acts|acting)\s+for\s+us|partners?\s+with\s+(?:[\w’'&.-]+\s+){1,5}?to\s+(?:process|handle|host|store|manage)\s+(?:[\w-]+\s+){0,2}?(?:information|data|payments?|transactions?|orders?)|third[- ]part(?:y|ies)\s+(?:in\s+order\s+)?to\s+(?:provide|deliver|fulfil\w*)\s+(?:a|the|any)\s+(?:service|product|order)s?\s+(?:that\s+)?you\s+(?:have\s+)?(?:requested|ordered|asked\s+for))\b/i,
  },
  {
    category: 'advertisers',
    hints: ['advertis', 'ads', 'marketing', 'sponsor', 'branded', 'cobranded', 'promotion', 'marketer', 'whose', 'contact', 'communicat', 'write', 'send', 'mail', 'market', 'provid', 'tell', 'membership', 'list', 'solicitation', 'interest', 'enjoy'],
    pairedHints: { words: ['network', 'partner', 'server', 'like'], pattern: /\bad\s+(?:network|partner|server)|\byou\s+(?:\w+\s+){0,2}?like\b/i },
    headingContext: false,
    pattern:
      /\b(?:advertisers?|advertising\s+(?:(?:and|&)\s+[\w-]+\s+)?(?:partners?|networks?|companies|platforms?|providers?)|ad(?:vertising)?\s+(?:networks?|partners?|servers?\s+(?:companies|providers))|marketing\s+(?:partners?|companies|organi[sz]ations)|(?:(?:direct|joint|other|outside|third[- ]party)\s+)?marketers|(?:third[- ]parties|third[- ]party companies|partners|companies|others|other businesses)\s+for\s+(?:their|its)\s+(?:own\s+)?(?:direct\s+)?(?:marketing|advertising|promotional)|(?:their|its|such(?<!\bwhether\s+for\s+such)\s+third[- ]part(?:y|ies)(?:[’'](?:s\b)?)?)\s+(?:own\s+)?(?:direct\s+(?:mail\s+)?)?(?:marketing|advertising)\s+purposes|(?:rent|sell|exchang\w*|lend|swap)\w*\s+(?:[\w’'-]+\s+){0,3}?(?:mailing|subscriber|customer|member(?:ship)?|e-?mail|postal|donor)\s+(?:mailing\s+)?lists?\b|(?:market(?:ing)?|promot(?:e|ing)|advertis(?:e|ing))\s+their\s+(?:own\s+)?(?:[\w-]+\s+){0,2}?(?:products|services|goods|offers|offerings)\b|(?:third[- ]part(?:y|ies)|compan(?:y|ies)|organi[sz]ations|businesses|firms|partners|entities|merchants|providers)\b(?:(?!\b(?:us|our|behalf)\b)[^.;]){0,100}?\b(?:(?:be\s+)?of\s+(?:interest|value)\s+to|appeal\s+to)\s+(?:you|our\s+(?:users|customers|members|visitors|subscribers))\b|(?:third[- ]part(?:y|ies)|partners?|compan(?:y|ies)|firms|businesses|others)\s+(?:(?!(?:us|help\w*|assist\w*|behalf)\b)[\w’'-]+\s+){0,8}?(?:to|for\s+(?:the\s+purpose\s+of\s+)?(?:them\s+)?)\s*(?:serv(?:e|ing)|show(?:ing)?|deliver(?:ing)?|display(?:ing)?|target(?:ing)?|send(?:ing)?|offer(?:ing)?)\s+(?:you\s+)?(?:[\w’'-]+,?\s+){0,4}?(?:ads|advertis\w+|promotions?|promotional\s+offers|marketing)|sponsors?(?<!\b(?:equity|financial)\s+sponsors?)|co-?branded partners?|(?:organi[sz]ations|compan(?:y|ies)|third[- ]part(?:y|ies)|parties|businesses|firms|merchants|partners|others)\s+(?:in\s+)?whose\s+(?:[\w’'-]+\s+){0,2}?(?:products?|offers?|offerings?|goods|merchandise)\b[^.;]{0,60}?\b(?:interest\w*|enjoy|like|appeal\w*|relevant|useful|value)\b|(?:compan(?:y|ies)|third[- ]part(?:y|ies)|parties|businesses|organi[sz]ations|firms|others|partners)\s+(?:[\w’'-]+\s+){0,5}?(?:who|that|which|so\s+(?:that\s+)?(?:they|the\s+third[- ]parties|the\s+partners)(?:\s+(?:may|might|can|could|will))?)\s+(?:may\s+|might\s+|wish\s+to\s+|want\s+to\s+|would\s+like\s+to\s+)?(?:market|promote|advertise)\s+(?:their\s+|its\s+)?(?:[\w’'-]+\s+){0,4}?to\s+you\b|(?:third[- ]part(?:y|ies)|compan(?:y|ies)|organi[sz]ations|businesses|firms|partners|others)\b(?:(?!\bbehalf\b)[^.;]){0,80}?\b(?:to|who|that|which)\s+(?:(?:they|it)\s+)?(?:(?:may|will|might|can|would|could)\s+)?(?:(?:directly|occasionally|also)\s+)?(?:contact|communicate\s+(?:directly\s+)?with|write\s+to|send|e-?mail|market\s+to|provide|tell)\s+you\b(?:\s+with)?[^.;]{0,60}?\b(?:about|regarding|concerning|on|of|information\s+(?:about|on))\s+(?!(?:our|the\s+(?:site|services?|features?))\b)(?:[\w’'-]+\s+){0,3}?(?:products|services|offers|goods|promotions|offerings)\b(?![^.;]{0,60}?\bon\s+(?:our|its)\s+behalf)|partner\w*\s+with\s+(?:[\w’'-]+\s+){0,3}?to\s+(?:display|serve|deliver|show|manage)\s+(?:[\w’'-]+\s+){0,3}?(?:advertis\w+|ads)|for\s+(?:(?:their|its)\s+(?:own\s+)?)?(?:direct\s+)?(?:advertising|marketing)\s+purposes|(?:third[- ]part(?:y|ies)|compan(?:y|ies)|businesses|organi[sz]ations|partners|firms|others)\s+(?:who|that|which)\s+advertise\b|joint\s+marketing\s+(?:programs?|programmes?|arrangements?|agreements?|campaigns?|efforts|activities|purposes)|(?:organi[sz]ations|compan(?:y|ies)|third[- ]part(?:y|ies)|businesses|firms|merchants|others)\s+(?:that|which|who)\s+(?:we\s+(?:think|believe|feel|consider)\s+)?(?:have|offer|sell|provide|make)\s+(?:[\w’'-]+\s+){0,3}?(?:products?|services|offers?|goods)\b[^.;]{0,40}?\b(?:(?:you|our\s+(?:customers|users|members|visitors))\s+(?:\w+\s+){0,2}?(?:like|enjoy|want|be\s+interested|find)|(?:interest|appeal\s+to|be\s+of\s+(?:interest|value)\s+to|relevant\s+to)\s+you)\b|(?:mailing|membership|customer|client|subscriber|e-?mail|postal|donor|order)[\s-]+lists?\b[^.;]{0,100}?\b(?:rent(?:s|ed|ing)?|exchang\w+|swap\w*|available|sell|sold|lend|loan\w*)\b|(?:compan(?:y|ies)|organi[sz]ations|third[- ]part(?:y|ies)|partners|businesses|firms)\s+(?:may|might|can|could|will|would)\s+(?:also\s+)?use\s+(?:the|this|such|that|your)\s+(?:[\w’'-]+\s+){0,3}?(?:to|for)\s+(?:provide|send|offer|make|market|present)\s+(?:you\s+)?(?:[\w’'-]+\s+){0,4}?(?:offers|promotions|opportunities|marketing|advertis\w+)\b(?![^.;]{0,40}?\bon\s+(?:our|its)\s+behalf)|for\s+(?:the\s+purposes?\s+of\s+)?(?:e-?mail|direct(?:\s+mail)?|telephone|marketing|commercial)\s+solicitations?)\b/i,
  },
  {
    category: 'affiliates',
    hints: ['affiliat', 'subsidiar', 'parent', 'sister', 'group', 'corporate', 'family', 'associated'],
    pairedHints: {
      words: ['own', 'control', 'common', 'related', 'companies', 'brands', 'businesses'],
      pattern: /\b(?:we\s+(?:own|control)|common\s+(?:control|ownership)|controlled\s+by|controlling|related\s+(?:bodies|companies|entities|group)|other\s+(?:[\w&.’'-]+\s+){1,4}?(?:companies|brands|businesses))\b/i,
    },
    headingContext: true,
    pattern:
      /\b(?:affiliat(?:es\b|e\b(?!\s+(?:links?|programs?|programmes?|marketing|commissions?|networks?|codes?|IDs?|schemes?|relationships?)\b)|ed\s+(?:(?:and|or|&|and\/or)\s+(?:non-?affiliated|unaffiliated|related)\s+)?(?:[\w&.’'-]+\s+){0,3}?(?:third[- ]parties|parties|companies|firms|entities|businesses|organi[sz]ations|sites|providers|brands))|(?:entities|companies|businesses|organi[sz]ations)\s+(?:that\s+are\s+)?affiliated\b(?!\s+with\s+(?:you|them)\b)|other\s+(?!(?:group|affiliated|related|sister|member|subsidiary|third|outside|non|unaffiliated)\b)(?:[\w&.’'-]+\s+){1,4}?(?:companies|brands|businesses)|related\s+(?:bodies\s+corporate|companies|entities|group\s+companies)|(?:companies|entities|businesses|organi[sz]ations)\s+(?:(?:that|which)\s+(?:are|is)\s+)?(?:directly\s+or\s+indirectly\s+)?owned\s+(?:or|and|and\/or)\s+controlled\s+by|subsidiar(?:y|ies)|parent\s+compan(?:y|ies)|(?:its|our)\s+parent\s*,\s*(?:[\w&.’'-]+,?\s+){0,3}?(?:Inc|Corp|Corporation|Ltd|LLC|Limited|plc|Holdings|Group|Company|AG|GmbH|S\.?A)\b|sister\s+compan(?:y|ies)|group\s+compan(?:y|ies)|corporate\s+(?:family|group|affiliates)|(?:companies|entities|businesses)\s+(?:under\s+common\s+(?:control|ownership)|(?:with)?in\s+(?:the|our|its)\s+(?:(?!(?:group|family)\b)[\w’'&.-]+\s+){0,2}(?:corporate\s+)?(?:group|family)\b|we\s+(?:own|control))|(?:our|the|its)\s+(?:(?!(?:group|family)\b)[\w’'&.-]+\s+){0,2}?group\s+of\s+companies|members?\s+of\s+(?:our|the|its)\s+(?:corporate\s+)?group\b|family\s+of\s+(?:companies|brands)|(?:persons|companies|entities|businesses|organi[sz]ations)\s+(?:who|that|which)\s+are\s+associated\s+with|(?:compan(?:y|ies)|entit(?:y|ies)|businesses|organi[sz]ations?)\s+(?:(?:that|which)\s+(?:is|are)\s+)?(?:controlled\s+by|controlling|under\s+common\s+control)|(?:the|our|its)(?<=\bwithin\s(?:the|our|its))\s+(?!(?:same|your|a)\b)(?:[\w’'&.-]+\s+){1,2}?(?:family|group)(?:\s+of\s+(?:companies|brands))?)\b/i,
  },
  {
    category: 'legal',
    // "required / permitted / mandated by law" is hinted by its law word, "national security" by 'national'.
    hints: ['law', 'legal', 'legislat', 'court', 'subpoena', 'warrant', 'govern', 'authorit', 'regulat', 'tribunal', 'fraud', 'illegal', 'unlawful', 'national', 'enforce', 'forced', 'oblig', 'agenc', 'official', 'tax', 'judicial'],
    pairedHints: {
      words: ['police', 'compel', 'comply', 'complian', 'competent', 'protect', 'statut', 'public'],
      pattern: /\b(?:police|statut|compelled\s|compl(?:y|ying|iance)\s+with|(?:public|competent)\s+(?:requests?|authorities|agencies|bodies|orders?|entities|officials)|protect\s+(?:and\s+defend\s+)?(?:the\s+)?(?:our\s+)?(?:rights|property|safety))/i,
    },
    headingContext: true,
    pattern:
      /\b(?:(?:required|permitted|compelled|requested|mandated|authori[sz]ed|obliged|obligated)\s+(?:to\s+do\s+so\s+)?(?:by|under)\s+(?:applicable\s+|the\s+|relevant\s+|(?:United\s+States|U\.S\.|federal|state|national|local)\s+)*(?:laws?|statutes?|regulations?|legislation)|(?:(?:to\s+)?comply(?:ing)?|for\s+compliance)\s+with\s+(?:or\s+conform\s+to\s+)?(?:(?:a|an|any|the|all|applicable|our|relevant|valid)\s+)*(?:laws?|legal|regulations?|subpoenas?|court|judicial|governmental|government|statutory|requests? from)|law[- ]enforcement|(?:the|applicable|a)\s+law\s+(?:requires|obliges|compels|mandates|demands)|police|legally\s+(?:required|obliged|obligated|compelled|bound)|legal\s+(?:process|proceedings?|requirements?|obligations?|claims?|rights?|requests?|duty)|legal\s+(?:or|and|\/)\s+regulatory\s+(?:process(?:es)?|proceedings?|requirements?|obligations?|requests?)|(?:to|with)\s+(?:the\s+)?(?:relevant\s+|appropriate\s+|competent\s+)?authorities\b(?![’'])|court\s+orders?|orders?\s+of\s+(?:a\s+)?court|subpoenas?|search\s+warrants?|(?:governmental|government|public|regulatory|tax|competent)\s+(?:requests?|authorities|agencies|bodies|orders?|entities|officials)|courts?|regulators?|tribunals?|law\s+requirement|by\s+law|protect\s+(?:and\s+defend\s+)?(?:the\s+)?(?:our\s+)?(?:rights|property|safety)|(?:investigate|prevent|detect)\w*\s+(?:[\w,]+\s+){0,4}?(?:fraud|illegal|unlawful)|national\s+security|(?:to|with)\s+(?:the\s+)?government\b|(?:forced|compelled|obliged|obligated)\s+(?:[\w’'-]+\s+){0,4}?to\s+(?:disclose|release|provide)|enforce\s+(?:our|the|applicable)\s+(?:terms|agreements?|rights|policies))\b/i,
  },
  {
    category: 'business-transfer',
    hints: ['merg', 'amalgamat', 'acqui', 'reorgani', 'restructur', 'bankrupt', 'insolven', 'liquidat', 'divest', 'dissol', 'change of control', 'change in control', 'change of ownership', 'change in ownership', 'sale of', 'sale or', 'sale/', 'sale,', 'sell', 'sold', 'successor', 'new owner', 'ownership', 'dispos', 'transferred assets', 'transferred business', 'transfer of', 'whole or', 'all or', 'any part', 'any portion', 'substantially all', 'parts of', 'transition', 'ownership', 'purchas', 'buy', 'bought'],
    // 'consolidat' passed 'consent', 'receiver' 'receive', 'transaction' 'transfer': each only in the phrase it stands in.
    pairedHints: { words: ['consolidat', 'receiver', 'transaction'], pattern: /\b(?:consolidation|receivership|(?:corporate|business)\s+transactions?)\b/i },
    headingContext: true,
    pattern:
      /\b(?:mergers?|merge[sd]?\s+with|merged|merging|merge\s+or\s+amalgamate|amalgamations?|acquisitions?(?<!\b(?:e-?mail|customer|user|lead|data|traffic)\s+acquisitions?)(?!\s+(?:services?|channels?|costs?|campaigns?))|acquired\s+by|acquires?\s+(?:all|some|substantially|us|our|the\s+company)|acquirer|acquiring\s+(?:company|entity|party|organi[sz]ation)|(?:compan(?:y|ies)|entit(?:y|ies)|part(?:y|ies)|organi[sz]ations?)\s+acquiring\s+(?:all|some|certain|any|part|substantially|a\s+portion|our|its|the)\b|consolidation|reorgani[sz]ations?|restructuring|bankruptcy|insolvency|receivership|liquidation|divestitures?|dissolution|change\s+(?:\(or\s+(?:prospective|proposed|potential)\s+change\)\s+)?(?:of|in)\s+(?:the\s+)?(?:control|ownership)|transfer\s+of\s+(?:the\s+)?ownership|transfer\s+of\s+(?:(?:all\s+or\s+(?:a\s+)?part\s+of\s+)?(?:our|its|the)\s+assets|assets\s+of\s+(?:our|the|its)\s+(?:business|company))|business\s+transitions?|(?:as\s+)?part\s+of\s+(?:the|a|any|such|that)\s+(?:sale|merger|acquisition)\b(?!\s+of\s+(?:goods|products|items|tickets))|among\s+the\s+(?:items|assets)\s+(?:sold|transferred)|(?:all\s+or\s+(?:a\s+)?(?:part|portion|any\s+part|some)|(?:any|a)\s+(?:part|portion)|substantially\s+all)\s+of\s+(?:the|our|its|their)\s+(?:business(?:es)?|company|assets|undertaking)\b(?!\s+(?:partners?|associates|contacts|relationships?|units?|days?|hours?|customers?))|(?:buyers?|purchasers?|acquirers?)\s+(?:or\s+(?:prospective|potential)\s+(?:buyers?|purchasers?)\s+)?of\s+(?:(?:all|some|any)\s+(?:or\s+(?:a\s+)?(?:part|some|portion)\s+)?of\s+)?(?:our|the|its|their)\s+(?:business|company|assets|shares|stock)|(?:sell|transfer|merge|dispose\s+of)\s+(?:all\s+or\s+)?parts?\s+of\s+(?:our|its|the)\s+(?:business|company|assets)|(?:is|are|be|was|were)\s+(?:sold|transferred)\s+to\s+(?:another|a\s+(?:third[- ]party|new))\s+(?:company|owner|entity|party|buyer|organi[sz]ation)|sale(?:\s*(?:,|or|\/)\s*(?:or\s+)?(?:transfer|financing|assignment|merger)){0,3}\s+of\s+(?:(?:all|some|part|substantially\s+all|a\s+portion|any|a\s+part|a\s+(?:significant|substantial|material|major)\s+(?:part|portion))\s+(?:or\s+(?:substantially\s+all|part|some|any|all)\s+)?(?:of\s+)?)?(?:(?:the|our|its|their|an?)\s+)?(?:[\w&.’'-]+\s+)?(?:company|firm|business(?:es)?|assets|stock|shares|equity|properties|entity)|sale(?:\s*(?:or|\/)\s*transfer)?\s+of\s+(?:[\w’'-]+\s+){0,8}?(?:assets|stock|shares)\b|successors?(?:\s+in\s+interest)?(?!\s+in\s+title)|(?:corporate|business)\s+transactions?|new\s+(?:\(?or\s+(?:prospective|proposed|potential)\)?\s+)?owners?|dispos(?:ition|al|ing)\s+of\s+(?:(?:all|some|part|parts|a\s+portion|substantially\s+all)\s+(?:or\s+(?:a\s+portion|part|some|all)\s+)?of\s+)?(?:(?:the|our|its|their|entire)\s+)*(?:company|business|assets)|(?:be|been|is|are|was|were|being)\s+acquired|(?:be|been|is|are|was|were|being|get|gets|got)\s+(?:bought|purchased)(?:\s+(?:or|and|\/)\s+(?:bought|purchased|acquired|merged))?\s+by\b(?!\s+(?:you|users?|customers?|members?|visitors?|consumers?|subscribers?)\b)|(?:purchas(?:e|es|ed|ing)|buy|buys|buying|bought)\s+(?:(?:all|some|part|substantially\s+all|a\s+portion)\s+(?:or\s+(?:substantially\s+all|part|some|all)\s+)?of\s+)?(?:our|its|the)\s+(?:company|business|assets|stock|shares|corporation)(?=\s*(?:[,.;:)]|$)|\s+(?:or|and|in|outright|entirely)\b)|ownership\s+of\s+(?:[\w.-]+\s+){1,4}?(?:was|were|is|should|may|might)?\s*(?:to\s+)?change|transferred\s+(?:business\s+)?assets|(?:sell|sells|sold|selling|sale\s+of|transfer|transfers|transferred|transferring|dispos(?:e|es|ed|ing|al)\s+of)\s+(?:(?:the|all)\s+)?whole\s+or\s+(?:a\s+|any\s+)?part\s+of\s+(?:(?:our|its|the|their)\s+)?(?:business(?:es)?|company|undertaking|assets)|(?:sell|buy)\s+or\s+(?:sell|buy)\s+(?:other\s+)?(?:businesses|companies|assets)|(?:sell|sells|sold|selling)\s+(?:all\s+or\s+part\s+of\s+|one\s+of\s+|(?:parts?|portions?|some|all|any)\s+of\s+)?(?:our|its|a|the)\s+(?:(?:services?|site|website|platform|app)\s+(?:or|and)\s+(?:the|our|its)\s+)?(?:subsidiar(?:y|ies)|business(?:es)?|divisions?|compan(?:y|ies)|brands?|product\s+lines?)\b|(?:(?:the|our)\s+(?:company|business)|(?:its|our)\s+assets)\)?\s+(?:is|are|was|were|be|being)\s+(?:sold|transferred|acquired)|assets\s+of\s+(?:[\w’'.&-]+\s+){1,3}?(?:is|are|was|were|be|being)\s+(?:sold|transferred|acquired)|(?:another|a|an|any|other)\s+(?:company|entity|business|organi[sz]ation|third[- ]party|buyer|purchaser)\s+acquires\b|acquires?\s+[\w’'.&-]+\s+(?:or|and)\s+(?:all|some|substantially|part)\b|transfer\s+of\s+(?:(?:one\s+of\s+)?(?:our|the|this|its)\s+)?(?:\(?one of our\)?\s+)?(?:web\s*sites?|business|company|services?|assets)\s+to\s+(?:a|another)\s+(?:third[- ]party|company|entity|buyer|owner))\b/i,
  },
  {
    category: 'aggregate',
    // Each alternative's own words: "non-personal" as written ('personal' alone passed most sentences), "cannot ... identify
    // you" by 'identif', "deidentified" as one word.
    hints: ['aggregat', 'identif', 'identit', 'deidentif', 'nonidentif', 'anonym', 'non-personal', 'nonpersonal', 'statistic', 'summar', 'cumulative', 'pooled', 'percentage', 'compiled', 'collective'],
    pairedHints: { words: ['include', 'purpose'], pattern: /\bnot\s+include\s+(?:any\s+)?(?:personal|PII)|\bother\s+information\s+for\s+any\s+purpose/i },
    headingContext: false,
    pattern:
      /\b(?:aggregat\w+(?!\s+services?\b)|(?:summar(?:y|ized|ised)|cumulative|pooled|compiled|collective)\s+(?:[\w-]+\s+){0,2}(?:data|information|statistics|figures|reports?|format|profiles)|de-?identified|anonymi[sz]ed|anonymysed|anonymous|non(?<!\bpersonally[- ]identifiable\s+(?:and|or|and\/or)\s+non)-?personal(?:ly)?(?:[- ]identif\w+)?|non-?identif\w+|(?:use|disclose|share)\s+(?:and\s+(?:disclose|share)\s+)?other\s+information\s+for\s+any\s+purpose|statistic\w*(?!\s+(?:analys[ie]s|purposes?|research|agency|agencies)\b)|percentage\s+of\s+(?:our\s+)?(?:users|visitors|customers|members|readers|subscribers)|(?:does|do|will|cannot)\s+not\s+(?:personally\s+)?identify\s+you|not\s+(?:in\s+(?:a\s+)?)?personally\s+identif(?:iable|ying)|(?:does|do|will)\s+not\s+allow\s+(?:you|users?|individuals?|members?)\s+to\s+be\s+(?:personally\s+)?identified|not\s+(?:\w+\s+)?reveal\s+the\s+identit(?:y|ies)\s+of|cannot\s+(?:be\s+used\s+to\s+)?identify\s+you|(?:does|do|will)\s+not\s+include\s+(?:any\s+)?(?:personal(?:ly)?\s+(?:identifiable\s+|identifying\s+)?(?:information|data)|PII))\b/i,
  },
  {
    category: 'consent',
    hints: ['consent', 'permission', 'authori', 'approval'],
    pairedHints: {
      words: ['direct', 'instruct', 'request', 'ask', 'allow', 'tell', 'agree', 'opt', 'chosen', 'choose', 'elect', 'permit', 'approved', 'confirm'],
      pattern:
        /\b(?:(?:direct|instruct|request|authori[sz]e|ask|allow|tell)(?:s|ed)?\s+us|(?:requested|asked|chosen|elected|opted)\s+to\s+(?:receive|hear|be\s+contacted)|(?:allowing|authori[sz]ing|permitting)\s+us|the\s+(?:direction|request)\s+of|confirms?\s+(?:your|their|his\s+or\s+her)\s+(?:acceptance|agreement|consent)|your\s+(?:express\s+|specific\s+)?(?:direction|request|instruction)|(?:authori[sz]ed|permitted|approved|requested|directed|instructed)\s+by\s+you|agree|opted|chosen|elected|(?:choose|elect|opt)\s+to|(?:permit|request)s?\s+(?:such|the|this|that|any)?\s*(?:disclosure|sharing|transfer)|opt[- ]in)/i,
    },
    headingContext: false,
    pattern:
      /\b(?:(?:with|without|upon|given|have|has|obtain\w*|receiv\w*|get|gotten|prior|express|explicit|opt-in|affirmative|written|your|our\s+customer[’']?s?|(?:customer|user|member|subscriber)[’'`]?s?)\s+(?:(?:your|our|prior|express|expressed|explicit|affirmative|opt-in|written|separate|specific|the|their|his\s+or\s+her|customer[’'`]?s?|user[’'`]?s?|parental|(?:a|the|their|your)\s+parent[’'`]?s?)\s+)*(?:consent|permission|authori[sz]ation|approval|agreement(?<!\b(?:user|customer|member|subscriber|licen[cs]e|service|services)\s+agreement)(?!\s+(?:with|to\s+(?:the|these|our|its|this)\s+(?:terms|conditions|policy|agreement)))|opt[- ]?in\b(?![- ]+(?:consent|permission|approval)))|(?:you|the\s+customer|customers)\s+(?:have\s+)?(?:\w+ly\s+)?(?:direct|instruct|request|authori[sz]e|ask|allow|tell)(?:s|ed)?\s+us(?!\s+(?:to\s+)?(?:delete|erase|remove|correct|update|rectify|stop|cease|not|restrict|limit|unsubscribe|opt|otherwise)\b)|(?:that|whom|which)\s+you\s+(?:have\s+)?(?:\w+ly\s+)?(?:requested|asked|chosen|elected|opted)\s+to\s+(?:receive\s+(?:[\w-]+\s+){0,3}?from|hear\s+from|be\s+contacted\s+by)|from\s+(?:which|whom)\s+you\s+(?:have\s+)?(?:\w+ly\s+)?(?:requested|asked|chosen|elected|opted)\s+to\s+(?:receive|hear)|you\s+are\s+(?:\w+ly\s+)?(?:allowing|authori[sz]ing|permitting|instructing|directing)\s+us\s+to|(?:at|upon|on)\s+your\s+(?:express\s+|specific\s+)?(?:direction|request|instruction)s?|(?:at|upon)\s+the\s+(?:express\s+)?(?:direction|request|instruction)\s+of\s+(?:the|a)\s+(?:patient|user|customer|member|subscriber|individual|client)\b|(?:unless|except(?:\s+as)?|if|when|where|as|once)\s+(?:\w+ly\s+)?(?:authori[sz]ed|permitted|approved|requested|directed|instructed)\s+by\s+you\b|(?:unless|until|if|once|when|where)\s+(?:you|(?:the|a|that|each|your|their)\s+(?:user|customer|member|subscriber|visitor|donor|client|patient|individual|parent|guardian))\s+(?:has\s+|have\s+)?(?:(?:first|\w+ly)\s+)?(?:(?:agree|consent|authori[sz]e)(?:d|s)?|opt(?:s|ed)?[- ]?in)\b(?!\s+(?:to\s+)?(?:receive|be\s+contacted|the\s+(?:collection|processing|use)))|(?:give|gives|given|gave|giving)\s+us\s+(?:(?:your|their|his\s+or\s+her|specific|express|explicit|prior|written|separate)\s+)*(?:permission|consent|authori[sz]ation|approval)|(?:consent|permission)\s+(?:is|has\s+been)\s+(?:otherwise\s+|first\s+|expressly\s+|explicitly\s+)?(?:given|granted|obtained)|(?:indicates?|signals?|signifies|grants?)\s+(?:(?:your|their|his\s+or\s+her|its)\s+)?(?:consent|permission)|you\s+(?:have\s+)?(?:\w+ly\s+)?(?:agreed|consented|opted[- ]in|chosen|elected)\s+to|you\s+(?:choose|elect|opt)\s+to\s+(?:share|disclose|make|provide|link|connect|allow|permit|sign\s+up|receive|have|opt[- ]?in\b)(?!\s+(?:[\w’'-]+\s+){0,3}?(?:publicly|with\s+(?:other|the\s+public|everyone|anyone|your\s+(?:friends|followers|contacts))))|(?:you|users?|a\s+user|the\s+user|customers?|the\s+customer)\s+(?:\w+ly\s+)?(?:authori[sz]e|permit|request)s?\s+(?:such|the|this|that|any)?\s*(?:disclosure|sharing|transfer)|(?:unless|until|if|once|when)\s+(?:you|(?:the|a|that|each|your)\s+(?:user|customer|member|subscriber|visitor|client))\s+(?:\w+ly\s+)?confirms?\s+(?:your|their|his\s+or\s+her)\s+(?:acceptance|agreement|consent)(?:\s+of\s+(?:the|this|that|such|an?)\s+(?:offer|request|option))?|(?:opportunity|chance|option|choice)\s+to\s+(?:\w+ly\s+)?(?:consent|opt[- ]in|agree)(?:\s*\([^()]{0,20}\))?\s+to\s+(?:(?:such|that|this|the|any)\s+)?(?:further\s+)?(?:disclosure|sharing|transfer|distribution|use))\b/i,
  },
];

/** Aggregates need the verb in the very clause; these verbs don't count for it ("use", "analyze"). */
export const AGGREGATE_SHARE_VERB =
  /\b(?:shar(?:e|es|ed|ing)|(?<=\bwe\s+(?:(?:may|might|will|would|can|could|also|occasionally|sometimes)\s+){0,3})provide\s+(?:(?:anonymous|anonymi[sz]ed|general|certain|some)\s+)?aggregat\w*\s+(?:[\w-]+\s+)?(?:statistics|data|information|reports?|figures)(?!\s+(?:to|with)\s+(?:you|us)\b)|describ(?:e|es|ed|ing)\s+(?:[\w’'"“”-]+\s+){0,6}?to\s+(?:(?:our|its|the|existing|potential|prospective|current|other|third|advertis\w*|partners?|sponsors?)\b)|disclos(?:e|es|ed|ing|ure)|provid(?:e|es|ed|ing)\s+(?:[\w’'"“”-]+,?\s+){0,16}?(?:to|with)\s+(?:(?:reputable|selected|select|trusted|carefully|screened|certain|interested|other|potential|[\w&.-]+[’'](?:s\b)?)\s+){0,2}(?:third|other|our|advertis\w*|partner\w*|business\w*|prospective|current|potential|the public|outside|researchers?|sponsors?|affiliat\w*|vendors?)|provid(?:e|es|ed|ing)\s+(?!you\b|us\b)(?:[\w’'-]+\s+){1,4}?with\s+(?:[\w’'-]+\s+){0,3}?(?:aggregat\w*|anonym\w*|statistic\w*|de-?identified|non-?personal\w*|summar\w*|cumulative)|giv(?:e|es|en|ing)\s+(?:[\w’'-]+\s+){0,4}?(?:to|advertisers|sponsors|partners|affiliates)|pass(?:es|ed|ing)?\s+(?:[\w’'-]+\s+){0,10}?(?:on\s+|along\s+)?to|suppl(?:y|ies|ied|ying)\s+(?!by\b)(?:[\w’'-]+\s+){0,8}?to|publish\w*(?!\s+(?:(?:new|fresh|relevant|useful|the)\s+)?(?:content|articles?|news|posts?|stories)\b)|distribut(?:e|es|ed|ing)\b|distribution\s+of\b|disseminat\w+|releas(?:e|es|ed|ing)(?!\s+(?:dates?|notes?|versions?|candidates?)\b)|sell|sold|licens\w+|report\w*\s+(?:[\w’'"“”-]+\s+){0,4}?to|mak(?:e|es|ing)\s+(?:[\w’'"“”-]+\s+){0,10}?available|(?:is|are|be|been|was|were)\s+(?:also\s+|only\s+)?(?:made\s+)?available\s+to|transfer\w*\s+(?:[\w’'"“”-]+\s+){0,4}?to|giv(?:e|es|en|ing)\s+(?:them|it|him|her|third[- ]parties|partners|advertisers|sponsors)\s+(?:[\w-]+\s+){0,2}?(?:aggregat\w*|anonym\w*|statistic\w*|de-?identified|non-?personal\w*|cumulative|summar\w*)|(?:receive|(?:be|been)\s+(?:provided|given)\s+(?:with\s+)?)(?<=\b(?:partners|advertisers|affiliates|sponsors|third[- ]parties|vendors|persons)\s+(?:(?:may|will|can|might|also|only|would)\s+){0,2}(?:receive|(?:be|been)\s+(?:provided|given)\s+(?:with\s+)?))|transmit(?:s|ted|ting)?\s+(?:[\w’'"“”-]+\s+){0,4}?to\s+(?:(?:our|selected|select|certain|trusted|other)\s+(?:[\w-]+\s+)?)?(?:third|partner\w*|advertis\w*|affiliat\w*|business\w*|sponsors?|researchers?|vendors?)|exchang(?:e|es|ed|ing)\s+(?:it|them|this|these|such|the)\s+(?:[\w-]+\s+){0,2}?with)\b/i;

/** Business-transfer sentences must be about data (not "we were acquired in 2012"). */
export const DATA_OBJECT = /\b(?:information|data|assets|records|databases?|details|PII)\b/i;

/**
 * Disclosure said without a share verb: answering legal demands ("We respond to court orders")
 * is handing data over. Counted like a sentence with a share verb.
 */
export const DISCLOSURE_WITHOUT_VERB =
  /\b(?:respond(?:s|ing)?|comply|complying|complies)\s+(?:\w+\s+){0,2}?(?:to|with)\s+(?:(?:valid|lawful|all|any)\s+)?(?:court\s+orders?|subpoenas?|legal\s+process(?:es)?|(?:search\s+)?warrants?|law\s+enforcement\s+requests?)|\bcooperat\w*\s+(?:fully\s+)?with\s+(?:the\s+)?(?:law\s+enforcement|police|(?:government(?:al)?|legal)\s+authorities|authorities)\b|\b(?:will|would|may|might|could)\s+be\s+(?:one\s+of\s+|among\s+)?the\s+transferred\s+(?:business\s+)?assets\b|\b(?:use|engage|hire|employ|retain)s?\s+(?:a\s+|certain\s+|other\s+|trusted\s+|several\s+|outside\s+)?(?:third[- ]part(?:y|ies)|outside\s+companies|(?:companies|businesses|individuals)(?:\s+and\s+(?:companies|individuals))?)(?:\s+(?:providers?|companies|services))?(?:\s+outside\s+(?:of\s+)?(?:[\w’'.&-]+\s+){0,4}?[\w’'.&-]+)?\s+(?:to|for)\s+(?:operate|provide|process|host|run|handle|perform|payments?|hosting|billing|our)\b|\bentrust\w*\b[^.;]{0,240}?\bto\s+(?:a|an|the|our)\s+(?:trustee|contractor|agent|processor)|\b(?:use|uses|engage|engages|rely\s+on|relies\s+on|work\s+with|works\s+with)\s+(?:the\s+following\s+|a\s+number\s+of\s+|certain\s+|other\s+|trusted\s+|several\s+|outside\s+|selected\s+|an?\s+)?(?:third[- ]party\s+)?(?:sub-?processors?|(?:data\s+)?processors?|service\s+providers?|(?:hosting|cloud|payment|e-?mail|IT|mailing|shipping|delivery)\s+(?:service\s+)?(?:providers?|compan(?:y|ies)|partners?|services|vendors?)|(?:vendors|contractors|suppliers)\s+(?:and|or|&)\s+(?:hosting|cloud|storage|IT|infrastructure)\s+(?:partners|providers|companies))\b|\b(?:use|uses|engage|engages|hire|hires|employ|employs|retain|retains)\s+(?:[\w’'-]+\s+){0,5}?(?:third[- ]part(?:y|ies)|compan(?:y|ies)|firms|vendors|contractors|affiliates)\s+(?:to|in\s+order\s+to)\s+(?:help|assist)\s+us\b|\b(?:use|uses|engage|engages|rely\s+on|relies\s+on)\s+(?:[\w’'-]+\s+){1,5}?services\s+for\s+(?:the\s+)?(?:processing|storage|hosting)\s+of\s+(?:(?:your|the|our|such|any|all)\s+)?(?:personal\s+)?(?:data|information)\b|\b(?:use|uses|rely\s+on|relies\s+on)\s+third[- ]party\s+(?:services|tools|software|providers)\s+(?:to|for)\s+(?:send|process|host|store|run|deliver|handle|provide|payments?|hosting|e-?mails?)|\b(?:processed|stored|hosted|handled)\s+(?:on\s+our\s+behalf\s+)?(?:by|through|via)\s+(?:(?:our|a|an|the|third[- ]party|trusted|external|secure)\s+)*(?:(?:hosting|cloud|service|payment|e-?mail|IT)\s+)?(?:providers?|partners?|sub-?processors?|processors?|vendors?|gateways?)\b|\b(?:compan(?:y|ies)|firms|third[- ]part(?:y|ies)|vendors|contractors|businesses|organi[sz]ations|individuals|persons|agents)\s+(?:(?:may|might|will|can|are|is|were|have|has)\s+)?(?:also\s+)?(?:be\s+|been\s+)?(?:engaged|hired|retained|employed|contracted|appointed)\s+(?:by\s+(?:us|[\w’'&.-]+(?:\s+[\w’'&.-]+)?)\s+)?to\s+(?:perform|provide|help|assist|process|handle|host|deliver|fulfil\w*|carry\s+out)\b|\b(?:processed|handled|accessed)\s+by\s+(?:[\w’'-]+\s+){0,10}?(?:for|of)\s+(?:one\s+of\s+)?(?:our|its)\s+(?:third[- ]party\s+)?(?:suppliers|vendors|service\s+providers|(?:data\s+)?processors|contractors)\b|\bpartners?\s+with\s+(?:[\w’'&.-]+\s+){1,5}?to\s+(?:process|handle|host|store|manage)\s+(?:[\w-]+\s+){0,2}?(?:information|data|payments?|transactions?|orders?)\b|\b(?:use|uses|engage|engages|retain|retains|employ|employs)\s+the\s+services\s+of\s+(?:an?\s+|other\s+|certain\s+)?(?:outside|third[- ]party|external|independent)\s+(?:contractors?|compan(?:y|ies)|vendors?|firms?|service\s+providers?|providers?|mail(?:ing)?\s+houses?)\b/i;

/** A negated share verb still shares what these words open ("not ... except with our providers"). */
export const NEGATION_EXCEPTION = /\b(?:except|exception|other than|unless|without|but(?!\s+(?:rather|instead)\b)|apart from|save|only|besides|excluding)\b/i;

/**
 * Consent taken back, or named as a legal basis, is not consent to a disclosure: "withdraw your
 * consent", "revoke this permission", "where we rely on your consent to process".
 */
export const CONSENT_TAKEN_BACK = /\b(?:withdraw\w*|revok\w*|retract\w*|cancel\w*|rel(?:y|ies|ying)\s+(?:up)?on|based\s+(?:up)?on|basis\s+of)\s+(?:\w+\s+){0,2}$/i;

/** A clause that opens as a condition may govern the share in the clause beside it. */
export const CONDITION_OPENING = /^[\s,(*_]*(?:\w+,?\s+){0,3}?(?:unless|except|if|with|without|upon|when|where|only|at|provided|subject to|once|after|before)\b/i;

/**
 * A share verb whose recipient is the reader or the company is no disclosure: "provide you with
 * recommendations", "send you push notifications", "give us permission", "allow us to access".
 */
export const VERB_TO_READER_OR_US = /^[\w’'-]+\s+(?:you|us|yourself)\b/i;
/**
 * The first recipient after the verb is the company or the reader: "before they share any personal
 * data with us" (but not "disclose to third parties information you provided to us", nor "where you have
 * consented to us doing so").
 */
export const FIRST_RECIPIENT_US = /^(?:(?!\b(?:to|with)\b)[^.;,]){0,60}?\b(?:with|to)(?<!\b(?:consent(?:s|ed)?|agree[sd]?)\s+(?:with|to))\s+(?:us|you)\b(?!\s+(?:and|or)\b)/i;
/** Consent named as the legal basis of processing: "Your consent is the legal basis for ...". */
export const CONSENT_AS_BASIS = /^\s*(?:is|are|as|will\s+be|forms?)\s+(?:the|our|a)\s+(?:legal\s+|lawful\s+)?basis\b/i;
/** The recipient right after the verb: "send marketing to you", "information shared with us". */
export const RECIPIENT_READER_OR_US = /^\s*(?:(?:to|with)\s+)?(?:you|us|yourself|your\s+(?:computer|device|hard\s+drive|browser|phone|mobile)|your\s+computer[’']s\s+hard\s+drive)\b(?!\s+(?:and|or)\s+(?:to\s+|with\s+)?(?:our|third|other|certain|selected|the|their|your|any)\b)/i;
/**
 * Access to the reader's own device or its contents is a permission the app asks for, not a
 * disclosure: "granting access to your camera", "to access your contacts".
 */
export const DEVICE_ACCESS = /^\s*(?:to\s+)?(?:(?:your|the)\s+(?:device[’']s\s+)?)(?:camera|contacts|contact\s+list|location|photos?|microphone|calendar|address\s+book|device|files|storage|gallery|phone)\b/i;
/** A transfer to a place, not to a recipient ("transfer your data to the United States"): data locations, not sharing. */
export const TRANSFER_PLACE =
  /^\s*(?:[\w’'-]+\s+){0,6}?to\s+(?:(?:servers?|data\s+cent(?:er|re)s?|facilities)\s+(?:located\s+)?(?:in|outside)\b|(?:(?:the|a|an|any)\s+)?(?:(?:third|other|another)\s+)?(?:countr(?:y|ies)|jurisdictions?|locations?)\b|(?:outside|abroad)\b(?!\s+(?:parties|part(?:y|ies)|compan\w*|organi[sz]ations?|entit\w*|vendors?|firms?|businesses|third|agenc\w*|service|contractors?|advertisers?|marketers?)))/i;

/**
 * What the company hands over is a service or a product, not data: "provide our Service to
 * Clients", "provide services or sell products jointly with affiliated businesses". Read between
 * "provide" and its "to" / "with" when no data word is there.
 */
export const PROVIDED_SERVICE = /\b(?:services?|products?|goods|features?|content|support|assistance|offers?|programs?|benefits?|solutions?|experiences?|links?|ads|advertisements?|adverts?)\b/i;
export const PROVIDED_DATA = /\b(?:information|data|details|records|statistics|reports?|lists?|names?|addresses|identifiers?|PII|profiles?|histor(?:y|ies))\b/i;

/** "made available on our website": published at a place, not handed to a recipient. */
export const AVAILABLE_AT_PLACE = /^\s*(?:on|at|through|via|in)\s+(?:(?:the|our|this|its|a|their)\s+)?(?:[\w.-]+\s+){0,2}?(?:web\s*sites?|sites?|platforms?|pages?|apps?|applications?|services?|internet)\b/i;

/**
 * The recipient as the subject of receiving: "Outside companies that help us provide services
 * may receive Customer Information", "our affiliates will have access to your data". Only counted
 * when a service provider or affiliate is named before it and no cookie is in the sentence
 * (ad networks receiving data through their own cookies is collection, not sharing).
 */
export const RECIPIENT_RECEIVES =
  /\b(?:(?:may|will|can|might|would|could|shall)\s+(?:also\s+|then\s+|only\s+)?|(?<=\b(?:providers?|vendors?|contractors?|suppliers?|processors?|affiliates?|subsidiar(?:y|ies))\s+(?:also\s+|only\s+)?))(?:receive|be\s+given|be\s+provided\s+with|have\s+access\s+to|be\s+granted\s+access\s+to|obtain)\s+(?:(?:your|our|customer|customers[’']|personal(?:ly)?|identifiable|such|this|that|the|certain|some|limited|any|relevant|necessary)\s+)*(?:[\w-]+\s+)?(?:information|data|details|records|(?:e-?mail\s+|postal\s+|mailing\s+|shipping\s+)?addresses|(?:e-?mail\s+|postal\s+|mailing\s+|shipping\s+)?address|names?)\b/i;
/** Words of collection through the browser that keep RECIPIENT_RECEIVES from counting. */
export const BROWSER_COLLECTION = /\b(?:cookies?|beacons?|pixels?|tags?|automatically)\b/i;

/**
 * What is shared is a stance or a burden, not data: "Example Media Group, which shares our
 * commitment to privacy", "partners who share our values", "share the costs".
 */
export const SHARED_STANCE = /^\s+(?:(?:our|the|its|their|a|an|this|these|same|common|similar|many|some)\s+)*(?:[\w-]+\s+)?(?:commitments?|values|goals?|concerns?|beliefs?|views?|vision|passion|mission|interests|responsibilit(?:y|ies)|costs?|revenues?|profits?|risks?|expertise|knowledge|principles|standards|enthusiasm|dedication)\b/i;

/**
 * Helpers hired for a company named by its proper name: "engage outside firms to help Example
 * Corp ship orders". The word after "help" is checked for a capital in code (the pattern is
 * case-insensitive, so "to help tailor ads" would otherwise pass for a name).
 */
export const HELPERS_FOR_NAMED =
  /\b(?:use|uses|engage|engages|hire|hires|employ|employs|retain|retains)\s+(?:[\w’'-]+\s+){0,5}?(?:third[- ]part(?:y|ies)|compan(?:y|ies)|firms|vendors|contractors|affiliates)\s+(?:to|in\s+order\s+to)\s+(?:help|assist)\s+([A-Za-z][\w&.-]*)/gi;

/**
 * The subject of a share verb is the reader's data, not the reader: "information about you may go
 * to", "your personal data may be shared", "information about you is not knowingly disclosed", "information we
 * collect about you may be shared".
 */
export const DATA_ABOUT_READER =
  /\b(?:(?:information|data|details|records)\s+(?:(?:collected|held|kept|stored|gathered)\s+|(?:that\s+|which\s+)?we\s+(?:collect|hold|keep|store|gather|have|obtain|receive)\s+)?(?:about|on|of|from|concerning|regarding|relating\s+to)\s+you|your\s+(?:personal(?:ly)?\s+)?(?:identifiable\s+)?(?:information|data|details|records))\s+(?:(?:may|might|will|would|can|could|shall|also|then|only|is|are|be|been|not|never|\w+ly)\s+){0,4}$/i;

/**
 * A law's description of what "a business" shares (California's Shine the Light: "the types of
 * personal information the business shares with third parties"). Case-sensitive: a company may
 * call itself "the Business".
 */
export const STATUTE_SUBJECT = /\b(?:a|the|any|each)\s+business(?:\s+(?:has|have|had|may|will|does|did))?$/;

/** "including, but not limited to,": an enumeration, not a "but" that ends a negated clause. */
export const NOT_LIMITED_TO = /,?\s*\b(?:but|and)\s+not\s+limited\s+to\b,?/gi;

/**
 * Data that identifies no one: a recipient given only this gets aggregate sharing, not a share
 * of personal data (the labels' convention). De-identified or "anonymous" identifiers are left
 * out: advertisers given those are advertisers (the labels count "DII ... with advertisers").
 */
export const NON_IDENTIFYING =
  /\b(?:aggregat\w*|statistic\w*|compiled\s+(?:format|form)|percentage\s+of\s+(?:our\s+)?(?:users|visitors|customers|members|readers|subscribers)|non(?<!\bpersonally[- ]identifiable\s+(?:and|or|and\/or)\s+non)-?personal(?:ly)?(?:[- ]identif\w+)?|not\s+(?:be\s+)?(?:in\s+(?:a\s+)?)?(?:personally\s+)?identif\w+|(?:does|do|will|would|cannot|can\s+not)\s+not\s+(?:personally\s+)?identify\s+(?:you|any\w*|users?|individuals?)(?:\s+personally)?|in\s+a\s+manner\s+that\s+would\s+identify\s+you(?:\s+personally)?|not\s+(?:directly\s+)?(?:linked|tied|connected|associated)\s+(?:to|with)\s+(?:your|any)\s+(?:personal(?:ly)?\s+)?(?:identifiable\s+)?(?:information|data))\b/gi;
/** Personal data named as what is handed over. */
export const PERSONAL_OBJECT =
  /\b(?:(?<!non-?)personal(?:ly)?\s+(?:identifiable\s+|identifying\s+)?(?:information|data|details)|PII|e-?mail\s+address\w*|names?|contact\s+(?:details|information)|phone\s+numbers?|postal\s+address\w*)\b/i;
