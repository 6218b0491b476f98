// The service worker: precaches one build and serves exactly those files from its cache, so
// that after one visit the checker works with no network. It answers nothing else: any other
// URL of the origin (another page, another copy of backstep, a file added later) goes to the
// network untouched.
//
// The build (scripts/service-worker.mjs) copies this file to dist/sw.js and fills in the
// build's file list and a version made from their contents.

/** Every file of the build but this worker, as './name'. */
const FILES = '__BACKSTEP_FILES__';
/** A hash of the build's files and of this worker: any change gives a new cache. */
const VERSION = '__BACKSTEP_VERSION__';

// Caches are shared by the whole origin, and two copies of backstep may live on one origin
// (say /a/ and /b/): the cache name carries this registration's scope, so each copy finds,
// and deletes, only its own. A space cannot appear in a URL, so no scope's prefix is the
// start of another's.
const PREFIX = `backstep ${self.registration.scope} `;
const CACHE = `${PREFIX}${VERSION}`;

const here = (file) => new URL(file, self.location).href;
const PRECACHED = new Set(FILES.map(here));
// The pages that read settings from their query string (embed.html?lang=es&clinic-name=…)
// are served from their one cached copy whatever the query; the folder itself is the start
// page. Every other URL is served from the cache only exactly as it was precached.
const PAGES = new Map([
  [here('./'), here('./index.html')],
  [here('./index.html'), here('./index.html')],
  [here('./embed.html'), here('./embed.html')],
].filter(([, page]) => PRECACHED.has(page)));

self.addEventListener('install', (event) => {
  event.waitUntil((async () => {
    const cache = await caches.open(CACHE);
    try {
      // Straight from the network, not from the HTTP cache, so a new build is complete.
      await cache.addAll(FILES.map((file) => new Request(file, { cache: 'reload' })));
    } catch (error) {
      // A half-filled cache would be left behind for nothing: this worker never runs.
      await caches.delete(CACHE);
      throw error;
    }
  })());
});

self.addEventListener('activate', (event) => {
  event.waitUntil((async () => {
    for (const key of await caches.keys()) {
      if (key !== CACHE && (key.startsWith(PREFIX) || await isOwnLegacyCache(key))) await caches.delete(key);
    }
    await self.clients.claim();
  })());
});

/** A cache of this copy from before cache names carried the scope ('backstep-<hash>'):
 *  ours only if it holds this copy's own start page. */
async function isOwnLegacyCache(key) {
  return /^backstep-[0-9a-f]{16}$/.test(key)
    && Boolean(await caches.match(here('./index.html'), { cacheName: key }));
}

// A new version waits until the person chooses to update (the app offers it on its start and
// result screens only); it never takes over a page in the middle of a questionnaire.
self.addEventListener('message', (event) => {
  if (event.data === 'skip-waiting') self.skipWaiting();
});

self.addEventListener('fetch', (event) => {
  const { request } = event;
  if (request.method !== 'GET') return;
  const url = new URL(request.url);
  const page = request.mode === 'navigate' ? PAGES.get(`${url.origin}${url.pathname}`) : undefined;
  const key = page ?? (PRECACHED.has(url.href) ? url.href : undefined);
  if (!key) return;
  event.respondWith((async () => {
    const hit = await caches.match(key, { cacheName: CACHE });
    return hit ?? fetch(request);
  })());
});
