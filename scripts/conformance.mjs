// The build's conformance report, conformance.html (and its data, conformance.json), called by
// scripts/post-build.mjs.
//
// The results come from running every clinical reference case of tests/cases/ through the
// engine now, from this build's source (`cargo run --example conformance`: the runner
// tests/clinical_cases.rs uses), never from a file left by an earlier run: a release build
// that runs no test (scripts/serve.sh) still gets this engine's results, and a build whose
// cases could not be run says so on the page instead of showing any. The page is plain HTML
// (no script, no inline style: the strict CSP holds) styled by the app's stylesheet and
// web/pages.css (copied by post-build.mjs).
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { packageVersion } from './runtime.mjs';
import { CONTENT_SECURITY_POLICY } from './csp.mjs';

const ROOT = fileURLToPath(new URL('../', import.meta.url));

/** The report format this page knows (`REPORT_FORMAT` in src/conformance.rs). */
const FORMAT = 1;

/** backstep's policy (scripts/csp.mjs): this page has no script at all. */
export const PAGE_CSP = CONTENT_SECURITY_POLICY;

const LEVELS = { emergency: 'Emergency', urgent: 'Urgent', soon: 'Soon', routine: 'Routine', self_care: 'Self-care' };

/** Text made safe for HTML content and attribute values. */
export const escape = (text) => String(text).replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]);

/** Runs the reference cases with this source's engine: the report as an object, or the
 *  reason there is none. */
export function runCases() {
  const out = join(ROOT, 'target', 'conformance-build.json');
  try {
    mkdirSync(join(ROOT, 'target'), { recursive: true });
    execFileSync(process.env.CARGO ?? 'cargo', ['run', '--quiet', '--example', 'conformance', '--', out], {
      cwd: ROOT,
      stdio: ['ignore', 'inherit', 'inherit'],
    });
    const report = JSON.parse(readFileSync(out, 'utf8'));
    if (report.format !== FORMAT) return { problem: `the report is in format ${report.format}, this page knows format ${FORMAT}` };
    if (report.package_version !== packageVersion()) return { problem: `the report is of backstep ${report.package_version}, this build is ${packageVersion()}` };
    return { report };
  } catch (error) {
    return { problem: `the clinical cases could not be run (${String(error.message ?? error).split('\n')[0]})` };
  }
}

const list = (ids) => (ids.length ? ids.map((id) => `<code>${escape(id)}</code>`).join(', ') : '<span class="none">none</span>');

/** The page, from a report (or the reason there is none). */
export function renderPage({ report, problem }, css) {
  const head = `<!DOCTYPE html>
<html lang="en">
<head>
  <meta charset="utf-8">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <meta http-equiv="Content-Security-Policy" content="${PAGE_CSP}">
  <meta name="referrer" content="no-referrer">
  <meta name="color-scheme" content="light dark">
  <title>backstep: conformance report</title>
  <link rel="stylesheet" href="./${escape(css)}">
  <link rel="stylesheet" href="./pages.css">
  <link rel="icon" href="icon.svg" type="image/svg+xml">
</head>
<body>
<main class="app page conformance" id="conformance">
<h1>backstep: conformance report</h1>
`;
  const foot = `<p><a href="./">Back to backstep</a></p>
</main>
</body>
</html>
`;
  if (!report) {
    return `${head}<div class="verdict failed" id="verdict" data-status="missing">
<p><strong>No results for this build.</strong> ${escape(problem)}, so this page shows no rule table and no case result rather than any from another build.</p>
</div>
${foot}`;
  }
  const allPass = report.failed === 0 && report.file_problems.length === 0;
  const files = report.files.map((f) => `<code>${escape(f.file)}</code> (${f.cases})`).join(', ');
  const verdict = allPass
    ? `<p><strong>All ${report.total} clinical reference cases pass on this build.</strong></p>`
    : `<p><strong>${report.failed} of ${report.total} clinical reference cases fail on this build.</strong> ${report.file_problems.map(escape).join(' ')}</p>`;
  const rules = report.rules.map((rule, at) => `<tr data-rule="${escape(rule.id)}">
<td>${at + 1}</td>
<th scope="row"><code>${escape(rule.id)}</code></th>
<td class="level" data-level="${escape(rule.level)}">${escape(LEVELS[rule.level] ?? rule.level)}</td>
<td>${rule.suspected ? escape(rule.suspected.replaceAll('_', ' ')) : '<span class="none">none</span>'}</td>
<td class="sources"><ul>${rule.sources.map((s) => `<li>${escape(s)}</li>`).join('')}</ul></td>
<td class="expected">${list(rule.expected_in)}</td>
<td class="fired">${list(rule.fired_in)}</td>
</tr>`).join('\n');
  const cases = report.cases.map((c) => `<tr data-case="${escape(c.id)}" data-passed="${c.passed}">
<th scope="row"><code>${escape(c.id)}</code></th>
<td><code>${escape(c.file)}</code></td>
<td>${escape(c.summary)}</td>
<td class="result">${c.passed ? 'passed' : `<strong>failed</strong>: ${c.problems.map(escape).join('; ')}`}</td>
<td class="outcome">${escape(c.outcome)}</td>
</tr>`).join('\n');
  return `${head}<p>backstep ${escape(report.package_version)}, clinical policy version <span id="content-version">${escape(report.content_version)}</span> (its documents are <code>docs/clinical/</code> in backstep's source: answers, triage, ladder and sources). This page was made when this build was, by running every clinical reference case through its engine with the runner of the test command (<code>tests/clinical_cases.rs</code>). Report digest <code id="digest">${escape(report.digest)}</code>; its data is <a href="./conformance.json">conformance.json</a>.</p>
<div class="verdict ${allPass ? 'passed' : 'failed'}" id="verdict" data-status="${allPass ? 'passed' : 'failed'}" data-total="${report.total}" data-passed="${report.passed}">
${verdict}
<p>Cases by file: ${files}. <code>dev-cases.json</code> is the reference set of the clinical policy; the others test boundaries, unsure answers, refused answers and the ladder.</p>
</div>

<h2 id="rules-title">The ${report.rules.length} rules</h2>
<p>Every rule of the policy's table, in its order: the level it sets, what it makes a clinician think of, its sources, the cases that expect it to fire, and the cases where it fired on this build.</p>
<div class="table-wrap" role="region" aria-labelledby="rules-title" tabindex="0">
<table class="rules">
<thead><tr><th scope="col">#</th><th scope="col">Rule</th><th scope="col">Level</th><th scope="col">Suspected</th><th scope="col">Sources</th><th scope="col">Cases that expect it</th><th scope="col">Cases where it fired</th></tr></thead>
<tbody>
${rules}
</tbody>
</table>
</div>

<h2 id="cases-title">The ${report.total} cases</h2>
<div class="table-wrap" role="region" aria-labelledby="cases-title" tabindex="0">
<table class="cases">
<thead><tr><th scope="col">Case</th><th scope="col">File</th><th scope="col">Summary</th><th scope="col">Result</th><th scope="col">What the engine said</th></tr></thead>
<tbody>
${cases}
</tbody>
</table>
</div>
${foot}`;
}

/** Writes conformance.html (and conformance.json when there are results) into `dir`; `css`
 *  is the app's hashed stylesheet. Returns the report, or the reason there is none. */
export function writeConformance(dir, css) {
  const result = runCases();
  writeFileSync(join(dir, 'conformance.html'), renderPage(result, css));
  if (result.report) writeFileSync(join(dir, 'conformance.json'), `${JSON.stringify(result.report, null, 2)}\n`);
  return result;
}
