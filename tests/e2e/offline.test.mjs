// The installed app: installability, offline use, updates that never interrupt, the privacy
// promise, and what a person sees when the app cannot start. Each test runs Chromium with a
// persistent profile (service workers and installability need one) and serves its own copy
// of the release bundle, so it can stop the server or change the files.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { appendFileSync, cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { caseById, CHROMIUM_ARGS, DIST, waitForApp, watch } from './support.mjs';
import { answerQuestionnaire } from './drive.mjs';
import { startServer } from '../../scripts/static-server.mjs';
import { precacheList, writeServiceWorker } from '../../scripts/service-worker.mjs';

const temporary = [];

function scratch(prefix) {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  temporary.push(dir);
  return dir;
}

/** A served copy of the release bundle, with every request that reaches the server. */
async function serveCopy() {
  const root = scratch('backstep-served-');
  cpSync(DIST, root, { recursive: true });
  const requests = [];
  const server = await startServer({ root, onRequest: (r) => requests.push(r) });
  return { ...server, root, requests };
}

async function persistentBrowser() {
  const context = await chromium.launchPersistentContext(scratch('backstep-profile-'), {
    executablePath: '/usr/bin/chromium',
    args: CHROMIUM_ARGS,
    headless: true,
  });
  context.setDefaultTimeout(15000);
  const page = context.pages()[0] ?? (await context.newPage());
  return { context, page };
}

async function waitForServiceWorkerControl(page) {
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null, null, { timeout: 15000 });
}

after(() => {
  for (const dir of temporary) rmSync(dir, { recursive: true, force: true });
});

test('the start page is installable, and every icon of the manifest exists at its size', async () => {
  const server = await serveCopy();
  const { context, page } = await persistentBrowser();
  await page.goto(server.url);
  await waitForApp(page);
  await waitForServiceWorkerControl(page);
  const cdp = await context.newCDPSession(page);
  const { installabilityErrors } = await cdp.send('Page.getInstallabilityErrors');
  assert.deepEqual(installabilityErrors, [], 'no installability errors');

  const manifest = await (await fetch(new URL('manifest.webmanifest', server.url))).json();
  assert.equal(manifest.display, 'standalone');
  assert.ok(manifest.icons.some((icon) => icon.purpose === 'maskable' && icon.sizes === '512x512'));
  assert.ok(manifest.icons.some((icon) => icon.purpose === 'maskable' && icon.sizes === '192x192'));
  assert.ok(manifest.icons.some((icon) => icon.type === 'image/svg+xml'));
  for (const icon of manifest.icons) {
    const response = await fetch(new URL(icon.src, server.url));
    assert.equal(response.status, 200, `${icon.src} exists`);
    assert.equal(response.headers.get('content-type'), icon.type, `${icon.src} type`);
    const body = Buffer.from(await response.arrayBuffer());
    if (icon.type === 'image/png') {
      const [width, height] = [body.readUInt32BE(16), body.readUInt32BE(20)];
      assert.equal(`${width}x${height}`, icon.sizes, `${icon.src} is ${icon.sizes}`);
    }
  }
  await context.close();
  await server.close();
});

test('after one visit, the app loads and a whole questionnaire completes with the server stopped and the network off', async () => {
  const server = await serveCopy();
  const { context, page } = await persistentBrowser();
  await page.goto(server.url);
  await waitForApp(page);
  await waitForServiceWorkerControl(page);
  // Let the worker finish precaching every file before the network goes.
  await page.evaluate(async () => {
    const registration = await navigator.serviceWorker.ready;
    return registration.active.state;
  });

  await server.close();
  await context.setOffline(true);
  await page.reload();
  await waitForApp(page);
  const { outcome } = await answerQuestionnaire(page, caseById('dev-013').answers);
  assert.equal(outcome, 'result');
  assert.equal(await page.locator('.advice').getAttribute('data-level'), 'routine');
  await context.close();
});

