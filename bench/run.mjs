// The benchmark: sizes, engine timings (native and in the browser), start-up times (also on a
// slow phone, bench/slow-phone.mjs), Lighthouse, memory, and what keeping costs
// (bench/keeping.mjs), written to target/bench/report.md
// and report.json. Run through scripts/bench.sh, which builds what it measures first. Its
// figures are measurements, never test assertions.
import { execFile, execFileSync } from 'node:child_process';
import { promisify } from 'node:util';
import { mkdirSync, readFileSync, readdirSync, writeFileSync, mkdtempSync, rmSync, cpSync } from 'node:fs';
import { cpus, tmpdir, totalmem } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, DIST, launch, widgetInside } from '../tests/e2e/support.mjs';
import { answerQuestionnaire, onPage } from '../tests/e2e/drive.mjs';
import { startServer } from '../scripts/static-server.mjs';
import { criticalPath } from '../scripts/runtime.mjs';
import { runPersonas } from './personas.mjs';
import { runKeeping } from './keeping.mjs';
import { runSlowPhone } from './slow-phone.mjs';
import { runResultTiming } from './result.mjs';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const OUT = join(ROOT, 'target/bench');
const LOADS = Number(process.env.BENCH_LOADS ?? 20);
mkdirSync(OUT, { recursive: true });
const report = { date: new Date().toISOString(), machine: machine() };
const log = (line) => console.log(`bench: ${line}`);

function machine() {
  const rustc = execFileSync('rustc', ['--version']).toString().trim();
  const chromiumVersion = execFileSync('/usr/bin/chromium', ['--version']).toString().trim();
  return { cpus: `${cpus().length} x ${cpus()[0]?.model ?? 'cpu'}`, memory_gib: Math.round(totalmem() / 2 ** 30), node: process.version, rustc, chromium: chromiumVersion };
}

const median = (xs) => { const s = [...xs].sort((a, b) => a - b); return s[Math.floor((s.length - 1) / 2)]; };
const quantile = (xs, q) => { const s = [...xs].sort((a, b) => a - b); return s[Math.round((s.length - 1) * q)]; };
const spread = (xs) => ({ median: median(xs), p10: quantile(xs, 0.1), p90: quantile(xs, 0.9), min: Math.min(...xs), max: Math.max(...xs), n: xs.length });

