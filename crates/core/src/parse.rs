//! Stage 3, the parse: decoded text to a [`Record`], one module per step.
//!
//! [`lines`] splits the text and marks page furniture; [`cover`] reads the
//! cover page; [`content`] keeps the lines that carry the record's words,
//! which [`reorder`] puts back in reading order; [`label_lines`] finds the
//! speaker labels among them; [`body`] cuts them into blocks and speeches,
//! with [`paragraphs`] rebuilding the paragraphs; [`resolve`] says who is
//! speaking; [`turns`] repairs turns the extraction moved; [`chair`] names
//! the Acting President; [`agenda`] gives a cover without an agenda the
//! items the body takes up; and the cited document symbols are collected
//! last.
//!
//! May depend on [`crate::grammar`], [`crate::input`] and the model, never
//! on the views.

pub(crate) mod agenda;
pub(crate) mod body;
pub(crate) mod chair;
pub(crate) mod compounds;
#[cfg(test)]
mod conservation;
pub(crate) mod content;
pub(crate) mod cover;
pub(crate) mod diagnostics;
pub(crate) mod label_lines;
pub(crate) mod lines;
pub(crate) mod orphans;
pub(crate) mod paragraphs;
pub(crate) mod reorder;
pub(crate) mod resolve;
pub(crate) mod turns;

use crate::grammar::lexicon;
use crate::grammar::symbols::find_symbols;
use crate::input::decode::{decode, DecodeError};
use crate::model::{Block, Diagnostic, Location, Meeting, Record, SymbolRef};

/// Parse decoded text into a record. Never panics; what it cannot place is
/// reported in `diagnostics`.
pub fn parse(input: &str) -> Record {
    let lines = lines::read_lines(input);
    let shape = Shape::of(&lines);
    parse_lines(input, lines, shape)
}

/// Where the text came from, which says what its line breaks mean.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Shape {
    /// Text as users have it (pdftotext, a viewer's copy, a paste): reading
    /// order and paragraphs are worked out from the text itself.
    Text,
    /// Text rebuilt from a PDF's layout ([`crate::layout`]): in reading
    /// order, each paragraph after a blank line, line-end hyphens as printed.
    Layout,
}

impl Shape {
    /// What text of unknown origin looks like: the layout's own text (a PDF
    /// read here, then stored, linked or saved and opened again) has no page
    /// breaks, no page furniture after its cover, and a blank line before
    /// every paragraph; anything else is read as text.
    fn of(lines: &[lines::Line]) -> Shape {
        if lines.iter().any(|l| l.page_break) {
            return Shape::Text;
        }
        let body = &lines[cover::first_body_line(lines).min(lines.len())..];
        let mut content = 0;
        let mut blank_before = 0;
        let mut blank = false;
        for line in body {
            if line.furniture {
                return Shape::Text;
            }
            if line.is_blank() {
                blank = true;
                continue;
            }
            content += 1;
            blank_before += usize::from(blank);
            blank = false;
        }
        // A paragraph runs about seven lines; pasted prose without blank
        // lines, or with one now and then, is text.
        if content > 0 && blank_before * 12 >= content {
            Shape::Layout
        } else {
            Shape::Text
        }
    }
}

pub(crate) fn parse_shaped(input: &str, shape: Shape) -> Record {
    parse_lines(input, lines::read_lines(input), shape)
}

fn parse_lines(input: &str, lines: Vec<lines::Line<'_>>, shape: Shape) -> Record {
    let mut diagnostics = Vec::new();
    let (meeting, body_start, agenda_lines, unplaced) = if cover::has_cover(&lines) {
        let start = cover::first_body_line(&lines);
        let c = cover::parse_cover(&lines, start, shape, &mut diagnostics);
        (c.meeting, c.body_start, c.agenda_lines, c.unplaced)
    } else {
        (Meeting::default(), 0, Vec::new(), Vec::new())
    };
    // Body text the cover did not read goes back into the body.
    let body = match orphans::place(&lines, &unplaced, body_start) {
        Some((lines, body_start)) => body::assemble(&lines, body_start, &agenda_lines, shape),
        None => body::assemble(&lines, body_start, &agenda_lines, shape),
    };
    diagnostics.extend(body.diagnostics);
    let mut record = Record {
        meeting,
        speeches: body.speeches,
        body: body.blocks,
        symbols: Vec::new(),
        diagnostics,
    };
    if shape == Shape::Text {
        // pdftotext drops the hyphen of a compound broken at a line end; a
        // PDF's layout keeps it.
        compounds::restore_compounds(input, &lines, &mut record.speeches);
    }
    resolve::resolve_speakers(&record.meeting, &mut record.speeches);
    turns::repair_turn_order(&mut record.speeches, &mut record.body);
    chair::name_acting_presidents(&record.body, &mut record.speeches);
    agenda::agenda_from_headings(&mut record.meeting, &record.body);
    record.meeting.language = record_language(&record.speeches).map(str::to_owned);
    resolve::name_delegations(&mut record.speeches);
    body::attach_vote_results(&mut record.body, &record.speeches);
    let mismatches = body::vote_count_diagnostics(&record.body);
    record.diagnostics.extend(mismatches);
    collect_symbols(&mut record);
    if record.speeches.is_empty() {
        record.diagnostics.push(Diagnostic::warning(
            "no_speeches",
            "No speaker labels (such as “Mr. Kazykhanov (Kazakhstan):” or “The President:”) were found in this text.".into(),
            None,
        ));
    }
    record.diagnostics = diagnostics::summarise(std::mem::take(&mut record.diagnostics));
    record
}

/// The record's language when not English: French or Spanish when most of
/// its labels are (`M. X`, `Le Président`; `Sr. X`, `El Presidente`).
fn record_language(speeches: &[crate::model::Speech]) -> Option<&'static str> {
    let mut counts = [0usize; 2];
    for s in speeches {
        match lexicon::language_of_label(&s.label) {
            Some(lexicon::FRENCH) => counts[0] += 1,
            Some(_) => counts[1] += 1,
            None => {}
        }
    }
    let (k, &most) = counts.iter().enumerate().max_by_key(|&(_, c)| *c)?;
    (most * 2 > speeches.len()).then_some([lexicon::FRENCH, lexicon::SPANISH][k])
}

/// Decode bytes (UTF-8/16, Windows-1252) and parse them.
pub fn parse_bytes(bytes: &[u8]) -> Result<Record, DecodeError> {
    let (text, _) = decode(bytes)?;
    Ok(parse(&text))
}

/// Every symbol cited in `text`, located at `location`.
fn symbols_in(text: &str, location: Location, out: &mut Vec<SymbolRef>) {
    for f in find_symbols(text) {
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
        if a.from_body {
            // Cited where its heading stands in the body.
            continue;
        }
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
            Block::Vote(v) => {
                // A result printed as a stage direction lives only here; one
                // the President said is cited in the speech that says it.
                let Some(result) = v.result.as_deref() else {
                    continue;
                };
                let said = record.body[block + 1..].iter().take(3).any(|b| match b {
                    Block::Speech {
                        speech,
                        first_paragraph,
                        ..
                    } => record.speeches[*speech]
                        .paragraphs
                        .get(*first_paragraph)
                        .is_some_and(|p| p.starts_with(result)),
                    _ => false,
                });
                if !said {
                    symbols_in(result, Location::Block { block }, &mut out);
                }
            }
            Block::Language { .. } => {}
        }
    }
    record.symbols = out;
}
