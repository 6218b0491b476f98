// Accessibility details a person on a phone meets: focus rings for the keyboard
// only, an emergency alert that announces its heading and what to do (not the whole panel),
// a language switch named in the language on screen, and pain-scale end labels that keep
// apart on a 360 px screen. On the start page of the release bundle.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { axeViolations, openAppAt, servedBundle } from './support.mjs';
import { answerPageMildly } from './drive.mjs';

// The release bundle served, and one browser, for every test of this file.
const bundle = servedBundle();

/** The emergency panel's words, as src/content/en.rs and es.rs have them. */
const EMERGENCY_WORDS = {
  en: {
    title: 'Get emergency help now',
    doNow: 'Call your emergency number now, or go to the nearest emergency department now.',
    why: 'Your answers suggest something that a doctor needs to check now.',
  },
  es: {
    title: 'Busque ayuda de emergencia ahora',
    doNow: 'Llame ahora a su número de emergencias, o vaya ahora a la sala de emergencias (urgencias) del hospital más cercano.',
    why: 'Sus respuestas indican algo que un médico necesita revisar ahora.',
  },
};

const PHONE = { viewport: { width: 360, height: 740 }, isMobile: true, hasTouch: true };

test('the stylesheet draws focus rings on :focus-visible only, and a mouse click shows none', async () => {
  const { context, page } = await openAppAt(bundle.browser, bundle.server.url, { locale: 'en-US' });
  const selectors = await page.evaluate(() => {
    // Every rule, those inside @media included (a style rule has cssRules too, for nesting).
    const rules = (list) => [...list].flatMap((rule) => [rule, ...(rule.cssRules ? rules(rule.cssRules) : [])]);
    return [...document.styleSheets].flatMap((sheet) => rules(sheet.cssRules))
      .map((rule) => rule.selectorText ?? '')
      .filter((selector) => selector.includes(':focus'));
  });
  assert.ok(selectors.some((s) => s.trim() === ':focus-visible'), `a :focus-visible rule: ${selectors}`);
  const onFocus = selectors.filter((s) => /:focus(?!-visible)/.test(s));
  assert.deepEqual(onFocus, [], 'no rule on :focus or :focus-within, which a click or a tap also matches');

  // A click on Start, then on an answer: the focused element and its choice show no ring.
  await page.locator('button.begin').click();
  await page.locator('#page-title').waitFor();
  const ring = () => page.evaluate(() => {
    const focused = document.activeElement;
    const choice = focused?.closest('.choice');
    return {
      focused: focused?.localName,
      outline: getComputedStyle(focused).outlineStyle,
      choice: choice ? getComputedStyle(choice).outlineStyle : null,
    };
  });
  await page.locator('input[name="tearing_pain"][value="no"]').click();
  assert.deepEqual(await ring(), { focused: 'input', outline: 'none', choice: 'none' }, 'no ring after a click on an answer');
  await page.locator('form button[type="submit"]').click();
  const afterButton = await ring();
  assert.equal(afterButton.outline, 'none', `no ring after a click on a button: ${JSON.stringify(afterButton)}`);

  // The keyboard does show one: Tab to the next answer.
  await page.keyboard.press('Tab');
  const keyed = await ring();
  assert.ok(keyed.outline !== 'none' || (keyed.choice && keyed.choice !== 'none'), `a ring after Tab: ${JSON.stringify(keyed)}`);
  await context.close();
});

/** The accessibility tree's text under each node whose role is `alert`, through the
 *  DevTools Protocol (the tree a screen reader reads). */
async function alertTexts(page) {
  const cdp = await page.context().newCDPSession(page);
  const { nodes } = await cdp.send('Accessibility.getFullAXTree');
  const byId = new Map(nodes.map((node) => [node.nodeId, node]));
  const text = (node) => {
    if (node.role?.value === 'StaticText' || node.role?.value === 'InlineTextBox') return node.role.value === 'StaticText' ? [node.name?.value ?? ''] : [];
    return (node.childIds ?? []).flatMap((id) => (byId.has(id) ? text(byId.get(id)) : []));
  };
  const alerts = nodes.filter((node) => node.role?.value === 'alert' && !node.ignored);
  await cdp.detach();
  return alerts.map((alert) => text(alert).join(' ').replace(/\s+/g, ' ').trim());
}

