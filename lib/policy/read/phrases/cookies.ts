/** Data only: cookie names a policy names. Used by ../facts/cookies.ts. Literal names only. */

/** Identifier-shaped tokens with an underscore: __zlcid, _ga, _gid, __utma, _fbp, hubspotutk is below. */
export const UNDERSCORE_NAME = /(?<![\w@./\\-])(?:\\?_){0,2}[A-Za-z][A-Za-z0-9]*(?:\\?_[A-Za-z0-9-]+)+(?![\w@/-]|\.\w)|(?<![\w@./\\-])(?:\\?_){1,2}[A-Za-z0-9][A-Za-z0-9-]*(?![\w@/-]|\.\w)/g;

/** Well-known names without an underscore (checked case-sensitively, in cookie context only). */
export const KNOWN_COOKIE_NAMES: ReadonlySet<string> = new Set([
  'PHPSESSID', 'JSESSIONID', 'ASPSESSIONID', 'ASP.NET_SessionId', 'CFID', 'CFTOKEN', 'NID', 'IDE', 'DSID', 'ANID',
  'HSID', 'SSID', 'APISID', 'SAPISID', 'SIDCC', 'OTZ', 'AEC', 'hubspotutk', '__hstc', '__hssc', '__hssrc', 'MUID',
  'MUIDB', 'bcookie', 'bscookie', 'lidc', 'UserMatchHistory', 'personalization_id', 'guest_id', 'datr', 'AWSALB',
  'AWSALBCORS', 'AWSELB', 'intercom-id', 'intercom-session', 'optimizelyEndUserId', 'mp_mixpanel', 'ajs_anonymous_id',
  'ajs_user_id', 'OptanonConsent', 'OptanonAlertBoxClosed', 'CookieConsent', 'euconsent-v2', 'VISITOR_INFO1_LIVE',
  'YSC', 'PREF', 'uuid2', 'anj', 'TDID', 'IDSYNC', 'tuuid', 'cf_clearance', 'wordpress_logged_in', 'wp-settings',
  'livechat_chat_visited', 'lc_window_state', 'olfsk', 'hblid', 'drift_aid', 'driftt_aid', 'crisp-client',
  'TawkConnectionTime', 'twk_uuid', 'tidio_state', 'zte2095', 'ZD-buid', 'ZD-suid', '_zendesk_session',
]);

/** Tokens with underscores that are not cookie names (URL parameters, code words, markup). */
export const NOT_COOKIE_NAMES: ReadonlySet<string> = new Set([
  'utm_source', 'utm_medium', 'utm_campaign', 'utm_term', 'utm_content', 'client_id', 'user_id', 'access_token',
  'redirect_uri', 'response_type', 'id_token',
]);

/** A segment is in cookie context when it, its lead-in or its heading says "cookie". */
export const COOKIE_CONTEXT = /\bcookies?\b/i;

export const MAX_COOKIE_NAMES = 40;

/**
 * A segment led by one name in a slot of its own: "**sessionid** (expires ...) – ..." or
 * "`lang`: ..." (group 1, marked), or a bare token that is the whole segment (group 2, a table cell).
 */
export const NAME_SLOT = /^(?:(?:\*\*|__|`)([A-Za-z_][\w.%-]{0,40})(?:\*\*|__|`)(?=\s*$|\s*[:(–—]|\s+-\s)|([A-Za-z_][\w.%-]{0,40})\s*$)/;

/** The header of a cookie table: "Cookie name", "Name of cookie", "COOKIE name". */
export const COOKIE_TABLE_HEADER = /\bcookie\s+names?\b|\bnames?\s+of\s+(?:the\s+)?cookies?\b|^\W*(?:cookie|name)\W*$/i;

/** Table and list labels that are name-shaped but never cookie names. */
export const NOT_NAME_WORDS: ReadonlySet<string> = new Set([
  'cookie', 'cookies', 'name', 'names', 'purpose', 'purposes', 'description', 'type', 'duration', 'expiry', 'expiration',
  'expires', 'provider', 'domain', 'session', 'persistent', 'essential', 'necessary', 'functional', 'performance',
  'analytics', 'advertising', 'marketing', 'targeting', 'yes', 'no', 'none', 'n/a', 'first-party', 'third-party',
  'note', 'notes', 'example', 'category', 'lifetime', 'retention', 'details', 'more', 'info', 'faq', 'gdpr', 'ccpa',
  'usa', 'us', 'eu', 'uk', 'id', 'ip', 'url', 'html', 'http', 'https', 'ssl', 'tls', 'api',
]);
