// Keeping tells the truth and loses nothing, and saves neither leak nor flood: through the
// release bundle in headless Chromium, with the database's state set up by the page itself
// before the app reads it, and the writes counted where the app makes them (IndexedDB's put).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { countWrites, DIST, openAppAt, servedBundle, waitForApp, writes } from './support.mjs';
import { answerQuestionnaire, readResult } from './drive.mjs';
import { startServer } from '../../scripts/static-server.mjs';

const bundle = servedBundle();

const ORDINARY = { age: 34, duration_weeks: 2, pain_area: 'lower', pain_score: 3, daily_function: 'normal' };

/** A new tab on the app with writes counted, once mounted. */
async function openCounted(context) {
  const page = await context.newPage();
  await page.addInitScript(countWrites);
  await page.goto(bundle.server.url);
  await waitForApp(page);
  return page;
}

/** Records, from the page's first script on, whether the page ever said the answers were
 *  kept: a note shown for a moment and taken back is a lie too. */
function watchKeptNote() {
  window.__saidKept = false;
  new MutationObserver(() => {
    if (document.querySelector('.kept-note')) window.__saidKept = true;
  }).observe(document, { subtree: true, childList: true });
}

/** Puts the database in `state` before the app reads it (run in the page, then reloaded). */
async function prepare(page, state) {
  await page.evaluate((state) => new Promise((resolve, reject) => {
    const request = indexedDB.open('backstep', state.version ?? 1);
    request.onupgradeneeded = () => { if (state.store !== false) request.result.createObjectStore('kept'); };
    request.onerror = () => reject(request.error);
    request.onsuccess = () => {
      const db = request.result;
      if (!('record' in state)) { db.close(); resolve(); return; }
      const tx = db.transaction('kept', 'readwrite');
      tx.objectStore('kept').put(state.record, 'record');
      tx.oncomplete = () => { db.close(); resolve(); };
      tx.onerror = () => reject(tx.error);
    };
  }), state);
  await page.reload();
  await waitForApp(page);
}

/** The database as it is now: its version, its stores and what they hold. */
function readDatabase(page) {
  return page.evaluate(() => new Promise((resolve) => {
    const request = indexedDB.open('backstep');
    request.onsuccess = () => {
      const db = request.result;
      const stores = [...db.objectStoreNames];
      if (!stores.includes('kept')) { db.close(); resolve({ version: db.version, stores, record: null }); return; }
      const get = db.transaction('kept').objectStore('kept').get('record');
      get.onsuccess = () => { db.close(); resolve({ version: db.version, stores, record: get.result ?? null }); };
    };
  }));
}

async function forgetEverything(page) {
  await page.getByRole('button', { name: 'Forget everything' }).click();
  await page.getByRole('button', { name: 'Yes, forget everything' }).click();
  await page.waitForSelector('.forgotten');
  await page.waitForFunction(async () => (await indexedDB.databases()).length === 0);
}

/** Answers ORDINARY to the result and says yes to keeping. */
async function keepOrdinary(page) {
  await answerQuestionnaire(page, ORDINARY);
  await page.getByRole('button', { name: 'Yes, keep my answers' }).click();
}

test('one kept questionnaire is written at most once a step, nothing is written on load, and it comes back', async () => {
  const context = await bundle.browser.newContext();
  context.setDefaultTimeout(10000);
  let page = await openCounted(context);
  await keepOrdinary(page);
  await page.waitForSelector('.kept-note');
  await page.waitForFunction(() => window.__writes > 0);
  await page.reload();
  await waitForApp(page);
  await page.locator('button.continue').waitFor();
  // A moment for any write the load might make (the answers settle in a fraction of it).
  await page.waitForTimeout(1000);
  assert.equal(await writes(page), 0, 'loading what is kept writes nothing');

  // A whole questionnaire again, with keeping on: each step is one history entry.
  const before = await page.evaluate(() => history.length);
  await answerQuestionnaire(page, { ...ORDINARY, age: 51 });
  await page.waitForSelector('#result-title');
  await page.waitForFunction(() => window.__writes > 0);
  await page.waitForTimeout(1000);
  const steps = (await page.evaluate(() => history.length)) - before;
  const written = await writes(page);
  assert.ok(steps >= 10, `${steps} steps`);
  assert.ok(written >= 1 && written <= steps, `${written} writes for ${steps} steps`);
  await page.close();

  page = await openCounted(context);
  await page.locator('button.check-again').click();
  await page.waitForSelector('#check-title');
  assert.match(await page.locator('.check-row[data-question="age"]').innerText(), /51/);
  await forgetEverything(page);
  await context.close();
});

