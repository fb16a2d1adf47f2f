//! Derives, at build time, the data the parser embeds from the data files in
//! `data/`, so the browser bundle carries only what the parser reads.
//!
//! `country_words.txt`: the distinct lower-case words of the member-state
//! names in `data/un_member_states.tsv` (1.2 KB gzip instead of the table's
//! 5.8 KB; `countries.rs` tests that it equals a derivation from the table).

use std::collections::BTreeSet;
use std::path::Path;

fn main() {
    let table = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../data/un_member_states.tsv");
    println!("cargo::rerun-if-changed={}", table.display());
    let tsv = std::fs::read_to_string(&table).expect("data/un_member_states.tsv");
    let words: BTreeSet<String> = tsv
        .lines()
        .skip(1)
        .flat_map(|row| name_words(row.split('\t').next().unwrap_or("")))
        .collect();
    let out = Path::new(&std::env::var("OUT_DIR").expect("OUT_DIR")).join("country_words.txt");
    let list: Vec<String> = words.into_iter().collect();
    std::fs::write(out, list.join("\n")).expect("write country_words.txt");
}

/// The words of a country name as `countries::is_country_list_line` splits
/// and folds them (keep in step with `countries::words`).
fn name_words(name: &str) -> Vec<String> {
    name.split(|c: char| !c.is_alphanumeric() && c != '\'' && c != '’' && c != '-')
        .filter(|w| !w.is_empty())
        .map(|w| w.to_lowercase().replace('’', "'"))
        .collect()
}
