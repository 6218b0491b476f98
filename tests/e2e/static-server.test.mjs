// Tests of scripts/static-server.mjs, the server under the serve command, every end-to-end test
// and the benchmark, which an outside security review probed: no request may stop it, every
// answer (errors too) carries the security headers, and it serves no dotfile and nothing
// outside its root. No browser and no build: it serves a temporary folder of fixtures, some
// of them secrets (a dotfile, a file outside the root reached through symlinks) that no answer
// may ever contain. The crash tests run the server as its own process, as the serve command
// does, so a crash shows as that process exiting; the fuzz test is bounded by a count and a
// fixed seed (STATIC_SERVER_FUZZ_SEED overrides it), so a failure can be replayed.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { connect } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { brotliDecompressSync } from 'node:zlib';
import { CONTENT_SECURITY_POLICY, startServer } from '../../scripts/static-server.mjs';

const SERVER_SCRIPT = fileURLToPath(new URL('../../scripts/static-server.mjs', import.meta.url));

// What every answer must carry (docs/hosting.md), errors included.
const SECURITY_HEADERS = {
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'no-referrer',
  'permissions-policy': 'camera=(), microphone=(), geolocation=(), payment=(), usb=(), interest-cohort=()',
  'strict-transport-security': 'max-age=31536000; includeSubDomains',
};

// Every secret fixture holds this; no answer may ever contain it.
const SECRET = 'TOP-SECRET';
const INDEX = '<!doctype html><title>fixture</title><h1>backstep fixture</h1>\n';

let scratch;
let root;

before(() => {
  scratch = mkdtempSync(join(tmpdir(), 'backstep-static-server-'));
  root = join(scratch, 'root');
  const outside = join(scratch, 'outside');
  mkdirSync(join(root, 'sub'), { recursive: true });
  mkdirSync(join(root, '.git'));
  mkdirSync(outside);
  writeFileSync(join(outside, 'secret.txt'), `${SECRET} outside the root\n`);
  writeFileSync(join(root, 'index.html'), INDEX);
  writeFileSync(join(root, 'app-0123456789abcdef.css'), 'body { color: #222; }\n');
  writeFileSync(join(root, 'widget.js'), 'export const widget = 1;\n');
  writeFileSync(join(root, 'sub', 'index.html'), '<!doctype html><title>sub</title>\n');
  writeFileSync(join(root, '.secret'), `${SECRET} dotfile\n`);
  writeFileSync(join(root, '.git', 'config'), `${SECRET} git config\n`);
  writeFileSync(join(root, 'sub', '.env'), `${SECRET} env\n`);
  // Out of the root: relative, absolute, and a whole directory.
  symlinkSync('../outside/secret.txt', join(root, 'escape.txt'));
  symlinkSync(join(outside, 'secret.txt'), join(root, 'absolute-escape.txt'));
  symlinkSync('../outside', join(root, 'escape-dir'));
  // Inside the root: one to a normal file (served), one to a dotfile (refused).
  symlinkSync('index.html', join(root, 'alias.html'));
  symlinkSync('.secret', join(root, 'to-dotfile.txt'));
});

after(() => rmSync(scratch, { recursive: true, force: true }));

/** One request through node's HTTP client: status, headers and the whole body. */
function get(base, path, { method = 'GET', headers = {} } = {}) {
  return new Promise((resolveAnswer, rejectAnswer) => {
    const { hostname, port } = new URL(base);
    const req = request({ hostname, port, path, method, headers, agent: false }, (res) => {
      const chunks = [];
      res.on('data', (chunk) => chunks.push(chunk));
      res.on('end', () => resolveAnswer({ status: res.statusCode, headers: res.headers, body: Buffer.concat(chunks) }));
      res.on('error', rejectAnswer);
    });
    req.on('error', rejectAnswer);
    req.end();
  });
}

