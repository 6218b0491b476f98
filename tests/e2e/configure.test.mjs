// The clinic configurator (configure.html): each field refuses what the widget
// refuses, for the same reason the widget gives (a bad colour, a low-contrast accent, a
// made-up emergency number...), the contrast is shown as it is typed, both previews follow
// the fields, and the widget snippet pasted into a fresh host page on another origin gives
// the widget previewed (same attributes, accent, clinic name and numbers), as the iframe
// snippet gives its frame. axe-core clean, no request to another origin, and offline once
// visited. backstep is served on one loopback origin, the clinic's pages on another.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { axeViolations, CHROMIUM_ARGS, DIST, startClinicSites, watch, widgetInside } from './support.mjs';
import { startServer } from '../../scripts/static-server.mjs';

let sites;
let browser;
let backstep;
let host;
let hostRoot;
const scratch = [];
const temporary = (prefix) => {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  scratch.push(dir);
  return dir;
};

before(async () => {
  sites = await startClinicSites({ prefix: 'backstep-clinic-' });
  ({ browser, backstep, host, hostRoot } = sites);
});

after(async () => {
  await sites?.close();
  for (const dir of scratch) rmSync(dir, { recursive: true, force: true });
});

/** The configurator, ready (its wasm loaded and the form checked once), watched. */
async function openConfigurator() {
  const context = await browser.newContext();
  context.setDefaultTimeout(10000);
  const page = await context.newPage();
  const seen = await watch(page);
  await page.goto(new URL('configure.html', backstep.url).href);
  await page.waitForSelector('body[data-ready]');
  return { context, page, seen };
}

/** Types `value` into a setting's field and waits until the configurator has checked it. */
async function set(page, name, value) {
  await page.locator(`[name="${name}"]`).fill(value);
  await page.waitForFunction(([n, v]) => (new URLSearchParams(document.body.dataset.checked).get(n) ?? '') === (v.trim() === '' ? '' : v), [name, value]);
}

/** What the configurator says of a setting: its refusal, or '' when it takes it. */
const problem = (page, name) => page.locator(`#problem-${name}`).evaluate((p) => (p.hidden ? '' : p.textContent));

let pages = 0;
/** A fresh clinic page on the other origin with `body` as its content; opened, watched. */
async function hostPage(body) {
  pages += 1;
  const name = `clinic-${pages}.html`;
  writeFileSync(join(hostRoot, name), `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>A clinic</title></head><body><main>${body}</main></body></html>`);
  const context = await browser.newContext();
  context.setDefaultTimeout(10000);
  const page = await context.newPage();
  const warnings = [];
  page.on('console', (message) => {
    if (message.type() === 'warning') warnings.push(message.text());
  });
  const seen = await watch(page);
  await page.goto(new URL(name, host.url).href);
  return { context, page, warnings, seen };
}

const BAD = [
  ['accent', 'not-a-colour', /must be a CSS colour/],
  ['accent', '#ffff00', /at least 4\.5:1 contrast against white, got 1\.07:1/],
  ['emergency-number', '555010', /national emergency number/],
  ['phone', 'call us!', /must be a phone number/],
  ['booking-url', 'https://user:pass@evil.example', /no user name or password/],
  ['clinic-name', 'Sunrise \u202Ecinilc', /U\+202E/],
];

