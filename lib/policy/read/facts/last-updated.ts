/** The policy's own date (last updated / effective / version), as YYYY-MM-DD. Not part of `facts` in the contract. */

import type { Evidence } from '../../types';
import type { PolicyDocument } from './context';
import { evidenceOf, segmentsWith, registerKeywords } from './context';
import { findFirstDate } from '../dates';
import { labelToDateGap } from './label-date-gap';
import { matchAll } from '../polarity';
import { COPYRIGHT_MARK, DATE_LABELS, LABEL_NEAR_START, NAMES_THE_POLICY, NOT_THE_POLICY_DATE, SHORT_SEGMENT } from '../phrases/last-updated';

const GLOBAL_LABELS = DATE_LABELS.map((l) => ({ rank: l.rank, re: new RegExp(l.pattern.source, 'gi') }));
const KEYWORDS: readonly string[] = ['updat', 'revis', 'modif', 'amend', 'review', 'chang', 'effect', 'version', 'dated', 'published', 'last', 'date', 'edit', 'force', 'applies'];

export interface LastUpdated {
  readonly value: string | null;
  readonly evidence: readonly Evidence[];
}

interface Candidate { iso: string; rank: number; evidence: Evidence }

// Registered at load, so the keyword index is built once for the first document (not once per new list).
registerKeywords([KEYWORDS]);

export function extractLastUpdated(doc: PolicyDocument): LastUpdated {
  const candidates: Candidate[] = [];
  for (const i of segmentsWith(doc, KEYWORDS)) {
    const segment = doc.segments.at(i);
    // Markdown emphasis ("_EFFECTIVE DATE:_") would hide the label's word boundary: read underscores as spaces (same offsets).
    const plain = segment.text.includes('_') ? segment.text.replace(/_/g, ' ') : segment.text;
    const copyright = COPYRIGHT_MARK.exec(plain);
    const text = copyright ? plain.slice(0, copyright.index) : plain;
    const short = text.length <= SHORT_SEGMENT;
    const namesPolicy = NAMES_THE_POLICY.test(text);
    // A label counts only in a short line or a sentence naming the policy: elsewhere nothing below can be added.
    if ((!short && !namesPolicy) || NOT_THE_POLICY_DATE.test(text)) continue;
    for (const { rank, re } of GLOBAL_LABELS) {
      for (const m of matchAll(re, text)) {
        if (!(short && m.index <= LABEL_NEAR_START) && !namesPolicy) continue;
        const labelEnd = m.index + m[0].length;
        const after = text.slice(labelEnd, labelEnd + 90);
        const date = findFirstDate(after);
        if (date && labelToDateGap(after.slice(0, date.index))) {
          candidates.push({ iso: date.iso, rank, evidence: evidenceOf(segment) });
          continue;
        }
        // "Last updated" as a heading or label line with the date on the next line.
        const next = i + 1 < doc.segments.count ? doc.segments.at(i + 1) : undefined;
        if (short && next && labelToDateGap(after) && next.text.length <= 60) {
          const nextDate = findFirstDate(next.text);
          if (nextDate && nextDate.index <= 3) candidates.push({ iso: nextDate.iso, rank, evidence: evidenceOf(next) });
        }
      }
    }
  }
  if (candidates.length === 0) return { value: null, evidence: [] };
  const best = candidates.reduce((a, b) => (b.rank > a.rank || (b.rank === a.rank && b.iso > a.iso) ? b : a));
  return { value: best.iso, evidence: [best.evidence] };
}