/**
 * Bytes written straight to a socket (no client library to tidy them up); resolves to whatever
 * came back before the connection closed. The server closes it after an answer to a request
 * that asked it to (Connection: close); otherwise, once the line has been quiet for a moment,
 * the write side is closed, so a request cut short or kept alive ends too. `halfClose` closes
 * the write side at once instead (node aborts an answer still being prepared when it sees
 * that, so it is only for requests that cannot be answered anyway). The timers only keep a
 * connection from hanging the run; none of them is an assertion. `quietMs` is long for the
 * checks of one request (the server closes first; a busy machine must not cut its answer
 * short) and short in the fuzz test, where a cut answer only counts as "no answer".
 */
function raw(port, bytes, { halfClose = false, quietMs = 5_000 } = {}) {
  return new Promise((resolveAnswer) => {
    const chunks = [];
    const socket = connect({ host: '127.0.0.1', port });
    let quiet;
    const waitQuietly = () => {
      clearTimeout(quiet);
      quiet = setTimeout(() => socket.end(), quietMs);
    };
    socket.setTimeout(10_000, () => socket.destroy());
    socket.on('data', (chunk) => {
      chunks.push(chunk);
      if (!halfClose) waitQuietly();
    });
    socket.on('error', () => {});
    socket.on('close', () => {
      clearTimeout(quiet);
      resolveAnswer(Buffer.concat(chunks));
    });
    socket.on('connect', () => {
      if (halfClose) {
        socket.end(bytes);
      } else {
        socket.write(bytes);
        waitQuietly();
      }
    });
  });
}

function assertSecurityHeaders(headers, what) {
  for (const [name, value] of Object.entries(SECURITY_HEADERS)) {
    assert.equal(headers[name], value, `${what}: ${name}`);
  }
  assert.ok(headers['content-security-policy'], `${what}: a Content-Security-Policy`);
}

/** The heads of the HTTP answers in a raw byte stream (interim 1xx answers left out). */
function rawHeads(text) {
  return text.split(/(?=HTTP\/1\.1 \d{3} )/).filter((part) => /^HTTP\/1\.1 [2-5]\d\d /.test(part))
    .map((part) => part.split('\r\n\r\n')[0]);
}

