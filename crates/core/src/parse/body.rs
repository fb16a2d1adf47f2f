//! Lines to blocks: speeches, headings, stage directions and votes.
//!
//! One pass over the content lines (furniture already marked). Each line is a
//! speaker label (possibly split over up to three lines), an interpretation
//! note, a vote list, a stage direction, an agenda heading, or speech text. Speech
//! text is buffered and cut into paragraphs when something else interrupts it.

use super::content::{content_lines, Content};
use super::label_lines::{label_at, LabelHit};
use super::lines::Line;
use super::paragraphs::{
    holds_two_printed_lines, join_lines, paragraph_starts, restore_compound_hyphens, Measure,
    ParagraphMode, TextLine,
};
use super::reorder;
use super::Shape;
use crate::grammar::label::LabelFields;
use crate::grammar::{countries, patterns, symbols};
use crate::input::text::{starts_uppercase, text_width};
use crate::model::{Block, Diagnostic, Speech, Vote};
use std::borrow::Cow;

/// What the body pass produces.
pub struct Body {
    pub speeches: Vec<Speech>,
    pub blocks: Vec<Block>,
    pub diagnostics: Vec<Diagnostic>,
}

/// Assemble the body from `lines[start..]`.
pub fn assemble(lines: &[Line], start: usize, agenda_lines: &[String], shape: Shape) -> Body {
    let mut content = content_lines(lines, start);
    let mode = match shape {
        // The layout marked every paragraph with a blank line.
        Shape::Layout => ParagraphMode::BlankLines,
        Shape::Text => paragraph_mode(lines, &content),
    };
    let uncertain = if mode == ParagraphMode::Layout {
        reorder::repair(&mut content)
    } else {
        Vec::new()
    };
    // What each line is asked before the walk, in one pass over the lines
    // (three passes cost 0.3 ms more a corpus pass): a label starting
    // here? a stage direction? And, for the column's measure, the widths of
    // the plain lines of five words or more.
    let n = content.len();
    let mut texts: Vec<&str> = Vec::with_capacity(n);
    let mut labels: Vec<Option<Box<LabelHit>>> = Vec::with_capacity(n);
    let mut narrative: Vec<bool> = Vec::with_capacity(n);
    let mut measured = Vec::with_capacity(n);
    for (k, c) in content.iter().enumerate() {
        let text = c.line.text.as_ref();
        let label = label_at(&content, k).map(Box::new);
        let is_narrative = patterns::is_narrative(text);
        if label.is_none() && !is_narrative && has_five_words(text) {
            measured.push(c.width);
        }
        texts.push(text);
        labels.push(label);
        narrative.push(is_narrative);
    }
    // A chair note or an outcome broken over two lines opens a stage
    // direction on its first (the walk below then takes the second with it).
    for k in 0..n.saturating_sub(1) {
        if !narrative[k]
            && labels[k].is_none()
            && (patterns::takes_the_chair_over(texts[k], texts[k + 1])
                || patterns::outcome_over(texts[k], texts[k + 1]))
        {
            narrative[k] = true;
        }
    }
    let measure = Measure::from_widths(measured);
    let agenda_text = agenda_lines.join(" ");

    let mut b = Builder {
        speeches: Vec::new(),
        blocks: Vec::new(),
        diagnostics: Vec::new(),
        buffer: Vec::new(),
        mode,
        measure,
    };
    let mut k = 0;
    while k < content.len() {
        let text = texts[k];
        let line = &content[k].line;
        // Taken, not borrowed: its strings move into the speech. (No later
        // step looks back at a line's label.)
        if let Some(hit) = labels[k].take() {
            b.flush();
            let LabelHit {
                last,
                label,
                text_start,
                remainder,
                fields,
                span,
            } = *hit;
            b.start_speech(label, fields, span);
            if !remainder.is_empty() {
                let remainder_width = text_width(&remainder);
                b.buffer.push(TextLine {
                    width: remainder_width,
                    text: Cow::Owned(remainder),
                    start: text_start,
                    end: content[last].line.end,
                    blank_before: false,
                    lead: content[last].width.saturating_sub(remainder_width),
                });
            }
            k = last + 1;
            continue;
        }
        if patterns::is_language_note(text) {
            b.flush();
            b.blocks.push(Block::Language {
                text: text.to_owned(),
                span: [line.start, line.end],
            });
            k += 1;
            continue;
        }
        if let Some((side, rest)) = patterns::vote_list(text) {
            b.flush();
            let mut names = rest.to_owned();
            let mut end = line.end;
            let mut j = k + 1;
            while j < content.len()
                && labels[j].is_none()
                && !narrative[j]
                && patterns::vote_list(texts[j]).is_none()
                && countries::is_country_list_line(texts[j])
            {
                // A line end, kept so the list can tell a wrapped name from
                // a lost comma (`countries::vote_list_entry`).
                names.push('\n');
                names.push_str(texts[j]);
                end = content[j].line.end;
                j += 1;
            }
            b.add_vote_list(side, &names, [line.start, end]);
            k = j;
            // The sentence that states a recorded vote's counts, right after
            // its lists, is a stage direction even where its first line does
            // not read as one ("The amendment contained in document …" /
            // "was adopted by 93 votes to 55, …", A/65/PV.71).
            if let Some(last) = vote_result_lines(&texts, &labels, &narrative, k) {
                let text = join_lines(texts[k..=last].iter().copied());
                b.blocks.push(Block::Narrative {
                    text,
                    span: [content[k].line.start, content[last].line.end],
                });
                k = last + 1;
            }
            continue;
        }
        if narrative[k] {
            b.flush();
            let mut j = k;
            let mut parts = Vec::new();
            while j < content.len() && parts.len() < 5 {
                parts.push(texts[j]);
                j += 1;
                // ".]" closes an editorial note ("[Subsequently, …].").
                if parts
                    .last()
                    .is_some_and(|t| t.ends_with('.') || t.ends_with(".)") || t.ends_with(".]"))
                {
                    break;
                }
                if j < content.len() && (labels[j].is_some() || narrative[j]) {
                    break;
                }
            }
            let text = join_lines(parts.into_iter());
            b.blocks.push(Block::Narrative {
                text,
                span: [line.start, content[j - 1].line.end],
            });
            k = j;
            continue;
        }
        if let Some(run) = heading_run(
            &texts,
            &labels,
            &narrative,
            k,
            &agenda_text,
            b.buffer.is_empty(),
        ) {
            b.flush();
            let text = join_lines(texts[k..k + run].iter().copied());
            b.blocks.push(Block::Heading {
                text,
                span: [line.start, content[k + run - 1].line.end],
            });
            k += run;
            continue;
        }
        b.buffer.push(TextLine {
            text: line.text.clone(),
            width: content[k].width,
            start: line.start,
            end: line.end,
            blank_before: content[k].blank_before,
            lead: 0,
        });
        k += 1;
    }
    b.flush();
    b.diagnostics
        .extend(uncertain.into_iter().map(order_uncertain));
    Body {
        speeches: b.speeches,
        blocks: b.blocks,
        diagnostics: b.diagnostics,
    }
}