// --- Sizes ---------------------------------------------------------------------------------
const sizeOf = (name) => {
  const body = readFileSync(join(DIST, name));
  return {
    file: name,
    raw: body.length,
    gzip: gzipSync(body, { level: 9 }).length,
    brotli: brotliCompressSync(body, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length,
  };
};
const files = readdirSync(DIST).filter((name) => !name.startsWith('.')).sort().map(sizeOf);
const total = (list) => list.reduce((sum, f) => ({ raw: sum.raw + f.raw, gzip: sum.gzip + f.gzip, brotli: sum.brotli + f.brotli }), { raw: 0, gzip: 0, brotli: 0 });
// What a first visit downloads before the first screen is interactive: the page, what it links
// as a stylesheet and script, what those scripts load by name, and the icon.
const critical = new Set([...criticalPath(DIST), 'icon.svg']);
const precache = JSON.parse(readFileSync(join(DIST, 'sw.js'), 'utf8').match(/const FILES = (\[[\s\S]*?\]);/)[1]).map((f) => f.replace('./', ''));
report.sizes = {
  files,
  critical_path: { files: [...critical].sort(), ...total(files.filter((f) => critical.has(f.file))) },
  precache: { files: precache.length, ...total(files.filter((f) => precache.includes(f.file))) },
};
log(`critical path ${report.sizes.critical_path.gzip} B gzip -9`);

// --- Engine, natively ----------------------------------------------------------------------
const nativeLine = readFileSync(join(OUT, 'engine-native.json'), 'utf8').trim().split('\n').pop();
report.engine_native = JSON.parse(nativeLine);
log(`assess natively: median ${report.engine_native.median_ns} ns`);

// --- Engine, in the browser -----------------------------------------------------------------
const cases = readdirSync(join(ROOT, 'tests/cases')).filter((f) => f.endsWith('.json'))
  .flatMap((f) => JSON.parse(readFileSync(join(ROOT, 'tests/cases', f), 'utf8')))
  .filter((c) => !c.expect.error).map((c) => c.answers);
const engineServer = await startServer({ root: join(OUT, 'engine-wasm'), csp: null });
let browser = await launch();
{
  const page = await browser.newPage();
  await page.goto(`${engineServer.url}index.html`);
  const times = await page.evaluate(async (json) => {
    const glue = await import('./backstep.js');
    await glue.default();
    return Array.from(glue.bench_assess(json, 60, 50));
  }, JSON.stringify(cases));
  report.engine_browser = { cases: cases.length, ...spread(times) };
  log(`assess in the browser: median ${report.engine_browser.median.toFixed(0)} ns`);
  await page.close();
}
await engineServer.close();

// --- Start-up ------------------------------------------------------------------------------
// Marks the moment the app mounts (mount and mount_widget set data-mounted on their root).
const MARK = () => {
  const set = Element.prototype.setAttribute;
  Element.prototype.setAttribute = function marked(name, value) {
    if (name === 'data-mounted' && window.__mounted === undefined) window.__mounted = performance.now();
    return set.call(this, name, value);
  };
};
async function timeLoad(page, url, { widget = false } = {}) {
  await page.goto(url);
  await page.waitForFunction(() => window.__mounted !== undefined, null, { timeout: 20000 });
  const mounted = await page.evaluate(() => window.__mounted);
  const lcp = await page.evaluate(() => new Promise((resolve) => {
    new PerformanceObserver((list) => resolve(list.getEntries().at(-1)?.startTime ?? null)).observe({ type: 'largest-contentful-paint', buffered: true });
    setTimeout(() => resolve(null), 1000);
  }));
  // Then the first question, as soon as Start can be pressed.
  // Inside the widget's closed shadow root only the DevTools Protocol reaches (support.mjs).
  const app = widget ? await widgetInside(page) : onPage(page);
  const clicked = await page.evaluate(() => performance.now());
  await app.click('button.begin');
  await app.waitFor('#page-title');
  const question = await page.evaluate(() => performance.now());
  return { mounted, lcp, first_question: mounted + (question - clicked) };
}
const summarise = (runs) => ({
  interactive_ms: spread(runs.map((r) => r.mounted)),
  first_question_ms: spread(runs.map((r) => r.first_question)),
  lcp_ms: spread(runs.map((r) => r.lcp).filter((x) => x !== null)),
});

const served = await startServer({ root: DIST, compress: true, cors: true });
const examples = join(ROOT, 'examples');
const host = await startServer({ root: examples, csp: null, rewrite: (html) => html.replaceAll('http://127.0.0.1:8080', new URL(served.url).origin) });
report.startup = { served_with: 'brotli (loopback, no throttling)', loads: LOADS };
{
  const runs = [];
  // One load more than counted: the first fills the server's cache of compressed files.
  for (let i = 0; i <= LOADS; i += 1) {
    const context = await browser.newContext();
    await context.addInitScript(MARK);
    const page = await context.newPage();
    runs.push(await timeLoad(page, served.url));
    await context.close();
  }
  runs.shift();
  report.startup.cold = summarise(runs);
  log(`cold start: interactive ${report.startup.cold.interactive_ms.median.toFixed(0)} ms`);
}
{
  const profile = mkdtempSync(join(tmpdir(), 'backstep-bench-'));
  const context = await chromium.launchPersistentContext(profile, { executablePath: '/usr/bin/chromium', args: CHROMIUM_ARGS, headless: true });
  await context.addInitScript(MARK);
  const page = context.pages()[0] ?? (await context.newPage());
  await page.goto(served.url);
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null, null, { timeout: 20000 });
  const runs = [];
  for (let i = 0; i < LOADS; i += 1) runs.push(await timeLoad(page, served.url));
  report.startup.warm = summarise(runs);
  log(`warm start (service worker): interactive ${report.startup.warm.interactive_ms.median.toFixed(0)} ms`);
  await context.close();
  rmSync(profile, { recursive: true, force: true });
}
{
  const runs = [];
  for (let i = 0; i < LOADS; i += 1) {
    const context = await browser.newContext();
    await context.addInitScript(MARK);
    const page = await context.newPage();
    runs.push(await timeLoad(page, `${host.url}clinic.html`, { widget: true }));
    await context.close();
  }
  report.startup.widget_cold = summarise(runs);
  log(`widget on the demo host page: interactive ${report.startup.widget_cold.interactive_ms.median.toFixed(0)} ms`);
}

