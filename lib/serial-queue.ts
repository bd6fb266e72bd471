/**
 * Runs the tasks given to it one after another, in the order they were given, so that one
 * read-modify-write of stored state never interleaves with another. A task that fails does
 * not stop the ones after it; its caller gets the failure.
 */
export type SerialQueue = <T>(task: () => Promise<T>) => Promise<T>;

export function createSerialQueue(): SerialQueue {
  let tail: Promise<unknown> = Promise.resolve();
  return <T>(task: () => Promise<T>): Promise<T> => {
    const run = tail.then(task);
    tail = run.catch(() => undefined);
    return run;
  };
}
