#!/usr/bin/env bash
# The benchmark command: builds the release bundle and a bench build of the engine, then
# measures sizes, engine timings, start-up, Lighthouse and memory into target/bench/report.md
# and report.json. Not part of the test command; its figures are never test assertions.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh
export PATH="$HOME/.cargo/bin:$PWD/node_modules/.bin:$PATH"
mkdir -p target/bench

# Its own npm dependencies (Lighthouse), apart from the test command's.
if [ -f bench/node_modules/.package-lock.json ] && [ bench/node_modules/.package-lock.json -nt bench/package-lock.json ]; then
  echo "bench: Lighthouse: present"
else
  echo "bench: installing the benchmark's npm dependencies (npm ci in bench/)"
  (cd bench && npm ci --no-audit --no-fund)
fi

echo "bench: building the release bundle"
trunk build --release

echo "bench: timing assess natively"
cargo bench --bench engine | tee target/bench/engine-native.json

echo "bench: building the engine for the browser (feature bench)"
cargo build --release --lib --target wasm32-unknown-unknown --features bench
wasm-bindgen --target web --no-typescript --out-dir target/bench/engine-wasm --out-name backstep \
  target/wasm32-unknown-unknown/release/backstep.wasm
printf '<!DOCTYPE html><title>backstep engine bench</title>\n' > target/bench/engine-wasm/index.html

node bench/run.mjs
