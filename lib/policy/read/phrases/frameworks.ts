/**
 * Data only: legal frameworks a policy names. Used by ../facts/frameworks.ts.
 * Conventions: Safe Harbor is not Privacy Shield; Cal. Civ. Code 1798.83 ("Shine the Light") is not CCPA.
 */

import type { Framework } from '../../types';

/** Cheap pre-filter (word beginnings) for FRAMEWORK_PATTERNS. */
export const FRAMEWORK_KEYWORDS = ['gdpr', 'general data', '2016', 'privacy shield', 'coppa', 'children', 'ccpa', 'cpra', 'california', '1798'] as const;

export const FRAMEWORK_PATTERNS: readonly (readonly [Framework, RegExp])[] = [
  ['GDPR', /\bGDPR\b|\bGeneral\s+Data\s+Protection\s+Regulation\b|\bRegulation\s+\(EU\)\s*(?:No\.?\s*)?2016\/679\b|\b2016\/679\b/i],
  ['Privacy Shield', /\bPrivacy\s+Shield\b/i],
  ['COPPA', /\bCOPPA\b|\bChildren[’']?s\s+Online\s+Privacy\s+Protection\s+(?:Act|Rule)\b/i],
  ['CCPA', /\bCCPA\b|\bCPRA\b|\bCalifornia\s+Consumer\s+Privacy\s+Act\b|\bCalifornia\s+Privacy\s+Rights\s+Act\b|\b1798\.1\d\d\b/i],
];