test('after one visit in English, switching to Spanish works with the network off, every answer kept, and back', async () => {
  const server = await serveCopy();
  const { context, page } = await persistentBrowser();
  await page.goto(server.url);
  await waitForApp(page);
  await waitForServiceWorkerControl(page);
  await page.evaluate(async () => (await navigator.serviceWorker.ready).active.state);
  // The page fetched only the English words; the Spanish file is in the worker's cache.

  await server.close();
  await context.setOffline(true);
  await page.reload();
  await waitForApp(page);
  await page.locator('button.begin').click();
  await page.locator('input[name="tearing_pain"][value="no"]').check();
  await page.getByRole('button', { name: 'Español' }).click();
  await page.waitForFunction(() => document.documentElement.lang === 'es');
  assert.match(await page.locator('#page-title').innerText(), /ahora/i);
  assert.equal(await page.locator('input[name="tearing_pain"][value="no"]').isChecked(), true, 'the answer survives the switch');
  assert.equal(await page.locator('.language-failed').count(), 0, 'no failure to load');
  await page.getByRole('button', { name: 'English' }).click();
  await page.waitForFunction(() => document.documentElement.lang === 'en');
  await context.close();
});

test('when the other language cannot be fetched, the switch says so in the language on screen and keeps it and every answer', async () => {
  const server = await serveCopy();
  // Gone from the server (the service worker cannot precache it either, and its install
  // fails: a first visit with no cache, as offline).
  const spanish = readdirSync(server.root).find((name) => /^lang-es-[0-9a-f]{16}\.txt$/.test(name));
  const text = readFileSync(join(server.root, spanish));
  rmSync(join(server.root, spanish));
  const { context, page } = await persistentBrowser();
  await page.goto(server.url);
  await waitForApp(page);
  await page.locator('button.begin').click();
  await page.locator('input[name="tearing_pain"][value="no"]').check();
  await page.getByRole('button', { name: 'Español' }).click();
  await page.locator('.language-failed').waitFor();
  assert.match(await page.locator('.language-failed').innerText(), /Could not load Español/);
  assert.equal(await page.evaluate(() => document.documentElement.lang), 'en', 'English stays');
  assert.equal(await page.locator('input[name="tearing_pain"][value="no"]').isChecked(), true, 'the answers stay');
  // Once the file can be fetched, pressing the switch again works.
  writeFileSync(join(server.root, spanish), text);
  await page.getByRole('button', { name: 'Español' }).click();
  await page.waitForFunction(() => document.documentElement.lang === 'es');
  assert.equal(await page.locator('.language-failed').count(), 0, 'the failure note goes');
  assert.equal(await page.locator('input[name="tearing_pain"][value="no"]').isChecked(), true, 'the answers stay');
  await context.close();
  await server.close();
});

test('a new version is offered only on the start or result screen, never mid-questionnaire, and answers are untouched', async () => {
  const server = await serveCopy();
  const { context, page } = await persistentBrowser();
  await page.goto(server.url);
  await waitForApp(page);
  await waitForServiceWorkerControl(page);
  const firstCache = (await page.evaluate(() => caches.keys())).find((key) => key.startsWith('backstep '));

  await page.locator('button.begin').click();
  await page.locator('input[name="tearing_pain"][value="no"]').check();

  // A new release lands: different content, so a new worker and a new cache.
  // (The icon, not the CSS: index.html pins the CSS with a subresource integrity hash.)
  appendFileSync(join(server.root, 'icon.svg'), '\n<!-- a new release -->\n');
  writeServiceWorker(server.root);

  // Mid-questionnaire: even when the browser looks for updates, nothing is offered.
  await page.evaluate(async () => (await navigator.serviceWorker.getRegistration()).update());
  await page.waitForFunction(async () => Boolean((await navigator.serviceWorker.getRegistration()).waiting));
  await page.locator('input[name="chest_pain"][value="no"]').check();
  assert.equal(await page.locator('.update').count(), 0, 'no offer in the middle of the questions');

  // Back on the start screen, the offer appears; the answers are still there.
  await page.getByRole('button', { name: 'Back' }).click();
  await page.locator('.update').waitFor();
  await page.locator('button.begin').click();
  assert.equal(await page.locator('.update').count(), 0, 'the offer is not shown on a question page');
  assert.equal(await page.locator('input[name="tearing_pain"][value="no"]').isChecked(), true, 'answers untouched');
  assert.equal(await page.locator('input[name="chest_pain"][value="no"]').isChecked(), true, 'answers untouched');

  // Only the person's own choice updates: the page reloads into the new version.
  await page.getByRole('button', { name: 'Back' }).click();
  await page.locator('.update button').click();
  await page.waitForFunction((old) => caches.keys().then((keys) => keys.length === 1 && keys[0] !== old), firstCache);
  await waitForApp(page);
  await context.close();
  await server.close();
});

