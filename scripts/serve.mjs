// Serves the built site (dist/) under the base path, as GitHub Pages would: directory URLs get
// their index.html, anything else missing gets 404.html with status 404, and text is gzipped
// for clients that accept it (GitHub Pages compresses too, so page timings measured here match).
import { createServer } from 'node:http';
import { createGzip } from 'node:zlib';
import { createReadStream, existsSync, statSync } from 'node:fs';
import { extname, join, normalize, resolve } from 'node:path';

const root = resolve(process.env.DIST_DIR || 'dist');
const base = `/${(process.env.BASE_PATH || '/').replace(/^\/+|\/+$/g, '')}/`.replace('//', '/');
const port = Number(process.env.PORT || 4321);
const host = process.env.HOST || '127.0.0.1';

const types = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.xml': 'application/xml',
  '.txt': 'text/plain; charset=utf-8',
  '.wasm': 'application/wasm',
  '.webmanifest': 'application/manifest+json',
};

if (!existsSync(join(root, 'index.html'))) {
  console.error(`No built site in ${root}: run "npm run build" first.`);
  process.exit(1);
}

/** Maps a request path below the base to a file in dist/, or null. */
function fileFor(pathname) {
  if (!pathname.startsWith(base)) return null;
  const relative = normalize(decodeURIComponent(pathname.slice(base.length)));
  if (relative.startsWith('..')) return null;
  let file = join(root, relative);
  if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
  return existsSync(file) && statSync(file).isFile() ? file : null;
}

/** Types GitHub Pages compresses; images and WebAssembly's own format are sent as they are. */
const compressible = new Set([
  '.html',
  '.js',
  '.mjs',
  '.css',
  '.json',
  '.svg',
  '.xml',
  '.txt',
  '.webmanifest',
]);

/** Sends a file, gzipped when the type compresses and the client accepts it. */
function send(request, response, file, status, headers) {
  const gzip = compressible.has(extname(file)) && /\bgzip\b/.test(request.headers['accept-encoding'] ?? '');
  response.writeHead(status, {
    'content-type': types[extname(file)] ?? 'application/octet-stream',
    vary: 'accept-encoding',
    ...(gzip && { 'content-encoding': 'gzip' }),
    ...headers,
  });
  const stream = createReadStream(file);
  (gzip ? stream.pipe(createGzip()) : stream).pipe(response);
}

const server = createServer((request, response) => {
  const { pathname } = new URL(request.url ?? '/', 'http://localhost');
  if (pathname === '/' && base !== '/') {
    response.writeHead(302, { location: base }).end();
    return;
  }
  const file = fileFor(pathname);
  if (!file) {
    send(request, response, join(root, '404.html'), 404, {});
    return;
  }
  // Same caching as GitHub Pages: ten minutes fresh, then revalidated.
  send(request, response, file, 200, {
    'cache-control': 'max-age=600',
    'last-modified': statSync(file).mtime.toUTCString(),
  });
});

server.listen(port, host, () => {
  console.log(`Serving ${root} at http://${host === '0.0.0.0' ? 'localhost' : host}:${port}${base}`);
});
