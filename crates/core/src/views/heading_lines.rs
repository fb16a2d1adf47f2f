//! Where an agenda heading's printed lines start.
//!
//! The parser joins a heading's lines into one string (the JSON's `text`),
//! and the record prints each part on a line of its own: the item's number,
//! its title, each sub-item, the document considered ("Agenda item 27" /
//! "Social development" / "(a) Implementation of …" / "Report of the Third
//! Committee (A/65/448)"; "The situation in Mali" / "Report of the
//! Secretary-General on the situation in Mali (S/2019/983)"). Run together,
//! a reader cannot tell where the item ends and the report begins; the page
//! breaks the heading where the record did.

use crate::grammar::patterns::opens_sub_item;
use crate::model::AgendaItem;

/// The openings of a document a heading names on a line of its own.
const DOCUMENT_OPENINGS: [&str; 10] = [
    "Report of ",
    "Reports of ",
    "Letter dated ",
    "Identical letters dated ",
    "Note by the ",
    "Draft resolution",
    "Draft decision",
    "Draft amendment",
    "Amendment (",
    "Amendments (",
];

/// Byte offsets in `heading` where a printed line starts (never 0), in
/// order: after the item's number ("Agenda item 63 (continued)"), before a
/// sub-item ("(a) ", "(iv) ") or a document ("Report of …", "Letter dated
/// …"), and where a line of the cover's agenda (`agenda`, each item's
/// title) begins or ends inside the heading.
pub fn heading_breaks(heading: &str, agenda: &[AgendaItem]) -> Vec<usize> {
    let mut breaks = Vec::new();
    if let Some(end) = item_number_end(heading) {
        breaks.push(end);
    }
    for (at, _) in heading.match_indices(' ') {
        let rest = &heading[at + 1..];
        if opens_sub_item(rest) || DOCUMENT_OPENINGS.iter().any(|o| rest.starts_with(o)) {
            breaks.push(at + 1);
        }
    }
    for item in agenda {
        let title = item.title.as_str();
        if title.is_empty() || title.len() >= heading.len() {
            continue;
        }
        for (at, _) in heading.match_indices(title) {
            if at > 0 && heading.as_bytes()[at - 1] == b' ' {
                breaks.push(at);
            }
            let end = at + title.len();
            if heading.as_bytes().get(end) == Some(&b' ') {
                breaks.push(end + 1);
            }
        }
    }
    breaks.retain(|&b| b > 0 && b < heading.len());
    breaks.sort_unstable();
    breaks.dedup();
    breaks
}

/// `heading` in its printed lines (see [`heading_breaks`]), each without the
/// space that ended it.
pub fn split<'a>(heading: &'a str, agenda: &[AgendaItem]) -> Vec<&'a str> {
    let mut out = Vec::new();
    let mut from = 0;
    for b in heading_breaks(heading, agenda) {
        out.push(heading[from..b].trim_end());
        from = b;
    }
    out.push(&heading[from..]);
    out
}

