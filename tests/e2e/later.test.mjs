// The later screens' modules (src/ui/later.rs, scripts/split.mjs), and their words (each
// language's later part, lang-<tag>-later-<hash>.txt, scripts/languages.mjs): they load in the
// background once the first question is on screen, not before; a person who gets to a later
// screen first sees "Loading…", never a blank; and a module that cannot load (the network
// failing, a file changed on the server) leaves a clear state in the person's language: what
// happened, that the answers are kept, the emergency warning signs with the number to call,
// and "Try again", which loads it once it can be loaded; both screens pass axe-core. Each
// module, and the later words, is blocked in turn by a Playwright route. These are first visits, where nothing is cached yet: the bundle is served
// without its service worker, which would otherwise fetch every module into its cache, past
// the page's routes, and answer the page from there.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { axeViolations, DIST, launch, waitForApp, watch } from './support.mjs';
import { answerPageMildly, MILDEST } from './drive.mjs';
import { startServer } from '../../scripts/static-server.mjs';

const bundle = { server: null, browser: null, root: null };
before(async () => {
  bundle.root = mkdtempSync(join(tmpdir(), 'backstep-later-'));
  cpSync(DIST, bundle.root, { recursive: true });
  rmSync(join(bundle.root, 'sw.js'));
  bundle.server = await startServer({ root: bundle.root });
  bundle.browser = await launch();
});
after(async () => {
  await bundle.browser?.close();
  await bundle.server?.close();
  rmSync(bundle.root, { recursive: true, force: true });
});

/** The start page's split modules, by file name. */
const MODULES = readdirSync(DIST).filter((name) => /^backstep-split-.+-[0-9a-f]{16}\.wasm$/.test(name));

/** The later words of the language `tag`, as a URL path's end. */
const laterWords = (tag) => new RegExp(`/lang-${tag}-later-[0-9a-f]{16}\\.txt$`);

/** Each part of the later screens that loads on its own: its name, and whether a URL (on a
 *  page in language `tag`) is its file. */
const PARTS = [
  ...MODULES.map((module) => ({ name: module.replace(/-[0-9a-f]{16}/, ''), matches: (url) => url.pathname.endsWith(module) })),
  { name: 'the later words', matches: (url, tag) => laterWords(tag).test(url.pathname) },
];

/** What the app says in the console when a screen asks for a later word before the later
 *  words came (`later_words` in src/ui/mod.rs): a start screen that shows a blank. */
const TOO_EARLY = /a later word was asked for before the later words came/;

/** A language's catalogue, as the app reads it: { key: text }. */
function catalogue(tag) {
  const file = fileURLToPath(new URL(`../../lang/${tag}.txt`, import.meta.url));
  return Object.fromEntries(readFileSync(file, 'utf8').split('\n')
    .filter((line) => line.includes(' = ') && !line.startsWith('#'))
    .map((line) => [line.slice(0, line.indexOf(' = ')).trim(), line.slice(line.indexOf(' = ') + 3).trim()]));
}

/** A first visit on a phone, the service worker kept out, the app mounted. */
async function firstVisit(locale = 'en-US', routes = async () => {}) {
  const context = await bundle.browser.newContext({ viewport: { width: 360, height: 740 }, locale });
  context.setDefaultTimeout(15000);
  const page = await context.newPage();
  const seen = await watch(page);
  await routes(page);
  await page.goto(bundle.server.url);
  await waitForApp(page);
  return { context, page, seen };
}

/** Answers every page mildly until a later screen, or the could-not-load state, is reached. */
async function answerToTheEnd(page) {
  await page.click('button.begin');
  for (let step = 0; step < 20; step += 1) {
    await page.waitForSelector('#page-title, #check-title, #later-failed-title, .later-loading');
    if ((await page.locator('#page-title').count()) === 0) return;
    const title = await page.locator('#page-title').innerText();
    await answerPageMildly(page);
    await page.click('form button[type="submit"]');
    // The next page, or a later screen.
    await page.waitForFunction((before) => document.querySelector('#page-title')?.innerText !== before, title);
  }
  throw new Error('never got past the questions');
}

test('the build splits out at least one later module, and the start page names none of them before it needs them', () => {
  assert.ok(MODULES.length >= 1, `split modules in dist: ${MODULES.join(', ')}`);
  const index = readFileSync(join(DIST, 'index.html'), 'utf8');
  for (const module of MODULES) assert.ok(!index.includes(module), `index.html does not preload ${module}`);
});

