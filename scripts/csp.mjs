// backstep's Content-Security-Policy, read from its one source, scripts/content-security-policy.txt
// (one line). The static server sends it, the post-build hook writes it into the pages it
// makes and refuses a build whose pages carry another, and the tests compare every copy with
// it. index.html holds it literally (Trunk reads that file as it is); tests/static_shell.rs
// and this hook check that copy.
import { readFileSync } from 'node:fs';

const SOURCE = new URL('./content-security-policy.txt', import.meta.url);

export const CONTENT_SECURITY_POLICY = readFileSync(SOURCE, 'utf8').trim();

/** The policies of an HTML page's `<meta http-equiv="Content-Security-Policy">` tags, in order. */
export function metaPolicies(html) {
  const tags = html.match(/<meta\s[^>]*http-equiv="Content-Security-Policy"[^>]*>/gi) ?? [];
  return tags.map((tag) => (tag.match(/\scontent="([^"]*)"/i) ?? [])[1] ?? '');
}

/** Why `html` (named `name`) does not carry exactly backstep's policy, or null when it does. */
export function policyProblem(name, html) {
  const found = metaPolicies(html);
  if (found.length !== 1) return `${name} has ${found.length} Content-Security-Policy meta tags, expected 1`;
  if (found[0] !== CONTENT_SECURITY_POLICY) {
    return `${name}'s Content-Security-Policy is\n  ${found[0]}\nexpected (scripts/content-security-policy.txt)\n  ${CONTENT_SECURITY_POLICY}`;
  }
  return null;
}
