// The checker a person uses, driven through the real UI of the release bundle: reference
// cases answered by clicking and typing, the emergency interrupt, the red-flag gate.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { openAppAt, servedBundle } from './support.mjs';
import { answerQuestionnaire, readResult } from './drive.mjs';

const CASES = JSON.parse(readFileSync(fileURLToPath(new URL('../cases/dev-cases.json', import.meta.url)), 'utf8'));

// Every reference case that a person could produce through the questionnaire: the ones that
// expect an answer error, or an incomplete assessment (a skipped red-flag question), cannot
// be entered, by design.
const DRIVABLE = CASES.filter((c) => c.expect.triage && c.expect.complete !== false);

// The release bundle served, and one browser, for every test of this file.
const bundle = servedBundle();

const openApp = (options = {}) => openAppAt(bundle.browser, bundle.server.url, options);

test('the reference cases span all five levels', () => {
  const levels = new Set(DRIVABLE.map((c) => c.expect.triage));
  assert.deepEqual([...levels].sort(), ['emergency', 'routine', 'self_care', 'soon', 'urgent']);
  assert.ok(DRIVABLE.length >= 12, `only ${DRIVABLE.length} drivable cases`);
});

for (const kase of DRIVABLE) {
  test(`${kase.id}: ${kase.summary}`, async () => {
    const { context, page, seen } = await openApp();
    const expected = kase.expect.triage;
    if (expected === 'emergency') {
      const first = await answerQuestionnaire(page, kase.answers);
      assert.equal(first.outcome, 'emergency', `${kase.id}: expected the emergency panel`);
      assert.notEqual(first.causedBy, null, `${kase.id}: the panel came with an answer, not after the page`);
      const shownRules = await page.$$eval('.emergency [data-rule]', (nodes) => nodes.map((n) => n.dataset.rule));
      assert.ok(shownRules.length > 0, `${kase.id}: the panel gives its reasons`);
      await context.close();
      // Read on past every panel, as a person may: the result must say emergency too.
      const again = await openApp();
      const last = await answerQuestionnaire(again.page, kase.answers, { readOnPastEmergency: true });
      assert.equal(last.outcome, 'result');
      const shown = await readResult(again.page);
      assert.equal(shown.level, 'emergency', `${kase.id}: shown level`);
      assert.equal(shown.ladderShown, false, `${kase.id}: no ladder for an emergency`);
      for (const rule of kase.expect.flags_include ?? []) {
        assert.equal(await again.page.locator(`.reasons [data-rule="${rule}"]`).count(), 1, `${kase.id}: reason ${rule} shown`);
      }
      assert.deepEqual(again.seen.consoleErrors, [], `${kase.id}: no console error`);
      await again.context.close();
      return;
    }
    const { outcome } = await answerQuestionnaire(page, kase.answers);
    assert.equal(outcome, 'result', `${kase.id}: the emergency panel appeared for a ${expected} case`);
    const shown = await readResult(page);
    assert.equal(shown.level, expected, `${kase.id}: shown level`);
    if (expected === 'urgent') {
      assert.equal(shown.ladderShown, false, `${kase.id}: no ladder for urgent`);
    } else {
      assert.equal(shown.ladderShown, true, `${kase.id}: the ladder is drawn`);
      if (kase.expect.next_step !== undefined) {
        assert.equal(shown.nextStep, kase.expect.next_step, `${kase.id}: ladder next step`);
      }
      for (const option of kase.expect.options_include ?? []) {
        assert.ok(shown.options.includes(option), `${kase.id}: option card ${option} shown (${shown.options})`);
      }
      for (const option of kase.expect.options_exclude ?? []) {
        assert.ok(!shown.options.includes(option), `${kase.id}: option card ${option} not shown`);
      }
    }
    for (const rule of kase.expect.flags_include ?? []) {
      assert.equal(await page.locator(`.reasons [data-rule="${rule}"]`).count(), 1, `${kase.id}: reason ${rule} shown`);
    }
    assert.deepEqual(seen.consoleErrors, [], `${kase.id}: no console error`);
    assert.deepEqual(seen.cspViolations, [], `${kase.id}: no CSP violation`);
    await context.close();
  });
}

