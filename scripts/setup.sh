#!/usr/bin/env bash
# Installs what building and testing backstep needs and is missing, and skips what is there.
# Everything comes from the package registries: crates.io, npm, Debian. Safe to run again.
#
#   scripts/setup.sh          everything (build tools and the browser for tests)
#   scripts/setup.sh build    only what building the release bundle needs
set -euo pipefail
cd "$(dirname "$0")/.."

want=${1:-all}
say() { printf 'setup: %s\n' "$*"; }
export PATH="$HOME/.cargo/bin:$PWD/node_modules/.bin:$PATH"

TRUNK_VERSION=0.21.14   # Trunk 0.22 needs a newer rustc than this machine's
# The wasm-bindgen CLI must equal the wasm-bindgen crate in Cargo.lock, or Trunk and the test
# runner refuse (and Trunk would try to download one).
BINDGEN_VERSION=$(awk '/^name = "wasm-bindgen"$/ { getline; gsub(/[^0-9.]/, ""); print; exit }' Cargo.lock)

command -v cargo >/dev/null || { say "cargo not found: install Rust (rustup) first"; exit 1; }
command -v node >/dev/null || { say "node not found: install Node.js 20 or newer first"; exit 1; }

if rustup target list --installed 2>/dev/null | grep -qx wasm32-unknown-unknown; then
  say "wasm32-unknown-unknown target: present"
else
  say "adding the wasm32-unknown-unknown target"
  rustup target add wasm32-unknown-unknown
fi

if [ "$(trunk --version 2>/dev/null)" = "trunk $TRUNK_VERSION" ]; then
  say "trunk $TRUNK_VERSION: present"
else
  say "installing trunk $TRUNK_VERSION from crates.io (about 8 minutes on 2 cores)"
  cargo install trunk --version "$TRUNK_VERSION" --locked
fi

if [ "$(wasm-bindgen --version 2>/dev/null)" = "wasm-bindgen $BINDGEN_VERSION" ]; then
  say "wasm-bindgen CLI $BINDGEN_VERSION: present"
else
  # Not --locked: a dependency locked by this version is no longer on the registry.
  say "installing the wasm-bindgen CLI $BINDGEN_VERSION from crates.io (about 3 minutes)"
  cargo install wasm-bindgen-cli --version "$BINDGEN_VERSION"
fi

# Splits the release wasm into the start module and the later screens' modules
# (scripts/split.mjs); this version reads what wasm_split_helpers in Cargo.toml writes.
SPLIT_VERSION=0.2.4
# (It has no --version: cargo's list of what it installed says which one is there.)
if command -v wasm-split-cli >/dev/null && cargo install --list | grep -qx "wasm_split_cli_support v$SPLIT_VERSION:"; then
  say "wasm-split-cli $SPLIT_VERSION: present"
else
  say "installing wasm-split-cli $SPLIT_VERSION from crates.io (about 2 minutes)"
  cargo install --locked "wasm_split_cli_support@$SPLIT_VERSION" --features build-binary
fi

# npm dev dependencies (wasm-opt from binaryen, Playwright's core, axe-core), from the lock.
stamp=node_modules/.package-lock.json
if [ -f "$stamp" ] && [ "$stamp" -nt package-lock.json ] && [ -x node_modules/.bin/wasm-opt ]; then
  say "npm dev dependencies: present"
else
  say "installing npm dev dependencies (npm ci)"
  npm ci --no-audit --no-fund
fi

[ "$want" = build ] && exit 0

if [ -x /usr/bin/chromium ] && [ -x /usr/bin/chromedriver ]; then
  say "chromium and chromedriver: present"
else
  say "installing chromium and chromium-driver from Debian's packages"
  sudo=""
  [ "$(id -u)" -ne 0 ] && sudo=sudo
  $sudo apt-get update
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y chromium chromium-driver
fi
