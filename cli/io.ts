/** Where a command writes; tests pass collectors, the binary passes the process streams. */
export interface CommandIo {
  stdout(text: string): void;
  stderr(text: string): void;
}

export const processIo: CommandIo = {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
};

/** A failure the user caused or can fix: printed as one line, never with a stack trace. */
export class UsageError extends Error {}