test('a kept record survives closing the tab at once after the last answer', async () => {
  const context = await bundle.browser.newContext();
  context.setDefaultTimeout(10000);
  let page = await openCounted(context);
  await keepOrdinary(page);
  await page.waitForSelector('.kept-note');
  await page.reload();
  await waitForApp(page);
  await page.locator('button.check-again').click();
  await page.waitForSelector('#check-title');
  // One Change per step: the one of the step that holds the age.
  await page.locator('.check-group:has(.check-row[data-question="age"]) .check-head button').click();
  await page.locator('#q-age-input').fill('62');
  // Closed before the answers have had time to settle: leaving writes them first.
  await page.close({ runBeforeUnload: false });

  page = await openCounted(context);
  await page.locator('button.check-again').click();
  await page.waitForSelector('#check-title');
  assert.match(await page.locator('.check-row[data-question="age"]').innerText(), /62/);
  await forgetEverything(page);
  await context.close();
});

test('listeners and heap stay flat over 200 saves', async () => {
  const context = await bundle.browser.newContext();
  context.setDefaultTimeout(10000);
  const page = await context.newPage();
  await page.addInitScript(countWrites);
  await page.clock.install();
  await page.goto(bundle.server.url);
  await waitForApp(page);
  await keepOrdinary(page);
  await page.clock.runFor(1000);
  await page.waitForFunction(() => window.__writes > 0);
  await page.locator('section.keep button', { hasText: "Add today's diary entry" }).click();
  await page.waitForSelector('#diary-screen-title');
  await page.locator('input[name="diary_activities"][value="normal"]').check();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Performance.enable');
  const measure = async () => {
    await cdp.send('HeapProfiler.collectGarbage');
    const { metrics } = await cdp.send('Performance.getMetrics');
    const { usedSize } = await cdp.send('Runtime.getHeapUsage');
    return { listeners: metrics.find((m) => m.name === 'JSEventListeners').value, heap: usedSize };
  };
  const save = async (n) => {
    const count = await writes(page);
    // 1 and 2 in turn: never worse than the questionnaire's 3, so the diary stays on screen.
    await page.locator(`input[name="diary_pain"][value="${1 + (n % 2)}"]`).check();
    await page.locator('input[name="diary_activities"][value="normal"]').check();
    await page.getByRole('button', { name: "Save today's entry" }).click();
    await page.clock.runFor(1000);
    await page.waitForFunction((count) => window.__writes > count, count);
    // Saved: the diary offers no second Save; Back and the diary again, to change today's.
    await page.locator('main.diary button', { hasText: /^Back$/ }).click();
    await page.getByRole('button', { name: "Add today's diary entry" }).click();
    await page.waitForSelector('#diary-screen-title');
  };
  for (let n = 0; n < 20; n += 1) await save(n);
  const start = await measure();
  for (let n = 20; n < 220; n += 1) await save(n);
  const end = await measure();
  assert.ok(end.listeners - start.listeners <= 5, `listeners ${start.listeners} -> ${end.listeners}`);
  assert.ok(end.heap - start.heap < 1_000_000, `heap ${start.heap} -> ${end.heap}`);
  await context.close();
});

for (const { name, state, expected } of [
  { name: 'a database at a newer version', state: { version: 5, record: 'backstep-kept 2\n' }, expected: (db) => db.version === 5 && db.record === 'backstep-kept 2\n' },
  { name: 'a database without its store', state: { store: false }, expected: (db) => db.stores.length === 0 },
  { name: 'a record that is not text', state: { record: { diary: [1, 2, 3] } }, expected: (db) => JSON.stringify(db.record) === '{"diary":[1,2,3]}' },
  { name: 'a record of a newer format', state: { record: 'backstep-kept 9\ndiary 20000 3 normal\n' }, expected: (db) => db.record === 'backstep-kept 9\ndiary 20000 3 normal\n' },
]) {
  test(`${name} is set aside, never written over, and keeping says it failed while the answers stay`, async () => {
    const { context, page, seen } = await openAppAt(bundle.browser, bundle.server.url);
    await prepare(page, state);
    await page.waitForSelector('.set-aside');
    assert.equal(await page.getByRole('button', { name: 'Forget everything' }).count(), 1);
    assert.equal(await page.locator('button.continue').count(), 0, 'not read as something to continue');
    await keepOrdinary(page);
    await page.waitForSelector('.keep-failed');
    assert.match(await page.locator('.keep-failed').innerText(), /could not be kept on this device/);
    assert.equal(await page.locator('.kept-note').count(), 0, 'never said to be kept');
    assert.equal((await readResult(page)).level, 'self_care', 'the answers stay on screen');
    const db = await readDatabase(page);
    assert.ok(expected(db), `left as it was: ${JSON.stringify(db)}`);
    await page.reload();
    await waitForApp(page);
    await page.waitForSelector('.set-aside');
    await forgetEverything(page);
    assert.deepEqual(seen.pageErrors, []);
    await context.close();
  });
}

