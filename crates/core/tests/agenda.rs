//! Agenda headings: speeches sit under the item they belong to, and an
//! item's heading carries its whole title (sub-items and the document
//! considered), not a fragment with the rest leaking into a speech.
//! Checked against the records' PDFs.

mod common;
use common::*;
use verbatim_core::{outline::outline, Block, Record};

fn headings(r: &Record) -> Vec<&str> {
    r.body
        .iter()
        .filter_map(|b| match b {
            Block::Heading { text, .. } => Some(text.as_str()),
            _ => None,
        })
        .collect()
}

fn paragraphs(r: &Record) -> impl Iterator<Item = &str> {
    r.speeches
        .iter()
        .flat_map(|s| s.paragraphs.iter().map(String::as_str))
}

fn parse_file(relative: &str) -> Record {
    verbatim_core::parse(&read(corpus_dir().join(relative)))
}

/// Security Council items printed over several lines after "The agenda was
/// adopted." (the item, its sub-title, the letter or report it concerns) are
/// one heading, and every speech of the meeting sits under it.
#[test]
fn security_council_speeches_sit_under_their_item_not_the_adoption() {
    let cases = [
        (
            "S_PV_8699",
            "Maintenance of international peace and security Upholding the United Nations Charter Letter dated 31 December 2019",
            "to the Secretary-General (S/2020/1)",
        ),
        (
            "S_PV_8702",
            "Identical letters dated 19 January 2016 from the Permanent Representative of Colombia",
            "Verification Mission in Colombia (S/2019/988)",
        ),
    ];
    for (name, start, end) in cases {
        for path in [
            format!("raw/{name}.txt"),
            format!("variants/{name}.pdfjs-copy.txt"),
        ] {
            let r = parse_file(&path);
            let groups = outline(&r);
            assert_eq!(groups.len(), 1, "{path}: one group, the item");
            let heading = groups[0].heading.as_deref().unwrap_or_default();
            assert!(
                heading.starts_with(start) && heading.ends_with(end),
                "{path}: {heading}"
            );
            assert_eq!(groups[0].speeches.len(), r.speeches.len(), "{path}");
            assert!(
                !r.body.iter().any(
                    |b| matches!(b, Block::Unattributed { text, .. } if text.contains(&start[..40]))
                ),
                "{path}: the item is not left as unattributed text"
            );
        }
    }
}

/// General Assembly items: two items read together are two headings; a
/// title keeps its sub-items and report; a speech that follows a heading
/// without a label is not taken into it.
#[test]
fn general_assembly_items_carry_their_whole_title() {
    let r = parse_file("ga/raw/A_65_PV_71.txt");
    let hs = headings(&r);
    assert!(
        hs.iter().all(|h| h.matches("Agenda item").count() <= 1),
        "{hs:#?}"
    );
    assert!(hs.contains(&"Agenda item 106"), "{hs:#?}");
    assert!(hs.iter().any(|h| h.starts_with(
        "Agenda item 118 (continued) Revitalization of the work of the General Assembly"
    )));
    let item27 = hs
        .iter()
        .find(|h| h.starts_with("Agenda item 27"))
        .expect("item 27");
    assert!(
        item27.contains("(a) Implementation of the outcome of the World Summit")
            && item27.contains("(d) United Nations Literacy Decade: education for all")
            && item27.ends_with("Report of Third Committee (A/65/448)"),
        "{item27}"
    );
    assert!(
        !paragraphs(&r).any(|p| p.starts_with("(a) Implementation of the outcome")
            || p.starts_with("(b) Social development, including")),
        "sub-items are not speech text"
    );

    let r = parse_file("ga/raw/A_76_PV_102.txt");
    let hs = headings(&r);
    assert!(hs.iter().any(|h| h.starts_with(
        "Agenda item 117 (continued) (i) Approval of the appointment of the United Nations High Commissioner for Human Rights Note by the Secretary-General (A/76/939)"
    )), "{hs:#?}");
    assert!(hs.iter().any(|h| h.starts_with(
        "Agenda item 67 (continued) The situation in the temporarily occupied territories of Ukraine Letter dated 4 August 2022"
    )), "{hs:#?}");
    assert!(hs.contains(&"Agenda item 89") && hs.contains(&"Agenda item 156"));
    assert!(!paragraphs(&r).any(|p| p.starts_with("territories of Ukraine")));

    let r = parse_file("ga/raw/A_60_PV_25.txt");
    let hs = headings(&r);
    assert!(
        hs.len() == 1
            && hs[0].starts_with("Agenda item 110 (continued)")
            && !hs[0].contains("Kazakhstan"),
        "{hs:?}"
    );
    assert!(paragraphs(&r).any(|p| p.starts_with("Kazakhstan stresses an urgent need")));
}

/// A heading not on the cover's agenda, three lines and 18 words long, is
/// a heading in every shape, not text the parser could not attribute
/// (S/PV.8698: "Expression of welcome to the new members of the Security
/// Council and of thanks to the outgoing members").
#[test]
fn a_long_procedural_heading_is_a_heading() {
    for path in ["raw/S_PV_8698.txt", "variants/S_PV_8698.pdfjs-copy.txt"] {
        let r = parse_file(path);
        assert!(
            headings(&r).contains(
                &"Expression of welcome to the new members of the Security Council and of thanks to the outgoing members"
            ),
            "{path}: {:?}",
            headings(&r)
        );
        assert!(r.diagnostics.is_empty(), "{path}: {:?}", r.diagnostics);
    }
}

/// Every Security Council record reads its symbol in every shape: a
/// browser viewer's copy prints the cover's first row as one line ("United
/// Nations S/PV.8701"), where pdftotext gives two.
#[test]
fn every_shape_reads_the_symbol() {
    for name in RECORDS {
        let expected = name
            .replacen("S_PV_", "S/PV.", 1)
            .replace("_Resumption_", " (Resumption ")
            + if name.contains("Resumption") { ")" } else { "" };
        for path in [
            format!("raw/{name}.txt"),
            format!("variants/{name}.pdfjs-copy.txt"),
        ] {
            assert_eq!(
                parse_file(&path).meeting.symbol.as_deref(),
                Some(expected.as_str()),
                "{path}"
            );
        }
    }
}
