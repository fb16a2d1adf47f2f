//! Word placement: the share of each truth speech's words found in its own
//! parsed speech (see `word_placement.rs` for the measure and its targets).
//! Shared by the text tests here and the PDF tests of `crates/pdf`.

use super::*;
use std::collections::HashMap;
use verbatim_core::{Block, Record};

/// A bag of words.
/// Speeches this long or longer count for the worst speech.
pub const SPEECH_WORDS: usize = 30;

pub type Bag = HashMap<String, usize>;

/// Words as the reference scorer cuts them: diacritics folded, lower case,
/// runs of ASCII letters and digits.
pub fn words_into(text: &str, bag: &mut Bag) {
    let mut word = String::new();
    let mut flush = |word: &mut String| {
        if !word.is_empty() {
            *bag.entry(std::mem::take(word)).or_default() += 1;
        }
    };
    for c in text.chars() {
        let folded = fold(&c.to_string());
        if folded.is_empty() {
            flush(&mut word);
        } else {
            word.push_str(&folded);
        }
    }
    flush(&mut word);
}

pub fn bag_of(text: &str) -> Bag {
    let mut bag = Bag::new();
    words_into(text, &mut bag);
    bag
}

/// Each parsed speech's words: its paragraphs and the blocks after it up to
/// the next speech.
pub fn speech_bags(record: &Record) -> Vec<Bag> {
    let mut bags: Vec<Bag> = record
        .speeches
        .iter()
        .map(|s| bag_of(&s.paragraphs.join(" ")))
        .collect();
    let mut owner = None;
    for block in &record.body {
        let texts: Vec<&str> = match block {
            Block::Speech { speech, .. } => {
                owner = Some(*speech);
                continue;
            }
            Block::Heading { text, .. }
            | Block::Narrative { text, .. }
            | Block::Language { text, .. }
            | Block::Unattributed { text, .. } => vec![text],
            Block::Vote(v) => [&v.procedure, &v.result, &v.resolution]
                .into_iter()
                .flatten()
                .map(String::as_str)
                .chain(v.in_favour.iter().map(String::as_str))
                .chain(v.against.iter().map(String::as_str))
                .chain(v.abstaining.iter().map(String::as_str))
                .collect(),
        };
        if let Some(bag) = owner.and_then(|o| bags.get_mut(o)) {
            for t in texts {
                words_into(t, bag);
            }
        }
    }
    bags
}

/// The record's running title: the longest line of three words or more that
/// pdftotext prints at least three times (the page header's middle part).
pub fn running_title(name: &str) -> String {
    let raw = read(corpus_dir().join(format!("raw/{name}.txt")));
    let mut counts: HashMap<&str, usize> = HashMap::new();
    for line in raw.lines().map(str::trim) {
        if line.split(' ').count() >= 3 && !line.contains("S/PV") {
            *counts.entry(line).or_default() += 1;
        }
    }
    counts
        .into_iter()
        .filter(|&(_, n)| n >= 3)
        .max_by_key(|&(line, n)| (n, line.len()))
        .map(|(line, _)| line.to_string())
        .unwrap_or_default()
}

/// The truth is OCR of whole pages, and a speech that runs over a page break
/// carries the page's header (`16/01/2020 The situation in the Middle East
/// S/PV.8704`) and footer (`20-01130 21/21`), often glued to a word. The
/// parser files those as page furniture, as it must; they are taken out of
/// the truth here so the measure counts speech words only. A header is the
/// running title next to the record's symbol; a citation (`(see S/PV.8699)`)
/// has no title beside it and stays.
pub fn without_page_furniture(text: &str, title: &str) -> String {
    let title: Vec<String> = title.split_whitespace().map(regex_lite::escape).collect();
    let title = title.join(r"\s+");
    let date = r"\d{2}/\d{2}/\d{4}";
    let symbol = r"S/PV\.\s?\d{4}(?:\s*\(Resumption\s+\d\))?";
    let header = format!(r"(?:{date}\s*)?{title}\s*{symbol}|{symbol}\s*{title}(?:\s*{date})?");
    // The last page prints its number alone: `19/19` closing the text.
    let footer = r"\b\d{2}-\d{5}\s+\d{1,3}/\d{1,3}\b|\b\d{1,3}/\d{1,3}\s+\d{2}-\d{5}\b|\b\d{1,3}/\d{1,3}\s*$";
    let furniture = regex_lite::Regex::new(&format!("{header}|{footer}")).expect("pattern");
    furniture.replace_all(text, " ").into_owned()
}

