// The printout for the clinician: warning-sign answers first, each "yes" or "not
// sure" marked in words that print in black and white, the other answers under short
// headings, and in Spanish the choice to add the English summary on pages of its own.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { axeViolations, contextFor, openAppFor, startClinicSites, widgetInside } from './support.mjs';
import { answerQuestionnaire } from './drive.mjs';

// backstep's origin (the standalone page, and the widget a clinic loads from it), and a
// clinic's page on another origin with a Spanish widget, for printing from the widget.
let sites;
let browser;
let server;
let hostServer;

before(async () => {
  sites = await startClinicSites({ prefix: 'backstep-print-host-' });
  ({ browser, backstep: server, host: hostServer } = sites);
  writeFileSync(join(sites.hostRoot, 'index.html'), `<!DOCTYPE html><html lang="es"><head><meta charset="utf-8">
<title>Clínica</title><script type="module" src="${server.url}widget.js"></script></head>
<body><p class="intro">La página de una clínica.</p><backstep-checker lang="es"></backstep-checker></body></html>`);
});

after(async () => {
  await sites?.close();
});

const openApp = (t, locale) => openAppFor(t, browser, server.url, { locale });

const GROUPS = ['warning_signs', 'about_the_pain', 'health_and_risks', 'treatments'];

/** Fever alone makes the advice urgent; weight loss is a "yes" outside the warning signs;
 *  two treatments tried, each with how much it helped. Everything else mildest. */
const URGENT_WITH_FEVER = {
  fever: 'yes',
  weight_loss: 'yes',
  treatments_tried: ['physical_therapy', 'massage'],
  pt_weeks: 4,
  relief: { physical_therapy: 'partial', massage: 'temporary' },
};

