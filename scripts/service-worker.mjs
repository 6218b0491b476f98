// Writes the service worker for a built folder: the precache list is every file of the
// build (but the worker itself), and the cache name is a hash of their contents, so a build
// with any change gets a new cache and the old one is removed when the new worker takes over.
//
// Used by scripts/post-build.mjs on Trunk's staging folder, and by the end-to-end tests on a
// served copy of dist/ to simulate a new release without a second full build.
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const WORKER = 'sw.js';

/** The files a first visit needs to work offline afterwards: everything built, but the worker. */
export function precacheList(dir) {
  return readdirSync(dir)
    .filter((name) => name !== WORKER && !name.startsWith('.') && statSync(join(dir, name)).isFile())
    .sort();
}

export function writeServiceWorker(dir) {
  const files = precacheList(dir);
  const hash = createHash('sha256');
  for (const name of files) hash.update(name).update('\0').update(readFileSync(join(dir, name)));
  const cache = `backstep-${hash.digest('hex').slice(0, 16)}`;
  const worker = `// Written by scripts/service-worker.mjs: precaches this build, serves it offline.
const CACHE = ${JSON.stringify(cache)};
const FILES = ${JSON.stringify(files.map((name) => `./${name}`), null, 2)};

self.addEventListener('install', (event) => {
  // Straight from the network, not from the HTTP cache, so a new build is complete.
  event.waitUntil(
    caches.open(CACHE).then((cache) => cache.addAll(FILES.map((file) => new Request(file, { cache: 'reload' })))),
  );
});

self.addEventListener('activate', (event) => {
  event.waitUntil(
    caches.keys()
      .then((keys) => Promise.all(keys.filter((key) => key.startsWith('backstep-') && key !== CACHE).map((key) => caches.delete(key))))
      .then(() => self.clients.claim()),
  );
});

// A new version waits until the person chooses to update (the app asks on its start and
// result screens only); it never takes over a page in the middle of a questionnaire.
self.addEventListener('message', (event) => {
  if (event.data === 'skip-waiting') self.skipWaiting();
});

self.addEventListener('fetch', (event) => {
  const { request } = event;
  if (request.method !== 'GET' || new URL(request.url).origin !== self.location.origin) return;
  event.respondWith((async () => {
    const cache = await caches.open(CACHE);
    const hit = await cache.match(request);
    if (hit) return hit;
    if (request.mode === 'navigate') {
      const page = await cache.match('./index.html');
      if (page) return page;
    }
    return fetch(request);
  })());
});
`;
  writeFileSync(join(dir, WORKER), worker);
  return { cache, files };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const dir = process.argv[2];
  if (!dir) {
    console.error('usage: node scripts/service-worker.mjs <built folder>');
    process.exit(1);
  }
  const { cache, files } = writeServiceWorker(dir);
  console.log(`service-worker: ${cache}, ${files.length} files precached`);
}
