/** Tracking technologies used on the site or service: analytics, advertising, web beacons, Flash cookies, remarketing. */

import type { Evidence, TrackingTech } from '../../types';
import type { FactExtractor } from './context';
import { evidenceOf, segmentsWith } from './context';
import { isNegatedAt, matchAll } from '../polarity';
import { NOT_BEACON, NOT_FLASH, TRACKING_CONTEXT, TRACKING_KEYWORDS, TRACKING_PATTERNS } from '../phrases/tracking-tech';

const GLOBAL_PATTERNS = TRACKING_PATTERNS.map((p) => ({ ...p, global: new RegExp(p.pattern.source, 'gi') }));
const ORDER: readonly TrackingTech[] = ['analytics', 'advertising', 'web-beacons', 'flash-cookies', 'remarketing'];

export const trackingTech: FactExtractor<'trackingTech'> = {
  fact: 'trackingTech',
  extract(doc) {
    const found = new Map<TrackingTech, Evidence>();
    for (const i of segmentsWith(doc, TRACKING_KEYWORDS)) {
      const segment = doc.segments.at(i);
      const text = segment.text;
      const previous = i > 0 ? doc.segments.textOf(i - 1) : '';
      const context = TRACKING_CONTEXT.test(text) || TRACKING_CONTEXT.test(previous);
      for (const { tech, global, needsContext } of GLOBAL_PATTERNS) {
        if (found.has(tech)) continue;
        if (needsContext && !context) continue;
        for (const m of matchAll(global, text)) {
          if (isNegatedAt(text, m.index)) continue;
          if (tech === 'web-beacons' && /^pixels?$/i.test(m[0]) && (!context || NOT_BEACON.test(text))) continue;
          if (tech === 'flash-cookies' && NOT_FLASH.test(text)) continue;
          found.set(tech, evidenceOf(segment));
          break;
        }
      }
    }
    const value = ORDER.filter((t) => found.has(t));
    return { value, evidence: value.map((t) => found.get(t)!) };
  },
};
