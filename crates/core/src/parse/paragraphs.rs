//! Rebuilding paragraphs from wrapped lines.
//!
//! In text extracted from the two-column PDF a paragraph is many short lines and
//! nothing marks where it ends: no blank line, no indent. We reconstruct the
//! typesetter's decisions instead. Lines are justified to a fixed column width,
//! the first line of a paragraph is indented, and so:
//!
//! * a line that ends a sentence and would still have had room for the next
//!   line's first word was cut short on purpose: the paragraph ended;
//! * a line that ends a sentence and is followed by a line which is too short
//!   for a full line yet did not take the word after it was indented: a new
//!   paragraph began on it.
//!
//! Widths are estimated from Times Roman advance widths (see `input::text`);
//! the column width is measured per record.

use crate::input::text::{opens_with_quote, starts_with_any, text_width};
use std::borrow::Cow;

/// How paragraphs are marked in the input.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ParagraphMode {
    /// Wrapped column text (PDF extraction): paragraph ends come from layout.
    Layout,
    /// Paragraphs are separated by blank lines (a pasted speech).
    BlankLines,
    /// Each line is a whole paragraph (text from a web page or word processor).
    LinePerParagraph,
}

/// The typographic measures of one record, in 1/1000 em.
#[derive(Debug, Clone, Copy)]
pub struct Measure {
    /// Natural width of a full line of the column.
    pub column: u32,
    /// First-line indent.
    pub indent: u32,
}

const SPACE: u32 = 250;

impl Measure {
    /// Measure the column from the widths of the body's lines of five words or
    /// more: justified lines are full, so a high percentile is the column
    /// (robust to lines that extraction glued together).
    pub fn from_widths(mut widths: Vec<u32>) -> Measure {
        if widths.len() < 60 {
            // Too few lines to measure: assume the UN's column (240 pt of
            // 10.8 pt type), which every record measured so far has.
            return Measure {
                column: 22_200,
                indent: 22_200 * 1_780 / 23_000,
            };
        }
        let at = widths.len() * 90 / 100;
        let column = (*widths.select_nth_unstable(at).1).max(1);
        Measure {
            column,
            indent: column * 1_780 / 23_000,
        }
    }
}

/// One wrapped line of speech text, as the body pass buffers it until the
/// speech is interrupted and cut into paragraphs.
#[derive(Debug, Clone)]
pub struct TextLine<'a> {
    /// Borrowed from the input, or owned where the line was repaired or is
    /// the text after a speaker label.
    pub text: Cow<'a, str>,
    pub start: usize,
    pub end: usize,
    /// One or more blank lines stood before this line.
    pub blank_before: bool,
    /// Width of what precedes `text` on the printed line (a speaker label).
    pub lead: u32,
    /// Width of `text` (see [`text_width`]), computed once per line.
    pub width: u32,
}

/// The text up to its first space (all of it when it has none). Asked of
/// most lines, where the first word is a few bytes long: a byte loop, not
/// `split(' ')`, whose `memchr` call costs more than the word.
fn first_word(text: &str) -> &str {
    let end = text.bytes().position(|b| b == b' ').unwrap_or(text.len());
    &text[..end]
}

/// Does the line end a sentence: `.`, `?`, `!`, `:`, `…` or `;` before any
/// closing quotes, brackets and asterisks, or a closing ” after one of those?
/// Read from the end byte by byte (asked of every line: `trim_end_matches`
/// with a set of `char`s decodes characters in function calls in the
/// browser's size-optimised build); a test holds it to the `char` version.
pub(crate) fn ends_sentence(text: &str) -> bool {
    let b = text.as_bytes();
    let mut t = b;
    loop {
        t = match t {
            [rest @ .., b'"' | b'\'' | b')' | b']' | b'*'] => rest,
            // ” and ’ (U+201D, U+2019).
            [rest @ .., 0xE2, 0x80, 0x9D | 0x99] => rest,
            _ => break,
        };
    }
    matches!(
        t,
        [.., b'.' | b'?' | b'!' | b':' | b';'] | [.., 0xE2, 0x80, 0xA6]
    ) || (t.len() < b.len() && matches!(b, [.., 0xE2, 0x80, 0x9D]))
}

