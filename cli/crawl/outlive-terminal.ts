/**
 * Lets a crawl whose terminal closed finish its file and sidecar and close its browsers.
 *
 * Every write to a terminal that is gone fails with EIO (a pipe whose reader left: EPIPE), and an
 * unheard stream error ends the process half-way through stopping. The failed write can come
 * before the kernel's SIGHUP is handled (a progress bar redraws twice a second), so the streams
 * are watched from the crawl's start: their first error stops the crawl as the hang-up would,
 * and from then on what goes to the terminal is dropped; the files are what count.
 */
let outlived = false;
let watching = false;
const goneHandlers = new Set<() => void>();

/** Calls `onGone` when stdout or stderr can no longer be written; returns the call that stops watching. */
export function watchTerminal(onGone: () => void): () => void {
  if (!watching) {
    watching = true;
    for (const stream of [process.stdout, process.stderr]) stream.on('error', terminalGone);
  }
  goneHandlers.add(onGone);
  return () => {
    goneHandlers.delete(onGone);
  };
}

/** From now on writes to stdout and stderr that fail are dropped, never thrown. */
export function outliveTerminal(): void {
  if (outlived) return;
  outlived = true;
  for (const stream of [process.stdout, process.stderr]) {
    const write = stream.write.bind(stream) as (...args: unknown[]) => boolean;
    stream.write = ((...args: unknown[]) => {
      try {
        return write(...args);
      } catch {
        return false;
      }
    }) as typeof stream.write;
    stream.on('error', () => undefined);
  }
}

function terminalGone(): void {
  outliveTerminal();
  for (const handler of [...goneHandlers]) handler();
}
