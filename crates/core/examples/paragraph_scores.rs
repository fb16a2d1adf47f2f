//! Prints speech and paragraph F1 per corpus record for one text shape, to try a change
//! quickly. `cargo run --release -p verbatim-core --example paragraph_scores -- [raw|pdfjs|dir=PATH]`
#[path = "../tests/common/mod.rs"]
mod common;
use common::*;

fn main() {
    let shape = std::env::args().nth(1).unwrap_or("raw".into());
    let (mut matched, mut ours, mut truth) = (0.0, 0, 0);
    for name in RECORDS {
        let record = verbatim_core::parse(&read(record_path(name, &shape)));
        let s = score(&record, name);
        println!(
            "{name:28} speeches {:3}/{:3} F1 {:.3}  paragraphs {:4}/{:4} F1 {:.3}",
            s.speeches_ours,
            s.speeches_truth,
            s.speech_f1,
            s.paragraphs_ours,
            s.paragraphs_truth,
            s.paragraph_f1
        );
        matched += s.paragraph_f1 * (s.paragraphs_ours + s.paragraphs_truth) as f64 / 2.0;
        ours += s.paragraphs_ours;
        truth += s.paragraphs_truth;
    }
    println!(
        "corpus paragraph F1 {:.3}",
        2.0 * matched / (ours + truth) as f64
    );
}
