//! The parser's entry points for profiling the wasm build in Node (see
//! `scripts/wasm-profile.sh`): the text is written into a buffer the module
//! hands out, then parsed.

use std::cell::RefCell;

thread_local! {
    static TEXT: RefCell<Vec<u8>> = const { RefCell::new(Vec::new()) };
    // Built once, as the app builds it: built per call, its construction
    // (reading the themes file) took a third of the profile.
    static THEMES: verbatim_core::themes::ThemeSet = verbatim_core::themes::ThemeSet::builtin();
}

/// A buffer of `len` bytes for the next text to parse (valid until the next
/// call).
#[no_mangle]
pub extern "C" fn text_buffer(len: usize) -> *mut u8 {
    TEXT.with(|text| {
        let mut text = text.borrow_mut();
        text.clear();
        text.resize(len, 0);
        text.as_mut_ptr()
    })
}

/// Parse the buffer's text; with `themes` set, also match the built-in
/// themes over every paragraph. Returns a count, so no work is skipped.
#[no_mangle]
pub extern "C" fn parse_text(themes: u32) -> usize {
    TEXT.with(|text| {
        let text = text.borrow();
        let Ok(text) = std::str::from_utf8(&text) else {
            return 0;
        };
        let record = verbatim_core::parse(text);
        let mut count = record.speeches.len();
        if themes != 0 {
            count += THEMES.with(|themes| {
                verbatim_core::citations::theme_counts(&record, themes)
                    .iter()
                    .flatten()
                    .sum::<usize>()
            });
        }
        count
    })
}
