// Trunk post_build hook: writes the loader that every page uses to start the one wasm.
//
// Trunk hashes the wasm and its JS glue (backstep-<hash>.js, backstep-<hash>_bg.wasm) and,
// with inject_scripts = false, writes no loader itself. This script writes `loader.js`, a
// module that imports the hashed glue by name, so no page ever needs an inline script.
import { readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

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

const loader = `// Written by scripts/post-build.mjs: starts backstep in the page's #app element.
import init, { mount } from './${glue}';

const root = document.getElementById('app');
try {
  await init({ module_or_path: new URL('./${wasm}', import.meta.url) });
  mount(root);
} catch (error) {
  // The static start screen, with its emergency warning signs, stays on the page.
  console.error('backstep could not start:', error);
}
`;
writeFileSync(join(staging, 'loader.js'), loader);
console.log(`post-build: wrote loader.js for ${glue} and ${wasm}`);
