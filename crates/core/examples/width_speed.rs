//! Times `text_width` alone over every line of the files given (dev aid).
use std::time::Instant;
fn main() {
    let texts: Vec<String> = std::env::args()
        .skip(1)
        .map(|p| std::fs::read_to_string(p).expect("file"))
        .collect();
    let lines: Vec<&str> = texts.iter().flat_map(|t| t.lines()).collect();
    let bytes: usize = lines.iter().map(|l| l.len()).sum();
    let mut best = f64::MAX;
    for _ in 0..50 {
        let t = Instant::now();
        let mut total = 0u64;
        for l in &lines {
            total += u64::from(verbatim_core::text::text_width(std::hint::black_box(l)));
        }
        std::hint::black_box(total);
        best = best.min(t.elapsed().as_secs_f64());
    }
    println!(
        "text_width: {:.3} ms per pass, {:.0} MB/s ({} lines)",
        best * 1e3,
        bytes as f64 / best / 1e6,
        lines.len()
    );
}