test('the later modules and the later words load once the first question is on screen, not on the start screen', async () => {
  const { context, page, seen } = await firstVisit();
  // A while on the start screen: nothing of the later screens is fetched.
  await page.waitForTimeout(500);
  const isLater = (url) => PARTS.some((part) => part.matches(new URL(url), 'en'));
  assert.deepEqual(seen.requests.filter(isLater), [], 'no later module and no later words fetched on the start screen');
  assert.ok(seen.requests.some((url) => /\/lang-en-[0-9a-f]{16}\.txt$/.test(url)), 'the first words are fetched at start-up');
  const fetched = Promise.all(PARTS.map((part) => page.waitForResponse((response) => part.matches(new URL(response.url()), 'en'))));
  await page.click('button.begin');
  await page.locator('#page-title').waitFor();
  const responses = await fetched;
  assert.deepEqual(responses.map((response) => response.status()), PARTS.map(() => 200));
  assert.ok(!seen.requests.some((url) => /\/lang-es-/.test(url)), 'nothing of the other language');
  // (The console has the service worker's 404, which this copy of the bundle leaves out.)
  assert.deepEqual(seen.pageErrors, []);
  assert.deepEqual(seen.cspViolations, []);
  await context.close();
});

test('a person who reaches a later screen before its module says "Loading…" in their language, then sees the screen', async () => {
  for (const [locale, tag] of [['en-US', 'en'], ['es-MX', 'es']]) {
    let release;
    const held = new Promise((resolve) => { release = resolve; });
    const { context, page } = await firstVisit(locale, (page) => page.route(/-split-.+\.wasm$/, async (route) => {
      await held;
      await route.continue();
    }));
    await answerToTheEnd(page);
    const loading = page.locator('.later-loading [role="status"]');
    await loading.waitFor();
    assert.equal(await loading.innerText(), catalogue(tag).later_loading, `${tag}: the loading words`);
    assert.deepEqual(await axeViolations(page), [], `${tag}: the loading screen passes axe-core`);
    release();
    await page.locator('#check-title').waitFor();
    await context.close();
  }
});

for (const part of PARTS) {
  for (const [how, block] of [
    ['the network failing', (route) => route.abort('internetdisconnected')],
    ['its file changed on the server', async (route) => {
      const response = await route.fetch();
      const body = Buffer.from(await response.body());
      body[body.length - 1] ^= 0xff;
      await route.fulfill({ response, body });
    }],
  ]) {
    test(`${part.name} with ${how}: a clear state in the person's language, answers kept, and Try again loads it`, async () => {
      for (const [locale, tag] of [['en-US', 'en'], ['es-ES', 'es']]) {
        const words = catalogue(tag);
        const matches = (url) => part.matches(url, tag);
        const { context, page, seen } = await firstVisit(locale, (page) => page.route(matches, block));
        const number = await page.locator('.emergency-number a.tel').innerText();
        await answerToTheEnd(page);
        const failed = page.locator('.later-failed');
        await failed.waitFor();
        assert.equal(await page.locator('#later-failed-title').innerText(), words.later_failed_title, `${tag}: the heading`);
        const text = await failed.innerText();
        assert.ok(text.includes(words.later_failed_text), `${tag}: what happened and what to do`);
        assert.ok(text.includes(words.later_answers_kept), `${tag}: the answers are kept`);
        const signs = await failed.locator('.warning-signs li').allInnerTexts();
        assert.deepEqual(signs, [1, 2, 3, 4, 5, 6, 7, 8].map((n) => words[`warning_signs.${n}`]), `${tag}: every warning sign`);
        assert.equal(await failed.locator('a.call').getAttribute('href'), `tel:${number}`, `${tag}: the number to call`);
        assert.equal(await page.locator('#later-failed-title').evaluate((heading) => heading === document.activeElement), true, `${tag}: focus on the heading`);
        assert.deepEqual(seen.pageErrors, [], `${tag}: no crash`);
        assert.deepEqual(seen.consoleErrors.filter((error) => TOO_EARLY.test(error)), [], `${tag}: no screen drawn so far asked for a later word`);
        assert.deepEqual(await axeViolations(page), [], `${tag}: the could-not-load screen passes axe-core`);

        // The connection is back: Try again loads the module, and every answer is still there.
        await page.unroute(matches, block);
        await failed.locator('button.try-again').click();
        await page.locator('#check-title').waitFor();
        const age = await page.locator('.check-row[data-question="age"] .answer').innerText();
        assert.match(age, new RegExp(`\\b${MILDEST.age}\\b`), `${tag}: the age answered is kept`);
        await page.click('.check .actions button.primary');
        await page.locator('#result-title').waitFor();
        assert.deepEqual(seen.cspViolations, [], `${tag}: no CSP violation`);
        await context.close();
      }
    });
  }
}