test('the Spanish notice says the answers could not be kept', async () => {
  const { context, page } = await openAppAt(bundle.browser, bundle.server.url);
  await prepare(page, { store: false });
  await keepOrdinary(page);
  await page.waitForSelector('.keep-failed');
  await page.getByRole('button', { name: 'Español' }).click();
  await page.waitForSelector('.backstep[lang="es"]');
  assert.match(await page.locator('.keep-failed').innerText(), /No se pudieron guardar sus respuestas en este dispositivo/);
  await context.close();
});

/** What the database named `name` holds: its version and record, or null if there is none. */
function readNamed(page, name) {
  return page.evaluate(async (name) => {
    if (!(await indexedDB.databases()).some((info) => info.name === name)) return null;
    return new Promise((resolve, reject) => {
      const request = indexedDB.open(name);
      request.onerror = () => reject(request.error);
      request.onsuccess = () => {
        const db = request.result;
        if (!db.objectStoreNames.contains('kept')) { db.close(); resolve({ version: db.version, record: null }); return; }
        const get = db.transaction('kept').objectStore('kept').get('record');
        get.onsuccess = () => { db.close(); resolve({ version: db.version, record: get.result ?? null }); };
      };
    });
  }, name);
}

/** Asserts that keeping failed truthfully: the notice, never a "kept", the answers on screen. */
async function assertNotKept(page) {
  await page.waitForSelector('.keep-failed');
  assert.match(await page.locator('.keep-failed').innerText(), /could not be kept on this device/);
  assert.equal(await page.evaluate(() => window.__saidKept), false, 'never said to be kept, not even for a moment');
  assert.equal((await readResult(page)).level, 'self_care', 'the answers stay on screen');
}

test('a save the browser refuses for want of room is never said to be kept, and the person is told in their language', async () => {
  const context = await bundle.browser.newContext();
  context.setDefaultTimeout(10000);
  const page = await context.newPage();
  const warnings = [];
  page.on('console', (message) => { if (message.type() === 'warning') warnings.push(message.text()); });
  await page.addInitScript(watchKeptNote);
  await page.goto(bundle.server.url);
  await waitForApp(page);
  // The browser's own quota for this origin, made smaller than any record: IndexedDB then
  // refuses the write as it does on a full device.
  const cdp = await context.newCDPSession(page);
  await cdp.send('Storage.overrideQuotaForOrigin', { origin: new URL(bundle.server.url).origin, quotaSize: 1 });
  await keepOrdinary(page);
  await assertNotKept(page);
  assert.ok(warnings.some((text) => /quota/i.test(text)), `refused for want of room: ${warnings.join(' | ')}`);
  const db = await readNamed(page, 'backstep');
  assert.equal(db?.record ?? null, null, `nothing was written: ${JSON.stringify(db)}`);
  await page.getByRole('button', { name: 'Español' }).click();
  await page.waitForSelector('.backstep[lang="es"]');
  assert.match(await page.locator('.keep-failed').innerText(), /No se pudieron guardar sus respuestas en este dispositivo/);
  await context.close();
});

