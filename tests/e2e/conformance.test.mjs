// The build's conformance report (conformance.html): reached from the about view,
// it lists every rule with its level and sources and the cases that exercise it, says how
// many reference cases there are and that they pass, and is what the test command's own
// runner says about this engine now (same digest), not an older run's. axe-core clean;
// precached by the service worker. Without results it says so and shows none.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { axeViolations, DIST, openAppAt, servedBundle } from './support.mjs';
import { renderPage } from '../../scripts/conformance.mjs';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const CASES = join(ROOT, 'tests', 'cases');
const LEVELS = ['Emergency', 'Urgent', 'Soon', 'Routine', 'Self-care'];

/** Every reference case, from the case files themselves. */
const caseFiles = readdirSync(CASES).filter((name) => name.endsWith('.json')).sort();
const cases = caseFiles.flatMap((file) => JSON.parse(readFileSync(join(CASES, file), 'utf8')).map((c) => ({ ...c, file })));

/** The report of the test command's runner (src/conformance.rs) on this source, now. */
function runnerReport() {
  const dir = mkdtempSync(join(tmpdir(), 'backstep-conformance-'));
  try {
    execFileSync('cargo', ['run', '--quiet', '--example', 'conformance', '--', join(dir, 'report.json')], { cwd: ROOT, stdio: ['ignore', 'ignore', 'inherit'] });
    return JSON.parse(readFileSync(join(dir, 'report.json'), 'utf8'));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const bundle = servedBundle();

test('the about view links to conformance.html, which lists all 48 rules and every case, passing, as the runner says now', async () => {
  const { context, page, seen } = await openAppAt(bundle.browser, bundle.server.url);
  await page.getByRole('button', { name: /About/ }).first().click();
  await page.waitForSelector('#about-title');
  const link = page.locator('a.conformance-link');
  assert.equal(await link.getAttribute('href'), 'conformance.html');
  const [report] = await Promise.all([context.waitForEvent('page'), link.click()]);
  await report.waitForLoadState();
  assert.equal(new URL(report.url()).pathname, '/conformance.html');
  assert.match(await report.title(), /conformance report/);
  assert.equal(await report.locator('#content-version').innerText(), '4');

  const rules = await report.locator('tr[data-rule]').evaluateAll((rows) => rows.map((row) => ({
    id: row.dataset.rule,
    level: row.querySelector('.level').textContent.trim(),
    sources: [...row.querySelectorAll('.sources li')].map((li) => li.textContent.trim()),
    expected: row.querySelector('.expected').textContent.trim(),
  })));
  assert.equal(rules.length, 48, 'every rule of the policy');
  assert.equal(new Set(rules.map((r) => r.id)).size, 48);
  for (const rule of rules) {
    assert.ok(LEVELS.includes(rule.level), `${rule.id}: level ${rule.level}`);
    assert.ok(rule.sources.length > 0 && rule.sources.every((s) => s.length > 3 && !/^seed \d/.test(s)), `${rule.id}: sources by name ${rule.sources}`);
    assert.notEqual(rule.expected, 'none', `${rule.id}: a case expects it`);
  }

  const verdict = report.locator('#verdict');
  assert.equal(await verdict.getAttribute('data-status'), 'passed');
  assert.equal(Number(await verdict.getAttribute('data-total')), cases.length, 'the case count of tests/cases/*.json');
  assert.equal(Number(await verdict.getAttribute('data-passed')), cases.length);
  assert.match(await verdict.innerText(), new RegExp(`All ${cases.length} clinical reference cases pass`));
  const rows = await report.locator('tr[data-case]').evaluateAll((all) => all.map((row) => [row.dataset.case, row.dataset.passed]));
  assert.deepEqual(rows.map(([id]) => id), cases.map((c) => c.id), 'one line per case, in file order');
  assert.ok(rows.every(([, passed]) => passed === 'true'));
  for (const dev of cases.filter((c) => c.file === 'dev-cases.json')) {
    assert.ok(rows.some(([id]) => id === dev.id), `${dev.id} of the reference set is listed`);
  }

  // The page is this engine's: the runner of the test command, run now, gives its digest.
  const fresh = runnerReport();
  assert.equal(await report.locator('#digest').innerText(), fresh.digest, 'the page shows what the runner says of this source now');
  const published = JSON.parse(readFileSync(join(DIST, 'conformance.json'), 'utf8'));
  assert.deepEqual(published, fresh, 'conformance.json is the runner\'s report');

  assert.deepEqual(await axeViolations(report), [], 'axe-core on conformance.html');
  assert.deepEqual(seen.cspViolations, []);
  await context.close();
});

test('the service worker precaches the report, its data and its stylesheet', () => {
  const worker = readFileSync(join(DIST, 'sw.js'), 'utf8');
  for (const file of ['./conformance.html', './conformance.json', './pages.css']) {
    assert.ok(worker.includes(JSON.stringify(file)), `sw.js precaches ${file}`);
  }
});

test('without results (the cases could not be run), the page says so and shows no rule or case', () => {
  const page = renderPage({ problem: 'the clinical cases could not be run (cargo not found)' }, 'app-0.css');
  assert.match(page, /No results for this build/);
  assert.match(page, /cargo not found/);
  assert.doesNotMatch(page, /data-rule=|data-case=/);
  assert.doesNotMatch(page, /<script|style=/, 'the strict CSP holds');
});