// --- A slow phone, cold: the static start text and the first question, side by side --------
report.slow_phone = await runSlowPhone(browser, served.url, Number(process.env.BENCH_SLOW_LOADS ?? 10));
log(`slow phone: static start text ${report.slow_phone.static_text_ms.median.toFixed(0)} ms, first question ${report.slow_phone.first_question_ms.median.toFixed(0)} ms`);

// --- The result after the last answer, on a warm page (the later modules loaded) ----------
report.result_after_last_answer = await runResultTiming(browser, served.url, Number(process.env.BENCH_RESULT_LOADS ?? 10));
log(`result drawn after "See my result": median ${report.result_after_last_answer.median_ms.toFixed(0)} ms`);

// --- Three people on a 360 px phone: what each must do -------------------------------------
report.personas = await runPersonas(browser, served.url);
for (const p of report.personas) log(`persona ${p.persona}: ${p.taps} taps, ${p.screens} screens, ${p.questions_shown} questions shown`);

// --- Memory after a full questionnaire ------------------------------------------------------
{
  const context = await browser.newContext();
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Performance.enable');
  let peak = 0;
  const sample = async () => {
    const { metrics } = await cdp.send('Performance.getMetrics');
    peak = Math.max(peak, metrics.find((m) => m.name === 'JSHeapUsedSize')?.value ?? 0);
  };
  await page.goto(served.url);
  await page.waitForSelector('#app[data-mounted]');
  await sample();
  const kase = JSON.parse(readFileSync(join(ROOT, 'tests/cases/dev-cases.json'), 'utf8')).find((c) => c.id === 'dev-015');
  const sampler = setInterval(() => { sample().catch(() => {}); }, 50);
  await answerQuestionnaire(page, kase.answers);
  clearInterval(sampler);
  await sample();
  const glue = [...critical].find((file) => /^backstep-[0-9a-f]+\.js$/.test(file));
  const wasmMemory = await page.evaluate(async (file) => {
    const module = await import(`./${file}`);
    const exports = await module.default();
    return exports.memory.buffer.byteLength;
  }, glue);
  report.memory = { peak_js_heap_bytes: peak, wasm_memory_bytes: wasmMemory };
  log(`memory: peak JS heap ${(peak / 1024 / 1024).toFixed(1)} MiB, wasm memory ${(wasmMemory / 1024 / 1024).toFixed(1)} MiB`);
  await context.close();
}

// --- Keeping: writes per questionnaire, memory after 2,000 diary entries --------------------
report.keeping = await runKeeping(browser, served.url);
{
  const { questionnaire: q, diary: d } = report.keeping;
  log(`keeping: ${q.writes_keeping_at_the_result} write keeping at the result, ${q.writes_answering_with_keeping_on} answering again with keeping on (${q.steps} steps)`);
  log(`keeping: after ${d.entries} diary entries, JS heap ${(d.after_the_last.js_heap_bytes / 2 ** 20).toFixed(2)} MiB (${(d.before_the_first_entry.js_heap_bytes / 2 ** 20).toFixed(2)} before the first), ${d.after_the_last.event_listeners} event listeners (${d.before_the_first_entry.event_listeners} before the first), record ${d.record_bytes} bytes`);
}
await browser.close();

