// The clinic widget: a host page on one loopback origin loads <backstep-checker> from a
// second one (another port), as a clinic's site loads it from backstep's host. The widget's
// shadow root is closed, so the tests reach inside it through the DevTools Protocol
// (`widgetInside` in support.mjs), never through the host page's own DOM.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { axeViolations as axe, caseById, DEMO_ORIGIN, recordConsole, startClinicSites, widgetInside } from './support.mjs';
import { answerPageMildly, answerQuestionnaire, readResult } from './drive.mjs';


let browser;
let widgetServer;
let hostServer;
let hostRoot;
let widgetOrigin;

let sites;

before(async () => {
  sites = await startClinicSites({ prefix: 'backstep-host-', demo: true });
  ({ backstep: widgetServer, host: hostServer, hostRoot, browser } = sites);
  widgetOrigin = new URL(widgetServer.url).origin;
});

after(() => sites?.close());

/** A host page of our own, with the demo's strict policy (or `policy`), `body`, and the
 *  host's own classic `script` (a file of the host's origin) before the widget's. */
function hostPage(name, body, { policy, css = '', script = '' } = {}) {
  const csp = policy ?? `default-src 'self'; script-src 'self' ${DEMO_ORIGIN} 'wasm-unsafe-eval'; connect-src 'self' ${DEMO_ORIGIN}; style-src 'self'; img-src 'self'`;
  writeFileSync(join(hostRoot, name), `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${csp}">
<title>${name}</title>${css ? `<link rel="stylesheet" href="${css}">` : ''}${script ? `<script src="${script}"></script>` : ''}
<script type="module" src="${DEMO_ORIGIN}/widget.js"></script></head>
<body><main><p class="intro">A clinic page.</p>${body}</main></body></html>`);
  return new URL(name, hostServer.url).href;
}

async function open(url, options = {}) {
  const context = await browser.newContext(options);
  context.setDefaultTimeout(10000);
  const page = await context.newPage();
  const seen = recordConsole(page);
  await page.goto(url);
  return { context, page, seen };
}

/** The inside of the widget `selector` names, once the app is mounted in it. */
async function mounted(page, selector = 'backstep-checker') {
  const inside = await widgetInside(page, selector);
  await inside.waitFor('.backstep-root[data-mounted]');
  return inside;
}

test('the demo clinic page loads the widget from another origin, and a whole questionnaire completes inside it', async () => {
  const { context, page, seen } = await open(new URL('clinic.html', hostServer.url).href);
  const inside = await mounted(page);
  // The host page's own scripts cannot reach in: the root is closed, and page-level selectors stop at the element.
  assert.equal(await page.locator('backstep-checker').evaluate((el) => el.shadowRoot), null);
  assert.equal(await page.locator('backstep-checker button').count(), 0);
  const { outcome } = await answerQuestionnaire(page, caseById('dev-013').answers, { inside });
  assert.equal(outcome, 'result');
  const shown = await readResult(page, { inside });
  assert.equal(shown.level, 'routine');
  assert.equal(shown.nextStep, 2);
  // services="physical_therapy ...": the physical therapy card says it is offered here.
  assert.equal(await inside.count('.option-card[data-option="physical_therapy"] .offered'), 1);
  assert.equal(await inside.count('.option-card[data-option="acupuncture"] .offered'), 0);
  assert.match(await inside.text('.clinic'), /Sunrise Spine Clinic/);
  assert.equal(await inside.attribute('.clinic a[href^="tel:"]', 'href'), 'tel:+15550100199');
  // A guest keeps nothing on the clinic's site: no offer to keep the answers, no diary.
  assert.equal(await inside.count('section.keep'), 0);
  assert.deepEqual(seen.errors, [], 'no console error');
  // Nothing of the answers reaches the host page: the element's attributes are the clinic's.
  const attributes = await page.locator('backstep-checker').evaluate((el) => el.getAttributeNames().sort());
  assert.deepEqual(attributes, ['accent', 'booking-url', 'clinic-name', 'emergency-number', 'id', 'lang', 'phone', 'services']);
  assert.equal(await page.evaluate(() => localStorage.length + sessionStorage.length), 0);
  await context.close();
});

