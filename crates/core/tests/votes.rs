//! Votes add up: the names a recorded vote lists In favour / Against /
//! Abstaining number what its result sentence states, on every record of the
//! corpus (the Security Council records in both shapes and the General
//! Assembly records). The count is read here with its own pattern, as
//! `check_votes.py` reads it (widened to number words for every count and to
//! a result without abstentions), not with the parser's reader.
//!
//! A/65/PV.71's facts below were read in its PDF (`pdftotext -raw`).

mod common;
use common::*;
use regex_lite::Regex;
use verbatim_core::{Block, Record, Vote};

fn number(s: &str) -> usize {
    s.parse()
        .unwrap_or_else(|_| match s.to_lowercase().as_str() {
            "none" | "no" | "zero" => 0,
            "one" => 1,
            "two" => 2,
            "three" => 3,
            "four" => 4,
            "five" => 5,
            "six" => 6,
            "seven" => 7,
            "eight" => 8,
            "nine" => 9,
            "ten" => 10,
            other => panic!("count {other:?}"),
        })
}

/// What the result sentence states: in favour, against, abstaining.
fn stated(result: &str) -> Option<[usize; 3]> {
    const N: &str = r"(\d+|none|no|zero|one|two|three|four|five|six|seven|eight|nine|ten)\b";
    let by = Regex::new(&format!(
        r"(?:adopted|rejected) by {N} votes? to {N}(?:,? with {N} abstentions?)?"
    ))
    .unwrap();
    let received = Regex::new(&format!(
        r"received {N} votes? in favour(?:,? {N} against,? and {N} abstentions?)?"
    ))
    .unwrap();
    let c = by.captures(result).or_else(|| received.captures(result))?;
    let n = |i: usize| c.get(i).map_or(0, |m| number(m.as_str()));
    Some([n(1), n(2), n(3)])
}

fn corpus() -> Vec<(String, String)> {
    let mut out = Vec::new();
    for name in RECORDS {
        for shape in ["raw", "pdfjs"] {
            let text = std::fs::read_to_string(record_path(name, shape)).unwrap();
            out.push((format!("{name} ({shape})"), text));
        }
    }
    for name in ["A_60_PV_25", "A_65_PV_71", "A_76_PV_102"] {
        let path = corpus_dir().join(format!("ga/raw/{name}.txt"));
        out.push((name.to_owned(), std::fs::read_to_string(path).unwrap()));
    }
    out
}

fn a65() -> Record {
    let path = corpus_dir().join("ga/raw/A_65_PV_71.txt");
    verbatim_core::parse(&std::fs::read_to_string(path).unwrap())
}

fn vote_on<'r>(r: &'r Record, resolution: &str) -> &'r Vote {
    votes(r)
        .into_iter()
        .find(|v| v.resolution.as_deref() == Some(resolution))
        .unwrap_or_else(|| panic!("no vote with result naming {resolution}"))
}

#[test]
fn every_recorded_vote_adds_up() {
    let mut checked = 0;
    let mut bad = Vec::new();
    for (name, text) in corpus() {
        let record = verbatim_core::parse(&text);
        for v in votes(&record) {
            let listed = [v.in_favour.len(), v.against.len(), v.abstaining.len()];
            if listed == [0, 0, 0] {
                continue;
            }
            // A vote with names has its result sentence.
            let Some(result) = v.result.as_deref() else {
                bad.push(format!("{name}: a vote listing {listed:?} has no result"));
                continue;
            };
            let Some(want) = stated(result) else { continue };
            checked += 1;
            if listed != want {
                bad.push(format!(
                    "{name}: lists {listed:?} vs result {want:?} ({result})"
                ));
            }
        }
        // A mismatch left would be reported, and there is none.
        let codes: Vec<_> = record
            .diagnostics
            .iter()
            .filter(|d| d.code == "vote_count_mismatch")
            .map(|d| d.message.clone())
            .collect();
        assert!(codes.is_empty(), "{name}: {codes:?}");
    }
    // 13 votes of A/65/PV.71 (2 more once their lists were whole), 3 of the
    // Security Council's, each in two shapes.
    assert!(checked >= 13 + 2 * 3 + 2, "only {checked} votes checked");
    assert!(bad.is_empty(), "{bad:#?}");
}

