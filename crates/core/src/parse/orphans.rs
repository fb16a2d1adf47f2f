//! Body text that poppler emitted above the body's first stage direction or
//! label, where the cover is read: the top of the right-hand column of the
//! body's first page (S/PV.8703: "almost daily or at least with great
//! frequency …", which continues the left column's last line "These incidents
//! occur"). Found as the lines the cover did not read (`Cover::unplaced`),
//! each blank-separated block is put back where the page shows it belongs:
//!
//! * a block that ends a sentence (a column's head, ending its paragraph) goes
//!   after the first full line of the page that stops mid-sentence at the end
//!   of a column: furniture follows, or a blank and a new sentence;
//! * a block that does not (a heading's title) goes after the page's numbered
//!   agenda heading (`Agenda item 110 (continued)`), whose title it is.
//!
//! A block with no such place stays where it was, at the head of the body,
//! where it becomes an unattributed block with its diagnostic: kept, and said.

use super::lines::Line;
use crate::grammar::patterns;
use crate::input::text::{starts_uppercase, text_width};
use std::borrow::Cow;

/// A full line of a column (as `reorder` measures one).
const FULL_LINE: u32 = 16_000;

fn ends_finished(t: &str) -> bool {
    t.trim_end_matches(['”', '’', ')', '"'])
        .ends_with(['.', '?', '!', ';'])
}

/// The lines with the `unplaced` ones put back, and where the body now
/// starts; `None` when there are none.
pub fn place<'a>(
    lines: &[Line<'a>],
    unplaced: &[usize],
    body_start: usize,
) -> Option<(Vec<Line<'a>>, usize)> {
    if unplaced.is_empty() || unplaced.iter().any(|&k| k >= body_start) {
        return None;
    }
    // The blocks, as runs of consecutive unplaced lines (a blank line or
    // furniture between two lines splits them).
    let mut blocks: Vec<Vec<usize>> = Vec::new();
    for &k in unplaced {
        match blocks.last_mut() {
            Some(b) if b.last() == Some(&(k - 1)) => b.push(k),
            _ => blocks.push(vec![k]),
        }
    }
    // The body's first page: up to its first furniture.
    let page_end = (body_start..lines.len())
        .find(|&k| lines[k].furniture)
        .unwrap_or(lines.len());
    let next_text = |k: usize| (k + 1..lines.len()).find(|&j| !lines[j].is_blank());
    let mut targets: Vec<Option<usize>> = Vec::with_capacity(blocks.len());
    for block in &blocks {
        let last = &lines[block[block.len() - 1]].text;
        let target = if ends_finished(last) {
            (body_start..page_end).find(|&t| {
                let text = lines[t].text.as_ref();
                !lines[t].furniture
                    && !text.is_empty()
                    && !ends_finished(text)
                    && !text.ends_with(':')
                    && text_width(text) >= FULL_LINE
                    && !patterns::may_start_label(text)
                    && !targets.contains(&Some(t))
                    && next_text(t).is_some_and(|n| {
                        lines[n].furniture
                            || (n > t + 1
                                && (starts_uppercase(&lines[n].text)
                                    || lines[n].text.starts_with('“')))
                    })
            })
        } else {
            (body_start..page_end).find(|&t| {
                !lines[t].furniture
                    && patterns::is_agenda_heading(&lines[t].text)
                    && !targets.contains(&Some(t))
            })
        };
        targets.push(target);
    }
    let moved = |l: &Line<'a>| Line {
        page_break: false,
        ..l.clone()
    };
    let mut out: Vec<Line<'a>> = Vec::with_capacity(lines.len() + unplaced.len());
    out.extend(
        lines[..body_start]
            .iter()
            .enumerate()
            .filter(|(k, _)| unplaced.binary_search(k).is_err())
            .map(|(_, l)| l.clone()),
    );
    let start = out.len();
    for (block, target) in blocks.iter().zip(&targets) {
        if target.is_none() {
            out.extend(block.iter().map(|&k| moved(&lines[k])));
            let at = lines[block[block.len() - 1]].end;
            out.push(Line {
                start: at,
                end: at,
                text: Cow::Borrowed(""),
                page_break: false,
                furniture: false,
            });
        }
    }
    for (k, line) in lines.iter().enumerate().skip(body_start) {
        out.push(line.clone());
        for (block, _) in blocks.iter().zip(&targets).filter(|(_, t)| **t == Some(k)) {
            out.extend(block.iter().map(|&j| moved(&lines[j])));
        }
    }
    Some((out, start))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::parse::lines::split_lines;

    fn placed(text: &str, unplaced: &[usize], body_start: usize) -> Vec<String> {
        let lines = split_lines(text);
        let (out, start) = place(&lines, unplaced, body_start).expect("placed");
        out[start..]
            .iter()
            .filter(|l| !l.furniture && !l.is_blank())
            .map(|l| l.text.to_string())
            .collect()
    }

    #[test]
    fn a_column_head_goes_after_the_line_it_continues() {
        let text = "S/PV.1\n\nthe tail of a sentence.\n\nThe meeting was called to order at 10 a.m.\nThe security situation in Mali and in the Sahel is bad. These incidents occur\n2/21\n\nPolitically, it is slow.\n";
        assert_eq!(
            placed(text, &[2], 4),
            [
                "The meeting was called to order at 10 a.m.",
                "The security situation in Mali and in the Sahel is bad. These incidents occur",
                "the tail of a sentence.",
                "Politically, it is slow."
            ]
        );
    }

    #[test]
    fn a_block_without_a_place_stays_at_the_head_of_the_body() {
        let text =
            "S/PV.1\n\nsome words\nthat end here.\n\nThe meeting was called to order at 10 a.m.\n";
        assert_eq!(
            placed(text, &[2, 3], 5),
            [
                "some words",
                "that end here.",
                "The meeting was called to order at 10 a.m."
            ]
        );
    }
}
