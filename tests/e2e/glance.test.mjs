// A result taken in at a glance on a 360 x 740 phone, confirmations that keep the person's
// place, focus rings that show on every background, a pain scale whose ends are read with
// it, and "No to the rest" leaving given answers alone. Real bundle, real Chromium.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { openAppAt, servedBundle } from './support.mjs';
import { PERSONAS } from '../../bench/personas.mjs';

const bundle = servedBundle();
const PHONE = { viewport: { width: 360, height: 740 }, isMobile: true, hasTouch: true, locale: 'en-US' };
const SCREEN = 740;
const ORDINARY = PERSONAS[0];
/** The same person after a strain while lifting: a yes on one step, then "No to the rest". */
const STRAIN = PERSONAS.find((persona) => persona.name.startsWith('strain'));

/** The ordinary person (bench/personas.mjs) driven tap by tap to their result. */
async function ordinaryResult() {
  const { context, page } = await openAppAt(bundle.browser, bundle.server.url, PHONE);
  for (const [kind, selector, text] of ORDINARY.steps) {
    await page.locator(selector).click();
    if (kind === 'type') await page.keyboard.type(text);
  }
  await page.waitForSelector('#result-title');
  return { context, page };
}

/** What the app's one status region says now: it is on the page, empty, from the first draw,
 *  so a screen reader reads what is put in it. */
const said = (page) => page.evaluate(() => {
  const regions = document.querySelectorAll('.status-region[role="status"]');
  return regions.length === 1 ? regions[0].textContent : `${regions.length} status regions`;
});

/** WCAG relative luminance contrast of two computed `rgb(...)` colours. */
function contrast(a, b) {
  const luminance = (rgb) => {
    const [r, g, bl] = rgb.match(/[\d.]+/g).slice(0, 3).map(Number).map((c) => {
      const s = c / 255;
      return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
    });
    return 0.2126 * r + 0.7152 * g + 0.0722 * bl;
  };
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (light + 0.05) / (dark + 0.05);
}

/** Focuses `selector` from the keyboard's side (so :focus-visible applies) and reads its
 *  ring's colour and the colour of what the ring is drawn on (the nearest opaque
 *  background around the element, the element's own excluded: the ring sits outside it). */
async function ring(page, selector) {
  await page.keyboard.press('Tab');
  return page.evaluate((sel) => {
    const element = document.querySelector(sel);
    element.focus();
    const style = getComputedStyle(element);
    let around = element.parentElement;
    let background = 'rgb(255, 255, 255)';
    for (; around; around = around.parentElement) {
      const colour = getComputedStyle(around).backgroundColor;
      if (!/rgba\(.*, 0\)|transparent/.test(colour)) { background = colour; break; }
    }
    return { visible: element.matches(':focus-visible'), style: style.outlineStyle, width: parseFloat(style.outlineWidth), colour: style.outlineColor, background };
  }, selector);
}

test('the ordinary result is at most three phone screens, with print and keep in the first two, nothing to act on folded', async () => {
  const { context, page } = await ordinaryResult();
  const layout = await page.evaluate(() => {
    const bottom = (sel) => { const e = document.querySelector(sel); return e ? e.getBoundingClientRect().bottom + scrollY : null; };
    return {
      height: document.documentElement.scrollHeight,
      width: document.documentElement.scrollWidth,
      open: document.querySelectorAll('main details[open]').length,
      print: bottom('main .actions.first button.primary'),
      keep: bottom('main .keep-yes'),
      call: bottom('.advice'),
      signsFolded: Boolean(document.querySelector('.warning-signs')?.closest('details')),
      signs: document.querySelectorAll('.warning-signs li').length,
      helpsNow: document.querySelector('.helps-now h2')?.textContent ?? null,
      here: document.querySelector('.ladder-step .mark.here')?.closest('.ladder-step')?.className ?? null,
      next: document.querySelector('.ladder-step .mark.next')?.closest('.ladder-step')?.className ?? null,
      cards: [...document.querySelectorAll('.option-card')].map((card) => ({
        folded: Boolean(card.querySelector('details:not([open])')),
        name: card.querySelector('summary .option-name')?.textContent ?? '',
        line: card.querySelector('summary .option-line')?.textContent ?? '',
        // Read whole: the line wraps within the card rather than being cut with "…".
        cut: (() => {
          const line = card.querySelector('summary .option-line');
          if (!line) return true;
          const style = getComputedStyle(line);
          return style.textOverflow === 'ellipsis' || style.whiteSpace === 'nowrap' || line.scrollWidth > line.clientWidth + 1;
        })(),
      })),
      reasonsFolded: Boolean(document.querySelector('details.reasons-fold:not([open]) > summary #reasons-title')),
    };
  });
  assert.equal(layout.open, 0, 'everything folded as the result first appears');
  assert.ok(layout.height <= 3 * SCREEN, `the whole result is ${layout.height} px, at most ${3 * SCREEN}`);
  assert.equal(layout.width, 360, 'nothing wider than the phone');
  assert.ok(layout.call <= SCREEN, `the advice ends at ${layout.call} px, on the first screen`);
  assert.ok(layout.print !== null && layout.print <= 2 * SCREEN, `print ends at ${layout.print} px`);
  assert.ok(layout.keep !== null && layout.keep <= 2 * SCREEN, `keep ends at ${layout.keep} px`);
  assert.equal(layout.signsFolded, false, 'the warning signs are never behind a control');
  assert.ok(layout.signs >= 5, 'every warning sign listed');
  assert.equal(layout.helpsNow, 'What helps now');
  assert.ok(layout.here && layout.next && layout.here !== layout.next, `"you are here" (${layout.here}) and "next step" (${layout.next}) on two steps`);
  assert.ok(layout.cards.length > 0);
  for (const card of layout.cards) {
    assert.ok(card.folded && card.name && card.line, `the card ${card.name} shows its name and one line, folded`);
    assert.equal(card.cut, false, `the card ${card.name}'s line "${card.line}" is read whole, not cut short`);
  }
  assert.equal(layout.reasonsFolded, true, 'the reasons come folded, after');
  // A card opens in place, with its sources.
  await page.locator('.option-card summary').first().click();
  assert.match(await page.locator('.option-card').first().innerText(), /Sources?:/);
  await context.close();
});