#[test]
fn a65_pv71_lists_are_whole_as_in_the_pdf() {
    let r = a65();
    assert_eq!(votes(&r).len(), 15);
    // Draft resolution I (65/206): 109 in favour, the list wraps over
    // "… Macedonia, Timor-" / "Leste, Togo, …".
    let v = vote_on(&r, "A/RES/65/206");
    assert_eq!(
        [v.in_favour.len(), v.against.len(), v.abstaining.len()],
        [109, 41, 35]
    );
    assert_eq!(v.in_favour.first().unwrap(), "Albania");
    assert_eq!(
        v.in_favour.last().unwrap(),
        "Venezuela (Bolivarian Republic of)"
    );
    assert!(v.in_favour.iter().any(|n| n == "Timor-Leste"));
    assert!(v
        .in_favour
        .iter()
        .any(|n| n == "the former Yugoslav Republic of Macedonia"));
    assert_eq!(v.against.first().unwrap(), "Afghanistan");
    assert_eq!(v.abstaining.last().unwrap(), "Zambia");
    assert!(v.result.as_deref().unwrap().contains("109 votes to 41"));
    // Draft resolution III as amended (65/208): 122 in favour, one against.
    let v = vote_on(&r, "A/RES/65/208");
    assert_eq!(
        [v.in_favour.len(), v.against.len(), v.abstaining.len()],
        [122, 1, 62]
    );
    assert_eq!(v.in_favour.first().unwrap(), "Albania");
    assert_eq!(v.in_favour.last().unwrap(), "Viet Nam");
    assert_eq!(v.against, ["Saudi Arabia"]);
    // Draft resolution XVIII (65/223): the PDF prints "Yemen, Zambia" /
    // "Zimbabwe." without a comma; they are two of the 126.
    let v = vote_on(&r, "A/RES/65/223");
    assert_eq!(v.in_favour.len(), 126);
    assert_eq!(v.in_favour[v.in_favour.len() - 2..], ["Zambia", "Zimbabwe"]);
    assert_eq!(
        v.abstaining,
        ["Argentina", "Armenia", "Chile", "Mexico", "Peru"]
    );
    // The amendment's vote (A/65/L.53): its result is the stage direction
    // printed right after the lists, not the President's words.
    assert!(r.body.iter().any(|b| matches!(b, Block::Vote(v)
        if v.result.as_deref().is_some_and(|t| t.starts_with("The amendment contained in document A/65/L.53 was adopted by 93 votes to 55")))));
}

#[test]
fn a65_pv71_results_follow_their_votes_and_no_list_becomes_speech() {
    let r = a65();
    // Each vote holds its result sentence, and the sentence is not shown
    // again after the box (it was, as a stage direction, for all 15).
    for (i, b) in r.body.iter().enumerate() {
        let Block::Vote(v) = b else { continue };
        let result = v.result.as_deref().expect("every vote has its result");
        assert!(
            !matches!(r.body.get(i + 1), Some(Block::Narrative { text, .. }) if text == result),
            "{result:?} twice"
        );
    }
    assert!(!r.body.iter().any(|b| matches!(b, Block::Narrative { text, .. } if text.contains("was adopted by") && text.contains("votes to"))));
    // No paragraph is the overflow of a list: none opens with a country
    // name followed by a comma, nor holds a run of them.
    for s in &r.speeches {
        for p in &s.paragraphs {
            assert!(
                !p.starts_with("former Yugoslav Republic of Macedonia")
                    && !p.contains("Turkmenistan, Tuvalu")
                    && !p.contains("Uruguay, Uzbekistan, Vanuatu"),
                "{:?}: {p:?}",
                s.label
            );
        }
    }
}
