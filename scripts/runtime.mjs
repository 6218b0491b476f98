// How the runtime JavaScript in web/ goes into a build. The files there are real, lintable
// JS; each names what the build must supply as a quoted placeholder, '__BACKSTEP_NAME__',
// which `fill` replaces with the value written as JSON (a string, a list, an object). A
// placeholder with no value, or a value with no placeholder, stops the build.
//
// The comments that explain web/ stay there: the built copies lose every comment that fills
// whole lines (they are most of the bytes of the start page's small scripts). So in web/, a
// comment never shares a line with code it would take along, and no multi-line string has a
// line that starts like a comment.
//
// Also here: the content-derived names and integrity digests of what the build writes, and
// the start page's critical path (read by tests/e2e/size.test.mjs and bench/run.mjs).
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const WEB = fileURLToPath(new URL('../web/', import.meta.url));

const PLACEHOLDER = /'__BACKSTEP_([A-Z_]+)__'/g;

/** web/<name> without its whole-line comments, and every placeholder replaced by its value
 *  in `values`. */
export function fill(name, values = {}) {
  const source = readFileSync(join(WEB, name), 'utf8')
    .replace(/^[ \t]*\/\*[\s\S]*?\*\/[ \t]*\n/gm, '')
    .replace(/^[ \t]*\/\/.*\n/gm, '')
    .replace(/\n{3,}/g, '\n\n')
    .replace(/^\n+/, '');
  const header = `// Built by scripts/post-build.mjs from web/${name}, where its comments are.\n`;
  const used = new Set();
  const filled = header + source.replace(PLACEHOLDER, (_, key) => {
    if (!Object.hasOwn(values, key)) throw new Error(`web/${name}: no value for placeholder __BACKSTEP_${key}__`);
    used.add(key);
    return JSON.stringify(values[key]);
  });
  const unused = Object.keys(values).filter((key) => !used.has(key));
  if (unused.length) throw new Error(`web/${name} has no placeholder for ${unused.join(', ')}`);
  return filled;
}

/** `<stem>-<hash>.js` for `content`: a name that never changes content, like Trunk's. */
export function hashedName(stem, content, extension = 'js') {
  return `${stem}-${createHash('sha256').update(content).digest('hex').slice(0, 16)}.${extension}`;
}

/** The Subresource Integrity value of `content`. */
export function integrity(content) {
  return `sha384-${createHash('sha384').update(content).digest('base64')}`;
}

/** The package version in Cargo.toml. */
export function packageVersion() {
  const cargo = readFileSync(fileURLToPath(new URL('../Cargo.toml', import.meta.url)), 'utf8');
  const version = cargo.match(/^\[package\][\s\S]*?^version\s*=\s*"([^"]+)"/m)?.[1];
  if (!version) throw new Error('Cargo.toml: no package version');
  return version;
}

/**
 * The files a first visit of the start page downloads before it is interactive: the page,
 * its stylesheets and scripts, and the hashed files those scripts load by name (the start
 * module, the glue, the split loader, the wasm, and the first part of the file of `language`,
 * the one the page starts in: English unless the browser asks for another). Not the service
 * worker, registered once the app runs, and not the split modules
 * (`<stem>-split-<module>-<hash>.wasm`, scripts/split.mjs) and the languages' later parts
 * (`lang-<tag>-later-<hash>.txt`), which load once the first question is on screen.
 */
export function criticalPath(dist, language = 'en') {
  const index = readFileSync(join(dist, 'index.html'), 'utf8');
  const files = ['index.html'];
  for (const match of index.matchAll(/href="\.?\/?([^"]+\.css)"/g)) files.push(match[1]);
  const scripts = [...index.matchAll(/<script[^>]*\ssrc="\.?\/?([^"]+\.js)"/g)].map((match) => match[1]);
  for (const script of scripts) {
    files.push(script);
    const source = readFileSync(join(dist, script), 'utf8');
    // Trunk writes its hash as hex without leading zeros: 16 digits, now and then fewer.
    for (const match of source.matchAll(/["']\.\/([\w.-]+-[0-9a-f]{8,16}(?:_bg)?\.(?:js|wasm|txt))["']/g)) {
      // Of the language files, only the first part of the one the start page starts in: the
      // later part comes with the split modules.
      if (match[1].startsWith('lang-') && !match[1].startsWith(`lang-${language}-`)) continue;
      if (/^lang-[a-z]+-later-/.test(match[1])) continue;
      if (/-split-.+\.wasm$/.test(match[1])) continue;
      if (match[1].endsWith('.js') && !scripts.includes(match[1])) scripts.push(match[1]);
      else if (!files.includes(match[1])) files.push(match[1]);
    }
  }
  return files;
}
