// The clinic widget when something fails or is pinned: the clinic's own fallback content
// while widget.js cannot run, the widget's own warning-sign text when the wasm cannot load,
// and the versioned copy of widget.js that clinics pin with Subresource Integrity. A host
// page on one loopback origin loads the widget from another, as in widget.test.mjs.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { appendFileSync, cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DIST, EXAMPLES, startClinicSites } from './support.mjs';
import { startServer } from '../../scripts/static-server.mjs';

let browser;
let widgetServer;
let hostServer;
let hostRoot;

// The fallback docs/widget.md recommends: the clinic's words, shown until the widget has its own.
const FALLBACK = `<p class="clinic-fallback">If you have back pain with numbness between your legs,
  new trouble passing urine or weakness in both legs, call 112 now.</p>`;

let sites;

before(async () => {
  sites = await startClinicSites({ prefix: 'backstep-fallback-host-' });
  ({ backstep: widgetServer, host: hostServer, hostRoot, browser } = sites);
});

after(() => sites?.close());

/** A clinic's page with a strict policy that allows the widget's origin (`from`), loading
 *  `script` from there, with one <backstep-checker> holding the clinic's fallback. */
function hostPage(name, { script = 'widget.js', attributes = '', from = widgetServer.url, number = '112' } = {}) {
  const origin = new URL(from).origin;
  writeFileSync(join(hostRoot, name), `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'self'; script-src 'self' ${origin} 'wasm-unsafe-eval'; connect-src 'self' ${origin}; style-src 'self'">
<title>${name}</title>
<script type="module" src="${from}${script}" ${attributes}></script></head>
<body><main><backstep-checker lang="es" emergency-number="${number}">${FALLBACK}</backstep-checker></main></body></html>`);
  return new URL(name, hostServer.url).href;
}

/** A page in a new context, with every shadow root kept where the test can read it, open or
 *  closed (the widget's is closed: the host page's own scripts cannot do this). */
async function open(url, route) {
  const context = await browser.newContext();
  context.setDefaultTimeout(10000);
  await context.addInitScript(() => {
    const attach = Element.prototype.attachShadow;
    window.shadows = [];
    Element.prototype.attachShadow = function kept(init) {
      const root = attach.call(this, init);
      window.shadows.push(root);
      return root;
    };
  });
  const page = await context.newPage();
  const errors = [];
  page.on('console', (message) => {
    if (message.type() === 'error' && message.text().startsWith('backstep:')) errors.push(message.text());
  });
  if (route) await page.route(route, (r) => r.abort());
  await page.goto(url);
  return { context, page, errors };
}

const shadowText = (page) => page.evaluate(() => window.shadows[0]?.textContent ?? '');

test("with widget.js blocked, the clinic's fallback content shows in its place", async () => {
  const { context, page } = await open(hostPage('blocked.html'), '**/widget.js');
  await page.waitForLoadState('load');
  assert.equal(await page.locator('.clinic-fallback').isVisible(), true, "the clinic's fallback is visible");
  const height = (await page.locator('backstep-checker').boundingBox())?.height ?? 0;
  assert.ok(height > 0, `the element takes room (${height} px)`);
  await context.close();
});

test("the demo clinic page with widget.js unreachable still shows the clinic's words in the element", async () => {
  for (const file of ['clinic.html', 'clinic.css']) cpSync(join(EXAMPLES, file), join(hostRoot, file));
  const { context, page } = await open(new URL('clinic.html', hostServer.url).href, '**/widget.js');
  await page.waitForLoadState('load');
  const fallback = page.locator('backstep-checker .clinic-fallback');
  assert.equal(await fallback.isVisible(), true, 'the fallback the docs recommend is there');
  assert.match(await fallback.innerText(), /numbness between your legs.*call 911 now/is, "the demo's hostile CSS upper-cases it");
  assert.equal(await page.evaluate(() => customElements.get('backstep-checker')), undefined, 'the widget never ran');
  await context.close();
});

test('with the wasm blocked, the element writes the warning signs and its emergency number as text', async () => {
  const { context, page, errors } = await open(hostPage('nowasm.html'), '**/*.wasm');
  await page.waitForFunction(() => window.shadows[0]?.querySelector('.warning-signs li'));
  const text = await shadowText(page);
  assert.match(text, /\(adormecimiento\) entre las piernas/, 'the warning signs, in the element\'s language');
  assert.match(text, /no pudo iniciarse/, 'and that the checker could not start');
  assert.match(text, /dolor fuerte que se mueve/, 'the sign of a pain that moves');
  assert.match(text, /de repente empeora mucho/, 'and of a pain that suddenly gets much worse');
  assert.match(text, /Su número de emergencias: 112/);
  assert.equal(await page.evaluate(() => window.shadows[0].querySelector('a[href="tel:112"]') !== null), true);
  assert.equal(await page.locator('.clinic-fallback').isVisible(), false, "the widget's own text replaces the clinic's fallback");
  assert.equal(errors.length, 1, `one console error: ${errors}`);
  await context.close();
});

