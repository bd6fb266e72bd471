/** What a PNG's header (its IHDR chunk) says: the size and how pixels are stored. */
export interface PngHeader {
  readonly width: number;
  readonly height: number;
  readonly bitDepth: number;
  /** 2 is RGB, 6 RGB with alpha (https://www.w3.org/TR/png-3/#6Colour-values). */
  readonly colourType: number;
}

const signature = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

/**
 * Reads a PNG's size and pixel format from its first 29 bytes, without decoding it: the check
 * that a store screenshot is 1280×800 and, for the Chrome Web Store, has no alpha channel.
 */
export function readPngHeader(bytes: Uint8Array): PngHeader {
  if (bytes.length < 29 || signature.some((byte, index) => bytes[index] !== byte)) throw new Error('not a PNG file');
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const chunkType = String.fromCharCode(...bytes.subarray(12, 16));
  if (chunkType !== 'IHDR') throw new Error('a PNG file without its IHDR header');
  return { width: view.getUint32(16), height: view.getUint32(20), bitDepth: bytes[24]!, colourType: bytes[25]! };
}
