//! One diagnostic per cause: what the parser noticed in many places (a
//! hundred passages it could not attribute, five pages of uncertain order)
//! is one warning with a count and its places, not a list a reader scrolls
//! past.

use crate::model::{Diagnostic, Place};

/// What an `order_uncertain` page's mark says (and the diagnostic, for one
/// page).
pub const ORDER_UNCERTAIN: &str = "The text interleaves the page's two printed columns \
    here, and another reading was nearly as likely: the order of these paragraphs, and \
    which speaker some of them belong to, may be wrong. Check this page against the PDF.";

/// Gather `found` by code, in the order each code was first noticed: one
/// diagnostic per code, its `span` the first place, `count` and `places`
/// every place (each with its own words when the places' messages differ),
/// and a summary message when there is more than one.
pub fn summarise(found: Vec<Diagnostic>) -> Vec<Diagnostic> {
    let mut out: Vec<Diagnostic> = Vec::new();
    let mut messages: Vec<Vec<String>> = Vec::new();
    for d in found {
        let place = d.span.map(|span| Place { span, note: None });
        match out.iter().position(|o| o.code == d.code) {
            Some(k) => {
                out[k].count += 1;
                out[k].places.extend(place);
                messages[k].push(d.message);
            }
            None => {
                messages.push(vec![d.message.clone()]);
                out.push(Diagnostic {
                    count: 1,
                    places: place.into_iter().collect(),
                    ..d
                });
            }
        }
    }
    for (d, messages) in out.iter_mut().zip(messages) {
        if d.count < 2 {
            continue;
        }
        let differ = messages.iter().any(|m| *m != messages[0]);
        if differ && d.places.len() == messages.len() {
            for (p, m) in d.places.iter_mut().zip(&messages) {
                p.note = Some(m.clone());
            }
        }
        d.message = summary(&d.code, d.count, &messages[0]);
    }
    out
}

/// The message of a cause noticed `count` times, the first time saying
/// `first`.
fn summary(code: &str, count: usize, first: &str) -> String {
    match code {
        "unattributed_text" => format!(
            "{count} passages before the first speaker label could not be attributed to a \
             speaker. The first: {}",
            first.split_once(": ").map_or(first, |(_, passage)| passage)
        ),
        "order_uncertain" => format!(
            "On {count} pages the text interleaves the two printed columns and another \
             reading was nearly as likely: the order of their paragraphs, and which speaker \
             some of them belong to, may be wrong. Each is marked; check them against the PDF."
        ),
        "vote_count_mismatch" => format!(
            "{count} recorded votes list a number of names that differs from what their \
             results state. The first: {first}"
        ),
        _ => format!("{first} ({count} places)"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn many_places_of_one_cause_are_one_diagnostic() {
        let found = vec![
            Diagnostic::warning("unattributed_text", "…: “One”".into(), Some([0, 3])),
            Diagnostic::warning("members_unpaired", "Unpaired.".into(), None),
            Diagnostic::warning("unattributed_text", "…: “Two”".into(), Some([5, 8])),
            Diagnostic::warning("unattributed_text", "…: “Three”".into(), Some([9, 14])),
        ];
        let out = summarise(found);
        assert_eq!(out.len(), 2);
        let d = &out[0];
        assert_eq!(
            (d.code.as_str(), d.count, d.span),
            ("unattributed_text", 3, Some([0, 3]))
        );
        assert!(d.message.starts_with("3 passages"), "{}", d.message);
        assert!(d.message.ends_with("“One”"), "{}", d.message);
        let notes: Vec<_> = d.places.iter().map(|p| p.note.as_deref()).collect();
        assert_eq!(
            notes,
            [Some("…: “One”"), Some("…: “Two”"), Some("…: “Three”")]
        );
        assert_eq!((out[1].count, out[1].places.len()), (1, 0));
    }

    #[test]
    fn one_place_keeps_its_message() {
        let out = summarise(vec![Diagnostic::warning(
            "order_uncertain",
            "Check.".into(),
            Some([1, 2]),
        )]);
        assert_eq!(out[0].message, "Check.");
        assert_eq!(
            out[0].places,
            [Place {
                span: [1, 2],
                note: None
            }]
        );
    }
}
