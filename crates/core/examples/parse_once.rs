//! Parses the files given on the command line once (for profilers).
fn main() {
    for path in std::env::args().skip(1) {
        let bytes = std::fs::read(&path).expect("readable file");
        let runs: usize = std::env::var("RUNS")
            .ok()
            .and_then(|r| r.parse().ok())
            .unwrap_or(1);
        let mut record = verbatim_core::parse_bytes(&bytes).expect("text file");
        for _ in 1..runs {
            record = verbatim_core::parse_bytes(&bytes).expect("text file");
        }
        println!("{path}: {} speeches", record.speeches.len());
    }
}
