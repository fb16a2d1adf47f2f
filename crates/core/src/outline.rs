//! The outline of a record: its speeches grouped under the agenda items
//! (headings) they follow.
//!
//! Each group starts at a [`Block::Heading`] of the body and holds, in body
//! order, the speeches whose first segment comes before the next heading. A
//! speech interrupted by a vote or a note (several [`Block::Speech`]
//! segments) is listed once, under the heading its first segment follows.
//! Speeches before the first heading form a group with no heading.
//!
//! A group also holds the outcomes taken under its item: a vote, a draft
//! resolution or decision adopted ("Draft resolution II was adopted
//! (resolution 65/193).") or "It was so decided.", each with the resolution
//! or decision it became, so a reader finds what the General Assembly
//! decided under each item, often without a speech. Groups with neither
//! speeches nor outcomes (a heading followed at once by another) are
//! dropped.

use crate::grammar::patterns::states_rejection;
use crate::{Block, Location, Record};

/// One agenda item of the outline: its heading (`None` for the speeches
/// before the first heading) and its speeches, as 0-based indices into
/// [`Record::speeches`], in body order.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct OutlineGroup {
    pub heading: Option<String>,
    pub speeches: Vec<usize>,
    pub outcomes: Vec<Outcome>,
}

/// A decision the meeting took, as the record states it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Outcome {
    /// The body block (0-based) that states it: a narrative or a vote.
    pub block: usize,
    /// The statement as printed (a vote's result sentence).
    pub text: String,
    /// Adopted (or so decided), not adopted or rejected.
    pub adopted: bool,
    /// The resolution or decision it became (`A/RES/65/193`), when named.
    pub document: Option<String>,
}

/// The outcome a body block states, if it states one: its document is the
/// first resolution or decision the parser found cited in the block (the
/// record's `symbols`, so the page needs no symbol reader of its own).
pub fn outcome_of(record: &Record, block: usize, b: &Block) -> Option<Outcome> {
    let text = match b {
        Block::Vote(v) => v.result.as_deref()?,
        Block::Narrative { text, .. } if states_an_outcome(text) => text,
        _ => return None,
    };
    let document = match b {
        Block::Vote(v) if v.resolution.is_some() => v.resolution.clone(),
        _ => record
            .symbols
            .iter()
            .filter(|s| s.location == Location::Block { block })
            .map(|s| s.symbol.clone())
            .find(|s| s.contains("/RES/") || s.contains("/DEC/")),
    };
    Some(Outcome {
        block,
        text: text.to_owned(),
        adopted: match b {
            Block::Vote(v) => v.adopted.unwrap_or(!states_rejection(text)),
            _ => !states_rejection(text),
        },
        document,
    })
}

/// A stage direction that records a decision: a draft, amendment, motion
/// or proposal adopted or rejected, or "It was so decided".
fn states_an_outcome(text: &str) -> bool {
    text.starts_with("It was so decided")
        || ["adopted", "rejected", "adopté", "aprobado"]
            .iter()
            .any(|w| text.contains(w))
            && ["raft", "mendment", "otion", "roposal", "projet", "proyecto"]
                .iter()
                .any(|w| text.contains(w))
}

/// Group the record's speeches under the headings they follow. Every speech
/// the body places appears exactly once; no group is empty. Speech indices
/// out of range of [`Record::speeches`] are skipped rather than trusted.
pub fn outline(record: &Record) -> Vec<OutlineGroup> {
    let mut groups = vec![OutlineGroup {
        heading: None,
        speeches: Vec::new(),
        outcomes: Vec::new(),
    }];
    let mut seen = vec![false; record.speeches.len()];
    for (i, block) in record.body.iter().enumerate() {
        if let Some(outcome) = outcome_of(record, i, block) {
            if let Some(g) = groups.last_mut() {
                g.outcomes.push(outcome);
            }
            continue;
        }
        match block {
            Block::Heading { text, .. } => match groups.last_mut() {
                // A heading with nothing yet under it gives way to this one.
                Some(g) if g.speeches.is_empty() && g.outcomes.is_empty() => {
                    g.heading = Some(text.clone())
                }
                _ => groups.push(OutlineGroup {
                    heading: Some(text.clone()),
                    speeches: Vec::new(),
                    outcomes: Vec::new(),
                }),
            },
            Block::Speech { speech, .. } => {
                if let Some(first) = seen.get_mut(*speech).filter(|s| !**s) {
                    *first = true;
                    if let Some(g) = groups.last_mut() {
                        g.speeches.push(*speech);
                    }
                }
            }
            _ => {}
        }
    }
    groups.retain(|g| !g.speeches.is_empty() || !g.outcomes.is_empty());
    groups
}

#[cfg(test)]
mod tests {
    use super::*;

