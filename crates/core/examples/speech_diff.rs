//! Shows speeches that do not align with the truth, and country disagreements.
//! `cargo run -p verbatim-core --example speech_diff -- S_PV_8700 [raw|pdfjs]`
#[path = "../tests/common/mod.rs"]
mod common;
use common::*;

fn main() {
    let name = std::env::args().nth(1).unwrap_or("S_PV_8700".into());
    let shape = std::env::args().nth(2).unwrap_or("raw".into());
    let record = verbatim_core::parse(&read(record_path(&name, &shape)));
    let truth = truth_speeches(&name);
    let pairs = align(&record.speeches, &truth);
    for (i, s) in record.speeches.iter().enumerate() {
        match pairs.iter().find(|p| p.0 == i) {
            None => println!(
                "extra ours #{}: {} | {:?}",
                i + 1,
                s.label,
                s.paragraphs
                    .first()
                    .map(|p| p.chars().take(60).collect::<String>())
            ),
            Some((_, j)) if !same_country(s.country.as_deref(), &truth[*j].country) => {
                println!(
                    "country #{}: {} ours={:?} truth={}",
                    i + 1,
                    s.label,
                    s.country,
                    truth[*j].country
                )
            }
            _ => {}
        }
    }
    for (j, t) in truth.iter().enumerate() {
        if !pairs.iter().any(|p| p.1 == j) {
            println!("missed truth #{}: {} | {}", j + 1, t.label, t.speaker);
        }
    }
}
