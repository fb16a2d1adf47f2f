//! Any bytes as a PDF: the engine, the layout and the parse. An error is
//! fine; a panic, a hang or unbounded memory is a finding (libFuzzer's
//! -timeout and -rss_limit_mb catch the last two).
#![no_main]
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let _ = verbatim_pdf::parse(data);
});