// --- Lighthouse -----------------------------------------------------------------------------
{
  const lighthouse = join(ROOT, 'bench/node_modules/.bin/lighthouse');
  const out = join(OUT, 'lighthouse.json');
  // Asynchronously: the server Lighthouse loads from lives in this very process.
  await promisify(execFile)(lighthouse, [served.url, '--quiet', '--output=json', `--output-path=${out}`,
    '--only-categories=performance,accessibility,best-practices,seo',
    '--chrome-flags=--headless=new --no-sandbox --disable-gpu --disable-dev-shm-usage --disable-background-networking'],
  { env: { ...process.env, CHROME_PATH: '/usr/bin/chromium' }, maxBuffer: 64 * 2 ** 20 });
  const lh = JSON.parse(readFileSync(out, 'utf8'));
  const score = (id) => Math.round((lh.categories[id]?.score ?? 0) * 100);
  report.lighthouse = {
    preset: 'mobile (default: simulated slow 4G, 4x CPU slowdown)',
    performance: score('performance'), accessibility: score('accessibility'),
    best_practices: score('best-practices'), seo: score('seo'),
    lcp_ms: lh.audits['largest-contentful-paint'].numericValue,
    tbt_ms: lh.audits['total-blocking-time'].numericValue,
    cls: lh.audits['cumulative-layout-shift'].numericValue,
    fcp_ms: lh.audits['first-contentful-paint'].numericValue,
  };
  log(`lighthouse: ${JSON.stringify(report.lighthouse)}`);
}
await served.close();
await host.close();

