//! Stage 1, reading the input: bytes to text, and the text-level helpers
//! every later stage measures and compares lines with.
//!
//! May depend on nothing else in the crate: the grammar, the parse stages
//! and the views all build on it.

pub(crate) mod bytemask;
pub(crate) mod decode;
pub(crate) mod text;
