// Trunk post_build hook: puts the runtime JavaScript of web/ into the build, with the names
// only a build knows filled in, then writes the service worker.
//
// Trunk hashes the wasm and its JS glue (backstep-<hash>.js, backstep-<hash>_bg.wasm) and,
// with inject_scripts = false, writes no loader itself. This script writes, from web/:
//   backstep-<hash>.js, backstep-<hash>_bg.wasm, backstep-split-<hash>.js and the split
//                     modules backstep-split-<module>-<hash>.wasm: the page's wasm split
//                     (scripts/split.mjs) from the wasm Trunk's cargo run linked, in place of
//                     Trunk's own glue and wasm;
//   start-<hash>.js   the one start function, pointed at the hashed glue and wasm, and at
//                     lang-<tag>-<hash>.txt and lang-<tag>-later-<hash>.txt, two per
//                     language (scripts/languages.mjs);
//   start-<hash>.js   again, pointed at the guest build's glue and wasm (scripts/guest.mjs:
//                     the widget's and the iframe page's, which the page's wasm leaves out);
//   loader.js         the start page's loader (and the service worker's registration);
//   embed.js          the iframe page's loader (guest build), and embed.html, the start page
//                     using it;
//   fallback.js       the static page's "could not start" when the loader itself cannot run;
//   widget.js         <backstep-checker>, under the stable name clinics link, and the same
//                     file as widget-<version>-<hash>.js, with its integrity digest in
//                     widget-sri.txt, for clinics that pin it (it carries the digests of
//                     the start module and the glue, and the start module the wasm's);
// conformance.html (scripts/conformance.mjs) and configure.html with configure.js
// (scripts/configure.mjs), with pages.css, their stylesheet;
// and last sw.js, whose precache list is every file of the build. index.html and embed.html
// get preload links for their start module, glue and wasm. No page has an inline
// script, so the strict CSP holds.
import { copyFileSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { writeServiceWorker } from './service-worker.mjs';
import { fill, hashedName, integrity, packageVersion, WEB } from './runtime.mjs';
import { embedPage, emergencyNumbers, warningSigns, widgetStyles } from './widget.mjs';
import { writeLanguages } from './languages.mjs';
import { writeConformance } from './conformance.mjs';
import { writeConfigure } from './configure.mjs';
import { buildGuest } from './guest.mjs';
import { buildSplit, rustLink } from './split.mjs';
import { policyProblem } from './csp.mjs';

const staging = process.env.TRUNK_STAGING_DIR;
if (!staging) {
  console.error('post-build: TRUNK_STAGING_DIR is not set; run this through `trunk build`.');
  process.exit(1);
}

const files = readdirSync(staging);
const only = (pattern, what) => {
  const found = files.filter((name) => pattern.test(name));
  if (found.length !== 1) {
    console.error(`post-build: expected exactly one ${what} in ${staging}, found ${found.length}: ${found.join(', ')}`);
    process.exit(1);
  }
  return found[0];
};
const trunkGlue = only(/^backstep-[0-9a-f]+\.js$/, 'JS glue file (backstep-<hash>.js)');
const trunkWasm = only(/^backstep-[0-9a-f]+_bg\.wasm$/, 'wasm file (backstep-<hash>_bg.wasm)');
const css = only(/^app-[0-9a-f]+\.css$/, 'stylesheet (app-<hash>.css)');
const write = (name, content) => writeFileSync(join(staging, name), content);

// The page's wasm, split (scripts/split.mjs): Trunk's own glue and wasm, bound without the
// split, give way to the main module, its glue and split loader, and the split modules, made
// from the wasm Trunk's cargo run linked.
for (const file of [trunkGlue, trunkWasm]) rmSync(join(staging, file));
const page = buildSplit(staging, { stem: 'backstep', features: rustLink().features });
const { glue, wasm } = page;
console.log(`post-build: split the page's wasm into ${wasm} (with ${glue} and ${page.loader}) and ${page.modules.join(', ')}`);

// Two files per language (scripts/languages.mjs), fetched by the start module when chosen:
// the first part before the first question, the later part with the split modules.
const languages = writeLanguages(staging);
/** The start module for one build's glue and wasm, and its hashed name. */
const startFor = (glueFile, wasmFile) => {
  const module = fill('start.js', {
    LANGUAGES: languages,
    GLUE: `./${glueFile}`,
    WASM: `./${wasmFile}`,
    WASM_INTEGRITY: integrity(readFileSync(join(staging, wasmFile))),
  });
  return { module, name: hashedName('start', module) };
};
const { module: startModule, name: start } = startFor(glue, wasm);
write(start, startModule);
write('loader.js', fill('loader.js', { START: `./${start}` }));

// The widget and the iframe page: the guest build, with its own start module.
const guest = buildGuest(staging);
const { module: guestStartModule, name: guestStart } = startFor(guest.glue, guest.wasm);
write(guestStart, guestStartModule);
console.log(`post-build: built the guest wasm ${guest.wasm} for the widget and the iframe page, started by ${guestStart}`);
write('embed.js', fill('embed.js', { START: `./${guestStart}` }));
write('fallback.js', fill('fallback.js'));
const indexHtml = readFileSync(join(staging, 'index.html'), 'utf8');
// Each page asks for its start module, glue, split loader and wasm at once, at the end of its
// head (and without the rust link Trunk leaves there): otherwise each waits for the one before
// it to load and run (loader.js, then the start module, then the glue and wasm), and on a slow phone
// (bench/slow-phone.mjs) the first question came about 0.35 s later. The wasm's preload is
// low priority, so the stylesheet the static start text waits for goes first, and has the
// mode of start.js's fetch, so that fetch takes it; no digest (Chromium ignores one on a
// fetch preload, with a console warning), since the fetch checks its own on what it takes.
const preloaded = (html, startFile, { glue: glueFile, wasm: wasmFile, loader: loaderFile }) => html.replace(/\s*<link data-trunk rel="rust"[^>]*>/, '').replace('</head>', [
  `<link rel="modulepreload" href="./${startFile}">`,
  `<link rel="modulepreload" href="./${glueFile}">`,
  `<link rel="modulepreload" href="./${loaderFile}">`,
  `<link rel="preload" href="./${wasmFile}" as="fetch" fetchpriority="low" type="application/wasm" crossorigin="anonymous">`,
].map((link) => `  ${link}\n`).join('') + '</head>');
write('index.html', preloaded(indexHtml, start, page));
write('embed.html', embedPage(preloaded(indexHtml, guestStart, guest)));
console.log(`post-build: wrote ${start} for ${glue} and ${wasm}, loader.js, embed.js, embed.html and fallback.js`);

const widget = fill('widget.js', {
  START: `./${guestStart}`,
  START_INTEGRITY: integrity(guestStartModule),
  GLUE: `./${guest.glue}`,
  GLUE_INTEGRITY: integrity(readFileSync(join(staging, guest.glue))),
  SPLIT_LOADER: `./${guest.loader}`,
  SPLIT_LOADER_INTEGRITY: integrity(readFileSync(join(staging, guest.loader))),
  STYLES: widgetStyles(readFileSync(join(staging, css), 'utf8')),
  SIGNS: warningSigns(indexHtml),
  EMERGENCY_NUMBERS: emergencyNumbers(readFileSync(new URL('../src/locale.rs', import.meta.url), 'utf8')),
});
const pinned = hashedName(`widget-${packageVersion()}`, widget);
const pinnedIntegrity = integrity(widget);
write('widget.js', widget);
write(pinned, widget);
write('widget-sri.txt', `${pinned} ${pinnedIntegrity}\n`);
console.log(`post-build: wrote widget.js, and ${pinned} with integrity ${pinnedIntegrity} (in widget-sri.txt)`);

// The conformance report and the clinic configurator: pages of their own, precached below.
copyFileSync(join(WEB, 'pages.css'), join(staging, 'pages.css'));
const conformance = writeConformance(staging, css);
// The configurator checks each setting with the widget's own check, in the guest build (the
// start page's wasm leaves it out, and the configurator's preview loads the guest build anyway).
writeConfigure(staging, { start: guestStart, css });
console.log(`post-build: wrote conformance.html (${conformance.report ? `${conformance.report.passed} of ${conformance.report.total} cases pass` : `no results: ${conformance.problem}`}), configure.html and configure.js`);

// Every page carries backstep's one policy (scripts/csp.mjs): index.html's literal copy, and
// the pages made from it or written above. A build with another is refused, not shipped.
const policyProblems = readdirSync(staging)
  .filter((name) => name.endsWith('.html'))
  .map((name) => policyProblem(name, readFileSync(join(staging, name), 'utf8')))
  .filter(Boolean);
if (policyProblems.length) {
  console.error(`post-build: ${policyProblems.join('\n')}`);
  process.exit(1);
}

const { version, files: precached } = writeServiceWorker(staging);
console.log(`post-build: wrote sw.js, version ${version}, ${precached.length} files precached`);
