//! The PDF reader as a module of its own, loaded only when a PDF is opened.
//!
//! `verbatim-pdf` (pdf-extract over lopdf, then `verbatim_core::layout`)
//! weighs several times the viewer, and most readers open text. So it is a
//! third wasm module, built by Trunk next to the viewer and the parser, that
//! only the parse worker loads, the first time a PDF arrives
//! (`parse-worker.js`); the page's main thread never runs it.

use wasm_bindgen::prelude::*;

/// Read the PDF in `bytes`, parse its layout's text, count theme matches
/// with the built-in themes plus `custom_themes_json`, and call `post` with
/// each piece of the record ([`verbatim_core::transfer`]). Returns the text
/// the layout made, which the page keeps as the record's text (for storage
/// and permalinks: `verbatim_core::parse` reads it back to the same record).
/// A PDF that gives no record (encrypted, a scan, damaged) is an error whose
/// message says so.
#[wasm_bindgen]
pub fn pdf_parse(
    bytes: &[u8],
    custom_themes_json: &str,
    post: &js_sys::Function,
) -> Result<String, JsValue> {
    let text = verbatim_pdf::text(bytes).map_err(|e| JsValue::from_str(&e.to_string()))?;
    let record = verbatim_core::layout::parse_layout_text(&text);
    for piece in verbatim_core::transfer::pieces_with_theme_counts(&record, custom_themes_json) {
        let _ = post.call1(&JsValue::NULL, &js_sys::Uint8Array::from(&piece[..]));
    }
    Ok(text)
}

/// Nothing runs at load: the module only answers calls.
fn main() {}
