// The widget behaves as a guest on a clinic's page: it takes no focus and scrolls
// nothing when it loads (only the person's own click moves focus into it), its text follows
// the reader's default font size and not the host's `html { font-size }`, and a clinic's
// accent colours the iframe form (embed.html) as it colours the widget.
// backstep is served on one loopback origin, the clinic's pages on another (another port),
// as in widget.test.mjs.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { axeViolations, DEMO_ORIGIN, startClinicSites, widgetInside } from './support.mjs';
// A phone's screen size, without Playwright's isMobile: with it, the visual viewport scrolls
// apart from the layout viewport, and widgetInside's clicks (DevTools Protocol quads against
// elementFromPoint) miss.
const PHONE = { viewport: { width: 360, height: 740 }, locale: 'en-US' };

let browser;
let widgetServer;
let hostServer;
let hostRoot;

let sites;

before(async () => {
  sites = await startClinicSites({ prefix: 'backstep-guest-', demo: true });
  ({ backstep: widgetServer, host: hostServer, hostRoot, browser } = sites);
});

after(() => sites?.close());

/** A host page of our own on the host origin, with the widget script and `body`; `css`, if
 *  given, is written as the host's own stylesheet. */
function hostPage(name, body, { css = '' } = {}) {
  if (css) writeFileSync(join(hostRoot, `${name}.css`), css);
  writeFileSync(join(hostRoot, name), `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1"><title>${name}</title>
${css ? `<link rel="stylesheet" href="${name}.css">` : ''}
<script type="module" src="${DEMO_ORIGIN}/widget.js"></script></head>
<body><main><p class="intro">A clinic page.</p>${body}</main></body></html>`);
  return new URL(name, hostServer.url).href;
}

/** Two animation frames: whatever changed has been laid out and painted. */
const painted = (page) => page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));

test('on the demo clinic page the widget takes no focus and scrolls nothing as it loads; a click on Start moves focus in', async () => {
  const context = await browser.newContext(PHONE);
  context.setDefaultTimeout(15000);
  const page = await context.newPage();
  // widget.js waits until the host page is scrolled and one of its elements has focus, as a
  // reader would have it on a slow connection.
  let release;
  const released = new Promise((resolve) => { release = resolve; });
  await page.route(/\/widget\.js$/, async (route) => {
    await released;
    await route.continue();
  });
  await page.goto(new URL('clinic.html', hostServer.url).href, { waitUntil: 'commit' });
  await page.locator('.intro').waitFor();
  const placed = await page.evaluate(() => {
    // Room to scroll (with an important inline style: the demo's CSS resets everything with
    // !important), a known scroll position, and the host's own element focused.
    document.body.style.setProperty('min-height', '6000px', 'important');
    const intro = document.querySelector('.intro');
    intro.tabIndex = -1;
    intro.focus({ preventScroll: true });
    window.scrollTo(0, 137);
    return { y: window.scrollY, focused: document.activeElement === intro };
  });
  assert.deepEqual(placed, { y: 137, focused: true });
  release();
  const inside = await widgetInside(page);
  await inside.waitFor('.backstep-root[data-mounted] h1');
  await painted(page);
  await page.waitForTimeout(300);
  const after = await page.evaluate(() => ({
    y: window.scrollY,
    focused: document.activeElement === document.querySelector('.intro'),
  }));
  assert.deepEqual(after, { y: 137, focused: true }, "the host's scroll position and focus are as they were");
  assert.equal(await inside.evaluate((root) => root.activeElement), null, 'nothing inside the widget has focus');
  // The widget's heading would have been off screen: focusing it would have scrolled.
  const widgetTop = await page.locator('backstep-checker').evaluate((el) => el.getBoundingClientRect().top);
  assert.ok(widgetTop > 0, `the widget starts below the top of the screen (${widgetTop})`);

  // The person's own click: now focus goes to the first page's heading.
  await inside.click('button.begin');
  await inside.waitFor('#page-title');
  assert.equal(await inside.focused('#page-title'), true, 'focus follows the person into the questionnaire');
  await context.close();
});

