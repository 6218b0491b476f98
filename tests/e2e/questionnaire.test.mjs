// The checker a person uses, driven through the real UI of the release bundle: reference
// cases answered by clicking and typing, the emergency interrupt, the red-flag gate.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { launch, openAppAt, serveDist } from './support.mjs';
import { answerPageMildly, answerQuestionnaire, readResult } from './drive.mjs';

const CASES = JSON.parse(readFileSync(fileURLToPath(new URL('../cases/dev-cases.json', import.meta.url)), 'utf8'));

// Every reference case that a person could produce through the questionnaire: the ones that
// expect an answer error, or an incomplete assessment (a skipped red-flag question), cannot
// be entered, by design.
const DRIVABLE = CASES.filter((c) => c.expect.triage && c.expect.complete !== false);

let browser;
let server;

before(async () => {
  server = await serveDist();
  browser = await launch();
});

after(async () => {
  await browser?.close();
  await server?.close();
});

/** Answers whatever is left mildly and goes on to the result. */
async function answerRestAndSeeResult(page) {
  for (let n = 0; n < 10 && (await page.locator('#result-title').count()) === 0; n += 1) {
    await answerPageMildly(page);
    await page.locator('form button[type="submit"]').click();
    await page.waitForSelector('#page-title, #result-title');
  }
}

const openApp = (options = {}) => openAppAt(browser, server.url, options);

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
  await page.locator('input[name="vascular_warning"][value="no"]').check();
  await page.locator('input[name="chest_or_breathing"][value="no"]').check();
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

test('a non-emergency result cannot be reached with a red-flag question unanswered', async () => {
  const { context, page } = await openApp();
  await page.locator('button.begin').click();
  for (const field of ['vascular_warning', 'chest_or_breathing', 'saddle_numbness', 'bladder_change', 'bowel_incontinence']) {
    await page.locator(`input[name="${field}"][value="no"]`).check();
  }
  // major_trauma left unanswered.
  await page.locator('form button[type="submit"]').click();
  const problems = page.locator('.problems');
  await problems.waitFor();
  assert.match(await problems.innerText(), /injury|accident|trauma/i);
  assert.equal(await page.locator('#result-title').count(), 0);
  assert.equal(await page.evaluate(() => Boolean(document.activeElement?.closest('.problems'))), true, 'focus moves to the problems');
  assert.equal(await page.locator('#q-major_trauma.invalid').count(), 1);
  await context.close();
});

test('back and forward keep answers, and start over clears them', async () => {
  const { context, page } = await openApp();
  await page.locator('button.begin').click();
  await page.locator('input[name="vascular_warning"][value="no"]').check();
  await page.locator('input[name="major_trauma"][value="no"]').check();
  await page.getByRole('button', { name: 'Back' }).click();
  await page.locator('button.begin').click();
  assert.equal(await page.locator('input[name="vascular_warning"][value="no"]').isChecked(), true);
  assert.equal(await page.locator('input[name="major_trauma"][value="no"]').isChecked(), true);
  for (const field of ['known_aneurysm', 'chest_or_breathing', 'saddle_numbness', 'bladder_change', 'bowel_incontinence']) {
    await page.locator(`input[name="${field}"][value="no"]`).check();
  }
  await page.locator('form button[type="submit"]').click();
  await page.waitForSelector('#q-leg_pain');
  await answerPageMildly(page);
  await page.locator('form button[type="submit"]').click();
  await page.locator('#q-age-input').fill('61');
  await page.getByRole('button', { name: 'Back' }).click();
  await page.locator('form button[type="submit"]').click();
  assert.equal(await page.locator('#q-age-input').inputValue(), '61', 'a typed answer survives back and forward');

  // Start over, from the result, clears every answer.
  await answerRestAndSeeResult(page);
  await page.getByRole('button', { name: 'Start again' }).click();
  await page.locator('button.begin').click();
  assert.equal(await page.locator('input[name="vascular_warning"]:checked').count(), 0, 'no answer is left');
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
