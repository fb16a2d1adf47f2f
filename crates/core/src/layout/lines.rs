//! A page's glyphs to printed lines, each in its column.

use super::{Glyph, Page};

/// Which part of the page a printed line sits in.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Column {
    Left,
    Right,
    /// Across the page: the cover, a running header, a footer's notice.
    Full,
}

/// One printed line (or the part of one in a column).
#[derive(Debug, Clone)]
pub(super) struct PrintedLine {
    pub text: String,
    /// Left edge of its first glyph and right edge of its last, in points.
    pub x0: f32,
    pub x1: f32,
    /// Its baseline.
    pub y: f32,
    /// The largest font size on it.
    pub size: f32,
    pub column: Column,
}

/// A gap at the page's middle at least this wide (points) is the gutter
/// between the columns; text running through the middle with smaller gaps
/// is one line across the page.
const GUTTER: f32 = 4.0;

/// Glyphs on the same baseline within this share of the font size are one
/// line (justified text keeps its baseline; superscripts are rarer than this
/// tolerance's misses would be).
const SAME_LINE: f32 = 0.3;

/// A gap wider than this share of the font size between two glyphs is a
/// space the PDF did not draw as a glyph.
const SPACE_GAP: f32 = 0.2;

/// The page's printed lines from top to bottom; a line with text in both
/// columns and the gutter between gives two (left, then right). Only the
/// first page has lines across the page (the cover); on the others a line
/// that seems to cross the gutter is a column's line whose glyph widths the
/// PDF engine misread (S/PV.8699 (Resumption 2) p. 2 sets "o" 10 pt wide),
/// and goes to the column it starts in.
pub(super) fn page_lines(page: &Page, first_page: bool) -> Vec<PrintedLine> {
    let mut order: Vec<usize> = (0..page.glyphs.len())
        .filter(|&i| {
            let g = &page.glyphs[i];
            g.x.is_finite() && g.y.is_finite() && g.advance.is_finite() && !g.ch.is_control()
        })
        .collect();
    // Top to bottom; a stable sort keeps the content stream's order within a
    // baseline, which the x sort below then settles.
    order.sort_by(|&a, &b| page.glyphs[b].y.total_cmp(&page.glyphs[a].y));
    let mid = page.width / 2.0;
    let mut lines = Vec::new();
    let mut start = 0;
    while start < order.len() {
        let first = page.glyphs[order[start]];
        let tolerance = SAME_LINE * first.size.abs().max(1.0);
        let mut end = start + 1;
        while end < order.len() && (first.y - page.glyphs[order[end]].y).abs() <= tolerance {
            end += 1;
        }
        let mut glyphs: Vec<Glyph> = order[start..end].iter().map(|&i| page.glyphs[i]).collect();
        glyphs.sort_by(|a, b| a.x.total_cmp(&b.x));
        dedupe_overprint(&mut glyphs);
        split_at_gutter(&glyphs, mid, first_page, &mut lines);
        start = end;
    }
    lines
}

/// Bold set by printing a glyph twice at nearly the same place: keep one.
fn dedupe_overprint(glyphs: &mut Vec<Glyph>) {
    glyphs.dedup_by(|b, a| a.ch == b.ch && (a.x - b.x).abs() < 0.5 && (a.y - b.y).abs() < 0.5);
}

fn split_at_gutter(glyphs: &[Glyph], mid: f32, first_page: bool, lines: &mut Vec<PrintedLine>) {
    let crosses = glyphs
        .iter()
        .any(|g| g.x < mid && g.x + g.advance > mid && g.ch != ' ');
    let split = glyphs.iter().position(|g| g.x >= mid);
    match split {
        Some(k) if !crosses && k > 0 => {
            let (left, right) = glyphs.split_at(k);
            let gap = right[0].x
                - left
                    .iter()
                    .map(|g| g.x + g.advance)
                    .fold(f32::MIN, f32::max);
            let left_text = left.iter().any(|g| g.ch != ' ');
            if gap >= GUTTER || !left_text {
                push_line(left, Column::Left, lines);
                push_line(right, Column::Right, lines);
            } else if first_page {
                push_line(glyphs, Column::Full, lines);
            } else {
                push_line(glyphs, Column::Left, lines);
            }
        }
        Some(0) => push_line(glyphs, Column::Right, lines),
        None if !crosses => push_line(glyphs, Column::Left, lines),
        _ if first_page => push_line(glyphs, Column::Full, lines),
        _ if glyphs[0].x < mid => push_line(glyphs, Column::Left, lines),
        _ => push_line(glyphs, Column::Right, lines),
    }
}

fn push_line(glyphs: &[Glyph], column: Column, lines: &mut Vec<PrintedLine>) {
    let mut text = String::new();
    let mut last_end: Option<f32> = None;
    let (mut x0, mut x1, mut size) = (f32::MAX, f32::MIN, 0f32);
    for g in glyphs {
        if g.ch == ' ' {
            if !text.is_empty() && !text.ends_with(' ') {
                text.push(' ');
            }
            last_end = Some(g.x + g.advance);
            continue;
        }
        if let Some(end) = last_end {
            if g.x - end > SPACE_GAP * g.size.abs().max(1.0)
                && !text.ends_with(' ')
                && !text.is_empty()
            {
                text.push(' ');
            }
        }
        text.push(g.ch);
        last_end = Some(g.x + g.advance);
        x0 = x0.min(g.x);
        x1 = x1.max(g.x + g.advance);
        size = size.max(g.size.abs());
    }
    let text = text.trim_end().to_string();
    if text.is_empty() {
        return;
    }
    lines.push(PrintedLine {
        text,
        x0,
        x1,
        y: glyphs[0].y,
        size,
        column,
    });
}
