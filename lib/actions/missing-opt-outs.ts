import type { OptOutEntry } from '../settings/settings';
import type { OptOutSpec } from '../widgets/types';

/**
 * The user's opt-outs on `site` whose cookies are no longer in the browser as we set them: cleared
 * by the browser's own "clear data" or another extension, expired, or overwritten. Each needs its
 * cookies set again, or the widget tracks the user while the popup still says "opted out". An
 * opt-out the user took back is no longer in `optOuts`, so it never comes back.
 */
export function missingOptOuts(
  optOuts: readonly OptOutEntry[],
  site: string,
  specOf: (vendorId: string) => OptOutSpec | undefined,
  cookieValues: ReadonlyMap<string, string>,
): OptOutSpec[] {
  const missing: OptOutSpec[] = [];
  for (const entry of optOuts) {
    if (entry.site !== site) continue;
    const spec = specOf(entry.vendorId);
    if (spec && spec.cookies.some((cookie) => cookieValues.get(cookie.name) !== cookie.value)) missing.push(spec);
  }
  return missing;
}
