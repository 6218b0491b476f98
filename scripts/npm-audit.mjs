// One npm lockfile's dependency check, for scripts/audit.sh: known advisories through
// `npm audit` (it asks the registry's audit endpoint, which may not answer) and the licences
// the lockfile records for every package. The npm packages are build and test tools (and the
// benchmark's Lighthouse); none of them ships in dist/, so their licences are listed for a
// person to read rather than enforced.
//
//   node scripts/npm-audit.mjs <folder holding package-lock.json>
//
// Exit status: 0 no known advisory, 1 advisories found, 3 the audit could not be had (the
// line "npm audit: SKIPPED: <why>" says why; the licences are listed either way).
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

const folder = process.argv[2] ?? '.';
const lockfile = join(folder, 'package-lock.json');
const lock = JSON.parse(readFileSync(lockfile, 'utf8'));

// Permissive licences: nothing to do for tools that are run and not shipped. Anything else
// (weak copyleft such as MPL-2.0, a missing licence) is named, for a person to look at.
const PERMISSIVE = new Set(['MIT', 'ISC', 'Apache-2.0', 'BSD-2-Clause', 'BSD-3-Clause', '0BSD', 'BlueOak-1.0.0', 'Unlicense', 'CC0-1.0']);

function licences() {
  const byLicence = new Map();
  for (const [path, entry] of Object.entries(lock.packages ?? {})) {
    if (path === '' || entry.link) continue;
    const licence = typeof entry.license === 'string' ? entry.license : 'none recorded';
    const name = `${path.replace(/^.*node_modules\//, '')}@${entry.version}`;
    if (!byLicence.has(licence)) byLicence.set(licence, []);
    byLicence.get(licence).push(name);
  }
  const sorted = [...byLicence].sort((a, b) => b[1].length - a[1].length || a[0].localeCompare(b[0]));
  const count = sorted.reduce((sum, [, names]) => sum + names.length, 0);
  console.log(`licences of the ${count} packages in ${lockfile}: ${sorted.map(([licence, names]) => `${names.length} ${licence}`).join(', ')}`);
  for (const [licence, names] of sorted) {
    // An SPDX expression whose every part is permissive (e.g. "MIT OR Apache-2.0") is too.
    const parts = licence.replace(/[()]/g, ' ').split(/\s+(?:OR|AND)\s+|\s+/).filter(Boolean);
    if (!parts.every((part) => PERMISSIVE.has(part))) console.log(`  to look at: ${licence}: ${names.join(', ')}`);
  }
}

function audit() {
  const run = spawnSync('npm', ['audit', '--package-lock-only', '--json'], {
    cwd: folder, encoding: 'utf8', timeout: 120_000, maxBuffer: 64 * 1024 * 1024,
  });
  let report = null;
  try {
    report = JSON.parse(run.stdout);
  } catch {
    // Not JSON: npm failed before it could report; the reason is in stderr.
  }
  if (!report?.auditReportVersion) {
    const why = run.error?.code === 'ETIMEDOUT' ? 'the audit endpoint did not answer within 2 minutes'
      : report?.message ?? (run.stderr.split('\n').find((line) => /npm (error|ERR!)/.test(line)) ?? `npm exited with ${run.status}`);
    console.log(`npm audit: SKIPPED: the registry's audit endpoint could not be used (${why}), so ${lockfile} was not checked for known advisories`);
    return 3;
  }
  const counts = report.metadata.vulnerabilities;
  const total = counts.total ?? 0;
  const packages = report.metadata.dependencies?.total ?? '?';
  if (total === 0) {
    console.log(`npm audit: no known advisory for the ${packages} packages of ${lockfile}`);
    return 0;
  }
  console.log(`npm audit: ${total} vulnerable packages in ${lockfile} (${Object.entries(counts).filter(([k, v]) => k !== 'total' && v).map(([k, v]) => `${v} ${k}`).join(', ')}):`);
  for (const [name, found] of Object.entries(report.vulnerabilities)) {
    const via = found.via.map((v) => (typeof v === 'string' ? `through ${v}` : `${v.title} ${v.url ?? ''}`.trim())).join('; ');
    const fix = found.fixAvailable === true ? 'fix: npm audit fix'
      : found.fixAvailable ? `fix: ${found.fixAvailable.name}@${found.fixAvailable.version}` : 'no fix yet';
    console.log(`  ${name} ${found.range} (${found.severity}): ${via} [${fix}]`);
  }
  return 1;
}

licences();
process.exitCode = audit();
