// What keeping costs the person's browser: how many times the kept record is written for one
// questionnaire (the ordinary person of bench/personas.mjs, answered with keeping on), and
// the JS heap and event listeners after 2,000 diary entries, each on a day of its own and
// each written before the next. Part of the benchmark (bench/run.mjs); also runs alone on a
// built dist/: `node bench/keeping.mjs` (BENCH_DIARY_DAYS for another number of entries).
// Its figures are measurements, never test assertions (tests/e2e/keeping.test.mjs holds the
// limits).
import { fileURLToPath } from 'node:url';
import { countWrites, launch, serveDist, waitForApp, writes } from '../tests/e2e/support.mjs';
import { PERSONAS, takeStep } from './personas.mjs';

const ORDINARY = PERSONAS[0];
const DAY_MS = 86_400_000;

/** The ordinary person's steps, Start to the result. */
async function answerOrdinary(page) {
  for (const step of ORDINARY.steps) await takeStep(page, step);
  await page.waitForSelector(ORDINARY.until);
}

/** Waits until the answers have settled and what waits is written (the app writes 300 ms
 *  after the last change): no write for a whole second. */
async function settle(page) {
  let last = -1;
  for (;;) {
    const now = await writes(page);
    if (now === last) return now;
    last = now;
    await page.waitForTimeout(1000);
  }
}

/** Writes for one questionnaire: kept at its result, then answered again with keeping on. */
async function writesPerQuestionnaire(browser, url) {
  const context = await browser.newContext({ viewport: { width: 360, height: 740 }, isMobile: true, hasTouch: true });
  context.setDefaultTimeout(15000);
  const page = await context.newPage();
  await page.addInitScript(countWrites);
  await page.goto(url);
  await waitForApp(page);
  await answerOrdinary(page);
  await page.getByRole('button', { name: 'Yes, keep my answers' }).click();
  await page.waitForSelector('.kept-note');
  const keptAtResult = await settle(page);
  await page.reload();
  await waitForApp(page);
  await page.locator('button.continue').waitFor();
  const history = await page.evaluate(() => history.length);
  await answerOrdinary(page);
  const again = await settle(page);
  const steps = (await page.evaluate(() => history.length)) - history;
  await context.close();
  return { taps: ORDINARY.steps.length, steps, writes_keeping_at_the_result: keptAtResult, writes_answering_with_keeping_on: again };
}

/** JS heap (after a forced collection) and event listeners, through the DevTools Protocol. */
async function measure(cdp) {
  await cdp.send('HeapProfiler.collectGarbage');
  const { metrics } = await cdp.send('Performance.getMetrics');
  const { usedSize } = await cdp.send('Runtime.getHeapUsage');
  return { js_heap_bytes: usedSize, event_listeners: metrics.find((m) => m.name === 'JSEventListeners').value };
}

/** One diary entry a day for `days` days, each saved and written before the next. */
async function diary(browser, url, days) {
  const context = await browser.newContext();
  context.setDefaultTimeout(15000);
  const page = await context.newPage();
  await page.addInitScript(countWrites);
  // The page's clock, moved a day on for each entry and run past the 300 ms the answers wait.
  const start = Date.UTC(2026, 0, 1, 12);
  await page.clock.install({ time: start });
  await page.goto(url);
  await waitForApp(page);
  await answerOrdinary(page);
  await page.getByRole('button', { name: 'Yes, keep my answers' }).click();
  await page.clock.runFor(1000);
  await page.waitForSelector('.kept-note');
  const cdp = await context.newCDPSession(page);
  await cdp.send('Performance.enable');
  const before = await measure(cdp);
  for (let day = 1; day <= days; day += 1) {
    await page.clock.setSystemTime(start + day * DAY_MS);
    const count = await writes(page);
    await page.getByRole('button', { name: "Add today's diary entry" }).click();
    await page.waitForSelector('#diary-screen-title');
    // 2 every day: never worse than the questionnaire's 3 or the day before, so the diary
    // is all it asks (a worse day asks the warning signs again).
    await page.locator('input[name="diary_pain"][value="2"]').check();
    await page.locator('input[name="diary_activities"][value="normal"]').check();
    await page.getByRole('button', { name: "Save today's entry" }).click();
    await page.clock.runFor(1000);
    await page.waitForFunction((count) => window.__writes > count, count);
    await page.locator('main.diary button', { hasText: /^Back$/ }).click();
  }
  const after = await measure(cdp);
  const record = await page.evaluate(() => new Promise((resolve, reject) => {
    const request = indexedDB.open('backstep');
    request.onerror = () => reject(request.error);
    request.onsuccess = () => {
      const get = request.result.transaction('kept').objectStore('kept').get('record');
      get.onsuccess = () => { request.result.close(); resolve(get.result); };
    };
  }));
  await context.close();
  return {
    entries: days,
    record_bytes: new TextEncoder().encode(record).length,
    before_the_first_entry: before,
    after_the_last: after,
  };
}

/** Both measurements, on the bundle served at `url`. */
export async function runKeeping(browser, url, days = Number(process.env.BENCH_DIARY_DAYS ?? 2000)) {
  return { questionnaire: await writesPerQuestionnaire(browser, url), diary: await diary(browser, url, days) };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const server = await serveDist();
  const browser = await launch();
  console.log(JSON.stringify(await runKeeping(browser, server.url)));
  await browser.close();
  await server.close();
}