/** Computed styles of a few elements inside the widget, and of the host's own paragraph. */
async function styles(inside) {
  return inside.evaluate((shadow) => {
    const pick = (element, names) => Object.fromEntries(names.map((n) => [n, getComputedStyle(element)[n]]));
    const text = ['fontFamily', 'fontSize', 'fontStyle', 'color', 'lineHeight', 'letterSpacing', 'textTransform', 'textAlign'];
    const box = ['paddingTop', 'paddingLeft', 'marginTop', 'borderTopWidth', 'borderTopStyle', 'backgroundColor'];
    return {
      heading: pick(shadow.querySelector('h1'), [...text, ...box]),
      lead: pick(shadow.querySelector('.lead'), [...text, ...box]),
      start: pick(shadow.querySelector('button.begin'), [...text, ...box]),
      signs: pick(shadow.querySelector('.warning-signs li'), text),
    };
  });
}

test("the host's hostile CSS does not change the widget, and the widget does not change the host", async () => {
  const body = '<backstep-checker lang="en"></backstep-checker>';
  const plain = await open(hostPage('plain.html', body));
  const plainInside = await mounted(plain.page);
  const hostile = await open(hostPage('hostile.html', body, { css: 'clinic.css' }));
  const hostileInside = await mounted(hostile.page);
  assert.deepEqual(await styles(hostileInside), await styles(plainInside), 'the widget looks the same on both pages');
  // The hostile CSS did apply to the host page itself.
  assert.match(await hostile.page.locator('.intro').evaluate((p) => getComputedStyle(p).fontFamily), /Comic Sans|Courier|cursive|monospace/);

  const hostStyle = (page) => page.locator('.intro').evaluate((p) => {
    const style = getComputedStyle(p);
    return [style.fontFamily, style.color, style.fontSize, style.lineHeight, style.padding, style.margin].join(' | ');
  });
  const without = await open(hostPage('without.html', ''), {});
  assert.equal(await hostStyle(plain.page), await hostStyle(without.page), "the widget's CSS does not leak into the host page");
  for (const opened of [plain, hostile, without]) await opened.context.close();
});

test('two widgets on one page, in two languages, are answered independently', async () => {
  const { context, page } = await open(hostPage('two.html',
    '<backstep-checker id="one" lang="en"></backstep-checker><backstep-checker id="two" lang="es"></backstep-checker>'));
  const one = await mounted(page, '#one');
  const two = await mounted(page, '#two');
  assert.equal(await one.text('h1'), 'Check your back pain');
  assert.equal(await two.text('h1'), 'Evalúe su dolor de espalda');
  await one.click('button.begin');
  await one.waitFor('#page-title');
  await answerPageMildly(page, { inside: one });
  assert.equal(await two.count('button.begin'), 1, 'the second widget is still on its start screen');
  await two.click('button.begin');
  await two.click('input[name="tearing_pain"][value="yes"]');
  assert.equal(await two.count('.emergency'), 1, 'the second widget shows its emergency');
  assert.equal(await one.count('.emergency'), 0, 'the first does not');
  assert.equal(await one.checked('input[name="tearing_pain"][value="no"]'), true);
  await context.close();
});

test('each bad setting gives one warning naming it and the default is used; markup in clinic-name is text', async () => {
  const name = `<img src=x onerror=alert(1)>${'N'.repeat(90)}`;
  const { context, page, seen } = await open(hostPage('bad.html', `<backstep-checker lang="fr"
      clinic-name="${name.replaceAll('<', '&lt;').replaceAll('>', '&gt;')}" phone="call us now!!" emergency-number="12345678"
      booking-url="http://clinic.example/book" accent="#ffff66" services="physical_therapy magnets"></backstep-checker>`));
  const inside = await mounted(page);
  const warned = (setting) => seen.warnings.filter((w) => w.includes(`the ${setting} setting`));
  for (const setting of ['lang', 'clinic-name', 'phone', 'emergency-number', 'booking-url', 'accent', 'services']) {
    assert.equal(warned(setting).length, 1, `one warning for ${setting}: ${seen.warnings}`);
  }
  assert.match(warned('accent')[0], /4\.5:1/, 'a pale accent is refused for its contrast');
  assert.match(warned('services')[0], /magnets/);
  // Defaults: English (the browser's), 911, no phone link, no booking link, no accent.
  assert.equal(await inside.text('h1'), 'Check your back pain');
  assert.equal(await inside.attribute('.emergency-number a', 'href'), 'tel:911');
  assert.equal(await inside.count('.clinic a'), 0);
  assert.equal(await inside.one('button.begin', (b) => getComputedStyle(b).backgroundColor), 'rgb(11, 95, 115)');
  // The name, cut to 80 characters, is text: no element was made from it.
  const shownName = await inside.text('.clinic-name strong');
  assert.equal(shownName.length, 80);
  assert.ok(shownName.startsWith('<img src=x'), shownName);
  assert.equal(await inside.count('img'), 0);
  await context.close();
});

