// Writes the service worker for a built folder: web/sw.js with its precache list (every file
// of the build but the worker itself) and a version made from those files and the worker's
// own code, so a build with any change gets a new cache, and the old one is removed when the
// new worker takes over.
//
// Used by scripts/post-build.mjs on Trunk's staging folder, and by the end-to-end tests on a
// served copy of dist/ to simulate a new release without a second full build.
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { fill } from './runtime.mjs';

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
  hash.update(fill(WORKER, { FILES: [], VERSION: '' }));
  for (const name of files) hash.update('\0').update(name).update('\0').update(readFileSync(join(dir, name)));
  const version = hash.digest('hex').slice(0, 16);
  writeFileSync(join(dir, WORKER), fill(WORKER, { FILES: files.map((name) => `./${name}`), VERSION: version }));
  return { version, files };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const dir = process.argv[2];
  if (!dir) {
    console.error('usage: node scripts/service-worker.mjs <built folder>');
    process.exit(1);
  }
  const { version, files } = writeServiceWorker(dir);
  console.log(`service-worker: version ${version}, ${files.length} files precached`);
}
