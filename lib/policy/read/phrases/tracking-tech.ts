/** Data only: tracking technologies a policy says are used on its site or service. Used by ../facts/tracking-tech.ts. */

import type { TrackingTech } from '../../types';

export const TRACKING_KEYWORDS = [
  'analytic', 'statistic', 'track', 'measur', 'advertis', 'ads', 'beacon', 'pixel', 'gif', 'web bug', 'flash',
  'local shared', 'lso', 'remarket', 'retarget', 'count', 'audience', 'traffic', 'usage', 'trends', 'mixpanel',
  'hotjar', 'matomo', 'piwik', 'omniture', 'comscore', 'quantcast', 'doubleclick', 'adsense', 'adwords',
  'unique visitors', 'repeat visitors', 'how many', 'target', 'network', 'visitors', 'popular', 'users', 'people',
  'how often', 'number of', 'effectiveness', 'the way', 'analys', 'analyz', 'how you', 'used', 'pattern', 'patern', 'logs', 'members', 'readers',
  'demographic', 'understand', 'promotional', 'adroll', 'criteo',
] as const;

/** Words that put a sentence in the tracking context (for the vaguer advertising cue). */
export const TRACKING_CONTEXT = /\b(?:cookies?|web\s*beacons?|pixels?|tags?|tracking|track|similar technolog\w+|other technolog\w+|automatically collect\w*|local storage|device identifiers?|SDKs?)\b/i;

export interface TrackingPattern {
  readonly tech: TrackingTech;
  readonly pattern: RegExp;
  /** Needs TRACKING_CONTEXT in the segment or the one before it. */
  readonly needsContext: boolean;
  /**
   * Word beginnings every match contains (see segmentHas): the pattern is tried only where one is (speed).
   * A hint list must cover every alternative of the pattern.
   */
  readonly hints: readonly string[];
}