test('each confirmation takes focus, and its answer puts focus where the person now is', async () => {
  const { context, page } = await ordinaryResult();
  const focused = () => page.evaluate(() => document.activeElement?.id || document.activeElement?.className || document.activeElement?.tagName);
  assert.equal(await said(page), '', 'the status region is there, saying nothing yet');
  await page.locator('button.start-over').click();
  assert.equal(await focused(), 'confirm-start-over', 'the question has focus');
  const gap = await page.evaluate(() => {
    const [yes, no] = document.querySelectorAll('.confirm button');
    const a = yes.getBoundingClientRect(); const b = no.getBoundingClientRect();
    return a.top === b.top ? b.left - a.right : b.top - a.bottom;
  });
  assert.ok(gap >= 8, `the Yes and No buttons are ${gap} px apart`);
  await page.locator('.confirm button').nth(1).click();
  assert.match(await focused(), /start-over/, 'No: focus back on "Start again"');
  await page.locator('button.start-over').click();
  await page.locator('.confirm button').nth(0).click();
  await page.waitForSelector('#start-title');
  assert.equal(await focused(), 'start-title', 'Yes: the start screen\'s heading');
  assert.equal(await said(page), 'Your answers are cleared. You can start again when you are ready.', 'and it is said');
  // The next step clears it, so starting again a second time is said again.
  await page.locator('button.begin').click();
  await page.waitForSelector('#page-title');
  assert.equal(await said(page), '');
  await context.close();
});

test('"Forget everything" sits in its own landmark, asks with focus, and leaves focus on the start heading', async () => {
  const { context, page } = await ordinaryResult();
  const focused = () => page.evaluate(() => document.activeElement?.id || document.activeElement?.className);
  await page.locator('.keep-yes').click();
  const forget = page.locator('button.forget');
  await forget.waitFor();
  assert.equal(await focused(), 'diary-title', 'Keep: focus on what is now kept, not the page body');
  await page.waitForFunction(() => document.querySelector('.status-region')?.textContent === 'Your answers are kept in this browser on this device only.');
  assert.equal(await page.locator('nav button.forget').count(), 0, 'not inside the language navigation');
  assert.equal(await page.getByRole('region', { name: 'Forget everything' }).locator('button.forget').count(), 1);
  await forget.click();
  assert.equal(await focused(), 'confirm-forget');
  await page.getByRole('button', { name: /^No, keep/ }).click();
  assert.match(await focused(), /forget/, 'No: focus back on the button');
  await page.locator('button.forget').click();
  await page.getByRole('button', { name: 'Yes, forget everything' }).click();
  await page.waitForSelector('#start-title');
  assert.equal(await page.locator('button.forget').count(), 0, 'nothing kept any more');
  assert.equal(await focused(), 'start-title');
  assert.equal(await said(page), 'Everything backstep kept on this device is deleted.');
  await context.close();
});