/// A page whose two columns the text interleaves and whose order the parser
/// could not settle: its words are kept in the likeliest reading, and the
/// page marks the passage (code `order_uncertain`, the page's input span).
fn order_uncertain(span: [usize; 2]) -> Diagnostic {
    Diagnostic::warning(
        "order_uncertain",
        super::diagnostics::ORDER_UNCERTAIN.into(),
        Some(span),
    )
}

/// Does `text` have five words or more (four spaces)? Asked of every body
/// line, so it counts spaces eight bytes at a time and stops at the fourth
/// (usually within thirty bytes): a `memchr` call per space cost 5% of parse
/// time, a byte loop more.
fn has_five_words(text: &str) -> bool {
    const LOW7: u64 = 0x7F7F_7F7F_7F7F_7F7F;
    let mut chunks = text.as_bytes().chunks_exact(8);
    let mut spaces = 0;
    for chunk in &mut chunks {
        let x = u64::from_le_bytes(chunk.try_into().expect("eight bytes")) ^ 0x2020_2020_2020_2020;
        // High bit set exactly in the bytes that were spaces (now zero).
        let zero = !(((x & LOW7) + LOW7) | x | LOW7);
        // One per space, summed by the multiply into the top byte.
        spaces += ((zero >> 7).wrapping_mul(0x0101_0101_0101_0101) >> 56) as usize;
        if spaces >= 4 {
            return true;
        }
    }
    spaces + chunks.remainder().iter().filter(|&&b| b == b' ').count() >= 4
}