test('a widget reached by its own click shows the emergency panel with focus on it', async () => {
  const context = await browser.newContext(PHONE);
  const page = await context.newPage();
  await page.goto(hostPage('emergency.html', '<backstep-checker lang="en"></backstep-checker>'));
  const inside = await widgetInside(page);
  await inside.waitFor('.backstep-root[data-mounted] button.begin');
  assert.equal(await inside.evaluate((root) => root.activeElement), null);
  await inside.click('button.begin');
  await inside.click('input[name="tearing_pain"][value="yes"]');
  await inside.waitFor('.emergency');
  assert.equal(await inside.focused('#emergency-title'), true);
  await context.close();
});

/** The font sizes of a few things in the widget on `url`, in a browser whose default font
 *  size is `size` px. Chromium's default font size is a setting of the page (WebPreferences),
 *  which Playwright has no option for; the DevTools Protocol's `Page.setFontSizes` sets it
 *  for the page's tab, before the navigation, and it holds across it. */
async function widgetSizes(url, size) {
  const context = await browser.newContext(PHONE);
  const page = await context.newPage();
  if (size) {
    const cdp = await context.newCDPSession(page);
    await cdp.send('Page.enable');
    await cdp.send('Page.setFontSizes', { fontSizes: { standard: size, fixed: size } });
  }
  await page.goto(url);
  const inside = await widgetInside(page);
  await inside.waitFor('.backstep-root[data-mounted] button.begin');
  const sizes = await inside.evaluate((root) => {
    const style = (selector) => getComputedStyle(root.querySelector(selector));
    return {
      text: style('.warning-signs li').fontSize,
      heading: style('h1').fontSize,
      lead: style('.lead').fontSize,
      buttonHeight: style('button.begin').minHeight,
      padding: style('.warning-signs').paddingTop,
    };
  });
  const host = await page.evaluate(() => getComputedStyle(document.documentElement).fontSize);
  await context.close();
  return { sizes, host };
}

test("the widget's text follows the reader's default font size (24 px), and the host's html font size does not change it", async () => {
  const body = '<backstep-checker lang="en"></backstep-checker>';
  const plain = hostPage('plain-font.html', body);
  const small = hostPage('small-root.html', body, { css: 'html { font-size: 10px; }' });
  const large = hostPage('large-root.html', body, { css: 'html { font-size: 40px !important; } body { font-size: 9px; }' });

  const reader24 = await widgetSizes(plain, 24);
  assert.deepEqual(reader24.sizes, { text: '24px', heading: '42px', lead: '27px', buttonHeight: '72px', padding: '24px' });
  const reader24small = await widgetSizes(small, 24);
  assert.equal(reader24small.host, '10px', "the host's own html font size did apply to the host");
  assert.deepEqual(reader24small.sizes, reader24.sizes, "the host's html font size does not change the widget");
  assert.deepEqual((await widgetSizes(large, 24)).sizes, reader24.sizes);

  // The usual 16 px default gives the usual sizes.
  const reader16 = await widgetSizes(small, 0);
  assert.deepEqual(reader16.sizes, { text: '16px', heading: '28px', lead: '18px', buttonHeight: '48px', padding: '16px' });
});

/** A clinic's page that frames embed.html with `query`; the frame, once the app is mounted. */
async function framedEmbed(name, query, contextOptions = {}) {
  writeFileSync(join(hostRoot, name), `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>A clinic</title></head>
<body><iframe src="${widgetServer.url}embed.html?${new URLSearchParams(query)}" title="Back pain check" width="360" height="740"></iframe></body></html>`);
  const context = await browser.newContext(contextOptions);
  context.setDefaultTimeout(10000);
  const page = await context.newPage();
  const warnings = [];
  page.on('console', (message) => { if (message.type() === 'warning') warnings.push(message.text()); });
  await page.goto(new URL(name, hostServer.url).href);
  const frame = await (await page.waitForSelector('iframe')).contentFrame();
  await frame.waitForSelector('#app[data-mounted] button.begin');
  return { context, page, frame, warnings };
}

