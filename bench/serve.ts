// A static file server for the benchmark: the app build at /, the baseline at /baseline/, datasets at /data/.
import { createReadStream, existsSync, statSync } from 'node:fs';
import { createGzip } from 'node:zlib';
import { createServer, type Server } from 'node:http';
import path from 'node:path';
import { APP_DIR, DATA_DIR } from './prepare';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.json': 'application/json',
  '.bin': 'application/octet-stream',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.webmanifest': 'application/manifest+json',
};

function resolve(urlPath: string, appDir: string): string | null {
  const clean = path.posix.normalize(decodeURIComponent(urlPath)).replace(/^(\.\.\/)+/, '');
  const root = clean.startsWith('/data/synth-') ? DATA_DIR : appDir;
  const relative = clean.startsWith('/data/synth-') ? clean.slice('/data/'.length) : clean.slice(1);
  let file = path.join(root, relative);
  if (!file.startsWith(root)) return null;
  if (existsSync(file) && statSync(file).isDirectory()) file = path.join(file, 'index.html');
  return existsSync(file) ? file : null;
}

/**
 * `appDir`: another build of the app (bench/coverage-report.ts compares two). `gzip`: compress what a client
 * accepts compressed (images aside), as a static host does; the page benchmarks serve files as they are.
 */
export function serve(
  port: number,
  appDir: string = APP_DIR,
  options: { gzip?: boolean } = {},
): Promise<Server> {
  const server = createServer((request, response) => {
    const url = new URL(request.url ?? '/', 'http://localhost');
    const file = resolve(url.pathname, appDir);
    if (!file) {
      response.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
      return;
    }
    const type = TYPES[path.extname(file)] ?? 'application/octet-stream';
    const accepts = /\bgzip\b/.test(String(request.headers['accept-encoding'] ?? ''));
    if (options.gzip && accepts && !type.startsWith('image/png')) {
      response.writeHead(200, {
        'content-type': type,
        'content-encoding': 'gzip',
        'cache-control': 'no-store',
      });
      createReadStream(file).pipe(createGzip()).pipe(response);
      return;
    }
    response.writeHead(200, {
      'content-type': type,
      'content-length': statSync(file).size,
      'cache-control': 'no-store',
    });
    createReadStream(file).pipe(response);
  });
  return new Promise((ready) => server.listen(port, '127.0.0.1', () => ready(server)));
}