test('privacy: through a whole questionnaire, no other origin, only GETs of build files after start-up, no cookie, no storage', async () => {
  const server = await serveCopy();
  const { context, page } = await persistentBrowser();
  const origin = new URL(server.url).origin;
  const inBrowser = [];
  context.on('request', (request) => inBrowser.push({
    method: request.method(), url: request.url(), body: request.postData(), phase: 'page',
  }));
  await context.addInitScript(() => {
    // Record every attempt to store anything, whatever it would hold.
    window.__writes = [];
    const record = (what) => window.__writes.push(what);
    const setItem = Storage.prototype.setItem;
    Storage.prototype.setItem = function patched(key, value) { record(`storage ${key}`); return setItem.call(this, key, value); };
    const cookie = Object.getOwnPropertyDescriptor(Document.prototype, 'cookie');
    Object.defineProperty(Document.prototype, 'cookie', {
      get() { return cookie.get.call(this); },
      set(value) { record(`cookie ${value}`); cookie.set.call(this, value); },
    });
    const open = IDBFactory.prototype.open;
    IDBFactory.prototype.open = function patched(name, ...rest) { record(`indexedDB ${name}`); return open.call(this, name, ...rest); };
  });
  const seen = await watch(page);
  await page.goto(server.url);
  await waitForApp(page);
  await waitForServiceWorkerControl(page);
  await page.waitForTimeout(500);
  const startUpRequests = server.requests.length;
  const startUpInBrowser = inBrowser.length;

  const { outcome } = await answerQuestionnaire(page, caseById('dev-028').answers);
  assert.equal(outcome, 'result');
  await page.locator('button.begin').count();

  const buildFiles = new Set([...precacheList(server.root), 'sw.js'].map((name) => `/${name}`));
  buildFiles.add('/');
  const foreign = inBrowser.filter((r) => new URL(r.url).origin !== origin);
  assert.deepEqual(foreign, [], 'no request to another origin, ever');
  for (const r of inBrowser.slice(startUpInBrowser)) {
    const url = new URL(r.url);
    assert.equal(r.method, 'GET', `${r.url}: only GETs after start-up`);
    assert.equal(url.search, '', `${r.url}: no query string`);
    assert.equal(r.body, null, `${r.url}: no body`);
    assert.ok(buildFiles.has(url.pathname), `${r.url}: only the app's own build files`);
  }
  for (const r of server.requests.slice(startUpRequests)) {
    const url = new URL(r.url, origin);
    assert.equal(r.method, 'GET', `${r.url} at the server`);
    assert.equal(url.search, '', `${r.url} at the server: no query string`);
    assert.ok(buildFiles.has(url.pathname), `${r.url} at the server: a build file`);
  }
  assert.deepEqual(await context.cookies(), [], 'no cookies');
  const stored = await page.evaluate(async () => ({
    writes: window.__writes,
    local: localStorage.length,
    session: sessionStorage.length,
    databases: (await indexedDB.databases()).map((db) => db.name),
    caches: await Promise.all((await caches.keys()).map(async (key) => ({
      key, urls: (await (await caches.open(key)).keys()).map((request) => new URL(request.url).pathname),
    }))),
  }));
  assert.deepEqual(stored.writes, [], 'nothing tried to store anything');
  assert.equal(stored.local, 0, 'localStorage is empty');
  assert.equal(stored.session, 0, 'sessionStorage is empty');
  assert.deepEqual(stored.databases, [], 'no IndexedDB database');
  assert.equal(stored.caches.length, 1, 'one cache: the service worker\'s');
  assert.equal(stored.caches[0].key.replace(/[0-9a-f]{16}$/, '<version>'), `backstep ${server.url} <version>`, 'named for its scope');
  for (const path of stored.caches[0].urls) assert.ok(buildFiles.has(path), `${path} in the cache is a build file`);
  assert.deepEqual(seen.cspViolations, [], 'no CSP violation in a full run');
  assert.deepEqual(seen.consoleErrors, [], 'no console error');
  await context.close();
  await server.close();
});

for (const [what, pattern] of [['the wasm', '**/*.wasm'], ['the language file', '**/lang-*.txt']]) {
  test(`with ${what} blocked, the static start screen still shows the warning signs and says the checker could not start`, async () => {
    const server = await serveCopy();
    const { context, page } = await persistentBrowser();
    await page.route(pattern, (route) => route.abort());
    await page.goto(server.url);
    await page.locator('#load-failed').waitFor({ state: 'visible' });
    assert.equal(await page.locator('#app[data-mounted]').count(), 0, 'the app did not mount');
    assert.match(await page.locator('.warning-signs:not([lang])').innerText(), /numbness between your legs/);
    assert.match(await page.locator('#load-failed').innerText(), /emergency number/);
    await context.close();
    await server.close();
  });
}

