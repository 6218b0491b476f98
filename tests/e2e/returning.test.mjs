// For the person who comes back: the calendar reminder, keeping the answers on
// this device only when asked (and forgetting all of it), a record the app cannot read, and
// a six-week pain diary entered through the screens with a fixed clock, whose chart must
// match its table. All through the release bundle in headless Chromium.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { axeViolations, openAppAt, servedBundle, waitForApp } from './support.mjs';
import { answerQuestionnaire, readResult } from './drive.mjs';

const bundle = servedBundle();

/** An ordinary case: self-care, whose advice says when to check again. */
const ORDINARY = { age: 34, duration_weeks: 2, pain_area: 'lower', pain_score: 3, daily_function: 'normal' };

/** What backstep left in this browser: databases, caches, storage, cookies. */
async function leftBehind(page) {
  const inPage = await page.evaluate(async () => ({
    databases: (await indexedDB.databases()).map((db) => db.name),
    caches: (await caches.keys()).filter((name) => !name.startsWith('backstep ')),
    local: localStorage.length,
    session: sessionStorage.length,
  }));
  return { ...inPage, cookies: await page.context().cookies() };
}

const NOTHING = { databases: [], caches: [], local: 0, session: 0, cookies: [] };

/** "Forget everything", confirmed, and its erasing finished (the screen forgets at once). */
async function forgetEverything(page) {
  await page.getByRole('button', { name: 'Forget everything' }).click();
  await page.getByRole('button', { name: 'Yes, forget everything' }).click();
  await page.waitForSelector('.forgotten');
  await page.waitForFunction(async () => (await indexedDB.databases()).length === 0);
}

test('the reminder is an .ics event two weeks on, with a link back and no answer or level in it', async () => {
  const { context, page } = await openAppAt(bundle.browser, bundle.server.url);
  await page.clock.setFixedTime(new Date('2026-11-29T10:00:00'));
  await page.reload();
  await waitForApp(page);
  await answerQuestionnaire(page, ORDINARY);
  assert.equal((await readResult(page)).level, 'self_care');
  const status = page.locator('.reminder-status[role="status"]');
  assert.equal(await status.textContent(), '', 'its status line is there, empty, before the tap');
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Add a calendar reminder' }).click(),
  ]);
  assert.equal(download.suggestedFilename(), 'backstep-reminder.ics');
  assert.equal(await status.textContent(), 'The reminder was downloaded. Open the file to add it to your calendar.', 'the download is said on screen');
  const ics = readFileSync(await download.path(), 'utf8');
  assert.match(ics, /^BEGIN:VCALENDAR\r\n/);
  const unfolded = ics.replace(/\r\n /g, '');
  assert.match(unfolded, /\r\nDTSTART;VALUE=DATE:20261213\r\n/);
  assert.match(unfolded, /SUMMARY:Check your back pain again\r\n/);
  assert.ok(unfolded.includes(`URL:${bundle.server.url}\r\n`), unfolded);
  assert.match(unfolded, /2 to 6 weeks/);
  for (const line of ics.split('\r\n')) assert.ok(Buffer.byteLength(line) <= 75, line);
  // No answer, no level: none of the words or values the person gave or was told.
  for (const secret of ['self-care', 'self_care', 'routine', 'urgent', 'emergency', 'lower back', 'everyday']) {
    assert.ok(!unfolded.toLowerCase().includes(secret), `the reminder says "${secret}"`);
  }
  assert.doesNotMatch(unfolded, /\b34\b/, 'the age is not in it');
  assert.deepEqual(await leftBehind(page), NOTHING, 'a reminder stores nothing');
  await context.close();
});

