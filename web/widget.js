// <backstep-checker>, the clinic widget. A clinic includes it with
//   <script type="module" src="https://backstep.example/widget.js"></script>
// and it finds the wasm and its other files next to itself, on whatever origin it is served
// from (through the start module, which resolves them against its own URL).
//
// The build (scripts/post-build.mjs) copies this file to dist/widget.js (the stable name
// clinics link) and to dist/widget-<version>-<hash>.js (a name that never changes content,
// for clinics that pin a version with Subresource Integrity), filling in the hashed names and
// integrity digests of the start module, the glue and the split loader, the widget's stylesheet (made from the
// app's) and the static page's warning signs.

/** The start module, './start-<hash>.js', and its sha384 digest. */
const START = '__BACKSTEP_START__';
const START_INTEGRITY = '__BACKSTEP_START_INTEGRITY__';
/** The JS glue the start module imports, './backstep-<hash>.js', and its sha384 digest. */
const GLUE = '__BACKSTEP_GLUE__';
const GLUE_INTEGRITY = '__BACKSTEP_GLUE_INTEGRITY__';
/** The split loader the glue imports, './backstep-guest-split-<hash>.js', and its sha384
 *  digest (it checks the digest of each split module it fetches itself). */
const SPLIT_LOADER = '__BACKSTEP_SPLIT_LOADER__';
const SPLIT_LOADER_INTEGRITY = '__BACKSTEP_SPLIT_LOADER_INTEGRITY__';
/** The widget's stylesheet: app.css with the page's root rules moved to the shadow root. */
const STYLES = '__BACKSTEP_STYLES__';
/** By language: the static start page's warning signs (title, items) and its could-not-start text. */
const SIGNS = '__BACKSTEP_SIGNS__';
/** The label of the emergency number, by language, as the app says it (src/content): the
 *  app's catalogue is in the wasm, out of reach exactly when this text is needed. */
const NUMBER_LABEL = { en: 'Your emergency number:', es: 'Su número de emergencias:' };
/** Every national emergency number, from the app's own table (NATIONAL_EMERGENCY_NUMBERS in
 *  src/locale.rs, filled in by the build): the static text shows a clinic's number only if
 *  the app would. */
const EMERGENCY_NUMBERS = new Set('__BACKSTEP_EMERGENCY_NUMBERS__');
const SETTINGS = ['lang', 'clinic-name', 'phone', 'emergency-number', 'booking-url', 'accent', 'services'];

/** Preloads the module at `file` (next to this one) with its integrity digest: an import
 *  cannot carry a digest, but it gets the module already preloaded under its URL, so a file
 *  that does not match is never run. This carries a pinned widget's Subresource Integrity on
 *  to what it loads (the start module checks the wasm's digest itself). */
function preload(file, integrity) {
  const link = document.createElement('link');
  link.rel = 'modulepreload';
  link.href = new URL(file, import.meta.url).href;
  link.integrity = integrity;
  link.crossOrigin = 'anonymous';
  const loaded = new Promise((resolve, reject) => {
    link.addEventListener('load', resolve);
    link.addEventListener('error', () => reject(new Error(`${link.href} could not be loaded or does not match its digest`)));
  });
  document.head.append(link);
  // The module stays preloaded; its <link> need not stay in the host's page.
  return loaded.finally(() => link.remove());
}

let loading;
/** The start module (start.js), loaded once for every element of the page. It is
 *  imported here rather than statically, so that if it cannot load, this file still runs
 *  and each element says so. */
function starter() {
  loading ??= Promise.all([preload(START, START_INTEGRITY), preload(GLUE, GLUE_INTEGRITY), preload(SPLIT_LOADER, SPLIT_LOADER_INTEGRITY)])
    .then(() => import(new URL(START, import.meta.url).href))
    .then((module) => module);
  return loading;
}

/** Whether --backstep-rem, the widget's rem (see scripts/widget.mjs), is registered as a
 *  <length>: then the stylesheet's `1em` on the element is computed to pixels there, from
 *  the reader's default font size, and every depth inherits the same pixels. The
 *  registration is the document's (an `@property` rule in a shadow root's stylesheet is
 *  ignored), under a name of backstep's own; a second copy of widget.js on the page finds it
 *  already made, the same. */
const remRegistered = (() => {
  if (!globalThis.CSS?.registerProperty) return false;
  try {
    CSS.registerProperty({ name: '--backstep-rem', syntax: '<length>', inherits: true, initialValue: '16px' });
  } catch {
    // Already registered, by another copy of this file.
  }
  return true;
})();

let sheet;
function styles() {
  if (!sheet) {
    sheet = new CSSStyleSheet();
    sheet.replaceSync(STYLES);
  }
  return sheet;
}

const origin = new URL('.', import.meta.url).origin;

// What the host page's CSP blocked while the widget started, to name it if start fails.
const blocked = [];
document.addEventListener('securitypolicyviolation', (event) => {
  if (event.blockedURI === 'wasm-eval' || String(event.blockedURI).startsWith(origin)) {
    blocked.push(event);
  }
});

