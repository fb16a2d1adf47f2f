//! Repairs to the reading order of pdftotext output.
//!
//! poppler's reading-order mode sometimes cuts a page into blocks and emits
//! them out of order. Two shapes recur in UN records, and both leave a mark we
//! can see in plain text: the moved text sits between blank lines.
//!
//! * A widely spaced justified line is broken into single words, each emitted
//!   later as its own block (`The Security Council will now` … `begin` … `its`).
//!   The words go back at the end of the nearest unfinished line before them.
//! * The tail of a column (a few lines that start mid-sentence, in lower case)
//!   is emitted above its place, after a finished sentence. It goes back after
//!   the nearest line that stops mid-sentence and is followed by a new sentence.
//!
//! Both repairs only fire on blank-isolated blocks, which pdftotext emits only
//! around furniture and moved text, so clean input is left untouched.

use super::content::Content;
use crate::grammar::patterns;
use crate::input::text::{starts_lowercase, text_width};
use std::borrow::Cow;

mod columns;

fn blank_after(content: &[Content], k: usize) -> bool {
    content.get(k + 1).is_none_or(|c| c.blank_before)
}

fn ends_finished(t: &str) -> bool {
    let t = t.trim_end_matches(['”', '’', ')', '"']);
    t.ends_with(['.', '?', '!', ';']) || (t.ends_with(':') && !is_bare_label(t))
}

/// `The President:` alone on its line: the label's text was moved away.
fn is_bare_label(t: &str) -> bool {
    t.ends_with(':')
        && t.len() < 60
        && (t.starts_with("The ") || t.ends_with("):"))
        && t.matches(' ').count() <= 6
}

fn is_stray_word(content: &[Content], k: usize) -> bool {
    let t = content[k].line.text.as_ref();
    content[k].blank_before
        && blank_after(content, k)
        && t.len() <= 24
        && t.bytes().filter(|&b| b == b' ').count() <= 1
        && !t.ends_with([':', '?', '!'])
        && (!t.ends_with('.') || matches!(t, "Mr." | "Ms." | "Mrs." | "Dr."))
}

/// Put moved words back, then pages in column order, then column tails. The
/// words go first: a page they were cut from is then whole blocks again, and
/// the column search can read it (S/PV.8699 p. 2, its first body page).
/// Returns the input byte ranges of pages whose order stays uncertain.
pub fn repair(content: &mut Vec<Content>) -> Vec<[usize; 2]> {
    reattach_stray_words(content);
    let uncertain = columns::restore_column_order(content);
    reattach_column_tails(content);
    uncertain
}

fn reattach_stray_words(content: &mut Vec<Content>) {
    let mut remove = vec![false; content.len()];
    let mut any = false;
    let mut k = 0;
    while k < content.len() {
        if !is_stray_word(content, k) {
            k += 1;
            continue;
        }
        let mut run = 1;
        while k + run < content.len() && is_stray_word(content, k + run) {
            run += 1;
        }
        let target = (k.saturating_sub(4)..k).rev().find(|&t| {
            !remove[t] && !ends_finished(&content[t].line.text) && !is_stray_word(content, t)
        });
        if let Some(t) = target {
            let mut text = content[t].line.text.to_string();
            for c in &content[k..k + run] {
                text.push(' ');
                text.push_str(&c.line.text);
            }
            content[t].width = text_width(&text);
            content[t].line.text = Cow::Owned(text);
            remove[k..k + run].iter_mut().for_each(|r| *r = true);
            any = true;
        }
        k += run;
    }
    if any {
        let mut i = 0;
        content.retain(|_| {
            i += 1;
            !remove[i - 1]
        });
    }
}

