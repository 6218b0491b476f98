// backstep in Spanish: chosen from the browser, switched at any time without losing an
// answer, whole reference cases answered in Spanish, axe-core clean on the Spanish screens.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { axeViolations as violations, caseById, openAppAt, servedBundle } from './support.mjs';
import { answerPageMildly, answerQuestionnaire, readResult } from './drive.mjs';


// The release bundle served, and one browser, for every test of this file.
const bundle = servedBundle();

const openApp = (locale) => openAppAt(bundle.browser, bundle.server.url, { locale });

for (const locale of ['es', 'es-MX', 'es-419']) {
  test(`a browser in ${locale} gets Spanish, with the page's lang and a translated heading`, async () => {
    const { context, page } = await openApp(locale);
    assert.equal(await page.locator('h1').innerText(), 'Evalúe su dolor de espalda');
    assert.equal(await page.evaluate(() => document.documentElement.lang), 'es');
    assert.equal(await page.locator('button.begin').innerText(), 'Comenzar');
    await context.close();
  });
}

test('a browser in French gets English', async () => {
  const { context, page } = await openApp('fr-FR');
  assert.equal(await page.locator('h1').innerText(), 'Check your back pain');
  assert.equal(await page.evaluate(() => document.documentElement.lang), 'en');
  await context.close();
});

test('dev-002 in Spanish: the emergency panel speaks Spanish, with the call link', async () => {
  const { context, page, seen } = await openApp('es-MX');
  const { outcome } = await answerQuestionnaire(page, caseById('dev-002').answers);
  assert.equal(outcome, 'emergency');
  const panel = await page.locator('.emergency').innerText();
  assert.match(panel, /Llamar al 911/);
  assert.match(panel, /cola de caballo/);
  assert.deepEqual(await violations(page), [], 'axe on the Spanish emergency panel');
  assert.deepEqual(seen.consoleErrors, []);
  await context.close();
});

test('dev-015 in Spanish: a routine result, its ladder, and a printed summary dated in Spanish', async () => {
  const { context, page } = await openApp('es-MX');
  const { outcome } = await answerQuestionnaire(page, caseById('dev-015').answers);
  assert.equal(outcome, 'result');
  const shown = await readResult(page);
  assert.equal(shown.level, 'routine');
  assert.equal(shown.nextStep, 3);
  assert.match(await page.locator('.advice').innerText(), /cita/i);
  assert.deepEqual(await violations(page), [], 'axe on the Spanish result');
  await page.emulateMedia({ media: 'print' });
  const summary = await page.locator('.summary').innerText();
  const today = new Date().toLocaleDateString('es', { dateStyle: 'long' });
  assert.ok(summary.includes(today), `the summary is dated ${today}`);
  assert.match(summary, /¿/, 'the answers are printed with the Spanish questions');
  await context.close();
});

test('switching language mid-questionnaire keeps every answer, and axe is clean on the Spanish pages and about view', async () => {
  const { context, page } = await openApp('en-US');
  await page.locator('button.begin').click();
  await answerPageMildly(page);
  await page.locator('form button[type="submit"]').click();
  await page.waitForSelector('#q-saddle_numbness');
  await answerPageMildly(page);
  await page.locator('form button[type="submit"]').click();
  await page.waitForSelector('#q-leg_pain_spreads');
  await page.locator('input[name="leg_pain_spreads"][value="yes"]').check();

  await page.getByRole('button', { name: 'Español' }).click();
  // The Spanish words are fetched on the switch (only the language in use is loaded).
  await page.waitForFunction(() => document.documentElement.lang === 'es');
  assert.match(await page.locator('#page-title').innerText(), /piernas/i);
  assert.equal(await page.locator('input[name="leg_pain_spreads"][value="yes"]').isChecked(), true, 'the answer survives the switch');
  assert.deepEqual(await violations(page), [], 'axe on a Spanish questionnaire page');

  await page.locator('form button[type="submit"]').click();
  await page.waitForSelector('.problems');
  assert.deepEqual(await violations(page), [], 'axe on a Spanish page with its problems');
  await page.getByRole('button', { name: 'Atrás' }).click();
  await page.waitForSelector('#q-saddle_numbness');
  assert.equal(await page.locator('input[name="saddle_numbness"][value="no"]').isChecked(), true, 'earlier answers too');
  await page.getByRole('button', { name: 'Atrás' }).click();
  await page.waitForSelector('#q-tearing_pain');
  assert.equal(await page.locator('input[name="tearing_pain"][value="no"]').isChecked(), true);
  await page.getByRole('button', { name: 'Atrás' }).click();
  await page.getByRole('button', { name: /Acerca de/ }).click();
  await page.waitForSelector('#about-title');
  assert.deepEqual(await violations(page), [], 'axe on the Spanish about view');
  await page.getByRole('button', { name: 'English' }).click();
  await page.waitForFunction(() => document.documentElement.lang === 'en');
  await context.close();
});
