//! Times the built-in patterns on the lines of the files given (dev aid).
use std::time::Instant;
use verbatim_core::*;
fn main() {
    let texts: Vec<String> = std::env::args()
        .skip(1)
        .map(|p| decode(&std::fs::read(p).unwrap()).unwrap().0)
        .collect();
    let mut cands = Vec::new();
    let mut all = Vec::new();
    for t in &texts {
        let ls = lines::split_lines(t);
        for i in 0..ls.len() {
            let x = ls[i].text.as_ref();
            all.push(x.to_owned());
            if patterns::may_start_label(x) {
                let j: Vec<&str> = ls[i..(i + 3).min(ls.len())]
                    .iter()
                    .map(|l| l.text.as_ref())
                    .collect();
                let j = j.join(" ");
                if let Some(c) = j.find(':') {
                    cands.push(j[..(c + 2).min(j.len())].to_owned());
                }
            }
        }
    }
    patterns::re(&patterns::LABEL).is_match("x");
    lines::is_pattern_furniture("1/2");
    patterns::is_narrative("The meeting rose at 1 p.m.");
    furniture_shapes(&all);
    for _ in 0..2 {
        let t = Instant::now();
        let n = cands
            .iter()
            .filter(|c| patterns::re(&patterns::LABEL).captures(c).is_some())
            .count();
        println!(
            "LABEL: {} candidates, {} match, {:?}",
            cands.len(),
            n,
            t.elapsed()
        );
        let t = Instant::now();
        let n = all
            .iter()
            .filter(|c| lines::is_pattern_furniture(c))
            .count();
        println!(
            "FURNITURE: {} lines, {} match, {:?}",
            all.len(),
            n,
            t.elapsed()
        );
        let t = Instant::now();
        let n = all.iter().filter(|c| patterns::is_narrative(c)).count();
        println!("narrative: {n} {:?}", t.elapsed());
        let t = Instant::now();
        let n: usize = all.iter().map(|c| symbols::find_symbols(c).len()).sum();
        println!("symbols: {n} {:?}", t.elapsed());
    }
}
#[allow(dead_code)]
fn furniture_shapes(all: &[String]) {
    let mut shapes = std::collections::BTreeMap::new();
    for l in all {
        if lines::is_pattern_furniture(l) {
            let shape: String = l
                .chars()
                .take(12)
                .map(|c| if c.is_ascii_digit() { '9' } else { c })
                .collect();
            *shapes.entry(shape).or_insert(0) += 1;
        }
    }
    let mut v: Vec<_> = shapes.into_iter().collect();
    v.sort_by_key(|x| std::cmp::Reverse(x.1));
    for (s, n) in v.iter().take(15) {
        println!("{n:5} {s}");
    }
}
