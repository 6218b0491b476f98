// The size budget of the critical path: gzip -9 of index.html and every .js, .wasm and .css
// the start page loads before it is interactive (not the service worker, not the widget).
// Sizes are deterministic for a given toolchain, so this may be a test; times are not, and
// stay in the benchmark (scripts/bench.sh). The budget (bench/budget.json) holds the
// size reached; its target is 120 KB (docs/performance.md).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { DIST } from './support.mjs';
import { criticalPath } from '../../scripts/runtime.mjs';

const BUDGET = JSON.parse(readFileSync(fileURLToPath(new URL('../../bench/budget.json', import.meta.url)), 'utf8'));

/** The files a first visit of the start page downloads before it is interactive, gzip -9. */
function criticalPathSizes(dist = DIST) {
  return criticalPath(dist).map((file) => ({ file, gzip: gzipSync(readFileSync(join(dist, file)), { level: 9 }).length }));
}

test('the critical path stays within its budget (the size reached, plus 2%)', () => {
  const files = criticalPathSizes();
  assert.deepEqual(files.map((f) => f.file.replace(/-[0-9a-f]{8,16}/, '-<hash>')).sort(),
    ['app-<hash>.css', 'backstep-<hash>.js', 'backstep-<hash>_bg.wasm', 'backstep-split-<hash>.js', 'fallback.js', 'index.html', 'lang-en-<hash>.txt', 'loader.js', 'start-<hash>.js'],
    'the start page loads the page, its two scripts, the start module, the glue and its split loader, the wasm, its language file and the stylesheet (not the split modules)');
  const total = files.reduce((sum, f) => sum + f.gzip, 0);
  const limit = Math.floor(BUDGET.critical_path_gzip_bytes * 1.02);
  console.log(`critical path: ${total} bytes gzip -9 (budget ${BUDGET.critical_path_gzip_bytes}, limit ${limit})`);
  assert.ok(total <= limit, `the critical path grew to ${total} bytes gzip -9, past ${limit} (${BUDGET.critical_path_gzip_bytes} + 2%): ${JSON.stringify(files)}`);
});

test("the start page's wasm leaves out the widget's and the iframe page's entry points; they load the guest build that has them", () => {
  const named = (file, constant) => readFileSync(join(DIST, file), 'utf8').match(new RegExp(`const ${constant} = "\\./([^"]+)"`))[1];
  const pageGlue = criticalPath(DIST).find((file) => /^backstep-[0-9a-f]+\.js$/.test(file));
  const pageSource = readFileSync(join(DIST, pageGlue), 'utf8');
  assert.match(pageSource, /export function mount\(/);
  assert.doesNotMatch(pageSource, /mount_widget|mount_embedded/, 'the page glue has no guest entry point');
  for (const loader of ['widget.js', 'embed.js']) {
    const start = loader === 'widget.js' ? named(loader, 'START') : readFileSync(join(DIST, loader), 'utf8').match(/from "\.\/(start-[0-9a-f]+\.js)"/)[1];
    const glue = named(start, 'GLUE');
    assert.match(glue, /^backstep-guest-[0-9a-f]{16}\.js$/, `${loader} starts the guest build`);
    assert.match(readFileSync(join(DIST, glue), 'utf8'), loader === 'widget.js' ? /export function mount_widget\(/ : /export function mount_embedded\(/);
  }
});
