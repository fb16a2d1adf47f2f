//! Text to lines, and page furniture out of the way.
//!
//! Page furniture (symbol headers, dates, running titles, page and job numbers,
//! barcodes, the cover's boilerplate box) lands anywhere in extracted text, often
//! mid-sentence. We mark it here, line by line, so that later stages only ever see
//! the words that were spoken.

use crate::grammar::lexicon;
use crate::grammar::patterns;
use crate::input::bytemask::not_plain_mask;
use crate::input::text::{clean_line, is_clean, starts_uppercase};
use std::borrow::Cow;
use std::collections::HashMap;

/// One line of the input, with its span and repaired text.
#[derive(Debug, Clone)]
pub struct Line<'a> {
    /// Byte range in the decoded input (without the line break).
    pub start: usize,
    pub end: usize,
    /// The repaired text (see [`clean_line`]); empty for a blank line.
    pub text: Cow<'a, str>,
    /// A form feed (page break) preceded this line.
    pub page_break: bool,
    /// Page furniture or cover boilerplate: not part of the record's content.
    pub furniture: bool,
}

impl Line<'_> {
    pub fn is_blank(&self) -> bool {
        self.text.is_empty()
    }
}

/// The lines the parser reads: split and repaired ([`split_lines`]), with
/// furniture marked and job numbers glued to words cut off
/// ([`unglue_job_numbers`]).
pub fn read_lines(input: &str) -> Vec<Line<'_>> {
    let mut lines = split_lines(input);
    unglue_job_numbers(&mut lines);
    lines
}

/// Split text into lines (LF, CRLF or CR), repair each, and mark furniture.
///
/// One pass over 64-byte masks of the bytes that are not plain printable
/// ASCII ([`not_plain_mask`]): each set bit is a line break or makes its
/// line one to check (a control character, or a non-ASCII character such as
/// a curly quote, which most such lines keep as they are). A line without
/// one needs no check but for spaces at its ends. This replaced a `memchr`
/// call per line and a scan of every line (splitting the corpus: 2.0 → 1.2
/// ms).
pub fn split_lines(input: &str) -> Vec<Line<'_>> {
    let mut lines = Vec::with_capacity(input.len() / 40 + 1);
    let bytes = input.as_bytes();
    let mut start = 0;
    // Since `start`, a byte that is not plain printable ASCII.
    let mut not_plain = false;
    let mut pending_page_break = false;
    let mut push_line = |start: usize, end: usize, not_plain: bool| {
        let raw = &input[start..end];
        let clean = if not_plain {
            is_clean(raw)
        } else {
            // (Bytes: see `text::starts_uppercase`.)
            raw.as_bytes().first() != Some(&b' ') && raw.as_bytes().last() != Some(&b' ')
        };
        // A clean line has no control characters, so no form feed either.
        let has_form_feed = !clean && memchr::memchr(0x0C, raw.as_bytes()).is_some();
        let page_break = pending_page_break || has_form_feed;
        pending_page_break = false;
        let text: Cow<str> = if clean {
            Cow::Borrowed(raw)
        } else {
            Cow::Owned(clean_line(raw))
        };
        if text.is_empty() && has_form_feed {
            pending_page_break = true;
        }
        lines.push(Line {
            start,
            end,
            text,
            page_break,
            furniture: false,
        });
    };
    for (block, chunk) in bytes.chunks(64).enumerate() {
        let mut mask = match <&[u8; 64]>::try_from(chunk) {
            Ok(full) => not_plain_mask(full),
            Err(_) => {
                // The last, short chunk: padded with plain bytes.
                let mut padded = [b' '; 64];
                padded[..chunk.len()].copy_from_slice(chunk);
                not_plain_mask(&padded)
            }
        };
        while mask != 0 {
            let i = block * 64 + mask.trailing_zeros() as usize;
            mask &= mask - 1;
            if i < start {
                // The LF of a CRLF, taken with its CR.
                continue;
            }
            match bytes[i] {
                b'\n' | b'\r' => {
                    push_line(start, i, not_plain);
                    start = if bytes[i] == b'\r' && bytes.get(i + 1) == Some(&b'\n') {
                        i + 2
                    } else {
                        i + 1
                    };
                    not_plain = false;
                }
                _ => not_plain = true,
            }
        }
    }
    // The text after the last line break (empty when the text ends with one).
    push_line(start, bytes.len(), not_plain);
    mark_furniture(&mut lines);
    lines
}

