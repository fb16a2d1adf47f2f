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

#[cfg(test)]
mod tests {
    use super::*;

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
