// axe-core, the real engine, on every screen: start, each questionnaire page, the emergency
// panel, each of the five result levels, and the about view.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { axeViolations as violations, caseById, openAppAt, servedBundle } from './support.mjs';
import { answerPageMildly, answerQuestionnaire } from './drive.mjs';


// The release bundle served, and one browser, for every test of this file.
const bundle = servedBundle();

const openApp = (colorScheme = 'light') => openAppAt(bundle.browser, bundle.server.url, { colorScheme });

for (const colorScheme of ['light', 'dark']) {
  test(`axe: start screen, every questionnaire page and the about view (${colorScheme})`, async () => {
    const { context, page } = await openApp(colorScheme);
    assert.deepEqual(await violations(page), [], 'start screen');
    await page.locator('button.begin').click();
    for (let n = 1; ; n += 1) {
      await page.waitForSelector('#page-title');
      assert.deepEqual(await violations(page), [], `questionnaire page ${n}`);
      // Submitting an empty page shows the problems: check that state too, once.
      if (n === 1) {
        await page.locator('form button[type="submit"]').click();
        await page.waitForSelector('.problems');
        assert.deepEqual(await violations(page), [], 'questionnaire page 1 with its problems');
      }
      await answerPageMildly(page);
      await page.locator('form button[type="submit"]').click();
      await page.waitForSelector('#page-title, #check-title');
      if ((await page.locator('#check-title').count()) > 0) break;
    }
    assert.deepEqual(await violations(page), [], 'check your answers');
    await page.locator('.check .actions button.primary').click();
    await page.waitForSelector('#result-title');
    await page.getByRole('button', { name: /About/ }).first().click();
    await page.waitForSelector('#about-title');
    assert.deepEqual(await violations(page), [], 'about view');
    await context.close();
  });
}

test('axe: the emergency panel', async () => {
  const { context, page } = await openApp();
  const { outcome } = await answerQuestionnaire(page, caseById('dev-002').answers);
  assert.equal(outcome, 'emergency');
  assert.deepEqual(await violations(page), [], 'emergency panel');
  await context.close();
});

const RESULTS = { emergency: 'dev-025', urgent: 'dev-041', soon: 'dev-026', routine: 'dev-015', self_care: 'dev-014' };
for (const [level, id] of Object.entries(RESULTS)) {
  test(`axe: the ${level} result (${id})`, async () => {
    const { context, page } = await openApp();
    await answerQuestionnaire(page, caseById(id).answers, { readOnPastEmergency: true });
    assert.equal(await page.locator('.advice').getAttribute('data-level'), level);
    assert.deepEqual(await violations(page), [], `${level} result`);
    await context.close();
  });
}
