import type { CookieRecord } from './classify';

/** How well one page's cookies are named with the vendor known to have set them. */
export interface AttributionScore {
  readonly cookies: number;
  /** Named with the right vendor. */
  readonly named: number;
  /** Named with another vendor: the failure that must never happen. */
  readonly wrong: readonly string[];
  /** Named with no vendor. */
  readonly unnamed: readonly string[];
}

/** Scores cookies all set by one vendor (a corpus page that holds only that vendor's widget). */
export function attributionScore(cookies: readonly Pick<CookieRecord, 'name' | 'domain' | 'vendor'>[], vendor: string): AttributionScore {
  const wrong: string[] = [];
  const unnamed: string[] = [];
  let named = 0;
  for (const cookie of cookies) {
    if (cookie.vendor === vendor) named++;
    else if (cookie.vendor === null) unnamed.push(`${cookie.name} @ ${cookie.domain}`);
    else wrong.push(`${cookie.name} @ ${cookie.domain} (named ${cookie.vendor})`);
  }
  return { cookies: cookies.length, named, wrong, unnamed };
}
