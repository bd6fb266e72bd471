import { describe, expect, it } from 'vitest';
import { createSerialQueue } from '../../lib/serial-queue';

const tick = () => new Promise<void>((resolve) => setImmediate(resolve));

describe('createSerialQueue', () => {
  it('runs each task only after the one before has finished, in the order given', async () => {
    const queue = createSerialQueue();
    const log: string[] = [];
    let releaseFirst: () => void = () => undefined;
    const first = queue(async () => {
      log.push('first starts');
      await new Promise<void>((resolve) => (releaseFirst = resolve));
      log.push('first ends');
      return 1;
    });
    const second = queue(async () => {
      log.push('second runs');
      return 'two';
    });
    await tick();
    expect(log).toEqual(['first starts']);
    releaseFirst();
    expect(await Promise.all([first, second])).toEqual([1, 'two']);
    expect(log).toEqual(['first starts', 'first ends', 'second runs']);
  });

  it('gives a failure to its own caller and goes on with the next task', async () => {
    const queue = createSerialQueue();
    const failing = queue(async () => {
      throw new Error('disk full');
    });
    const next = queue(async () => 'still runs');
    await expect(failing).rejects.toThrow('disk full');
    await expect(next).resolves.toBe('still runs');
  });

  it('keeps separate queues apart', async () => {
    const a = createSerialQueue();
    const b = createSerialQueue();
    const log: string[] = [];
    let releaseA: () => void = () => undefined;
    const blocked = a(() => new Promise<void>((resolve) => (releaseA = resolve)));
    await b(async () => log.push('b ran while a waits'));
    expect(log).toEqual(['b ran while a waits']);
    releaseA();
    await blocked;
  });
});
