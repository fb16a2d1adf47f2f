//! A parsed record in pieces, for moving it between threads.
//!
//! The browser parses large records in a Web Worker, which can hand the page
//! only strings or cloned JS values. Sending the whole record as one JSON
//! string would make the page decode 20+ MB in one go and freeze for a quarter
//! of a second or more; instead the worker sends [`chunks`] of bounded size and
//! the page decodes each in its own task with a [`Assembler`]. The pieces are
//! the serde form of the model (the same as `verbatim parse` prints), so what
//! crosses the thread boundary is what the JSON contract documents.

use crate::model::{Block, Diagnostic, Meeting, Record, Speech, SymbolRef};
use serde::{Deserialize, Serialize};

/// One piece of a record. The last piece is always [`Chunk::End`].
#[derive(Debug, Serialize, Deserialize)]
#[serde(tag = "part", rename_all = "lowercase")]
pub enum Chunk {
    Speeches {
        items: Vec<Speech>,
    },
    Body {
        items: Vec<Block>,
    },
    Symbols {
        items: Vec<SymbolRef>,
    },
    /// What is left, with the counts the receiver checks the pieces against.
    End {
        meeting: Box<Meeting>,
        diagnostics: Vec<Diagnostic>,
        speeches: usize,
        body: usize,
        symbols: usize,
        /// Extra data computed beside the parse (the browser sends theme
        /// counts), carried as an opaque JSON value.
        #[serde(default)]
        extra: serde_json::Value,
    },
}

/// Approximate serialized size of a batch before it is cut (bytes of text).
const BATCH_TEXT: usize = 256 * 1024;

/// Cut `record` into JSON chunks of about [`BATCH_TEXT`] bytes of text each.
pub fn chunks(record: &Record, extra: serde_json::Value) -> Vec<String> {
    let mut out = Vec::new();
    let mut start = 0;
    let mut size = 0;
    for (i, s) in record.speeches.iter().enumerate() {
        size += s.paragraphs.iter().map(|p| p.len() + 40).sum::<usize>() + 200;
        if size >= BATCH_TEXT || i + 1 == record.speeches.len() {
            out.push(encode(&Chunk::Speeches {
                items: record.speeches[start..=i].to_vec(),
            }));
            start = i + 1;
            size = 0;
        }
    }
    for items in record.body.chunks(4096) {
        out.push(encode(&Chunk::Body {
            items: items.to_vec(),
        }));
    }
    for items in record.symbols.chunks(2048) {
        out.push(encode(&Chunk::Symbols {
            items: items.to_vec(),
        }));
    }
    out.push(encode(&Chunk::End {
        meeting: Box::new(record.meeting.clone()),
        diagnostics: record.diagnostics.clone(),
        speeches: record.speeches.len(),
        body: record.body.len(),
        symbols: record.symbols.len(),
        extra,
    }));
    out
}

fn encode(chunk: &Chunk) -> String {
    serde_json::to_string(chunk).expect("the model serializes")
}

/// Rebuilds a record from [`chunks`], one chunk at a time.
#[derive(Default)]
pub struct Assembler {
    record: Record,
}

impl Assembler {
    pub fn new() -> Assembler {
        Assembler::default()
    }

    /// Take one chunk. Returns the record and the extra value after the last
    /// chunk; an error if a chunk is malformed or pieces are missing.
    pub fn push(&mut self, json: &str) -> Result<Option<(Record, serde_json::Value)>, String> {
        let chunk: Chunk =
            serde_json::from_str(json).map_err(|e| format!("damaged record piece: {e}"))?;
        match chunk {
            Chunk::Speeches { items } => self.record.speeches.extend(items),
            Chunk::Body { items } => self.record.body.extend(items),
            Chunk::Symbols { items } => self.record.symbols.extend(items),
            Chunk::End {
                meeting,
                diagnostics,
                speeches,
                body,
                symbols,
                extra,
            } => {
                let r = &mut self.record;
                if (r.speeches.len(), r.body.len(), r.symbols.len()) != (speeches, body, symbols) {
                    return Err("the record arrived incomplete".into());
                }
                r.meeting = *meeting;
                r.diagnostics = diagnostics;
                return Ok(Some((std::mem::take(&mut self.record), extra)));
            }
        }
        Ok(None)
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
        let path = concat!(
            env!("CARGO_MANIFEST_DIR"),
            "/../../../shared/corpus/raw/S_PV_8699.txt"
        );
        let text =
            std::fs::read_to_string(path).expect("the shared corpus is beside the repository");
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
        let path = concat!(
            env!("CARGO_MANIFEST_DIR"),
            "/../../../shared/corpus/raw/S_PV_8699.txt"
        );
        let bytes = std::fs::read(path).ok()?;
        Some(crate::parse_bytes(&bytes).expect("text"))
    }

    #[test]
    fn a_record_survives_the_trip_in_pieces() {
        let record = corpus_record().expect("the shared corpus is beside the repository");
        let pieces = chunks(&record, serde_json::json!({"k": 1}));
        assert!(pieces.len() >= 3, "{} pieces", pieces.len());
        assert!(pieces.iter().all(|p| p.len() < 2 * BATCH_TEXT));
        let mut a = Assembler::new();
        let mut done = None;
        for p in &pieces {
            assert!(done.is_none(), "a piece after the end");
            done = a.push(p).expect("valid piece");
        }
        let (back, extra) = done.expect("the end piece completes the record");
        assert_eq!(back, record);
        assert_eq!(extra["k"], 1);
    }

    #[test]
    fn missing_or_damaged_pieces_are_errors() {
        let record = corpus_record().expect("the shared corpus is beside the repository");
        let pieces = chunks(&record, serde_json::Value::Null);
        let mut a = Assembler::new();
        assert!(a.push(pieces.last().unwrap()).is_err());
        assert!(Assembler::new().push("{\"part\":\"speeches\"").is_err());
        assert!(Assembler::new().push("[]").is_err());
    }
}
