// Five people driven through the release bundle on a 360 x 740 phone, counting what each
// must do: questions shown, taps, screens, the tallest screen, the total height scrolled
// past, the result's height (or the emergency panel's), and the taps from Start to the emergency panel where there is one. Part of the
// benchmark (bench/run.mjs); also runs alone on a built dist/: `node bench/personas.mjs`.
// Its figures are measurements, never test assertions (the tests hold the targets).
import { fileURLToPath } from 'node:url';
import { launch, serveDist, waitForApp } from '../tests/e2e/support.mjs';

/** What each person does, step by step, as a person would on the screen. */
/** The ordinary person's answers up to the last two groups ("how the pain behaves", "a little
 *  more about you"), and from the treatments on: the ordinary and the strain cases share them. */
const ORDINARY_START = [
  ['tap', 'button.begin'],
  ['tap', 'button.none-of-these'], ['tap', 'button.none-of-these'],
  ['tap', 'button.none-of-these'], ['tap', 'button.none-of-these'],
  ['type', '#q-age-input', '34'], ['type', '#q-duration_weeks input', '2'],
  ['tap', 'input[name="pain_area"][value="lower"]'], ['tap', 'input[name="pain_score"][value="4"]'],
  ['tap', 'input[name="daily_function"][value="normal"]'], ['tap', 'form button[type="submit"]'],
  ['tap', 'button.none-of-these'],
];
const ORDINARY_END = [
  ['tap', 'input[name="treatments_tried"][value="heat_ice"]'],
  ['tap', 'input[name="treatments_tried"][value="otc_pain_relief"]'], ['tap', 'form button[type="submit"]'],
  ['tap', 'input[name="relief-heat_ice"][value="partial"]'],
  ['tap', 'input[name="relief-otc_pain_relief"][value="partial"]'], ['tap', 'form button[type="submit"]'],
  ['tap', '.check .actions button.primary'],
];

export const PERSONAS = [
  {
    name: 'ordinary: 34, two weeks of low back pain, no leg symptoms, tried heat and ibuprofen',
    steps: [...ORDINARY_START, ['tap', 'button.none-of-these'], ...ORDINARY_END],
    until: '#result-title',
  },
  {
    name: 'strain: 34, two weeks of low back pain after a strain while lifting, no leg symptoms, tried heat and ibuprofen',
    steps: [
      ...ORDINARY_START,
      // The strain is a yes; "No to the rest" answers the other items of the step in one tap.
      ['tap', 'input[name="minor_trauma"][value="yes"]'], ['tap', 'button.none-of-these'],
      ...ORDINARY_END,
    ],
    until: '#result-title',
  },
  {
    name: 'bladder: new trouble passing urine',
    steps: [
      ['tap', 'button.begin'],
      ['tap', 'button.none-of-these'],
      ['tap', 'input[name="bladder_change"][value="yes"]'],
    ],
    until: '.emergency',
  },
  {
    name: 'sciatica: 45, ten weeks of pain below the knee in one leg, numb foot, eight weeks of physical therapy',
    steps: [
      ['tap', 'button.begin'],
      ['tap', 'button.none-of-these'], ['tap', 'button.none-of-these'],
      ['tap', 'input[name="leg_pain_spreads"][value="yes"]'],
      ['tap', 'input[name="leg_pain_below_knee"][value="yes"]'],
      ['tap', 'input[name="leg_numbness"][value="yes"]'],
      ['tap', 'input[name="leg_weakness_any"][value="no"]'],
      ['tap', 'input[name="both_legs"][value="no"]'],
      ['tap', 'input[name="leg_spasms"][value="no"]'],
      ['tap', 'input[name="walking_difficulty"][value="no"]'], ['tap', 'form button[type="submit"]'],
      ['tap', 'button.none-of-these'],
      ['type', '#q-age-input', '45'], ['type', '#q-duration_weeks input', '10'],
      ['tap', 'input[name="pain_area"][value="lower"]'], ['tap', 'input[name="pain_score"][value="6"]'],
      ['tap', 'input[name="daily_function"][value="limited"]'], ['tap', 'form button[type="submit"]'],
      ['tap', 'button.none-of-these'], ['tap', 'button.none-of-these'],
      ['tap', 'input[name="treatments_tried"][value="physical_therapy"]'], ['tap', 'form button[type="submit"]'],
      ['tap', 'input[name="relief-physical_therapy"][value="partial"]'],
      ['type', '#q-pt_weeks-input', '8'], ['tap', 'form button[type="submit"]'],
      ['tap', '.check .actions button.primary'],
    ],
    until: '#result-title',
  },
  {
    name: 'sudden loin pain: 70, severe pain in the side and back since this morning, no injury, nothing eases it',
    steps: [
      ['tap', 'button.begin'],
      ['tap', 'button.none-of-these'], ['tap', 'button.none-of-these'],
      ['tap', 'button.none-of-these'], ['tap', 'button.none-of-these'],
      ['type', '#q-age-input', '70'], ['type', '#q-duration_weeks input', '0'],
      ['tap', 'input[name="pain_area"][value="lower"]'], ['tap', 'input[name="pain_score"][value="9"]'],
      ['tap', 'input[name="daily_function"][value="unable"]'], ['tap', 'form button[type="submit"]'],
      ['tap', 'input[name="sudden_start"][value="yes"]'],
      ['tap', 'input[name="sudden_unrelenting"][value="yes"]'],
    ],
    until: '.emergency',
  },
];

