// Puts the language files of lang/ into a build, two hashed files per language, so the page
// fetches only the language in use, and of it first only what it asks the questions with,
// and the service worker precaches every one (it precaches every file of the build):
//   lang-<tag>-<hash>.txt        the lines above the file's [later] line: the start screen,
//                                the questions, the emergency panel (on the critical path);
//   lang-<tag>-later-<hash>.txt  the [later] line and the lines below it: the screens after
//                                the questions, fetched with their code while the person answers.
// Their comments and blank lines are for translators and stay in lang/: the built copies
// have only the lines the app reads (src/content/format.rs). build.rs has already checked
// the files, the [later] line included.
//
// Returns, by tag, each part's file name and integrity digest, for web/start.js to fetch.
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

/** The line that divides a language file (`format::LATER` in src/content/format.rs). */
export const LATER = '[later]';

/** lang/<tag>.txt as its two built parts: { first, later }, `later` opening with its line. */
export function languageParts(tag) {
  const text = builtLanguage(tag);
  const at = text.indexOf(`\n${LATER}\n`);
  if (at < 0) throw new Error(`lang/${tag}.txt has no ${LATER} line`);
  return { first: text.slice(0, at + 1), later: text.slice(at + 1) };
}

/** Writes every language into `dir`; returns
 *  { tag: { first: { url: './lang-<tag>-<hash>.txt', integrity }, later: { url: './lang-<tag>-later-<hash>.txt', integrity } } }. */
export function writeLanguages(dir) {
  const languages = {};
  for (const name of readdirSync(LANG).filter((file) => file.endsWith('.txt')).sort()) {
    const tag = name.slice(0, -'.txt'.length);
    const parts = languageParts(tag);
    languages[tag] = {};
    for (const [part, stem] of [['first', `lang-${tag}`], ['later', `lang-${tag}-later`]]) {
      const file = hashedName(stem, parts[part], 'txt');
      writeFileSync(join(dir, file), parts[part]);
      languages[tag][part] = { url: `./${file}`, integrity: integrity(parts[part]) };
    }
  }
  return languages;
}
