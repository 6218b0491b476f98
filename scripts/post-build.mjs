// Trunk post_build hook: writes the loader that every page uses to start the one wasm, and
// the service worker that makes the build work offline.
//
// Trunk hashes the wasm and its JS glue (backstep-<hash>.js, backstep-<hash>_bg.wasm) and,
// with inject_scripts = false, writes no loader itself. This script writes `loader.js`, a
// module that imports the hashed glue by name, so no page ever needs an inline script, and
// then `sw.js`, whose precache list is every file of the build (the loader included).
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { writeServiceWorker } from './service-worker.mjs';
import { embedLoader, embedPage, warningSigns, widgetLoader, widgetStyles } from './widget.mjs';

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
const glue = only(/^backstep-[0-9a-f]+\.js$/, 'JS glue file (backstep-<hash>.js)');
const wasm = only(/^backstep-[0-9a-f]+_bg\.wasm$/, 'wasm file (backstep-<hash>_bg.wasm)');
const css = only(/^app-[0-9a-f]+\.css$/, 'stylesheet (app-<hash>.css)');

const loader = `// Written by scripts/post-build.mjs: starts backstep in the page's #app element.
import init, { mount } from './${glue}';

const root = document.getElementById('app');
try {
  await init({ module_or_path: new URL('./${wasm}', import.meta.url) });
  mount(root);
} catch (error) {
  // The static start screen, with its emergency warning signs, stays; say why it stays.
  document.getElementById('load-failed')?.removeAttribute('hidden');
  console.error('backstep could not start:', error);
}

// Offline use and updates. A new version is only ever offered by the app, on its start and
// result screens (it asks with 'backstep:check-for-update'); the page never reloads by
// itself, because the answers live only in memory.
if ('serviceWorker' in navigator) {
  navigator.serviceWorker.register('./sw.js').then((registration) => {
    const announce = () => {
      if (registration.waiting && navigator.serviceWorker.controller) {
        window.dispatchEvent(new Event('backstep:update-ready'));
      }
    };
    announce();
    registration.addEventListener('updatefound', () => {
      const worker = registration.installing;
      worker?.addEventListener('statechange', () => {
        if (worker.state === 'installed') announce();
      });
    });
    window.addEventListener('backstep:check-for-update', () => {
      registration.update().catch(() => {});
      announce();
    });
    window.addEventListener('backstep:apply-update', () => {
      if (!registration.waiting) return;
      navigator.serviceWorker.addEventListener('controllerchange', () => window.location.reload(), { once: true });
      registration.waiting.postMessage('skip-waiting');
    });
  }).catch((error) => console.warn('backstep: offline use is not available:', error));
}
`;
writeFileSync(join(staging, 'loader.js'), loader);
console.log(`post-build: wrote loader.js for ${glue} and ${wasm}`);
// The clinic widget (a stable name, so clinics can link it) and the iframe page.
const indexHtml = readFileSync(join(staging, 'index.html'), 'utf8');
const styles = widgetStyles(readFileSync(join(staging, css), 'utf8'));
writeFileSync(join(staging, 'widget.js'), widgetLoader({ glue, wasm, styles, signs: warningSigns(indexHtml) }));
writeFileSync(join(staging, 'embed.js'), embedLoader({ glue, wasm }));
writeFileSync(join(staging, 'embed.html'), embedPage(indexHtml));
console.log('post-build: wrote widget.js, embed.html and embed.js');

const { cache, files: precached } = writeServiceWorker(staging);
console.log(`post-build: wrote sw.js, cache ${cache}, ${precached.length} files precached`);
