//! Records from positioned glyphs (`verbatim_core::layout`), on pages of the
//! corpus PDFs kept as glyph dumps (`tests/corpus/layout/`), so no PDF
//! engine is needed here. Whole records through the engine are tested in
//! `crates/pdf`.

mod common;
use common::*;
use verbatim_core::layout::{pages_from_dump, parse_pages, text_of_pages, Glyph, Page};
use verbatim_core::Record;

fn fixture(name: &str) -> Vec<Page> {
    let dump = read(corpus_dir().join(format!("layout/{name}.glyphs")));
    let pages = pages_from_dump(&dump);
    assert!(!pages.is_empty(), "{name}: no pages");
    pages
}

fn paragraphs_of<'r>(record: &'r Record, label_starts: &str) -> &'r [String] {
    &record
        .speeches
        .iter()
        .find(|s| s.label.starts_with(label_starts))
        .unwrap_or_else(|| panic!("no speech labelled {label_starts:?}"))
        .paragraphs
}

#[test]
fn the_cover_and_first_page_read_as_printed() {
    let record = parse_pages(&fixture("S_PV_8700.p1-2"));
    assert_eq!(record.meeting.symbol.as_deref(), Some("S/PV.8700"));
    assert_eq!(record.meeting.date.as_deref(), Some("2020-01-10"));
    assert_eq!(record.meeting.members.len(), 14);
    assert_eq!(
        record.meeting.president.as_ref().map(|p| p.name.as_str()),
        Some("Mr. Dang")
    );
    // The President's opening, each paragraph from its first-line indent,
    // as the PDF prints them (truth/paragraphs/S_PV_8700.paragraphs.tsv).
    let president = paragraphs_of(&record, "The President");
    let firsts: Vec<&str> = president.iter().map(|p| &p[..p.len().min(30)]).collect();
    assert_eq!(
        &firsts[..4],
        [
            "In accordance with rule 37 of ",
            "The Security Council will now ",
            "Members of the Council have be",
            "The Council is ready to procee",
        ]
    );
}

#[test]
fn a_block_quotation_is_one_paragraph_and_the_words_after_it_another() {
    let record = parse_pages(&fixture("S_PV_8700.p1-2"));
    let russia = paragraphs_of(&record, "Mr. Nebenzia");
    assert_eq!(
        russia[1],
        "“and in accordance with the humanitarian principles of humanity, neutrality, impartiality and independence”"
    );
    assert!(russia[2].starts_with("be deleted from the current text"));
}

#[test]
fn page_furniture_is_left_out() {
    let text = text_of_pages(&fixture("S_PV_8700.p1-2"));
    for furniture in ["2/12", "10/01/2020", "\nS/PV.8700\n"] {
        let body = &text[text.find("The meeting was called to order").expect("body")..];
        assert!(!body.contains(furniture), "{furniture:?} in the body");
    }
}

#[test]
fn a_short_last_page_reads_left_column_then_right() {
    let text = text_of_pages(&fixture("S_PV_8700.p12"));
    let at = |s: &str| text.find(s).unwrap_or_else(|| panic!("{s:?} missing"));
    // Syria's end (left column) before the President's question (right).
    assert!(
        at("Seventh, OCHA and the Monitoring Mechanism")
            < at("The President: As members of the Council")
    );
    assert!(
        at("conducive to the return of migrants.") < at("The President: As members of the Council")
    );
    assert!(
        at("The President: As members of the Council") < at("Mr. Nebenzia (Russian Federation)")
    );
}

#[test]
fn a_line_with_misread_glyph_widths_stays_in_its_column() {
    let record = parse_pages(&fixture("S_PV_8699_Resumption_2.p1-2"));
    let president = paragraphs_of(&record, "The President");
    assert_eq!(
        president.last().map(String::as_str),
        Some("I now give the floor to the representative of Morocco.")
    );
    assert!(!president
        .iter()
        .any(|p| p.starts_with("The essence of the Charter")));
    let morocco = paragraphs_of(&record, "Mr. Hilale");
    assert!(morocco
        .iter()
        .any(|p| p.starts_with("The essence of the Charter")));
}

#[test]
fn nothing_to_read_gives_an_empty_text_not_a_panic() {
    assert_eq!(text_of_pages(&[]), "");
    let odd = Page {
        width: 0.0,
        height: f32::NAN,
        glyphs: vec![
            Glyph {
                x: f32::NAN,
                y: 1.0,
                advance: 1.0,
                size: 10.0,
                ch: 'a',
            },
            Glyph {
                x: 1.0,
                y: f32::INFINITY,
                advance: -5.0,
                size: 0.0,
                ch: 'b',
            },
            Glyph {
                x: 1e30,
                y: -1e30,
                advance: 1e30,
                size: -3.0,
                ch: '\u{0}',
            },
        ],
    };
    let _ = text_of_pages(&[odd.clone(), odd]);
}

/// The layout's text, stored or linked and opened again as text, gives the
/// same record: `parse` knows the shape (no page breaks, no furniture after
/// the cover, a blank line before each paragraph).
#[test]
fn layout_text_opened_as_text_gives_the_same_record() {
    let text = text_of_pages(&fixture("S_PV_8700.p1-2"));
    let as_layout = verbatim_core::layout::parse_layout_text(&text);
    let as_text = verbatim_core::parse(&text);
    assert_eq!(as_layout.speeches, as_text.speeches);
    assert_eq!(as_layout.body, as_text.body);
    assert_eq!(as_layout.meeting, as_text.meeting);
}