test('a whole case with the keyboard alone (dev-015, routine, next step 3)', async () => {
  const kase = CASES.find((c) => c.id === 'dev-015');
  const { context, page } = await openApp();
  const { outcome } = await answerQuestionnaire(page, kase.answers, { keyboard: true });
  assert.equal(outcome, 'result');
  const shown = await readResult(page);
  assert.equal(shown.level, 'routine');
  assert.equal(shown.nextStep, 3);
  await context.close();
});

test('a whole case on a 360 px wide phone (dev-010, soon), with nothing wider than the screen', async () => {
  const kase = CASES.find((c) => c.id === 'dev-010');
  const { context, page } = await openApp({ viewport: { width: 360, height: 740 }, isMobile: true, hasTouch: true });
  const { outcome } = await answerQuestionnaire(page, kase.answers);
  assert.equal(outcome, 'result');
  assert.equal((await readResult(page)).level, 'soon');
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  assert.ok(overflow <= 0, `the result is ${overflow}px wider than the screen`);
  await context.close();
});

test('the emergency panel appears right after the answer that causes it, before any other question, and holds focus', async () => {
  const { context, page } = await openApp();
  await page.locator('button.begin').click();
  await page.locator('button.none-of-these').click();
  await page.waitForSelector('#q-saddle_numbness');
  await page.locator('input[name="saddle_numbness"][value="yes"]').click();

  const panel = page.locator('.emergency');
  await panel.waitFor();
  // The alert is the heading and the action sentence, not the whole panel (details.test.mjs).
  assert.equal(await panel.locator('[role="alert"]').count(), 1, 'announced to screen readers');
  assert.equal(await page.locator('.question').count(), 0, 'no question is on screen with the panel');
  assert.equal(await page.evaluate(() => Boolean(document.activeElement?.closest('.emergency'))), true, 'focus is on the panel');
  const call = page.locator('.emergency a.call');
  assert.equal(await call.getAttribute('href'), 'tel:911');
  assert.match(await panel.innerText(), /Getting It Right First Time/, 'the reason carries its source, named as a person reads it');
  assert.doesNotMatch(await panel.innerText(), /seed 0/i, 'no internal source label');

  // Acknowledged, the person goes back to the same page with the answers kept.
  await page.locator('button.acknowledge').click();
  await page.waitForSelector('#page-title');
  assert.equal(await page.locator('input[name="saddle_numbness"][value="yes"]').isChecked(), true);
  await context.close();
});

test('a bladder problem reaches the emergency panel in 3 taps from Start', async () => {
  const { context, page } = await openApp({ viewport: { width: 360, height: 740 }, isMobile: true, hasTouch: true });
  let taps = 0;
  const tap = async (selector) => { taps += 1; await page.locator(selector).click(); };
  await tap('button.begin');
  await tap('button.none-of-these');
  await tap('input[name="bladder_change"][value="yes"]');
  await page.locator('.emergency').waitFor();
  assert.equal(taps, 3);
  await context.close();
});

test('the error summary lists only what is missing, a line each, and its links move focus without a hash', async () => {
  const { context, page } = await openApp();
  await page.locator('button.begin').click();
  await page.locator('input[name="tearing_pain"][value="no"]').check();
  await page.locator('input[name="chest_pain"][value="no"]').check();
  await page.locator('form button[type="submit"]').click();
  const problems = page.locator('.problems');
  await problems.waitFor();
  const lines = await problems.locator('li').allInnerTexts();
  assert.equal(lines.length, 5, `one line per missing item: ${lines.join(' | ')}`);
  assert.ok(lines.every((line) => line.length < 120), 'each line is the question, not the whole page');
  assert.equal(await page.evaluate(() => Boolean(document.activeElement?.closest('.problems'))), true, 'focus moves to the problems');
  const urlBefore = page.url();
  const historyBefore = await page.evaluate(() => history.length);
  await problems.locator('li a').first().click();
  assert.equal(await page.evaluate(() => document.activeElement?.closest('.question')?.id), 'q-pain_moves');
  assert.equal(page.url(), urlBefore, 'no hash');
  assert.equal(await page.evaluate(() => history.length), historyBefore, 'no history entry');
  assert.equal(await page.locator('#result-title').count(), 0);
  await context.close();
});