test('focus rings are at least 3:1 against the background they are drawn on, the emergency call button included', async () => {
  const { context, page } = await openAppAt(bundle.browser, bundle.server.url, PHONE);
  const check = async (where, selector) => {
    const seen = await ring(page, selector);
    assert.ok(seen.visible && seen.style !== 'none' && seen.width >= 2, `${where}: a ring is drawn (${JSON.stringify(seen)})`);
    const ratio = contrast(seen.colour, seen.background);
    assert.ok(ratio >= 3, `${where}: ring ${seen.colour} on ${seen.background} is ${ratio.toFixed(2)}:1`);
  };
  await check('start screen', 'button.begin');
  await page.locator('button.begin').click();
  await page.waitForSelector('#page-title');
  await check('a questionnaire choice', 'input[type="radio"]');
  await check('the group button', 'button.none-of-these');
  // A bladder change: the emergency panel, red.
  await page.locator('button.none-of-these').click();
  await page.locator('input[name="bladder_change"][value="yes"]').click();
  await page.waitForSelector('.emergency');
  await check('the emergency panel\'s call button', '.emergency a.call');
  await context.close();
});

test('the pain scale is described by its two ends', async () => {
  const { context, page } = await openAppAt(bundle.browser, bundle.server.url, PHONE);
  await page.locator('button.begin').click();
  for (let i = 0; i < 4; i += 1) await page.locator('button.none-of-these').click();
  await page.waitForSelector('#q-pain_score');
  const cdp = await context.newCDPSession(page);
  const { nodes } = await cdp.send('Accessibility.getFullAXTree');
  const scale = nodes.find((node) => node.role?.value === 'group' && /pain/i.test(node.name?.value ?? '') && /0/.test(node.description?.value ?? ''));
  assert.ok(scale, 'the scale is a group with a description');
  assert.match(scale.description.value, /no pain/i);
  assert.match(scale.description.value, /worst/i);
  await context.close();
});

test('No to the rest keeps the given answers', async () => {
  const { context, page } = await openAppAt(bundle.browser, bundle.server.url, PHONE);
  // The strain persona's taps up to the step with the strain.
  const upTo = STRAIN.steps.findIndex(([, selector]) => selector.includes('minor_trauma'));
  for (const [kind, selector, text] of STRAIN.steps.slice(0, upTo)) {
    await page.locator(selector).click();
    if (kind === 'type') await page.keyboard.type(text);
  }
  await page.waitForSelector('input[name="minor_trauma"]');
  const title = await page.locator('#page-title').innerText();
  assert.equal(await page.locator('button.none-of-these').innerText(), 'None of these');
  await page.locator('input[name="minor_trauma"][value="yes"]').click();
  assert.equal(await page.locator('button.none-of-these').innerText(), 'No to the rest', 'the label says what it now does');
  await page.locator('button.none-of-these').click();
  await page.waitForFunction((t) => document.querySelector('#page-title')?.textContent !== t, title);
  await page.getByRole('button', { name: 'Back' }).click();
  await page.waitForSelector('input[name="minor_trauma"]');
  assert.equal(await page.locator('input[name="minor_trauma"][value="yes"]').isChecked(), true, 'the yes stays as given');
  const others = await page.evaluate(() => [...document.querySelectorAll('.question[id^="q-"]')]
    .map((q) => ({ id: q.id, answer: q.querySelector('input:checked')?.value ?? null }))
    .filter((q) => q.id !== 'q-minor_trauma'));
  assert.ok(others.length > 0);
  for (const other of others) assert.equal(other.answer, 'no', `${other.id} answered no by the one tap`);
  await context.close();
});

test('Check your answers has one Change a step, not one an answer', async () => {
  const { context, page } = await openAppAt(bundle.browser, bundle.server.url, PHONE);
  for (const [kind, selector, text] of ORDINARY.steps.slice(0, -1)) {
    await page.locator(selector).click();
    if (kind === 'type') await page.keyboard.type(text);
  }
  await page.waitForSelector('#check-title');
  const counts = await page.evaluate(() => ({
    steps: document.querySelectorAll('.check-group').length,
    answers: document.querySelectorAll('.check-row').length,
    changes: document.querySelectorAll('.check-group button').length,
    perStep: [...document.querySelectorAll('.check-group')].map((group) => group.querySelectorAll('button.check-change').length),
  }));
  assert.ok(counts.answers > counts.steps, 'some steps hold several answers');
  assert.equal(counts.changes, counts.steps, `${counts.changes} Change buttons for ${counts.steps} steps`);
  assert.ok(counts.perStep.every((n) => n === 1));
  // Each step's Change goes to that step.
  await page.locator('.check-group[data-page="0"] button.check-change').click();
  await page.waitForSelector('#page-title');
  assert.equal(await page.locator('#page-title').innerText(), 'Right now, do you have any of these?');
  await context.close();
});