test('keeping is asked for in plain words, nothing is written before yes, the answers survive a reload, and Forget everything leaves nothing', async () => {
  const { context, page } = await openAppAt(bundle.browser, bundle.server.url);
  await answerQuestionnaire(page, ORDINARY);
  const offer = page.locator('section.keep');
  assert.match(await offer.innerText(), /only\. They are never sent anywhere\. Anyone who uses this device could see them/);
  assert.deepEqual(await axeViolations(page), [], 'the result with the offer');
  assert.deepEqual(await leftBehind(page), NOTHING, 'nothing before yes');
  await page.reload();
  await waitForApp(page);
  assert.equal(await page.locator('button.continue').count(), 0, 'nothing to continue without yes');

  await answerQuestionnaire(page, ORDINARY);
  await page.getByRole('button', { name: 'Yes, keep my answers' }).click();
  // Said once written: the reload then finds it.
  await page.waitForSelector('.kept-note');
  await page.reload();
  await waitForApp(page);
  await page.locator('button.continue').waitFor();
  assert.deepEqual(await axeViolations(page), [], 'the start screen with what is kept');
  await page.locator('button.continue').click();
  await page.waitForSelector('#result-title');
  assert.equal((await readResult(page)).level, 'self_care', 'the kept answers give the same result');
  await page.reload();
  await waitForApp(page);
  await page.locator('button.check-again').click();
  await page.waitForSelector('#check-title');
  assert.match(await page.locator('.check-row[data-question="age"]').innerText(), /34/);

  // Forget everything, from the screen the person is on.
  await forgetEverything(page);
  await page.waitForSelector('#start-title');
  assert.deepEqual(await leftBehind(page), NOTHING, 'nothing left behind');
  await page.reload();
  await waitForApp(page);
  assert.equal(await page.locator('button.continue, button.check-again').count(), 0);
  assert.equal(await page.getByRole('button', { name: 'Forget everything' }).count(), 0);
  await context.close();
});

test('a kept record the app cannot read is set aside, the person is told, nothing breaks, and Forget everything removes it', async () => {
  const { context, page, seen } = await openAppAt(bundle.browser, bundle.server.url);
  await page.evaluate(() => new Promise((resolve, reject) => {
    const request = indexedDB.open('backstep', 1);
    request.onupgradeneeded = () => request.result.createObjectStore('kept');
    request.onsuccess = () => {
      const tx = request.result.transaction('kept', 'readwrite');
      tx.objectStore('kept').put('{"format": 99, "diary": "from a newer version"}', 'record');
      tx.oncomplete = () => { request.result.close(); resolve(); };
      tx.onerror = reject;
    };
  }));
  await page.reload();
  await waitForApp(page);
  await page.waitForSelector('.set-aside');
  assert.match(await page.locator('.set-aside').innerText(), /could not be read/);
  assert.match(await page.locator('.status-region[role="status"]').textContent(), /could not be read/, 'and said by the status region, there before the record was found');
  const kept = await page.evaluate(() => new Promise((resolve) => {
    const request = indexedDB.open('backstep', 1);
    request.onsuccess = () => {
      const store = request.result.transaction('kept').objectStore('kept');
      const keys = store.getAllKeys();
      keys.onsuccess = () => { request.result.close(); resolve(keys.result); };
    };
  }));
  assert.deepEqual(kept, ['record'], 'left as it was: nothing is rewritten on load');
  await page.reload();
  await waitForApp(page);
  await page.waitForSelector('.set-aside');
  assert.equal(await page.getByRole('button', { name: 'Forget everything' }).count(), 1, 'a later visit still says so, and offers to forget it');
  // The app still works.
  await answerQuestionnaire(page, ORDINARY);
  assert.equal((await readResult(page)).level, 'self_care');
  await forgetEverything(page);
  assert.deepEqual(await leftBehind(page), NOTHING);
  assert.deepEqual(seen.pageErrors, []);
  await context.close();
});

