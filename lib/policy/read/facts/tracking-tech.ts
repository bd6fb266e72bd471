/** Tracking technologies used on the site or service: analytics, advertising, web beacons, Flash cookies, remarketing. */

import type { Evidence, TrackingTech } from '../../types';
import type { FactExtractor, PolicyDocument } from './context';
import { evidenceOf, keywordTest, registerKeywords } from './context';
import { isNegatedAt, matchAll } from '../polarity';
import { NOT_BEACON, NOT_FLASH, TRACKING_CONTEXT, TRACKING_KEYWORDS, TRACKING_PATTERNS } from '../phrases/tracking-tech';

const GLOBAL_PATTERNS = TRACKING_PATTERNS.map((p) => ({ ...p, global: new RegExp(p.pattern.source, 'gi') }));
/** Any pattern's hints (one bit test before the keyword list, whose phrases cost a substring search). */
const ANY_HINT: readonly string[] = [...new Set(TRACKING_PATTERNS.flatMap((p) => p.hints))];
const ORDER: readonly TrackingTech[] = ['analytics', 'advertising', 'web-beacons', 'flash-cookies', 'remarketing'];

function inContext(doc: PolicyDocument, i: number, text: string): number {
  return TRACKING_CONTEXT.test(text) || (i > 0 && TRACKING_CONTEXT.test(doc.segments.textOf(i - 1))) ? 1 : 0;
}

// Registered at load, so the keyword index is built once for the first document (not once per new list).
registerKeywords([TRACKING_KEYWORDS, ...GLOBAL_PATTERNS.map((p) => p.hints), ANY_HINT]);

export const trackingTech: FactExtractor<'trackingTech'> = {
  fact: 'trackingTech',
  extract(doc) {
    const found = new Map<TrackingTech, Evidence>();
    const keyed = keywordTest(doc, TRACKING_KEYWORDS);
    const hinted = GLOBAL_PATTERNS.map((p) => keywordTest(doc, p.hints));
    const anyHint = keywordTest(doc, ANY_HINT);
    for (let i = 0; i < doc.segments.count; i++) {
      if (!anyHint(i) || !keyed(i)) continue;
      let text: string | null = null;
      /** TRACKING_CONTEXT here or in the segment before: 1 / 0, -1 until asked. */
      let context = -1;
      for (let k = 0; k < GLOBAL_PATTERNS.length; k++) {
        const { tech, global, needsContext } = GLOBAL_PATTERNS[k]!;
        // Only patterns whose tech is still missing and whose hints are here are tried.
        if (found.has(tech) || !hinted[k]!(i)) continue;
        text ??= doc.segments.textOf(i);
        if (needsContext) {
          if (context < 0) context = inContext(doc, i, text);
          if (context === 0) continue;
        }
        for (const m of matchAll(global, text)) {
          if (isNegatedAt(text, m.index)) continue;
          if (tech === 'web-beacons' && /^pixels?$/i.test(m[0])) {
            if (context < 0) context = inContext(doc, i, text);
            if (context === 0 || NOT_BEACON.test(text)) continue;
          }
          if (tech === 'flash-cookies' && NOT_FLASH.test(text)) continue;
          found.set(tech, evidenceOf(doc.segments.at(i)));
          break;
        }
      }
    }
    const value = ORDER.filter((t) => found.has(t));
    return { value, evidence: value.map((t) => found.get(t)!) };
  },
};