/// Where paragraphs start: indices into `lines` (always including 0 when non-empty).
pub fn paragraph_starts(lines: &[TextLine], mode: ParagraphMode, measure: Measure) -> Vec<usize> {
    if lines.is_empty() {
        return Vec::new();
    }
    // Room for a paragraph per four lines (the corpus has one per six or
    // seven), so the pushes rarely grow it.
    let mut starts = Vec::with_capacity(lines.len() / 4 + 2);
    starts.push(0);
    match mode {
        ParagraphMode::LinePerParagraph => starts.extend(1..lines.len()),
        ParagraphMode::BlankLines => {
            starts.extend((1..lines.len()).filter(|&i| lines[i].blank_before))
        }
        ParagraphMode::Layout => {
            // pdftotext joins a word hyphenated at a line end onto the first
            // line ("cross-" / "border" becomes "crossborder"), so a text line
            // can hold two printed lines: what decides is its last printed
            // line, about the overflow past the first, which is full (a
            // hyphenated line is a justified one). Its natural width varies,
            // so 85% of the column is taken off; 85, 90 and 95% measured
            // within 0.01 of each other on every corpus record.
            let widths: Vec<u32> = lines
                .iter()
                .map(|l| {
                    let mut w = l.lead.saturating_add(l.width);
                    while w > two_printed_lines(measure) {
                        w -= measure.column / 100 * 85;
                    }
                    w
                })
                .collect();
            let fits = |i: usize, room: u32| -> bool {
                // Would the first word of line i + 1 have fitted on line i?
                match lines.get(i + 1) {
                    Some(next) => {
                        widths[i]
                            .saturating_add(SPACE)
                            .saturating_add(word_width(first_word(&next.text)))
                            <= room
                    }
                    None => true,
                }
            };
            let column = measure.column;
            let pct = |n: u32| column / 100 * n;
            // What each line break (after line i) is to a block quote.
            let mut quote_break = vec![QuoteBreak::None; lines.len()];
            for (first, last) in block_quotes(lines, &widths, pct(QUOTE_MAX_PCT)) {
                quote_break[first - 1] = QuoteBreak::Opens;
                quote_break[first..last].fill(QuoteBreak::Inside);
                quote_break[last] = QuoteBreak::Closes;
            }
            for i in 0..lines.len() - 1 {
                let this = lines[i].text.as_ref();
                let next = lines[i + 1].text.as_ref();
                // Inside a block quote every line is indented, so widths say
                // nothing: only a new opening quote starts a paragraph there.
                // The quote and the text after it start paragraphs.
                match quote_break[i] {
                    QuoteBreak::Opens | QuoteBreak::Closes => {
                        starts.push(i + 1);
                        continue;
                    }
                    QuoteBreak::Inside => {
                        if opens_with_quote(next) && ends_sentence(this) {
                            starts.push(i + 1);
                        }
                        continue;
                    }
                    QuoteBreak::None => {}
                }
                if !ends_sentence(this) {
                    if opens_with_quote(next) && this.ends_with([',', ':']) && widths[i] < pct(90) {
                        starts.push(i + 1);
                    }
                    continue;
                }
                let quote_opens = opens_with_quote(next);
                // Line i had room for the next word: the paragraph ended on it.
                // A line that itself opens a paragraph is indented, so it
                // had less room.
                let room = if starts.last() == Some(&i) {
                    pct(98).saturating_sub(measure.indent)
                } else {
                    pct(98)
                };
                let cut_short = fits(i, room);
                // Line i + 1 goes on, yet left room for the word after it on a
                // flush line, or is well short of full: it was indented.
                let continues = i + 2 < lines.len();
                let next_room = widths[i + 1]
                    + SPACE
                    + lines
                        .get(i + 2)
                        .map_or(0, |l| word_width(first_word(&l.text)));
                let next_indented = continues && next_room <= pct(99) && next_room > pct(80);
                let next_narrow = continues && widths[i + 1] <= pct(92) && next_room > pct(98);
                // Words that open a paragraph whatever the widths say.
                let said = always_opens_paragraph(next) || opens_procedure(next);
                let opener =
                    said || (continues && widths[i + 1] <= pct(93) && opens_paragraph(next));
                // Widths alone are weakest when both lines are nearly full;
                // then a paragraph of fewer than about 50 words so far more
                // often goes on (in the corpus, 19% of such breaks are real
                // after fewer than 40 words, 70% after more than 80).
                let short_so_far = || {
                    let first = starts.last().copied().unwrap_or(0);
                    // The President's set phrases are short paragraphs of their
                    // own, and so, often, is a speech's opening courtesy ("I
                    // thank Special Envoy Griffiths …"), whose line carries the
                    // label.
                    if opens_procedure(&lines[first].text) || lines[first].lead > 0 {
                        return false;
                    }
                    if widths[i] <= pct(86) || widths[i + 1] <= pct(84) {
                        return false;
                    }
                    // Counted back from line i, stopping past the limit, so a
                    // paragraph of thousands of lines costs no more per line.
                    let mut words = 0;
                    for line in lines[first..=i].iter().rev() {
                        words += 1 + line.text.bytes().filter(|&b| b == b' ').count();
                        if words > SHORT_PARAGRAPH_WORDS {
                            return false;
                        }
                    }
                    true
                };
                if (quote_opens || said || cut_short || next_indented || next_narrow || opener)
                    && (quote_opens || said || !short_so_far())
                {
                    starts.push(i + 1);
                }
            }
        }
    }
    starts
}

