/**
 * Size limits of one policy-link candidate: the content script cuts or drops links to fit
 * (collect-links.ts), and the background refuses anything larger (messages.ts), so both read
 * them from here.
 */
export const MAX_LINK_TEXT_CHARS = 300;
export const MAX_LINK_HREF_CHARS = 2048;
export const MAX_LINK_REL_CHARS = 200;
