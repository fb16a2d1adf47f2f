//! Records from positioned text: a PDF's glyphs to the text the parser reads.
//!
//! A PDF engine (the CLI's and the page's; see `crates/pdf`) gives each
//! page's glyphs with their position, advance and size. From those this
//! module rebuilds what plain text loses: which column a line belongs to,
//! the reading order (the left column, then the right, page after page),
//! which lines are page furniture (the running header and footer, by their
//! position), and where paragraphs start (a first-line indent, a line after
//! a short one, a vertical gap). Printed line-end hyphens are kept: UN
//! records do not break plain words, so a hyphen at a line end belongs to
//! a compound ("much-needed").
//!
//! The result is text in the shape the parser reads best: the cover's lines
//! as printed, then the body's paragraphs, each after a blank line, with no
//! furniture and no page breaks. The record grammar (labels, headings,
//! votes, stage directions) is the parser's, unchanged.

mod flow;
mod lines;

pub use flow::text_of_pages;

/// One glyph as the PDF places it, in PDF user space (points, y upwards).
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Glyph {
    /// The glyph's origin on its baseline.
    pub x: f32,
    pub y: f32,
    /// How far the glyph moves the pen, in points.
    pub advance: f32,
    /// The font size in points (the text matrix's scale).
    pub size: f32,
    pub ch: char,
}

/// One page: its size in points and its glyphs in content-stream order.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Page {
    pub width: f32,
    pub height: f32,
    pub glyphs: Vec<Glyph>,
}

/// Parse a record from its pages' glyphs.
pub fn parse_pages(pages: &[Page]) -> crate::Record {
    parse_layout_text(&text_of_pages(pages))
}

/// Parse text made by [`text_of_pages`]: its blank lines are paragraph
/// breaks and its hyphens as printed, so none of the plain-text repairs run.
pub fn parse_layout_text(text: &str) -> crate::Record {
    crate::parse::parse_shaped(text, crate::parse::Shape::Layout)
}

/// Read pages from the glyph dump format the tests keep as fixtures and the
/// CLI can print (`verbatim glyphs`): a `P` line per page (`P`, number,
/// width, height) and a `G` line per glyph (`G`, x, y, advance, size, the
/// character), fields separated by tabs. Malformed lines are skipped.
pub fn pages_from_dump(dump: &str) -> Vec<Page> {
    let mut pages: Vec<Page> = Vec::new();
    for line in dump.lines() {
        let mut fields = line.split('\t');
        match fields.next() {
            Some("P") => {
                let numbers: Vec<f32> = fields.filter_map(|f| f.parse().ok()).collect();
                if let [_, width, height] = numbers[..] {
                    pages.push(Page {
                        width,
                        height,
                        glyphs: Vec::new(),
                    });
                }
            }
            Some("G") => {
                let f: Vec<&str> = fields.collect();
                let (Some(page), [x, y, advance, size, ch]) = (pages.last_mut(), &f[..]) else {
                    continue;
                };
                let number = |s: &str| s.parse::<f32>().ok();
                let (Some(x), Some(y), Some(advance), Some(size)) =
                    (number(x), number(y), number(advance), number(size))
                else {
                    continue;
                };
                for ch in ch.chars() {
                    page.glyphs.push(Glyph {
                        x,
                        y,
                        advance,
                        size,
                        ch,
                    });
                }
            }
            _ => {}
        }
    }
    pages
}

/// The dump format of [`pages_from_dump`].
pub fn dump_pages(pages: &[Page]) -> String {
    use std::fmt::Write;
    let mut out = String::new();
    for (i, page) in pages.iter().enumerate() {
        let _ = writeln!(out, "P\t{}\t{:.1}\t{:.1}", i + 1, page.width, page.height);
        for g in &page.glyphs {
            let ch = if g.ch == '\t' || g.ch == '\n' {
                ' '
            } else {
                g.ch
            };
            let _ = writeln!(
                out,
                "G\t{:.2}\t{:.2}\t{:.2}\t{:.2}\t{ch}",
                g.x, g.y, g.advance, g.size
            );
        }
    }
    out
}
