// What the build makes for the clinic widget and the iframe page from the app's own files,
// called by scripts/post-build.mjs (the widget's and the iframe page's code is in web/):
//   the widget's stylesheet, from app.css, filled into web/widget.js;
//   the static start page's warning signs and could-not-start text, for a widget that cannot
//   start (filled into web/widget.js too);
//   the national emergency numbers of src/locale.rs, the one place they are written, so the
//   widget's static text shows a clinic's number only if the app would (filled in too);
//   embed.html, the iframe form: the start page, started by embed.js with the query's settings.

/** Widget styles from the app's stylesheet: the page's root rules move to the shadow root's
 *  top element, which resets everything a host page could pass down by inheritance. Its
 *  text is the reader's default size (`font-size: medium`, what the page's `100%` is), and
 *  rem, which would follow the host's own `html { font-size }`, becomes
 *  `--backstep-rem`: 1em of the element itself, whose font size is always `medium` (its
 *  `all: initial !important` beats whatever the host says), so print's smaller text does not
 *  shrink the spacing either. widget.js registers the property as a <length>, so it is
 *  computed to pixels there and inherited as pixels, the same at every depth (an
 *  unregistered one would be substituted as "1em" and grow with each font size). The
 *  clinic's accent rule is app.css's own. */
export function widgetStyles(appCss) {
  const css = appCss
    .replace(/:root\b/g, '.backstep-root')
    .replace(/(^|\n)body\s*\{/g, '$1.backstep-root {')
    .replace(/font-size:\s*100%/g, 'font-size: medium')
    .replace(/(\d*\.?\d+)rem\b/g, 'calc($1 * var(--backstep-rem))');
  return `/* backstep widget: generated from the app's stylesheet by scripts/widget.mjs */
:host { all: initial !important; display: block !important; contain: content; --backstep-rem: 1em !important; }
:host([hidden]) { display: none !important; }
.backstep-root { all: initial; display: block; }
${css}
.backstep-root { color: var(--text); background: var(--bg); text-align: start; }
`;
}

/** The static start screen's warning signs (title and items) and its could-not-start text,
 *  by language, for a widget that cannot start. */
export function warningSigns(indexHtml) {
  const signs = {};
  const sections = indexHtml.match(/<section class="warning-signs"[\s\S]*?<\/section>/g) ?? [];
  for (const section of sections) {
    const lang = (section.match(/lang="([a-z]+)"/) ?? [null, 'en'])[1];
    const title = (section.match(/<h2[^>]*>([\s\S]*?)<\/h2>/) ?? [null, ''])[1].trim();
    const items = [...section.matchAll(/<li>([\s\S]*?)<\/li>/g)].map((m) => m[1].trim());
    signs[lang] = { title, items };
  }
  const failed = indexHtml.match(/<div id="load-failed"[\s\S]*?<\/div>/)?.[0] ?? '';
  for (const paragraph of failed.matchAll(/<p(?: lang="([a-z]+)")?>([\s\S]*?)<\/p>/g)) {
    const lang = paragraph[1] ?? 'en';
    if (signs[lang]) signs[lang].failed = paragraph[2].trim();
  }
  for (const [lang, { title, items, failed: text }] of Object.entries(signs)) {
    if (!title || !items.length || !text) throw new Error(`index.html: the ${lang} warning signs or could-not-start text are missing`);
  }
  return signs;
}

/** The iframe page: the start page, with its own loader and no install prompt. */
export function embedPage(indexHtml) {
  return indexHtml
    .replace('<script type="module" src="loader.js"></script>', '<script type="module" src="embed.js"></script>')
    .replace(/\s*<link rel="manifest"[^>]*>/, '');
}

/** Every number of src/locale.rs's NATIONAL_EMERGENCY_NUMBERS (one region a line: its code,
 *  then its numbers), sorted, once each. */
export function emergencyNumbers(localeRs) {
  const table = localeRs.match(/pub const NATIONAL_EMERGENCY_NUMBERS: &str = "\\\n([\s\S]*?)";/)?.[1];
  if (!table) throw new Error('src/locale.rs: NATIONAL_EMERGENCY_NUMBERS not found');
  const numbers = new Set();
  for (const line of table.trim().split('\n')) {
    const [region, ...listed] = line.trim().split(' ');
    if (!/^[A-Z]{2}$/.test(region) || !listed.length || !listed.every((n) => /^[0-9]{2,6}$/.test(n))) {
      throw new Error(`src/locale.rs: NATIONAL_EMERGENCY_NUMBERS has a line that is not a region and its numbers: ${JSON.stringify(line)}`);
    }
    for (const number of listed) numbers.add(number);
  }
  return [...numbers].sort();
}
