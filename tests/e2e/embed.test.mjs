// The iframe form, the widget and the settings a host gives them, at the points an outside
// review probed: embed.html shows a clinic's settings only inside a frame, a made-up
// emergency number is refused, an accent the browser cannot read is refused, a long clinic
// name wraps.
// backstep is served on one loopback origin, the clinic's page on another (another port).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { recordConsole, startClinicSites, widgetInside } from './support.mjs';

let browser;
let backstepServer;
let hostServer;
let hostRoot;

let sites;

before(async () => {
  sites = await startClinicSites({ prefix: 'backstep-frame-' });
  ({ backstep: backstepServer, host: hostServer, hostRoot, browser } = sites);
});

after(() => sites?.close());

const embedUrl = (settings) => `${backstepServer.url}embed.html?${new URLSearchParams(settings)}`;

/** A new page that records console warnings (of every frame) and errors. */
async function newPage(contextOptions = {}) {
  const context = await browser.newContext(contextOptions);
  context.setDefaultTimeout(10000);
  const page = await context.newPage();
  const seen = recordConsole(page);
  return { context, page, seen };
}

let pages = 0;
/** A clinic's page on the other origin that frames embed.html with `settings`; its frame, mounted. */
async function framed(settings, { width = 800 } = {}) {
  pages += 1;
  const name = `framed-${pages}.html`;
  writeFileSync(join(hostRoot, name), `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>A clinic</title></head>
<body><iframe src="${embedUrl(settings)}" title="Back pain check" width="${width}" height="900"></iframe></body></html>`);
  const opened = await newPage();
  await opened.page.goto(new URL(name, hostServer.url).href);
  const frame = await (await opened.page.waitForSelector('iframe')).contentFrame();
  await frame.waitForSelector('#app[data-mounted]');
  return { ...opened, frame };
}

/** Review finding 2: anyone could link to embed.html with a made-up clinic and number. */
test('embed.html shows clinic settings inside a frame only; opened on its own it is the plain app', async () => {
  const settings = { lang: 'en', 'clinic-name': 'Sunrise Spine Clinic', phone: '+1 555 010 0199', 'emergency-number': '112' };
  const inFrame = await framed(settings);
  assert.match(await inFrame.frame.locator('.clinic').innerText(), /Sunrise Spine Clinic/);
  assert.equal(await inFrame.frame.locator('.emergency-number a').getAttribute('href'), 'tel:112');
  assert.deepEqual(inFrame.seen.warnings, []);
  await inFrame.context.close();

  const alone = await newPage();
  await alone.page.goto(embedUrl(settings));
  await alone.page.waitForSelector('#app[data-mounted]');
  assert.equal(await alone.page.locator('.clinic').count(), 0, 'no clinic card');
  assert.equal(await alone.page.locator('.emergency-number a').getAttribute('href'), 'tel:911', "the region's number, not the query's");
  const ignored = alone.seen.warnings.filter((w) => w.includes('only inside a frame'));
  assert.equal(ignored.length, 1, `one warning: ${alone.seen.warnings}`);
  assert.match(ignored[0], /clinic-name/);
  assert.deepEqual(alone.seen.errors, []);
  await alone.context.close();
});

/** Review finding 2: "Your emergency number: 555010" under backstep's name. */
test('a made-up emergency number is refused from the query and from the start screen', async () => {
  const { context, frame, seen } = await framed({ lang: 'en', 'clinic-name': 'Sunrise Spine Clinic', 'emergency-number': '555010' });
  const warned = seen.warnings.filter((w) => w.includes('the emergency-number setting'));
  assert.equal(warned.length, 1, `one warning: ${seen.warnings}`);
  assert.match(warned[0], /national emergency number/);
  assert.equal(await frame.locator('.emergency-number a').getAttribute('href'), 'tel:911');
  assert.doesNotMatch(await frame.locator('main').innerText(), /555010/);

  // The start screen's own field takes only real numbers too.
  await frame.locator('.emergency-number button').click();
  await frame.locator('#emergency-number').fill('555010');
  await frame.locator('.emergency-number-form button[type="submit"]').click();
  assert.equal(await frame.locator('#emergency-number-error').count(), 1, 'refused with a message');
  await frame.locator('#emergency-number').fill('000');
  await frame.locator('.emergency-number-form button[type="submit"]').click();
  assert.equal(await frame.locator('.emergency-number a').getAttribute('href'), 'tel:000');
  await context.close();
});

/** A clinic's page on the other origin with one `<backstep-checker>` of `attributes`, mounted. */
async function widget(attributes) {
  pages += 1;
  const name = `widget-${pages}.html`;
  const written = Object.entries(attributes).map(([key, value]) => `${key}="${value.replaceAll('"', '&quot;')}"`).join(' ');
  writeFileSync(join(hostRoot, name), `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>A clinic</title>
<script type="module" src="${backstepServer.url}widget.js"></script></head>
<body><backstep-checker ${written}></backstep-checker></body></html>`);
  const opened = await newPage();
  await opened.page.goto(new URL(name, hostServer.url).href);
  // The widget's root is closed: the test reaches in through the DevTools protocol.
  opened.inside = await widgetInside(opened.page);
  await opened.inside.waitFor('.backstep-root[data-mounted]');
  return opened;
}

/** Review finding 5: accents that passed the check made the widget's buttons invisible. */
test('accents the browser does not read as colours are refused with a warning, and the buttons keep their colours', async () => {
  // The accent colours the widget's buttons (and embed.html's: guest.test.mjs).
  const colours = (opened) => opened.inside.one('button.begin', (b) => {
    const style = getComputedStyle(b);
    return { background: style.backgroundColor, text: style.color };
  });
  const plain = await widget({ lang: 'en' });
  const defaults = await colours(plain);
  assert.notEqual(defaults.background, 'rgba(0, 0, 0, 0)', 'the default button has a background');
  await plain.context.close();

  for (const accent of ['hsl(200, 80, 25)', 'rgb(0%, 0, 0)', 'rgb(0\u00a00\u00a00)']) {
    const opened = await widget({ lang: 'en', accent });
    const { context, seen } = opened;
    const warned = seen.warnings.filter((w) => w.includes('the accent setting'));
    assert.equal(warned.length, 1, `${accent}: one warning naming accent: ${seen.warnings}`);
    assert.deepEqual(await colours(opened), defaults, `${accent}: the buttons keep the default colours`);
    await context.close();
  }

  // A good accent still colours the buttons.
  const good = await widget({ lang: 'en', accent: '#6b2d8f' });
  assert.deepEqual(await colours(good), { background: 'rgb(107, 45, 143)', text: 'rgb(255, 255, 255)' });
  assert.deepEqual(good.seen.warnings, []);
  await good.context.close();
});

/** Review finding 10: an 80-character word in the clinic's name overflowed the widget. */
test("one long word in the clinic's name wraps inside a narrow frame", async () => {
  const { context, frame } = await framed({ lang: 'en', 'clinic-name': 'W'.repeat(80) }, { width: 360 });
  const overflow = await frame.locator('.clinic-name').evaluate((name) => ({
    name: name.scrollWidth - name.clientWidth,
    page: document.documentElement.scrollWidth - window.innerWidth,
  }));
  assert.deepEqual(overflow, { name: 0, page: 0 });
  await context.close();
});
