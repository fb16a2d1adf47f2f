// Loads the parser module (src/bin/verbatim-parser.rs) into the page once,
// on the first record opened here. Its files sit next to index.html.
let loading = null;

export function load_parser() {
  if (!loading) {
    const base = document.baseURI;
    loading = import(new URL('verbatim-parser.js', base).href).then(async (parser) => {
      await parser.default({ module_or_path: new URL('verbatim-parser_bg.wasm', base) });
      return parser;
    });
    // A failed load may be retried (a flaky network, say).
    loading.catch(() => { loading = null; });
  }
  return loading;
}

export function parse_with(parser, text, themes, post) {
  parser.worker_parse(text, themes, post);
}
