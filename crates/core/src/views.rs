//! Stage 4, views of a parsed record: what the app shows beside the text
//! (cited documents, themes, inline runs, symbol tooltips), permalinks to
//! passages, and the record in pieces for moving it between threads.
//!
//! May depend on the model, [`crate::grammar`] and [`crate::input`], never on
//! the parse stages: a view takes a finished [`crate::Record`]. These modules
//! are the crate's public API beside [`crate::parse()`] (re-exported at the
//! crate root), except [`wire`], the binary form [`transfer`] uses.

pub mod anchor;
pub mod citations;
pub mod dates;
pub mod heading_lines;
pub mod inline;
pub mod resolutions;
pub mod share;
pub mod themes;
pub mod transfer;
pub mod uncertain;
pub(crate) mod wire;