/// See `short_so_far` in [`paragraph_starts`].
const SHORT_PARAGRAPH_WORDS: usize = 51;

/// A line break's place relative to a block quote.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum QuoteBreak {
    None,
    /// The next line opens a quote.
    Opens,
    /// Both lines are in the same quote.
    Inside,
    /// This line ends a quote.
    Closes,
}

/// Widest a block quote's lines may be, in percent of the column: they are
/// set 18 pt in from the left (about 92.5% of the column).
const QUOTE_MAX_PCT: u32 = 93;

/// Block quotations: runs of lines `(first, last)` that open with a quotation
/// mark after a finished sentence or a colon, close with one at a line end,
/// span three lines or more, and are all no wider than `max` (the last line
/// may be short).
fn block_quotes(lines: &[TextLine], widths: &[u32], max: u32) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    let mut i = 1;
    while i < lines.len() {
        // (Bytes: see `text::starts_uppercase`.) An opening “ (U+201C).
        let opens = matches!(lines[i].text.as_bytes(), [0xE2, 0x80, 0x9C, ..])
            && (ends_sentence(&lines[i - 1].text) || lines[i - 1].text.ends_with(','));
        if !opens {
            i += 1;
            continue;
        }
        let close = (i..lines.len().min(i + 60)).find(|&k| {
            let t = lines[k].text.trim_end_matches(['.', ',', ';', ')']);
            t.ends_with('”') || (t.contains("” (") && lines[k].text.ends_with([')', '.']))
        });
        match close {
            Some(last) if last >= i + 2 && widths[i..last].iter().all(|&w| w <= max) => {
                // A source on a line of its own, `(A/60/1, para. 4)`, ends the quote.
                let cited = lines.get(last + 1).is_some_and(|l| {
                    l.text.len() < 60
                        && l.text.starts_with('(')
                        && l.text.trim_end_matches('.').ends_with(')')
                });
                let last = last + usize::from(cited);
                out.push((i, last));
                i = last + 1;
            }
            _ => i += 1,
        }
    }
    out
}

/// Words that, after a sentence end, usually open a new paragraph (trusted
/// when the line's width does not say otherwise; see also
/// [`always_opens_paragraph`]).
fn opens_paragraph(line: &str) -> bool {
    const OPENERS: [&str; 5] = [
        "Let me now",
        "Furthermore,",
        "Moreover,",
        "Regarding",
        "Before concluding",
    ];
    starts_with_any(line, &OPENERS)
}