function explain(error) {
  const wasm = blocked.find((event) => event.blockedURI === 'wasm-eval') || /WebAssembly|wasm-unsafe-eval/i.test(String(error));
  if (wasm) return "the page's Content-Security-Policy must allow 'wasm-unsafe-eval' in script-src";
  const event = blocked[0];
  if (event) return `the page's Content-Security-Policy must allow ${origin} in ${event.effectiveDirective || event.violatedDirective}`;
  return `its files could not be loaded from ${origin} (${error})`;
}

// Printing from the widget prints the summary alone: while the dialog is open, the host page
// shows only the path down to this element (the marks carry nothing but their names).
let printSheet;
function printAlone(host) {
  printSheet ??= new CSSStyleSheet();
  printSheet.replaceSync(`@media print {
    [data-backstep-path] { all: unset !important; display: block !important; }
    body *:not([data-backstep-path]):not([data-backstep-printing]) { display: none !important; }
  }`);
  const marked = [];
  for (let node = host.parentElement; node; node = node.parentElement) {
    node.setAttribute('data-backstep-path', '');
    marked.push(node);
  }
  host.setAttribute('data-backstep-printing', '');
  document.adoptedStyleSheets = [...document.adoptedStyleSheets, printSheet];
  const clean = () => {
    for (const node of marked) node.removeAttribute('data-backstep-path');
    host.removeAttribute('data-backstep-printing');
    document.adoptedStyleSheets = document.adoptedStyleSheets.filter((s) => s !== printSheet);
  };
  window.addEventListener('afterprint', clean, { once: true });
  window.print();
}

/** An element of `tag` holding `text` as a text node: nothing here is ever parsed as HTML. */
function element(tag, text) {
  const made = document.createElement(tag);
  if (text !== undefined) made.textContent = text;
  return made;
}

class BackstepChecker extends HTMLElement {
  static observedAttributes = SETTINGS;
  // ElementInternals hands out even a closed shadow root: no script may attach them.
  static disabledFeatures = ['internals'];

  #shadow = null;
  #widget = null;

  connectedCallback() {
    // Moving the element in the page connects it again: it keeps the app it has.
    if (this.#shadow) return;
    // Closed, and kept only here: the host page's scripts get null from element.shadowRoot,
    // and its event listeners see this element as the target of everything inside.
    const shadow = this.attachShadow({ mode: 'closed' });
    this.#shadow = shadow;
    shadow.adoptedStyleSheets = [styles()];
    const root = document.createElement('div');
    root.className = 'backstep-root app';
    // Until the widget shows something of its own, the clinic's own content inside the
    // element (its fallback, say the warning signs and its phone number) stays on show.
    const fallback = document.createElement('slot');
    shadow.append(root, fallback);
    // Without the registration, the reader's default size measured once, through the CSSOM
    // (the CSP allows it, as it would not a style attribute): the element's font size is
    // `medium` whatever the host page says.
    if (!remRegistered) root.style.setProperty('--backstep-rem', getComputedStyle(this).fontSize);
    shadow.addEventListener('backstep:print', () => printAlone(this));
    starter()
      .then((module) => {
        // This element's language file downloads beside the wasm.
        module.preloadWords(this.getAttribute('lang'));
        return module.start('mount_widget', root, this);
      })
      .then((widget) => { this.#widget = widget; })
      .catch((error) => {
        this.#showWarningSigns(root);
        console.error(`backstep: the widget could not start: ${explain(error)}.`);
      })
      .finally(() => fallback.remove());
  }

  attributeChangedCallback(name) {
    this.#widget?.refresh(name);
  }

  /** The emergency warning signs as text, and the clinic's emergency number if it is a
   *  national one: all a person needs when the checker cannot run. */
  #showWarningSigns(root) {
    const lang = (this.getAttribute('lang') || navigator.language || 'en').toLowerCase().startsWith('es') ? 'es' : 'en';
    const signs = SIGNS[lang] ?? SIGNS.en;
    const section = element('section');
    section.className = 'warning-signs';
    section.lang = lang;
    const list = element('ul');
    for (const item of signs.items) list.append(element('li', item));
    section.append(element('h2', signs.title), list, element('p', signs.failed));
    // The same rule as the app's (EmergencyNumber::parse in src/locale.rs: a number of its
    // table, ASCII spaces around it aside); anything else is not shown, and the title's
    // "your local emergency number" stands.
    const number = (this.getAttribute('emergency-number') ?? '').replace(/^[ \t\n\f\r]+|[ \t\n\f\r]+$/g, '');
    if (EMERGENCY_NUMBERS.has(number)) {
      const call = element('a', number);
      call.href = `tel:${number}`;
      const line = element('p', `${NUMBER_LABEL[lang]} `);
      line.append(call);
      section.append(line);
    }
    root.replaceChildren(section);
  }
}

if (!customElements.get('backstep-checker')) customElements.define('backstep-checker', BackstepChecker);
