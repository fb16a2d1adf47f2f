//! Stage 2, the record grammar: what page furniture, speaker labels, stage
//! directions, vote lists, invitations to speak, document symbols and
//! country names look like, each read by hand.
//!
//! May depend on [`crate::input`] only; the parse stages and the views read
//! text through it. Within it, [`classes`] (the character classes) and
//! [`scan`] (the cursor) sit below the readers, so no two readers depend on
//! each other but [`label`] on [`patterns`]. The regular expressions the
//! readers replaced are kept for the tests in one test-only module,
//! `reference`.

pub(crate) mod classes;
pub(crate) mod countries;
pub(crate) mod delegations;
pub(crate) mod invitation;
pub(crate) mod label;
pub(crate) mod lexicon;
pub(crate) mod patterns;
#[cfg(test)]
pub(crate) mod reference;
pub(crate) mod scan;
pub(crate) mod symbols;
