#!/usr/bin/env bash
# Builds the release bundle and serves it at http://127.0.0.1:8080 with a plain static server
# (no Trunk dev server: its inline reload script would break the strict CSP).
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh build
export PATH="$HOME/.cargo/bin:$PWD/node_modules/.bin:$PATH"
echo "serve: building the release bundle (trunk build --release)"
trunk build --release
echo "serve: the clinic widget demo is examples/clinic.html (serve examples/ from another port)"
exec node scripts/static-server.mjs dist --host 127.0.0.1 --port "${PORT:-8080}"