/// The record's job number glued to the end of a page's last line: poppler
/// joins a word broken at a line-end hyphen with whatever text comes next,
/// and at a page's foot that is the job number ("presented by the
/// Secretary-" / "20-02121" gives "Secretary20-02121", S/PV.8707 p. 6; the
/// word goes on, "General.", on the next page). The number is cut off and
/// the hyphen it took put back, so the word joins across the page break.
/// Only the job number the record prints as furniture elsewhere, after a
/// letter, on a line that a blank line or a page break ends.
fn unglue_job_numbers(lines: &mut [Line]) {
    let Some(job) = lines
        .iter()
        .find(|l| l.furniture && is_job_number(l.text.as_bytes()))
        .map(|l| l.text[..8].to_owned())
    else {
        return;
    };
    for i in 0..lines.len() {
        let line = &lines[i];
        // (Asked of every line: its last byte decides for almost all.)
        if !line.text.as_bytes().last().is_some_and(u8::is_ascii_digit) {
            continue;
        }
        let page_end = lines
            .get(i + 1)
            .is_none_or(|next| next.is_blank() || next.page_break);
        let Some(word) = line.text.strip_suffix(job.as_str()) else {
            continue;
        };
        if line.furniture || !page_end || !word.ends_with(|c: char| c.is_alphabetic()) {
            continue;
        }
        let text = format!("{word}-");
        lines[i].text = Cow::Owned(text);
    }
}

/// Is this line page furniture by its shape alone?
pub fn is_pattern_furniture(text: &str) -> bool {
    if text.len() > 160 {
        return false;
    }
    // Every shape opens with a digit, a barcode star or a symbol (`S/`, `A /`):
    // a byte test keeps the full reading off ordinary lines.
    let b = text.as_bytes();
    let opens_furniture = match b.first() {
        Some(b'*') => true,
        // Dates, page numbers and job numbers: 1–4 digits, then `/` or `-`.
        Some(c) if c.is_ascii_digit() => b
            .iter()
            .take(5)
            .find(|c| !c.is_ascii_digit())
            .is_some_and(|&c| c == b'/' || c == b'-'),
        Some(b'S' | b'A' | b'E') => {
            b.get(1) == Some(&b'/') || (b.get(1) == Some(&b' ') && b.get(2) == Some(&b'/'))
        }
        _ => false,
    };
    if !opens_furniture {
        return false;
    }
    if is_page_or_date(b) || is_job_number(b) || is_symbol_header(b) {
        return true;
    }
    patterns::is_furniture_shape(text)
}

/// The most frequent furniture, exactly as [`patterns::is_furniture_shape`]
/// reads it, accepted without the full reading: a page number `3/18` or a
/// date `08/01/2020`. (Everything else goes to the full reading.)
fn is_page_or_date(b: &[u8]) -> bool {
    let digits = |s: &[u8]| s.iter().all(u8::is_ascii_digit);
    match b.iter().position(|&c| c == b'/') {
        Some(slash @ 1..=3) => {
            let (left, right) = (&b[..slash], &b[slash + 1..]);
            digits(left)
                && ((1..=3).contains(&right.len()) && digits(right)
                    || (b.len() == 10
                        && slash == 2
                        && right[2] == b'/'
                        && digits(&right[..2])
                        && digits(&right[3..])))
        }
        _ => false,
    }
}

