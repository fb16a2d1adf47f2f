//! Times each parser stage over the files given (for finding where parse time goes).
use std::time::Instant;
use verbatim_core::*;

fn main() {
    let texts: Vec<String> = std::env::args()
        .skip(1)
        .map(|p| {
            decode(&std::fs::read(p).expect("readable"))
                .expect("text")
                .0
        })
        .collect();
    let total: usize = texts.iter().map(String::len).sum();
    let runs = 30;
    let mut t = [0f64; 6];
    for _ in 0..runs {
        for text in &texts {
            let a = Instant::now();
            let ls = lines::split_lines(text);
            let b = Instant::now();
            let mut d = Vec::new();
            let (meeting, start, agenda) = if cover::has_cover(&ls) {
                let c =
                    cover::parse_cover(&ls, cover::first_body_line(&ls), body::Shape::Text, &mut d);
                (c.meeting, c.body_start, c.agenda_lines)
            } else {
                (Meeting::default(), 0, Vec::new())
            };
            let c = Instant::now();
            let body = body::assemble(&ls, start, &agenda, body::Shape::Text);
            let e = Instant::now();
            let mut speeches = body.speeches;
            let mut blocks = body.blocks;
            resolve::resolve_speakers(&meeting, &mut speeches);
            turns::repair_turn_order(&mut speeches, &mut blocks);
            let f = Instant::now();
            let mut n = 0;
            for s in &speeches {
                for p in &s.paragraphs {
                    n += symbols::find_symbols(p).len();
                }
            }
            std::hint::black_box(n);
            let g = Instant::now();
            let r = parse(text);
            std::hint::black_box(r);
            let h = Instant::now();
            for (k, (x, y)) in [(a, b), (b, c), (c, e), (e, f), (f, g), (g, h)]
                .iter()
                .enumerate()
            {
                t[k] += (*y - *x).as_secs_f64();
            }
        }
    }
    let mb = total as f64 * runs as f64 / 1e6;
    for (name, s) in [
        "split_lines",
        "cover",
        "assemble",
        "resolve+turns",
        "symbols",
        "parse (all)",
    ]
    .iter()
    .zip(t)
    {
        println!(
            "{name:>14}: {:7.1} ms/run  {:8.0} MB/s",
            s * 1e3 / runs as f64,
            mb / s
        );
    }
}