test('each field refuses what the widget refuses, with the widget\'s own reason, and the contrast shows as it is typed', async () => {
  const { context, page, seen } = await openConfigurator();
  // The widget's own warnings for the same values, from a clinic's page.
  const clinic = await hostPage(`<script type="module" src="${new URL('widget.js', backstep.url).href}"></script>
${BAD.map(([name, value]) => `<backstep-checker ${name}="${value.replace(/"/g, '&quot;')}"></backstep-checker>`).join('\n')}`);
  await clinic.page.waitForFunction((n) => document.querySelectorAll('backstep-checker').length === n, BAD.length);
  for (let at = 0; at < BAD.length; at += 1) await (await widgetInside(clinic.page, `backstep-checker:nth-of-type(${at + 1})`)).waitFor('.backstep');

  for (const [name, value, reason] of BAD) {
    await set(page, name, value);
    const said = await problem(page, name);
    assert.match(said, reason, `${name}=${value}`);
    const widgetSaid = clinic.warnings.find((w) => w.startsWith(`backstep: the ${name} setting`) && reason.test(w));
    assert.ok(widgetSaid, `the widget refuses ${name}=${value} too: ${clinic.warnings.join(' | ')}`);
    assert.equal(said.replace(/^Refused: /, ''), widgetSaid.replace(/^backstep: /, ''), 'the same reason, word for word');
    assert.equal(await page.locator(`[name="${name}"]`).getAttribute('aria-invalid'), 'true');
    assert.equal(await page.locator('#preview-widget').getAttribute(name), null, 'a refused value is not previewed');
    assert.ok(!(await page.locator('#snippet-widget').inputValue()).includes(`${name}=`), 'nor in the snippet');
    await set(page, name, '');
    assert.equal(await problem(page, name), '');
  }
  await clinic.context.close();

  await set(page, 'accent', '#ffff00');
  assert.match(await page.locator('#contrast').innerText(), /1\.07:1, too low/);
  await set(page, 'accent', '#6b2d8f');
  assert.match(await page.locator('#contrast').innerText(), /:1, enough/);
  assert.equal(await problem(page, 'accent'), '');
  assert.equal(await page.locator('#accent-swatch').evaluate((s) => getComputedStyle(s).backgroundColor), 'rgb(107, 45, 143)');
  assert.deepEqual(seen.cspViolations, []);
  await context.close();
});

const GOOD = {
  'clinic-name': 'Sunrise Spine Clinic',
  phone: '+1 (555) 010-0199',
  'emergency-number': '112',
  'booking-url': 'https://sunrise.example/book',
  accent: '#6b2d8f',
  lang: 'en',
};

/** What a widget shows of its settings: the clinic's name and phone, the emergency number's
 *  link, and the accent on its Start button. */
async function shownBy(inside) {
  await inside.waitFor('.clinic');
  return {
    clinic: await inside.text('.clinic'),
    emergency: await inside.attribute('.emergency-number a', 'href'),
    accent: await inside.one('button.begin', (button) => getComputedStyle(button).backgroundColor),
  };
}