/// A job number `20-00806`, maybe with ` (E)`, maybe followed by a page number.
fn is_job_number(b: &[u8]) -> bool {
    let digits = |s: &[u8]| s.iter().all(u8::is_ascii_digit);
    if b.len() < 8 || !digits(&b[..2]) || b[2] != b'-' || !digits(&b[3..8]) {
        return false;
    }
    let rest = &b[8..];
    let rest = rest.strip_prefix(b" (E)").unwrap_or(rest);
    let rest = rest.strip_prefix(b" ").unwrap_or(rest);
    rest.is_empty() || is_page_number(rest)
}

fn is_page_number(b: &[u8]) -> bool {
    let digits = |s: &[u8]| !s.is_empty() && s.len() <= 3 && s.iter().all(u8::is_ascii_digit);
    b.iter()
        .position(|&c| c == b'/')
        .is_some_and(|slash| digits(&b[..slash]) && digits(&b[slash + 1..]))
}

/// A Security Council symbol header `S/PV.8699` or `S/PV. 8699 (Resumption 1)`.
fn is_symbol_header(b: &[u8]) -> bool {
    let Some(rest) = b.strip_prefix(b"S/PV.") else {
        return false;
    };
    let rest = rest.strip_prefix(b" ").unwrap_or(rest);
    let n = rest.iter().take_while(|c| c.is_ascii_digit()).count();
    let rest = &rest[n..];
    n > 0
        && (rest.is_empty()
            || rest.strip_prefix(b" (Resumption ").is_some_and(|r| {
                let m = r.iter().take_while(|c| c.is_ascii_digit()).count();
                m > 0 && &r[m..] == b")"
            }))
}

/// `(The President)`, `(Mr. Keating, New Zealand)`: the speaker a 1990s
/// page continues, printed in parentheses at its top.
fn is_speaker_reminder(t: &str) -> bool {
    let Some(inner) = t.strip_prefix('(').and_then(|r| r.strip_suffix(')')) else {
        return false;
    };
    if inner.len() > 80 || inner.contains(['(', ')']) {
        return false;
    }
    matches!(
        inner,
        "The President" | "The Acting President" | "The Secretary-General"
    ) || ["Mr. ", "Mrs. ", "Ms. ", "Sir ", "Dr. ", "Miss "]
        .iter()
        .any(|t| inner.starts_with(t))
}

