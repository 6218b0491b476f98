// The clinic widget and the iframe page, written at build time by scripts/post-build.mjs:
//   widget.js   defines <backstep-checker>: one closed shadow root per element, styles through
//               a constructable stylesheet, the one wasm loaded from widget.js's own origin;
//   embed.html  the iframe form: the start page, started by embed.js with the query's settings.

/** Widget styles from the app's stylesheet: the page's root rules move to the shadow root's
 *  top element, which resets everything a host page could pass down by inheritance, and rem
 *  (relative to the host's html font size) becomes a unit of the widget's own. */
export function widgetStyles(appCss) {
  const css = appCss
    .replace(/:root\b/g, '.backstep-root')
    .replace(/(^|\n)body\s*\{/g, '$1.backstep-root {')
    .replace(/font-size:\s*100%/g, 'font-size: 16px')
    .replace(/(\d*\.?\d+)rem\b/g, 'calc($1 * var(--rem))');
  return `/* backstep widget: generated from the app's stylesheet by scripts/widget.mjs */
:host { all: initial !important; display: block !important; contain: content; }
:host([hidden]) { display: none !important; }
.backstep-root { all: initial; display: block; }
${css}
.backstep-root { --rem: 16px; color: var(--text); background: var(--bg); text-align: start; }
@media not (prefers-color-scheme: dark) {
  .backstep[data-accent] { --accent: var(--clinic-accent); --accent-text: #ffffff; }
}
`;
}

/** The text of the static start screen's warning signs, by language, for a widget that
 *  cannot start. */
export function warningSigns(indexHtml) {
  const signs = {};
  const sections = indexHtml.match(/<section class="warning-signs"[\s\S]*?<\/section>/g) ?? [];
  for (const section of sections) {
    const lang = (section.match(/lang="([a-z]+)"/) ?? [null, 'en'])[1];
    const title = (section.match(/<h2[^>]*>([\s\S]*?)<\/h2>/) ?? [null, ''])[1].trim();
    const items = [...section.matchAll(/<li>([\s\S]*?)<\/li>/g)].map((m) => m[1].trim());
    signs[lang] = { title, items };
  }
  return signs;
}

export function widgetLoader({ glue, wasm, styles, signs }) {
  return `// Written by scripts/post-build.mjs: <backstep-checker>, the clinic widget.
// Include it with <script type="module" src=".../widget.js"></script>; it finds the wasm and
// its other files next to itself, on whatever origin it is served from.
const STYLES = ${JSON.stringify(styles)};
const SIGNS = ${JSON.stringify(signs)};
const SETTINGS = ['lang', 'clinic-name', 'phone', 'emergency-number', 'booking-url', 'accent', 'services'];

let started;
function start() {
  started ??= (async () => {
    const glue = await import(new URL('./${glue}', import.meta.url));
    await glue.default({ module_or_path: new URL('./${wasm}', import.meta.url) });
    return glue;
  })();
  return started;
}

let sheet;
function styles() {
  if (!sheet) {
    sheet = new CSSStyleSheet();
    sheet.replaceSync(STYLES);
  }
  return sheet;
}

// What the host page's CSP blocked while the widget started, to name it if start fails.
const blocked = [];
document.addEventListener('securitypolicyviolation', (event) => {
  if (event.blockedURI === 'wasm-eval' || String(event.blockedURI).startsWith(new URL('.', import.meta.url).origin)) {
    blocked.push(event);
  }
});

function explain(error) {
  const origin = new URL('.', import.meta.url).origin;
  const wasm = blocked.find((event) => event.blockedURI === 'wasm-eval') || /WebAssembly|wasm-unsafe-eval/i.test(String(error));
  if (wasm) return "the page's Content-Security-Policy must allow 'wasm-unsafe-eval' in script-src";
  const event = blocked[0];
  if (event) return \`the page's Content-Security-Policy must allow \${origin} in \${event.effectiveDirective || event.violatedDirective}\`;
  return \`its files could not be loaded from \${origin} (\${error})\`;
}

// Printing from the widget prints the summary alone: while the dialog is open, the host page
// shows only the path down to this element (the marks carry nothing but their names).
let printSheet;
function printAlone(host) {
  printSheet ??= new CSSStyleSheet();
  printSheet.replaceSync(\`@media print {
    [data-backstep-path] { all: unset !important; display: block !important; }
    body *:not([data-backstep-path]):not([data-backstep-printing]) { display: none !important; }
  }\`);
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

class BackstepChecker extends HTMLElement {
  static observedAttributes = SETTINGS;
  // ElementInternals hands out even a closed shadow root: no script may attach them.
  static disabledFeatures = ['internals'];

  #shadow = null;
  #widget = null;

  connectedCallback() {
    if (this.#shadow) return;
    // Closed, and kept only here: the host page's scripts get null from element.shadowRoot,
    // and its event listeners see this element as the target of everything inside.
    const shadow = this.attachShadow({ mode: 'closed' });
    this.#shadow = shadow;
    shadow.adoptedStyleSheets = [styles()];
    const root = document.createElement('div');
    root.className = 'backstep-root app';
    shadow.append(root);
    shadow.addEventListener('backstep:print', () => printAlone(this));
    start()
      .then((glue) => { this.#widget = glue.mount_widget(root, this); })
      .catch((error) => {
        this.#showWarningSigns(root);
        console.error(\`backstep: the widget could not start: \${explain(error)}.\`);
      });
  }

  attributeChangedCallback(name) {
    this.#widget?.refresh(name);
  }

  /** The emergency warning signs as text, all a person needs if the checker cannot run. */
  #showWarningSigns(root) {
    const lang = (this.getAttribute('lang') || navigator.language || 'en').toLowerCase().startsWith('es') ? 'es' : 'en';
    const signs = SIGNS[lang] ?? SIGNS.en;
    const section = document.createElement('section');
    section.className = 'warning-signs';
    section.lang = lang;
    const title = document.createElement('h2');
    title.textContent = signs.title;
    const list = document.createElement('ul');
    for (const item of signs.items) {
      const li = document.createElement('li');
      li.textContent = item;
      list.append(li);
    }
    section.append(title, list);
    root.replaceChildren(section);
  }
}

if (!customElements.get('backstep-checker')) customElements.define('backstep-checker', BackstepChecker);
`;
}

export function embedLoader({ glue, wasm }) {
  return `// Written by scripts/post-build.mjs: the iframe page, started with its query's settings.
import init, { mount_embedded } from './${glue}';

const root = document.getElementById('app');
try {
  await init({ module_or_path: new URL('./${wasm}', import.meta.url) });
  mount_embedded(root, window.location.search);
} catch (error) {
  document.getElementById('load-failed')?.removeAttribute('hidden');
  console.error('backstep could not start:', error);
}
`;
}

/** The iframe page: the start page, with its own loader and no install prompt. */
export function embedPage(indexHtml) {
  return indexHtml
    .replace('<script type="module" src="loader.js"></script>', '<script type="module" src="embed.js"></script>')
    .replace(/\s*<link rel="manifest"[^>]*>/, '');
}
