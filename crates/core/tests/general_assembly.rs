//! The three General Assembly records as users have them (pdftotext), scored
//! against the label truth read from their PDFs (`tests/corpus/ga/truth/`):
//! every turn in order, its delegation, and who holds the Chair.

mod common;
use common::*;
use verbatim_core::{Block, Record};

const GA: [&str; 3] = ["A_60_PV_25", "A_65_PV_71", "A_76_PV_102"];

fn parsed(name: &str) -> Record {
    verbatim_core::parse(&read(corpus_dir().join(format!("ga/raw/{name}.txt"))))
}

#[test]
fn speech_turns_match_the_label_truth() {
    let mut failures = Vec::new();
    for name in GA {
        let record = parsed(name);
        let truth = ga_truth_speeches(name);
        let pairs = align(&record.speeches, &truth);
        let f1 = f1(pairs.len(), record.speeches.len(), truth.len());
        let countries = pairs
            .iter()
            .filter(|(i, j)| {
                same_country(record.speeches[*i].country.as_deref(), &truth[*j].country)
            })
            .count();
        println!(
            "{name}: {} turns of {}, speech F1 {f1:.3}, countries {countries}/{}",
            record.speeches.len(),
            truth.len(),
            pairs.len()
        );
        if f1 < 0.99 || countries < pairs.len() {
            failures.push(format!(
                "{name}: F1 {f1:.3}, countries {countries}/{}",
                pairs.len()
            ));
        }
    }
    assert!(failures.is_empty(), "{failures:#?}");
}

/// "The Acting President" is the Vice-President the record puts in the
/// Chair, by name and delegation (read in the PDFs: A/60/PV.25 p. 10,
/// A/76/PV.102 p. 19).
#[test]
fn acting_presidents_are_named_from_the_chair_note() {
    for (name, who, country, turns) in [
        ("A_60_PV_25", "Mr. Akram", "Pakistan", 2),
        ("A_76_PV_102", "Mr. Muhith", "Bangladesh", 24),
    ] {
        let record = parsed(name);
        let acting: Vec<_> = record
            .speeches
            .iter()
            .filter(|s| s.label == "The Acting President")
            .collect();
        assert_eq!(acting.len(), turns, "{name}");
        for s in acting {
            assert_eq!(
                (s.speaker.as_str(), s.country.as_deref()),
                (who, Some(country)),
                "{name} #{}",
                s.order
            );
        }
        // The note is a stage direction of its own, not a speaker's words.
        let note = record.body.iter().any(|b| {
            matches!(b, Block::Narrative { text, .. } if text.starts_with(who) && text.to_lowercase().ends_with("the chair."))
        });
        assert!(note, "{name}: the chair note is a stage direction");
        assert!(
            !record
                .speeches
                .iter()
                .any(|s| s.paragraphs.iter().any(|p| p.contains("took the"))),
            "{name}: no speech holds the chair note"
        );
    }
}

/// A General Assembly cover names no items; the header's agenda is the
/// items the meeting took up, as its headings print them.
#[test]
fn the_header_agenda_lists_the_items_taken_up() {
    for (name, first, count) in [
        (
            "A_60_PV_25",
            "Agenda item 110 (continued) Report of the Secretary-General on the work of the Organization (A/60/1)",
            1,
        ),
        ("A_65_PV_71", "Agenda item 27 Social development", 13),
        (
            "A_76_PV_102",
            "Agenda item 66 (continued) Peacebuilding and sustaining peace",
            12,
        ),
    ] {
        let record = parsed(name);
        let agenda = &record.meeting.agenda;
        println!("{name}: {} items", agenda.len());
        assert!(agenda[0].title.starts_with(first), "{name}: {:?}", agenda[0]);
        assert_eq!(agenda.len(), count, "{name}: {agenda:#?}");
        assert!(agenda.iter().all(|a| a.from_body), "{name}");
    }
}

