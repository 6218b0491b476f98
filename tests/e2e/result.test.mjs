// The result's companions: the printable summary, the about view, and narrow screens.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { caseById, openAppAt, servedBundle } from './support.mjs';
import { answerPageMildly, answerQuestionnaire } from './drive.mjs';


// The release bundle served, and one browser, for every test of this file.
const bundle = servedBundle();

const openApp = (options = {}) => openAppAt(bundle.browser, bundle.server.url, options);

test('the printed summary holds the advice, the reasons, the answers, the date and the content version, and nothing else', async () => {
  const { context, page } = await openApp({ locale: 'en-US' });
  await answerQuestionnaire(page, caseById('dev-015').answers);
  await page.emulateMedia({ media: 'print' });
  for (const hidden of await page.locator('.no-print').all()) {
    assert.equal(await hidden.isVisible(), false, 'the screen view is hidden in print');
  }
  const summary = page.locator('.summary');
  assert.equal(await summary.isVisible(), true);
  const text = await summary.innerText();
  assert.match(text, /Book a routine appointment/);
  assert.match(text, /below your knee/i, 'a reason');
  assert.match(text, /NICE guideline NG59/, 'a reason carries its source, by its body and name');
  assert.doesNotMatch(text, /seed 0/i, 'no internal source label');
  const today = new Date().toLocaleDateString('en-US', { dateStyle: 'long' });
  assert.ok(text.includes(today), `the date ${today} is on the summary`);
  assert.match(text, /version 4/i);
  assert.match(text, /Physical therapy/, 'the answers, with the treatments tried');
  assert.match(text, /10 \/ 10|[0-9]+ \/ 10/, 'the pain score');
  // One or two pages: the printed PDF of the summary.
  const pdf = await page.pdf({ format: 'A4' });
  const pages = (pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length;
  assert.ok(pages >= 1 && pages <= 2, `the summary prints on ${pages} pages`);
  await context.close();
});

test('the about view lists every rule in plain words with its sources, and the full references', async () => {
  const { context, page } = await openApp();
  await page.getByRole('button', { name: /About/ }).click();
  await page.waitForSelector('#about-title');
  assert.equal(await page.locator('.rule-table li').count(), 48, 'all 48 rules');
  assert.doesNotMatch(await page.locator('main').innerText(), /seed 0/i, 'no internal source label');
  for (const item of await page.locator('.rule-table li').all()) {
    assert.match(await item.innerText(), /Sources?:/, `${await item.getAttribute('data-rule')} has its sources`);
  }
  const references = await page.locator('.references').innerText();
  assert.match(references, /Chou R, Qaseem A/);
  assert.match(references, /Getting It Right First Time/);
  assert.match(await page.locator('main').innerText(), /not a diagnosis/i);
  await page.getByRole('button', { name: 'Close' }).click();
  await page.waitForSelector('#start-title');
  await context.close();
});

for (const [label, options] of [
  ['320 px wide', { viewport: { width: 320, height: 640 } }],
  ['200% zoom of a 1280 px window', { viewport: { width: 640, height: 400 }, deviceScaleFactor: 2 }],
]) {
  test(`every screen fits ${label} with no sideways scrolling`, async () => {
    const { context, page } = await openApp(options);
    const overflow = () => page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    assert.equal(await overflow(), 0, 'start screen');
    await page.locator('button.begin').click();
    for (let n = 1; n < 12; n += 1) {
      await page.waitForSelector('#page-title, #check-title');
      if ((await page.locator('#check-title').count()) > 0) break;
      await answerPageMildly(page);
      assert.equal(await overflow(), 0, `questionnaire page ${n}`);
      await page.locator('form button[type="submit"]').click();
    }
    assert.equal(await overflow(), 0, 'check your answers');
    await page.locator('.check .actions button.primary').click();
    await page.waitForSelector('#result-title');
    assert.equal(await overflow(), 0, 'result');
    await context.close();
  });
}
