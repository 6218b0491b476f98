// The size budget of the critical path: gzip -9 of index.html and every .js, .wasm and .css
// at the root of the build that the start page loads (not the service worker, not the widget
// loader). Sizes are deterministic for a given toolchain, so this may be a test; times are
// not, and stay in the benchmark (scripts/bench.sh).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { DIST } from './support.mjs';

const BUDGET = JSON.parse(readFileSync(fileURLToPath(new URL('../../bench/budget.json', import.meta.url)), 'utf8'));

/** The files a first visit of the start page downloads before it is interactive. */
export function criticalPath(dist = DIST) {
  const index = readFileSync(join(dist, 'index.html'), 'utf8');
  const loader = readFileSync(join(dist, 'loader.js'), 'utf8');
  const files = ['index.html', 'loader.js'];
  for (const match of index.matchAll(/href="\.?\/?([^"]+\.css)"/g)) files.push(match[1]);
  for (const match of loader.matchAll(/'\.\/(backstep-[^']+\.(?:js|wasm))'/g)) files.push(match[1]);
  return files.map((file) => ({ file, gzip: gzipSync(readFileSync(join(dist, file)), { level: 9 }).length }));
}

test('the critical path stays within its budget (the size reached, plus 2%)', () => {
  const files = criticalPath();
  assert.deepEqual(files.map((f) => f.file.replace(/-[0-9a-f]{8,16}/, '-<hash>')).sort(),
    ['app-<hash>.css', 'backstep-<hash>.js', 'backstep-<hash>_bg.wasm', 'index.html', 'loader.js'],
    'the start page loads the page, the loader, the glue, the wasm and the stylesheet');
  const total = files.reduce((sum, f) => sum + f.gzip, 0);
  const limit = Math.floor(BUDGET.critical_path_gzip_bytes * 1.02);
  console.log(`critical path: ${total} bytes gzip -9 (budget ${BUDGET.critical_path_gzip_bytes}, limit ${limit})`);
  assert.ok(total <= limit, `the critical path grew to ${total} bytes gzip -9, past ${limit} (${BUDGET.critical_path_gzip_bytes} + 2%): ${JSON.stringify(files)}`);
});