    fn record(relative: &str) -> Record {
        let path = crate::corpus_path(relative);
        let text = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{path:?}: {e}"));
        crate::parse(&text)
    }

    /// The speeches in the order their first segment appears in the body.
    fn first_segments(record: &Record) -> Vec<usize> {
        let mut seen = std::collections::HashSet::new();
        record
            .body
            .iter()
            .filter_map(|b| match b {
                Block::Speech { speech, .. } if seen.insert(*speech) => Some(*speech),
                _ => None,
            })
            .collect()
    }

    /// What holds for every record: each speech once, in body order, no
    /// empty group, and each group under the last heading before its first
    /// speech.
    fn check_invariants(record: &Record, groups: &[OutlineGroup]) {
        let listed: Vec<usize> = groups.iter().flat_map(|g| g.speeches.clone()).collect();
        assert_eq!(
            listed,
            first_segments(record),
            "each speech once, in body order"
        );
        assert_eq!(listed.len(), record.speeches.len(), "every speech listed");
        assert!(
            groups
                .iter()
                .all(|g| !g.speeches.is_empty() || !g.outcomes.is_empty()),
            "no empty group"
        );
        for g in groups.iter().filter(|g| !g.speeches.is_empty()) {
            let first = g.speeches[0];
            let at = record
                .body
                .iter()
                .position(|b| matches!(b, Block::Speech { speech, .. } if *speech == first))
                .expect("the speech is in the body");
            let heading = record.body[..at].iter().rev().find_map(|b| match b {
                Block::Heading { text, .. } => Some(text.clone()),
                _ => None,
            });
            assert_eq!(g.heading, heading, "group of speech {first}");
        }
    }

    #[test]
    fn groups_a_security_council_record_under_its_headings() {
        // S/PV.8700: "Adoption of the agenda", then the item all 23
        // speeches follow; the first heading has no speech and gives way.
        let r = record("raw/S_PV_8700.txt");
        let groups = outline(&r);
        check_invariants(&r, &groups);
        let headings = r
            .body
            .iter()
            .filter(|b| matches!(b, Block::Heading { .. }))
            .count();
        assert_eq!(headings, 2);
        assert_eq!(groups.len(), 1);
        assert_eq!(
            groups[0].heading.as_deref(),
            Some("The situation in the Middle East")
        );
        assert_eq!(groups[0].speeches, (0..23).collect::<Vec<_>>());
    }

    #[test]
    fn each_procedural_item_is_a_group() {
        // S/PV.8698: the President welcomes the new members under one
        // heading, thanks the outgoing President under another, then the
        // debate has its own.
        let r = record("raw/S_PV_8698.txt");
        let groups = outline(&r);
        check_invariants(&r, &groups);
        let shape: Vec<(Option<&str>, usize)> = groups
            .iter()
            .map(|g| (g.heading.as_deref(), g.speeches.len()))
            .collect();
        assert_eq!(shape.len(), 3, "{shape:?}");
        assert_eq!(
            shape[0],
            (
                Some("Expression of welcome to the new members of the Security Council and of thanks to the outgoing members"),
                1
            )
        );
        assert_eq!(
            shape[1],
            (Some("Expression of thanks to the outgoing President"), 1)
        );
        assert!(
            shape[2]
                .0
                .is_some_and(|h| h.starts_with("Peace consolidation in West Africa")),
            "{shape:?}"
        );
        assert_eq!(shape[2].1, 18);
    }

    #[test]
    fn speeches_before_any_heading_form_a_group_without_one() {
        // A speech pasted alone, without its record's cover or headings.
        let r = crate::parse(
            "Mr. Kazykhanov (Kazakhstan): We are pleased.\n\nSince the Brahimi report (S/2000/809).\n\nMr. Tanin (Afghanistan): We thank him.\n",
        );
        let groups = outline(&r);
        check_invariants(&r, &groups);
        assert_eq!(groups.len(), 1);
        assert_eq!(groups[0].heading, None);
        assert_eq!(groups[0].speeches, vec![0, 1]);
    }

    #[test]
    fn a_general_assembly_record_has_a_group_per_agenda_item() {
        let r = record("ga/raw/A_65_PV_71.txt");
        let groups = outline(&r);
        check_invariants(&r, &groups);
        // 14 agenda items, and the four sub-items of item 68 ("(a)
        // Implementation of human rights instruments …") each a group: they
        // were paragraphs of the President. Item 65 keeps its group for its
        // outcome, though no one speaks under it before its report's heading.
        assert_eq!(groups.len(), 19);
        let sub_items = groups
            .iter()
            .filter(|g| g.heading.as_deref().is_some_and(|h| h.starts_with('(')))
            .count();
        assert_eq!(sub_items, 4);
        // The item's whole title: its sub-items and the report considered.
        let heading = groups[1].heading.as_deref().unwrap_or_default();
        assert!(
            heading.starts_with("Agenda item 27 Social development (a) Implementation")
                && heading.ends_with("Report of Third Committee (A/65/448)"),
            "{heading}"
        );
        assert_eq!(groups[1].speeches.len(), 7);
    }