export const TRACKING_PATTERNS: readonly TrackingPattern[] = [
  {
    tech: 'analytics',
    needsContext: false,
    // "google analytics" and the like contain "analytics"; "crazy egg", "new relic", "page views", "... visitors".
    hints: [
      'analy', 'performance', 'statistic', 'mixpanel', 'hotjar', 'matomo', 'piwik', 'omniture', 'comscore', 'quantcast', 'crazy',
      'kissmetrics', 'segment', 'clicky', 'statcounter', 'chartbeat', 'relic', 'amplitude', 'track', 'measur', 'monitor',
      'understand', 'count', 'page', 'visitor',
    ],
    pattern:
      /\b(?:google\s+analytics|(?:web|site|usage|third[- ]party|website|mobile|product|self[- ]hosted|in[- ]house|own|anonymous|aggregated?)\s+analytics|analytics?\s+(?:cookies?|tools?|services?|providers?|software|partners?|companies|platforms?|technolog\w+|purposes|data)|analytical\s+(?:tracking\s+)?cookies|performance\s+cookies|statistic(?:s|al)?\s+cookies|mixpanel|hotjar|matomo|piwik|omniture|adobe\s+analytics|comscore|quantcast\s+measure|crazy\s*egg|kissmetrics|heap\s+analytics|segment\.(?:io|com)|clicky|statcounter|chartbeat|new\s+relic|amplitude|track\w*\s+(?:and|or|&)\s+analy[sz]\w*|analy[sz]\w*\s+(?:and|or|&)\s+track\w*|track\w*\s+(?:user|usage|visitor|site|traffic)\s+(?:trends|patterns|behaviou?r|movements?|activit\w+|statistics)|track\s+(?:user|visitor)\s+(?:trends|movements?|use|activit\w+)|(?:analy[sz]\w*|measur\w*|monitor\w*|understand\w*)\s+(?:(?:the\s+)?(?:how\s+)?(?:visitors|users|people)\s+(?:use|interact|navigate)|(?:site\s+|web\s+|website\s+)?(?:traffic|usage|trends))|(?:usage|traffic|visitor)\s+statistics|(?:audience|traffic)\s+measurement|count\w*\s+(?:the\s+)?(?:number\s+of\s+)?(?:users|visitors|visits|page\s*views)|(?:number\s+of\s+visitors|page\s*views)\s+(?:to|on)\b|analytics\s+(?:and|&|or)\s+(?:advertising|marketing)\s+(?:partners?|providers?|companies|services|tools)|track\w*\s+visitors,?\s+(?:and\s+)?(?:their\s+)?(?:usage|use|behaviou?r|activit\w+|visits)|(?:for|to)\s+statistical\s+(?:purposes|analysis|reasons)|statistical\s+analys[ie]s|summary\s+statistics|(?:for|into)\s+(?:trends|patterns)\s+and\s+statistics|(?:how\s+many|number\s+of)\s+(?:unique\s+)?visitors|unique\s+(?:and\s+repeat\s+)?visitors|perform\w*\s+analytics)/i,
  },
  {
    // Internal analysis of how the site is used, said without the word "analytics" (it counts).
    tech: 'analytics',
    needsContext: false,
    // "the way ..." by "way"; "collect data about site traffic / visits / usage" by its last word.
    hints: [
      'which', 'what', 'popular', 'how', 'way', 'number', 'statistic', 'traffic', 'visit', 'usage', 'analy', 'evaluat', 'measur',
      'monitor', 'review', 'assess', 'effectiveness',
    ],
    pattern:
      /\b(?:(?:which|what)\s+(?:pages|areas|sections|parts|features|content)\s+(?:of\s+(?:our|the|this)\s+(?:web\s*)?site\s+)?(?:are|is|were)\s+(?:the\s+)?(?:most\s+)?(?:popular|visited|viewed|used|frequented)|(?:which|what)\s+(?:pages|areas|sections|parts|features|content)\s+(?:of\s+(?:our|the|this)\s+(?:web\s*)?site\s+)?(?:our\s+)?(?:visitors|users|members|people|customers|readers)\s+(?:use|visit|view|read|like|find|prefer)|(?:most\s+)?popular\s+pages|how\s+(?:our\s+)?(?:visitors|users|people|customers|members)\s+(?:as\s+a\s+(?:group|whole)\s+)?(?:use|move|navigate|interact|browse|find\s+(?:and\s+use\s+)?(?:our|the))|the\s+way\s+(?:our\s+)?(?:visitors|users|people)\s+(?:use|navigate|move|interact)|how\s+often\s+(?:our\s+)?(?:pages|the\s+site|sections|areas)\s+(?:are|is)\s+visited|number\s+of\s+(?:visits|visitors|page\s*views|hits)|statistics\s+(?:about|on|regarding)\s+(?:(?:the\s+)?(?:visits|visitors|site\s+traffic|traffic|usage|the\s+use))|(?:compil|collect|gather)\w*\s+(?:(?:aggregate|anonymous)\s+)?(?:data|information)\s+(?:about|on|regarding)\s+(?:site\s+traffic|traffic|visits|(?:site\s+)?usage)|(?:analy[sz]\w*|evaluat\w*|measur\w*|monitor\w*|review\w*|assess\w*)\s+(?:(?:the|our)\s+)?(?:web\s*site|site|web\s+site|service)\s+(?:usage|traffic|use|performance|effectiveness)|effectiveness\s+of\s+(?:our|the)\s+(?:web\s*site|site|web\s+site))\b/i,
  },
  {
    // The same in other words: "companies we hire to track how our website is used" (not "how our service is used to
    // book"), "how you are shopping our website" (not "how you can browse"), "analyses its website logs".
    tech: 'analytics',
    needsContext: false,
    // "(understand ...) how you use", "how many people": "how"; "our ... browsing patterns": its noun's adjective.
    hints: ['how', 'analy', 'number', 'usage', 'log', 'visiting', 'traffic', 'browsing'],
    pattern:
      /\b(?:how\s+(?:our|the|this|its)\s+(?:web\s*sites?|sites?|web\s+sites?|services?|apps?|pages)\s+(?:is|are)\s+(?:being\s+)?used\b(?!\s+(?:to|for|in\s+order)\b)|(?:understand|track|follow|analy[sz]\w*|measur\w*|monitor\w*|learn|see|stud(?:y|ies)|record\w*|report\w*|assess\w*|evaluat\w*|insights?)\b[^.;]{0,40}?\bhow\s+you\s+(?:are\s+)?(?:use|using|navigate|navigating|shop|shopping|interact|interacting|browse|browsing|move|moving)\s+(?:(?:and|or)\s+(?:use|navigate|interact|browse|move)\s+)?(?:with\s+|through\s+|around\s+|on\s+)?(?:our|the|this)\s+(?:web\s*site|site|web\s+site|services?|app|pages)\b|analy[sz]\w*\s+(?:(?:its|our|the|these|such|web\s*site|web|server|access)\s+){0,2}(?:logs?|log\s+files?|log\s+data)\b(?!\s+(?:to|in\s+order\s+to|for)\s+(?:(?:detect|prevent|investigate|identify|stop|block|fight|combat|diagnose|troubleshoot|debug|fix|protect|secure)\w*|security|fraud|abuse|spam)\b)|(?:how\s+many|number\s+of)\s+(?:people|users|visitors)\s+(?:visit|view|use|access|come\s+to)\w*\s+(?:this|our|the|each|a|any)\s+(?:[\w-]+\s+)?(?:web\s*sites?|sites?|web\s+sites?|pages?|articles?|sections?|posts?|features?|apps?|services?)\b|usage\s+(?:data|information|statistics)\b[^.;]{0,60}?\b(?:for\s+(?:the\s+)?(?:purposes?\s+of\s+)?analy[sz]\w*|to\s+analy[sz]e)|logs?\s+to\s+track\s+(?:the\s+)?usage\b|\b(?:we|us|our)\b[^.;]{0,60}?\b(?:visiting|traffic|browsing)\s+pat+erns?\b)/i,
  },
  {
    // Older and plainer wordings of usage analysis: "track your site usage", "tracking your use of this website",
    // "analyse the browsing habits of visitors", "for statistical and administrative purposes", "we collect statistical
    // data", "estimate our audience size", "measure site activity", "understand the use of our site",
    // "gather broad demographic information" (the old IP-address sentence).
    tech: 'analytics',
    needsContext: false,
    // Each alternative's verb or noun: "track", "viewing / browsing / surfing / usage", "statistic", "audience",
    // "measur", "understand", "demographic".
    hints: ['track', 'viewing', 'browsing', 'surfing', 'usage', 'statistic', 'audience', 'measur', 'understand', 'demographic'],
    pattern:
      /\b(?:track(?<!\byou\s+(?:can|may|could|will\s+be\s+able\s+to)\s+track)\w*\s+(?:(?:your|their|the|our)\s+)?(?:(?:web\s*)?site\s+)?usage\b(?!\s+of\b(?!\s+(?:our|the|this)\s+(?:web\s*sites?|sites?|web\s+sites?|services?|apps?)\b))|track\w*\s+(?:your|their|the|visitors[’']?|users[’']?)\s+use\s+of\s+(?:this|our|the)\s+(?:web\s*sites?|sites?|web\s+sites?|services?|apps?)\b|(?:viewing|browsing|surfing|usage)\s+(?:habits|patterns?|behaviou?r)\s+of\s+(?:our\s+)?(?:visitors|users)\b|for\s+statistical\s+(?:and|or)\s+(?:[\w-]+\s+){0,3}purposes\b|(?:collect|gather|compil|record|produc)\w*\s+(?:(?:general|aggregated?|anonymous|non-personal|sales)[,\s]+(?:and\s+)?){0,3}statistical\s+(?:data|information)\b|statistical\s+data\s+about\s+(?:our\s+)?(?:users|visitors)|estimate\s+(?:our\s+)?audience\s+size\b|measur\w*\s+(?:site|web\s*site|user|visitor)\s+activit\w+|understand(?<!\b(?:you|users?|members?|customers?)\s+(?:\w+\s+)?understand)\w*\s+the\s+use\s+of\s+(?:our|the|this)\s+(?:web\s*sites?|sites?|web\s+sites?|services?)\b|gather\s+broad\s+demographic\s+information\b)/i,
  },
  {
    tech: 'advertising',
    needsContext: true,
    // "ad networks / servers / partners / tech...", "interest-based", "targeted / targeting ...", "facebook pixel".
    hints: [
      'advertis', 'ads', 'network', 'server', 'partner', 'tech', 'based', 'targeted', 'targeting', 'doubleclick', 'adsense', 'adwords',
      'facebook', 'marketing',
    ],
    pattern:
      /\b(?:advertis\w*|ads\b|ad\s+(?:networks?|servers?|partners?|tech\w*)|interest[- ]based|behaviou?ral\s+(?:advertising|targeting)|targeted\s+(?:advertising|ads|marketing)|personali[sz]ed\s+(?:advertising|ads)|doubleclick|adsense|adwords|google\s+ads|facebook\s+(?:ads|pixel)|marketing\s+cookies|advertising\s+cookies|targeting\s+cookies)/i,
  },
  {
    // Unmistakable advertising technology: no cookie word needed around it.
    tech: 'advertising',
    needsContext: false,
    // Every alternative names advertising or ads, except "ad network" and "re-marketing ad".
    hints: ['advertis', 'ads', 'network', 'remarket', 'marketing'],
    pattern:
      /\b(?:target\w*\s+(?:advertisements|ads|advertising)\s+to\s+you|(?:partner\s+)?ad(?:vertising)?\s+networks?|social\s+advertising|(?:interest|behaviou?r)[- ]based\s+(?:advertising|ads)|re-?marketing\s+(?:advertising|ads?)\b|(?:personali[sz]e|measure|improve)\w*,?\s+(?:(?:and\s+)?(?:measure|improve|personali[sz]e)\w*,?\s+)*(?:and\s+)?(?:our\s+)?advertising)\b/i,
  },
  {
    tech: 'web-beacons',
    needsContext: false,
    hints: ['webbeacon', 'beacon', 'pixel', 'gif', 'image', 'bug', 'tag'],
    pattern:
      /\b(?:web\s*beacons?|pixel\s*tags?|tracking\s+pixels?|(?:clear|transparent|spacer|1x1|single[- ]pixel)\s+(?:gifs?|images?|pixels?)|single[- ]pixel|web\s+bugs?|pixels?|tags?\s+\(?(?:also\s+known\s+as\s+)?(?:web\s+)?beacons?|clear\s+gifs?|e-?mail\s+beacons?|action\s+tags?|beacons?)\b(?!\.\w)/i,
  },
  {
    tech: 'flash-cookies',
    needsContext: false,
    // "local shared objects", "persistent identification elements": their last word.
    hints: ['flash', 'lso', 'object', 'element'],
    pattern: /\b(?:flash\s+cookies?|local\s+shared\s+objects?|LSOs?|flash\s+(?:player\s+)?(?:local\s+)?(?:storage|lso)|persistent\s+identification\s+elements?)\b/i,
  },
  {
    tech: 'remarketing',
    needsContext: false,
    // "re-marketing" / "re-targeting" are the words "marketing" / "targeting" to the index.
    hints: ['remarket', 'marketing', 'retarget', 'targeting', 'audience', 'adroll', 'criteo'],
    pattern: /\b(?:re-?marketing|re-?targeting|retarget\w*|remarket\w*|similar\s+audiences|custom\s+audiences|adroll|criteo)\b/i,
  },
  {
    // Ads following the visitor to other sites: "advertise our offers to you when you're browsing elsewhere",
    // "serve advertisements of our products when you visit other websites", "display advertising to you on websites
    // you visit after you leave", "promotional materials on other websites they might visit" (not "serve
    // advertisements about our products on other web sites": that is advertising only).
    tech: 'remarketing',
    needsContext: false,
    hints: ['advertis', 'ads', 'promotional'],
    pattern:
      /\b(?:advertis\w*|ads|promotional\s+materials?)\b[^.;]{0,80}?\b(?:when\s+you\s+(?:visit|browse)\s+other\s+(?:web\s*sites|sites)\b|when\s+you(?:[’']re|\s+are)\s+browsing\s+elsewhere\b|after\s+you\s+leave\s+(?:our|the|this)\s+(?:web\s*site|site|shop|store|app|pages?)\b|(?:web\s*sites|sites)\s+(?:that\s+)?you\s+visit\s+after\s+you\s+leave\b|on\s+(?:other\s+)?(?:web\s*sites|sites)\s+(?:you|they)\s+(?:might\s+|may\s+)?visit\b)/i,
  },
];

/** "pixels" in screen resolution or image-size talk is not a web beacon. */
export const NOT_BEACON = /\b(?:screen|resolution|display|monitor|image size|photo)\b/i;

/** "Local Storage Objects (LSOs) such as HTML5": browser storage, not Flash. */
export const NOT_FLASH = /\bHTML\s?5\b/i;
