import { readFile } from 'node:fs/promises';
import { parseCrawlList, type CrawlTarget } from '../../lib/crawl/crawl-list';
import { inShard, type CrawlShard } from '../../lib/crawl/crawl-shard';
import { UsageError } from '../io';

export interface CrawlList {
  readonly targets: CrawlTarget[];
  readonly duplicates: number;
  /** Pages of the list that belong to other shards. */
  readonly otherShards: number;
}

async function readStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

/** The LIST (a file, or "-" for stdin), parsed and sharded; a bad line stops with one line naming it. */
export async function readCrawlList(list: string, shard: CrawlShard | null): Promise<CrawlList> {
  let text: string;
  try {
    text = list === '-' ? await readStdin() : await readFile(list, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new UsageError(code === 'ENOENT' ? `no such list: ${list}` : `cannot read ${list}: ${code ?? (error as Error).message}`);
  }
  const parsed = parseCrawlList(text);
  const where = list === '-' ? 'stdin' : list;
  if (parsed.errors.length) {
    const more = parsed.errors.length > 1 ? ` (and ${parsed.errors.length - 1} more bad line(s))` : '';
    throw new UsageError(`${where}: ${parsed.errors[0]}${more}`);
  }
  if (parsed.targets.length === 0) throw new UsageError(`${where} names no page to crawl`);
  const targets = shard ? parsed.targets.filter((target) => inShard(target.id, shard)) : parsed.targets;
  return { targets, duplicates: parsed.duplicates, otherShards: parsed.targets.length - targets.length };
}