/// After "Agenda item 27", "Agenda items 27 and 28", "AGENDA ITEM 14
/// (continued)": where the title starts, if one follows.
fn item_number_end(heading: &str) -> Option<usize> {
    let lower = heading.get(..11)?.to_ascii_lowercase();
    if lower != "agenda item" {
        return None;
    }
    let mut end = 11;
    let mut words = heading[11..].split(' ');
    // "s" of "items", then the numbers.
    let first = words.next()?;
    if !first.is_empty() && first != "s" {
        return None;
    }
    end += first.len();
    let mut numbered = false;
    for word in words {
        let number = !word.is_empty()
            && word
                .trim_end_matches(',')
                .bytes()
                .all(|b| b.is_ascii_digit());
        let joins = matches!(word, "and" | "to");
        let continued = matches!(word, "(continued)" | "(suite)" | "(continuación)");
        if !(number || (numbered && (joins || continued))) {
            break;
        }
        numbered |= number;
        end += 1 + word.len();
    }
    (numbered && end < heading.len()).then_some(end + 1)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn lines<'a>(heading: &'a str, agenda: &[AgendaItem]) -> Vec<&'a str> {
        split(heading, agenda)
    }

    fn item(title: &str) -> AgendaItem {
        AgendaItem {
            title: title.into(),
            ..Default::default()
        }
    }

    /// Every heading of the corpus records, split where their PDFs print a
    /// new line.
    #[test]
    fn headings_break_where_the_record_prints_them() {
        let a65 = crate::parse(
            &std::fs::read_to_string(crate::corpus_path("ga/raw/A_65_PV_71.txt")).expect("record"),
        );
        let heading = |start: &str| -> String {
            a65.body
                .iter()
                .find_map(|b| match b {
                    crate::Block::Heading { text, .. } if text.starts_with(start) => {
                        Some(text.clone())
                    }
                    _ => None,
                })
                .expect(start)
        };
        let item27 = heading("Agenda item 27 ");
        assert_eq!(
            lines(&item27, &a65.meeting.agenda),
            [
                "Agenda item 27",
                "Social development",
                "(a) Implementation of the outcome of the World Summit for Social Development and of the twenty-fourth special session of the General Assembly",
                "(b) Social development, including questions relating to the world social situation and to youth, ageing, disabled persons and the family",
                "(c) Follow-up to the International Year of Older Persons: Second World Assembly on Ageing",
                "(d) United Nations Literacy Decade: education for all",
                "Report of Third Committee (A/65/448)",
            ]
        );
        let item63 = heading("Agenda item 63 ");
        assert_eq!(
            lines(&item63, &a65.meeting.agenda),
            [
                "Agenda item 63 (continued)",
                "Report of the Human Rights Council",
                "Report of the Third Committee (A/65/451)",
            ]
        );
        // A Security Council heading, by the cover's agenda lines.
        let s8699 = crate::parse(
            &std::fs::read_to_string(crate::corpus_path("raw/S_PV_8699.txt")).expect("record"),
        );
        let item = s8699
            .body
            .iter()
            .find_map(|b| match b {
                crate::Block::Heading { text, .. } if text.starts_with("Maintenance") => {
                    Some(text.clone())
                }
                _ => None,
            })
            .expect("the item");
        assert_eq!(
            lines(&item, &s8699.meeting.agenda),
            [
                "Maintenance of international peace and security",
                "Upholding the United Nations Charter",
                "Letter dated 31 December 2019 from the Permanent Representative of Viet Nam to the United Nations addressed to the Secretary-General (S/2020/1)",
            ]
        );
    }

    #[test]
    fn other_headings_are_left_whole() {
        for heading in [
            "Adoption of the agenda",
            "The situation in the Middle East",
            "Expression of thanks to the outgoing President",
            "Agenda item 89",
        ] {
            assert_eq!(lines(heading, &[item(heading)]), [heading]);
        }
        // A/65/PV.71's item 68 (b) heading ends with the amendment on a line.
        assert_eq!(
            lines(
                "Report of the Third Committee (A/65/456/Add.2 (Part II)) Amendment (A/65/L.53)",
                &[]
            ),
            [
                "Report of the Third Committee (A/65/456/Add.2 (Part II))",
                "Amendment (A/65/L.53)"
            ]
        );
        assert_eq!(
            lines(
                "Agenda items 12 and 13 Report of the Economic and Social Council",
                &[]
            ),
            [
                "Agenda items 12 and 13",
                "Report of the Economic and Social Council"
            ]
        );
        assert_eq!(
            lines("The situation in Mali Report of the Secretary-General on the situation in Mali (S/2019/983)", &[item("The situation in Mali")]),
            ["The situation in Mali", "Report of the Secretary-General on the situation in Mali (S/2019/983)"]
        );
    }
}
