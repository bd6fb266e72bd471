/**
 * Lets a crawl that is stopping because its terminal closed (SIGHUP) finish its file and
 * sidecar and close its browsers: every write to a terminal that is gone throws EIO at once
 * (the progress bar's, the log's), which would end the process half-way through stopping.
 * From the hang-up on, what goes to the terminal is dropped; the files are what count.
 */
let outlived = false;

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