/** Pages of the printed PDF (A4), as the browser prints the page now. */
async function printedPages(page) {
  const pdf = await page.pdf({ format: 'A4' });
  return (pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length;
}

/** For each copy of the summary: its lang, its groups in order, and the marked fields. */
function readCopies(page) {
  return page.locator('.summary .summary-copy').evaluateAll((copies) => copies.map((copy) => ({
    lang: copy.lang,
    groups: [...copy.querySelectorAll('.answer-group')].map((group) => group.dataset.group),
    marked: [...copy.querySelectorAll('.answer.warning')].map((row) => ({
      field: row.dataset.field,
      group: row.closest('.answer-group').dataset.group,
      mark: row.querySelector('.warning-mark')?.innerText ?? '',
    })),
    text: copy.innerText,
  })));
}

test('a red-flag "yes" prints first among the warning signs, marked in words, then the other groups in order', async (t) => {
  const { page } = await openApp(t, 'en-US');
  const { outcome } = await answerQuestionnaire(page, URGENT_WITH_FEVER);
  assert.equal(outcome, 'result');
  assert.equal(await page.locator('.advice').getAttribute('data-level'), 'urgent');
  assert.equal(await page.locator('.print-english').count(), 0, 'no "English too" choice in English');
  await page.emulateMedia({ media: 'print' });
  assert.equal(await page.locator('.summary').isVisible(), true);
  const copies = await readCopies(page);
  assert.equal(copies.length, 1, 'one summary');
  const [copy] = copies;
  assert.deepEqual(copy.groups, GROUPS, 'warning signs first, then the pain, health and treatments');
  assert.deepEqual(copy.marked.map((m) => [m.field, m.group]), [['fever', 'warning_signs']], 'only the fever answer is marked');
  assert.match(copy.marked[0].mark, /^warning sign$/i);
  // The first group opens with its heading; the fever answer is in it, with its question.
  const first = page.locator('.summary .answer-group').first();
  assert.match(await first.locator('h4').innerText(), /warning signs/i);
  assert.equal(await first.locator('.answer').first().getAttribute('data-field'), 'fever', 'the marked answer leads its group');
  const fever = first.locator('[data-field="fever"]');
  assert.match(await fever.innerText(), /warning sign[\s\S]*temperature of 38[\s\S]*Yes/i);
  // Not by colour alone: bold words in a black box, the row barred in black.
  const style = await fever.locator('.warning-mark').evaluate((mark) => {
    const s = getComputedStyle(mark);
    return { weight: Number(s.fontWeight), color: s.color, border: s.borderTopStyle, borderColor: s.borderTopColor };
  });
  assert.ok(style.weight >= 700, `bold (${style.weight})`);
  assert.equal(style.color, 'rgb(0, 0, 0)');
  assert.equal(style.border, 'solid');
  assert.equal(style.borderColor, 'rgb(0, 0, 0)');
  // Weight loss is a "yes" too, but not a warning sign: printed with health and risks, unmarked.
  const weight = page.locator('.summary [data-group="health_and_risks"] [data-field="weight_loss"]');
  assert.equal(await weight.count(), 1);
  assert.equal(await weight.locator('.warning-mark').count(), 0);
  // Each treatment tried with how much it helped, under treatments.
  const treatments = await page.locator('.summary [data-group="treatments"]').innerText();
  assert.match(treatments, /Physical therapy \(physiotherapy\): It helped a little, but not enough/);
  assert.match(treatments, /Massage: It helped, then wore off/);
  // Every answer once: 42 contract fields, all asked here (something was tried, physical therapy among it).
  assert.equal(await page.locator('.summary .answer').count(), 42);
  // What prints says each thing once: the page's own notices stay on screen.
  const printed = await page.evaluate(() => document.body.innerText);
  assert.equal(printed.match(/not a diagnosis/gi)?.length, 1, 'one "not a diagnosis" line');
  assert.equal(printed.match(/stay on this device/gi), null, 'no privacy line repeated on paper');
  const pages = await printedPages(page);
  assert.ok(pages >= 1 && pages <= 2, `the summary prints on ${pages} pages`);
});

test('an emergency read on past the panel prints its "yes" and "not sure" warning signs marked, first', async (t) => {
  const { page } = await openApp(t, 'en-US');
  const { outcome } = await answerQuestionnaire(page, { saddle_numbness: 'yes', iv_drug_use: 'unsure' }, { readOnPastEmergency: true });
  assert.equal(outcome, 'result');
  assert.equal(await page.locator('.advice').getAttribute('data-level'), 'emergency');
  await page.emulateMedia({ media: 'print' });
  const [copy] = await readCopies(page);
  assert.deepEqual(copy.groups, GROUPS);
  assert.deepEqual(copy.marked.map((m) => m.field), ['saddle_numbness', 'iv_drug_use'], 'both marked, leading the group');
  const leading = await page.locator('.summary [data-group="warning_signs"] .answer').evaluateAll((rows) => rows.slice(0, 2).map((row) => row.dataset.field));
  assert.deepEqual(leading, ['saddle_numbness', 'iv_drug_use']);
  assert.ok(copy.marked.every((m) => m.group === 'warning_signs'));
  assert.match(await page.locator('.summary [data-field="iv_drug_use"]').innerText(), /Not sure/);
  assert.equal(await page.locator('.summary [data-field="fever"] .warning-mark').count(), 0, 'a "no" is not marked');
  const pages = await printedPages(page);
  assert.ok(pages >= 1 && pages <= 2, `the summary prints on ${pages} pages`);
});

test('in Spanish, "print in English too" adds the English summary after the Spanish one, on a page of its own', async (t) => {
  const { page } = await openApp(t, 'es-MX');
  const { outcome } = await answerQuestionnaire(page, URGENT_WITH_FEVER);
  assert.equal(outcome, 'result');
  const choice = page.getByRole('checkbox', { name: 'Imprimir también en inglés para el profesional de la salud' });
  assert.equal(await choice.isChecked(), false, 'off until chosen');
  assert.deepEqual(await axeViolations(page), [], 'axe on the Spanish result with the new choice');

  // Without it: the Spanish summary alone.
  await page.emulateMedia({ media: 'print' });
  let copies = await readCopies(page);
  assert.deepEqual(copies.map((c) => c.lang), ['es']);
  assert.match(copies[0].text, /señal de alarma/i);
  assert.doesNotMatch(copies[0].text, /Back pain check|temperature of 38/);
  const spanishPages = await printedPages(page);
  assert.ok(spanishPages >= 1 && spanishPages <= 2, `the Spanish summary prints on ${spanishPages} pages`);

  // With it: Spanish, then English with the English questions, the same answers marked.
  await page.emulateMedia({ media: 'screen' });
  await choice.check();
  // The English words are fetched once the box is ticked: wait for their copy.
  await page.locator('.summary .summary-copy[lang="en"]').waitFor({ state: 'attached' });
  await page.emulateMedia({ media: 'print' });
  assert.equal(await page.locator('.print-english').isVisible(), false, 'the choice itself is not printed');
  copies = await readCopies(page);
  assert.deepEqual(copies.map((c) => c.lang), ['es', 'en']);
  const [spanish, english] = copies;
  assert.match(spanish.text, /Revisión del dolor de espalda: resumen/);
  assert.match(english.text, /Back pain check: summary/);
  assert.match(english.text, /Since the pain began, have you had a temperature of 38/);
  assert.match(english.text, /Be seen by a doctor|today/i, 'the advice in English');
  assert.doesNotMatch(english.text, /¿/, 'no Spanish question in the English copy');
  assert.deepEqual(english.groups, GROUPS);
  assert.deepEqual(english.marked.map((m) => m.field), spanish.marked.map((m) => m.field));
  assert.match(english.marked[0].mark, /^warning sign$/i);
  const today = new Date().toLocaleDateString('en', { dateStyle: 'long' });
  assert.ok(english.text.includes(today), `the English copy is dated ${today}`);
  assert.equal(await page.locator('.summary-copy[lang="en"]').evaluate((copy) => getComputedStyle(copy).breakBefore), 'page');
  const bothPages = await printedPages(page);
  t.diagnostic(`Spanish alone: ${spanishPages} pages; Spanish and English: ${bothPages} pages`);
  assert.ok(bothPages > spanishPages && bothPages <= 4, `both languages print on ${bothPages} pages`);

  // Unticked again: Spanish alone once more.
  await page.emulateMedia({ media: 'screen' });
  await choice.uncheck();
  await page.emulateMedia({ media: 'print' });
  assert.deepEqual((await readCopies(page)).map((c) => c.lang), ['es']);
});

test('printing from a Spanish widget with "English too" prints both summaries and not the host page', async (t) => {
  const context = await contextFor(t, browser);
  const page = await context.newPage();
  await page.goto(hostServer.url);
  await page.evaluate(() => { window.print = () => { window.printed = true; }; });
  const inside = await widgetInside(page);
  await inside.waitFor('.backstep-root[data-mounted]');
  const { outcome } = await answerQuestionnaire(page, URGENT_WITH_FEVER, { inside });
  assert.equal(outcome, 'result');
  await inside.click('.print-english input');
  assert.equal(await inside.checked('.print-english input'), true);
  await inside.click('.actions button.primary');
  assert.equal(await page.evaluate(() => window.printed), true);
  await page.emulateMedia({ media: 'print' });
  assert.equal(await page.locator('.intro').isVisible(), false, "the host's text is not printed");
  const copies = await inside.all('.summary .summary-copy', (nodes) => nodes.map((node) => ({
    lang: node.lang,
    shown: node.checkVisibility() && node.getBoundingClientRect().height > 0,
    firstMarked: node.querySelector('.answer.warning')?.dataset.field ?? null,
    breakBefore: getComputedStyle(node).breakBefore,
  })));
  assert.deepEqual(copies, [
    { lang: 'es', shown: true, firstMarked: 'fever', breakBefore: 'auto' },
    { lang: 'en', shown: true, firstMarked: 'fever', breakBefore: 'page' },
  ]);
  assert.equal(await inside.one('.advice', (node) => node.checkVisibility()), false, 'the screen view is not printed');
});
