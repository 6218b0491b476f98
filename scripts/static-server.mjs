// A small static file server for backstep's release bundle, used by the serve command, by
// the end-to-end tests and by the benchmark. It sends the headers a real host should send
// (see docs/hosting.md) on every answer, errors included, and survives any request: a
// malformed one gets a 400, never an exception. It serves no dotfile (no path segment that
// starts with '.') and nothing whose real path, symlinks resolved, lies outside its root.
//
//   node scripts/static-server.mjs [dir=dist] [--host 127.0.0.1] [--port 8080] [--compress] [--cors]
//
// As a module: `startServer({ root, host, port, compress, cors, csp, rewrite, onRequest })`
// resolves to `{ url, port, close() }`; onRequest sees every request (method, url, headers)
// for the privacy tests; `csp: null` sends no policy header with the files (for a host page
// with its own; error answers then get one that allows nothing),
// `rewrite` edits HTML on the way out (the tests point the demo page at a port).
import { createServer, STATUS_CODES } from 'node:http';
import { readFile, realpath, stat } from 'node:fs/promises';
import { extname, isAbsolute, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync, brotliCompressSync } from 'node:zlib';
import { CONTENT_SECURITY_POLICY } from './csp.mjs';

// The page's own policy, from its one source (scripts/csp.mjs).
export { CONTENT_SECURITY_POLICY };

// Error answers are plain text and load nothing, so when the caller turned the page policy off
// (`csp: null`, a host page with a policy of its own) they still get one that allows nothing.
const ERROR_CONTENT_SECURITY_POLICY = "default-src 'none'; base-uri 'none'; form-action 'none'";

// Sent on every answer, errors included: a browser renders an error page like any other, so
// it needs nosniff and a policy as much as the app does.
// Strict-Transport-Security only has effect over HTTPS (browsers ignore it over plain HTTP,
// as on loopback here); it is sent so that a copy of this setup behind TLS keeps it.
export const SECURITY_HEADERS = Object.freeze({
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  'Permissions-Policy': 'camera=(), microphone=(), geolocation=(), payment=(), usb=(), interest-cohort=()',
  'Strict-Transport-Security': 'max-age=31536000; includeSubDomains',
});

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
const HASHED = /-[0-9a-f]{8,16}(_bg)?\.(js|wasm|css|txt)$/;

function headersFor(path, csp) {
  const headers = {
    'Content-Type': TYPES[extname(path)] ?? 'application/octet-stream',
    ...(csp ? { 'Content-Security-Policy': csp } : {}),
    ...SECURITY_HEADERS,
    'Cache-Control': HASHED.test(path) ? 'public, max-age=31536000, immutable' : 'no-cache',
  };
  return headers;
}

/** The headers of an error answer: the security headers, and never stored by a cache. */
function errorHeaders(csp, cors) {
  return {
    'Content-Type': 'text/plain; charset=utf-8',
    'Content-Security-Policy': csp || ERROR_CONTENT_SECURITY_POLICY,
    ...SECURITY_HEADERS,
    'Cache-Control': 'no-store',
    ...(cors ? { 'Access-Control-Allow-Origin': '*' } : {}),
  };
}

/** A request the server refuses, with the status to answer it with. */
class Refused extends Error {
  constructor(status) {
    super(STATUS_CODES[status]);
    this.status = status;
  }
}

// Any path segment starting with '.' is refused: dotfiles (.git, .env...) are never part of a
// build, and '..' is one of them, so no decoded path can climb out of the root by its name.
const hidden = (path) => path.split(/[/\\]/).some((segment) => segment.startsWith('.'));

/** The decoded path of a request's URL, or Refused(400) when it is not a path at all. */
function requestPath(url) {
  let pathname;
  try {
    pathname = decodeURIComponent(new URL(url, 'http://localhost').pathname);
  } catch {
    // '/%', '/%zz', '/a%ff' (not UTF-8), '//': a bad request, not a reason to stop serving.
    throw new Refused(400);
  }
  if (pathname.includes('\0')) throw new Refused(400);
  if (hidden(pathname)) throw new Refused(404);
  return pathname;
}

/**
 * The real path of a file to serve for `pathname`, or Refused(404). Symlinks are resolved
 * and the result must still lie inside the root's own real path and name no dotfile, so a
 * link pointing out of the root (or at a dotfile inside it) serves nothing; links that stay
 * inside are served like the files they point to. Only regular files: a FIFO or a device
 * would hang or stream forever.
 */