test('changing an attribute on a live widget updates it, with one warning for a bad new value', async () => {
  const { context, page, seen } = await open(hostPage('live.html', '<backstep-checker lang="en" clinic-name="First Clinic"></backstep-checker>'));
  const inside = await mounted(page);
  await page.locator('backstep-checker').evaluate((el) => { el.setAttribute('lang', 'es'); el.setAttribute('clinic-name', 'Second Clinic'); });
  await inside.until((root) => root.querySelector('h1')?.textContent === 'Evalúe su dolor de espalda');
  assert.match(await inside.text('.clinic-name'), /Second Clinic/);
  await page.locator('backstep-checker').evaluate((el) => el.setAttribute('emergency-number', 'abc'));
  await page.waitForFunction(() => true);
  assert.equal(seen.warnings.filter((w) => w.includes('emergency-number')).length, 1);
  await context.close();
});

test('a widget moved on its page keeps its one closed root, its screen and its answers', async () => {
  const { context, page } = await open(hostPage('moved.html', '<div id="from"><backstep-checker lang="en"></backstep-checker></div><div id="to"></div>'));
  const thrown = [];
  page.on('pageerror', (error) => thrown.push(String(error)));
  const inside = await mounted(page);
  await inside.click('button.begin');
  await inside.click('input[name="tearing_pain"][value="no"]');
  // Moving runs connectedCallback again: the element must not try to attach a second root.
  await page.evaluate(() => document.querySelector('#to').append(document.querySelector('backstep-checker')));
  assert.equal(await inside.checked('input[name="tearing_pain"][value="no"]'), true);
  await inside.click('input[name="chest_pain"][value="no"]');
  assert.equal(await inside.checked('input[name="chest_pain"][value="no"]'), true);
  assert.deepEqual(thrown, []);
  await context.close();
});

test("the widget keeps its own step stack and Back button, and leaves the host page's history and address alone", async () => {
  const { context, page } = await open(hostPage('steps.html', '<p>Clinic</p><backstep-checker lang="en"></backstep-checker>'));
  const inside = await mounted(page);
  const url = page.url();
  const length = await page.evaluate(() => history.length);
  await inside.click('button.begin');
  await inside.click('button.none-of-these');
  await inside.waitFor('#q-saddle_numbness');
  await inside.click('input[name="saddle_numbness"][value="no"]');
  await inside.click('form .actions button:not(.primary)');
  await inside.waitFor('#q-tearing_pain');
  assert.equal(await inside.checked('input[name="tearing_pain"][value="no"]'), true, 'the earlier step, answered');
  await inside.click('form button[type="submit"]');
  await inside.waitFor('#q-saddle_numbness');
  assert.equal(await inside.checked('input[name="saddle_numbness"][value="no"]'), true, 'and the later one');
  assert.equal(await page.evaluate(() => history.length), length, 'no history entry on the host page');
  assert.equal(page.url(), url, "the host's address is untouched");
  await context.close();
});