/// Is the median of `widths` (the element at index `len / 2` once sorted)
/// above `limit`? Exactly when at most that many are no wider. Counted, not
/// selected: a selection was 2% of the browser build's parse time.
fn median_exceeds(widths: impl ExactSizeIterator<Item = u32>, limit: u32) -> bool {
    let middle = widths.len() / 2;
    widths.filter(|&w| w <= limit).count() <= middle
}

/// One line per paragraph (the median line is wider than two columns),
/// blank lines between paragraphs, or the PDF's layout.
fn paragraph_mode(lines: &[Line], content: &[Content]) -> ParagraphMode {
    if content.is_empty() {
        return ParagraphMode::Layout;
    }
    if median_exceeds(content.iter().map(|c| c.width), 2 * 23_000) {
        return ParagraphMode::LinePerParagraph;
    }
    let has_furniture = lines.iter().any(|l| l.furniture || l.page_break);
    let blanks = content.iter().filter(|c| c.blank_before).count();
    // A page of one column (the typescript records of the 1990s, the Word
    // records since 2024): its lines are wider than a printed column, so
    // pdftotext did not interleave columns, and it sets paragraphs apart
    // with blank lines.
    let one_column = || {
        let sentences: Vec<u32> = content
            .iter()
            .filter(|c| has_five_words(&c.line.text))
            .map(|c| c.width)
            .collect();
        !sentences.is_empty() && median_exceeds(sentences.into_iter(), 26_000)
    };
    if blanks * 20 >= content.len() && (!has_furniture || one_column()) {
        ParagraphMode::BlankLines
    } else {
        ParagraphMode::Layout
    }
}

/// A run of lines that form an agenda heading: set off after a finished
/// sentence, not itself ending one, and followed by a label or stage
/// direction. Up to 4 lines of at most 24 words (S/PV.8698's "Expression
/// of welcome to the new members of the Security Council and of thanks to
/// the outgoing members", 18 words over three lines), or up to
/// [`MAX_AGENDA_HEADING_LINES`] lines that the cover's agenda holds word for
/// word (an item printed with its sub-title and the letter or report it
/// concerns, as S/PV.8699 and 8702 print theirs).
fn heading_run(
    texts: &[&str],
    labels: &[Option<Box<LabelHit>>],
    narrative: &[bool],
    k: usize,
    agenda_text: &str,
    buffer_empty: bool,
) -> Option<usize> {
    let t = texts[k];
    if patterns::is_agenda_heading(t) {
        return Some(numbered_heading_run(texts, labels, narrative, k));
    }
    if !starts_uppercase(t) && !patterns::opens_sub_item(t) {
        return None;
    }
    let prev_done = k == 0 || buffer_empty || ends_with_terminal(texts[k - 1]);
    if !prev_done {
        return None;
    }
    for run in 1..=MAX_AGENDA_HEADING_LINES {
        let last = k + run - 1;
        if last >= texts.len() || labels[last].is_some() || narrative[last] {
            return None;
        }
        let lt = texts[last];
        // (Bytes: see `text::starts_uppercase`.) A closing ” is E2 80 9D.
        if matches!(
            lt.as_bytes(),
            [.., b'.' | b':' | b';' | b',' | b'?' | b'!'] | [.., 0xE2, 0x80, 0x9D]
        ) {
            return None;
        }
        let next = k + run;
        let closes = next < texts.len()
            && (labels[next].is_some()
                || narrative[next]
                || patterns::is_agenda_heading(texts[next]));
        if closes {
            let candidate = join_lines(texts[k..=last].iter().copied());
            let in_agenda = !agenda_text.is_empty() && agenda_text.contains(&candidate);
            let words = candidate.split(' ').count();
            // A sub-item prints its whole title and the report considered
            // (A/65/PV.71: five lines, 24 words).
            let sub_item = patterns::opens_sub_item(t) && run <= 8 && words <= 50;
            if in_agenda || sub_item || (run <= 4 && words <= 24) {
                return Some(run);
            }
            return None;
        }
    }
    None
}

