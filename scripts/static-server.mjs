// A small static file server for backstep's release bundle, used by the serve command and by
// the end-to-end tests. It sends the headers a real host should send (see README, "Hosting").
//
//   node scripts/static-server.mjs [dir=dist] [--host 127.0.0.1] [--port 8080] [--compress] [--cors]
//
// As a module: `startServer({ root, host, port, compress, cors, csp, rewrite, onRequest })`
// resolves to `{ url, port, close() }`; onRequest sees every request (method, url, headers)
// for the privacy tests; `csp: null` sends no policy header (for a host page with its own),
// `rewrite` edits HTML on the way out (the tests point the demo page at a port).
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync, brotliCompressSync } from 'node:zlib';

export const CONTENT_SECURITY_POLICY =
  "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'; img-src 'self'; " +
  "connect-src 'self'; object-src 'none'; base-uri 'none'; form-action 'none'";

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.wasm': 'application/wasm',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.json': 'application/json',
  '.webmanifest': 'application/manifest+json',
  '.txt': 'text/plain; charset=utf-8',
};

// Trunk's hashed names never change content; everything else must be revalidated.
const HASHED = /-[0-9a-f]{8,16}(_bg)?\.(js|wasm|css)$/;

function headersFor(path, csp) {
  const headers = {
    'Content-Type': TYPES[extname(path)] ?? 'application/octet-stream',
    ...(csp ? { 'Content-Security-Policy': csp } : {}),
    'X-Content-Type-Options': 'nosniff',
    'Referrer-Policy': 'no-referrer',
    'Permissions-Policy': 'camera=(), microphone=(), geolocation=(), payment=(), usb=(), interest-cohort=()',
    'Cache-Control': HASHED.test(path) ? 'public, max-age=31536000, immutable' : 'no-cache',
  };
  return headers;
}

export function startServer({
  root = 'dist', host = '127.0.0.1', port = 0, compress = false, cors = false,
  csp = CONTENT_SECURITY_POLICY, rewrite, onRequest,
} = {}) {
  const base = resolve(root);
  // Compressed bodies, kept as a real host keeps them precompressed (brotli at quality 11
  // takes longer than the transfer it saves, on every request otherwise).
  const compressed = new Map();
  const squeeze = (key, body, how) => {
    if (!compressed.has(key)) compressed.set(key, how(body));
    return compressed.get(key);
  };
  const server = createServer(async (req, res) => {
    onRequest?.({ method: req.method, url: req.url, headers: req.headers });
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      res.writeHead(405, { Allow: 'GET, HEAD' }).end();
      return;
    }
    const pathname = decodeURIComponent(new URL(req.url, 'http://localhost').pathname);
    let path = normalize(join(base, pathname));
    if (path !== base && !path.startsWith(base + sep)) {
      res.writeHead(403).end();
      return;
    }
    try {
      if ((await stat(path)).isDirectory()) path = join(path, 'index.html');
      const stats = await stat(path);
      let body = await readFile(path);
      if (rewrite && /\.html$/.test(path)) body = Buffer.from(rewrite(body.toString('utf8')));
      const headers = headersFor(path, csp);
      // The widget's files, loaded by a clinic's page from another origin, need CORS.
      if (cors) headers['Access-Control-Allow-Origin'] = '*';
      const accepts = String(req.headers['accept-encoding'] ?? '');
      if (compress && /\.(html|js|wasm|css|svg|json|webmanifest)$/.test(path)) {
        headers['Vary'] = 'Accept-Encoding';
        const key = `${path}:${stats.mtimeMs}:${stats.size}`;
        if (/\bbr\b/.test(accepts)) {
          body = squeeze(`${key}:br`, body, (b) => brotliCompressSync(b));
          headers['Content-Encoding'] = 'br';
        } else if (/\bgzip\b/.test(accepts)) {
          body = squeeze(`${key}:gzip`, body, (b) => gzipSync(b, { level: 9 }));
          headers['Content-Encoding'] = 'gzip';
        }
      }
      headers['Content-Length'] = body.length;
      res.writeHead(200, headers);
      res.end(req.method === 'HEAD' ? undefined : body);
    } catch {
      res.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' }).end('Not found\n');
    }
  });
  return new Promise((resolveStart, rejectStart) => {
    server.once('error', rejectStart);
    server.listen(port, host, () => {
      const actual = server.address().port;
      resolveStart({
        url: `http://${host}:${actual}/`,
        port: actual,
        close: () => new Promise((done) => { server.closeAllConnections(); server.close(done); }),
      });
    });
  });
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const args = process.argv.slice(2);
  const option = (name, fallback) => {
    const at = args.indexOf(name);
    return at >= 0 && args[at + 1] ? args.splice(at, 2)[1] : fallback;
  };
  const host = option('--host', '127.0.0.1');
  const port = Number(option('--port', '8080'));
  const compress = args.includes('--compress');
  const cors = args.includes('--cors');
  const root = args.find((arg) => !arg.startsWith('--')) ?? 'dist';
  try {
    await stat(join(root, 'index.html'));
  } catch {
    console.error(`static-server: ${root}/index.html not found; build first (trunk build --release).`);
    process.exit(1);
  }
  const { url } = await startServer({ root, host, port, compress, cors });
  console.log(`backstep is served at ${url} (Ctrl-C to stop)`);
}
