//! Text the parser once dropped without a word, each passage now asserted in
//! the speech (by speaker) or block the PDF puts it in.

mod common;
use common::*;
use verbatim_core::{Block, Record};

fn parsed(relative: &str) -> Record {
    verbatim_core::parse(&read(corpus_dir().join(relative)))
}

/// The speech whose paragraphs hold `passage`, by its label.
fn speaker_of(record: &Record, passage: &str) -> Option<String> {
    record
        .speeches
        .iter()
        .find(|s| s.paragraphs.iter().any(|p| p.contains(passage)))
        .map(|s| s.label.clone())
}

/// The top of the right column of the body's first page, emitted above the
/// first stage direction where the cover is read: it continues the left
/// column's last line.
#[test]
fn a_column_head_above_the_first_stage_direction_goes_back_to_its_speech() {
    let r = parsed("raw/S_PV_8703.txt");
    assert_eq!(
        speaker_of(
            &r,
            "These incidents occur almost daily or at least with great frequency."
        )
        .as_deref(),
        Some("Mr. Lacroix (spoke in French)")
    );
    assert!(speaker_of(
        &r,
        "suffering from hunger in the Mopti region than in the past."
    )
    .is_some());

    let r = parsed("raw/S_PV_8704.txt");
    assert_eq!(
        speaker_of(
            &r,
            "I wish His Majesty Sultan Haitham bin Tariq Al Said success in leading Oman"
        )
        .as_deref(),
        Some("Mr. Griffiths")
    );

    let r = parsed("ga/raw/A_60_PV_25.txt");
    assert_eq!(
        speaker_of(
            &r,
            "non-proliferation regime and facilitate the attainment of the goal of the complete elimination of nuclear weapons."
        )
        .as_deref(),
        Some("Mr. Kazykhanov (Kazakhstan)")
    );
    assert!(speaker_of(&r, "outcome document of the 2005 United Nations summit.").is_some());
    // The agenda item's title, emitted with it, goes under its number.
    assert!(r.body.iter().any(|b| matches!(b, Block::Heading { text, .. }
        if text.starts_with("Agenda item 110 (continued) Report of the Secretary-General on the work of the Organization (A/60/1)"))));
}

/// A justified line's word emitted alone next to a job number, twice, is
/// not a running title.
#[test]
fn a_word_alone_next_to_furniture_twice_is_not_a_running_title() {
    let r = parsed("ga/raw/A_76_PV_102.txt");
    assert!(
        r.body
            .iter()
            .any(|b| matches!(b, Block::Narrative { text, .. }
            if text == "Draft resolution A/76/L.85 was adopted (resolution 76/306).")),
        "{:#?}",
        r.body
            .iter()
            .filter(|b| matches!(b, Block::Narrative { .. }))
            .collect::<Vec<_>>()
    );
    let outcome = r
        .speeches
        .iter()
        .flat_map(|s| &s.paragraphs)
        .chain(r.body.iter().filter_map(|b| match b {
            Block::Narrative { text, .. } => Some(text),
            _ => None,
        }));
    assert!(outcome
        .into_iter()
        .any(|p| p.contains("A/76/L.86") && p.contains("adopted (resolution 76/305).")));
}
