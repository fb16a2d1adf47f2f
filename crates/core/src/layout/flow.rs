//! Printed lines to the text the parser reads: reading order, furniture,
//! paragraphs.

use super::lines::{page_lines, Column, PrintedLine};
use super::Page;
use crate::grammar::patterns::{read_label, vote_list};
use crate::parse::paragraphs::ends_sentence;

/// Running headers sit in the top band of every page but the first, page
/// numbers and job numbers in the bottom band (points from the edge; body
/// text keeps at least 95 pt clear of both in the corpus).
const HEADER_BAND: f32 = 80.0;
const FOOTER_BAND: f32 = 80.0;

/// A page with fewer full lines (40 bytes or more) in columns than this has
/// no body text in columns (a Security Council cover: short lines left and
/// right, the symbol, the date, the agenda's first item).
const MIN_BODY_COLUMN_LINES: usize = 10;

/// A first line set in by more than this share of the font size starts a
/// paragraph (UN records indent by 1.8 to 2.4 em).
const INDENT: f32 = 0.8;

/// A line ending within this share of the font size of its column's right
/// edge is full (justified).
const FULL: f32 = 1.5;

/// A vertical gap above this share of the font size, within a column, starts
/// a paragraph (lines are set about 1.2 em apart).
const GAP: f32 = 1.7;

/// The text of a record's pages: the first page's lines across the page (the
/// cover) as printed, then every paragraph of the columns after a blank line,
/// the page furniture left out.
pub fn text_of_pages(pages: &[Page]) -> String {
    let mut out = String::new();
    // The last body line written, to tell whether the next one continues it.
    // With its column's edges.
    let mut previous: Option<(PrintedLine, (f32, f32))> = None;
    // Whether that line started a paragraph.
    let mut previous_started = false;
    // Inside a recorded vote's lists ("In favour:" and the names set in
    // under it), whose short lines are one block, not a paragraph each.
    let mut in_vote = false;
    // The last line across the page, if it was the last line written: its
    // baseline and start.
    let mut last_full: Option<(f32, f32)> = None;
    for (p, page) in pages.iter().enumerate() {
        let lines = reading_order(page_lines(page, p == 0), page, p == 0);
        let edges = ColumnEdges::of(&lines);
        for line in lines {
            if line.column == Column::Full {
                if previous.take().is_some() {
                    out.push('\n');
                }
                out.push_str(&line.text);
                out.push('\n');
                last_full = Some((line.y, line.x0));
                continue;
            }
            // A short last line of a paragraph set across the page (a
            // cover's notice ending "… (http://documents.un.org).") sits
            // where a left column's line would: right under the line
            // before, at the same start, it runs on.
            let runs_on_from_full = last_full.take().is_some_and(|(y, x0)| {
                y > line.y && y - line.y <= GAP * line.size && (line.x0 - x0).abs() < 1.0
            });
            if runs_on_from_full {
                out.push_str(&line.text);
                out.push('\n');
                continue;
            }
            let (left, right) = edges.of_column(line.column);
            let indented = line.x0 > left + INDENT * line.size;
            let vote_header = vote_list(&line.text).is_some();
            // A speaker's label after the lists ends them.
            let continues_vote =
                in_vote && (indented || vote_header) && read_label(&line.text).is_none();
            in_vote = vote_header || continues_vote;
            let starts = !continues_vote
                && match &previous {
                    None => true,
                    Some((prev, (prev_left, prev_right))) => {
                        let gap = prev.column == line.column
                            && prev.y > line.y
                            && prev.y - line.y > GAP * line.size;
                        // A block quotation sets every line in (its first by as
                        // much or more) and justifies it: a set-in line under a
                        // full set-in line continues it. A one-line paragraph is
                        // short, so the set-in line after it starts another.
                        let prev_indented = prev.x0 > prev_left + INDENT * prev.size;
                        let prev_full = prev.x1 >= prev_right - FULL * prev.size;
                        // Set in as far as this line, each from its own
                        // column's edge: across a column or page break the
                        // previous line sits in another column (A/65/PV.71
                        // p. 6 opens a paragraph under a full one-line one).
                        // A full first line that ends its sentence is a
                        // paragraph of one line ("We will now consider draft
                        // resolutions I and II.", A/65/PV.71 p. 5), unless it
                        // opens a quotation ("“Bring me 1,000 men and I will
                        // move the mountain.", A/76/PV.102).
                        let one_line_paragraph = previous_started
                            && ends_sentence(&prev.text)
                            && !prev.text.starts_with(['“', '"', '‘']);
                        let quoted = indented
                            && prev_indented
                            && prev_full
                            && !one_line_paragraph
                            && prev.x0 - prev_left >= line.x0 - left - 1.0;
                        // A short line then a flush one without a gap is a heading
                        // or a list running on: a paragraph's first line is set
                        // in, and headings are set off by space.
                        gap || (indented && !quoted)
                    }
                };
            if starts {
                out.push('\n');
            }
            out.push_str(&line.text);
            out.push('\n');
            previous_started = starts;
            previous = Some((line, (left, right)));
        }
    }
    out
}

/// The page's lines in reading order, furniture left out: lines across the
/// page stay where they are, and each run of column lines between them
/// reads left column first. The header band (every page but the first),
/// the footer band, and lines across the page below the columns (the first
/// page's notice on corrections) are furniture.
fn reading_order(lines: Vec<PrintedLine>, page: &Page, first_page: bool) -> Vec<PrintedLine> {
    let top = page.height - HEADER_BAND;
    let kept: Vec<PrintedLine> = lines
        .into_iter()
        .filter(|l| (first_page || l.y <= top) && l.y >= FOOTER_BAND)
        .collect();
    // The notice on corrections under a first page's columns (a General
    // Assembly record starts its body on the cover page); a cover without
    // columns of body text (the Security Council's) keeps it, as it ends
    // the cover's agenda there.
    let column_lines = kept
        .iter()
        .filter(|l| l.column != Column::Full && l.text.len() >= 40)
        .count();
    let last_column_line = kept
        .iter()
        .rposition(|l| l.column != Column::Full)
        .filter(|_| column_lines >= MIN_BODY_COLUMN_LINES);
    let mut ordered = Vec::with_capacity(kept.len());
    let mut left = Vec::new();
    let mut right = Vec::new();
    for (i, line) in kept.into_iter().enumerate() {
        match line.column {
            Column::Left => left.push(line),
            Column::Right => right.push(line),
            Column::Full => {
                if last_column_line.is_some_and(|last| i > last) {
                    // Below the columns: the notice, the job number.
                    continue;
                }
                ordered.append(&mut left);
                ordered.append(&mut right);
                ordered.push(line);
            }
        }
    }
    ordered.append(&mut left);
    ordered.append(&mut right);
    ordered
}

/// Each column's edges on a page: where its flush lines start and its
/// justified lines end, as (left, right).
struct ColumnEdges {
    left: (f32, f32),
    right: (f32, f32),
}

impl ColumnEdges {
    fn of(lines: &[PrintedLine]) -> ColumnEdges {
        let edges = |column: Column| {
            let mut edges = (f32::MAX, f32::MIN);
            // Short lines (a heading, a page number) say little of the edges.
            for l in lines
                .iter()
                .filter(|l| l.column == column && l.text.len() >= 20)
            {
                edges = (edges.0.min(l.x0), edges.1.max(l.x1));
            }
            edges
        };
        ColumnEdges {
            left: edges(Column::Left),
            right: edges(Column::Right),
        }
    }

    fn of_column(&self, column: Column) -> (f32, f32) {
        match column {
            Column::Right => self.right,
            _ => self.left,
        }
    }
}
