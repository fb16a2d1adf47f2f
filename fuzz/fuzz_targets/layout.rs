//! Any glyph dump: pages, the layout's text, its parse. Must never panic
//! (glyphs come from untrusted PDFs: NaN, huge or negative positions, any
//! character).
#![no_main]
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let dump = String::from_utf8_lossy(data);
    let pages = verbatim_core::layout::pages_from_dump(&dump);
    let text = verbatim_core::layout::text_of_pages(&pages);
    let _ = verbatim_core::layout::parse_layout_text(&text);
    let _ = verbatim_core::parse(&text);
});
