//! # verbatim-core
//!
//! Turns the text of a United Nations meeting record (a Security Council
//! `S/PV.8700`, a General Assembly `A/58/PV.7`, or a single pasted speech) into a
//! [`Record`]: the meeting's cover facts, its speeches with repaired paragraphs,
//! votes, stage directions and every cited document symbol.
//!
//! This crate is pure Rust with no web dependencies: the CLI, the benchmarks and
//! the browser app all call [`parse`] (or [`parse_bytes`]).
//!
//! The pipeline, one module per stage:
//! [`decode`] bytes → text; [`lines`] text → lines with furniture marked;
//! [`cover`] the cover page; [`body`] lines → blocks and speeches (with
//! [`paragraphs`] rebuilding paragraphs); [`resolve`] who is speaking;
//! [`symbols`] document symbols.

pub mod anchor;
pub mod body;
mod bytemask;
pub mod citations;
pub mod countries;
pub mod cover;
pub mod decode;
pub mod inline;
pub mod lines;
pub mod model;
pub mod paragraphs;
pub mod patterns;
pub mod reorder;
pub mod resolutions;
pub mod resolve;
pub mod share;
pub mod symbols;
pub mod text;
pub mod themes;
pub mod transfer;
pub mod turns;
pub mod wire;

/// A path inside the test corpus: `$VERBATIM_CORPUS`, or the copy the
/// repository keeps in `tests/corpus` (so a clone alone runs its tests).
#[cfg(test)]
pub(crate) fn corpus_path(relative: &str) -> std::path::PathBuf {
    let root = std::env::var_os("VERBATIM_CORPUS").map_or_else(
        || std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../../tests/corpus"),
        std::path::PathBuf::from,
    );
    root.join(relative)
}

/// The test corpus's texts, for unit tests that check a hand-written reader
/// against the pattern it replaced on every real case.
#[cfg(test)]
pub(crate) fn corpus_texts() -> Vec<String> {
    ["raw", "variants", "ga/raw"]
        .iter()
        .flat_map(|dir| std::fs::read_dir(corpus_path(dir)).expect("corpus"))
        .map(|e| std::fs::read_to_string(e.expect("entry").path()).expect("text"))
        .collect()
}

/// Every line of the test corpus's texts (see [`corpus_texts`]).
#[cfg(test)]
pub(crate) fn corpus_lines() -> Vec<String> {
    corpus_texts()
        .iter()
        .flat_map(|t| t.lines().map(str::to_owned).collect::<Vec<_>>())
        .collect()
}

pub use decode::{decode, DecodeError};
pub use model::*;

/// Parse decoded text into a record. Never panics; what it cannot place is
/// reported in `diagnostics`.
pub fn parse(input: &str) -> Record {
    let lines = lines::split_lines(input);
    let mut diagnostics = Vec::new();
    let (meeting, body_start, agenda_lines) = if cover::has_cover(&lines) {
        let start = cover::first_body_line(&lines);
        let c = cover::parse_cover(&lines, start, &mut diagnostics);
        (c.meeting, c.body_start, c.agenda_lines)
    } else {
        (Meeting::default(), 0, Vec::new())
    };
    let body = body::assemble(&lines, body_start, &agenda_lines);
    diagnostics.extend(body.diagnostics);
    let mut record = Record {
        meeting,
        speeches: body.speeches,
        body: body.blocks,
        symbols: Vec::new(),
        diagnostics,
    };
    resolve::resolve_speakers(&record.meeting, &mut record.speeches);
    turns::repair_turn_order(&mut record.speeches, &mut record.body);
    body::attach_vote_results(&mut record.body, &record.speeches);
    collect_symbols(&mut record);
    if record.speeches.is_empty() {
        record.diagnostics.push(Diagnostic {
            level: "warning".into(),
            code: "no_speeches".into(),
            message: "No speaker labels (such as “Mr. Kazykhanov (Kazakhstan):” or “The President:”) were found in this text.".into(),
            span: None,
        });
    }
    record
}

/// Decode bytes (UTF-8/16, Windows-1252) and parse them.
pub fn parse_bytes(bytes: &[u8]) -> Result<Record, DecodeError> {
    let (text, _) = decode(bytes)?;
    Ok(parse(&text))
}

/// Every symbol cited in `text`, located at `location`.
fn symbols_in(text: &str, location: Location, out: &mut Vec<SymbolRef>) {
    for f in symbols::find_symbols(text) {
        out.push(SymbolRef {
            text: text[f.start..f.end].to_owned(),
            symbol: f.symbol,
            location: location.clone(),
            start: f.start,
            end: f.end,
        });
    }
}

fn collect_symbols(record: &mut Record) {
    let mut out = Vec::new();
    for (item, a) in record.meeting.agenda.iter().enumerate() {
        symbols_in(&a.title, Location::Agenda { item }, &mut out);
    }
    for (block, b) in record.body.iter().enumerate() {
        match b {
            Block::Speech {
                speech,
                first_paragraph,
                paragraph_count,
            } => {
                for paragraph in *first_paragraph..first_paragraph + paragraph_count {
                    let text = &record.speeches[*speech].paragraphs[paragraph];
                    symbols_in(
                        text,
                        Location::Paragraph {
                            speech: *speech,
                            paragraph,
                        },
                        &mut out,
                    );
                }
            }
            Block::Heading { text, .. }
            | Block::Narrative { text, .. }
            | Block::Unattributed { text, .. } => {
                symbols_in(text, Location::Block { block }, &mut out);
            }
            Block::Vote(_) | Block::Language { .. } => {}
        }
    }
    record.symbols = out;
}