test('the previews follow the fields, and the snippets pasted into a fresh clinic page give what was previewed', async () => {
  const { context, page, seen } = await openConfigurator();
  for (const [name, value] of Object.entries(GOOD)) {
    if (name === 'lang') await page.locator('[name="lang"]').selectOption(value);
    else await set(page, name, value);
  }
  await page.locator('#service-physical_therapy').check();
  await page.waitForFunction(() => new URLSearchParams(document.body.dataset.checked).get('services') === 'physical_therapy');

  const preview = page.locator('#preview-widget');
  const previewed = await preview.evaluate((element) => Object.fromEntries([...element.attributes].filter((a) => a.name !== 'id').map((a) => [a.name, a.value])));
  assert.deepEqual(previewed, { ...GOOD, services: 'physical_therapy' });
  const inPreview = await shownBy(await widgetInside(page, '#preview-widget'));
  assert.match(inPreview.clinic, /Sunrise Spine Clinic/);
  assert.match(inPreview.clinic, /\+1 \(555\) 010-0199/);
  assert.equal(inPreview.emergency, 'tel:112');
  assert.equal(inPreview.accent, 'rgb(107, 45, 143)');

  // The iframe preview reloads with the same settings.
  await page.waitForFunction(() => document.getElementById('preview-frame').src.includes('clinic-name=Sunrise%20Spine%20Clinic'));
  const frame = page.frameLocator('#preview-frame');
  await frame.locator('#app[data-mounted] .clinic').waitFor();
  assert.match(await frame.locator('.clinic').innerText(), /Sunrise Spine Clinic/);
  assert.equal(await frame.locator('.emergency-number a').getAttribute('href'), 'tel:112');

  assert.deepEqual(await axeViolations(page), [], 'axe-core on configure.html, filled in');
  const widgetCode = await page.locator('#snippet-widget').inputValue();
  const frameCode = await page.locator('#snippet-iframe').inputValue();
  assert.ok(seen.requests.every((url) => url.startsWith(backstep.url)), `only backstep's own origin: ${seen.requests.filter((url) => !url.startsWith(backstep.url))}`);
  assert.deepEqual(seen.cspViolations, []);
  assert.deepEqual(seen.pageErrors, []);
  await context.close();

  // The widget's snippet, pasted into a clinic's page on another origin.
  const pasted = await hostPage(widgetCode);
  const element = pasted.page.locator('backstep-checker');
  assert.deepEqual(await element.evaluate((e) => Object.fromEntries([...e.attributes].map((a) => [a.name, a.value]))), previewed, 'the same attributes');
  assert.deepEqual(await shownBy(await widgetInside(pasted.page)), inPreview, 'the same clinic, numbers and accent');
  assert.deepEqual(pasted.warnings.filter((w) => w.startsWith('backstep')), [], 'no setting refused');
  await pasted.context.close();

  // The iframe's snippet too.
  const framed = await hostPage(frameCode);
  const pastedFrame = framed.page.frameLocator('iframe');
  await pastedFrame.locator('#app[data-mounted] .clinic').waitFor();
  assert.match(await pastedFrame.locator('.clinic').innerText(), /Sunrise Spine Clinic/);
  assert.equal(await pastedFrame.locator('.emergency-number a').getAttribute('href'), 'tel:112');
  await framed.context.close();
});

test('the configurator works offline once visited: the service worker precaches it', async () => {
  const root = temporary('backstep-offline-configure-');
  cpSync(DIST, root, { recursive: true });
  const server = await startServer({ root });
  const context = await chromium.launchPersistentContext(temporary('backstep-profile-'), { executablePath: '/usr/bin/chromium', args: CHROMIUM_ARGS, headless: true });
  context.setDefaultTimeout(15000);
  const page = context.pages()[0] ?? (await context.newPage());
  await page.goto(new URL('configure.html', server.url).href);
  await page.waitForSelector('body[data-ready]');
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null, null, { timeout: 15000 });
  await server.close();
  await context.setOffline(true);
  await page.reload();
  await page.waitForSelector('body[data-ready]');
  await set(page, 'emergency-number', '555010');
  assert.match(await problem(page, 'emergency-number'), /national emergency number/);
  await set(page, 'clinic-name', 'Offline Clinic');
  await page.waitForFunction(() => document.getElementById('preview-frame').src.includes('Offline'));
  await page.frameLocator('#preview-frame').locator('#app[data-mounted] .clinic').waitFor();
  await context.close();
});

test("next to the widget's snippet, the configurator says what the host and the clinic's page need for it to work", async () => {
  const { context, page } = await openConfigurator();
  // The guidance comes right after the snippet's copy button, before the iframe form.
  const order = await page.evaluate(() => {
    const snippet = document.getElementById('snippet-widget');
    const guidance = document.getElementById('widget-hosting');
    const iframe = document.getElementById('iframe-code-title');
    const follows = (a, b) => Boolean(a.compareDocumentPosition(b) & Node.DOCUMENT_POSITION_FOLLOWING);
    return { after: follows(snippet, guidance), before: follows(guidance, iframe), next: snippet.nextElementSibling?.nextElementSibling === guidance };
  });
  assert.deepEqual(order, { after: true, before: true, next: true });
  const text = await page.locator('#widget-hosting').innerText();
  for (const needed of [/Access-Control-Allow-Origin/, /brotli or gzip/, /script-src/, /connect-src/, /'wasm-unsafe-eval'/, /inside the element/]) {
    assert.match(text, needed);
  }
  assert.equal(await page.locator('#widget-hosting').isVisible(), true);
  await context.close();
});
