//! A parsed record in pieces, for moving it between threads.
//!
//! The browser parses large records in a Web Worker, which can hand the page
//! only copies of JS values. Sending the whole record in one message would make
//! the page decode 20+ MB in one go and freeze for a quarter of a second or
//! more; instead the worker sends [`chunks`] of bounded size (the binary form of
//! `wire`) and the page decodes each in its own task with an
//! [`Assembler`].

use super::wire::{Reader, Writer};
use crate::model::Record;

/// Version byte at the head of every piece: pieces of another version are refused.
const VERSION: u8 = 1;

const SPEECHES: u8 = 0;
const BODY: u8 = 1;
const SYMBOLS: u8 = 2;
const END: u8 = 3;

/// Approximate size of a piece before it is cut (bytes of text).
const BATCH_TEXT: usize = 256 * 1024;

fn piece(tag: u8, fill: impl FnOnce(&mut Writer)) -> Vec<u8> {
    let mut w = Writer::default();
    w.byte(VERSION);
    w.byte(tag);
    fill(&mut w);
    w.bytes
}

/// The pieces of `record` with its theme counts for the built-in themes
/// plus the reader's own (`custom_themes_json`, as the page stores them):
/// what a parsing module (text or PDF) hands back to the page.
pub fn pieces_with_theme_counts(record: &Record, custom_themes_json: &str) -> Vec<Vec<u8>> {
    use super::themes::{parse_themes_tsv, themes_from_json, ThemeSet, BUILTIN_THEMES_TSV};
    let mut themes = parse_themes_tsv(BUILTIN_THEMES_TSV);
    themes.extend(themes_from_json(custom_themes_json).unwrap_or_default());
    let counts = super::citations::theme_counts(record, &ThemeSet::new(themes));
    chunks(record, &counts)
}

/// Cut `record` into pieces of about [`BATCH_TEXT`] bytes of text each; the
/// last piece also carries `theme_counts` (per speech, per theme), which the
/// worker computes beside the parse.
pub fn chunks(record: &Record, theme_counts: &[Vec<usize>]) -> Vec<Vec<u8>> {
    let mut out = Vec::new();
    let mut start = 0;
    let mut size = 0;
    for (i, s) in record.speeches.iter().enumerate() {
        size += s.paragraphs.iter().map(|p| p.len() + 40).sum::<usize>() + 200;
        if size >= BATCH_TEXT || i + 1 == record.speeches.len() {
            out.push(piece(SPEECHES, |w| w.put_seq(&record.speeches[start..=i])));
            start = i + 1;
            size = 0;
        }
    }
    for items in record.body.chunks(4096) {
        out.push(piece(BODY, |w| w.put_seq(items)));
    }
    for items in record.symbols.chunks(2048) {
        out.push(piece(SYMBOLS, |w| w.put_seq(items)));
    }
    out.push(piece(END, |w| {
        w.put(&record.meeting);
        w.put(&record.diagnostics);
        w.put(&record.speeches.len());
        w.put(&record.body.len());
        w.put(&record.symbols.len());
        w.put_seq(theme_counts);
    }));
    out
}

/// A whole record and the theme counts that came with it.
pub type Assembled = (Record, Vec<Vec<usize>>);

/// Rebuilds a record from [`chunks`], one piece at a time.
#[derive(Default)]
pub struct Assembler {
    record: Record,
}

impl Assembler {
    pub fn new() -> Assembler {
        Assembler::default()
    }

    /// Take one piece. Returns the record and the theme counts after the last
    /// piece; an error if a piece is damaged or pieces are missing.
    pub fn push(&mut self, piece: &[u8]) -> Result<Option<Assembled>, String> {
        self.take(piece)
            .map_err(|e| format!("damaged record piece: {e}"))
    }

