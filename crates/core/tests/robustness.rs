//! The parser never panics and stays linear, whatever it is given.

mod common;
use common::*;
use proptest::prelude::*;

proptest! {
    #![proptest_config(ProptestConfig { cases: 400, ..ProptestConfig::default() })]

    #[test]
    fn arbitrary_text_never_panics(text in "\\PC{0,400}") {
        let _ = verbatim_core::parse(&text);
    }

    #[test]
    fn record_like_fragments_never_panic(parts in proptest::collection::vec(prop_oneof![
        Just("Mr. X (Niger) (spoke in\n"), Just("French): Text.\n"), Just("The President:"), Just("\u{c}"),
        Just("S/PV.8700\n"), Just("\n\n"), Just("In favour:\n"), Just("China, Russian Federation\n"),
        Just("A vote was taken by show of hands.\n"), Just("begin\n\n"), Just("“quoted:\n"),
        Just("resolution 2505 (2020)"), Just("S/2020/24/Rev.1"), Just("I now give the floor to the representative of Niger.\n"),
        Just("Against:"), Just("\r\n"), Just("é\u{00AD}\u{FB01}"), Just("President:\n\nMr. Dang. . . . .\n"),
    ], 0..60)) {
        let text: String = parts.concat();
        let r = verbatim_core::parse(&text);
        for s in &r.symbols {
            prop_assert!(s.start <= s.end);
        }
    }

    #[test]
    fn corpus_slices_never_panic(start in 0usize..80_000, len in 0usize..6_000) {
        let text = read(corpus_dir().join("raw/S_PV_8700.txt"));
        let mut a = start.min(text.len());
        while !text.is_char_boundary(a) { a -= 1; }
        let mut b = (a + len).min(text.len());
        while !text.is_char_boundary(b) { b -= 1; }
        let _ = verbatim_core::parse(&text[a..b]);
    }

    #[test]
    fn arbitrary_bytes_never_panic(bytes in proptest::collection::vec(any::<u8>(), 0..600)) {
        let _ = verbatim_core::parse_bytes(&bytes);
    }
}

/// 100 000 lines that each look like a label: one speech each, no blow-up.
#[test]
fn many_label_like_lines_parse() {
    let text = "Mr. Abarry (Niger) (spoke in French): Yes.\n".repeat(100_000);
    let r = verbatim_core::parse(&text);
    assert_eq!(r.speeches.len(), 100_000);
    assert_eq!(r.speeches[99_999].order, 100_000);
}

/// One 10 MB line, 200 000 stray single words, 100 000 paragraphs each
/// cut mid-sentence (they all join: in one pass, not one pass per join), and
/// 2 000 pages of 11 blocks, the most whose column order is searched.
#[test]
fn degenerate_layouts_parse() {
    let long = "word ".repeat(2_000_000);
    let r = verbatim_core::parse(&long);
    assert!(r.speeches.is_empty());
    let strays = "The Security Council will now\n\nbegin\n\n".repeat(100_000);
    let r = verbatim_core::parse(&strays);
    assert!(r.speeches.is_empty());
    let cuts = format!(
        "Mr. Kazykhanov (Kazakhstan): We begin\n\n{}",
        "and the words go on without a stop\n\n".repeat(100_000)
    );
    let r = verbatim_core::parse(&cuts);
    assert_eq!(r.speeches.len(), 1);
    assert_eq!(r.speeches[0].paragraphs.len(), 1);
    let block = "the words of a column go on\nand on without an end\n\n";
    let page = format!("Each page opens here.\n\n{}", block.repeat(10));
    let pages = format!(
        "Mr. Kazykhanov (Kazakhstan): We begin.\n\n{}",
        page.repeat(2_000).replace("Each page", "\u{c}Each page")
    );
    let r = verbatim_core::parse(&pages);
    assert_eq!(r.speeches.len(), 1);
}