/** One step of a person's: a tap on what `selector` finds, and for 'type' the text typed. */
export async function takeStep(page, [kind, selector, text]) {
  await page.locator(selector).click();
  if (kind === 'type') await page.keyboard.type(text);
}

/** Drives one person; returns what they had to do. */
async function drive(browser, url, persona) {
  const context = await browser.newContext({ viewport: { width: 360, height: 740 }, isMobile: true, hasTouch: true });
  const page = await context.newPage();
  await page.goto(url);
  await waitForApp(page);
  const shown = new Set();
  let screens = 0;
  let tallest = 0;
  let scrolled = 0;
  let lastScreen = '';
  // Each new screen: count it, its questions and its height (all of it scrolled past but one view).
  const look = async () => {
    const now = await page.evaluate(() => {
      const title = document.querySelector('h1')?.textContent ?? '';
      const questions = [...document.querySelectorAll('.question[id^="q-"]')].map((q) => q.id);
      return { title, questions, height: document.documentElement.scrollHeight };
    });
    for (const id of now.questions) shown.add(id);
    if (now.title !== lastScreen) {
      lastScreen = now.title;
      screens += 1;
      tallest = Math.max(tallest, now.height);
      scrolled += Math.max(0, now.height - 740);
    }
  };
  let taps = 0;
  let tapsToEmergency = null;
  for (const step of persona.steps) {
    await look();
    await takeStep(page, step);
    taps += 1;
    if (tapsToEmergency === null && (await page.locator('.emergency').count()) > 0) tapsToEmergency = taps;
  }
  await page.waitForSelector(persona.until);
  const level = await page.locator('.advice').getAttribute('data-level').catch(() => null);
  // The result's whole height with every fold closed, as it first appears.
  const resultHeight = (await page.locator('#result-title').count()) > 0
    ? await page.evaluate(() => document.documentElement.scrollHeight)
    : null;
  // An emergency's answer is its panel: how tall that is, on the same phone.
  const panelHeight = (await page.locator('.emergency').count()) > 0
    ? await page.evaluate(() => document.documentElement.scrollHeight)
    : null;
  await context.close();
  return {
    persona: persona.name,
    questions_shown: shown.size,
    taps,
    screens,
    tallest_screen_px: tallest,
    total_scroll_px: scrolled,
    result_height_px: resultHeight,
    emergency_panel_height_px: panelHeight,
    taps_to_emergency_panel: tapsToEmergency,
    outcome: tapsToEmergency ? 'emergency panel' : level,
  };
}

/** Every persona, in order. */
export async function runPersonas(browser, url) {
  const results = [];
  for (const persona of PERSONAS) results.push(await drive(browser, url, persona));
  return results;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const server = await serveDist();
  const browser = await launch();
  for (const result of await runPersonas(browser, server.url)) console.log(JSON.stringify(result));
  await browser.close();
  await server.close();
}
