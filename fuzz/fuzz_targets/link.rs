//! Any fragment: decode the permalink and resolve its anchor. Must never panic.
#![no_main]
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Ok(fragment) = std::str::from_utf8(data) else { return };
    let _ = verbatim_core::share::plain_passage_id(fragment);
    if let Ok(link) = verbatim_core::share::decode_fragment(fragment) {
        if let (Some(text), Some(anchor)) = (link.text, link.anchor) {
            let record = verbatim_core::parse(&text);
            let _ = verbatim_core::anchor::resolve(&record, &anchor);
        }
    }
});