/// Words that, after a sentence end, open a paragraph in every case the
/// corpus has (e.g. `First,` 34 of 35 times, `Secondly,` 37 of 37,
/// `In conclusion` 53 of 53): the speaker is numbering points, changing topic
/// or concluding.
fn always_opens_paragraph(line: &str) -> bool {
    const OPENERS: [&str; 19] = [
        "First,",
        "Firstly,",
        "Second,",
        "Secondly,",
        "Third,",
        "Thirdly,",
        "Fourth,",
        "Fourthly,",
        "Fifth,",
        "Fifthly,",
        "Lastly,",
        "Finally,",
        "In conclusion",
        "To conclude",
        "In closing",
        "Let me conclude",
        "Turning to",
        "Allow me",
        "With regard to",
    ];
    starts_with_any(line, &OPENERS)
}

/// The President's set phrases, which always open a paragraph of their own
/// in the records (checked against the corpus's paragraph truth).
fn opens_procedure(line: &str) -> bool {
    const PHRASES: [&str; 13] = [
        "Members of the Council have before them",
        "The draft resolution received",
        "The Council is ready to proceed",
        "I wish to draw the attention",
        "In accordance with rule 37",
        "I now give the floor",
        "I give the floor",
        "I now call on",
        "I shall now put",
        "I now invite",
        "I shall now give the floor",
        "I now resume my functions",
        "I wish to remind all speakers",
    ];
    starts_with_any(line, &PHRASES)
}

fn word_width(w: &str) -> u32 {
    text_width(w)
}

/// Does this text line hold two printed lines? pdftotext joins a word
/// hyphenated at a line end onto the first line (see [`paragraph_starts`]).
pub fn holds_two_printed_lines(line: &TextLine, measure: Measure) -> bool {
    line.lead.saturating_add(line.width) > two_printed_lines(measure)
}

/// Wider than this (112% of the column), a text line holds two printed lines.
fn two_printed_lines(measure: Measure) -> u32 {
    measure.column / 100 * 112
}

/// Put back the hyphen of a compound that pdftotext joined across a line end.
///
/// When it joins a word split at a line end it drops the hyphen, right for
/// "govern-ment" and wrong for "Secretary-General", which becomes
/// "SecretaryGeneral" (34 times in the corpus; "GuineaBissau", "TimorLeste",
/// "JeanPierre" too). A step from three small letters to a capital and two
/// small ones inside a word is that join; callers apply this only to lines
/// that hold two printed lines, where the join happened, so names set that
/// way in print ("PlayStation", "DiCarlo") stay as they are.
pub fn restore_compound_hyphens(line: &str) -> Cow<'_, str> {
    let b = line.as_bytes();
    // The capital first: it rules out almost every byte with one test (in
    // the browser's build this ran at 2% of parse time testing the small
    // letters before it first).
    let joins = |i: usize| {
        b[i].is_ascii_uppercase()
            && i >= 3
            && i + 2 < b.len()
            && b[i - 3..i].iter().all(u8::is_ascii_lowercase)
            && b[i + 1..i + 3].iter().all(u8::is_ascii_lowercase)
    };
    if !(3..b.len()).any(joins) {
        return Cow::Borrowed(line);
    }
    let mut out = String::with_capacity(line.len() + 2);
    let mut from = 0;
    for i in (3..b.len()).filter(|&i| joins(i)) {
        out.push_str(&line[from..i]);
        out.push('-');
        from = i;
    }
    out.push_str(&line[from..]);
    Cow::Owned(out)
}