fn mark_furniture(lines: &mut [Line]) {
    // 1. Lines that are furniture by shape.
    let mut pattern = vec![false; lines.len()];
    for (i, line) in lines.iter().enumerate() {
        pattern[i] = !line.is_blank() && is_pattern_furniture(&line.text);
    }
    // General Assembly pages are numbered with a bare number set off by blanks.
    for i in 1..lines.len().saturating_sub(1) {
        let t = lines[i].text.as_ref();
        if !t.is_empty()
            && t.len() <= 3
            && t.bytes().all(|b| b.is_ascii_digit())
            && lines[i - 1].is_blank()
            && lines[i + 1].is_blank()
        {
            pattern[i] = true;
        }
    }
    // Typescript records of the 1990s number a page under its symbol
    // (`S/PV.3756` / `2`) and repeat who is speaking at its top (`(The
    // President)`, `(Mr. Keating, New Zealand)`).
    for i in 1..lines.len() {
        let t = lines[i].text.as_ref();
        let Some(prev) = (0..i).rev().find(|&j| !lines[j].is_blank()) else {
            continue;
        };
        if !pattern[prev] || pattern[i] {
            continue;
        }
        let page_number = !t.is_empty() && t.len() <= 3 && t.bytes().all(|b| b.is_ascii_digit());
        if page_number || is_speaker_reminder(t) {
            pattern[i] = true;
        }
    }
    // 2. Running titles: a line set off by blank lines right next to shaped
    //    furniture, whose text recurs so (two times or more). A title opens
    //    with a capital: a word in lower case so set off is a justified
    //    line's word emitted alone (A/76/PV.102's `adopted`, twice next to a
    //    job number), which `reorder` puts back.
    let mut candidates: HashMap<&str, Vec<usize>> = HashMap::new();
    for i in 0..lines.len() {
        if pattern[i]
            || lines[i].is_blank()
            || lines[i].text.len() > 120
            || !starts_uppercase(&lines[i].text)
        {
            continue;
        }
        let blank_before = i == 0 || lines[i - 1].is_blank() || lines[i].page_break;
        let blank_after = i + 1 >= lines.len() || lines[i + 1].is_blank();
        if !(blank_before && blank_after) {
            continue;
        }
        let prev = (0..i).rev().find(|&j| !lines[j].is_blank());
        let next = (i + 1..lines.len()).find(|&j| !lines[j].is_blank());
        let near = prev.is_some_and(|j| pattern[j]) || next.is_some_and(|j| pattern[j]);
        if near {
            candidates.entry(&lines[i].text).or_default().push(i);
        }
    }
    let mut titles: Vec<usize> = Vec::new();
    for indices in candidates.values() {
        if indices.len() >= 2 {
            titles.extend(indices);
        }
    }
    for i in titles {
        pattern[i] = true;
    }
    for (line, is_furniture) in lines.iter_mut().zip(&pattern) {
        line.furniture = *is_furniture;
    }
    // 3. The cover's boilerplate box, wherever it falls.
    let mut i = 0;
    while i < lines.len() {
        // (A byte compare first: see `patterns::is_agenda_heading`.)
        let text = &lines[i].text;
        let notice = match text.as_bytes().first() {
            Some(b'T') => text.starts_with("This record contains the text of speeches"),
            Some(b'C' | b'L') => lexicon::NOTICE.iter().any(|n| text.starts_with(n)),
            _ => false,
        };
        if notice {
            let mut j = i;
            while j < lines.len() && !lines[j].is_blank() && j < i + 12 {
                lines[j].furniture = true;
                j += 1;
            }
            i = j;
        } else {
            i += 1;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::grammar::reference::FURNITURE;

    /// Lines as the `memchr`-per-line loop that the mask walk replaced cut
    /// and repaired them (before furniture is marked).
    fn lines_by_memchr(input: &str) -> Vec<(usize, usize, String, bool)> {
        let bytes = input.as_bytes();
        let (mut out, mut pos, mut pending) = (Vec::new(), 0, false);
        loop {
            let end = memchr::memchr2(b'\n', b'\r', &bytes[pos..]).map_or(bytes.len(), |i| pos + i);
            let raw = &input[pos..end];
            let clean = is_clean(raw);
            let form_feed = !clean && raw.contains('\u{c}');
            let text = if clean {
                raw.to_owned()
            } else {
                clean_line(raw)
            };
            out.push((pos, end, text.clone(), pending || form_feed));
            pending = text.is_empty() && form_feed;
            if end >= bytes.len() {
                return out;
            }
            pos = end + 1 + usize::from(bytes[end] == b'\r' && bytes.get(end + 1) == Some(&b'\n'));
        }
    }

    #[test]
    fn splits_as_a_memchr_per_line_did() {
        let mut texts = crate::corpus_texts();
        // Breaks, controls and non-ASCII at and across 64-byte edges.
        for n in 0..70 {
            let pad = "x".repeat(n);
            texts.push(format!("{pad}\r\n{pad} \n\r\n\r"));
            texts.push(format!("{pad}\u{c}\n\u{c}{pad}\u{7f}é\r“q” \u{a0}\n"));
            texts.push(format!("{pad}’\n\n \u{8}{pad}\u{ad}"));
        }
        texts.extend(
            [
                "",
                "\n",
                "\r",
                "\r\n",
                "a",
                " a ",
                " a",
                "a \n b",
                "\u{c}",
                "\n\u{c}\n",
            ]
            .map(String::from),
        );
        for text in &texts {
            let got: Vec<_> = split_lines(text)
                .into_iter()
                .map(|l| (l.start, l.end, l.text.into_owned(), l.page_break))
                .collect();
            assert_eq!(
                got,
                lines_by_memchr(text),
                "{:?}",
                &text[..text.len().min(200)]
            );
        }
    }

    /// S/PV.8707 p. 6: "Secretary-" at the page's foot, glued by poppler to
    /// the job number, goes on as "General." on the next page.
    #[test]
    fn a_job_number_glued_to_a_broken_word_is_cut_off() {
        let text = "20-02121 (E)\nanalysis of the alternatives presented by the Secretary20-02121\n\n\u{c}29/01/2020\n\nGeneral. The parties must act.\n";
        let lines = read_lines(text);
        assert!(lines
            .iter()
            .any(|l| l.text == "analysis of the alternatives presented by the Secretary-"));
        // Not another number, nor one inside a page, nor after a digit.
        for kept in [
            "by the Secretary20-99999\n\n",
            "by the Secretary20-02121\nGeneral.\n",
            "in 202420-02121\n\n",
        ] {
            let text = format!("20-02121 (E)\n{kept}");
            let lines = read_lines(&text);
            assert!(!lines.iter().any(|l| l.text.ends_with('-')), "{kept:?}");
        }
    }

    #[test]
    fn recognises_furniture_shapes() {
        for f in [
            "S/PV.8700",
            "S/PV. 8700",
            "S/PV.8699 (Resumption 1)",
            "A/65/PV.71",
            "10/01/2020",
            "3/12",
            "20-00806",
            "20-00806 (E)",
            "20-008063/12",
            "2/1220-00806",
            "*2000806*",
            "10/01/2020 The situation in the Middle East S/PV.8700",
            "S/PV.8700 The situation in the Middle East 10/01/2020",
            "20-00806 3/12",
            "2/12 20-00806",
        ] {
            assert!(is_pattern_furniture(f), "{f}");
        }
        for f in ["3/18", "10/01/2020", "123/456", "1/2"] {
            assert!(is_page_or_date(f.as_bytes()), "{f}");
            assert!(FURNITURE.is_match(f), "{f}");
        }
        for t in ["1234/5", "10/01/20201", "10/0a/2020", "3/", "/3", "3/1a"] {
            assert!(!is_page_or_date(t.as_bytes()), "{t}");
        }
        // The fast paths accept only what the regex accepts.
        for f in [
            "20-00806",
            "20-00806 (E)",
            "20-008063/12",
            "20-00806 3/12",
            "S/PV.8699",
            "S/PV. 8699",
            "S/PV.8699 (Resumption 1)",
        ] {
            assert!(
                is_job_number(f.as_bytes()) || is_symbol_header(f.as_bytes()),
                "{f}"
            );
            assert!(FURNITURE.is_match(f), "{f}");
        }
        for t in [
            "20-0080",
            "20-00806 (F)",
            "20-00806 12/3456",
            "S/PV.",
            "S/PV.12 (Resumption)",
        ] {
            assert!(
                !is_job_number(t.as_bytes()) && !is_symbol_header(t.as_bytes()),
                "{t}"
            );
        }
        for t in [
            "S/2020/24 and S/2020/25",
            "4 million Syrians.",
            "2020 was a year",
            "Against:",
        ] {
            assert!(!is_pattern_furniture(t), "{t}");
        }
    }

    #[test]
    fn marks_running_titles_only_next_to_furniture() {
        let text = "S/PV.1\n\nColombia\n\nWe support Colombia\nin Colombia\n\u{c}1/2\n\n01/01/2020\n\nColombia\n\nmore text\n";
        let lines = split_lines(text);
        let furniture: Vec<&str> = lines
            .iter()
            .filter(|l| l.furniture)
            .map(|l| l.text.as_ref())
            .collect();
        assert_eq!(
            furniture,
            ["S/PV.1", "Colombia", "1/2", "01/01/2020", "Colombia"]
        );
    }
}