test('the iframe page, framed by a clinic, takes the same settings from its query, and rejects the same bad values', async () => {
  const query = new URLSearchParams({
    lang: 'es', 'clinic-name': 'Clínica Norte', phone: '+52 55 1234 5678', accent: 'yellow', services: 'massage unicorns',
  });
  // Framed: opened on its own, embed.html ignores clinic settings (embed.test.mjs).
  const policy = `default-src 'self'; script-src 'self' ${DEMO_ORIGIN} 'wasm-unsafe-eval'; connect-src 'self' ${DEMO_ORIGIN}; frame-src ${DEMO_ORIGIN}`;
  const { context, page, seen } = await open(hostPage('framed.html', `<iframe src="${DEMO_ORIGIN}/embed.html?${query}" title="Back pain check" width="800" height="900"></iframe>`, { policy }));
  const frame = await (await page.waitForSelector('iframe')).contentFrame();
  await frame.waitForSelector('#app[data-mounted]');
  assert.equal(await frame.locator('h1').innerText(), 'Evalúe su dolor de espalda');
  assert.match(await frame.locator('.clinic').innerText(), /Clínica Norte/);
  assert.equal(seen.warnings.filter((w) => w.includes('the accent setting')).length, 1, 'a pale accent is refused');
  assert.equal(seen.warnings.filter((w) => w.includes('the services setting')).length, 1);
  const { outcome } = await answerQuestionnaire(frame, caseById('dev-014').answers);
  assert.equal(outcome, 'result');
  assert.equal(await frame.locator('.option-card[data-option="massage"] .offered').count(), 1);
  assert.equal(await frame.locator('section.keep').count(), 0, 'framed: nothing is kept');
  assert.deepEqual(seen.errors, []);
  await context.close();
});

test('axe-core finds no violation inside the widget, its closed root included, on its start, emergency and question screens', async () => {
  const { context, page } = await open(new URL('clinic.html', hostServer.url).href);
  const inside = await mounted(page);
  assert.deepEqual(await inside.axe(), [], 'widget start screen');
  await answerQuestionnaire(page, caseById('dev-002').answers, { inside });
  assert.deepEqual(await inside.axe(), [], 'widget emergency panel');
  await inside.click('button.acknowledge');
  await answerPageMildly(page, { inside });
  assert.deepEqual(await inside.axe(), [], 'widget warning-signs page, answered');
  // axe sees into the closed root for real: a nameless button and pale text put there are found.
  await inside.evaluate((root) => {
    const planted = document.createElement('div');
    planted.id = 'planted';
    const text = document.createElement('p');
    text.textContent = 'Pale text';
    text.style.color = '#cccccc';
    planted.append(document.createElement('button'), text);
    root.querySelector('.backstep-root').append(planted);
  });
  const found = await inside.axe();
  await inside.evaluate((root) => root.querySelector('#planted').remove());
  assert.ok(found.some((v) => v.startsWith('button-name')), `a nameless button is found: ${found}`);
  assert.ok(found.some((v) => v.startsWith('color-contrast')), `pale text is found: ${found}`);
  assert.deepEqual(await axe(page), [], 'the host page around the widget');
  await context.close();
});

test('axe-core finds no violation on the widget\'s result or on the iframe page', async () => {
  const { context, page } = await open(new URL('clinic.html', hostServer.url).href);
  const inside = await mounted(page);
  await answerQuestionnaire(page, caseById('dev-015').answers, { inside });
  assert.deepEqual(await inside.axe(), [], 'widget result');
  const iframe = await open(`${widgetServer.url}embed.html?lang=en&clinic-name=Clinic`);
  await iframe.page.waitForSelector('#app[data-mounted]');
  assert.deepEqual(await axe(iframe.page, null), [], 'iframe page');
  await iframe.context.close();
  await context.close();
});

test('printing from the widget prints the summary alone, not the host page', async () => {
  const { context, page } = await open(new URL('clinic.html', hostServer.url).href);
  await page.evaluate(() => { window.print = () => { window.printed = true; }; });
  const inside = await mounted(page);
  await answerQuestionnaire(page, caseById('dev-013').answers, { inside });
  await inside.click('.actions button.primary');
  assert.equal(await page.evaluate(() => window.printed), true);
  await page.emulateMedia({ media: 'print' });
  assert.equal(await page.locator('.intro').isVisible(), false, "the host's text is not printed");
  assert.equal(await page.locator('.masthead').isVisible(), false);
  const visible = (element) => element.checkVisibility() && element.getBoundingClientRect().height > 0;
  assert.equal(await inside.one('.summary', visible), true, 'the summary is');
  assert.equal(await inside.one('.advice', visible), false, 'the screen view is not');
  await context.close();
});