test('a language file cut short, with digests that match it, is refused: the static start screen stays with its warning signs', async () => {
  const server = await serveCopy();
  const file = readdirSync(server.root).find((name) => /^lang-en-[0-9a-f]+\.txt$/.test(name));
  const whole = readFileSync(join(server.root, file), 'utf8');
  const cut = whole.split('\n').slice(0, 100).join('\n') + '\n';
  writeFileSync(join(server.root, file), cut);
  // Every start module names the file with its digest: the cut file's, so the fetch takes it.
  const digest = (text) => `sha384-${createHash('sha384').update(text).digest('base64')}`;
  const starts = readdirSync(server.root).filter((name) => /^start-[0-9a-f]+\.js$/.test(name));
  for (const start of starts) {
    const source = readFileSync(join(server.root, start), 'utf8');
    assert.ok(source.includes(digest(whole)), `${start} names the file's digest`);
    writeFileSync(join(server.root, start), source.replace(digest(whole), digest(cut)));
  }
  const { context, page } = await persistentBrowser();
  const errors = [];
  page.on('console', (message) => { if (message.type() === 'error') errors.push(message.text()); });
  await page.goto(server.url);
  await page.locator('#load-failed').waitFor({ state: 'visible' });
  assert.equal(await page.locator('#app[data-mounted]').count(), 0, 'the app did not mount');
  assert.match(await page.locator('.warning-signs:not([lang])').innerText(), /numbness between your legs/);
  assert.match(await page.locator('#load-failed').innerText(), /could not start/);
  assert.ok(errors.some((error) => /has 100 keys above the \[later\] line, but this build checked \d+/.test(error)), `the console names what was wrong: ${errors}`);
  await context.close();
  await server.close();
});

test('with loader.js missing, the static start screen says the checker could not start', async () => {
  const server = await serveCopy();
  rmSync(join(server.root, 'loader.js'));
  const { context, page } = await persistentBrowser();
  await page.goto(server.url);
  await page.locator('#load-failed').waitFor({ state: 'visible' });
  assert.match(await page.locator('#load-failed').innerText(), /could not start/);
  assert.match(await page.locator('.warning-signs:not([lang])').innerText(), /numbness between your legs/);
  await context.close();
  await server.close();
});

/** Waits until the server has been asked for `path` (a request the page cannot see). */
async function requested(server, path) {
  for (let waited = 0; !server.requests.some((r) => r.url === path); waited += 50) {
    if (waited > 15000) throw new Error(`${path} was never requested`);
    await new Promise((resolve) => { setTimeout(resolve, 50); });
  }
}

test('the service worker answers only what it precached: another page gets its own page, with its query; other URLs go to the network', async () => {
  const server = await serveCopy();
  const { context, page } = await persistentBrowser();
  await page.goto(server.url);
  await waitForApp(page);
  await waitForServiceWorkerControl(page);
  // Added to the origin after the worker precached the build.
  writeFileSync(join(server.root, 'other.html'), '<!DOCTYPE html><html lang="en"><title>Other</title><h1>Another page</h1></html>');

  // A returning visitor opens the iframe page with its settings: it is that page, from the cache.
  const embed = await page.goto(`${server.url}embed.html?lang=es&clinic-name=Cl%C3%ADnica%20Norte&emergency-number=112`);
  assert.equal(embed.fromServiceWorker(), true, 'embed.html is served from the cache, whatever its query');
  await waitForApp(page);
  // The query's language reached the page: it is embed.html, not the cached index.html.
  assert.equal(await page.locator('h1').innerText(), 'Evalúe su dolor de espalda');
  // Opened on its own rather than in a clinic's frame, it shows no clinic settings.
  assert.equal(await page.locator('.clinic').count(), 0);

  const other = await page.goto(`${server.url}other.html`);
  assert.equal(other.fromServiceWorker(), false, 'a page the worker never cached comes from the network');
  assert.equal(await page.locator('h1').innerText(), 'Another page');
  assert.equal((await page.goto(`${server.url}nowhere.html`)).status(), 404, 'a missing page is not answered with index.html');
  await page.goto(server.url);
  await waitForApp(page);
  await page.evaluate(() => fetch('icon.svg?v=2'));
  await requested(server, '/icon.svg?v=2');
  await context.close();
  await server.close();
});