/// The lines of a numbered agenda heading (`Agenda item 117 (continued)`)
/// and its title. The title is every line up to the next label, stage
/// direction or numbered heading when that comes within
/// [`MAX_NUMBERED_HEADING_LINES`] lines and no line before it ends a sentence:
/// a title may wrap onto a line starting in lower case ("The situation in
/// the temporarily occupied" / "territories of Ukraine") and carry sub-items
/// ("(i) Approval of the appointment of the …") and the document considered.
/// Two items read together are two headings: a numbered line ends the title
/// before it. Otherwise (the speech follows without a label, as when a
/// column's text is placed under the heading) the title is the next lines
/// that start in capitals and end no sentence, at most three, and not a line
/// the next continues in lower case: that line opens a sentence of speech.
fn numbered_heading_run(
    texts: &[&str],
    labels: &[Option<Box<LabelHit>>],
    narrative: &[bool],
    k: usize,
) -> usize {
    let ends_sentence = |t: &str| t.ends_with(['.', ':', ';']);
    let stops =
        |i: usize| labels[i].is_some() || narrative[i] || patterns::is_agenda_heading(texts[i]);
    for run in 1..=MAX_NUMBERED_HEADING_LINES {
        let next = k + run;
        if next >= texts.len() {
            break;
        }
        if stops(next) {
            return run;
        }
        if ends_sentence(texts[next]) {
            break;
        }
    }
    let mut run = 1;
    while run < 4 && k + run < texts.len() && !stops(k + run) {
        let next = texts[k + run];
        if next.ends_with(['.', ':', ';', ',']) || !starts_uppercase(next) {
            break;
        }
        let after = k + run + 1;
        let continues = |t: &str| t.bytes().next().is_some_and(|b| b.is_ascii_lowercase());
        if after < texts.len() && !stops(after) && continues(texts[after]) {
            break;
        }
        run += 1;
        if after < texts.len() && (labels[after].is_some() || narrative[after]) {
            break;
        }
    }
    run
}

/// The most lines an agenda heading found in the cover's agenda may take.
const MAX_AGENDA_HEADING_LINES: usize = 12;

/// The most lines a numbered item's title may take, with its sub-items and
/// the report considered (A/65/PV.71's item 27 takes 13).
const MAX_NUMBERED_HEADING_LINES: usize = 16;

fn ends_with_terminal(t: &str) -> bool {
    t.trim_end_matches(['”', '’', ')'])
        .ends_with(['.', '?', '!', ':'])
}

struct Builder<'a> {
    speeches: Vec<Speech>,
    blocks: Vec<Block>,
    diagnostics: Vec<Diagnostic>,
    buffer: Vec<TextLine<'a>>,
    mode: ParagraphMode,
    measure: Measure,
}