/// Moves are decided on the original order and applied in one linear pass,
/// so a record with many moved tails costs no more than one without.
fn reattach_column_tails(content: &mut Vec<Content>) {
    // (target line, block start, block end): the block goes after the target.
    let mut moves: Vec<(usize, usize, usize)> = Vec::new();
    let mut taken_until = 0;
    let mut k = 1;
    while k < content.len() {
        let starts_lower = starts_lowercase(&content[k].line.text);
        if k < taken_until
            || !(content[k].blank_before
                && starts_lower
                && ends_finished(&content[k - 1].line.text))
        {
            k += 1;
            continue;
        }
        // The orphan block: up to the next blank line, at most a column (55 lines).
        let mut end = k + 1;
        while end < content.len() && !content[end].blank_before && end - k < 56 {
            end += 1;
        }
        if end - k > 55 || !ends_finished(&content[end - 1].line.text) {
            k += 1;
            continue;
        }
        // Where it belongs: the nearest later full line that stops mid-sentence
        // at the end of a column (a blank or furniture follows) while the next
        // column opens with a capital (a new sentence or paragraph).
        let target = (end..content.len().min(end + 120)).find(|&t| {
            let text = content[t].line.text.as_ref();
            !ends_finished(text)
                && content[t].width >= 16_000
                && !patterns::may_start_label(text)
                && !moves.iter().any(|m| m.0 == t)
                && content.get(t + 1).is_some_and(|n| {
                    n.blank_before
                        && n.line
                            .text
                            .chars()
                            .next()
                            .is_some_and(|c| c.is_uppercase() || c == '“')
                })
        });
        match target {
            Some(t) => {
                moves.push((t, k, end));
                taken_until = t + 1;
                k = end;
            }
            None => k = end,
        }
    }
    if moves.is_empty() {
        return;
    }
    // Take each moved block out, then lay the lines down again with every
    // block after its target: no line is copied.
    // Targets only grow (each move's target lies past the previous one), so
    // the blocks are laid down in order with a cursor.
    let mut slots: Vec<Option<Content>> = std::mem::take(content).into_iter().map(Some).collect();
    let mut after: Vec<(usize, Vec<Content>)> = Vec::with_capacity(moves.len());
    for &(t, a, b) in &moves {
        let block = slots[a..b]
            .iter_mut()
            .filter_map(Option::take)
            .map(|mut m| {
                m.blank_before = false;
                m
            })
            .collect();
        after.push((t, block));
    }
    debug_assert!(after.windows(2).all(|w| w[0].0 < w[1].0));
    let mut blocks = after.into_iter().peekable();
    let mut out: Vec<Content> = Vec::with_capacity(slots.len());
    for (i, slot) in slots.into_iter().enumerate() {
        out.extend(slot);
        if let Some((_, block)) = blocks.next_if(|(t, _)| *t == i) {
            out.extend(block);
        }
    }
    *content = out;
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::parse::content::content_lines;
    use crate::parse::lines::split_lines;

    fn repaired(text: &str) -> Vec<String> {
        let lines = split_lines(text);
        let mut c = content_lines(&lines, 0);
        let _ = repair(&mut c);
        c.iter().map(|c| c.line.text.to_string()).collect()
    }

    #[test]
    fn puts_stray_words_back() {
        let text = "The Security Council will now\nconsideration of the item on its agenda.\n\nbegin\n\nits\n\nI give the floor to Mr. X.\n";
        assert_eq!(
            repaired(text),
            [
                "The Security Council will now begin its",
                "consideration of the item on its agenda.",
                "I give the floor to Mr. X."
            ]
        );
    }

    #[test]
    fn puts_column_tails_back() {
        let text = "The meeting was called to order at 6.05 p.m.\n\nthe United Nations and its partners\nto reach 4 million Syrians.\n\nAdoption of the agenda\nthe Syrian people. The mechanism continues to allow\n\u{c}2/12\n\n\nSince 14 November, we\n";
        assert_eq!(
            repaired(text),
            [
                "The meeting was called to order at 6.05 p.m.",
                "Adoption of the agenda",
                "the Syrian people. The mechanism continues to allow",
                "the United Nations and its partners",
                "to reach 4 million Syrians.",
                "Since 14 November, we"
            ]
        );
    }
}
