# Sourced by the scripts: puts cargo's tools and the npm-installed wasm-opt on PATH.
# (Debian's wasm-opt 108 breaks modules that use reference types, which
# wasm-bindgen 0.2.130 requires; binaryen 132 from npm does not.)
export PATH="$HOME/.cargo/bin:$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)/tests/e2e/node_modules/.bin:$PATH"
