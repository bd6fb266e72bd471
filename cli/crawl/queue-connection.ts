import { Redis, type RedisOptions } from 'ioredis';
import { UsageError } from '../io';

/** The BullMQ queue every crawl command and worker uses; a Redis database (/DB in the URL) keeps crawls apart. */
export const crawlQueueName = 'privacy-inspector-crawl';

/** ioredis options of a redis:// or rediss:// URL; a malformed one is a usage error. */
export function redisOptionsOf(url: string): RedisOptions {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    throw new UsageError(`--queue takes redis://HOST:PORT[/DB], not ${JSON.stringify(url)}`);
  }
  if (parsed.protocol !== 'redis:' && parsed.protocol !== 'rediss:') throw new UsageError(`--queue takes redis://HOST:PORT[/DB], not ${JSON.stringify(url)}`);
  const db = parsed.pathname.replace(/^\//, '');
  if (db !== '' && !/^\d{1,2}$/.test(db)) throw new UsageError(`--queue ${url}: the database after / must be a number`);
  return {
    host: parsed.hostname || '127.0.0.1',
    port: parsed.port ? Number(parsed.port) : 6379,
    db: db ? Number(db) : 0,
    ...(parsed.username ? { username: decodeURIComponent(parsed.username) } : {}),
    ...(parsed.password ? { password: decodeURIComponent(parsed.password) } : {}),
    ...(parsed.protocol === 'rediss:' ? { tls: {} } : {}),
    // BullMQ's workers block on Redis and must retry for ever.
    maxRetriesPerRequest: null,
  };
}

/**
 * Connects once, without retrying, so that an unreachable or refusing Redis is one clear line
 * before anything starts (ioredis would otherwise retry for ever in silence).
 */
export async function checkRedis(url: string, options: RedisOptions): Promise<void> {
  const probe = new Redis({ ...options, lazyConnect: true, maxRetriesPerRequest: 0, retryStrategy: () => null, connectTimeout: 5000, enableOfflineQueue: false });
  probe.on('error', () => undefined);
  try {
    await probe.connect();
    await probe.ping();
  } catch (error) {
    const reason = (error as NodeJS.ErrnoException).code ?? (error as Error).message.split('\n')[0];
    throw new UsageError(`cannot reach Redis at ${url}: ${reason}`);
  } finally {
    probe.disconnect();
  }
}
