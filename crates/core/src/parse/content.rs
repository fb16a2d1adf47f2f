//! The content lines of the body: the lines that are neither page
//! furniture nor blank, each with what the later stages ask of it (a blank
//! line or page break before it, its printed width).

use super::lines::Line;
use crate::input::text::text_width;
use std::borrow::Cow;

/// A content line of the body (not furniture, not blank).
#[derive(Debug, Clone)]
pub struct Content<'a> {
    pub line: Line<'a>,
    /// A blank line (or furniture) stood before this line.
    pub blank_before: bool,
    /// A form feed (page break) came since the previous content line.
    pub page_start: bool,
    /// Printed width of the line's text (see [`text_width`]).
    pub width: u32,
}

/// Collect the content lines of `lines[start..]`. Their text is borrowed
/// from `lines`, not copied: a repaired line owns its text there.
pub fn content_lines<'a>(lines: &'a [Line<'_>], start: usize) -> Vec<Content<'a>> {
    let mut content = Vec::with_capacity(lines.len().saturating_sub(start));
    let mut blank = false;
    let mut page_start = false;
    for line in &lines[start..] {
        page_start |= line.page_break;
        if line.furniture {
            continue;
        }
        if line.is_blank() {
            blank = true;
            continue;
        }
        content.push(Content {
            width: text_width(&line.text),
            line: Line {
                text: Cow::Borrowed(&line.text),
                ..*line
            },
            blank_before: blank,
            page_start,
        });
        blank = false;
        page_start = false;
    }
    content
}
