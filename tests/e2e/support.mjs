// Shared pieces of the end-to-end tests: the release bundle served on a loopback port chosen
// at run time, headless Chromium from Debian driven by Playwright, a page watcher that
// records console errors, CSP violations and every request the page makes, axe-core, and the
// way into a clinic widget's closed shadow root (the DevTools Protocol).
import { after, before } from 'node:test';
import { chromium } from 'playwright-core';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
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

/**
 * For a test file: the release bundle served and one headless Chromium, started before its
 * first test and closed after its last. `bundle.server` and `bundle.browser` are there from
 * the first test on.
 */
export function servedBundle() {
  const bundle = { server: null, browser: null };
  before(async () => {
    bundle.server = await serveDist();
    bundle.browser = await launch();
  });
  after(async () => {
    await bundle.browser?.close();
    await bundle.server?.close();
  });
  return bundle;
}

/** The demo clinic pages (examples/), and the origin they load backstep from as written. */
export const EXAMPLES = fileURLToPath(new URL('../../examples/', import.meta.url));
export const DEMO_ORIGIN = 'http://127.0.0.1:8080';

/**
 * A clinic's site and backstep's, for the widget and iframe tests: the release bundle on one
 * loopback origin (CORS on, as a clinic's page loads it), the clinic's own pages on another,
 * from a fresh folder named after `prefix`, and one headless Chromium. With `demo`, the folder
 * starts as a copy of examples/ whose pages load backstep from this run's origin instead of
 * DEMO_ORIGIN. `close()` stops both servers and the browser and deletes the folder.
 */
export async function startClinicSites({ prefix, demo = false }) {
  const backstep = await startServer({ root: DIST, cors: true });
  const hostRoot = mkdtempSync(join(tmpdir(), prefix));
  const pointed = {};
  if (demo) {
    cpSync(EXAMPLES, hostRoot, { recursive: true });
    const origin = new URL(backstep.url).origin;
    pointed.rewrite = (html) => html.replaceAll(DEMO_ORIGIN, origin);
  }
  const host = await startServer({ root: hostRoot, csp: null, ...pointed });
  const browser = await launch();
  return {
    backstep, host, hostRoot, browser,
    async close() {
      await browser.close();
      await backstep.close();
      await host.close();
      rmSync(hostRoot, { recursive: true, force: true });
    },
  };
}

/** The reference cases (tests/cases/dev-cases.json), as the native layer reads them too. */
export const CASES = JSON.parse(readFileSync(fileURLToPath(new URL('../cases/dev-cases.json', import.meta.url)), 'utf8'));

/** The reference case `id`; a name that is not one is a mistake in the test, said at once. */
export function caseById(id) {
  const found = CASES.find((c) => c.id === id);
  if (!found) throw new Error(`no reference case ${id} in tests/cases/dev-cases.json`);
  return found;
}

/**
 * Records what a page (every frame of it) says on its console from now on: its warnings,
 * and its errors but a missing favicon's 404.
 */
export function recordConsole(page) {
  const seen = { warnings: [], errors: [] };
  page.on('console', (message) => {
    if (message.type() === 'warning') seen.warnings.push(message.text());
    if (message.type() === 'error' && !/favicon|status of 404/.test(message.text())) seen.errors.push(message.text());
  });
  return seen;
}

/** A new browser context that is closed when the test `t` ends, passed or failed. */
export async function contextFor(t, browser, options = {}) {
  const context = await browser.newContext(options);
  context.setDefaultTimeout(10000);
  t.after(() => context.close());
  return context;
}

/**
 * An init script (`page.addInitScript(countWrites)`) that counts, from the page's first script
 * on, every write of backstep's kept record; `writes(page)` reads the count. It wraps the
 * browser's own `put`, leaving the app's code as it is.
 */
export function countWrites() {
  window.__writes = 0;
  const put = IDBObjectStore.prototype.put;
  IDBObjectStore.prototype.put = function countedPut(value, key) {
    if (key === 'record') window.__writes += 1;
    return put.call(this, value, key);
  };
}

/** How many writes of the kept record `countWrites` has counted on `page`. */
export const writes = (page) => page.evaluate(() => window.__writes);

/** axe-core's source, passed to page.evaluate (an injected <script> would break the CSP). */
export const AXE_SOURCE = readFileSync(fileURLToPath(import.meta.resolve('axe-core/axe.min.js')), 'utf8');

/** The rules every axe run checks: WCAG 2.0, 2.1 and 2.2, A and AA. */
const AXE_OPTIONS = { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] } };

const describeViolations = (results) => results.violations.map((v) => `${v.id} (${v.impact}): ${v.help} at ${v.nodes.map((n) => JSON.stringify(n.target)).join(', ')}`);

/**
 * Runs axe-core on the page as it is now, or only inside the elements `include` selects
 * (open shadow roots included; a clinic's widget is closed: use `widgetInside(page).axe()`),
 * and lists the violations.
 */
