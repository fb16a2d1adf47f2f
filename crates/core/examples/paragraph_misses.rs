//! Lists the truth paragraphs a parse misses, to tune paragraph rebuilding.
//! `cargo run -p verbatim-core --example paragraph_misses -- S_PV_8700 [raw|pdfjs]`
#[path = "../tests/common/mod.rs"]
mod common;
use common::*;

fn main() {
    let name = std::env::args().nth(1).unwrap_or("S_PV_8700".into());
    let shape = std::env::args().nth(2).unwrap_or("raw".into());
    let record = verbatim_core::parse(&read(record_path(&name, &shape)));
    let truth = truth_speeches(&name);
    let tp = truth_paragraphs(&name);
    for (i, j) in align(&record.speeches, &truth) {
        let ours = &record.speeches[i].paragraphs;
        for (first, last) in &tp[j] {
            if !ours.iter().any(|p| paragraph_matches(p, first, last)) {
                let starts: Vec<String> = ours
                    .iter()
                    .filter(|p| fold(p).contains(&fold(first)) || fold(p).contains(&fold(last)))
                    .map(|p| {
                        format!(
                            "      ours: {}…{}",
                            p.chars().take(50).collect::<String>(),
                            p.chars()
                                .rev()
                                .take(40)
                                .collect::<String>()
                                .chars()
                                .rev()
                                .collect::<String>()
                        )
                    })
                    .collect();
                println!(
                    "speech {} miss: [{first}] … [{last}]\n{}",
                    j + 1,
                    starts.join("\n")
                );
            }
        }
    }
}