const buttonColours = (frame) => frame.locator('button.begin').evaluate((button) => {
  const style = getComputedStyle(button);
  return { background: style.backgroundColor, text: style.color };
});

test("a clinic's accent colours the framed iframe page's primary buttons, and contrast still holds", async () => {
  const plain = await framedEmbed('accent-none.html', { lang: 'en', 'clinic-name': 'Sunrise Spine Clinic' });
  assert.deepEqual(await buttonColours(plain.frame), { background: 'rgb(11, 95, 115)', text: 'rgb(255, 255, 255)' });
  await plain.context.close();

  const accented = await framedEmbed('accent.html', { lang: 'en', 'clinic-name': 'Sunrise Spine Clinic', accent: '#6b2d8f' });
  assert.deepEqual(accented.warnings, []);
  assert.deepEqual(await buttonColours(accented.frame), { background: 'rgb(107, 45, 143)', text: 'rgb(255, 255, 255)' });
  assert.equal(await accented.frame.locator('.backstep[data-accent]').count(), 1);
  assert.deepEqual(await axeViolations(accented.frame), [], 'the accented iframe page');
  // On to the questions: the primary button there is the clinic's colour too.
  await accented.frame.locator('button.begin').click();
  await accented.frame.locator('#page-title').waitFor();
  assert.equal(await accented.frame.locator('form button.primary').evaluate((b) => getComputedStyle(b).backgroundColor), 'rgb(107, 45, 143)');
  await accented.context.close();

  // Dark mode keeps its own light accent (a dark clinic colour would not read on it).
  const dark = await framedEmbed('accent-dark.html', { lang: 'en', accent: '#6b2d8f' }, { colorScheme: 'dark' });
  assert.notEqual((await buttonColours(dark.frame)).background, 'rgb(107, 45, 143)');
  assert.deepEqual(await axeViolations(dark.frame), [], 'the accented iframe page, dark');
  await dark.context.close();
});

test("the iframe form, loading in a clinic's page, takes no focus and scrolls nothing either", async () => {
  writeFileSync(join(hostRoot, 'frame-below.html'), `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1"><title>A clinic</title></head>
<body><p class="intro" tabindex="-1">A clinic page.</p><div id="above"></div>
<iframe src="${widgetServer.url}embed.html?lang=en" title="Back pain check" width="360" height="700"></iframe><div id="below"></div></body></html>`);
  const context = await browser.newContext(PHONE);
  context.setDefaultTimeout(15000);
  const page = await context.newPage();
  let release;
  const released = new Promise((resolve) => { release = resolve; });
  await page.route(/_bg\.wasm$/, async (route) => {
    await released;
    await route.continue();
  });
  await page.goto(new URL('frame-below.html', hostServer.url).href, { waitUntil: 'commit' });
  await page.locator('.intro').waitFor();
  await page.evaluate(() => {
    // The frame well below the fold, the host scrolled a little and its paragraph focused.
    document.querySelector('#above').style.height = '1500px';
    document.querySelector('#below').style.height = '3000px';
    document.querySelector('.intro').focus({ preventScroll: true });
    window.scrollTo(0, 100);
  });
  release();
  const frame = await (await page.waitForSelector('iframe')).contentFrame();
  await frame.waitForSelector('#app[data-mounted] button.begin');
  await painted(page);
  await page.waitForTimeout(300);
  assert.deepEqual(await page.evaluate(() => ({ y: window.scrollY, focused: document.activeElement?.className })), { y: 100, focused: 'intro' });
  // The person's click moves focus into the frame, to the first page's heading.
  await frame.locator('button.begin').click();
  await frame.locator('#page-title').waitFor();
  assert.equal(await frame.evaluate(() => document.activeElement?.id), 'page-title');
  await context.close();
});