test('the browser Back and Forward move between steps with every answer kept; no answer is in the URL or the history state', async () => {
  const { context, page } = await openApp();
  await page.locator('button.begin').click();
  await page.locator('button.none-of-these').click();
  await page.waitForSelector('#q-saddle_numbness');
  await page.locator('button.none-of-these').click();
  await page.waitForSelector('#q-leg_pain_spreads');
  await page.locator('input[name="leg_pain_spreads"][value="yes"]').check();
  await page.locator('input[name="leg_pain_below_knee"][value="no"]').check();
  const url = page.url();
  await page.goBack();
  await page.waitForSelector('#q-saddle_numbness');
  assert.equal(await page.locator('input[name="bladder_change"][value="no"]').isChecked(), true, 'the earlier page, answered');
  await page.goBack();
  await page.waitForSelector('#q-tearing_pain');
  assert.equal(await page.locator('input[name="tearing_pain"][value="no"]').isChecked(), true);
  await page.goForward();
  await page.goForward();
  await page.waitForSelector('#q-leg_pain_spreads');
  assert.equal(await page.locator('input[name="leg_pain_below_knee"][value="no"]').isChecked(), true, 'the later page, answered');
  assert.equal(page.url(), url, 'the address never changes');
  const state = await page.evaluate(() => JSON.stringify(history.state));
  assert.doesNotMatch(state, /yes|no|unsure|below|leg/i, `the history state names only the step: ${state}`);
  // The app's own Back is the browser's Back.
  await page.getByRole('button', { name: 'Back' }).click();
  await page.waitForSelector('#q-saddle_numbness');
  await page.goForward();
  await page.waitForSelector('#q-leg_pain_spreads');
  await context.close();
});

test('Check your answers: warning signs first, Change goes to the question and comes straight back, Start again asks first', async () => {
  const { context, page } = await openApp();
  const kase = CASES.find((c) => c.id === 'dev-013');
  await answerQuestionnaire(page, kase.answers);
  // The driver went through Check your answers; go back to it from the result.
  await page.getByRole('button', { name: 'Change my answers' }).click();
  await page.waitForSelector('#check-title');
  const groups = await page.locator('.check-group h2').allInnerTexts();
  assert.equal(groups[0], 'Right now, do you have any of these?', 'the warning signs first');
  // A group answered "None of these" is one line; the step's one Change goes to the group.
  await page.locator('.check-group[data-page="6"] button.check-change').click();
  await page.waitForSelector('#q-minor_trauma');
  await page.locator('input[name="minor_trauma"][value="yes"]').check();
  await page.locator('form button[type="submit"]').click();
  await page.waitForSelector('#check-title');
  assert.match(await page.locator('.check-row[data-question="minor_trauma"]').innerText(), /Yes/);
  await page.locator('.check .actions button.primary').click();
  await page.waitForSelector('#result-title');
  await page.getByRole('button', { name: 'Start again' }).click();
  assert.equal(await page.locator('#result-title').count(), 1, 'nothing is cleared before the person confirms');
  await page.getByRole('button', { name: 'No, keep my answers' }).click();
  await page.getByRole('button', { name: 'Start again' }).click();
  await page.getByRole('button', { name: 'Yes, clear my answers' }).click();
  await page.waitForSelector('#start-title');
  await page.locator('button.begin').click();
  assert.equal(await page.locator('input[name="tearing_pain"]:checked').count(), 0, 'no answer is left');
  await context.close();
});

