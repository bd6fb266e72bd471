/**
 * The two kinds of name that settings and action messages carry, checked the same way wherever
 * they arrive (stored settings, messages from the popup or options page).
 */

/** A registrable site as `siteOf` gives it ("example.co.uk"): letters, digits, dots and hyphens, no leading dot. */
export const isSiteName = (value: unknown): value is string =>
  typeof value === 'string' && /^[a-z0-9.-]{1,253}$/i.test(value) && !value.startsWith('.');

/** A catalogue widget id or a tracker target id ("zendesk-chat", "tracker-google-analytics"). */
export const isTargetId = (value: unknown): value is string => typeof value === 'string' && /^[a-z0-9-]{1,80}$/.test(value);