async function fileFor(base, pathname) {
  const realBase = await realpath(base);
  // Relative to the root, a path outside it starts with '..' (or is absolute on another
  // drive), which `hidden` already refuses.
  const inside = (real) => {
    const rel = relative(realBase, real);
    return !isAbsolute(rel) && !hidden(rel);
  };
  const resolveReal = async (path) => {
    let real;
    try {
      real = await realpath(path);
    } catch {
      throw new Refused(404);
    }
    if (!inside(real)) throw new Refused(404);
    return real;
  };
  let path = join(base, pathname);
  let real = await resolveReal(path);
  let stats = await stat(real);
  if (stats.isDirectory()) {
    path = join(path, 'index.html');
    real = await resolveReal(path);
    stats = await stat(real);
  }
  if (!stats.isFile()) throw new Refused(404);
  return { path, real, stats };
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
  const refuse = (req, res, status, extra = {}) => {
    const body = `${STATUS_CODES[status] ?? 'Error'}\n`;
    res.writeHead(status, { ...errorHeaders(csp, cors), ...extra, 'Content-Length': Buffer.byteLength(body) });
    res.end(req.method === 'HEAD' ? undefined : body);
  };
  const serve = async (req, res) => {
    // HTTP/1.1 requires a Host header (RFC 9112, 3.2). Node would answer its absence itself,
    // without the security headers; it is told not to (requireHostHeader) and it is done here.
    if (req.httpVersion === '1.1' && req.headers.host === undefined) {
      refuse(req, res, 400);
      return;
    }
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      refuse(req, res, 405, { Allow: 'GET, HEAD' });
      return;
    }
    const { path, real, stats } = await fileFor(base, requestPath(req.url));
    let body = await readFile(real);
    if (rewrite && /\.html$/.test(path)) body = Buffer.from(rewrite(body.toString('utf8')));
    const headers = headersFor(path, csp);
    // The widget's files, loaded by a clinic's page from another origin, need CORS.
    if (cors) headers['Access-Control-Allow-Origin'] = '*';
    const accepts = String(req.headers['accept-encoding'] ?? '');
    if (compress && /\.(html|js|wasm|css|svg|json|webmanifest|txt)$/.test(path)) {
      headers['Vary'] = 'Accept-Encoding';
      const key = `${real}:${stats.mtimeMs}:${stats.size}`;
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
  };
  const server = createServer({ requireHostHeader: false }, (req, res) => {
    // Nothing a request carries may stop the server: every failure becomes an answer (or, if
    // the answer had already started, a closed connection), never an exception that escapes.
    try {
      onRequest?.({ method: req.method, url: req.url, headers: req.headers });
    } catch (error) {
      console.error('static-server: onRequest failed:', error);
    }
    serve(req, res).catch((error) => {
      if (res.headersSent) {
        res.destroy();
        return;
      }
      if (error instanceof Refused) {
        refuse(req, res, error.status);
        return;
      }
      // Not the request's fault (a file it may not read, a failing rewrite): said, and a 500.
      console.error(`static-server: ${req.method} ${req.url}:`, error);
      refuse(req, res, 500);
    });
  });
  // An answer written straight to the socket, for requests that never reach the handler. It
  // has no body: which method was asked (HEAD or not) is unknown, and a body after the answer
  // to a HEAD would be read as garbage.
  const answerRaw = (socket, status, extra = {}) => {
    const headers = { ...errorHeaders(csp, cors), ...extra, 'Content-Length': 0, Connection: 'close' };
    const head = Object.entries(headers).map(([name, value]) => `${name}: ${value}\r\n`).join('');
    socket.end(`HTTP/1.1 ${status} ${STATUS_CODES[status]}\r\n${head}\r\n`);
  };
  // Requests node's parser rejects (a bad method, a bad header, a request line past the size
  // limit) come here instead of to the handler. Without a listener node answers them itself,
  // without the security headers; with one, the answer is ours to write. Like node's own
  // default, nothing is written once an answer to an earlier request on the socket started.
  server.on('clientError', (error, socket) => {
    if (error.code === 'ECONNRESET' || !socket.writable || socket._httpMessage?.headersSent) {
      socket.destroy();
      return;
    }
    answerRaw(socket, error.code === 'HPE_HEADER_OVERFLOW' ? 431
      : error.code === 'ERR_HTTP_REQUEST_TIMEOUT' ? 408 : 400);
  });
  // Two more answers node would otherwise write (or, for CONNECT, a silent close): an Expect
  // other than 100-continue (417), and CONNECT, which a static server does not do (405).
  server.on('checkExpectation', (req, res) => refuse(req, res, 417));
  server.on('connect', (req, socket) => {
    socket.on('error', () => {});
    answerRaw(socket, 405, { Allow: 'GET, HEAD' });
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
