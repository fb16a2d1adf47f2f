//! Derives, at build time, the data the parser embeds from the data files in
//! `data/`, so the browser bundle carries only what the parser reads.
//!
//! `country_words.txt`: the distinct lower-case words of the member-state
//! names in `data/un_member_states.tsv` (1.2 KB gzip instead of the table's
//! 5.8 KB; `grammar/countries.rs` tests that it equals a derivation from the table).
//! `country_first_words.txt`, `country_last_words.txt`: the words that open
//! and close a member-state name (not the formal names), to tell two names
//! whose comma was lost at a line end from one name wrapped there.
//! `delegations.tsv`: printed delegation names, in English, French and
//! Spanish, each with its canonical English UN name.

use std::collections::BTreeSet;
use std::path::Path;

#[path = "src/grammar/countries/split.rs"]
mod split;

fn main() {
    let table = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../data/un_member_states.tsv");
    println!("cargo::rerun-if-changed={}", table.display());
    println!("cargo::rerun-if-changed=src/grammar/countries/split.rs");
    let tsv = std::fs::read_to_string(&table).expect("data/un_member_states.tsv");
    // The words of the French and Spanish names too: a vote list in a
    // French or Spanish record wraps its names over lines just as well.
    let other_table =
        Path::new(env!("CARGO_MANIFEST_DIR")).join("../../data/un_member_states_fr_es.tsv");
    let other = std::fs::read_to_string(&other_table).expect("data/un_member_states_fr_es.tsv");
    let words: BTreeSet<String> = tsv
        .lines()
        .skip(1)
        .flat_map(|row| split::words(row.split('\t').next().unwrap_or("")))
        .chain(
            other
                .lines()
                .skip(1)
                .flat_map(|row| split::words(row.split('\t').nth(2).unwrap_or(""))),
        )
        .collect();
    let out = Path::new(&std::env::var("OUT_DIR").expect("OUT_DIR")).join("country_words.txt");
    let list: Vec<String> = words.into_iter().collect();
    std::fs::write(out, list.join("\n")).expect("write country_words.txt");
    // The words that open and close a name as vote lists print it.
    let (mut first, mut last) = (BTreeSet::new(), BTreeSet::new());
    for (f, l) in tsv.lines().skip(1).filter_map(split::name_edges) {
        first.insert(f);
        last.insert(l);
    }
    for (file, set) in [
        ("country_first_words.txt", first),
        ("country_last_words.txt", last),
    ] {
        let out = Path::new(&std::env::var("OUT_DIR").expect("OUT_DIR")).join(file);
        let list: Vec<String> = set.into_iter().collect();
        std::fs::write(out, list.join("\n")).expect("write country edge words");
    }
    delegations(&tsv);
}

/// `delegations.tsv`: each name a record prints for a delegation (English
/// names as in UN records, French and Spanish short names and variants from
/// `data/un_member_states_fr_es.tsv`), folded as `grammar::delegations`
/// folds, with its canonical English UN name; only the two columns the
/// parser reads.
fn delegations(english: &str) {
    let table = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../data/un_member_states_fr_es.tsv");
    println!("cargo::rerun-if-changed={}", table.display());
    let other = std::fs::read_to_string(&table).expect("data/un_member_states_fr_es.tsv");
    let mut pairs = BTreeSet::new();
    for row in english.lines().skip(1) {
        let f: Vec<&str> = row.split('\t').collect();
        if f.len() > 3 && !f[3].is_empty() {
            pairs.insert((split::fold_name(f[0]), f[3].to_owned()));
        }
    }
    for row in other.lines().skip(1) {
        let f: Vec<&str> = row.split('\t').collect();
        if f.len() > 2 && !f[0].is_empty() {
            pairs.insert((split::fold_name(f[2]), f[0].to_owned()));
        }
    }
    let lines: Vec<String> = pairs
        .into_iter()
        .map(|(n, c)| format!("{n}\t{c}"))
        .collect();
    let out = Path::new(&std::env::var("OUT_DIR").expect("OUT_DIR")).join("delegations.tsv");
    std::fs::write(out, lines.join("\n")).expect("write delegations.tsv");
}
