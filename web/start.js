// The one start function of every loader (loader.js, embed.js, widget.js): loads the JS glue
// and the wasm that sit next to this file, once per page, and calls the mount function the
// loader names. It also fetches the language files (lang/, one per language) for the wasm,
// which carries no words: the likely one beside the wasm, the other when the person switches. Resolving both against import.meta.url is what lets the widget, loaded from
// backstep's origin into a clinic's page, find its files on that origin.
//
// The build (scripts/runtime.mjs) copies this file to dist/start-<hash>.js and replaces each
// quoted __BACKSTEP_…__ placeholder below with its value, written as JSON.

/** The hashed JS glue, './backstep-<hash>.js'. */
const GLUE = '__BACKSTEP_GLUE__';
/** The hashed wasm, './backstep-<hash>_bg.wasm'. */
const WASM = '__BACKSTEP_WASM__';
/** The wasm's sha384 digest, 'sha384-…': a wasm changed on the server after the build is refused. */
const WASM_INTEGRITY = '__BACKSTEP_WASM_INTEGRITY__';

/** Each language's two files, by tag: { en: { first: { url: './lang-en-<hash>.txt', integrity:
 *  'sha384-…' }, later: { url: './lang-en-later-<hash>.txt', … } } }. The first holds the
 *  words of the start screen, the questions and the emergency panel; the later one those of
 *  the screens after the questions. The wasm carries no words: it asks for the part it needs
 *  through loadWords. */
const LANGUAGES = '__BACKSTEP_LANGUAGES__';

let loaded;
const words = new Map();

/** The text of one part ('first' or 'later') of a language's file, fetched once per page
 *  (a failed fetch is tried again the next time it is asked for: a switch, or "Try again",
 *  after the connection came back). */
export function loadWords(tag, part = 'first') {
  const key = `${tag} ${part}`;
  if (!words.has(key)) {
    const file = Object.hasOwn(LANGUAGES, tag) ? LANGUAGES[tag][part] : undefined;
    const text = file
      ? fetch(new URL(file.url, import.meta.url), { integrity: file.integrity }).then((response) => {
        if (!response.ok) throw new Error(`${file.url}: HTTP ${response.status}`);
        return response.text();
      })
      : Promise.reject(new Error(`backstep has no language ${tag} with a part ${part}`));
    text.catch(() => words.delete(key));
    words.set(key, text);
  }
  return words.get(key);
}

/** Starts the download of the language the app will most likely start in, beside the
 *  wasm's: the first of `chosen` (a host's or a query's choice) and the browser's languages
 *  that backstep speaks, else English (the rule of Language::from_browser in
 *  src/content/mod.rs). A wrong guess costs only time: the app asks for what it needs. */
export function preloadWords(chosen) {
  const primary = (tag) => String(tag ?? '').trim().split(/[-_]/)[0].toLowerCase();
  const tag = [chosen, ...(navigator.languages ?? [])].map(primary).find((one) => Object.hasOwn(LANGUAGES, one)) ?? 'en';
  loadWords(tag).catch(() => {});
}

/** The glue's exports, once the wasm is instantiated; the same promise for every caller. */
function load() {
  loaded ??= (async () => {
    // The wasm's download starts now, beside the glue's, rather than after it.
    const wasm = fetch(new URL(WASM, import.meta.url), { integrity: WASM_INTEGRITY });
    // If the glue fails first, the wasm's own failure is not an unhandled rejection.
    wasm.catch(() => {});
    const glue = await import(new URL(GLUE, import.meta.url).href);
    await glue.default({ module_or_path: wasm });
    glue.set_words_loader(loadWords);
    return glue;
  })();
  return loaded;
}

/**
 * Starts backstep: loads the glue and the wasm (once per page) and calls the glue's export
 * `mount` ('mount', 'mount_embedded' or 'mount_widget') with `args`, resolving to what it
 * returns. Rejects if anything could not be loaded; the caller says so in its own way.
 */
export async function start(mount, ...args) {
  const glue = await load();
  return glue[mount](...args);
}

/**
 * Starts backstep in a page of its own (index.html, embed.html) in the page's #app element.
 * A tap on the static start screen's Start button while the wasm loads (marked by
 * fallback.js, or here) presses the app's own Start button as soon as it is drawn. If it
 * cannot start (the wasm, or its words, could not be loaded), the page's static start screen,
 * with its emergency warning signs, stays, its #load-failed text says why it stays, and its
 * Start button and "Loading" go.
 */
export async function startPage(mount, ...args) {
  const app = document.getElementById('app');
  const early = document.getElementById('static-start');
  early?.addEventListener('click', () => early.setAttribute('data-tapped', ''));
  // The iframe page's language is its query's; the start page's, its root's or the browser's.
  preloadWords(mount === 'mount_embedded' ? new URLSearchParams(window.location.search).get('lang') : app.getAttribute('lang'));
  try {
    await start(mount, app, ...args);
  } catch (error) {
    document.getElementById('load-failed')?.removeAttribute('hidden');
    document.querySelector('.start-row.static')?.setAttribute('hidden', '');
    console.error('backstep could not start:', error);
    return;
  }
  if (early?.hasAttribute('data-tapped')) (await drawn(app, 'button.begin')).click();
}

/** The first element `selector` matches in `root`, once the app has drawn it: Yew mounts
 *  at once but draws in a microtask after. */
function drawn(root, selector) {
  return new Promise((resolve) => {
    const found = root.querySelector(selector);
    if (found) {
      resolve(found);
      return;
    }
    const observer = new MutationObserver(() => {
      const later = root.querySelector(selector);
      if (later) {
        observer.disconnect();
        resolve(later);
      }
    });
    observer.observe(root, { childList: true, subtree: true });
  });
}
