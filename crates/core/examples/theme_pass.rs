//! Parses the files given, then matches the built-in themes over every
//! paragraph `RUNS` times (default 20): a profiling aid for the theme
//! matcher (`valgrind --tool=cachegrind`, `perf record`).
fn main() {
    let texts: Vec<String> = std::env::args()
        .skip(1)
        .map(|p| std::fs::read_to_string(p).expect("readable file"))
        .collect();
    let records: Vec<_> = texts.iter().map(|t| verbatim_core::parse(t)).collect();
    let themes = verbatim_core::themes::ThemeSet::builtin();
    let runs: usize = std::env::var("RUNS")
        .ok()
        .and_then(|r| r.parse().ok())
        .unwrap_or(20);
    let start = std::time::Instant::now();
    let mut matches = 0;
    for _ in 0..runs {
        for r in &records {
            matches += verbatim_core::citations::theme_counts(r, &themes)
                .iter()
                .flatten()
                .sum::<usize>();
        }
    }
    let per_pass = start.elapsed().as_secs_f64() / runs as f64;
    println!(
        "{} matches per pass, {:.2} ms per pass",
        matches / runs,
        per_pass * 1e3
    );
}
