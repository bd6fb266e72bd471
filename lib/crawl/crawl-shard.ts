/**
 * `--shard K/N`: the share of a list that copy K of N takes, chosen by the page's crawl id (a
 * hash of its URL), so that N copies started anywhere (a Kubernetes Indexed Job, a Slurm job
 * array, GNU parallel) split a list between them without talking to each other, and every URL
 * lands in exactly one share. K counts from 1, as in `vitest --shard` and `jest --shard`.
 */
export interface CrawlShard {
  readonly index: number;
  readonly count: number;
}

/** Parses "K/N" (1 ≤ K ≤ N); null with the reason when it is not one. */
export function parseShard(text: string): CrawlShard | { error: string } {
  const match = /^(\d{1,6})\/(\d{1,6})$/.exec(text.trim());
  if (!match) return { error: `--shard takes K/N (such as 2/8), not ${JSON.stringify(text)}` };
  const index = Number(match[1]);
  const count = Number(match[2]);
  if (count < 1 || index < 1 || index > count) return { error: `--shard ${text}: K must be between 1 and N` };
  return { index, count };
}

/** Whether the page with crawl id `id` (hex) belongs to `shard`. */
export function inShard(id: string, shard: CrawlShard): boolean {
  // 48 bits of the hash: exact in a double, and evenly spread.
  return Number.parseInt(id.slice(0, 12), 16) % shard.count === shard.index - 1;
}
