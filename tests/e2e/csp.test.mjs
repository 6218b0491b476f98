// backstep's one Content-Security-Policy (scripts/content-security-policy.txt) against every
// copy of it in the built bundle: each page's meta tag and the header the server sends with
// it. A page whose policy drifted from the source fails here, named.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { CONTENT_SECURITY_POLICY, metaPolicies, policyProblem } from '../../scripts/csp.mjs';
import { DIST, servedBundle } from './support.mjs';

const bundle = servedBundle();
const pages = readdirSync(DIST).filter((name) => name.endsWith('.html')).sort();

test('every page of the build carries the one policy in its meta tag', () => {
  for (const page of ['index.html', 'embed.html', 'conformance.html', 'configure.html']) {
    assert.ok(pages.includes(page), `the build has ${page}`);
  }
  for (const page of pages) {
    assert.deepEqual(metaPolicies(readFileSync(join(DIST, page), 'utf8')), [CONTENT_SECURITY_POLICY], page);
  }
});

test('the server sends the one policy with every page', async () => {
  for (const page of pages) {
    const response = await fetch(new URL(page, bundle.server.url));
    assert.equal(response.status, 200, page);
    assert.equal(response.headers.get('content-security-policy'), CONTENT_SECURITY_POLICY, page);
  }
});

test('a page with another policy, or none, or two, is named with what was expected', () => {
  const page = (policies) => policies.map((p) => `<meta http-equiv="Content-Security-Policy" content="${p}">`).join('');
  assert.equal(policyProblem('same.html', page([CONTENT_SECURITY_POLICY])), null);
  assert.match(policyProblem('loose.html', page(["default-src *"])), /loose\.html's Content-Security-Policy is\n {2}default-src \*\nexpected/);
  assert.match(policyProblem('none.html', '<p>no policy</p>'), /none\.html has 0 Content-Security-Policy meta tags, expected 1/);
  assert.match(policyProblem('two.html', page([CONTENT_SECURITY_POLICY, CONTENT_SECURITY_POLICY])), /two\.html has 2/);
});
