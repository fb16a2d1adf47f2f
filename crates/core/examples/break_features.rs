//! Dumps, for every line that ends a sentence, the width features the paragraph
//! rebuilder uses and whether the truth starts a paragraph on the next line.
//! `cargo run -p verbatim-core --features internals --example break_features -- S_PV_8700 > f.tsv`
#[path = "../tests/common/mod.rs"]
mod common;
use common::*;
use verbatim_core::text::text_width;

fn main() {
    let name = std::env::args().nth(1).unwrap_or("S_PV_8700".into());
    let shape = std::env::args().nth(2).unwrap_or("raw".into());
    let text = read(record_path(&name, &shape));
    let lines = verbatim_core::lines::split_lines(&text);
    let content: Vec<&str> = lines
        .iter()
        .filter(|l| !l.furniture && !l.is_blank())
        .map(|l| l.text.as_ref())
        .collect();
    let starts: Vec<String> = truth_paragraphs(&name)
        .into_iter()
        .flatten()
        .map(|(f, _)| fold(&f))
        .collect();
    let record = verbatim_core::parse(&text);
    let ours_starts: Vec<String> = record
        .speeches
        .iter()
        .flat_map(|s| s.paragraphs.iter())
        .map(|p| fold(&p.split(' ').take(8).collect::<Vec<_>>().join(" ")))
        .collect();
    let fw = |s: &str| text_width(s.split(' ').next().unwrap_or(""));
    let ws = |s: &str| text_width(&s.replace(' ', ""));
    let ns = |s: &str| s.matches(' ').count();
    println!("ws_i\tn_i\tws_next\tn_next\tw_prev\tw_i\tfw_next\tw_next\tfw_next2\tw_next2\tterminal\ttruth\tours\tline\tnext");
    for i in 0..content.len().saturating_sub(2) {
        let t = content[i].trim_end_matches(['”', '’', ')']);
        let terminal = t.ends_with(['.', '?', '!', ':', ';']);
        let joined = fold(&format!("{} {}", content[i + 1], content[i + 2]));
        let truth = starts
            .iter()
            .any(|s| !s.is_empty() && joined.starts_with(s.as_str()));
        let ours = ours_starts
            .iter()
            .any(|s| !s.is_empty() && joined.starts_with(s.as_str()));
        println!(
            "{}\t{}\t{}\t{}\t{}\t{}\t{}\t{}\t{}\t{}\t{}\t{}\t{}\t{}\t{}",
            ws(content[i]),
            ns(content[i]),
            ws(content[i + 1]),
            ns(content[i + 1]),
            if i > 0 { text_width(content[i - 1]) } else { 0 },
            text_width(content[i]),
            fw(content[i + 1]),
            text_width(content[i + 1]),
            fw(content[i + 2]),
            text_width(content[i + 2]),
            u8::from(terminal),
            u8::from(truth),
            u8::from(ours),
            content[i],
            content[i + 1]
        );
    }
}
