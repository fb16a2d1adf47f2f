//! Any bytes: decode, parse, and walk what the views use. Must never panic.
#![no_main]
use libfuzzer_sys::fuzz_target;
use std::sync::LazyLock;

static THEMES: LazyLock<verbatim_core::themes::ThemeSet> = LazyLock::new(verbatim_core::themes::ThemeSet::builtin);

fuzz_target!(|data: &[u8]| {
    let Ok(record) = verbatim_core::parse_bytes(data) else { return };
    let themes = &*THEMES;
    for (si, s) in record.speeches.iter().enumerate() {
        for (pi, p) in s.paragraphs.iter().enumerate() {
            let symbols: Vec<(usize, usize, &str)> = record
                .symbols
                .iter()
                .filter(|x| x.location == verbatim_core::Location::Paragraph { speech: si, paragraph: pi })
                .map(|x| (x.start, x.end, x.symbol.as_str()))
                .collect();
            let _ = verbatim_core::inline::runs(p, &symbols, &themes.find(p));
        }
    }
    for c in verbatim_core::citations::cited_documents(&record) {
        let _ = verbatim_core::resolutions::describe(&c.symbol, None);
    }
});