impl Builder<'_> {
    fn start_speech(&mut self, label: String, fields: LabelFields, label_span: [usize; 2]) {
        let order = self.speeches.len() + 1;
        let LabelFields {
            title,
            name,
            office,
            country,
            role,
            language,
        } = fields;
        let (title, speaker, role) = match office {
            Some(office) => (
                Some("The".to_owned()),
                format!("The {office}"),
                Some(office),
            ),
            None => {
                let speaker = format!(
                    "{} {}",
                    title.as_deref().unwrap_or(""),
                    name.as_deref().unwrap_or("")
                );
                (title, speaker.trim().to_owned(), role)
            }
        };
        self.speeches.push(Speech {
            order,
            label,
            title,
            speaker,
            country,
            delegation: None,
            role,
            language,
            paragraphs: Vec::new(),
            paragraph_spans: Vec::new(),
            label_span,
        });
    }

    fn flush(&mut self) {
        if self.buffer.is_empty() {
            return;
        }
        // Taken for the cut and given back empty: its room is reused.
        let mut buffer = std::mem::take(&mut self.buffer);
        let lines = &buffer[..];
        let mut starts = paragraph_starts(lines, self.mode, self.measure);
        starts.push(lines.len());
        let (mode, measure) = (self.mode, self.measure);
        let paragraphs = starts.windows(2).map(|w| {
            let part = &lines[w[0]..w[1]];
            let text = if mode == ParagraphMode::Layout
                && part.iter().any(|l| holds_two_printed_lines(l, measure))
            {
                let repaired: Vec<Cow<str>> = part
                    .iter()
                    .map(|l| {
                        if holds_two_printed_lines(l, measure) {
                            restore_compound_hyphens(&l.text)
                        } else {
                            Cow::Borrowed(l.text.as_ref())
                        }
                    })
                    .collect();
                join_lines(repaired.iter().map(|l| l.as_ref()))
            } else {
                join_lines(part.iter().map(|l| l.text.as_ref()))
            };
            (text, [lines[w[0]].start, lines[w[1] - 1].end])
        });
        match self.speeches.last_mut() {
            Some(speech) => {
                let first = speech.paragraphs.len();
                let count = starts.len() - 1;
                speech.paragraphs.reserve(count);
                speech.paragraph_spans.reserve(count);
                for (text, span) in paragraphs {
                    speech.paragraphs.push(text);
                    speech.paragraph_spans.push(span);
                }
                self.blocks.push(Block::Speech {
                    speech: self.speeches.len() - 1,
                    first_paragraph: first,
                    paragraph_count: count,
                });
            }
            None => {
                for (text, span) in paragraphs {
                    self.diagnostics.push(Diagnostic::warning(
                        "unattributed_text",
                        format!(
                            "Text before the first speaker label could not be attributed: “{}”",
                            preview(&text)
                        ),
                        Some(span),
                    ));
                    self.blocks.push(Block::Unattributed { text, span });
                }
            }
        }
        buffer.clear();
        self.buffer = buffer;
    }

    fn add_vote_list(&mut self, side: &str, names: &str, span: [usize; 2]) {
        // Entries are cut at commas, and at a line end where a comma was lost;
        // the list's closing full stop is no part of its last name.
        let list: Vec<String> = names
            .split(',')
            .flat_map(|n| countries::vote_list_entry(n.trim()))
            .map(|n| {
                let n = n.trim_start_matches("and ").trim();
                n.strip_suffix('.').unwrap_or(n).trim().to_owned()
            })
            .filter(|n| {
                !n.is_empty() && !matches!(n.as_str(), "None" | "Néant" | "Ninguno" | "Ninguna")
            })
            .collect();
        // Find the vote this list belongs to: the open vote right before, a vote
        // announced by a stage direction, or a recent vote whose list is missing
        // (extraction sometimes moves a list out of place).
        let recent_vote = self
            .blocks
            .iter()
            .rev()
            .take(4)
            .position(|b| matches!(b, Block::Vote(v) if side_list(v, side).is_empty()))
            .map(|p| self.blocks.len() - 1 - p);
        let index = match self.blocks.last() {
            Some(Block::Vote(_)) if recent_vote == Some(self.blocks.len() - 1) => {
                self.blocks.len() - 1
            }
            Some(Block::Narrative { text, .. })
                if text.contains("vote was taken")
                    || text.starts_with("Il est procédé au vote")
                    || text.starts_with("Se procede a votación") =>
            {
                let Some(Block::Narrative { text, span: nspan }) = self.blocks.pop() else {
                    unreachable!()
                };
                self.blocks.push(Block::Vote(Vote {
                    procedure: Some(text),
                    span: nspan,
                    ..Vote::default()
                }));
                self.blocks.len() - 1
            }
            _ => match recent_vote {
                Some(i) => i,
                None => {
                    self.blocks.push(Block::Vote(Vote {
                        span,
                        ..Vote::default()
                    }));
                    self.blocks.len() - 1
                }
            },
        };
        if let Block::Vote(v) = &mut self.blocks[index] {
            v.span = [v.span[0].min(span[0]), v.span[1].max(span[1])];
            match side {
                "In favour" => v.in_favour = list,
                "Against" => v.against = list,
                _ => v.abstaining = list,
            }
        }
    }
}