test('later words cut short, with digests that match them, are refused: the could-not-load state, never a result with blanks', async () => {
  const root = mkdtempSync(join(tmpdir(), 'backstep-later-cut-'));
  cpSync(bundle.root, root, { recursive: true });
  const file = readdirSync(root).find((name) => laterWords('en').test(`/${name}`));
  const whole = readFileSync(join(root, file), 'utf8');
  const cut = whole.split('\n').slice(0, 50).join('\n') + '\n';
  writeFileSync(join(root, file), cut);
  // Every start module names the file with its digest: the cut file's, so the fetch takes it.
  const digest = (text) => `sha384-${createHash('sha384').update(text).digest('base64')}`;
  for (const start of readdirSync(root).filter((name) => /^start-[0-9a-f]+\.js$/.test(name))) {
    const source = readFileSync(join(root, start), 'utf8');
    assert.ok(source.includes(digest(whole)), `${start} names the later words' digest`);
    writeFileSync(join(root, start), source.replace(digest(whole), digest(cut)));
  }
  const server = await startServer({ root });
  const context = await bundle.browser.newContext({ viewport: { width: 360, height: 740 }, locale: 'en-US' });
  const page = await context.newPage();
  const errors = [];
  page.on('console', (message) => { if (message.type() === 'warning' || message.type() === 'error') errors.push(message.text()); });
  await page.goto(server.url);
  await waitForApp(page);
  await answerToTheEnd(page);
  await page.locator('.later-failed').waitFor();
  assert.equal(await page.locator('#check-title').count(), 0, 'no Check your answers drawn without its words');
  assert.ok(errors.some((error) => /has 49 keys below the \[later\] line, but this build checked \d+/.test(error)), `the console names what was wrong: ${errors}`);
  await context.close();
  await server.close();
  rmSync(root, { recursive: true, force: true });
});

test('with the later words unreachable, the emergency panel has every word: each reason, what it may point to, and its sources', async () => {
  for (const [locale, tag] of [['en-US', 'en'], ['es-MX', 'es']]) {
    const words = catalogue(tag);
    const { context, page, seen } = await firstVisit(locale, (page) => page.route((url) => laterWords(tag).test(url.pathname), (route) => route.abort('internetdisconnected')));
    await page.click('button.begin');
    await page.waitForSelector('#page-title');
    // A bladder change: the emergency panel, before anything of the later screens is here.
    await page.locator('button.none-of-these').click();
    await page.locator('input[name="bladder_change"][value="yes"]').click();
    await page.waitForSelector('.emergency');
    const reasons = page.locator('.emergency li.reason');
    assert.ok((await reasons.count()) >= 1, `${tag}: the panel lists its reasons`);
    for (const reason of await reasons.all()) {
      const rule = await reason.getAttribute('data-rule');
      assert.equal(await reason.locator('.reason-text').innerText(), words[`reason.${rule}`], `${tag}: the reason of ${rule} in words`);
      for (const condition of await reason.locator('.reason-condition').allInnerTexts()) {
        assert.ok(condition.startsWith(words.condition_intro) && condition.length > words.condition_intro.length + 5, `${tag}: what ${rule} may point to: ${condition}`);
      }
      const sources = await reason.locator('.sources').innerText();
      assert.ok(sources.startsWith(words.sources_label) && sources.length > words.sources_label.length + 10, `${tag}: ${rule} carries its sources: ${sources}`);
    }
    assert.ok(seen.requests.some((url) => laterWords(tag).test(new URL(url).pathname)), `${tag}: the later words were asked for, and could not come`);
    assert.deepEqual(seen.consoleErrors.filter((error) => TOO_EARLY.test(error)), [], `${tag}: nothing on screen asked for a later word`);
    await context.close();
  }
});