/** Runs the server as the serve command does, in its own process, and finds its port. */
async function spawnServer(args = []) {
  const child = spawn(process.execPath, [SERVER_SCRIPT, root, '--port', '0', ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
  const output = { stdout: '', stderr: '' };
  child.stdout.on('data', (chunk) => { output.stdout += chunk; });
  child.stderr.on('data', (chunk) => { output.stderr += chunk; });
  const url = await new Promise((resolveUrl, rejectUrl) => {
    const look = () => {
      const found = output.stdout.match(/served at (http:\/\/\S+\/)/);
      if (found) resolveUrl(found[1]);
    };
    child.stdout.on('data', look);
    child.once('exit', (code) => rejectUrl(new Error(`the server exited (${code}) before it listened: ${output.stderr}`)));
  });
  return { child, output, url, port: Number(new URL(url).port) };
}

/** The server still answers a normal GET, correctly. */
async function assertStillServes(url, what) {
  const answer = await get(url, '/');
  assert.equal(answer.status, 200, `${what}: GET / still answers`);
  assert.equal(answer.body.toString('utf8'), INDEX, `${what}: GET / still serves index.html`);
  assertSecurityHeaders(answer.headers, `${what}: GET /`);
}

test('good requests keep their answers: types, caching, HEAD, brotli, CORS, symlinks inside the root', async () => {
  const server = await startServer({ root, compress: true, cors: true });
  try {
    const index = await get(server.url, '/');
    assert.equal(index.status, 200);
    assert.equal(index.body.toString('utf8'), INDEX);
    assert.equal(index.headers['content-type'], 'text/html; charset=utf-8');
    assert.equal(index.headers['cache-control'], 'no-cache', 'unhashed files are revalidated');
    assert.equal(index.headers['content-security-policy'], CONTENT_SECURITY_POLICY);
    assert.equal(index.headers['access-control-allow-origin'], '*', 'the widget files need CORS');
    assertSecurityHeaders(index.headers, 'GET /');

    const hashed = await get(server.url, '/app-0123456789abcdef.css');
    assert.equal(hashed.status, 200);
    assert.equal(hashed.headers['content-type'], 'text/css; charset=utf-8');
    assert.equal(hashed.headers['cache-control'], 'public, max-age=31536000, immutable', 'hashed files are cached for a year');

    const head = await get(server.url, '/widget.js', { method: 'HEAD' });
    assert.equal(head.status, 200);
    assert.equal(head.body.length, 0, 'HEAD has no body');
    assert.equal(head.headers['content-type'], 'text/javascript; charset=utf-8');

    const squeezed = await get(server.url, '/index.html', { headers: { 'Accept-Encoding': 'gzip, br' } });
    assert.equal(squeezed.headers['content-encoding'], 'br');
    assert.equal(brotliDecompressSync(squeezed.body).toString('utf8'), INDEX);

    const sub = await get(server.url, '/sub/');
    assert.equal(sub.status, 200, 'a folder serves its index.html');
    assert.match(sub.body.toString('utf8'), /<title>sub<\/title>/);

    const alias = await get(server.url, '/alias.html');
    assert.equal(alias.status, 200, 'a symlink that stays inside the root is served');
    assert.equal(alias.body.toString('utf8'), INDEX);

    const query = await get(server.url, '/index.html?v=1');
    assert.equal(query.status, 200, 'a query string does not change the file');
  } finally {
    await server.close();
  }
});

test('GET /%, /%zz, /a%ff and // answer 400 and the server process keeps running', async () => {
  const server = await spawnServer();
  try {
    for (const path of ['/%', '/%zz', '/a%ff', '/%c0%af', '//', '/%00']) {
      const answer = await get(server.url, path);
      assert.equal(answer.status, 400, `${path} is a bad request`);
      assertSecurityHeaders(answer.headers, `GET ${path}`);
      assert.equal(server.child.exitCode, null, `the server still runs after ${path}`);
      await assertStillServes(server.url, `after ${path}`);
    }
  } finally {
    server.child.kill();
  }
});

test('error answers carry the security headers: 400, 404, 405, 500, and the parser\'s own 400 and 431', async () => {
  const server = await startServer({ root });
  try {
    const cases = [
      ['GET', '/%', 400],
      ['GET', '/no-such-file.html', 404],
      ['HEAD', '/no-such-file.html', 404],
      ['POST', '/', 405],
      ['DELETE', '/index.html', 405],
    ];
    for (const [method, path, status] of cases) {
      const answer = await get(server.url, path, { method });
      assert.equal(answer.status, status, `${method} ${path}`);
      assertSecurityHeaders(answer.headers, `${method} ${path}`);
      assert.equal(answer.headers['content-security-policy'], CONTENT_SECURITY_POLICY, `${method} ${path}: the page's policy`);
      if (status === 405) assert.equal(answer.headers.allow, 'GET, HEAD');
    }
    // Requests node's parser rejects before any handler sees them.
    const parserCases = [
      ['a malformed request line', 'BREW / HTCPCP/1.0\r\n\r\n', 400],
      ['a header without a colon', 'GET / HTTP/1.1\r\nHost: x\r\nnonsense\r\n\r\n', 400],
      ['a request line past the size limit', `GET /${'a'.repeat(20_000)} HTTP/1.1\r\nHost: x\r\n\r\n`, 431],
    ];
    for (const [what, bytes, status] of parserCases) {
      const text = (await raw(server.port, bytes)).toString('latin1');
      const heads = rawHeads(text);
      assert.equal(heads.length, 1, `${what}: one answer, got ${JSON.stringify(text.slice(0, 200))}`);
      assert.match(heads[0], new RegExp(`^HTTP/1\\.1 ${status} `), what);
      for (const [name, value] of Object.entries(SECURITY_HEADERS)) {
        assert.ok(heads[0].toLowerCase().includes(`\r\n${name}: ${value.toLowerCase()}`), `${what}: ${name}`);
      }
      assert.match(heads[0], /\r\nContent-Security-Policy: /i, `${what}: a Content-Security-Policy`);
    }
    await assertStillServes(server.url, 'after the error answers');
  } finally {
    await server.close();
  }

  // A failure that is not the request's fault (here, a rewrite that throws) is a 500, with the
  // headers, and the server goes on (it also logs the error on purpose).
  const failing = await startServer({ root, rewrite: () => { throw new Error('a deliberately failing rewrite'); } });
  try {
    const broken = await get(failing.url, '/');
    assert.equal(broken.status, 500);
    assertSecurityHeaders(broken.headers, 'a 500');
    assert.equal((await get(failing.url, '/widget.js')).status, 200, 'the server goes on after a 500');
  } finally {
    await failing.close();
  }

  // A host page served with `csp: null` has a policy of its own; its error answers still get one.
  const host = await startServer({ root, csp: null });
  try {
    const page = await get(host.url, '/');
    assert.equal(page.headers['content-security-policy'], undefined, 'csp: null sends no policy with the files');
    const missing = await get(host.url, '/no-such-file.html');
    assert.equal(missing.status, 404);
    assertSecurityHeaders(missing.headers, 'a 404 with csp: null');
    assert.match(missing.headers['content-security-policy'], /default-src 'none'/);
  } finally {
    await host.close();
  }
});

test('dotfiles, symlinks out of the root and climbing paths are refused', async () => {
  const server = await startServer({ root });
  try {
    const refusedPaths = [
      // dotfiles and dot folders, plain and percent-encoded
      '/.secret', '/.git/config', '/.git/', '/sub/.env', '/%2esecret', '/%2Egit/config', '/sub/%2eenv',
      // a symlink inside the root that points at a dotfile
      '/to-dotfile.txt',
      // symlinks that point out of the root: a file (relative and absolute) and a folder
      '/escape.txt', '/absolute-escape.txt', '/escape-dir/secret.txt', '/escape-dir/',
      // climbing, with the slashes or the dots encoded (the URL parser resolves plain ones)
      '/..%2foutside%2fsecret.txt', '/sub/..%2f..%2foutside/secret.txt', '/%2e%2e%2f%2e%2e%2foutside/secret.txt',
      '/sub%2f..%2f.secret', '/..%5c..%5coutside%5csecret.txt',
    ];
    for (const path of refusedPaths) {
      const answer = await get(server.url, path);
      assert.equal(answer.status, 404, `${path} is refused`);
      assertSecurityHeaders(answer.headers, `GET ${path}`);
      assert.ok(!answer.body.toString('latin1').includes(SECRET), `${path} leaks nothing`);
    }
    // Raw request lines, which no client library normalises first.
    for (const path of ['/../outside/secret.txt', '/sub/../../outside/secret.txt', '/./.secret', '/sub/./../.git/config']) {
      const text = (await raw(server.port, `GET ${path} HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n`)).toString('latin1');
      assert.match(text, /^HTTP\/1\.1 404 /, `raw ${path} is refused`);
      assert.ok(!text.includes(SECRET), `raw ${path} leaks nothing`);
    }
    await assertStillServes(server.url, 'after the refused paths');
  } finally {
    await server.close();
  }
});

// A small seeded generator (mulberry32): the same seed gives the same few thousand requests.
function generator(seed) {
  let state = seed >>> 0;
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (n) => Math.floor(next() * n);
  const pick = (list) => list[int(list.length)];
  const bytes = (n) => Buffer.from(Array.from({ length: n }, () => int(256)));
  return { next, int, pick, bytes };
}

const FUZZ_REQUESTS = 3000;
const FUZZ_SEED = Number(process.env.STATIC_SERVER_FUZZ_SEED ?? 15);

/** A random path, as bytes for a raw socket or as a string node's client will send. */
function fuzzPath(r, { rawBytes }) {
  // Mostly names that exist, are secret or climb, so most requests reach the file lookup
  // rather than stopping at a bad escape; the odd pieces come less often.
  const names = [
    '', '.', '..', '...', '.secret', '.git', 'config', '.env', 'escape.txt', 'absolute-escape.txt', 'escape-dir',
    'secret.txt', 'outside', 'sub', 'index.html', 'alias.html', 'to-dotfile.txt', 'widget.js', 'app-0123456789abcdef.css',
    '%2e', '%2E%2e', '%2esecret', '%2f', '%2F', '%5c', '%2e%2e%2f', '..%2f', '%252e',
  ];
  const odd = [
    '%', '%z', '%zz', '%ff', '%fe%ff', '%00', '%0a', '%c0%af', '%e2%80%ae', '%ef%bf%bf', '%25',
    '~', '*', ';', 'a;b=c', '?', '?x=1', '#frag', '&', '\\', '..\\..',
  ];
  const parts = [];
  const count = 1 + r.int(6);
  for (let i = 0; i < count; i += 1) {
    const roll = r.next();
    if (roll < 0.5) parts.push(r.pick(names));
    else if (roll < 0.62) parts.push(r.pick(odd));
    else if (roll < 0.72) parts.push(`%${(0x20 + r.int(95)).toString(16)}`);
    else if (roll < 0.75) parts.push(`%${r.int(256).toString(16).padStart(2, '0')}`);
    else if (roll < 0.87) parts.push(String.fromCharCode(...Array.from({ length: 1 + r.int(8) }, () => 0x21 + r.int(94))));
    else if (roll < 0.92) parts.push('a'.repeat(r.pick([100, 255, 256, 4096, 9000, 17_000])));
    else if (rawBytes) parts.push(r.bytes(1 + r.int(12)).toString('latin1'));
    else parts.push(String.fromCharCode(...Array.from({ length: 1 + r.int(6) }, () => 0x80 + r.int(128))));
  }
  const joined = parts.join(r.next() < 0.9 ? '/' : r.pick(['//', '/./', '/../', '\\', '%2f']));
  const start = r.next() < 0.92 ? '/' : r.pick(['', '*', 'http://x/', '//', '///', 'http://127.0.0.1:1/../']);
  return start + joined;
}

/** Random, odd and broken headers for a raw request, as lines (CRLF added by the caller). */
function fuzzHeaderLines(r) {
  const lines = [];
  if (r.next() < 0.85) lines.push('Host: 127.0.0.1');
  const choices = [
    () => 'Host: evil.example',
    () => `Accept-Encoding: ${r.pick(['br', 'gzip', 'br;q=0, gzip', '*', 'identity', 'x'.repeat(5000), 'br, br, br'])}`,
    () => `Range: ${r.pick(['bytes=0-1', 'bytes=-1', 'bytes=9-1', 'bytes=0-0,0-0,0-0', 'lines=1'])}`,
    () => `Content-Length: ${r.pick(['0', '5', '-1', '99999999999999999999', 'abc', '1, 2', ' 3 '])}`,
    () => 'Transfer-Encoding: chunked',
    () => `Transfer-Encoding: ${r.pick(['gzip, chunked', 'chunked, gzip', 'identity', 'xchunked'])}`,
    () => `Expect: ${r.pick(['100-continue', '100-continue', 'teapot', ''])}`,
    () => 'Connection: Upgrade\r\nUpgrade: websocket',
    () => `Connection: ${r.pick(['keep-alive', 'close', 'keep-alive, close', 'TE', 'x'])}`,
    () => `If-None-Match: "${r.bytes(8).toString('hex')}"`,
    () => `If-Modified-Since: ${r.pick(['Thu, 01 Jan 1970 00:00:00 GMT', 'yesterday', ''])}`,
    () => `Cookie: ${'c=1; '.repeat(r.int(2000))}`,
    () => `X-${r.bytes(4).toString('hex')}: ${r.bytes(1 + r.int(40)).toString('latin1')}`,
    () => `${r.bytes(1 + r.int(10)).toString('latin1')}: value`,
    () => 'No-Colon-Here',
    () => ': empty name',
    () => 'Folded: first\r\n  continued',
    () => `Long: ${'v'.repeat(r.pick([1000, 9000, 20_000]))}`,
    () => 'Host: a\r\nHost: b',
    () => `Nul: a\u0000b`,
  ];
  const count = r.int(5);
  for (let i = 0; i < count; i += 1) lines.push(r.pick(choices)());
  return lines;
}

/**
 * One whole raw request: a method, a path, a version, headers, maybe a body, maybe cut short;
 * `halfClose` when the request is cut short or no request at all (see `raw`).
 */
function fuzzRaw(r) {
  const roll = r.next();
  if (roll < 0.05) return { bytes: r.bytes(1 + r.int(300)), halfClose: true };
  const method = r.next() < 0.5 ? 'GET' : r.pick(['HEAD', 'HEAD', 'POST', 'PUT', 'DELETE', 'OPTIONS', 'TRACE', 'PATCH',
    'CONNECT', 'PROPFIND', 'BREW', 'get', '', 'G\u0000T', 'GET GET']);
  const version = r.pick(['HTTP/1.1', 'HTTP/1.1', 'HTTP/1.1', 'HTTP/1.0', 'HTTP/0.9', 'HTTP/2.0', 'HTTP/1.1x', '', 'HTTP/9.9']);
  const eol = r.next() < 0.9 ? '\r\n' : r.pick(['\n', '\r', '\n\r']);
  const lines = [`${method} ${fuzzPath(r, { rawBytes: true })} ${version}`, ...fuzzHeaderLines(r)];
  // Mostly ask the server to close after its answer, which ends the exchange at once; the
  // rest are kept alive until `raw` closes its side.
  if (r.next() < 0.85) lines.push('Connection: close');
  let text = `${lines.join(eol)}${eol}${eol}`;
  if (r.next() < 0.2) text += r.pick(['5\r\nhello\r\n0\r\n\r\n', 'zz\r\nbad\r\n', 'hello', '0\r\n\r\n', r.bytes(50).toString('latin1')]);
  const cut = r.next() < 0.1;
  if (cut) text = text.slice(0, r.int(text.length));
  // Two requests on one connection, now and then: the second must be answered or dropped cleanly.
  if (r.next() < 0.05) text = text.replace('Connection: close', 'Connection: keep-alive') + 'GET /index.html HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n';
  return { bytes: Buffer.from(text, 'latin1'), halfClose: cut };
}

/** One request for node's HTTP client: odd methods, paths and headers it is willing to send. */
function fuzzClient(r) {
  const method = r.next() < 0.5 ? 'GET' : r.pick(['HEAD', 'HEAD', 'POST', 'PUT', 'DELETE', 'OPTIONS', 'TRACE', 'PATCH', 'PROPFIND', 'MKCOL', 'PURGE', 'SEARCH']);
  const headers = {};
  const count = r.int(4);
  for (let i = 0; i < count; i += 1) {
    const name = r.pick(['Accept-Encoding', 'Range', 'X-Forwarded-For', 'Referer', 'Origin', 'If-None-Match',
      `X-${r.bytes(3).toString('hex')}`, 'Accept', 'User-Agent']);
    headers[name] = r.pick(['br', 'gzip', '*', 'bytes=0-3', '../../etc/passwd', 'null', '\u00ff\u00fe',
      'x'.repeat(r.int(3000)), String.fromCharCode(...Array.from({ length: 1 + r.int(20) }, () => 0x20 + r.int(95)))]);
  }
  return { method, path: fuzzPath(r, { rawBytes: false }), headers };
}

test(`fuzz: ${FUZZ_REQUESTS} random requests (seed ${FUZZ_SEED}) over raw sockets and node's client never stop the server`, async () => {
  const server = await spawnServer(['--cors', '--compress']);
  let exited = null;
  server.child.once('exit', (code, signal) => { exited = `code ${code}, signal ${signal}`; });
  const r = generator(FUZZ_SEED);
  const problems = [];
  let answered = 0;
  let silent = 0;
  let unsendable = 0;
  const statuses = {};
  const tally = (status) => { statuses[status] = (statuses[status] ?? 0) + 1; };
  const check = (what, text) => {
    if (text.includes(SECRET)) problems.push(`${what}: leaked a secret`);
  };
  const one = async (index) => {
    if (r.next() < 0.5) {
      const { bytes, halfClose } = fuzzRaw(r);
      const what = `raw #${index} ${JSON.stringify(bytes.toString('latin1').slice(0, 120))}`;
      const text = (await raw(server.port, bytes, { halfClose, quietMs: 250 })).toString('latin1');
      if (!text) {
        silent += 1;
        return;
      }
      answered += 1;
      tally(text.match(/^HTTP\/1\.1 (\d{3})/)?.[1] ?? 'garbled');
      check(what, text);
      if (!text.startsWith('HTTP/1.1 ')) problems.push(`${what}: answered ${JSON.stringify(text.slice(0, 80))}`);
      for (const head of rawHeads(text)) {
        if (!/\r\nX-Content-Type-Options: nosniff\r\n/i.test(`${head}\r\n`)) problems.push(`${what}: an answer without nosniff: ${head.slice(0, 200)}`);
        if (!/\r\nStrict-Transport-Security: /i.test(head)) problems.push(`${what}: an answer without HSTS`);
        if (!/\r\nContent-Security-Policy: /i.test(head)) problems.push(`${what}: an answer without a CSP`);
      }
    } else {
      const { method, path, headers } = fuzzClient(r);
      const what = `client #${index} ${method} ${JSON.stringify(path.slice(0, 120))}`;
      let answer;
      try {
        answer = await get(server.url, path, { method, headers });
      } catch (error) {
        // Node's client refuses some of what the generator makes (a path with a space, a
        // header value it will not encode) before sending anything; the server answering by
        // closing the connection shows here too.
        if (error.code === 'ERR_UNESCAPED_CHARACTERS' || error.code === 'ERR_INVALID_CHAR' || error.code === 'ERR_INVALID_HTTP_TOKEN') unsendable += 1;
        else if (error.code === 'ECONNRESET' || error.code === 'EPIPE') silent += 1;
        else problems.push(`${what}: ${error.code ?? error}`);
        return;
      }
      answered += 1;
      tally(answer.status);
      check(what, answer.body.toString('latin1'));
      try {
        assertSecurityHeaders(answer.headers, what);
      } catch (error) {
        problems.push(error.message);
      }
      if (![200, 400, 404, 405, 417, 431].includes(answer.status)) problems.push(`${what}: status ${answer.status}`);
      if (answer.status === 200 && !['GET', 'HEAD'].includes(method)) problems.push(`${what}: 200 for ${method}`);
    }
  };
  // A few at a time, like a busy page; the generator is drawn from in a fixed order either way.
  const BATCH = 32;
  for (let start = 0; start < FUZZ_REQUESTS; start += BATCH) {
    const batch = [];
    for (let i = start; i < Math.min(start + BATCH, FUZZ_REQUESTS); i += 1) batch.push(one(i));
    await Promise.all(batch);
    assert.equal(exited, null, `the server process exited during the fuzz, near request ${start}: ${server.output.stderr}`);
  }
  console.log(`fuzz (seed ${FUZZ_SEED}): ${answered} answered (by status: ${JSON.stringify(statuses)}), ${silent} closed without an answer, ${unsendable} refused by node's client before sending`);
  try {
    assert.deepEqual(problems.slice(0, 20), [], `${problems.length} problems`);
    assert.equal(exited, null, 'the server process still runs');
    await assertStillServes(server.url, 'after the fuzz');
    assert.equal(server.output.stderr, '', 'no request made the server log an unexpected error');
  } finally {
    server.child.kill();
  }
});