/// The last line of a sentence opening at `k` (up to four lines, ending in a
/// full stop) that states a vote's counts, when `k` opens no label, list or
/// stage direction of its own.
fn vote_result_lines(
    texts: &[&str],
    labels: &[Option<Box<LabelHit>>],
    narrative: &[bool],
    k: usize,
) -> Option<usize> {
    let opens =
        |i: usize| labels[i].is_some() || narrative[i] || patterns::vote_list(texts[i]).is_some();
    if k >= texts.len() || opens(k) || !texts[k].starts_with(|c: char| c.is_uppercase()) {
        return None;
    }
    let mut last = k;
    loop {
        if texts[last].ends_with('.') || texts[last].ends_with(".)") {
            break;
        }
        if last + 1 >= texts.len() || last + 1 - k >= 4 || opens(last + 1) {
            return None;
        }
        last += 1;
    }
    let sentence = join_lines(texts[k..=last].iter().copied());
    patterns::stated_vote_counts(&sentence).map(|_| last)
}

/// A warning for each recorded vote whose lists do not number what its
/// result sentence states (a list the extraction cut or mangled): the
/// mismatch is shown, not hidden.
pub fn vote_count_diagnostics(blocks: &[Block]) -> Vec<Diagnostic> {
    let mut out = Vec::new();
    for (i, b) in blocks.iter().enumerate() {
        let Block::Vote(v) = b else { continue };
        let listed = [v.in_favour.len(), v.against.len(), v.abstaining.len()];
        if listed == [0, 0, 0] {
            continue;
        }
        let Some(stated) = v.result.as_deref().and_then(patterns::stated_vote_counts) else {
            continue;
        };
        if stated.map(|n| n as usize) == listed {
            continue;
        }
        let name = v
            .resolution
            .clone()
            .unwrap_or_else(|| preview(v.result.as_deref().unwrap_or_default()));
        out.push(Diagnostic::warning(
            "vote_count_mismatch",
            format!(
                "Vote (block {i}, {name}): the lists name {} in favour, {} against, {} abstaining; the result states {}, {}, {}",
                listed[0], listed[1], listed[2], stated[0], stated[1], stated[2]
            ),
            Some(v.span),
        ));
    }
    out
}

fn side_list<'v>(v: &'v Vote, side: &str) -> &'v [String] {
    match side {
        "In favour" => &v.in_favour,
        "Against" => &v.against,
        _ => &v.abstaining,
    }
}

fn preview(text: &str) -> String {
    let mut p: String = text.chars().take(80).collect();
    if p.len() < text.len() {
        p.push('…');
    }
    p
}