for (const { name, holdUp, after } of [
  {
    name: "a newer copy's upgrade",
    // Blocked by the older tab, and queued ahead of this copy's open.
    holdUp: () => new Promise((resolve) => {
      const upgrade = indexedDB.open('backstep', 2);
      upgrade.onblocked = () => resolve();
      upgrade.onupgradeneeded = () => { window.__upgraded = upgrade; };
      upgrade.onsuccess = () => upgrade.result.close();
    }),
    // The database's version once the held-up upgrade has gone through.
    after: 2,
  },
  {
    name: "another tab's Forget everything",
    holdUp: () => new Promise((resolve) => {
      const deletion = indexedDB.deleteDatabase('backstep');
      deletion.onblocked = () => resolve();
    }),
    // No database once the held-up deletion has gone through.
    after: null,
  },
]) {
  test(`an open held up by ${name} behind a tab that never lets go ends as a failure, not a wait without end`, async () => {
    const context = await bundle.browser.newContext();
    context.setDefaultTimeout(10000);
    const page = await context.newPage();
    await page.addInitScript(watchKeptNote);
    await page.goto(bundle.server.url);
    await waitForApp(page);
    // Another tab of the origin holds the database open and ignores versionchange, as an
    // older copy of backstep might.
    const holder = await context.newPage();
    await holder.goto(`${bundle.server.url}icon.svg`);
    await holder.evaluate(() => new Promise((resolve, reject) => {
      const request = indexedDB.open('backstep', 1);
      request.onupgradeneeded = () => request.result.createObjectStore('kept');
      request.onerror = () => reject(request.error);
      request.onsuccess = () => { window.__held = request.result; resolve(); };
    }));
    await holder.evaluate(holdUp);
    await keepOrdinary(page);
    await assertNotKept(page);

    // The tab lets go: what was held up goes through, and this copy's open, given up on,
    // creates nothing and holds no connection (a deletion then goes through unblocked).
    await holder.evaluate(() => window.__held.close());
    await holder.waitForFunction(async (version) => {
      const found = (await indexedDB.databases()).find((info) => info.name === 'backstep');
      return (found?.version ?? null) === version;
    }, after);
    // A moment for this copy's open, queued behind, to go through too.
    await page.waitForTimeout(500);
    const db = await readNamed(holder, 'backstep');
    assert.equal(db?.version ?? null, after, `as the other tab left it: ${JSON.stringify(db)}`);
    assert.equal(db?.record ?? null, null, 'this copy wrote nothing');
    const blocked = await holder.evaluate(() => new Promise((resolve) => {
      const deletion = indexedDB.deleteDatabase('backstep');
      deletion.onblocked = () => resolve(true);
      deletion.onsuccess = () => resolve(false);
    }));
    assert.equal(blocked, false, 'this copy holds no connection');
    await context.close();
  });
}

test('two copies of backstep on one origin keep their records apart, and forgetting in one leaves the other', async () => {
  const root = mkdtempSync(join(tmpdir(), 'backstep-two-keepers-'));
  for (const copy of ['a', 'b']) cpSync(DIST, join(root, copy), { recursive: true });
  const server = await startServer({ root });
  const context = await bundle.browser.newContext();
  context.setDefaultTimeout(10000);
  try {
    const open = async (copy) => {
      const page = await context.newPage();
      await page.addInitScript(countWrites);
      await page.goto(`${server.url}${copy}/`);
      await waitForApp(page);
      return page;
    };
    const a = await open('a');
    await keepOrdinary(a);
    await a.waitForSelector('.kept-note');

    const b = await open('b');
    // A moment for anything the load might find or write.
    await b.waitForTimeout(1000);
    assert.equal(await b.locator('button.continue').count(), 0, 'the other copy finds nothing kept');
    assert.equal(await b.locator('.set-aside').count(), 0, 'nor anything set aside');
    assert.equal(await writes(b), 0, 'and writes nothing');
    assert.deepEqual((await b.evaluate(() => indexedDB.databases())).map((info) => info.name), ['backstep /a/']);

    await answerQuestionnaire(b, { ...ORDINARY, age: 58 });
    await b.getByRole('button', { name: 'Yes, keep my answers' }).click();
    await b.waitForSelector('.kept-note');
    const names = (await b.evaluate(() => indexedDB.databases())).map((info) => info.name).sort();
    assert.deepEqual(names, ['backstep /a/', 'backstep /b/'], 'one database for each copy');

    await b.getByRole('button', { name: 'Forget everything' }).click();
    await b.getByRole('button', { name: 'Yes, forget everything' }).click();
    await b.waitForSelector('.forgotten');
    await b.waitForFunction(async () => (await indexedDB.databases()).length === 1);
    assert.equal(await readNamed(b, 'backstep /b/'), null, 'forgotten in this copy');
    assert.match((await readNamed(b, 'backstep /a/'))?.record ?? '', /^backstep-kept /, "the other copy's record stays");

    await a.reload();
    await waitForApp(a);
    await a.locator('button.check-again').click();
    await a.waitForSelector('#check-title');
    assert.match(await a.locator('.check-row[data-question="age"]').innerText(), /34/);
  } finally {
    await context.close();
    await server.close();
    rmSync(root, { recursive: true, force: true });
  }
});
