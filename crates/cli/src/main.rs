//! `verbatim`: parse UN meeting records from the command line.
//!
//! ```text
//! verbatim parse FILE|- [--format json|csv]     (a text file or a PDF)
//! verbatim bench [DIR] [--runs N]
//! verbatim text FILE.pdf
//! verbatim glyphs FILE.pdf [FIRST [LAST]]
//! ```
//!
//! The JSON is the serde form of `verbatim_core::Record` (documented in
//! docs/json-schema.md); the CSV has one row per speech.

use std::io::{Read, Write};
use std::process::ExitCode;
use std::time::Instant;

const USAGE: &str = "usage:
  verbatim parse FILE|- [--format json|csv]   parse a record (text or PDF file, or stdin)
  verbatim bench [DIR] [--runs N]             parser throughput over DIR (default tests/corpus/raw)
  verbatim text FILE.pdf                      the text a PDF's layout makes (what the page keeps)
  verbatim glyphs FILE.pdf [FIRST [LAST]]     a PDF's glyphs with their positions, pages FIRST..=LAST
                                              (the dump the layout tests keep as fixtures)";

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let result = match args.first().map(String::as_str) {
        Some("parse") => parse_command(&args[1..]),
        Some("bench") => bench_command(&args[1..]),
        Some("glyphs") => glyphs_command(&args[1..]),
        Some("text") => text_command(&args[1..]),
        _ => Err(USAGE.to_owned()),
    };
    match result {
        Ok(()) => ExitCode::SUCCESS,
        // `verbatim parse x | head`: the reader left; that is not an error.
        Err(message) if message.contains("Broken pipe") => ExitCode::SUCCESS,
        Err(message) => {
            eprintln!("verbatim: {message}");
            ExitCode::from(2)
        }
    }
}

fn parse_command(args: &[String]) -> Result<(), String> {
    let mut path = None;
    let mut format = "json".to_owned();
    let mut it = args.iter();
    while let Some(a) = it.next() {
        match a.as_str() {
            "--format" => format = it.next().ok_or("--format needs json or csv")?.clone(),
            f if f.starts_with("--format=") => format = f["--format=".len()..].to_owned(),
            p if path.is_none() => path = Some(p.to_owned()),
            other => return Err(format!("unexpected argument {other:?}\n{USAGE}")),
        }
    }
    let path = path.ok_or_else(|| USAGE.to_owned())?;
    let bytes = if path == "-" {
        let mut b = Vec::new();
        std::io::stdin()
            .read_to_end(&mut b)
            .map_err(|e| format!("reading stdin: {e}"))?;
        b
    } else {
        std::fs::read(&path).map_err(|e| format!("{path}: {e}"))?
    };
    // A PDF is read through its layout; text through the text parser.
    let record = if verbatim_pdf::is_pdf(&bytes) {
        verbatim_pdf::parse(&bytes).map_err(|e| format!("{path}: {e}"))?
    } else {
        verbatim_core::parse_bytes(&bytes).map_err(|e| format!("{path}: {e}"))?
    };
    let stdout = std::io::stdout();
    let mut out = stdout.lock();
    match format.as_str() {
        "json" => {
            serde_json::to_writer_pretty(&mut out, &record).map_err(|e| e.to_string())?;
            writeln!(out).map_err(|e| e.to_string())?;
        }
        "csv" => write_csv(&record, &mut out).map_err(|e| e.to_string())?,
        other => return Err(format!("unknown format {other:?} (json or csv)")),
    }
    Ok(())
}

/// Print the text a PDF's layout makes: what the page keeps and links as
/// the record's text, and what `verbatim parse` parses.
fn text_command(args: &[String]) -> Result<(), String> {
    let path = args.first().ok_or_else(|| USAGE.to_owned())?;
    let bytes = std::fs::read(path).map_err(|e| format!("{path}: {e}"))?;
    let text = verbatim_pdf::text(&bytes).map_err(|e| format!("{path}: {e}"))?;
    std::io::stdout()
        .lock()
        .write_all(text.as_bytes())
        .map_err(|e| e.to_string())
}

/// Print a PDF's glyphs (pages FIRST..=LAST, 1-based) in the dump format of
/// `verbatim_core::layout::pages_from_dump`.
fn glyphs_command(args: &[String]) -> Result<(), String> {
    let path = args.first().ok_or_else(|| USAGE.to_owned())?;
    let number = |i: usize| -> Result<Option<usize>, String> {
        args.get(i)
            .map(|a| {
                a.parse::<usize>()
                    .map_err(|_| format!("not a page number: {a:?}"))
            })
            .transpose()
    };
    let first = number(1)?.unwrap_or(1).max(1);
    let bytes = std::fs::read(path).map_err(|e| format!("{path}: {e}"))?;
    let pages = verbatim_pdf::pages(&bytes).map_err(|e| format!("{path}: {e}"))?;
    let last = number(2)?.or(number(1)?).unwrap_or(pages.len());
    let chosen = pages.get(first - 1..last.min(pages.len())).unwrap_or(&[]);
    let stdout = std::io::stdout();
    let mut out = stdout.lock();
    out.write_all(verbatim_core::layout::dump_pages(chosen).as_bytes())
        .map_err(|e| e.to_string())
}

/// One row per speech: symbol, order, speaker, country, role, language, words.
fn write_csv(record: &verbatim_core::Record, out: &mut impl Write) -> Result<(), csv::Error> {
    let mut w = csv::Writer::from_writer(out);
    w.write_record([
        "symbol", "order", "speaker", "country", "role", "language", "words",
    ])?;
    let symbol = record.meeting.symbol.clone().unwrap_or_default();
    for (i, s) in record.speeches.iter().enumerate() {
        w.write_record([
            symbol.as_str(),
            &s.order.to_string(),
            &s.speaker,
            s.country.as_deref().unwrap_or(""),
            s.role.as_deref().unwrap_or(""),
            s.language.as_deref().unwrap_or(""),
            &record.speech_words(i).to_string(),
        ])?;
    }
    w.flush()?;
    Ok(())
}