test('an ordinary case takes at most 20 taps from Start to the result, with no step (Check your answers included) taller than two screens, on a 360 px phone', async () => {
  const { context, page } = await openApp({ viewport: { width: 360, height: 740 }, isMobile: true, hasTouch: true });
  let taps = 0;
  let tallest = 0;
  const measure = async () => { tallest = Math.max(tallest, await page.evaluate(() => document.documentElement.scrollHeight)); };
  const tap = async (locator) => { taps += 1; await locator.click(); };
  await tap(page.locator('button.begin'));
  for (let group = 0; group < 4; group += 1) { await measure(); await tap(page.locator('button.none-of-these')); }
  await page.waitForSelector('#q-age');
  await measure();
  await tap(page.locator('#q-age-input')); await page.keyboard.type('34');
  await tap(page.locator('#q-duration_weeks input')); await page.keyboard.type('2');
  await tap(page.locator('input[name="pain_area"][value="lower"]'));
  await tap(page.locator('input[name="pain_score"][value="4"]'));
  await tap(page.locator('input[name="daily_function"][value="normal"]'));
  await tap(page.locator('form button[type="submit"]'));
  for (let group = 0; group < 2; group += 1) { await measure(); await tap(page.locator('button.none-of-these')); }
  await page.waitForSelector('#q-treatments_tried');
  await tap(page.locator('input[name="treatments_tried"][value="heat_ice"]'));
  await tap(page.locator('input[name="treatments_tried"][value="otc_pain_relief"]'));
  await measure();
  await tap(page.locator('form button[type="submit"]'));
  await page.waitForSelector('#q-relief');
  await tap(page.locator('input[name="relief-heat_ice"][value="partial"]'));
  await tap(page.locator('input[name="relief-otc_pain_relief"][value="partial"]'));
  await measure();
  await tap(page.locator('form button[type="submit"]'));
  await page.waitForSelector('#check-title');
  await measure();
  await tap(page.locator('.check .actions button.primary'));
  await page.waitForSelector('#result-title');
  assert.equal((await readResult(page)).level, 'self_care');
  assert.ok(taps <= 20, `${taps} taps`);
  assert.ok(tallest <= 2 * 740, `a step is ${tallest}px tall`);
  await context.close();
});

test('the emergency number follows the browser region and can be changed on the start screen', async () => {
  const { context, page } = await openApp({ locale: 'en-GB' });
  assert.match(await page.locator('.emergency-number').innerText(), /999/);
  await page.locator('.emergency-number button').click();
  await page.locator('#emergency-number').fill('12a');
  await page.getByRole('button', { name: 'Save' }).click();
  assert.equal(await page.locator('#emergency-number-error').count(), 1, 'a bad number is refused with a message');
  await page.locator('#emergency-number').fill('112');
  await page.getByRole('button', { name: 'Save' }).click();
  assert.equal(await page.locator('.emergency-number a').getAttribute('href'), 'tel:112');
  await context.close();
});

test('ticking a treatment keeps keyboard focus on its box, and "Nothing yet" comes first', async () => {
  const { context, page } = await openApp();
  const kase = CASES.find((c) => c.id === 'dev-001');
  // To the treatments step: every earlier step answered as a person would.
  await page.locator('button.begin').click();
  for (let n = 0; n < 10 && (await page.locator('#q-treatments_tried').count()) === 0; n += 1) {
    if ((await page.locator('button.none-of-these').count()) > 0) {
      await page.locator('button.none-of-these').click();
      continue;
    }
    await page.locator('#q-age-input').fill(String(kase.answers.age ?? 30));
    await page.locator('#q-duration_weeks input').fill('2');
    await page.locator('input[name="pain_area"][value="lower"]').check();
    await page.locator('input[name="pain_score"][value="3"]').check();
    await page.locator('input[name="daily_function"][value="normal"]').check();
    await page.locator('form button[type="submit"]').click();
  }
  const boxes = await page.locator('input[name="treatments_tried"]').evaluateAll((inputs) => inputs.map((i) => i.value));
  assert.equal(boxes[0], 'none', '"Nothing yet" is the first box');
  await page.locator('input[name="treatments_tried"][value="activity_and_self_care"]').focus();
  await page.keyboard.press('Space');
  assert.equal(await page.locator('input[name="treatments_tried"][value="activity_and_self_care"]').isChecked(), true);
  assert.equal(await page.evaluate(() => document.activeElement?.value), 'activity_and_self_care', 'focus stays on the box just ticked');
  await page.keyboard.press('Tab');
  assert.equal(await page.evaluate(() => document.activeElement?.value), 'heat_ice', 'and Tab goes on to the next one');
  await context.close();
});
