// After `trunk build`: move Trunk's inline start-up script into a file of its
// own and add the Content-Security-Policy, so the page runs no inline script.
// The policy (documented in ARCHITECTURE.md, "Security"):
//   default-src 'self'                 nothing from elsewhere by default
//   script-src 'self' 'wasm-unsafe-eval'  our JS and our wasm only; no eval, no inline
//   style-src 'self'                   our stylesheet (positions are set via CSSOM)
//   img-src 'self' data:               the empty data: favicon
//   connect-src 'self' https: http:    the lazily fetched data file and ?src= records
//   object-src 'none'; base-uri 'none'; form-action 'none'
import fs from 'node:fs';
import path from 'node:path';
import crypto from 'node:crypto';
import { createRequire } from 'node:module';

const dist = process.argv[2] || 'dist';
const indexPath = path.join(dist, 'index.html');
let html = fs.readFileSync(indexPath, 'utf8');

export const CSP = [
  "default-src 'self'",
  "script-src 'self' 'wasm-unsafe-eval'",
  "style-src 'self'",
  "img-src 'self' data:",
  "connect-src 'self' https: http:",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
].join('; ');

// Trunk's release build minifies the HTML: attribute quotes and optional
// tags such as <head> may be gone.
const inline = /<script type="?module"?>([\s\S]*?)<\/script>/;
const m = html.match(inline);
if (m) {
  const code = m[1].trim() + '\n';
  const hash = crypto.createHash('sha256').update(code).digest('hex').slice(0, 16);
  const name = `boot-${hash}.js`;
  fs.writeFileSync(path.join(dist, name), code);
  html = html.replace(inline, `<script type="module" src="/${name}"></script>`);
} else if (!/boot-[0-9a-f]+\.js/.test(html)) {
  throw new Error('postbuild: no start-up script found in index.html');
}
if (!html.includes('Content-Security-Policy')) {
  const meta = `<meta http-equiv="Content-Security-Policy" content="${CSP}">`;
  const charset = /<meta charset="?utf-8"?\s*\/?>/i;
  if (!charset.test(html)) throw new Error('postbuild: no charset meta to put the CSP after');
  html = html.replace(charset, (m) => `${m}${meta}`);
}
if (/<script(?![^>]*\bsrc=)[^>]*>/.test(html)) throw new Error('postbuild: an inline script is left');

// The parse worker (src/worker.rs) runs the parser module
// (src/bin/verbatim-parser.rs, built by Trunk as a worker with ES module glue).
const glue = fs.readdirSync(dist).find((f) => /^verbatim-app-[0-9a-f]+\.js$/.test(f));
const parserGlue = fs.readdirSync(dist).find((f) => /^verbatim-parser(-[0-9a-f]+)?\.js$/.test(f));
const parserWasm = fs.readdirSync(dist).find((f) => /^verbatim-parser(-[0-9a-f]+)?_bg\.wasm$/.test(f));
if (!glue || !parserGlue || !parserWasm) throw new Error('postbuild: the wasm bundles are missing');
if (parserGlue !== 'verbatim-parser.js' || parserWasm !== 'verbatim-parser_bg.wasm') {
  // src/js/parser.js loads these names; Trunk names a worker's files by its binary.
  throw new Error(`postbuild: unexpected parser module names ${parserGlue}, ${parserWasm}`);
}
for (const name of ['verbatim-pdf.js', 'verbatim-pdf_bg.wasm']) {
  // src/worker.rs's worker loads the PDF reader by these names.
  if (!fs.existsSync(path.join(dist, name))) throw new Error(`postbuild: ${name} is missing`);
}
fs.writeFileSync(path.join(dist, 'parse-worker.js'), `// Parses large records and reads PDFs off the page's main thread (see
// src/worker.rs). The PDF reader loads only when a PDF arrives.
import init, { worker_parse } from './${parserGlue}';
const ready = init({ module_or_path: new URL('./${parserWasm}', import.meta.url) });
let pdfReader = null;
function pdf() {
  if (!pdfReader) {
    pdfReader = import('./verbatim-pdf.js').then(async (reader) => {
      await reader.default({ module_or_path: new URL('./verbatim-pdf_bg.wasm', import.meta.url) });
      return reader;
    });
  }
  return pdfReader;
}
self.onmessage = async (event) => {
  const { id, text, pdf: bytes, themes } = event.data;
  try {
    if (bytes) {
      const reader = await pdf();
      const pieces = [];
      const layoutText = reader.pdf_parse(new Uint8Array(bytes), themes, (piece) => pieces.push(piece));
      self.postMessage({ id, text: layoutText });
      for (const piece of pieces) self.postMessage({ id, piece }, [piece.buffer]);
      return;
    }
    await ready;
    worker_parse(text, themes, (piece) => self.postMessage({ id, piece }, [piece.buffer]));
  } catch (error) {
    self.postMessage({ id, error: String((error && error.message) || error) });
  }
};
`);
// wasm-bindgen's JS glue, minified (Trunk minifies the CSS and HTML but
// not the glue): about 2.5 KB gzip of the first load. Its subresource
// integrity hash in index.html is recomputed to match.
const { minify } = createRequire(new URL('../tests/e2e/package.json', import.meta.url))('terser');
// Minify a module's glue in place; returns the minified code.
async function minifyInPlace(name) {
  const file = path.join(dist, name);
  const code = (await minify(fs.readFileSync(file, 'utf8'), { module: true, compress: true, mangle: true })).code;
  if (!code) throw new Error(`postbuild: ${name} did not minify`);
  fs.writeFileSync(file, code);
  return code;
}
const minified = await minifyInPlace(glue);
const integrity = `sha384-${crypto.createHash('sha384').update(minified).digest('base64')}`;
const preload = new RegExp(`(href="?/${glue.replace('.', '\\.')}"?[^>]*\\bintegrity=)"?sha384-[A-Za-z0-9+/=]+"?`);
if (!preload.test(html)) throw new Error('postbuild: no integrity hash for the JS glue in index.html');
html = html.replace(preload, `$1"${integrity}"`);

// The parser module's glue, minified the same way (it is not in index.html,
// so it has no integrity hash to update).
await minifyInPlace(parserGlue);
await minifyInPlace('verbatim-pdf.js');

fs.writeFileSync(indexPath, html);
console.log(`postbuild: ${indexPath} has no inline script and a CSP; JS glue minified`);