export async function axeViolations(page, include = null) {
  await page.evaluate(AXE_SOURCE);
  const results = await page.evaluate(({ within, options }) => window.axe.run(within ? { include: [within] } : document, options), { within: include, options: AXE_OPTIONS });
  return describeViolations(results);
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

/** The app at `url` as `openAppAt` opens it, in a context closed when the test `t` ends. */
export async function openAppFor(t, browser, url, contextOptions = {}) {
  const context = await contextFor(t, browser, contextOptions);
  const page = await context.newPage();
  const seen = await watch(page);
  await page.goto(url);
  await waitForApp(page);
  return { context, page, seen };
}

/**
 * The inside of a clinic's widget, `<backstep-checker>` (or the one `host` selects), reached
 * the way no script of the host page can: its shadow root is closed, so Playwright's CSS
 * engine, `element.shadowRoot` and the host's event listeners all stop at the element. The
 * Chrome DevTools Protocol pierces it: `DOM.describeNode` with `pierce` names the closed root,
 * `DOM.resolveNode` makes it an object, and `Runtime.callFunctionOn` runs a function with the
 * root as `this`, where `this.querySelector` works as on a document. Clicks and typing go
 * through the `Input` domain, at the element's place on the screen, as a person's pointer and
 * keyboard would; selectors are plain CSS, matched inside the root.
 */
export async function widgetInside(page, host = 'backstep-checker') {
  const cdp = await page.context().newCDPSession(page);
  let rootId = null;
  let hostId = null;

  /** The closed root as a remote object: once the element is defined it has one. */
  async function root() {
    if (rootId) return rootId;
    await page.waitForFunction((s) => {
      const element = document.querySelector(s);
      return element !== null && customElements.get(element.localName) !== undefined;
    }, host);
    const { result } = await cdp.send('Runtime.evaluate', { expression: `document.querySelector(${JSON.stringify(host)})` });
    hostId = result.objectId;
    const { node } = await cdp.send('DOM.describeNode', { objectId: hostId, depth: 1, pierce: true });
    const shadow = (node.shadowRoots ?? [])[0];
    if (!shadow) throw new Error(`${host} has no shadow root`);
    if (shadow.shadowRootType !== 'closed') throw new Error(`${host}'s shadow root is ${shadow.shadowRootType}, not closed`);
    ({ object: { objectId: rootId } } = await cdp.send('DOM.resolveNode', { backendNodeId: shadow.backendNodeId }));
    return rootId;
  }

  /** Runs `fn` in the page with the closed root as `this`; `args` are plain values or
   *  `{ objectId }` handles. Returns the value, or a handle when `handle` is set. */
  async function call(fn, args = [], { handle = false } = {}) {
    const { result, exceptionDetails } = await cdp.send('Runtime.callFunctionOn', {
      objectId: await root(),
      functionDeclaration: String(fn),
      arguments: args.map((arg) => (arg && typeof arg === 'object' && 'objectId' in arg ? arg : { value: arg })),
      returnByValue: !handle,
      awaitPromise: true,
    });
    if (exceptionDetails) throw new Error(exceptionDetails.exception?.description ?? exceptionDetails.text);
    return handle ? result : result.value;
  }

  /** The first element `selector` matches inside the root, waited for (10 s at most) as it
   *  appears, as a handle. */
  async function element(selector) {
    const found = await call(function waitFor(sel) {
      return new Promise((resolve, reject) => {
        const now = this.querySelector(sel);
        if (now) { resolve(now); return; }
        const observer = new MutationObserver(() => {
          const later = this.querySelector(sel);
          if (later) { observer.disconnect(); clearTimeout(timer); resolve(later); }
        });
        const timer = setTimeout(() => { observer.disconnect(); reject(new Error(`nothing inside the widget matches ${sel}`)); }, 10000);
        observer.observe(this, { subtree: true, childList: true, attributes: true });
      });
    }, [selector], { handle: true });
    return { objectId: found.objectId };
  }

  const release = ({ objectId }) => cdp.send('Runtime.releaseObject', { objectId });

  /** A press and release of the left button at the centre of what `selector` matches, once
   *  it is scrolled into view; refused if something else would take the click there. */
  async function click(selector) {
    const target = await element(selector);
    try {
      await cdp.send('DOM.scrollIntoViewIfNeeded', target);
      const { quads } = await cdp.send('DOM.getContentQuads', target);
      if (!quads.length) throw new Error(`${selector} inside the widget is not on the screen`);
      const x = (quads[0][0] + quads[0][2] + quads[0][4] + quads[0][6]) / 4;
      const y = (quads[0][1] + quads[0][3] + quads[0][5] + quads[0][7]) / 4;
      const hit = await call(function hits(px, py, el) {
        const at = this.elementFromPoint(px, py);
        const labelled = [...(el.labels ?? [])].some((label) => label.contains(at));
        return at === el || el.contains(at) || labelled ? '' : (at?.outerHTML ?? 'nothing').slice(0, 120);
      }, [x, y, target]);
      if (hit) throw new Error(`${selector} inside the widget is covered by ${hit}`);
      const steps = [['mouseMoved', 'none', 0, 0], ['mousePressed', 'left', 1, 1], ['mouseReleased', 'left', 0, 1]];
      for (const [type, button, buttons, clickCount] of steps) {
        await cdp.send('Input.dispatchMouseEvent', { type, x, y, button, buttons, clickCount });
      }
    } finally {
      await release(target);
    }
  }

  /** A key pressed and released, as the keyboard sends it: `key` is a name such as 'a',
   *  'Delete', 'Tab'; `modifiers` is CDP's bit mask (2 is Control). */
  async function key(name, { code = name, keyCode = name.toUpperCase().charCodeAt(0), modifiers = 0, commands } = {}) {
    await cdp.send('Input.dispatchKeyEvent', { type: 'rawKeyDown', key: name, code, windowsVirtualKeyCode: keyCode, modifiers, commands });
    await cdp.send('Input.dispatchKeyEvent', { type: 'keyUp', key: name, code, windowsVirtualKeyCode: keyCode, modifiers });
  }

  return {
    click,
    /** Clicks the field, selects what it holds and types `text` over it. */
    async fill(selector, text) {
      await click(selector);
      await key('a', { code: 'KeyA', keyCode: 65, modifiers: 2, commands: ['selectAll'] });
      if (String(text) === '') await key('Delete', { keyCode: 46 });
      else await cdp.send('Input.insertText', { text: String(text) });
    },
    /** Waits until `selector` matches inside the widget. */
    async waitFor(selector) {
      await release(await element(selector));
    },
    count: (selector) => call(function count(sel) { return this.querySelectorAll(sel).length; }, [selector]),
    exists: (selector) => call(function exists(sel) { return this.querySelector(sel) !== null; }, [selector]),
    text: async (selector) => {
      const target = await element(selector);
      try {
        return await call(function text(el) { return el.innerText; }, [target]);
      } finally {
        await release(target);
      }
    },
    attribute: (selector, name) => call(function attribute(sel, attr) { return this.querySelector(sel)?.getAttribute(attr) ?? null; }, [selector, name]),
    checked: (selector) => call(function checked(sel) { return Boolean(this.querySelector(sel)?.checked); }, [selector]),
    /** Whether the widget's focused element matches `selector`. */
    focused: (selector) => call(function focused(sel) { return this.activeElement?.matches(sel) ?? false; }, [selector]),
    /** `fn(elements)` on every element `selector` matches, in the page; returns its value. */
    all: (selector, fn) => call(`function all(sel) { return (${fn})([...this.querySelectorAll(sel)]); }`, [selector]),
    /** `fn(element, ...args)` on the first element `selector` matches, in the page. */
    one: (selector, fn, ...args) => call(`function one(sel, ...args) { return (${fn})(this.querySelector(sel), ...args); }`, [selector, ...args]),
    /** Waits (10 s at most) until `fn(root, ...args)` is true, checked after each change. */
    until: (fn, ...args) => call(`function until(...args) {
      const test = () => (${fn})(this, ...args);
      return new Promise((resolve, reject) => {
        if (test()) { resolve(true); return; }
        const observer = new MutationObserver(() => {
          if (test()) { observer.disconnect(); clearTimeout(timer); resolve(true); }
        });
        const timer = setTimeout(() => { observer.disconnect(); reject(new Error('inside the widget, never: ' + ${JSON.stringify(String(fn))})); }, 10000);
        observer.observe(this, { subtree: true, childList: true, attributes: true, characterData: true });
      });
    }`, args),
    /** `fn(root, ...args)` with the closed root itself, in the page. */
    evaluate: (fn, ...args) => call(`function evaluate(...args) { return (${fn})(this, ...args); }`, args),
    /** axe-core's violations inside the widget, with the same rules as every other axe run.
     *  axe walks into shadow roots through `element.shadowRoot` (its tree, its layout grid
     *  for colour contrast, its elements at a point), which a closed root does not answer:
     *  for the run alone, the element's own `shadowRoot` property hands axe the real root, as
     *  an open root would, and is deleted after. (axe set up on the root's top element
     *  instead finds buttons without names but cannot work out any colour contrast.) */
    async axe() {
      await root();
      await page.evaluate(AXE_SOURCE);
      const results = await call(async function runAxe(element, options) {
        const shadow = this;
        Object.defineProperty(element, 'shadowRoot', { configurable: true, get: () => shadow });
        try {
          return await window.axe.run(element, options);
        } finally {
          delete element.shadowRoot;
        }
      }, [{ objectId: hostId }, AXE_OPTIONS]);
      return describeViolations(results);
    },
  };
}