    #[test]
    fn general_assembly_outcomes_sit_under_their_items_with_their_resolutions() {
        let r = record("ga/raw/A_65_PV_71.txt");
        let groups = outline(&r);
        let outcomes: Vec<&Outcome> = groups.iter().flat_map(|g| &g.outcomes).collect();
        // Every vote and every adoption notice, each once.
        let votes = r
            .body
            .iter()
            .filter(|b| matches!(b, Block::Vote(_)))
            .count();
        assert_eq!(votes, 15);
        assert!(outcomes.len() > votes, "{} outcomes", outcomes.len());
        let mut blocks: Vec<usize> = outcomes.iter().map(|o| o.block).collect();
        blocks.dedup();
        assert_eq!(blocks.len(), outcomes.len());
        // "Draft resolution II was adopted (resolution 65/193)." under item 27.
        let item = groups
            .iter()
            .find(|g| {
                g.heading
                    .as_deref()
                    .is_some_and(|h| h.starts_with("Agenda item 27 "))
            })
            .expect("item 27");
        let documents: Vec<Option<&str>> = item
            .outcomes
            .iter()
            .map(|o| o.document.as_deref())
            .collect();
        assert_eq!(
            documents,
            [
                Some("A/RES/65/182"),
                Some("A/RES/65/183"),
                Some("A/RES/65/184"),
                Some("A/RES/65/185"),
                Some("A/RES/65/186"),
                None, // "The draft decision was adopted."
                None, // "It was so decided."
            ]
        );
        assert!(item.outcomes.iter().all(|o| o.adopted));
        // A recorded vote's outcome names its resolution.
        assert!(outcomes
            .iter()
            .any(|o| o.document.as_deref() == Some("A/RES/65/206") && o.adopted));
    }

    #[test]
    fn a_real_record_with_no_headings_is_one_group_without_a_heading() {
        let r = record("raw/S_PV_8699_Resumption_1.txt");
        assert!(!r.body.iter().any(|b| matches!(b, Block::Heading { .. })));
        let groups = outline(&r);
        check_invariants(&r, &groups);
        assert_eq!(groups.len(), 1);
        assert_eq!(groups[0].heading, None);
        assert_eq!(groups[0].speeches.len(), 67);
    }

    #[test]
    fn every_corpus_record_keeps_each_speech_once_in_order() {
        let mut checked = 0;
        for dir in ["raw", "ga/raw"] {
            for entry in std::fs::read_dir(crate::corpus_path(dir)).expect("corpus") {
                let path = entry.expect("entry").path();
                let r = crate::parse(&std::fs::read_to_string(&path).expect("text"));
                check_invariants(&r, &outline(&r));
                checked += 1;
            }
        }
        assert!(checked >= 10, "{checked} records");
    }

    #[test]
    fn a_text_with_no_headings_is_one_group_without_a_heading() {
        let r = crate::parse(
            "Mr. Smith (France): We welcome the report.\n\nMs. Jones (Norway): So do we.\n",
        );
        assert_eq!(r.speeches.len(), 2);
        assert_eq!(
            outline(&r),
            [OutlineGroup {
                heading: None,
                speeches: vec![0, 1],
                outcomes: Vec::new(),
            }]
        );
    }

    #[test]
    fn a_speech_in_several_segments_is_listed_once_under_its_first() {
        let speech = |speech, first_paragraph| Block::Speech {
            speech,
            first_paragraph,
            paragraph_count: 1,
        };
        let heading = |text: &str| Block::Heading {
            text: text.into(),
            span: [0, 0],
        };
        let r = Record {
            speeches: vec![Default::default(); 3],
            body: vec![
                speech(0, 0),
                heading("First"),
                heading("Second"),
                speech(1, 0),
                Block::Narrative {
                    text: "A vote was taken.".into(),
                    span: [0, 0],
                },
                heading("Third"),
                speech(1, 1),
                speech(2, 0),
                heading("Last, with no speech"),
                // Out of range: skipped, not trusted.
                speech(7, 0),
            ],
            ..Default::default()
        };
        assert_eq!(
            outline(&r),
            [
                OutlineGroup {
                    heading: None,
                    speeches: vec![0],
                    outcomes: Vec::new(),
                },
                OutlineGroup {
                    heading: Some("Second".into()),
                    speeches: vec![1],
                    outcomes: Vec::new(),
                },
                OutlineGroup {
                    heading: Some("Third".into()),
                    speeches: vec![2],
                    outcomes: Vec::new(),
                },
            ]
        );
    }

    #[test]
    fn an_empty_record_has_no_groups() {
        assert_eq!(outline(&Record::default()), []);
    }
}