    fn take(&mut self, piece: &[u8]) -> Result<Option<Assembled>, String> {
        let mut r = Reader::new(piece);
        if r.byte()? != VERSION {
            return Err("made by another version of the app".into());
        }
        let done = match r.byte()? {
            SPEECHES => {
                let items: Vec<_> = r.take()?;
                self.record.speeches.extend(items);
                None
            }
            BODY => {
                let items: Vec<_> = r.take()?;
                self.record.body.extend(items);
                None
            }
            SYMBOLS => {
                let items: Vec<_> = r.take()?;
                self.record.symbols.extend(items);
                None
            }
            END => {
                let meeting = r.take()?;
                let diagnostics = r.take()?;
                let counts: (usize, usize, usize) = (r.take()?, r.take()?, r.take()?);
                let theme_counts = r.take()?;
                let rec = &mut self.record;
                if (rec.speeches.len(), rec.body.len(), rec.symbols.len()) != counts {
                    return Err("the record arrived incomplete".into());
                }
                rec.meeting = meeting;
                rec.diagnostics = diagnostics;
                Some((std::mem::take(&mut self.record), theme_counts))
            }
            _ => return Err("unknown piece".into()),
        };
        if !r.is_done() {
            return Err("bytes left over".into());
        }
        Ok(done)
    }
}

/// The beginning of a large text, to parse and show at once while the whole
/// text is parsed in the background: at most `max` bytes, ending at a page
/// break (form feed) when there is one in the second half of that span, else
/// at a line end, so no speech is shown cut mid-line.
pub fn preview_prefix(text: &str, max: usize) -> &str {
    if text.len() <= max {
        return text;
    }
    let mut end = max;
    while !text.is_char_boundary(end) {
        end -= 1;
    }
    let head = &text[..end];
    let cut = match head.rfind('\u{c}') {
        Some(at) if at >= end / 2 => at,
        _ => head.rfind('\n').unwrap_or(end),
    };
    &text[..cut]
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_preview_shows_the_records_first_speeches_as_the_whole_parse_does() {
        let path = crate::corpus_path("raw/S_PV_8699.txt");
        let text = std::fs::read_to_string(path).expect("the test corpus (tests/corpus)");
        let whole = crate::parse(&text);
        let prefix = preview_prefix(&text, 64 * 1024);
        assert!(prefix.len() <= 64 * 1024 && prefix.len() > 32 * 1024);
        assert!(
            text[prefix.len()..].starts_with('\u{c}'),
            "cut at a page break"
        );
        let preview = crate::parse(prefix);
        assert_eq!(preview.meeting, whole.meeting);
        let n = preview.speeches.len();
        assert!(n >= 5, "{n} speeches in the preview");
        // All but the last speech (which the cut may shorten) are the same.
        assert_eq!(preview.speeches[..n - 1], whole.speeches[..n - 1]);
        assert_eq!(preview.speeches[n - 1].label, whole.speeches[n - 1].label);
        // Short texts are shown whole; a cut never splits a character.
        assert_eq!(preview_prefix("abc", 10), "abc");
        assert_eq!(preview_prefix("ab\nçç", 5), "ab");
    }

    fn corpus_record() -> Option<Record> {
        let path = crate::corpus_path("raw/S_PV_8699.txt");
        let bytes = std::fs::read(path).ok()?;
        Some(crate::parse_bytes(&bytes).expect("text"))
    }

    #[test]
    fn a_record_survives_the_trip_in_pieces() {
        let record = corpus_record().expect("the test corpus (tests/corpus)");
        let counts = vec![vec![1, 2], vec![3, 0]];
        let pieces = chunks(&record, &counts);
        assert!(pieces.len() >= 3, "{} pieces", pieces.len());
        assert!(pieces.iter().all(|p| p.len() < 2 * BATCH_TEXT));
        let mut a = Assembler::new();
        let mut done = None;
        for p in &pieces {
            assert!(done.is_none(), "a piece after the end");
            done = a.push(p).expect("valid piece");
        }
        let (back, theme_counts) = done.expect("the end piece completes the record");
        assert_eq!(back, record);
        assert_eq!(theme_counts, counts);
    }

    #[test]
    fn missing_or_damaged_pieces_are_errors() {
        let record = corpus_record().expect("the test corpus (tests/corpus)");
        let pieces = chunks(&record, &[]);
        let mut a = Assembler::new();
        assert!(
            a.push(pieces.last().unwrap()).is_err(),
            "the end without the rest"
        );
        assert!(
            Assembler::new().push(&pieces[0][..100]).is_err(),
            "truncated"
        );
        assert!(Assembler::new().push(b"").is_err());
        let mut other_version = pieces[0].clone();
        other_version[0] = 9;
        assert!(Assembler::new().push(&other_version).is_err());
    }
}
