//! Conservation: every word of the input ends up somewhere visible (a speech
//! paragraph or label, a block, the cover) or in a line the parser marked as
//! page furniture. Nothing is discarded silently.
//!
//! Words are lower-case alphanumeric runs, counted as multisets; a hyphen
//! joins (the paragraphs restore compound hyphens that extraction dropped,
//! `JeanPierre` → `Jean-Pierre`, and join a line that ends in one).
//!
//! The body (the lines from the first stage direction or label on, and the
//! lines above it that the cover did not read) is held to its output words:
//! speech labels and paragraphs, headings, stage directions, language notes,
//! unattributed text and votes. A vote's list headings (`In favour:`,
//! `Against:`, `Abstaining:`) become the lists' names and count as kept.
//! The cover (its lines the cover reads) is held to the meeting's fields,
//! which normalise what they keep (`Wednesday, 8 January 2020` is
//! `2020-01-08`; `United Nations`, `Official Records`, `Members:` are the
//! page's print), so it is held to a ceiling per record instead.

use super::cover;
use super::lines::{read_lines, Line};
use crate::model::{Block, Record};
use std::collections::HashMap;

type Bag = HashMap<String, usize>;

/// The words of `text`: lower-case alphanumeric runs, a hyphen joining.
fn words(text: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut word = String::new();
    for c in text.chars() {
        if c.is_alphanumeric() {
            word.extend(c.to_lowercase());
        } else if c != '-' && c != '\u{ad}' && !word.is_empty() {
            out.push(std::mem::take(&mut word));
        }
    }
    if !word.is_empty() {
        out.push(word);
    }
    out
}

fn add(bag: &mut Bag, text: &str) {
    for w in words(text) {
        *bag.entry(w).or_default() += 1;
    }
}

/// The words the record shows for its body.
fn body_output(record: &Record) -> Bag {
    let mut bag = Bag::new();
    for s in &record.speeches {
        add(&mut bag, &s.label);
        for p in &s.paragraphs {
            add(&mut bag, p);
        }
    }
    for b in &record.body {
        match b {
            Block::Heading { text, .. }
            | Block::Narrative { text, .. }
            | Block::Language { text, .. }
            | Block::Unattributed { text, .. } => add(&mut bag, text),
            Block::Vote(v) => {
                for t in v.procedure.iter().chain(&v.result) {
                    add(&mut bag, t);
                }
                for (heading, list) in [
                    ("In favour", &v.in_favour),
                    ("Against", &v.against),
                    ("Abstaining", &v.abstaining),
                ] {
                    add(&mut bag, heading);
                    for name in list {
                        add(&mut bag, name);
                    }
                }
            }
            Block::Speech { .. } => {}
        }
    }
    bag
}

/// The words the record shows for its cover.
fn cover_output(record: &Record) -> Bag {
    let m = &record.meeting;
    let mut bag = Bag::new();
    for t in [&m.symbol, &m.organ, &m.session, &m.time, &m.place]
        .into_iter()
        .flatten()
    {
        add(&mut bag, t);
    }
    if let Some(p) = &m.president {
        add(&mut bag, &p.name);
        p.country.iter().for_each(|c| add(&mut bag, c));
    }
    for member in &m.members {
        add(&mut bag, &member.country);
        member.representative.iter().for_each(|r| add(&mut bag, r));
    }
    for a in &m.agenda {
        add(&mut bag, &a.title);
    }
    bag
}

/// The byte ranges the record's speeches and blocks came from.
fn spans(record: &Record) -> Vec<[usize; 2]> {
    let mut out: Vec<[usize; 2]> = Vec::new();
    for s in &record.speeches {
        out.push(s.label_span);
        out.extend(&s.paragraph_spans);
    }
    for b in &record.body {
        match b {
            Block::Heading { span, .. }
            | Block::Narrative { span, .. }
            | Block::Language { span, .. }
            | Block::Unattributed { span, .. } => out.push(*span),
            Block::Vote(v) => out.push(v.span),
            Block::Speech { .. } => {}
        }
    }
    out
}

/// What a record loses: missing words of the body and of the cover, and the
/// body's missing words grouped by the input line (1-based) that holds them.
struct Loss {
    body: usize,
    cover: usize,
    lines: Vec<(usize, Vec<String>)>,
    /// The cover's words not in the meeting's fields.
    cover_words: Vec<String>,
}

/// Input lines' words, a line that ends in a hyphen joined to the next (as
/// `first\u{1}second`: the paragraphs may join them or keep them apart,
/// `food- and nutrition-insecurity`).
fn line_words(lines: &[Line], indices: &[usize]) -> Vec<(usize, Vec<String>)> {
    let mut out: Vec<(usize, Vec<String>)> = Vec::with_capacity(indices.len());
    let mut carry: Option<String> = None;
    for &k in indices {
        let text = lines[k].text.as_ref();
        let mut ws = words(text);
        if let Some(c) = carry.take() {
            match ws.first_mut() {
                Some(first) => first.insert_str(0, &format!("{c}\u{1}")),
                None => ws.push(c),
            }
        }
        if text.ends_with('-') && !text.ends_with(" -") {
            carry = ws.pop();
        }
        out.push((k, ws));
    }
    if let (Some(c), Some(last)) = (carry, out.last_mut()) {
        last.1.push(c);
    }
    out
}

