import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);

/**
 * A throw-away certificate for the local fixture server's HTTPS side (vendor hosts mapped to
 * 127.0.0.1). Made with Debian's openssl at run time, so no private key is ever committed;
 * Chromium is told to accept it with --ignore-certificate-errors.
 */
export async function makeSelfSignedCert(): Promise<{ key: string; cert: string }> {
  const dir = await mkdtemp(join(tmpdir(), 'privacy-inspector-tls-'));
  try {
    await run('openssl', [
      'req', '-x509', '-newkey', 'ec', '-pkeyopt', 'ec_paramgen_curve:prime256v1', '-nodes',
      '-keyout', join(dir, 'key.pem'), '-out', join(dir, 'cert.pem'),
      '-days', '2', '-subj', '/CN=privacy-inspector-fixtures',
    ]);
    return { key: await readFile(join(dir, 'key.pem'), 'utf8'), cert: await readFile(join(dir, 'cert.pem'), 'utf8') };
  } catch (error) {
    throw new Error(`could not make a test certificate with openssl (apt-get install -y openssl): ${(error as Error).message}`);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
