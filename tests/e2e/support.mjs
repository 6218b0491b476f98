// Shared pieces of the end-to-end tests: the release bundle served on a loopback port chosen
// at run time, headless Chromium from Debian driven by Playwright, and a page watcher that
// records console errors, CSP violations and every request the page makes.
import { chromium } from 'playwright-core';
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { startServer } from '../../scripts/static-server.mjs';

export const DIST = fileURLToPath(new URL('../../dist/', import.meta.url));

export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

export function launch() {
  return chromium.launch({ executablePath: '/usr/bin/chromium', args: CHROMIUM_ARGS });
}

/** Serves the release bundle; `requests` collects what reached the server. */
export async function serveDist() {
  if (!existsSync(`${DIST}/index.html`)) {
    throw new Error('dist/index.html is missing: run `trunk build --release` first (scripts/test.sh does).');
  }
  const requests = [];
  const server = await startServer({ root: DIST, onRequest: (r) => requests.push(r) });
  return { ...server, requests };
}

/** axe-core's source, passed to page.evaluate (an injected <script> would break the CSP). */
export const AXE_SOURCE = readFileSync(fileURLToPath(import.meta.resolve('axe-core/axe.min.js')), 'utf8');

/**
 * Runs axe-core (WCAG 2.0, 2.1 and 2.2, A and AA) on the page as it is now, or only inside
 * the elements `include` selects (open shadow roots included), and lists the violations.
 */
export async function axeViolations(page, include = null) {
  await page.evaluate(AXE_SOURCE);
  const results = await page.evaluate((within) => window.axe.run(within ? { include: [within] } : document, {
    runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] },
  }), include);
  return results.violations.map((v) => `${v.id} (${v.impact}): ${v.help} at ${v.nodes.map((n) => JSON.stringify(n.target)).join(', ')}`);
}

/**
 * Watches a page from before its first navigation: console errors, uncaught exceptions,
 * CSP violations (reported by the page itself) and every request, by URL.
 */
export async function watch(page) {
  const seen = { consoleErrors: [], pageErrors: [], cspViolations: [], requests: [] };
  page.on('console', (message) => {
    if (message.type() === 'error') seen.consoleErrors.push(message.text());
  });
  page.on('pageerror', (error) => seen.pageErrors.push(String(error)));
  page.on('request', (request) => seen.requests.push(request.url()));
  await page.exposeBinding('__reportCspViolation', (_source, violation) => seen.cspViolations.push(violation));
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => {
      window.__reportCspViolation(`${event.violatedDirective} blocked ${event.blockedURI}`);
    });
  });
  return seen;
}

/** Waits until the wasm has mounted the app into #app. */
export async function waitForApp(page) {
  await page.waitForSelector('#app[data-mounted]', { timeout: 15000 });
}

/** The app at `url` in a new browser context, watched from its first request, once mounted. */
export async function openAppAt(browser, url, contextOptions = {}) {
  const context = await browser.newContext(contextOptions);
  context.setDefaultTimeout(10000);
  const page = await context.newPage();
  const seen = await watch(page);
  await page.goto(url);
  await waitForApp(page);
  return { context, page, seen };
}