/// Every resolution A/65/PV.71 adopted (65/182 to 65/233, read in its PDF)
/// is an outcome of the outline, once, with its symbol: from a recorded
/// vote's result or from an adoption notice, including one broken before
/// its verb ("Draft resolution IV, as orally corrected, was" / "adopted
/// (resolution 65/209).").
#[test]
fn every_resolution_adopted_is_an_outcome() {
    let record = parsed("A_65_PV_71");
    let mut documents: Vec<String> = verbatim_core::outline::outline(&record)
        .into_iter()
        .flat_map(|g| g.outcomes)
        .filter_map(|o| o.document)
        .filter(|d| d.starts_with("A/RES/"))
        .collect();
    documents.sort();
    let expected: Vec<String> = (182..=233).map(|n| format!("A/RES/65/{n}")).collect();
    assert_eq!(documents, expected);
}

/// The Secretariat's bracketed notes after a vote ("[Subsequently, the
/// delegation of the Gambia advised the Secretariat that it had intended to
/// abstain.]") are stage directions: as paragraphs of the President's
/// speech, a reader would take them for the President's words.
#[test]
fn editorial_notes_after_votes_are_not_speech() {
    let record = parsed("A_65_PV_71");
    let notes: Vec<&str> = record
        .body
        .iter()
        .filter_map(|b| match b {
            Block::Narrative { text, .. } if text.starts_with("[Subsequently") => {
                Some(text.as_str())
            }
            _ => None,
        })
        .collect();
    assert_eq!(notes.len(), 3, "{notes:?}");
    for note in &notes {
        assert!(
            note.ends_with("intended to abstain.]") || note.ends_with("vote in favour.]"),
            "{note}"
        );
    }
    let in_speech = record
        .speeches
        .iter()
        .flat_map(|s| &s.paragraphs)
        .filter(|p| p.contains("[Subsequently"))
        .count();
    assert_eq!(in_speech, 0);
}

/// Where poppler read across two agenda items opening side by side
/// ("Agenda item 89" then "Agenda item 127", then both titles), the page
/// cannot be put back and is reported as of uncertain order, so the page
/// marks it (A/76/PV.102 p. 30, A/65/PV.71 items 106 and 118).
#[test]
fn items_opening_side_by_side_are_reported() {
    for (name, heading) in [
        ("A_76_PV_102", "Agenda item 89\n\nAgenda item 127"),
        ("A_65_PV_71", "Agenda item 106\n\nAgenda item 118"),
    ] {
        let text = read(corpus_dir().join(format!("ga/raw/{name}.txt")));
        let at = text.find(heading).expect("the headings side by side");
        let record = verbatim_core::parse(&text);
        let places: Vec<[usize; 2]> = record
            .diagnostics
            .iter()
            .filter(|d| d.code == "order_uncertain")
            .flat_map(|d| d.places.iter().map(|p| p.span))
            .collect();
        assert!(
            places.iter().any(|&[a, b]| a <= at && at < b),
            "{name}: {places:?} miss {at}"
        );
    }
}

/// A page left as it is for a justified line's words alone between blank
/// lines ("on all draft"), whose blocks show interleaved columns (one opens
/// mid-sentence after a finished one: "differences and achieve consensus"),
/// is reported as of uncertain order (A/65/PV.71 p. 17, the OIC's
/// statement), and no page of the Council records is reported so.
#[test]
fn an_unsearched_interleaved_page_is_reported() {
    let text = read(corpus_dir().join("ga/raw/A_65_PV_71.txt"));
    let at = text
        .find("differences and achieve consensus")
        .expect("the tail");
    let record = verbatim_core::parse(&text);
    let reported = record
        .diagnostics
        .iter()
        .filter(|d| d.code == "order_uncertain")
        .flat_map(|d| d.places.iter().map(|p| p.span))
        .any(|[a, b]| a <= at && at < b);
    assert!(reported, "A/65/PV.71 p. 17 is not reported");
}
