// Takes the screenshots of the README and docs/ from the release bundle (build it first):
//   node scripts/screenshots.mjs
// Writes docs/screenshots/*.png: the emergency panel, an urgent, a routine and a self-care
// result, at desktop width and at 360 px, a routine result in Spanish, and on a phone a first
// question step and Check your answers; the build's conformance report and the clinic
// configurator (filled in, with its previews) at desktop width.
// `node scripts/screenshots.mjs conformance configure diary` takes only those; `app` names
// the rest. `diary` is the pain diary's chart and table after six weeks, on a phone.
import { mkdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { launch, serveDist, waitForApp, widgetInside } from '../tests/e2e/support.mjs';
import { answerQuestionnaire } from '../tests/e2e/drive.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const cases = JSON.parse(readFileSync(`${root}/tests/cases/dev-cases.json`, 'utf8'));
const byId = (id) => cases.find((c) => c.id === id).answers;
const out = `${root}/docs/screenshots`;
mkdirSync(out, { recursive: true });

const shots = [
  // A known aneurysm: the panel that asks for an ambulance.
  { name: 'emergency', answers: byId('dev-038'), stopAtEmergency: true },
  // Past bowel cancer with worsening pain: today, and where to go.
  { name: 'urgent', answers: byId('dev-041') },
  { name: 'routine', answers: byId('dev-015') },
  { name: 'self-care', answers: byId('dev-001') },
  { name: 'routine-es', answers: byId('dev-015'), locale: 'es-MX' },
];
const widths = { desktop: { width: 1280, height: 900 }, phone: { width: 360, height: 740 } };

const only = process.argv.slice(2);
const wanted = (group) => only.length === 0 || only.includes(group);

const server = await serveDist();
const browser = await launch();
for (const shot of wanted('app') ? shots : []) {
  for (const [label, viewport] of Object.entries(widths)) {
    const context = await browser.newContext({ viewport, deviceScaleFactor: 1, locale: shot.locale ?? 'en-US' });
    const page = await context.newPage();
    await page.goto(server.url);
    await waitForApp(page);
    await answerQuestionnaire(page, shot.answers, { readOnPastEmergency: !shot.stopAtEmergency });
    await page.evaluate(() => document.activeElement?.blur());
    await page.screenshot({ path: `${out}/${shot.name}-${label}.png`, fullPage: true });
    console.log(`wrote docs/screenshots/${shot.name}-${label}.png`);
    await context.close();
  }
}
// The questionnaire itself, on a phone: a first "any of these?" step, and Check your answers.
if (wanted('app')) {
  const context = await browser.newContext({ viewport: widths.phone, deviceScaleFactor: 1, locale: 'en-US' });
  const page = await context.newPage();
  await page.goto(server.url);
  await waitForApp(page);
  await page.locator('button.begin').click();
  await page.waitForSelector('#page-title');
  await page.evaluate(() => document.activeElement?.blur());
  await page.screenshot({ path: `${out}/question-step-phone.png`, fullPage: true });
  console.log('wrote docs/screenshots/question-step-phone.png');
  await page.getByRole('button', { name: 'Back' }).click();
  await answerQuestionnaire(page, byId('dev-013'));
  await page.getByRole('button', { name: 'Change my answers' }).click();
  await page.waitForSelector('#check-title');
  await page.evaluate(() => document.activeElement?.blur());
  await page.screenshot({ path: `${out}/check-answers-phone.png`, fullPage: true });
  console.log('wrote docs/screenshots/check-answers-phone.png');
  await context.close();
}
// The conformance report: its top, the verdict and the first rules (the whole page lists
// every case).
if (wanted('conformance')) {
  const context = await browser.newContext({ viewport: widths.desktop, deviceScaleFactor: 1 });
  const page = await context.newPage();
  await page.goto(new URL('conformance.html', server.url).href);
  await page.screenshot({ path: `${out}/conformance-desktop.png` });
  console.log('wrote docs/screenshots/conformance-desktop.png');
  await context.close();
}
// The configurator, filled in for a clinic, with one value refused (a made-up emergency
// number) to show how a refusal reads, and both previews.
if (wanted('configure')) {
  const context = await browser.newContext({ viewport: widths.desktop, deviceScaleFactor: 1, locale: 'en-US' });
  const page = await context.newPage();
  await page.goto(new URL('configure.html', server.url).href);
  await page.waitForSelector('body[data-ready]');
  const settings = { 'clinic-name': 'Sunrise Spine Clinic', phone: '+1 (555) 010-0199', 'emergency-number': '5550100', 'booking-url': 'https://sunrise.example/book', accent: '#6b2d8f' };
  for (const [name, value] of Object.entries(settings)) await page.locator(`[name="${name}"]`).fill(value);
  await page.locator('#service-physical_therapy').check();
  await page.waitForFunction(() => document.getElementById('preview-frame').src.includes('Sunrise'));
  await page.frameLocator('#preview-frame').locator('#app[data-mounted] .clinic').waitFor();
  await (await widgetInside(page, '#preview-widget')).waitFor('.clinic');
  await page.evaluate(() => document.activeElement?.blur());
  await page.screenshot({ path: `${out}/configure-desktop.png`, fullPage: true });
  console.log('wrote docs/screenshots/configure-desktop.png');
  await context.close();
}
// The diary after six weeks of physical therapy, on a phone: the chart, its marks and its
// table, as the result shows it to someone who chose to keep their answers. The days are
// entered through the diary screen with the clock set to each one.
if (wanted('diary')) {
  const context = await browser.newContext({ viewport: widths.phone, deviceScaleFactor: 1, locale: 'en-US' });
  const page = await context.newPage();
  const first = new Date('2026-10-05T09:00:00');
  const on = (days) => new Date(first.getTime() + days * 86_400_000);
  await page.clock.setFixedTime(on(0));
  await page.goto(server.url);
  await waitForApp(page);
  await answerQuestionnaire(page, {
    age: 45, duration_weeks: 8, pain_area: 'lower', pain_score: 7, daily_function: 'limited',
    treatments_tried: ['physical_therapy'], relief: { physical_therapy: 'partial' }, pt_weeks: 1,
  });
  await page.locator('button.keep-yes').click();
  const diary = [[0, 7, 'limited'], [4, 6, 'limited'], [8, 6, 'limited'], [12, 5, 'limited'], [17, 5, 'normal'], [21, 4, 'normal'],
    [25, 4, 'normal'], [29, 3, 'normal'], [33, 3, 'normal'], [37, 2, 'normal'], [42, 2, 'normal']];
  for (const [day, pain, activities] of diary) {
    await page.clock.setFixedTime(on(day));
    await page.locator('section.keep button', { hasText: "Add today's diary entry" }).click();
    await page.locator(`input[name="diary_pain"][value="${pain}"]`).check();
    await page.locator(`input[name="diary_activities"][value="${activities}"]`).check();
    await page.locator('.diary-entry button[type="submit"]').click();
    await page.waitForSelector('.saved, .diary-worse');
    if (await page.locator('.diary-worse').count()) {
      for (let group = 0; group < 4; group += 1) await page.locator('button.none-of-these').click();
    } else {
      await page.locator('.diary-entry .actions button:not([type="submit"])').click();
    }
    await page.waitForSelector('#result-title');
  }
  await page.locator('main .diary-chart').screenshot({ path: `${out}/diary-phone.png` });
  console.log('wrote docs/screenshots/diary-phone.png');
  await context.close();
}
await browser.close();
await server.close();