/// Parse every `.txt` file in a folder repeatedly and print throughput.
fn bench_command(args: &[String]) -> Result<(), String> {
    let mut dir = "tests/corpus/raw".to_owned();
    let mut runs = 15usize;
    let mut it = args.iter();
    while let Some(a) = it.next() {
        match a.as_str() {
            "--runs" => {
                runs = it
                    .next()
                    .and_then(|n| n.parse().ok())
                    .ok_or("--runs needs a number")?
            }
            d => dir = d.to_owned(),
        }
    }
    let mut texts = Vec::new();
    let mut entries: Vec<_> = std::fs::read_dir(&dir)
        .map_err(|e| format!("{dir}: {e}"))?
        .filter_map(Result::ok)
        .map(|e| e.path())
        .filter(|p| p.extension().is_some_and(|x| x == "txt"))
        .collect();
    entries.sort();
    for p in &entries {
        let bytes = std::fs::read(p).map_err(|e| e.to_string())?;
        texts.push(verbatim_core::decode(&bytes).map_err(|e| e.to_string())?.0);
    }
    let total: usize = texts.iter().map(String::len).sum();
    // The first pass pays for the allocator's growth (page faults) and cold
    // caches; it is printed on its own, and three more passes warm up before
    // the timed runs, as the browser benchmark does.
    let t = Instant::now();
    for text in &texts {
        std::hint::black_box(verbatim_core::parse(text));
    }
    let first_pass = total as f64 / 1e6 / t.elapsed().as_secs_f64();
    for _ in 0..3 {
        for text in &texts {
            std::hint::black_box(verbatim_core::parse(text));
        }
    }
    let mut rates = Vec::new();
    let mut speeches = 0;
    for _ in 0..runs {
        let t = Instant::now();
        speeches = 0;
        for text in &texts {
            speeches += std::hint::black_box(verbatim_core::parse(text))
                .speeches
                .len();
        }
        rates.push(total as f64 / 1e6 / t.elapsed().as_secs_f64());
    }
    rates.sort_by(f64::total_cmp);
    let mut out = std::io::stdout().lock();
    writeln!(
        out,
        "parse: {} files, {:.2} MB, {} speeches; {} runs after 3 warm-up passes: median {:.1} MB/s (min {:.1}, max {:.1}); first pass {:.1} MB/s",
        texts.len(),
        total as f64 / 1e6,
        speeches,
        runs,
        rates[rates.len() / 2],
        rates[0],
        rates[rates.len() - 1],
        first_pass
    )
    .map_err(|e| e.to_string())?;
    // Theme matching and symbol finding, as shares of parse time (the
    // symbols are found inside `parse`; here they are found again to time them).
    let records: Vec<_> = texts.iter().map(|t| verbatim_core::parse(t)).collect();
    let themes = verbatim_core::themes::ThemeSet::new(verbatim_core::themes::parse_themes_tsv(
        verbatim_core::themes::BUILTIN_THEMES_TSV,
    ));
    let median = |mut v: Vec<f64>| {
        v.sort_by(f64::total_cmp);
        v[v.len() / 2]
    };
    let seconds = |f: &dyn Fn() -> usize| {
        let t = Instant::now();
        std::hint::black_box(f());
        t.elapsed().as_secs_f64()
    };
    let parse_pass = || {
        texts
            .iter()
            .map(|t| std::hint::black_box(verbatim_core::parse(t)).speeches.len())
            .sum()
    };
    let themes_pass = || {
        records
            .iter()
            .map(|r| verbatim_core::citations::theme_counts(r, &themes).len())
            .sum()
    };
    let symbols_pass = || {
        records
            .iter()
            .flat_map(|r| r.speeches.iter())
            .flat_map(|s| s.paragraphs.iter())
            .map(|p| verbatim_core::symbols::find_symbols(p).len())
            .sum()
    };
    // Each round times a parse pass, then a theme pass and a symbol pass
    // right after it, and the shares are medians of the rounds' own ratios:
    // this machine's speed drifts over seconds, so times taken apart would
    // compare different speeds.
    let (mut theme_shares, mut symbol_shares, mut both_shares) = (vec![], vec![], vec![]);
    let (mut themes_times, mut symbols_times) = (vec![], vec![]);
    for _ in 0..runs {
        let parse_s = seconds(&parse_pass);
        let themes_s = seconds(&themes_pass);
        let symbols_s = seconds(&symbols_pass);
        theme_shares.push(themes_s / parse_s);
        symbol_shares.push(symbols_s / parse_s);
        both_shares.push((themes_s + symbols_s) / (parse_s - symbols_s));
        themes_times.push(themes_s);
        symbols_times.push(symbols_s);
    }
    // Symbols are found inside `parse`; theme matching runs after it. So
    // theme matching adds its own time to parse time, and both together add
    // theirs to the rest of the parse.
    writeln!(
        out,
        "theme matching adds {:.0}% to parse time ({:.2} ms per pass); symbol finding is {:.0}% of parse time ({:.2} ms); both together add {:.0}% to the rest of parsing",
        median(theme_shares) * 100.0,
        median(themes_times) * 1e3,
        median(symbol_shares) * 100.0,
        median(symbols_times) * 1e3,
        median(both_shares) * 100.0
    )
    .map_err(|e| e.to_string())?;
    Ok(())
}
