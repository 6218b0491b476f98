// backstep in Spanish: chosen from the browser, switched at any time without losing an
// answer, whole reference cases answered in Spanish, axe-core clean on the Spanish screens.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { axeViolations as violations, caseById, openAppAt, servedBundle } from './support.mjs';
import { answerPageMildly, answerQuestionnaire, readResult } from './drive.mjs';
import { PERSONAS } from '../../bench/personas.mjs';

/** Phrases that read as translated, not written, and must not come back. */
const TRANSLATED = [/revise su dolor/i, /se aplica a usted/i, /dificultad nueva/i, /inestabilidad nueva/i, /maneje ni conduzca/i, /como si algo se rasgara/i];

/** What a Spanish reader sees now: the gloss "(adormecimiento)" at most once, and none of
 *  the translated phrases. */
async function readsAsWritten(page, where) {
  const text = await page.evaluate(() => `${document.title}\n${document.body.innerText}`);
  const glosses = text.match(/\(adormecimiento\)/g)?.length ?? 0;
  assert.ok(glosses <= 1, `${where}: "(adormecimiento)" ${glosses} times, once a screen at most`);
  for (const phrase of TRANSLATED) assert.doesNotMatch(text, phrase, where);
}


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
  await readsAsWritten(page, 'the emergency panel');
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

test('every screen of the ordinary case in Spanish glosses "entumecimiento" once at most and uses none of the translated phrases', async () => {
  const { context, page } = await openApp('es-MX');
  await readsAsWritten(page, 'the start screen');
  for (const [kind, selector, text] of PERSONAS[0].steps) {
    await page.locator(selector).click();
    if (kind === 'type') await page.keyboard.type(text);
    await readsAsWritten(page, `after ${selector}`);
  }
  await page.waitForSelector('#result-title');
  await page.locator('main details summary').evaluateAll((summaries) => summaries.forEach((s) => s.click()));
  await readsAsWritten(page, 'the result, every fold open');
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
