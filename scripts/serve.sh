#!/usr/bin/env bash
# Builds the app (release build, as tested) and serves dist/ at http://127.0.0.1:8080/; the page
# opens the built-in sample record. PORT=9000 scripts/serve.sh picks another port.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh --no-browser
source scripts/env.sh
scripts/build.sh
export PORT="${PORT:-8080}"
echo "Verbatim: serving on http://127.0.0.1:$PORT/ (Ctrl-C stops)"
exec node --input-type=module -e "
const { serve } = await import('./tests/e2e/harness.js');
await serve(undefined, {}, Number(process.env.PORT));
setInterval(() => {}, 1 << 30);" 
