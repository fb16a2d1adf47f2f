//! Accuracy on the 10 real Security Council records of the shared corpus,
//! scored against their per-speech and per-paragraph truth.

mod common;
use common::*;

fn check(
    shape: &str,
    path_of: impl Fn(&str) -> std::path::PathBuf,
    transform: impl Fn(String) -> String,
) {
    println!("{shape}: record                    speeches(ours/truth)  speech F1  country  paragraphs(ours/truth)  paragraph F1");
    let mut failures = Vec::new();
    for name in RECORDS {
        let text = transform(read(path_of(name)));
        let record = verbatim_core::parse(&text);
        let s = score(&record, name);
        println!(
            "{shape}: {name:<26} {:>4}/{:<4}            {:.3}      {:.3}    {:>4}/{:<4}               {:.3}",
            s.speeches_ours, s.speeches_truth, s.speech_f1, s.country, s.paragraphs_ours, s.paragraphs_truth, s.paragraph_f1
        );
        if s.speech_f1 < 0.99 || s.country < 0.98 || s.paragraph_f1 < 0.85 {
            failures.push(format!("{name}: {s:?}"));
        }
    }
    assert!(
        failures.is_empty(),
        "{shape} below target:\n{}",
        failures.join("\n")
    );
}

#[test]
fn pdftotext_records_meet_accuracy_targets() {
    check("raw", |n| corpus_dir().join(format!("raw/{n}.txt")), |t| t);
}

#[test]
fn crlf_records_parse_the_same() {
    check(
        "crlf",
        |n| corpus_dir().join(format!("raw/{n}.txt")),
        |t| t.replace('\n', "\r\n"),
    );
}

#[test]
fn browser_copied_records_meet_accuracy_targets() {
    check(
        "pdfjs",
        |n| corpus_dir().join(format!("variants/{n}.pdfjs-copy.txt")),
        |t| t,
    );
}