test('with the wasm blocked, a number that is no national emergency number is not shown, and a real one from the table is', async () => {
  for (const [number, shown] of [['9111', false], ['123456', false], ['000000', false], [' 000 ', true], ['320221', true]]) {
    const { context, page } = await open(hostPage(`nowasm-${number.trim()}.html`, { number }), '**/*.wasm');
    await page.waitForFunction(() => window.shadows[0]?.querySelector('.warning-signs li'));
    const text = await shadowText(page);
    const links = await page.evaluate(() => [...window.shadows[0].querySelectorAll('a[href^="tel:"]')].map((a) => a.getAttribute('href')));
    if (shown) {
      assert.match(text, new RegExp(`Su número de emergencias: ${number.trim()}`), `${number} is in src/locale.rs's table`);
      assert.deepEqual(links, [`tel:${number.trim()}`]);
    } else {
      assert.doesNotMatch(text, /Su número de emergencias/, `${number} is not shown as an emergency number`);
      assert.ok(!text.includes(number), `${number} appears nowhere`);
      assert.deepEqual(links, [], 'no call link');
      assert.match(text, /\(adormecimiento\) entre las piernas/, 'the generic warning signs stand');
    }
    await context.close();
  }
});

test('the versioned widget file matches its published integrity, and a page that pins it with SRI runs it', async () => {
  const [name, digest] = readFileSync(join(DIST, 'widget-sri.txt'), 'utf8').trim().split(' ');
  assert.match(name, /^widget-\d+\.\d+\.\d+[^/]*-[0-9a-f]{16}\.js$/);
  assert.ok(existsSync(join(DIST, name)), `${name} is in the build`);
  const body = readFileSync(join(DIST, name));
  assert.equal(digest, `sha384-${createHash('sha384').update(body).digest('base64')}`);
  assert.deepEqual(body, readFileSync(join(DIST, 'widget.js')), 'the same code as widget.js');

  const pinned = await open(hostPage('pinned.html', { script: name, attributes: `integrity="${digest}" crossorigin="anonymous"` }));
  await pinned.page.waitForFunction(() => window.shadows[0]?.querySelector('.backstep-root[data-mounted]'));
  assert.match(await shadowText(pinned.page), /Evalúe su dolor de espalda/);
  assert.equal(await pinned.page.locator('.clinic-fallback').isVisible(), false, 'the fallback is gone once the widget runs');
  await pinned.context.close();

  // A file that does not match is not run: the clinic's fallback stays.
  const wrong = `sha384-${createHash('sha384').update('something else').digest('base64')}`;
  const tampered = await open(hostPage('tampered.html', { script: name, attributes: `integrity="${wrong}" crossorigin="anonymous"` }));
  await tampered.page.waitForLoadState('load');
  assert.equal(await tampered.page.evaluate(() => customElements.get('backstep-checker')), undefined);
  assert.equal(await tampered.page.locator('.clinic-fallback').isVisible(), true);
  await tampered.context.close();
});

test('a pinned widget refuses a glue file changed on its host, and shows the warning signs instead', async () => {
  const [name, digest] = readFileSync(join(DIST, 'widget-sri.txt'), 'utf8').trim().split(' ');
  const changed = mkdtempSync(join(tmpdir(), 'backstep-changed-'));
  cpSync(DIST, changed, { recursive: true });
  // The glue the widget loads (the guest build's), as widget.js names it.
  const glue = readFileSync(join(changed, 'widget.js'), 'utf8').match(/const GLUE = "\.\/([^"]+)"/)[1];
  appendFileSync(join(changed, glue), '\n// changed on the host\n');
  const changedServer = await startServer({ root: changed, cors: true });
  try {
    const url = hostPage('changed.html', { script: name, attributes: `integrity="${digest}" crossorigin="anonymous"`, from: changedServer.url });
    const { context, page, errors } = await open(url);
    await page.waitForFunction(() => window.shadows[0]?.querySelector('.warning-signs li'));
    assert.equal(await page.evaluate(() => window.shadows[0].querySelector('[data-mounted]')), null, 'the changed glue never ran');
    assert.match(errors.join(' '), new RegExp(glue.replace('.', '\\.')));
    await context.close();
  } finally {
    await changedServer.close();
    rmSync(changed, { recursive: true, force: true });
  }
});