/// Join wrapped lines into one paragraph string: a space between lines, none
/// after a line-end hyphen that joins a compound (`Secretary-` + `General`,
/// `P5-` + `level`, `2020-` + `2021`) or after a slash (`A/74/` + `PV.3`).
pub fn join_lines<'a>(lines: impl Iterator<Item = &'a str> + Clone) -> String {
    let mut out = String::with_capacity(lines.clone().map(|l| l.len() + 1).sum());
    for line in lines {
        if !out.is_empty() {
            let hyphen_join = out.as_bytes().last() == Some(&b'-')
                && out[..out.len() - 1]
                    .chars()
                    .last()
                    .is_some_and(char::is_alphanumeric)
                && line.chars().next().is_some_and(char::is_alphanumeric)
                && !matches!(first_word(line), "and" | "or");
            // A symbol broken after a slash ("(see A/74/" / "PV.3)").
            let slash_join = out.ends_with('/');
            if !hyphen_join && !slash_join {
                out.push(' ');
            }
        }
        out.push_str(line);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ends_sentence_reads_as_the_char_version() {
        let by_chars = |text: &str| {
            let t = text.trim_end_matches(['”', '’', '"', '\'', ')', ']', '*']);
            t.ends_with(['.', '?', '!', ':', '…', ';'])
                || (t.len() < text.len() && text.ends_with('”'))
        };
        let mut lines = crate::corpus_lines();
        for end in [".", "?", "!", ":", "…", ";", ",", "a", "”", "’", "“", "—"] {
            for closers in [
                "", "”", "’", ")", "”)", "’”", "\"", "'", "]", "*", "”.", "“",
            ] {
                lines.push(format!("x{end}{closers}"));
                lines.push(format!("{end}{closers}"));
            }
        }
        lines.extend(["", "”", "’’", ")”", "é.", "é”"].map(String::from));
        for line in &lines {
            assert_eq!(ends_sentence(line), by_chars(line), "{line:?}");
        }
    }

    fn lines(text: &str) -> Vec<TextLine<'_>> {
        text.lines()
            .map(|t| TextLine {
                text: Cow::Borrowed(t),
                start: 0,
                end: 0,
                blank_before: false,
                lead: 0,
                width: text_width(t),
            })
            .collect()
    }

    #[test]
    fn short_line_after_sentence_end_breaks() {
        let l = lines(
            "Millions of Syrians continue to be in need of\nhumanitarian assistance and protection. We all know\nthe numbers — 11 million Syrians need humanitarian\n4 million Syrians.\nSince 14 November, the humanitarian co-penholders\nhave done their utmost to find agreement on a draft",
        );
        let m = Measure {
            column: 23_000,
            indent: 1_780,
        };
        assert_eq!(paragraph_starts(&l, ParagraphMode::Layout, m), [0, 4]);
    }

    #[test]
    fn compound_hyphens_dropped_at_a_line_end_come_back() {
        assert_eq!(
            restore_compound_hyphens("by the SecretaryGeneral and the UnderSecretary-General"),
            "by the Secretary-General and the Under-Secretary-General"
        );
        assert_eq!(restore_compound_hyphens("GuineaBissau"), "Guinea-Bissau");
        // ("PlayStation", "BrahMos" would change: callers keep this off
        // ordinary lines.)
        for kept in ["Ms. DiCarlo", "McDonald", "UNICEF", "x"] {
            assert!(
                matches!(restore_compound_hyphens(kept), Cow::Borrowed(_)),
                "{kept}"
            );
        }
    }

    #[test]
    fn joins_compounds_split_at_line_end() {
        assert_eq!(
            join_lines(["the Secretary-", "General said"].into_iter()),
            "the Secretary-General said"
        );
        assert_eq!(
            join_lines(["food-", "and nutrition"].into_iter()),
            "food- and nutrition"
        );
        // A compound whose first part ends in a digit (A/76/PV.102).
        assert_eq!(
            join_lines(["the P5-", "level meetings"].into_iter()),
            "the P5-level meetings"
        );
        assert_eq!(
            join_lines(["in 2020 -", "a year"].into_iter()),
            "in 2020 - a year"
        );
        assert_eq!(join_lines(["a", "b"].into_iter()), "a b");
        assert_eq!(
            join_lines(["co-prosperity (see A/74/", "PV.3), it is"].into_iter()),
            "co-prosperity (see A/74/PV.3), it is"
        );
    }
}
