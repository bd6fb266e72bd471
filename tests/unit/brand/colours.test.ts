import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { badgeTextColour, brandColour, toolbarBackgrounds } from '../../../lib/brand/colours';
import { contrastRatio } from '../../../lib/brand/contrast';

const root = join(import.meta.dirname, '..', '..', '..');

describe('icon and badge colours', () => {
  it('computes WCAG contrast (black on white is 21:1, a colour on itself 1:1)', () => {
    expect(contrastRatio('#000000', '#ffffff')).toBeCloseTo(21, 5);
    expect(contrastRatio(brandColour, brandColour)).toBe(1);
  });

  it.each(Object.entries(toolbarBackgrounds))('icon and badge stand out on the %s toolbar (at least 3:1)', (_, background) => {
    expect(contrastRatio(brandColour, background)).toBeGreaterThanOrEqual(3);
  });

  it('the badge count is readable text on the badge (at least 4.5:1)', () => {
    expect(contrastRatio(badgeTextColour, brandColour)).toBeGreaterThanOrEqual(4.5);
  });

  it.each(['icon.svg', 'icon-16.svg'])('assets/%s draws in those colours only', (file) => {
    const svg = readFileSync(join(root, 'assets', file), 'utf8');
    const colours = new Set([...svg.matchAll(/#[0-9a-f]{6}\b/gi)].map((match) => match[0].toLowerCase()));
    expect([...colours].sort()).toEqual([brandColour, badgeTextColour].sort());
  });
});
