//! Where the page marks a passage whose order the parser could not settle.
//!
//! The parser keeps every word in its likeliest place and reports a page of
//! interleaved columns it could not read with confidence as an
//! `order_uncertain` diagnostic spanning the page's input. A reader must see
//! that where it applies, not in a list elsewhere: the viewer draws a rule
//! with "order uncertain here" before the first paragraph of that page, and
//! marks every paragraph of the page (on A/76/PV.102 p. 28 the European
//! Union's paragraphs that may sit under Ukraine are four paragraphs below
//! the rule, under another speaker).

use crate::model::{Block, Record};

/// What the page says at each mark.
pub const PAGE_NOTE: &str = crate::parse::diagnostics::ORDER_UNCERTAIN;

/// `(speech, paragraph, diagnostic)`, all 0-based: the first speech
/// paragraph, in reading order, whose span meets a place of the
/// `order_uncertain` diagnostic (the page's first paragraph, or the one
/// running onto it from the page before), once per place.
pub fn marks(record: &Record) -> Vec<(usize, usize, usize)> {
    let pages = uncertain_pages(record);
    let mut marks = Vec::with_capacity(pages.len());
    let mut marked = vec![false; pages.len()];
    for_each_paragraph_meeting(record, &pages, |speech, p, k| {
        if !marked[k] {
            marked[k] = true;
            marks.push((speech, p, pages[k].0));
        }
    });
    marks
}

/// Every speech paragraph `(speech, paragraph)`, 0-based and in reading
/// order, whose span meets a page of uncertain order: the paragraphs a
/// reader should check against the PDF.
pub fn paragraphs_within(record: &Record) -> Vec<(usize, usize)> {
    let pages = uncertain_pages(record);
    let mut within = Vec::new();
    for_each_paragraph_meeting(record, &pages, |speech, p, _| {
        if within.last() != Some(&(speech, p)) {
            within.push((speech, p));
        }
    });
    within
}

/// The places of the `order_uncertain` diagnostics: `(diagnostic, span)`.
fn uncertain_pages(record: &Record) -> Vec<(usize, [usize; 2])> {
    record
        .diagnostics
        .iter()
        .enumerate()
        .filter(|(_, d)| d.code == "order_uncertain")
        .flat_map(|(i, d)| d.places.iter().map(move |p| (i, p.span)))
        .collect()
}

/// Call `f(speech, paragraph, page)` for each speech paragraph, in reading
/// order, and each of `pages` (by index) its span meets.
fn for_each_paragraph_meeting(
    record: &Record,
    pages: &[(usize, [usize; 2])],
    mut f: impl FnMut(usize, usize, usize),
) {
    if pages.is_empty() {
        return;
    }
    for block in &record.body {
        let Block::Speech {
            speech,
            first_paragraph,
            paragraph_count,
        } = *block
        else {
            continue;
        };
        let Some(s) = record.speeches.get(speech) else {
            continue;
        };
        for p in first_paragraph..first_paragraph + paragraph_count {
            let Some(&[x, y]) = s.paragraph_spans.get(p) else {
                continue;
            };
            // A paragraph whose lines were moved may span backwards.
            let (start, end) = (x.min(y), x.max(y));
            for (k, &(_, [a, b])) in pages.iter().enumerate() {
                if start < b && end > a {
                    f(speech, p, k);
                }
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_uncertain_page_is_marked_at_its_first_paragraph() {
        let path = crate::corpus_path("ga/raw/A_76_PV_102.txt");
        let text = std::fs::read_to_string(path).expect("corpus record");
        let record = crate::parse(&text);
        let marks = marks(&record);
        let uncertain: Vec<_> = record
            .diagnostics
            .iter()
            .filter(|d| d.code == "order_uncertain")
            .collect();
        // One diagnostic for the cause, a place for each page.
        assert_eq!(uncertain.len(), 1);
        let pages = &uncertain[0].places;
        assert!(
            pages.len() > 1,
            "A/76/PV.102 has pages the search cannot settle"
        );
        assert_eq!(uncertain[0].count, pages.len());
        assert_eq!(marks.len(), pages.len());
        for (&(speech, paragraph, diagnostic), page) in marks.iter().zip(pages) {
            assert_eq!(record.diagnostics[diagnostic].code, "order_uncertain");
            let [a, b] = page.span;
            let [x, y] = record.speeches[speech].paragraph_spans[paragraph];
            assert!(x.min(y) < b && x.max(y) > a);
        }
        // p. 28, where the Czech Republic's paragraphs may sit under Ukraine.
        assert!(marks
            .iter()
            .any(|&(s, p, _)| record.speeches[s].paragraphs[p]
                .contains("during the seventy-seventh session is therefore")));
    }

    #[test]
    fn every_paragraph_of_an_uncertain_page_is_within() {
        let path = crate::corpus_path("ga/raw/A_76_PV_102.txt");
        let record = crate::parse(&std::fs::read_to_string(path).expect("corpus record"));
        let within = paragraphs_within(&record);
        let marks = marks(&record);
        // Each mark opens a run of the paragraphs within, and there are more.
        for &(s, p, _) in &marks {
            assert!(within.contains(&(s, p)));
        }
        assert!(within.len() > marks.len());
        let mut sorted = within.clone();
        sorted.sort();
        sorted.dedup();
        assert_eq!(sorted.len(), within.len(), "each paragraph once");
        // p. 28: Ukraine's speech holds paragraphs of the European Union's
        // statement in the pdftotext shape; each of them is within.
        let eu = |t: &str| t.starts_with("As to the matter at hand") || t.starts_with("We deplore");
        let ukraine: Vec<(usize, usize)> = record
            .speeches
            .iter()
            .enumerate()
            .filter(|(_, s)| s.country.as_deref() == Some("Ukraine"))
            .flat_map(|(i, s)| {
                s.paragraphs
                    .iter()
                    .enumerate()
                    .filter(|(_, t)| eu(t))
                    .map(move |(p, _)| (i, p))
            })
            .collect();
        assert!(!ukraine.is_empty());
        for place in ukraine {
            assert!(within.contains(&place), "{place:?}");
        }
    }

    #[test]
    fn a_record_without_uncertain_pages_has_no_marks() {
        let text =
            "Mr. Kazykhanov (Kazakhstan): We are pleased.\n\nThe Brahimi report (S/2000/809).\n";
        assert!(marks(&crate::parse(text)).is_empty());
        assert!(paragraphs_within(&crate::parse(text)).is_empty());
    }
}
