import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';

export interface VirtualDisplay {
  /** `:N`, for DISPLAY. */
  readonly display: string;
  stop(): Promise<void>;
}

const xvfbPath = '/usr/bin/Xvfb';

/**
 * Starts an X server in memory (Xvfb) for a browser with its real toolbar. Xvfb picks a free
 * display number itself and writes it on the descriptor given by -displayfd, so two runs never
 * collide.
 */
export async function startXvfb(size = '1920x1080x24'): Promise<VirtualDisplay> {
  if (!existsSync(xvfbPath)) throw new Error('Xvfb not found: apt-get install -y xvfb');
  const child: ChildProcess = spawn(xvfbPath, ['-displayfd', '3', '-screen', '0', size, '-nolisten', 'tcp'], { stdio: ['ignore', 'ignore', 'pipe', 'pipe'] });
  const number = await new Promise<string>((resolve, reject) => {
    let text = '';
    const timer = setTimeout(() => reject(new Error('Xvfb did not start in 10 s')), 10_000);
    child.stdio[3]!.on('data', (chunk: Buffer) => {
      text += chunk.toString();
      if (text.includes('\n')) {
        clearTimeout(timer);
        resolve(text.trim());
      }
    });
    child.on('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`Xvfb exited (${code})`));
    });
  });
  return {
    display: `:${number}`,
    stop: () =>
      new Promise<void>((resolve) => {
        if (child.exitCode !== null) return resolve();
        child.once('exit', () => resolve());
        child.kill('SIGTERM');
      }),
  };
}
