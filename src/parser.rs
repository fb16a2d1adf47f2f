//! Parsing on the page, through the parser module loaded on demand.
//!
//! The viewer's wasm does not contain the parser (see
//! `src/bin/verbatim-parser.rs`): the first record opened on the page loads
//! the parser module once (a few tens of KB gzip, cached after), and every
//! later parse on the page calls it directly. Large records go to the
//! worker instead (`src/worker.rs`), which loads the same module.

use std::cell::RefCell;
use std::rc::Rc;
use verbatim_core::Record;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;

#[wasm_bindgen(module = "/src/js/parser.js")]
extern "C" {
    fn load_parser() -> js_sys::Promise;
    fn parse_with(parser: &JsValue, text: &str, themes: &str, post: &js_sys::Function);
}

/// A record parsed on the page, with its theme counts per speech.
pub type Parsed = (Record, Vec<Vec<usize>>);

/// Parse `text` on the page with the built-in themes plus `custom_themes_json`.
/// Fails only when the parser module cannot be loaded or answers wrongly.
pub async fn parse_here(text: &str, custom_themes_json: &str) -> Result<Parsed, String> {
    let parser = wasm_bindgen_futures::JsFuture::from(load_parser())
        .await
        .map_err(|e| {
            format!(
                "the parser could not be loaded ({})",
                crate::worker::describe(&e)
            )
        })?;
    let pieces: Rc<RefCell<Vec<Vec<u8>>>> = Rc::default();
    let sink = pieces.clone();
    let post = Closure::<dyn FnMut(js_sys::Uint8Array)>::new(move |piece: js_sys::Uint8Array| {
        sink.borrow_mut().push(piece.to_vec());
    });
    parse_with(
        &parser,
        text,
        custom_themes_json,
        post.as_ref().unchecked_ref(),
    );
    drop(post);
    let mut assembler = verbatim_core::transfer::Assembler::new();
    for piece in pieces.take() {
        if let Some(parsed) = assembler.push(&piece)? {
            return Ok(parsed);
        }
    }
    Err("the parser returned an incomplete record".into())
}
