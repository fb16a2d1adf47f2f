//! Compounds whose hyphen pdftotext dropped at a line end.
//!
//! In its default mode pdftotext joins a word hyphenated at a line end onto
//! the line before and drops the hyphen: right for "govern-ment", wrong for
//! "much-needed", which it prints as "muchneeded" (and, the UN's records
//! breaking no plain words, every such join is a compound). The joined text
//! line then holds two printed lines, and the join is the one word that
//! straddles the column's width: a word before it would leave the second
//! printed line wider than the column, a word after it the first. Only that
//! word is looked at, and it gets its hyphen back only on evidence:
//!
//! - the record prints the compound hyphenated elsewhere ("cross-border");
//! - it is in `data/compounds.txt`, UN compounds whose glued form is no word;
//! - it is a number (`seventyfifth`, `Ninetynine`).
//!
//! Compounds of capitalised words ("SecretaryGeneral") are repaired when
//! the paragraph is built (see `paragraphs::restore_compound_hyphens`).
//!
//! The pass runs on the assembled speeches and finds each paragraph's lines
//! again through its span; the record-wide evidence is read only when a
//! join was found, from the input's hyphens alone.

use super::lines::Line;
use crate::input::text::text_width;
use crate::model::Speech;

/// UN compounds, one a line, `#` comments (see `data/SOURCES.md`).
const COMPOUNDS: &str = include_str!("../../../../data/compounds.txt");

/// Widest a printed line's natural width may be, in 1/1000 em. The UN's
/// column measures 22,200 to 23,000 (see `paragraphs::Measure`); natural
/// widths of a justified line run a little over it.
const COLUMN_MAX: u32 = 24_000;

/// A text line narrower than this holds one printed line (the body's own
/// test is 112% of the measured column, over 24,800).
const TWO_LINES: u32 = 24_800;

/// Shorter lines are not measured: to reach [`TWO_LINES`] in fewer bytes a
/// line would need 443 or more a byte, and prose runs at about 430 in Times
/// Roman (the shortest joined line of the corpus has 60 bytes). Measuring
/// every line cost a quarter of the parse; this leaves one line in eight.
const TWO_LINES_BYTES: usize = 56;

/// Narrowest a full printed line's natural width is found, before a join
/// (15,749 in the corpus: a justified line's spaces stretch).
const FIRST_MIN: u32 = 15_000;

/// A glued compound found at a join: paragraph, the glued word, where its
/// hyphen goes, and which occurrence of the word in the paragraph it is.
struct Join {
    speech: usize,
    paragraph: usize,
    word: String,
    /// The byte offset of the hyphen in `word`, once decided.
    hyphen: Option<usize>,
    /// Where the paragraph's span starts and the word starts in the input
    /// (which occurrence of the word in the paragraph it is is counted only
    /// for the few joins that get a hyphen).
    span_start: usize,
    start: usize,
    /// Byte offsets in `word` where the join may be (from the widths).
    window: (usize, usize),
}

/// Put back the hyphens of compounds glued at a line end in the speeches'
/// paragraphs (`input` is the text the spans index, `lines` its lines).
pub fn restore_compounds(input: &str, lines: &[Line], speeches: &mut [Speech]) {
    let mut joins = Vec::new();
    let mut found = Vec::new();
    // Only lines long enough to hold two printed lines can hold a join
    // (lines are in input order, so a paragraph's are found by search).
    let long: Vec<(usize, usize)> = lines
        .iter()
        .filter(|l| l.end.saturating_sub(l.start) >= TWO_LINES_BYTES)
        .map(|l| (l.start, l.end))
        .collect();
    for (s, speech) in speeches.iter().enumerate() {
        for (p, span) in speech.paragraph_spans.iter().enumerate() {
            let first = long.partition_point(|l| l.0 < span[0]);
            for &(start, end) in long[first..].iter().take_while(|l| l.1 <= span[1]) {
                let Some(line) = input.get(start..end) else {
                    continue;
                };
                found.clear();
                joins_in(line, &mut found);
                for &(a, b, window) in &found {
                    joins.push(Join {
                        speech: s,
                        paragraph: p,
                        word: line[a..b].to_owned(),
                        hyphen: None,
                        span_start: span[0],
                        start: start + a,
                        window,
                    });
                }
            }
        }
    }
    if joins.is_empty() {
        return;
    }
    decide(input, &mut joins);
    for j in joins {
        let Some(h) = j.hyphen else { continue };
        let text = &mut speeches[j.speech].paragraphs[j.paragraph];
        // Checked, not sliced: `parse` never panics, whatever order the
        // spans of moved lines take.
        let Some(before) = input.get(j.span_start..j.start) else {
            continue;
        };
        let ordinal = count_words(before, &j.word);
        if let Some(at) = nth_word(text, &j.word, ordinal) {
            text.insert(at + h, '-');
        }
    }
}

