#!/usr/bin/env bash
# Runs every test: native Rust tests, in-browser Rust tests, end-to-end tests on the release
# bundle. Runs all three layers even when one fails, then exits non-zero if any failed.
set -uo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh || exit 1
export PATH="$HOME/.cargo/bin:$PWD/node_modules/.bin:$PATH"

failed=()
layer() { printf '\n=== %s ===\n' "$1"; }

layer "1/3 native Rust tests (cargo test)"
cargo test --color never --no-fail-fast || failed+=("native Rust tests")

layer "2/3 in-browser Rust tests (wasm-bindgen-test in headless Chromium)"
CHROMEDRIVER=/usr/bin/chromedriver \
CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_RUNNER=wasm-bindgen-test-runner \
  cargo test --color never --target wasm32-unknown-unknown --test browser \
  || failed+=("in-browser Rust tests")

layer "3/3 end-to-end tests (release bundle, Playwright, headless Chromium)"
if trunk build --release; then
  node --test --test-reporter=spec tests/e2e/ || failed+=("end-to-end tests")
else
  failed+=("release build for the end-to-end tests")
fi

echo
if [ ${#failed[@]} -gt 0 ]; then
  printf 'FAILED: %s\n' "${failed[@]}"
  exit 1
fi
echo "All three test layers passed."
