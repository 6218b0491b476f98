// The start page while the wasm loads, on a 360 x 740 phone: the static Start
// button shows that the checker is loading and takes a tap, a tap before the app is ready
// starts the questionnaire once it is, and nothing on the screen moves when the app replaces
// the static start screen (cumulative layout shift 0). The wasm is held back by a Playwright
// route, as a slow connection would hold it.
import { test, after } from 'node:test';
import assert from 'node:assert/strict';
import { axeViolations, waitForApp, watch, servedBundle } from './support.mjs';

// The release bundle served, and one browser, for every test of this file.
const bundle = servedBundle();

const PHONE = { viewport: { width: 360, height: 740 }, isMobile: true, hasTouch: true, locale: 'en-US' };

/** A phone-sized page whose wasm waits until the returned `release` is called. */
async function slowPage() {
  const context = await bundle.browser.newContext(PHONE);
  context.setDefaultTimeout(15000);
  const page = await context.newPage();
  const seen = await watch(page);
  let release;
  const released = new Promise((resolve) => { release = resolve; });
  await page.route(/_bg\.wasm$/, async (route) => {
    await released;
    await route.continue();
  });
  await page.goto(bundle.server.url, { waitUntil: 'commit' });
  await page.locator('#static-start').waitFor({ state: 'visible' });
  return { context, page, seen, release };
}

/** Two animation frames: whatever changed has been laid out and painted. */
const painted = (page) => page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));

/** Where the parts both start screens share are, in CSS pixels. */
const layout = (page) => page.evaluate(() => {
  const box = (selector) => {
    const rect = document.querySelector(selector).getBoundingClientRect();
    return { top: rect.top, left: rect.left, height: rect.height };
  };
  return {
    topbar: box('#app .topbar'),
    heading: box('#app h1'),
    lead: box('#app .lead'),
    startRow: box('#app .start-row'),
    startButton: box('#app .start-row .button'),
    warningSigns: box('#app .warning-signs'),
  };
});

test('while the wasm loads, Start says it is loading (in both languages), is busy, and the screen passes axe-core', async () => {
  const { context, page, release } = await slowPage();
  const start = page.locator('#static-start');
  assert.equal(await start.getAttribute('aria-busy'), 'true');
  assert.equal(await start.isEnabled(), true, 'it takes a tap: not disabled');
  const loading = page.locator('#static-loading');
  assert.equal(await loading.isVisible(), true);
  assert.match(await loading.innerText(), /Loading…/);
  assert.match(await loading.innerText(), /Cargando…/);
  assert.equal(await loading.locator('[lang="es"]').innerText(), 'Cargando…');
  // Full strength, not faded as a disabled button was.
  assert.equal(await start.evaluate((b) => getComputedStyle(b).opacity), '1');
  assert.deepEqual(await axeViolations(page), [], 'the static start screen while loading');

  release();
  await waitForApp(page);
  await page.locator('button.begin').waitFor();
  assert.equal(await page.locator('[aria-busy]').count(), 0, 'nothing is busy once the app is there');
  assert.equal(await page.locator('.loading').count(), 0);
  await context.close();
});

test('no layout shift when the app replaces the static start screen at 360 x 740 (CLS 0)', async () => {
  const { context, page, seen, release } = await slowPage();
  await painted(page);
  const before = await layout(page);
  release();
  await waitForApp(page);
  await page.locator('button.begin').waitFor();
  await painted(page);
  // Layout-shift entries are reported a little after the frame that caused them.
  await page.waitForTimeout(300);
  const after = await layout(page);
  const shifts = await page.evaluate(() => new Promise((resolve) => {
    const seenShifts = [];
    new PerformanceObserver((list) => seenShifts.push(...list.getEntries())).observe({ type: 'layout-shift', buffered: true });
    setTimeout(() => resolve(seenShifts.filter((e) => !e.hadRecentInput).map((e) => ({
      value: e.value,
      sources: (e.sources ?? []).map((s) => s.node?.nodeName ?? '?'),
    }))), 100);
  }));
  const cls = shifts.reduce((sum, shift) => sum + shift.value, 0);
  assert.ok(cls < 0.01, `cumulative layout shift ${cls}: ${JSON.stringify(shifts)}`);
  assert.equal(cls, 0, `cumulative layout shift ${cls}: ${JSON.stringify(shifts)}`);
  // And what the person sees stays put: the same heading, lead, Start button and warning
  // signs, in the same places, before and after (new nodes, which CLS does not count).
  // (The live warning signs end with the emergency number in use: taller, below the fold.)
  for (const part of Object.keys(before)) {
    for (const measure of part === 'warningSigns' ? ['top', 'left'] : ['top', 'left', 'height']) {
      assert.ok(Math.abs(before[part][measure] - after[part][measure]) < 0.5,
        `${part} ${measure}: ${before[part][measure]} before the app, ${after[part][measure]} after`);
    }
  }
  assert.deepEqual(seen.cspViolations, []);
  assert.deepEqual(seen.pageErrors, []);
  await context.close();
});

test('a tap on Start before the app is ready starts the questionnaire as soon as it is', async () => {
  const { context, page, seen, release } = await slowPage();
  await page.locator('#static-start').tap();
  assert.equal(await page.locator('#static-start').getAttribute('data-tapped'), '', 'the tap is remembered');
  assert.equal(await page.locator('#app[data-mounted]').count(), 0, 'the app is not there yet');
  release();
  await page.locator('#page-title').waitFor();
  assert.equal(await page.locator('.question').count() > 0, true, 'the first questions are on screen');
  assert.equal(await page.evaluate(() => document.activeElement?.id), 'page-title', 'focus is on the first page');
  assert.deepEqual(seen.pageErrors, []);
  assert.deepEqual(seen.consoleErrors, []);
  await context.close();
});

test('without a tap, the app stays on its start screen once ready', async () => {
  const { context, page, release } = await slowPage();
  release();
  await waitForApp(page);
  await page.locator('button.begin').waitFor();
  await painted(page);
  assert.equal(await page.locator('#page-title').count(), 0);
  await context.close();
});

test('with scripts off, there is no Start button and no "Loading" that would never end', async () => {
  const context = await bundle.browser.newContext({ ...PHONE, javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto(bundle.server.url);
  assert.equal(await page.locator('h1').innerText(), 'Check your back pain');
  assert.equal(await page.locator('#static-start').isVisible(), false);
  assert.equal(await page.locator('#static-loading').isVisible(), false);
  await context.close();
});

test('when the wasm cannot load, Start and "Loading" go and the page says the checker could not start', async () => {
  const context = await bundle.browser.newContext(PHONE);
  const page = await context.newPage();
  await page.route(/_bg\.wasm$/, (route) => route.abort());
  await page.goto(bundle.server.url);
  await page.locator('#load-failed').waitFor({ state: 'visible' });
  assert.equal(await page.locator('#static-start').isVisible(), false);
  assert.equal(await page.locator('#static-loading').isVisible(), false);
  await context.close();
});