test("a host CSP that blocks the wasm leaves the warning signs as text and one console error naming the directive", async () => {
  const policy = `default-src 'self'; script-src 'self' ${DEMO_ORIGIN}; connect-src 'self' ${DEMO_ORIGIN}; style-src 'self'`;
  const { context, page, seen } = await open(hostPage('nowasm.html', '<backstep-checker lang="en"></backstep-checker>', { policy }));
  const inside = await widgetInside(page);
  await inside.waitFor('.warning-signs li');
  assert.match(await inside.text('.warning-signs'), /numbness between your legs/);
  const ours = seen.errors.filter((e) => e.startsWith('backstep:'));
  assert.equal(ours.length, 1, `one error: ${seen.errors}`);
  assert.match(ours[0], /'wasm-unsafe-eval'/);
  assert.match(ours[0], /script-src/);
  await context.close();
});

// The host's own script, as an analytics or session-replay script would listen: on document
// and window, in the capture and the bubble phase, for everything a person's pointer and
// keyboard make, and for the events the app dispatches for itself. It keeps what a listener
// can read: the type, the target and the composed path (each node named, with whether it is
// in the page's own tree), the related target, and what the event carries.
const SPY = `// A host page's listener on everything: what it can read of the widget.
window.seenByHost = [];
const TYPES = ['click', 'dblclick', 'auxclick', 'input', 'beforeinput', 'change', 'keydown', 'keyup', 'keypress',
  'focus', 'blur', 'focusin', 'focusout', 'pointerdown', 'pointerup', 'mousedown', 'mouseup', 'submit', 'reset',
  'invalid', 'select', 'toggle', 'backstep:print', 'backstep:check-for-update', 'backstep:apply-update'];
const name = (node) => {
  if (node === null || node === undefined) return null;
  if (node === window) return { name: 'window', light: true };
  if (node === document) return { name: 'document', light: true };
  const attributes = node.attributes ? [...node.attributes].map((a) => a.name + '=' + a.value).join(' ') : '';
  return { name: (node.localName ?? node.nodeName) + (attributes ? ' ' + attributes : ''), light: node.getRootNode() === document,
    dataset: node.dataset ? { ...node.dataset } : {}, own: Object.getOwnPropertyNames(node) };
};
for (const [where, target] of [['document', document], ['window', window]]) {
  for (const capture of [true, false]) {
    for (const type of TYPES) {
      target.addEventListener(type, (event) => {
        window.seenByHost.push({
          type, where, phase: capture ? 'capture' : 'bubble',
          target: name(event.target), path: event.composedPath().map(name), related: name(event.relatedTarget ?? null),
          detail: event.detail === undefined || typeof event.detail === 'number' ? null : String(event.detail),
          key: event.key ?? null, data: event.data ?? null, active: name(document.activeElement),
        });
      }, { capture });
    }
  }
}
`;

/** What a host page can read of itself: its own tree (closed shadow roots are not part of
 *  its serialisation), the widget element's attributes, dataset and own properties. */
const hostView = (page) => page.evaluate(() => {
  const host = document.querySelector('backstep-checker');
  return {
    html: document.documentElement.outerHTML,
    attributes: host.getAttributeNames().map((n) => `${n}=${host.getAttribute(n)}`),
    dataset: { ...host.dataset },
    own: Object.getOwnPropertyNames(host),
    shadowRoot: host.shadowRoot,
    title: document.title,
  };
});

/**
 * A host page with the spy, and a person answering red flags in its widget: the emergency
 * answer (saddle numbness), on past the panel, a fever, an age and a duration typed, on to
 * the result; by pointer (clicks at the radios' places) or by keyboard alone (Tab, arrows,
 * Space). Returns what the host's listeners heard, and what the host could read of itself
 * before and after.
 */
async function spiedOn(keyboard) {
  writeFileSync(join(hostRoot, 'spy.js'), SPY);
  const { context, page, seen } = await open(hostPage('spy.html', `<backstep-checker id="checker" lang="en"
      clinic-name="Sunrise Spine Clinic" phone="+1 (555) 010-0199" emergency-number="911"
      services="physical_therapy"></backstep-checker>`, { script: 'spy.js' }));
  const inside = await mounted(page);
  const before = await hostView(page);
  const stolen = await page.evaluate(() => {
    try {
      return document.querySelector('backstep-checker').attachInternals().shadowRoot ? 'the root' : 'no root';
    } catch (error) {
      return error.name;
    }
  });
  const answers = { saddle_numbness: 'yes', bladder_change: 'yes', fever: 'yes', age: 47, duration_weeks: 3 };
  const { outcome, interruptions } = await answerQuestionnaire(page, answers, { inside, keyboard, readOnPastEmergency: true });
  const level = await inside.attribute('.advice', 'data-level');
  const events = await page.evaluate(() => window.seenByHost);
  const after = await hostView(page);
  await context.close();
  return { outcome, interruptions, level, events, before, after, stolen, errors: seen.errors };
}

