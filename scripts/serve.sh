#!/usr/bin/env bash
# Builds the app (release build, as tested) and serves dist/ at http://127.0.0.1:8080/; the page
# opens the built-in sample record. PORT=9000 scripts/serve.sh picks another port.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh --no-browser
source scripts/env.sh
scripts/build.sh
PORT="${PORT:-8080}"
echo "Verbatim: serving on http://127.0.0.1:$PORT/ (Ctrl-C stops)"
exec python3 -m http.server "$PORT" --bind 127.0.0.1 --directory dist
