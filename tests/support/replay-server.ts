// A local HTTP server on 127.0.0.1 that replays recorded API answers, so no test needs the network. Each
// request is matched to a script by `keyOf`; a script's replies are used in turn, its last one repeatedly.
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export type Reply =
  | { status?: number; headers?: Record<string, string>; body: string }
  /** Announces the whole body, sends the first `bytes` of it, then drops the connection. */
  | { dropAfter: number; body: string }
  /** Drops the connection before answering. */
  | { drop: true };

export type ReplayServer = {
  /** Base URL, e.g. http://127.0.0.1:40123/api/v2 */
  api: string;
  /** Every request, in order. */
  requests: { url: URL; userAgent: string | undefined }[];
  /** Replaces scripts (their replies start again from the first). */
  replace(scripts: Record<string, Reply[]>): void;
  close(): Promise<void>;
};

export async function startReplayServer(
  scripts: Record<string, Reply[]>,
  keyOf: (url: URL) => string,
): Promise<ReplayServer> {
  const used = new Map<string, number>();
  const requests: ReplayServer['requests'] = [];
  const server = createServer((request: IncomingMessage, response: ServerResponse) => {
    const url = new URL(request.url ?? '/', 'http://127.0.0.1');
    requests.push({ url, userAgent: request.headers['user-agent'] });
    const key = keyOf(url);
    const script = scripts[key];
    if (!script || script.length === 0) {
      response.writeHead(404, { 'content-type': 'text/plain' }).end(`no recording for ${key}`);
      return;
    }
    const index = used.get(key) ?? 0;
    used.set(key, index + 1);
    const reply = script[Math.min(index, script.length - 1)] as Reply;
    if ('drop' in reply) {
      request.socket.destroy();
      return;
    }
    const body = Buffer.from(reply.body, 'utf8');
    if ('dropAfter' in reply) {
      response.writeHead(200, { 'content-type': 'application/json', 'content-length': body.length });
      response.write(body.subarray(0, reply.dropAfter), () => request.socket.destroy());
      return;
    }
    response.writeHead(reply.status ?? 200, {
      'content-type': (reply.status ?? 200) === 200 ? 'application/json' : 'text/plain',
      'content-length': body.length,
      ...reply.headers,
    });
    response.end(body);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    api: `http://127.0.0.1:${port}/api/v2`,
    requests,
    replace(next) {
      for (const [key, replies] of Object.entries(next)) {
        scripts[key] = replies;
        used.delete(key);
      }
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