for (const lang of ['en', 'es']) {
  test(`the emergency alert announces its heading and what to do, not the whole panel (${lang})`, async () => {
    const { context, page } = await openAppAt(bundle.browser, bundle.server.url, { locale: lang === 'es' ? 'es-MX' : 'en-US' });
    await page.locator('button.begin').click();
    await page.locator('input[name="tearing_pain"][value="yes"]').click();
    await page.locator('.emergency').waitFor();
    const words = EMERGENCY_WORDS[lang];
    // In the DOM: one live region, holding the heading and the action sentence alone.
    assert.equal(await page.locator('[role="alert"], [aria-live]').count(), 1);
    const alert = page.locator('.emergency [role="alert"]');
    assert.equal(await alert.locator('h1').innerText(), words.title);
    // In the accessibility tree: that alert's text is the heading and the action, about 20 words.
    const texts = await alertTexts(page);
    assert.equal(texts.length, 1, `one alert: ${JSON.stringify(texts)}`);
    assert.equal(texts[0], `${words.title} ${words.doNow}`);
    assert.ok(texts[0].split(' ').length <= 30, `${texts[0].split(' ').length} words`);
    // The whole panel is still there, read from the heading on.
    assert.ok((await page.locator('.emergency').innerText()).includes(words.why));
    assert.equal(await page.evaluate(() => document.activeElement?.id), 'emergency-title');
    assert.deepEqual(await axeViolations(page), [], 'the emergency panel');
    await context.close();
  });
}

test('the language switch is named in the language on screen, its button in the other language', async () => {
  const { context, page } = await openAppAt(bundle.browser, bundle.server.url, { locale: 'en-US' });
  const english = page.getByRole('navigation', { name: 'Language', exact: true });
  assert.equal(await english.count(), 1);
  const button = english.getByRole('button');
  assert.equal(await button.innerText(), 'Español');
  assert.equal(await button.getAttribute('lang'), 'es');
  await button.click();
  await page.waitForFunction(() => document.documentElement.lang === 'es');
  const spanish = page.getByRole('navigation', { name: 'Idioma', exact: true });
  assert.equal(await spanish.count(), 1);
  assert.equal(await spanish.getByRole('button').innerText(), 'English');
  assert.equal(await spanish.getByRole('button').getAttribute('lang'), 'en');
  assert.deepEqual(await axeViolations(page), []);
  await context.close();
});

/** The two end labels' boxes under the pain scale. */
const scaleEnds = (page) => page.locator('.scale-ends').evaluate((ends) => [...ends.children].map((span) => {
  const rect = span.getBoundingClientRect();
  return { left: rect.left, right: rect.right, top: rect.top, bottom: rect.bottom, text: span.textContent };
}));

test("the pain scale's end labels do not collide on a 360 px screen, in English and Spanish", async () => {
  const { context, page } = await openAppAt(bundle.browser, bundle.server.url, { ...PHONE, locale: 'en-US' });
  await page.locator('button.begin').click();
  for (let pages = 0; pages < 8 && (await page.locator('.scale-ends').count()) === 0; pages += 1) {
    await page.locator('#page-title').waitFor();
    await answerPageMildly(page);
    await page.locator('form button[type="submit"]').click();
    await page.locator('#page-title, .emergency').first().waitFor();
  }
  await page.locator('.scale-ends').scrollIntoViewIfNeeded();
  for (const lang of ['en', 'es']) {
    if (lang === 'es') {
      await page.locator('nav button.language').click();
      await page.waitForFunction(() => document.documentElement.lang === 'es');
    }
    const [low, high] = await scaleEnds(page);
    const overlap = low.right > high.left && high.right > low.left && low.bottom > high.top && high.bottom > low.top;
    assert.equal(overlap, false, `${lang}: ${JSON.stringify([low, high])}`);
    assert.ok(high.left - low.right >= 12, `${lang}: at least 12 px between "${low.text}" and "${high.text}": ${high.left - low.right}`);
    const width = await page.evaluate(() => window.innerWidth);
    assert.ok(high.right <= width && low.left >= 0, `${lang}: both on screen`);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    assert.ok(overflow <= 0, `${lang}: the page is ${overflow} px wider than the screen`);
  }
  await context.close();
});
