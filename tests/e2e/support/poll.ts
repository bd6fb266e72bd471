/**
 * Reads `read` every `stepMs` until `done` holds for what it read, or `maxMs` has passed, and
 * returns the last value read: the caller asserts on it, so a timeout fails with what was seen.
 */
export async function pollUntil<T>(read: () => T | Promise<T>, done: (value: T) => boolean, maxMs = 8000, stepMs = 100): Promise<T> {
  const deadline = Date.now() + maxMs;
  let value = await read();
  while (!done(value) && Date.now() < deadline) {
    await new Promise((resolve) => setTimeout(resolve, stepMs));
    value = await read();
  }
  return value;
}
