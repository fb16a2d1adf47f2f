//! The parser as a module of its own, loaded only when a record is opened.
//!
//! The page's first load carries the viewer (`verbatim-app`) but not the
//! parser: parsing a record is the biggest piece of `verbatim_core` (about a
//! third of the viewer's wasm), and a visitor sees the page before any
//! record is parsed. This module is built by Trunk next to the viewer
//! (`data-type="worker"`, ES module glue) and loaded twice over:
//!
//! * in the parse worker (`parse-worker.js`, see `src/worker.rs`), for
//!   large records, off the page's main thread;
//! * on the page (`src/parser.rs`), once, for small records and the
//!   preview of a large one.
//!
//! Both call [`worker_parse`], which hands the record back in the binary
//! pieces of [`verbatim_core::transfer`], so the page reads one format
//! whichever side parsed.

use verbatim_core::themes::ThemeSet;
use wasm_bindgen::prelude::*;

/// Parse `text`, count theme matches with the built-in themes plus
/// `custom_themes_json`, and call `post` with each piece of the record.
#[wasm_bindgen]
pub fn worker_parse(text: &str, custom_themes_json: &str, post: &js_sys::Function) {
    let record = verbatim_core::parse(text);
    for piece in verbatim_core::transfer::pieces_with_theme_counts(&record, custom_themes_json) {
        let _ = post.call1(&JsValue::NULL, &js_sys::Uint8Array::from(&piece[..]));
    }
}

/// Parse `text`, then ten times over (`also` = 1) count the built-in themes
/// per speech, as the app does, or (`also` = 2) find the document symbols in
/// every paragraph again; returns a count so no work is skipped. The
/// browser benchmark (`scripts/bench.sh`) times the parser in wasm through
/// this export, and theme matching and symbol finding as shares of it, as
/// `verbatim bench` does natively (ten times, so their time stands out of
/// the parse's own variation).
#[wasm_bindgen]
pub fn bench_parse(text: &str, also: u8) -> usize {
    thread_local! {
        static THEMES: ThemeSet = ThemeSet::builtin();
    }
    let record = verbatim_core::parse(text);
    let themes = || THEMES.with(|t| verbatim_core::citations::theme_counts(&record, t).len());
    let symbols = || {
        record
            .speeches
            .iter()
            .flat_map(|s| &s.paragraphs)
            .map(|p| verbatim_core::symbols::find_symbols(p).len())
            .sum::<usize>()
    };
    let again: usize = match also {
        0 => 0,
        1 => (0..10).map(|_| themes()).sum(),
        _ => (0..10).map(|_| symbols()).sum(),
    };
    record.speeches.len() + again
}

/// Nothing runs at load: the module only answers calls.
fn main() {}
