// The clinic configurator in the build, called by scripts/post-build.mjs: configure.html
// (from web/configure.html, with the app's hashed stylesheet and the strict policy) and
// configure.js (from web/configure.js, pointed at the start module, whose wasm exports the
// widget's own check, check_clinic_settings). The configurator is a page of its own: none of
// its code is on the start page's critical path.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fill, WEB } from './runtime.mjs';
import { PAGE_CSP } from './conformance.mjs';

/** Writes configure.html and configure.js into `dir`; `start` and `css` are the hashed names
 *  of the start module and the app's stylesheet. */
export function writeConfigure(dir, { start, css }) {
  const page = readFileSync(join(WEB, 'configure.html'), 'utf8');
  const filled = page.replace('__CSP__', PAGE_CSP).replace('__CSS__', css);
  if (/__[A-Z]+__/.test(filled)) throw new Error('web/configure.html: a placeholder was left unfilled');
  writeFileSync(join(dir, 'configure.html'), filled);
  writeFileSync(join(dir, 'configure.js'), fill('configure.js', { START: `./${start}` }));
}