test('a six-week diary entered through the screens draws a chart whose points match its table, with the treatment marked', async () => {
  const { context, page } = await openAppAt(bundle.browser, bundle.server.url, { viewport: { width: 360, height: 740 } });
  const first = new Date('2026-10-05T09:00:00');
  const on = (days) => new Date(first.getTime() + days * 86_400_000);
  await page.clock.setFixedTime(on(0));
  await page.reload();
  await waitForApp(page);
  await answerQuestionnaire(page, {
    ...ORDINARY, duration_weeks: 8, pain_score: 6, daily_function: 'limited',
    treatments_tried: ['physical_therapy'], relief: { physical_therapy: 'partial' }, pt_weeks: 1,
  });
  await page.getByRole('button', { name: 'Yes, keep my answers' }).click();
  // An entry every three or four days for six weeks, the pain easing from 7 to 2.
  const days = [0, 3, 7, 10, 14, 17, 21, 24, 28, 31, 35, 38, 42];
  const pains = [7, 7, 6, 6, 5, 5, 4, 4, 3, 3, 3, 2, 2];
  for (const [at, day] of days.entries()) {
    await page.clock.setFixedTime(on(day));
    await page.locator('section.keep button', { hasText: "Add today's diary entry" }).click();
    await page.waitForSelector('#diary-screen-title');
    if (at === 0) assert.deepEqual(await axeViolations(page), [], 'the diary screen');
    await page.locator(`input[name="diary_pain"][value="${pains[at]}"]`).check();
    await page.locator('input[name="diary_activities"][value="limited"]').check();
    await page.getByRole('button', { name: "Save today's entry" }).click();
    if (at === 0) {
      // 7 is worse than the 6 the questionnaire recorded: the warning signs again, and how the
      // pain behaves (a sudden severe pain).
      await page.waitForSelector('.diary-worse');
      for (let group = 0; group < 5; group += 1) await page.locator('button.none-of-these').click();
      await page.waitForSelector('#result-title');
    } else {
      await page.waitForSelector('.saved');
      if (at === 1) {
        assert.equal(await page.evaluate(() => document.activeElement?.className), 'saved', 'focus on "Today\'s entry is saved"');
        assert.equal(await page.getByRole('button', { name: "Save today's entry" }).count(), 0, 'no second Save under it');
      }
      await page.getByRole('button', { name: 'Back' }).click();
      await page.waitForSelector('#result-title, #start-title');
      if (await page.locator('#start-title').count()) {
        await page.locator('button.continue').click();
        await page.waitForSelector('#result-title');
      }
    }
  }
  const chart = page.locator('main .diary-chart');
  const points = await chart.locator('circle.point').evaluateAll((circles) => circles.map((c) => ({
    day: c.dataset.day, pain: Number(c.dataset.pain), x: Number(c.getAttribute('cx')), y: Number(c.getAttribute('cy')),
  })));
  const rows = await chart.locator('.diary-table tbody tr').evaluateAll((trs) => trs.map((tr) => ({
    day: tr.querySelector('time').getAttribute('datetime'), pain: Number(tr.querySelector('td').textContent),
  })));
  const iso = (d) => `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
  assert.deepEqual(rows, days.map((day, at) => ({ day: iso(on(day)), pain: pains[at] })), 'the table is the diary');
  assert.deepEqual(points.map(({ day, pain }) => ({ day, pain })), rows, 'a point for each row, the same day and pain');
  // Pain upwards (10 at the top, y 10; 0 at the bottom, y 152), days left to right, evenly.
  for (const point of points) assert.equal(point.y, 10 + Math.trunc(((10 - point.pain) * 142) / 10));
  for (let at = 1; at < points.length; at += 1) assert.ok(points[at].x > points[at - 1].x);
  assert.equal(points[0].x, 28);
  assert.equal(points.at(-1).x, 310);
  assert.equal(await chart.locator('.mark[data-option="physical_therapy"]').count(), 1, 'physical therapy marked');
  assert.equal(await chart.locator('.mark[data-option="physical_therapy"] .mark-label').textContent(), 'Physical therapy (physiotherapy)', 'the dashed line is labelled');
  assert.match(await chart.locator('.marks').innerText(), /Physical therapy[^;]*\(5 Oct 2026\)/);
  assert.deepEqual(await axeViolations(page), [], 'the result with the chart');
  // The printout carries the same chart.
  assert.equal(await page.locator('.summary .diary-chart circle.point').count(), days.length);
  await context.close();
});

test('Forget everything in one tab is not undone by another tab still open', async () => {
  const { context, page: first } = await openAppAt(bundle.browser, bundle.server.url);
  await answerQuestionnaire(first, ORDINARY);
  await first.getByRole('button', { name: 'Yes, keep my answers' }).click();
  await first.waitForSelector('.kept-note');
  const second = await context.newPage();
  await second.goto(bundle.server.url);
  await waitForApp(second);
  await second.locator('button.continue').click();
  await forgetEverything(second);
  // The first tab changes an answer: it finds the record forgotten and forgets too.
  await first.getByRole('button', { name: 'Change my answers' }).click();
  await first.waitForSelector('#check-title, #start-title');
  await first.waitForSelector('#start-title');
  assert.deepEqual(await leftBehind(first), NOTHING, 'nothing written back');
  await context.close();
});

test('a record kept under version 3 of the policy comes back, and its one answer about a recent infection or procedure is asked again as two questions', async () => {
  const { context, page, seen } = await openAppAt(bundle.browser, bundle.server.url);
  // As the version 3 app wrote it (format 2): every item "no" but the combined one, "yes".
  const items = ['tearing_pain', 'faint_or_clammy', 'pulsing_belly', 'known_aneurysm', 'chest_pain', 'breathless',
    'saddle_numbness', 'bladder_change', 'bowel_incontinence', 'sexual_dysfunction', 'leg_pain_spreads', 'leg_numbness',
    'leg_weakness_any', 'leg_spasms', 'walking_difficulty', 'fever', 'cancer_history', 'iv_drug_use', 'immunosuppressed',
    'major_trauma', 'belly_or_urine', 'worsening', 'constant_night_pain', 'inflammatory_pattern', 'sleep_disturbed',
    'minor_trauma', 'steroid_use', 'osteoporosis', 'pregnant', 'weight_loss'];
  const record = ['backstep-kept 2', 'screen result',
    ...items.map((item) => `item ${item} no`), 'item recent_infection_or_procedure yes',
    'answer vascular_warning no', 'answer recent_infection_or_procedure yes',
    'choice pain_area lower', 'choice leg_pain none', 'choice leg_weakness none', 'choice daily_function normal',
    'pain_score 3', 'duration_unit weeks', 'text age 40', 'text duration_weeks 1', 'no_treatments',
    'result 20400 soon', ''].join('\n');
  await page.evaluate((text) => new Promise((resolve, reject) => {
    const request = indexedDB.open('backstep', 1);
    request.onupgradeneeded = () => request.result.createObjectStore('kept');
    request.onsuccess = () => {
      const tx = request.result.transaction('kept', 'readwrite');
      tx.objectStore('kept').put(text, 'record');
      tx.oncomplete = () => { request.result.close(); resolve(); };
      tx.onerror = reject;
    };
  }), record);
  await page.reload();
  await waitForApp(page);
  await page.locator('button.continue').click();
  // No result yet: the first step with a question the record has no answer for.
  await page.waitForSelector('#page-title');
  assert.equal(await page.locator('#result-title').count(), 0, 'no result until the new questions are answered');
  assert.equal(await page.locator('input[name="tearing_pain"][value="no"]').isChecked(), true, 'an answer kept comes back');
  assert.equal(await page.locator('input[name="pain_moves"]:checked').count(), 0, 'a question never asked is not read as no');
  const asked = new Set();
  for (let step = 0; step < 14 && (await page.locator('#result-title').count()) === 0; step += 1) {
    await page.waitForSelector('#page-title, #check-title, #result-title, .emergency');
    if ((await page.locator('.emergency').count()) > 0) { await page.locator('button.acknowledge').click(); continue; }
    if ((await page.locator('#check-title').count()) > 0) { await page.locator('.check .actions button.primary').click(); continue; }
    for (const field of ['recent_spinal_procedure', 'recent_infection']) {
      if ((await page.locator(`#q-${field}`).count()) > 0) {
        asked.add(field);
        assert.equal(await page.locator(`input[name="${field}"]:checked`).count(), 0, `${field} is asked again, unanswered`);
        assert.equal(await page.locator('input[name="fever"][value="no"]').isChecked(), true, 'beside the answers kept');
      }
    }
    if ((await page.locator('button.none-of-these').count()) > 0) await page.locator('button.none-of-these').click();
    else await page.locator('form button[type="submit"]').click();
  }
  assert.deepEqual([...asked].sort(), ['recent_infection', 'recent_spinal_procedure']);
  await page.waitForSelector('#result-title');
  assert.equal((await readResult(page)).level, 'self_care');
  assert.deepEqual(seen.pageErrors, []);
  await forgetEverything(page);
  await context.close();
});
