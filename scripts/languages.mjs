// Puts the language files of lang/ into a build, one hashed file per language
// (lang-<tag>-<hash>.txt), so the page fetches only the language in use and the service
// worker precaches every one (it precaches every file of the build). Their comments and blank
// lines are for translators and stay in lang/: the built copy has only the `key = text`
// lines the app reads (src/content/format.rs). build.rs has already checked the files.
//
// Returns, by tag, each file's name and integrity digest, for web/start.js to fetch.
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { hashedName, integrity } from './runtime.mjs';

export const LANG = fileURLToPath(new URL('../lang/', import.meta.url));

/** lang/<tag>.txt without its comments and blank lines. */
export function builtLanguage(tag) {
  return readFileSync(join(LANG, `${tag}.txt`), 'utf8')
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line && !line.startsWith('#'))
    .join('\n') + '\n';
}

/** Writes every language into `dir`; returns { tag: { url: './lang-<tag>-<hash>.txt', integrity } }. */
export function writeLanguages(dir) {
  const languages = {};
  for (const name of readdirSync(LANG).filter((file) => file.endsWith('.txt')).sort()) {
    const tag = name.slice(0, -'.txt'.length);
    const text = builtLanguage(tag);
    const file = hashedName(`lang-${tag}`, text, 'txt');
    writeFileSync(join(dir, file), text);
    languages[tag] = { url: `./${file}`, integrity: integrity(text) };
  }
  return languages;
}
