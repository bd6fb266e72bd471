import { describe, expect, it } from 'vitest';
import { inShard, parseShard } from '../../../lib/crawl/crawl-shard';
import { crawlIdOf } from '../../../lib/crawl/crawl-id';

describe('--shard K/N', () => {
  it('parses K/N with 1 ≤ K ≤ N, and explains anything else', () => {
    expect(parseShard('2/8')).toEqual({ index: 2, count: 8 });
    for (const bad of ['0/3', '4/3', '1/0', '1-3', 'a/b', '', '1/3/4']) expect(parseShard(bad)).toHaveProperty('error');
  });

  it('puts every page in exactly one shard, evenly enough, and always the same one', () => {
    const ids = Array.from({ length: 3000 }, (_, index) => crawlIdOf(`https://site-${index}.example/`));
    const count = 4;
    const sizes = Array.from({ length: count }, (_, index) => ids.filter((id) => inShard(id, { index: index + 1, count })).length);
    expect(sizes.reduce((sum, size) => sum + size, 0)).toBe(ids.length);
    for (const id of ids) expect(Array.from({ length: count }, (_, index) => inShard(id, { index: index + 1, count })).filter(Boolean)).toHaveLength(1);
    for (const size of sizes) expect(Math.abs(size - ids.length / count)).toBeLessThan(ids.length / count / 5);
    expect(inShard(ids[7]!, { index: 1, count: 1 })).toBe(true);
  });
});