/// Known faults of the OCR truth that no parser could match, each checked
/// against the PDF: (record, truth speech number from 1, the words that
/// belong to the speech before). S/PV.8703: the President's closing words
/// and the end of Mali's speech share a page foot, and the OCR read across
/// both columns, so truth #18 holds Mali's last sentence.
pub const MOVED_IN_TRUTH: [(&str, usize, &str); 1] = [(
    "S_PV_8703",
    18,
    "troop-contributing countries of MINUSMA and to all multilateral and bilateral \
     partners for their unwavering support towards a long-term and definitive \
     settlement of the Malian crisis.",
)];

/// The words of truth speech files, in truth order, label dropped, page
/// furniture and known faults repaired (above).
pub fn truth_bags(name: &str) -> Vec<Bag> {
    let tsv = read(corpus_dir().join(format!("truth/{name}.tsv")));
    let title = running_title(name);
    let mut bags: Vec<Bag> = tsv
        .lines()
        .skip(1)
        .map(|row| {
            let file = row.split('\t').nth(8).unwrap_or_default();
            let bytes = std::fs::read(corpus_dir().join("truth/speeches").join(file))
                .unwrap_or_else(|e| panic!("{file}: {e}"));
            let text = verbatim_core::decode(&bytes).expect("truth decodes").0;
            let body = match text.split_once(':') {
                Some((head, body)) if head.len() < 200 => body,
                _ => &text,
            };
            bag_of(&without_page_furniture(body, &title))
        })
        .collect();
    for (record, number, words) in MOVED_IN_TRUTH {
        if record != name || number < 2 || number > bags.len() {
            continue;
        }
        for (word, n) in bag_of(words) {
            let from = bags[number - 1].entry(word.clone()).or_default();
            let moved = n.min(*from);
            *from -= moved;
            *bags[number - 2].entry(word).or_default() += moved;
        }
    }
    bags
}

pub fn common_count(truth: &Bag, ours: &Bag) -> usize {
    truth
        .iter()
        .map(|(w, n)| (*n).min(ours.get(w).copied().unwrap_or(0)))
        .sum()
}

/// Placement of one record: (truth words, placed words, worst speech of 30
/// words or more as (share, truth index)).
pub struct Placement {
    pub words: usize,
    pub placed: usize,
    pub worst: (f64, usize),
}

pub fn placement(record: &Record, name: &str) -> Placement {
    let truth = truth_speeches(name);
    let truth_words = truth_bags(name);
    let ours = speech_bags(record);
    let pairs: HashMap<usize, usize> = align(&record.speeches, &truth)
        .into_iter()
        .map(|(i, j)| (j, i))
        .collect();
    let empty = Bag::new();
    let mut result = Placement {
        words: 0,
        placed: 0,
        worst: (1.0, 0),
    };
    for (j, bag) in truth_words.iter().enumerate() {
        let size: usize = bag.values().sum();
        let here = pairs.get(&j).map_or(&empty, |&i| &ours[i]);
        let placed = common_count(bag, here);
        result.words += size;
        result.placed += placed;
        let share = placed as f64 / size.max(1) as f64;
        if size >= SPEECH_WORDS && share < result.worst.0 {
            result.worst = (share, j);
        }
    }
    result
}