/// The words of a text line that may straddle a join of printed lines, if
/// the line holds two or more: each word's byte range and the byte offsets
/// inside it where a join leaves every printed line in the column.
fn joins_in(line: &str, out: &mut Vec<(usize, usize, (usize, usize))>) {
    let total = text_width(line);
    if total <= TWO_LINES {
        return;
    }
    // Printed lines the text line holds, and the widths where each join
    // between them may fall: after the first `i` printed lines, each at
    // least FIRST_MIN and at most COLUMN_MAX wide, with room for the rest.
    let lines = total.div_ceil(COLUMN_MAX);
    let windows: Vec<(u32, u32)> = (1..lines)
        .map(|i| {
            let low = (i * FIRST_MIN).max(total.saturating_sub((lines - i) * COLUMN_MAX));
            (low, i * COLUMN_MAX)
        })
        .collect();
    let in_window = |w: u32| windows.iter().any(|&(lo, hi)| w > lo && w <= hi);
    let mut width = 0u32;
    let mut start = 0;
    for word in line.split(' ') {
        let end = start + word.len();
        let lead = word.len() - word.trim_start_matches(is_outer).len();
        let core = word.trim_matches(is_outer);
        let core = &core[..core.find(is_inner_stop).unwrap_or(core.len())];
        if core.len() >= 4 {
            // Offsets in the word where a join fits.
            let mut w = width + text_width(&word[..lead]);
            let mut first = None;
            let mut last = 0;
            for (k, _) in core.char_indices().skip(1) {
                w += text_width(&core[k - prev_len(core, k)..k]);
                if in_window(w) {
                    first.get_or_insert(k);
                    last = k;
                }
            }
            if let Some(f) = first {
                out.push((start + lead, start + lead + core.len(), (f, last)));
            }
        }
        width += text_width(word) + 250;
        start = end + 1;
    }
}

/// Bytes of the character ending at `k`.
fn prev_len(s: &str, k: usize) -> usize {
    s[..k].chars().next_back().map_or(1, char::len_utf8)
}

/// Punctuation around a word.
fn is_outer(c: char) -> bool {
    !c.is_alphanumeric() && c != '-'
}

/// Where a word's compound ends: a possessive or a closing mark inside it.
fn is_inner_stop(c: char) -> bool {
    matches!(c, '’' | '\'' | '/' | '(' | ')')
}

/// Decide each join's hyphen from the evidence.
fn decide(input: &str, joins: &mut [Join]) {
    let fits = |j: &Join, k: usize| k >= j.window.0 && k <= j.window.1;
    // The record's own hyphenated words, read at its hyphens.
    let b = input.as_bytes();
    // The lengths the joins' words have: a hyphenated word of the record of
    // any other length explains none of them ("Secretary-General" is read
    // hundreds of times a record).
    let lengths = joins
        .iter()
        .filter(|j| j.word.len() < 128)
        .fold(0u128, |m, j| m | 1 << j.word.len());
    for (i, _) in input.match_indices('-') {
        if i == 0
            || !b[i - 1].is_ascii_alphabetic()
            || !b.get(i + 1).is_some_and(u8::is_ascii_alphabetic)
        {
            continue;
        }
        let (start, end) = word_around(input, i);
        let (left, right) = (&input[start..i], &input[i + 1..end]);
        let len = left.len() + right.len();
        if len >= 128 || lengths & (1 << len) == 0 {
            continue;
        }
        // Not sorted by length and searched: a record has a few hundred
        // joins at most, and a sort's code costs the browser bundle more
        // than this comparison costs time.
        for j in joins
            .iter_mut()
            .filter(|j| j.hyphen.is_none() && j.word.len() == len)
        {
            let k = left.len();
            if fits(j, k)
                && j.word
                    .get(..k)
                    .is_some_and(|w| w.eq_ignore_ascii_case(left))
                && j.word
                    .get(k..)
                    .is_some_and(|w| w.eq_ignore_ascii_case(right))
            {
                j.hyphen = Some(k);
            }
        }
    }
    for j in joins.iter_mut().filter(|j| j.hyphen.is_none()) {
        j.hyphen = listed(&j.word)
            .or_else(|| number(&j.word))
            .filter(|&k| k >= j.window.0 && k <= j.window.1);
    }
}

