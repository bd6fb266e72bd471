import { analyzePolicy } from '../../../lib/policy/read/analyze';
import type { PracticeInput, ReadPolicy } from '../../../lib/practice/mismatch';

export const NOW = Date.parse('2026-12-06T12:00:00Z');
const DAY = 86_400_000;

/** An expiry `days` after NOW, as the cookie table holds it. */
export const expiresIn = (days: number) => new Date(NOW + days * DAY).toISOString();

/** A policy read by the real analyser from our own synthetic sentences. */
export function policyOf(text: string, url = 'https://shop.example/privacy'): ReadPolicy {
  return { url, facts: analyzePolicy(`Privacy Policy. We collect your name and email address. ${text}`).facts };
}

/** A page with nothing on it and no signals sent, unless told otherwise. */
export function practiceInput(fields: Partial<PracticeInput>): PracticeInput {
  return { sitePolicy: null, vendorPolicies: [], cookies: [], trackers: [], widgets: [], privacySignals: { dnt: false, gpc: false }, now: NOW, ...fields };
}