/// Give each vote the sentence that announces its outcome: a stage direction
/// right after it (GA) or the President's next words (SC).
pub fn attach_vote_results(blocks: &mut Vec<Block>, speeches: &[Speech]) {
    // Result sentences printed as stage directions after their vote move
    // into it: the sentence belongs to its vote and is shown once, in its box.
    let mut moved = vec![false; blocks.len()];
    for i in 0..blocks.len() {
        if !matches!(blocks[i], Block::Vote(_)) {
            continue;
        }
        let mut result = None;
        for (j, b) in blocks.iter().enumerate().skip(i + 1).take(3) {
            match b {
                Block::Narrative { text, .. } if is_outcome(text) => {
                    result = Some(text.clone());
                    moved[j] = true;
                    break;
                }
                Block::Speech {
                    speech,
                    first_paragraph,
                    paragraph_count,
                } if *paragraph_count > 0 => {
                    // Said by the President: the speech keeps it, the vote
                    // repeats it as its outcome.
                    let p = &speeches[*speech].paragraphs[*first_paragraph];
                    result = outcome_sentences(p);
                    break;
                }
                Block::Vote(_) => break,
                _ => {}
            }
        }
        if let (Block::Vote(v), Some(r)) = (&mut blocks[i], result) {
            let lower = r.to_lowercase();
            v.adopted = Some(
                !patterns::states_rejection(&r)
                    && ["adopted", "adopté", "aprobado"]
                        .iter()
                        .any(|w| lower.contains(w)),
            );
            if let Some(symbol) = patterns::result_resolution(&r).or_else(|| {
                symbols::find_symbols(&r)
                    .into_iter()
                    .map(|f| f.symbol)
                    .find(|s| s.contains("/RES/"))
            }) {
                v.resolution = Some(symbol);
            }
            v.result = Some(r);
        }
    }
    if moved.iter().any(|&m| m) {
        let mut k = 0;
        blocks.retain(|_| {
            k += 1;
            !moved[k - 1]
        });
    }
}

fn is_outcome(text: &str) -> bool {
    let l = text.to_lowercase();
    [
        "adopted",
        "rejected",
        "adopté",
        "rejeté",
        "aprobado",
        "rechazado",
    ]
    .iter()
    .any(|w| l.contains(w))
}

/// The opening sentences of `p` up to the one that states an outcome.
fn outcome_sentences(p: &str) -> Option<String> {
    let mut end = 0;
    for (n, sentence_end) in p
        .match_indices(". ")
        .map(|(i, _)| i + 1)
        .chain([p.len()])
        .enumerate()
    {
        if n >= 3 {
            return None;
        }
        let upto = &p[..sentence_end];
        if is_outcome(&upto[end..]) {
            return Some(upto.trim().to_owned());
        }
        end = sentence_end;
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn median_test_counts_what_selecting_the_median_finds() {
        for len in 1..40usize {
            for seed in 0..40u32 {
                // Widths around the limit, with repeats of it.
                let widths: Vec<u32> = (0..len as u32)
                    .map(|i| 90 + (i.wrapping_mul(2_654_435_761) ^ seed.wrapping_mul(40_503)) % 21)
                    .collect();
                let mut sorted = widths.clone();
                let median = *sorted.select_nth_unstable(len / 2).1;
                assert_eq!(
                    median_exceeds(widths.iter().copied(), 100),
                    median > 100,
                    "{widths:?}"
                );
            }
        }
    }

    #[test]
    fn five_words_are_four_spaces_on_every_line() {
        let by_definition = |t: &str| t.matches(' ').count() >= 4;
        let mut lines = crate::corpus_lines();
        // Spaces at chunk edges, runs of spaces, bytes next to a space's code.
        for n in 0..24 {
            lines.push(" ".repeat(n));
            lines.push(format!("{}a b c d", "x".repeat(n)));
            lines.push(format!("a{}b", " ".repeat(n)));
            lines.push(format!("{}\u{a0}!\u{1f}\u{21}“ ”", "y ".repeat(n / 8)));
        }
        for line in &lines {
            assert_eq!(has_five_words(line), by_definition(line), "{line:?}");
        }
    }
}
