/**
 * Text in, contract facts out (../../../shared/CONTRACT.md, `analyze`): each fact with the exact
 * sentences that support it. Pure, synchronous, runs in Node and in the extension's service
 * worker. Never throws: any input gives a contract-shaped result.
 */

import type { Evidence, PolicyAnalysis, PolicyFacts } from '../types';
import { segmentTable } from './sentences';
import { FACT_EXTRACTORS, extractLastUpdated } from './facts/index';
import { emptyFacts } from '../empty-facts';
import type { FactName, PolicyDocument } from './facts/index';
import { learnedItems } from './learned/learned-items';
import { withLearnedItems } from './learned/with-learned-items';
import { ITEM_MODEL } from './learned/item-model';

export { assessPolicyText } from './assess';
export type { PolicyTextAssessment } from './assess';

/** Longer inputs are analysed up to here (real policies are under 200 KB; pages of junk are not policies). */
export const MAX_ANALYZED_CHARS = 5_000_000;

export interface AnalyzeOptions {
  /** The document's title, if the caller has one (HTML <title>, Readability). */
  readonly title?: string | null;
  /** Analyse at most this many characters (default MAX_ANALYZED_CHARS). */
  readonly maxChars?: number;
  /** False: the rules alone, without the learned model's `rights` and `sharing` items (for measuring each part). */
  readonly learned?: boolean;
}

/** PolicyAnalysis plus the evidence for `lastUpdated` (an added field; the contract allows additions). */
export interface PolicyAnalysisWithEvidence extends PolicyAnalysis {
  readonly lastUpdatedEvidence: readonly Evidence[];
}

/** Builds the segmented document the extractors read. */
export function buildPolicyDocument(text: string): PolicyDocument {
  const segments = segmentTable(text);
  // One toLowerCase over the whole text is far cheaper than one per segment (two-byte strings
  // take a slow path per call); its slices line up with the segments when the length is kept.
  // Segment texts are sliced when asked for, not kept (a page can have 750,000 segments).
  const lowerText = text.toLowerCase();
  if (lowerText.length === text.length) {
    return { text, segments, lowered: (index) => lowerText.slice(segments.start[index]!, segments.end[index]!), lowerText };
  }
  const lowered: string[] = [];
  return { text, segments, lowered: (index) => (lowered[index] ??= segments.textOf(index).toLowerCase()) };
}

/** Keeps only evidence that really sits at its offset (a guard: extractors build it from segments). */
function checked(text: string, evidence: readonly Evidence[]): Evidence[] {
  return evidence.filter((e) => typeof e.quote === 'string' && e.quote.length > 0 && text.startsWith(e.quote, e.start));
}

export function analyzePolicy(text: string, options: AnalyzeOptions = {}): PolicyAnalysisWithEvidence {
  const title = typeof options.title === 'string' && options.title.trim() !== '' ? options.title.trim() : null;
  const facts = emptyFacts() as { -readonly [K in FactName]: PolicyFacts[K] };
  let lastUpdated: string | null = null;
  let lastUpdatedEvidence: Evidence[] = [];
  try {
    const source = typeof text === 'string' ? text : '';
    const max = options.maxChars !== undefined && options.maxChars >= 0 ? Math.min(options.maxChars, MAX_ANALYZED_CHARS) : MAX_ANALYZED_CHARS;
    const limited = source.length > max ? source.slice(0, max) : source;
    const doc = buildPolicyDocument(limited);
    for (const name of Object.keys(FACT_EXTRACTORS) as FactName[]) {
      try {
        let fact = FACT_EXTRACTORS[name].extract(doc);
        if (options.learned !== false && (name === 'rights' || name === 'sharing')) {
          try {
            fact = withLearnedItems(fact as PolicyFacts['rights' | 'sharing'], name === 'rights' ? 'r:' : 's:', doc, learnedItems(doc), ITEM_MODEL.items) as typeof fact;
          } catch (error) {
            // The model failing leaves the rules' items.
            console.warn(`[policy] learned ${name} items failed:`, error instanceof Error ? error.message : error);
          }
        }
        (facts as Record<FactName, unknown>)[name] = { ...fact, evidence: checked(limited, fact.evidence) };
      } catch (error) {
        // One broken extractor must not take the others down; the fact stays "silent".
        console.warn(`[policy] ${name} extractor failed:`, error instanceof Error ? error.message : error);
      }
    }
    try {
      const found = extractLastUpdated(doc);
      lastUpdated = found.value;
      lastUpdatedEvidence = checked(limited, found.evidence);
    } catch (error) {
      console.warn('[policy] lastUpdated failed:', error instanceof Error ? error.message : error);
    }
  } catch (error) {
    console.warn('[policy] analysis failed:', error instanceof Error ? error.message : error);
  }
  return { title, lastUpdated, facts, lastUpdatedEvidence };
}
