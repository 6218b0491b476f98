// The one start function of every loader (loader.js, embed.js, widget.js): loads the JS glue
// and the wasm that sit next to this file, once per page, and calls the mount function the
// loader names. Resolving both against import.meta.url is what lets the widget, loaded from
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

let loaded;

/** The glue's exports, once the wasm is instantiated; the same promise for every caller. */
function load() {
  loaded ??= (async () => {
    // The wasm's download starts now, beside the glue's, rather than after it.
    const wasm = fetch(new URL(WASM, import.meta.url), { integrity: WASM_INTEGRITY });
    // If the glue fails first, the wasm's own failure is not an unhandled rejection.
    wasm.catch(() => {});
    const glue = await import(new URL(GLUE, import.meta.url).href);
    await glue.default({ module_or_path: wasm });
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
 * If it cannot start, the page's static start screen, with its emergency warning signs,
 * stays, and its #load-failed text says why it stays.
 */
export async function startPage(mount, ...args) {
  try {
    await start(mount, document.getElementById('app'), ...args);
  } catch (error) {
    document.getElementById('load-failed')?.removeAttribute('hidden');
    console.error('backstep could not start:', error);
  }
}
