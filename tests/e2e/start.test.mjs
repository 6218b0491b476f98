// The start page: the real release bundle in headless Chromium.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { watch, waitForApp, servedBundle } from './support.mjs';

// The release bundle served, and one browser, for every test of this file.
const bundle = servedBundle();

test('the start page shows its static start screen before any script runs', async () => {
  const context = await bundle.browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto(bundle.server.url);
  assert.equal(await page.locator('h1').innerText(), 'Check your back pain');
  assert.match(await page.locator('.warning-signs:not([lang])').innerText(), /emergency number/);
  assert.match(await page.locator('.warning-signs[lang="es"]').innerText(), /número local de emergencias/);
  // Version 4's signs: a strong pain that moves, and a pain that suddenly gets much worse.
  const english = await page.locator('.warning-signs:not([lang])').innerText();
  assert.match(english, /strong pain that moves/);
  assert.match(english, /suddenly becomes much worse, or comes with faintness, sweating or breathlessness/);
  const spanish = await page.locator('.warning-signs[lang="es"]').innerText();
  assert.match(spanish, /dolor fuerte que se mueve/);
  assert.match(spanish, /de repente empeora mucho, o que viene con desmayo, sudor o falta de aire/);
  assert.match(await page.locator('.notice:not([lang])').innerText(), /not a diagnosis/);
  await context.close();
});

test('the app mounts with its heading and start button, no error, no CSP violation, no other origin', async () => {
  const context = await bundle.browser.newContext();
  const page = await context.newPage();
  const seen = await watch(page);
  await page.goto(bundle.server.url);
  await waitForApp(page);

  assert.equal(await page.getByRole('heading', { level: 1 }).innerText(), 'Check your back pain');
  const start = page.locator('button.begin');
  assert.equal(await start.isVisible(), true);
  assert.equal(await start.isEnabled(), true, 'the live start button is enabled');

  // The loader fetched the hashed glue and wasm from this origin.
  assert.ok(seen.requests.some((url) => /\/backstep-[0-9a-f]+_bg\.wasm$/.test(url)), 'the wasm was requested');
  const origin = new URL(bundle.server.url).origin;
  const foreign = seen.requests.filter((url) => new URL(url).origin !== origin);
  assert.deepEqual(foreign, [], 'no request to another origin');
  assert.deepEqual(seen.cspViolations, [], 'no CSP violation');
  assert.deepEqual(seen.consoleErrors, [], 'no console error');
  assert.deepEqual(seen.pageErrors, [], 'no uncaught exception');
  await context.close();
});

test('the server sends the strict CSP and security headers with the page', async () => {
  const response = await fetch(bundle.server.url);
  assert.equal(response.status, 200);
  assert.match(response.headers.get('content-security-policy'), /script-src 'self' 'wasm-unsafe-eval'/);
  assert.equal(response.headers.get('x-content-type-options'), 'nosniff');
  assert.equal(response.headers.get('referrer-policy'), 'no-referrer');
});