// --- The report -----------------------------------------------------------------------------
writeFileSync(join(OUT, 'report.json'), `${JSON.stringify(report, null, 2)}\n`);
const kb = (bytes) => (bytes / 1000).toFixed(1);
const ms = (s) => `${s.median.toFixed(0)} ms (p10 ${s.p10.toFixed(0)}, p90 ${s.p90.toFixed(0)})`;
const slow = (s) => `${s.median.toFixed(0)} ms (min ${s.min.toFixed(0)}, max ${s.max.toFixed(0)})`;
const md = [
  `# backstep benchmark`, '',
  `${report.date} on ${report.machine.cpus}, ${report.machine.memory_gib} GiB; ${report.machine.rustc}; ${report.machine.chromium}; node ${report.machine.node}.`, '',
  '## Sizes (KB = 1000 bytes)', '',
  '| file | raw | gzip -9 | brotli |', '|---|---:|---:|---:|',
  ...files.map((f) => `| \`${f.file}\` | ${kb(f.raw)} | ${kb(f.gzip)} | ${kb(f.brotli)} |`),
  `| **critical path** (${report.sizes.critical_path.files.join(', ')}) | ${kb(report.sizes.critical_path.raw)} | ${kb(report.sizes.critical_path.gzip)} | ${kb(report.sizes.critical_path.brotli)} |`,
  `| **whole precache** (${report.sizes.precache.files} files) | ${kb(report.sizes.precache.raw)} | ${kb(report.sizes.precache.gzip)} | ${kb(report.sizes.precache.brotli)} |`, '',
  '## Engine: one `assess` call, over every reference case', '',
  `- natively (release): median ${report.engine_native.median_ns} ns (p10 ${report.engine_native.p10_ns}, p90 ${report.engine_native.p90_ns}) over ${report.engine_native.rounds} rounds of ${report.engine_native.calls_per_round} calls`,
  `- in the browser (wasm, headless Chromium): median ${report.engine_browser.median.toFixed(0)} ns (p10 ${report.engine_browser.p10.toFixed(0)}, p90 ${report.engine_browser.p90.toFixed(0)}) over ${report.engine_browser.n} rounds`, '',
  `## Start-up (${LOADS} loads each, served with brotli on loopback, no throttling)`, '',
  '| | app interactive | first question (Start pressed at once) | LCP |', '|---|---|---|---|',
  ...[['cold (no cache)', report.startup.cold], ['warm (service worker)', report.startup.warm], ['widget on the demo host page, cold', report.startup.widget_cold]]
    .map(([label, s]) => `| ${label} | ${ms(s.interactive_ms)} | ${ms(s.first_question_ms)} | ${s.lcp_ms.n ? ms(s.lcp_ms) : 'n/a'} |`), '',
  `## Slow phone, cold (${report.slow_phone.loads} loads, median; 1.6 Mbps down, 750 kbps up, 150 ms round trip, CPU 4x slower, cache disabled)`, '',
  '| | static start text (first contentful paint) | app live | first question (Start tapped as soon as live) |', '|---|---|---|---|',
  `| start page | ${slow(report.slow_phone.static_text_ms)} | ${slow(report.slow_phone.mounted_ms)} | ${slow(report.slow_phone.first_question_ms)} |`, '',
  `## The result after the last answer, warm page (${report.result_after_last_answer.n} runs): median ${report.result_after_last_answer.median_ms.toFixed(0)} ms (min ${report.result_after_last_answer.min_ms.toFixed(0)}, max ${report.result_after_last_answer.max_ms.toFixed(0)})`, '',
  '## Lighthouse (start page, mobile preset)', '',
  `performance ${report.lighthouse.performance}, accessibility ${report.lighthouse.accessibility}, best practices ${report.lighthouse.best_practices}, SEO ${report.lighthouse.seo}; LCP ${report.lighthouse.lcp_ms.toFixed(0)} ms, TBT ${report.lighthouse.tbt_ms.toFixed(0)} ms, CLS ${report.lighthouse.cls.toFixed(3)}, FCP ${report.lighthouse.fcp_ms.toFixed(0)} ms`, '',
  '## Three people on a 360 x 740 phone', '',
  '| person | questions shown | taps | screens | tallest screen | total scroll | result height | taps to the emergency panel | outcome |', '|---|---:|---:|---:|---:|---:|---:|---:|---|',
  ...report.personas.map((p) => `| ${p.persona} | ${p.questions_shown} | ${p.taps} | ${p.screens} | ${p.tallest_screen_px} px | ${p.total_scroll_px} px | ${p.result_height_px === null ? '—' : `${p.result_height_px} px`} | ${p.taps_to_emergency_panel ?? '—'} | ${p.outcome} |`), '',
  '## Memory after a full questionnaire', '',
  `peak JS heap ${(report.memory.peak_js_heap_bytes / 2 ** 20).toFixed(2)} MiB; wasm linear memory ${(report.memory.wasm_memory_bytes / 2 ** 20).toFixed(2)} MiB`, '',
  '## Keeping', '',
  `- writes of the kept record for the ordinary person: ${report.keeping.questionnaire.writes_keeping_at_the_result} keeping at the result; ${report.keeping.questionnaire.writes_answering_with_keeping_on} answering the whole questionnaire again with keeping on (${report.keeping.questionnaire.taps} taps, ${report.keeping.questionnaire.steps} steps)`,
  `- ${report.keeping.diary.entries} diary entries, one a day, each written: JS heap ${(report.keeping.diary.after_the_last.js_heap_bytes / 2 ** 20).toFixed(2)} MiB after the last (${(report.keeping.diary.before_the_first_entry.js_heap_bytes / 2 ** 20).toFixed(2)} MiB before the first), ${report.keeping.diary.after_the_last.event_listeners} event listeners (${report.keeping.diary.before_the_first_entry.event_listeners} before the first), a record of ${report.keeping.diary.record_bytes} bytes`, '',
].join('\n');
writeFileSync(join(OUT, 'report.md'), md);
log('wrote target/bench/report.md and target/bench/report.json');
