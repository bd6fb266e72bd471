import { createServer, type IncomingMessage, type ServerResponse, type Server } from 'node:http';
import { createServer as createTlsServer } from 'node:https';
import type { AddressInfo } from 'node:net';
import { makeSelfSignedCert } from './self-signed-cert';

/** One thing the server answers with. `headers` may carry Set-Cookie (an array for several). */
export interface FixtureResponse {
  readonly body: string;
  readonly contentType?: string;
  readonly status?: number;
  readonly headers?: Readonly<Record<string, string | readonly string[]>>;
  /** Waits this long before answering (slow third parties). */
  readonly delayMs?: number;
}

export interface LoggedRequest {
  readonly host: string;
  readonly path: string;
  readonly headers: Readonly<Record<string, string | string[] | undefined>>;
}

/**
 * Serves test and demo pages on 127.0.0.1: plain HTTP for the sites under test, and HTTPS for
 * every other hostname (vendor hosts such as v2.zopim.com), which Chromium maps here with
 * `--host-resolver-rules`. Nothing leaves the machine.
 */
export class FixtureServer {
  private readonly routes = new Map<string, FixtureResponse | ((request: IncomingMessage) => FixtureResponse)>();
  readonly requests: LoggedRequest[] = [];
  private http: Server | null = null;
  private https: Server | null = null;

  /** `http://127.0.0.1:<port>` */
  origin = '';
  httpsPort = 0;

  /** Adds a response for `host + path` (host without port; query strings are ignored). */
  route(host: string, path: string, response: FixtureResponse | ((request: IncomingMessage) => FixtureResponse)): this {
    this.routes.set(`${host.toLowerCase()}${path}`, response);
    return this;
  }

  /** Adds a page on the plain-HTTP test origin (127.0.0.1). */
  page(path: string, body: string, headers?: FixtureResponse['headers']): this {
    return this.route('127.0.0.1', path, { body, contentType: 'text/html; charset=utf-8', headers });
  }

  /**
   * Chromium flags that send every hostname here (HTTPS side) and accept the test certificate.
   * The HTTPS side stands for the public internet (vendor hosts): Chromium counts it as a
   * public address, so the extension's fetches on a page's behalf, which refuse local
   * addresses, reach it; any other port on 127.0.0.1 stays loopback. `hostRules` come first
   * (`MAP intranet.example 127.0.0.1` sends a name to a local server instead).
   */
  chromiumArgs(hostRules: readonly string[] = []): string[] {
    return [
      `--host-resolver-rules=${[...hostRules, `MAP * 127.0.0.1:${this.httpsPort}`, 'EXCLUDE 127.0.0.1'].join(', ')}`,
      '--ignore-certificate-errors',
      `--ip-address-space-overrides=127.0.0.1:${this.httpsPort}=public`,
    ];
  }

  async start(): Promise<this> {
    const { key, cert } = await makeSelfSignedCert();
    const handler = (request: IncomingMessage, response: ServerResponse) => this.handle(request, response);
    this.http = createServer(handler);
    this.https = createTlsServer({ key, cert }, handler);
    await Promise.all([listen(this.http), listen(this.https)]);
    this.origin = `http://127.0.0.1:${(this.http.address() as AddressInfo).port}`;
    this.httpsPort = (this.https.address() as AddressInfo).port;
    return this;
  }

  async stop(): Promise<void> {
    await Promise.all([this.http, this.https].map((server) => server && close(server)));
  }

  private handle(request: IncomingMessage, response: ServerResponse): void {
    const host = (request.headers.host ?? '').replace(/:\d+$/, '').toLowerCase();
    const path = (request.url ?? '/').split('?')[0] ?? '/';
    this.requests.push({ host, path, headers: request.headers });
    const route = this.routes.get(`${host}${path}`);
    if (!route) {
      response.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
      return;
    }
    const answer = typeof route === 'function' ? route(request) : route;
    const send = () => {
      response.writeHead(answer.status ?? 200, {
        'content-type': answer.contentType ?? 'text/html; charset=utf-8',
        'cache-control': 'no-store',
        ...(answer.headers as Record<string, string | string[]>),
      });
      response.end(answer.body);
    };
    // Unref'd: a response held back (a hanging server) must not keep a finished process alive.
    if (answer.delayMs) setTimeout(send, answer.delayMs).unref();
    else send();
  }
}

function listen(server: Server): Promise<void> {
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve());
  });
}

function close(server: Server): Promise<void> {
  server.closeAllConnections?.();
  return new Promise((resolve) => server.close(() => resolve()));
}
