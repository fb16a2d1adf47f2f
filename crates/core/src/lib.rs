//! # verbatim-core
//!
//! Turns the text of a United Nations meeting record (a Security Council
//! `S/PV.8700`, a General Assembly `A/58/PV.7`, or a single pasted speech) into a
//! [`Record`]: the meeting's cover facts, its speeches with repaired paragraphs,
//! votes, stage directions and every cited document symbol.
//!
//! This crate is pure Rust with no web dependencies: the CLI, the benchmarks and
//! the browser app all call [`parse()`] (or [`parse_bytes`]).
//!
//! The source is laid out as the pipeline, one folder per stage, each using
//! only the stages before it:
//!
//! 1. `input`: bytes to text ([`decode()`]), and text measures.
//! 2. `grammar`: what labels, stage directions, furniture, symbols and
//!    country names look like, read by hand.
//! 3. `parse`: text to lines, the cover, the body's blocks and speeches, who
//!    is speaking, turn order, cited symbols: [`parse()`].
//! 4. `views`: what the app shows of a finished record ([`themes`],
//!    [`citations`], [`inline`], [`resolutions`]), permalinks ([`share`],
//!    [`anchor`]) and the record in pieces for a worker ([`transfer`]).
//!
//! The record model ([`model`]) is the public JSON contract every stage
//! writes or reads. The stages are private; the public API is [`parse()`],
//! [`parse_bytes`], [`decode()`], the model, the view modules and the few
//! grammar and input items re-exported below.

mod grammar;
mod input;
pub mod layout;
pub mod model;
pub mod outline;
mod parse;
mod views;

#[cfg(feature = "internals")]
mod internals;
#[cfg(feature = "internals")]
pub use internals::*;

pub use model::*;
pub use parse::{parse, parse_bytes};
pub use views::{
    anchor, citations, dates, heading_lines, inline, resolutions, share, themes, transfer,
    uncertain,
};

pub use decode::{decode, DecodeError};

/// Bytes to text: the encodings read, and the largest input accepted.
pub mod decode {
    pub use crate::input::decode::{decode, DecodeError, Encoding, MAX_INPUT_BYTES};
}

/// UN document symbols found in running text, and their addresses.
pub mod symbols {
    pub use crate::grammar::symbols::{document_url, find_symbols, Found};
}

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