for (const keyboard of [false, true]) {
  test(`the host page's listeners never see inside the widget while red flags are answered (${keyboard ? 'keyboard' : 'pointer'})`, async () => {
    const { outcome, interruptions, level, events, before, after, stolen, errors } = await spiedOn(keyboard);
    assert.equal(outcome, 'result');
    assert.ok(interruptions.includes('saddle_numbness'), 'saddle numbness brought up the emergency panel');
    assert.equal(level, 'emergency');
    assert.deepEqual(errors, []);

    const types = new Set(events.map((e) => e.type));
    // The listeners did hear the person, in both phases, on document and window.
    const heard = keyboard
      ? ['keydown', 'keyup', 'focusin', 'focusout', 'input', 'beforeinput', 'click']
      : ['click', 'pointerdown', 'pointerup', 'mousedown', 'mouseup', 'keydown', 'keyup', 'focusin', 'focusout', 'input', 'beforeinput'];
    for (const type of heard) {
      for (const where of ['document', 'window']) {
        for (const phase of ['capture', 'bubble']) {
          assert.ok(events.some((e) => e.type === type && e.where === where && e.phase === phase), `the host heard ${type} on ${where} (${phase})`);
        }
      }
    }
    // Events that are not composed never leave the widget: no change, no submit, none of its own.
    for (const type of ['change', 'submit', 'reset', 'invalid', 'select', 'toggle', 'backstep:print', 'backstep:check-for-update', 'backstep:apply-update']) {
      assert.ok(!types.has(type), `the host never heard ${type}`);
    }
    for (const event of events) {
      const what = `${event.type} on ${event.where} (${event.phase})`;
      // Retargeting: the target is the element itself (or, before focus enters it, the body),
      // and the composed path starts there: [host, ..., document, window].
      assert.match(event.target.name, /^(backstep-checker id=checker|body|html|document|window)\b/, `${what}: target ${event.target.name}`);
      for (const node of event.path) assert.equal(node.light, true, `${what}: ${node.name} in the composed path is inside the widget`);
      if (event.path.length) assert.equal(event.path[0].name, event.target.name, `${what}: the path starts at the target`);
      if (event.related) assert.equal(event.related.light, true, `${what}: related target ${event.related.name}`);
      if (event.active) assert.equal(event.active.light, true, `${what}: document.activeElement is ${event.active.name}`);
      if (event.target.name.startsWith('backstep-checker')) {
        assert.deepEqual(event.target.dataset, {}, `${what}: the element has no dataset`);
        assert.deepEqual(event.target.own, [], `${what}: the element has no properties of its own`);
      }
    }
    for (const type of ['click', 'input', 'beforeinput', 'pointerdown', 'pointerup']) {
      for (const event of events.filter((e) => e.type === type)) {
        assert.match(event.target.name, /^backstep-checker id=checker\b/, `${type}: the target is the widget element itself`);
      }
    }
    // Nothing a listener reads names a question, an answer or a result.
    const readable = JSON.stringify(events.map(({ key, data, ...rest }) => rest));
    for (const word of ['saddle', 'numbness', 'bladder', 'fever', 'yes', 'cauda', 'q-', 'level', 'value=', 'checked']) {
      assert.ok(!readable.includes(word), `a host listener could read "${word}"`);
    }
    // The host page's own tree, the element's attributes and properties are as they were,
    // and nothing the host can call hands it the root.
    assert.deepEqual(after, before, 'the host page is unchanged by the answers');
    assert.equal(before.shadowRoot, null, 'element.shadowRoot gives the host nothing');
    assert.equal(stolen, 'NotSupportedError', 'nor does ElementInternals, whose shadowRoot would hand out a closed root');
    // What docs/widget.md says a host script still gets, as from any field on its page: the keys
    // pressed and the text typed (here the age) reach its keyboard and input listeners.
    assert.ok(events.some((e) => e.type === 'beforeinput' && (e.data === '47' || e.data === '4')), 'typed text is an input event\'s data');
  });
}