/// Take the word `w` from `bag` (a word joined over a line's hyphen whole
/// or as its two parts); the words not found.
fn take(bag: &mut Bag, w: &str) -> Vec<String> {
    let mut one = |w: &str| match bag.get_mut(w) {
        Some(n) if *n > 0 => {
            *n -= 1;
            true
        }
        _ => false,
    };
    match w.split_once('\u{1}') {
        None => {
            if one(w) {
                Vec::new()
            } else {
                vec![w.to_owned()]
            }
        }
        Some((a, b)) => {
            if one(&format!("{a}{b}")) {
                return Vec::new();
            }
            [a, b]
                .into_iter()
                .filter(|p| !one(p))
                .map(str::to_owned)
                .collect()
        }
    }
}

fn loss(text: &str) -> Loss {
    // The lines as the parser reads them (a job number glued to a word is
    // furniture, cut off).
    let lines = read_lines(text);
    let record = super::parse(text);
    let (body_start, unplaced, read) = if cover::has_cover(&lines) {
        let start = cover::first_body_line(&lines);
        let c = cover::parse_cover(&lines, start, super::Shape::Text, &mut Vec::new());
        (start, c.unplaced, true)
    } else {
        (0, Vec::new(), false)
    };
    let kept = |k: &usize| !lines[*k].furniture && !lines[*k].is_blank();
    let body: Vec<usize> = unplaced
        .iter()
        .copied()
        .chain((body_start..lines.len()).filter(kept))
        .collect();
    let cover_lines: Vec<usize> = (0..body_start)
        .filter(kept)
        .filter(|k| unplaced.binary_search(k).is_err())
        .collect();
    // Missing: input minus output. A word is taken first from the lines that
    // some output span covers, last from the others, so a word lost is told
    // at the line that most likely lost it.
    let mut out = body_output(&record);
    let spans = spans(&record);
    let covered = |k: usize| {
        let l = &lines[k];
        spans.iter().any(|&[a, b]| a <= l.start && l.end <= b)
    };
    let mut body_words = line_words(&lines, &body);
    body_words.sort_by_key(|(k, _)| !covered(*k));
    let mut missing: Vec<(usize, Vec<String>)> = Vec::new();
    let mut total = 0;
    for (k, ws) in &body_words {
        let mut lost = Vec::new();
        for w in ws {
            for part in take(&mut out, w) {
                lost.push(part);
            }
        }
        total += lost.len();
        if !lost.is_empty() {
            missing.push((k + 1, lost));
        }
    }
    missing.sort();
    let mut cover_out = cover_output(&record);
    let mut cover_missing = 0;
    let mut cover_words = Vec::new();
    if read {
        for (_, ws) in line_words(&lines, &cover_lines) {
            for w in ws {
                let lost = take(&mut cover_out, &w);
                cover_missing += lost.len();
                cover_words.extend(lost);
            }
        }
    }
    Loss {
        body: total,
        cover: cover_missing,
        lines: missing,
        cover_words,
    }
}

/// Each corpus record in each shape, by file name.
fn corpus() -> Vec<(String, String)> {
    let mut out = Vec::new();
    for dir in ["raw", "variants", "ga/raw"] {
        let mut entries: Vec<_> = std::fs::read_dir(crate::corpus_path(dir))
            .expect("corpus")
            .map(|e| e.expect("entry").path())
            .collect();
        entries.sort();
        for path in entries {
            let bytes = std::fs::read(&path).expect("readable");
            let text = crate::input::decode::decode(&bytes).expect("text").0;
            let name = format!(
                "{dir}/{}",
                path.file_name().expect("name").to_string_lossy()
            );
            out.push((name, text));
        }
    }
    out
}

/// Most cover words a record may lose (the page's print, `United Nations`,
/// `Provisional`, `Members:`, and what the meeting's fields normalise, the
/// weekday and the month), as measured; a drop that comes back fails.
/// S/PV.8701 repeats its agenda title as page 2's running title (6 words);
/// a browser's copy also keeps its symbol on the `United Nations` line and
/// its last two members behind two dots, which the cover does not yet read.
fn cover_ceiling(name: &str) -> usize {
    if name.starts_with("variants/") {
        34
    } else if name == "raw/S_PV_8701.txt" {
        18
    } else {
        12
    }
}

#[test]
fn every_word_of_the_body_is_kept() {
    let mut failures = Vec::new();
    for (name, text) in corpus() {
        let l = loss(&text);
        println!(
            "{name}: body missing {}, cover missing {} ({})",
            l.body,
            l.cover,
            l.cover_words.join(" ")
        );
        for (line, ws) in &l.lines {
            println!("    line {line}: {}", ws.join(" "));
        }
        if l.body > 0 {
            failures.push(format!("{name}: {} body words missing", l.body));
        }
        if l.cover > cover_ceiling(&name) {
            failures.push(format!("{name}: {} cover words missing", l.cover));
        }
    }
    assert!(failures.is_empty(), "{failures:#?}");
}
