import { describe, expect, it } from 'vitest';
import { Resvg } from '@resvg/resvg-js';
import { readPngHeader } from '../../../lib/store-listing/png-header';

describe('a PNG header', () => {
  it('gives the size and colour type of a real PNG', () => {
    const png = new Resvg('<svg xmlns="http://www.w3.org/2000/svg" width="37" height="21"><rect width="37" height="21" fill="#7a5af8"/></svg>').render().asPng();
    const header = readPngHeader(png);
    expect({ width: header.width, height: header.height }).toEqual({ width: 37, height: 21 });
    expect([2, 6]).toContain(header.colourType);
  });

  it('refuses what is not a PNG', () => {
    expect(() => readPngHeader(new TextEncoder().encode('GIF89a, a long enough line of bytes'))).toThrow('not a PNG file');
  });
});