test('two copies of backstep under two paths of one origin keep each other\'s cache, and both work offline', async () => {
  const root = scratch('backstep-two-copies-');
  for (const copy of ['a', 'b']) cpSync(DIST, join(root, copy), { recursive: true });
  // Two different releases, as two clinics' copies would be.
  appendFileSync(join(root, 'b', 'icon.svg'), '\n<!-- another release -->\n');
  writeServiceWorker(join(root, 'b'));
  const server = await startServer({ root });
  const { context, page } = await persistentBrowser();
  // Each copy's cache as an older release named it, before names carried the scope.
  const legacy = { a: 'backstep-00000000000000aa', b: 'backstep-00000000000000bb' };
  await page.goto(`${server.url}a/manifest.webmanifest`);
  await page.evaluate(async ([names, base]) => {
    for (const [copy, name] of Object.entries(names)) {
      await (await caches.open(name)).put(`${base}${copy}/index.html`, new Response('an older release'));
    }
  }, [legacy, server.url]);
  const cachesNow = () => page.evaluate(() => caches.keys());
  for (const copy of ['a', 'b']) {
    await page.goto(`${server.url}${copy}/`);
    await waitForApp(page);
    await waitForServiceWorkerControl(page);
    const names = await cachesNow();
    assert.equal(names.includes(legacy[copy]), false, `copy ${copy} deleted its own older cache`);
    if (copy === 'a') assert.equal(names.includes(legacy.b), true, "and left the other copy's alone");
  }
  const keys = await cachesNow();
  assert.equal(keys.length, 2, `both caches are kept: ${keys}`);
  const scopes = keys.map((key) => key.replace(/ [0-9a-f]{16}$/, '')).sort();
  assert.deepEqual(scopes, [`backstep ${server.url}a/`, `backstep ${server.url}b/`], 'one cache per copy, named for its scope');

  await server.close();
  await context.setOffline(true);
  for (const copy of ['a', 'b']) {
    await page.goto(`${server.url}${copy}/`);
    await waitForApp(page);
  }
  await context.close();
});

test('a failed install leaves no cache behind', async () => {
  const server = await serveCopy();
  // A file the page itself never asks for: only the worker's precache does.
  rmSync(join(server.root, 'widget-sri.txt'));
  const { context, page } = await persistentBrowser();
  await page.goto(server.url);
  await waitForApp(page);
  await requested(server, '/widget-sri.txt');
  await page.waitForFunction(async () => {
    const registration = await navigator.serviceWorker.getRegistration();
    return !registration || (!registration.installing && !registration.waiting && !registration.active);
  });
  assert.deepEqual(await page.evaluate(() => caches.keys()), [], 'no half-filled cache');
  await context.close();
  await server.close();
});

test('"Update now" works in every tab: a second tab reloads into the version another tab already took', async () => {
  const server = await serveCopy();
  const { context, page: first } = await persistentBrowser();
  await first.goto(server.url);
  await waitForApp(first);
  await waitForServiceWorkerControl(first);
  const second = await context.newPage();
  await second.goto(server.url);
  await waitForApp(second);

  appendFileSync(join(server.root, 'icon.svg'), '\n<!-- a new release -->\n');
  writeServiceWorker(server.root);
  await first.evaluate(async () => (await navigator.serviceWorker.getRegistration()).update());
  for (const page of [first, second]) {
    await page.locator('.update').waitFor();
    await page.evaluate(() => { window.oldVersion = true; });
  }

  await Promise.all([first.waitForEvent('load'), first.locator('.update button').click()]);
  await waitForApp(first);
  assert.equal(await first.evaluate(() => window.oldVersion), undefined, 'the first tab runs the new version');
  // The second tab is not reloaded behind the person's back; it still offers the update...
  await first.waitForTimeout(300);
  assert.equal(await second.evaluate(() => window.oldVersion), true, 'the second tab did not reload by itself');
  assert.equal(await second.locator('.update').count(), 1, 'the second tab still offers the update');
  // ...and takes it when asked, though no worker is waiting any more.
  await Promise.all([second.waitForEvent('load'), second.locator('.update button').click()]);
  await waitForApp(second);
  assert.equal(await second.evaluate(() => window.oldVersion), undefined, 'the second tab runs the new version');
  assert.equal(await second.locator('.update').count(), 0, 'and offers nothing more');
  await context.close();
  await server.close();
});
