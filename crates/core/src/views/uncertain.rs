//! Where the page marks a passage whose order the parser could not settle.
//!
//! The parser keeps every word in its likeliest place and reports a page of
//! interleaved columns it could not read with confidence as an
//! `order_uncertain` diagnostic spanning the page's input. A reader must see
//! that where it applies, not in a list elsewhere: the viewer draws a rule
//! with "order uncertain here" before the first paragraph of that page.

use crate::model::{Block, Record};

/// What the page says at each mark.
pub const PAGE_NOTE: &str = crate::parse::diagnostics::ORDER_UNCERTAIN;

/// `(speech, paragraph, diagnostic)`, all 0-based: the first speech
/// paragraph, in reading order, whose span meets a place of the
/// `order_uncertain` diagnostic (the page's first paragraph, or the one
/// running onto it from the page before), once per place.
pub fn marks(record: &Record) -> Vec<(usize, usize, usize)> {
    let pages: Vec<(usize, [usize; 2])> = record
        .diagnostics
        .iter()
        .enumerate()
        .filter(|(_, d)| d.code == "order_uncertain")
        .flat_map(|(i, d)| d.places.iter().map(move |p| (i, p.span)))
        .collect();
    let mut marks = Vec::with_capacity(pages.len());
    if pages.is_empty() {
        return marks;
    }
    let mut marked = vec![false; pages.len()];
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
            for (k, &(diagnostic, [a, b])) in pages.iter().enumerate() {
                if !marked[k] && start < b && end > a {
                    marked[k] = true;
                    marks.push((speech, p, diagnostic));
                }
            }
        }
    }
    marks
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
    fn a_record_without_uncertain_pages_has_no_marks() {
        let text =
            "Mr. Kazykhanov (Kazakhstan): We are pleased.\n\nThe Brahimi report (S/2000/809).\n";
        assert!(marks(&crate::parse(text)).is_empty());
    }
}