/// The byte range of the word (letters, digits, hyphens) around the hyphen
/// at `i`. Bytes are read while they are ASCII; a non-ASCII character on the
/// way is judged as a character (letters are in the word, ’ or — are not).
fn word_around(input: &str, i: usize) -> (usize, usize) {
    let b = input.as_bytes();
    let in_word = |c: u8| c.is_ascii_alphanumeric() || c == b'-';
    let mut start = i;
    while start > 0 && in_word(b[start - 1]) {
        start -= 1;
    }
    let mut end = i + 1;
    while end < b.len() && in_word(b[end]) {
        end += 1;
    }
    let ascii_edges =
        (start == 0 || b[start - 1].is_ascii()) && (end == b.len() || b[end].is_ascii());
    if ascii_edges {
        return (start, end);
    }
    let start = input[..i]
        .rfind(|c: char| !(c.is_alphanumeric() || c == '-'))
        .map_or(0, |s| {
            s + input[s..].chars().next().map_or(1, char::len_utf8)
        });
    let end = input[i..]
        .find(|c: char| !(c.is_alphanumeric() || c == '-'))
        .map_or(input.len(), |e| i + e);
    (start, end)
}

/// Where `word` takes its hyphen, if it is a compound of the data file.
fn listed(word: &str) -> Option<usize> {
    COMPOUNDS
        .lines()
        .filter(|l| !l.starts_with('#'))
        .filter_map(|l| l.split(' ').next_back())
        .filter(|c| c.len() == word.len() + 1)
        .find_map(|c| {
            let k = c.find('-')?;
            (word.get(..k)?.eq_ignore_ascii_case(&c[..k])
                && word.get(k..)?.eq_ignore_ascii_case(&c[k + 1..]))
            .then_some(k)
        })
}

/// Where a glued number ("seventyfifth", "Twentyone") takes its hyphen.
fn number(word: &str) -> Option<usize> {
    const TENS: [&str; 8] = [
        "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety",
    ];
    const UNITS: [&str; 18] = [
        "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "first", "second",
        "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth",
    ];
    let tens = TENS.iter().find(|t| {
        word.len() > t.len()
            && word
                .get(..t.len())
                .is_some_and(|w| w.eq_ignore_ascii_case(t))
    })?;
    let rest = &word[tens.len()..];
    UNITS.contains(&rest).then_some(tens.len())
}

/// Occurrences of `word` as a whole word in `text`.
fn count_words(text: &str, word: &str) -> usize {
    text.match_indices(word)
        .filter(|&(i, _)| whole(text, i, word.len()))
        .count()
}

/// Byte offset of the `n`th (from 0) whole-word occurrence of `word`.
fn nth_word(text: &str, word: &str, n: usize) -> Option<usize> {
    text.match_indices(word)
        .map(|(i, _)| i)
        .filter(|&i| whole(text, i, word.len()))
        .nth(n)
}

/// Is `text[i..i + len]` bounded by non-word characters?
fn whole(text: &str, i: usize, len: usize) -> bool {
    let before = text[..i].chars().next_back();
    let after = text[i + len..].chars().next();
    !before.is_some_and(|c| c.is_alphanumeric() || c == '-')
        && !after.is_some_and(|c| c.is_alphanumeric() || c == '-')
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numbers_and_listed_compounds() {
        assert_eq!(number("seventyfifth"), Some(7));
        assert_eq!(number("Ninetynine"), Some(6));
        assert_eq!(number("seventy"), None);
        assert_eq!(number("twentysomething"), None);
        assert_eq!(listed("muchneeded"), Some(4));
        assert_eq!(listed("FARCEP"), Some(4));
        assert_eq!(listed("Nationsled"), Some(7));
        assert_eq!(listed("northeast"), None);
        assert_eq!(listed("restart"), None);
    }

    #[test]
    fn every_listed_compound_has_one_hyphen_and_no_space() {
        for l in COMPOUNDS.lines().filter(|l| !l.starts_with('#')) {
            let c = l.split(' ').next_back().unwrap();
            assert!(
                c.contains('-') && !c.starts_with('-') && !c.ends_with('-'),
                "{l:?}"
            );
        }
    }
}
