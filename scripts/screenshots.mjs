// Takes the README's screenshots from the release bundle (build it first):
//   node scripts/screenshots.mjs
// Writes docs/screenshots/*.png: the emergency panel, an urgent, a routine and a self-care
// result, at desktop width and at 360 px, a routine result in Spanish, and on a phone a first
// question step and Check your answers.
import { mkdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { launch, serveDist, waitForApp } from '../tests/e2e/support.mjs';
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

const server = await serveDist();
const browser = await launch();
for (const shot of shots) {
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
{
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
await browser.close();
await server.close();
