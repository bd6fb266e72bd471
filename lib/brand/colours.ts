/**
 * The extension's colours, shared by the icon (assets/*.svg use the same values; a unit test
 * keeps them equal) and the toolbar badge. One purple that stands out against light and dark
 * toolbars (at least 3:1, WCAG's figure for graphics) and carries white badge text (4.5:1).
 */
export const brandColour = '#7a5af8';
export const badgeTextColour = '#ffffff';

/** Toolbar backgrounds the icon and badge sit on: Chrome's and Firefox's light and dark themes. */
export const toolbarBackgrounds = {
  chromeLight: '#ffffff',
  chromeDark: '#202124',
  firefoxLight: '#f9f9fb',
  firefoxDark: '#2b2a33',
} as const;
