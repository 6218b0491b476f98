#!/usr/bin/env bash
# Checks backstep's dependencies for known security advisories and for their licences:
# cargo-deny on the Rust crates (the policy is deny.toml: licences, duplicate versions,
# sources, RustSec advisories) and npm audit on both npm lockfiles (the build and test tools'
# package-lock.json, and the benchmark's bench/package-lock.json), with their licences listed.
#
# Not part of the test command: the advisory databases come from the network, and a newly
# published advisory must not turn a test run red by itself. Every check says whether it ran;
# one whose database cannot be reached is reported as SKIPPED with the reason, never as
# passed. Exit status: 1 if a check that ran found a problem, else 0; with AUDIT_STRICT=1 a
# skipped check is a failure too (for a machine that is expected to reach the databases).
set -uo pipefail
cd "$(dirname "$0")/.."
export PATH="$HOME/.cargo/bin:$PATH"

# The newest cargo-deny that builds on this project's rustc 1.95 (0.20.x needs rustc 1.88);
# `cargo install --locked` takes about 6 minutes on 2 cores.
CARGO_DENY_VERSION=0.20.2

passed=()
failed=()
skipped=()
section() { printf '\n=== %s ===\n' "$1"; }

section "cargo-deny"
if ! command -v cargo-deny >/dev/null 2>&1; then
  echo "audit: cargo-deny is missing: installing cargo-deny $CARGO_DENY_VERSION from crates.io (cargo install --locked, several minutes)"
  if ! cargo install cargo-deny --version "$CARGO_DENY_VERSION" --locked; then
    echo "audit: cargo-deny did not install; nothing was checked."
    exit 1
  fi
fi
installed=$(cargo deny --version | awk '{print $2}')
echo "audit: cargo-deny $installed"
if [ "$installed" != "$CARGO_DENY_VERSION" ]; then
  echo "audit: note: deny.toml was written for cargo-deny $CARGO_DENY_VERSION; $installed may read it differently"
fi

section "Rust crates: licences, duplicate versions, sources (cargo deny check bans licenses sources)"
# The inclusion graphs (who pulls in each duplicate) run to hundreds of lines; `cargo deny
# check bans` alone prints them.
deny_log=$(cargo deny check --hide-inclusion-graph bans licenses sources 2>&1)
deny_status=$?
printf '%s\n' "$deny_log"
duplicates=$(printf '%s\n' "$deny_log" | sed -n "s/^warning\[duplicate\]: found \([0-9]*\) duplicate entries for crate '\(.*\)'/\2 (\1 versions)/p" | paste -sd, - | sed 's/,/, /g')
if [ "$deny_status" -eq 0 ]; then
  passed+=("Rust crates: every licence allowed by deny.toml, crates.io only; duplicate versions (a warning): ${duplicates:-none}")
else
  failed+=("Rust crates: licences, bans or sources (see above)")
fi
echo "Licences of the crates, dev-dependencies included (cargo deny list; a crate under \"MIT OR Apache-2.0\" counts under both):"
cargo deny list --layout license 2>/dev/null | sed -E 's/^([^:]*):.*/  \1/'

section "Rust crates: known advisories (cargo deny check advisories, RustSec database)"
# cargo-deny clones the RustSec database from GitHub into $CARGO_HOME/advisory-dbs. Fetching
# it first, apart, tells "the database cannot be had" from "an advisory was found".
db_root="${CARGO_HOME:-$HOME/.cargo}/advisory-dbs"
if fetch_log=$(cargo deny fetch db 2>&1); then
  if cargo deny check advisories; then
    passed+=("Rust crates: no known advisory (RustSec database fetched now)")
  else
    failed+=("Rust crates: advisories (see above)")
  fi
else
  why=$(printf '%s\n' "$fetch_log" | grep -E 'fatal:|error:|ERROR' | tail -n 1 | sed -E 's/^.*(fatal|error): *//I')
  why=${why:-$(printf '%s\n' "$fetch_log" | tail -n 1)}
  copy=$(find "$db_root" -mindepth 1 -maxdepth 1 -type d -name 'advisory-db-*' -exec test -d '{}/crates' ';' -print 2>/dev/null | head -n 1)
  if [ -n "$copy" ]; then
    updated=$(git -C "$copy" log -1 --format=%cs 2>/dev/null || echo "an unknown date")
    echo "audit: the RustSec database could not be updated ($why);"
    echo "audit: checking against the copy already on this machine, last updated $updated (newer advisories are missed)"
    if cargo deny --offline check advisories; then
      passed+=("Rust crates: no known advisory in the RustSec database as of $updated (could not update it: $why)")
    else
      failed+=("Rust crates: advisories, database as of $updated (see above)")
    fi
  else
    echo "audit: SKIPPED: the RustSec advisory database (https://github.com/RustSec/advisory-db) could not be fetched: $why"
    echo "audit: no copy of it is on this machine, so the Rust crates were NOT checked for known advisories."
    skipped+=("Rust crates, advisories: the RustSec database could not be fetched from GitHub ($why)")
  fi
fi

for folder in . bench; do
  lockfile="$folder/package-lock.json"
  [ "$folder" = . ] && lockfile=package-lock.json
  section "npm packages of $lockfile: known advisories (npm audit) and licences"
  output=$(node scripts/npm-audit.mjs "$folder")
  status=$?
  printf '%s\n' "$output"
  case $status in
    0) passed+=("npm, $lockfile: no known advisory") ;;
    3) skipped+=("npm, $lockfile, advisories: $(printf '%s\n' "$output" | sed -n 's/^npm audit: SKIPPED: //p')") ;;
    *) failed+=("npm, $lockfile: advisories (see above)") ;;
  esac
done

section "Summary"
for line in "${passed[@]}"; do echo "passed:  $line"; done
for line in "${skipped[@]}"; do echo "SKIPPED: $line"; done
for line in "${failed[@]}"; do echo "FAILED:  $line"; done
if [ ${#failed[@]} -gt 0 ]; then
  exit 1
fi
if [ ${#skipped[@]} -gt 0 ]; then
  echo "Every check that could run passed; ${#skipped[@]} could not run (above), so this is not a clean bill."
  [ "${AUDIT_STRICT:-0}" = 1 ] && exit 1
  exit 0
fi
echo "Every dependency check ran and passed."
