//! Scoring a parse against the corpus truth (shared by the accuracy tests).
#![allow(dead_code)]

pub mod placement;

use std::path::PathBuf;
use verbatim_core::Record;

/// The test corpus: `$VERBATIM_CORPUS`, or the copy the repository keeps in
/// `tests/corpus` (so a clone alone runs its tests).
pub fn corpus_dir() -> PathBuf {
    if let Ok(p) = std::env::var("VERBATIM_CORPUS") {
        return PathBuf::from(p);
    }
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../tests/corpus")
}

pub const RECORDS: [&str; 10] = [
    "S_PV_8698",
    "S_PV_8699",
    "S_PV_8699_Resumption_1",
    "S_PV_8699_Resumption_2",
    "S_PV_8700",
    "S_PV_8701",
    "S_PV_8702",
    "S_PV_8703",
    "S_PV_8704",
    "S_PV_8707",
];

/// A corpus record as users have it: `raw` (pdftotext) or `pdfjs` (browser copy).
pub fn record_path(name: &str, shape: &str) -> PathBuf {
    if shape == "pdfjs" {
        corpus_dir().join(format!("variants/{name}.pdfjs-copy.txt"))
    } else if let Some(dir) = shape.strip_prefix("dir=") {
        // A directory of re-made records (e.g. an experiment's output), same file names.
        PathBuf::from(dir).join(format!("{name}.txt"))
    } else {
        corpus_dir().join(format!("raw/{name}.txt"))
    }
}

pub fn read(path: PathBuf) -> String {
    let bytes = std::fs::read(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    verbatim_core::decode(&bytes).expect("corpus decodes").0
}

#[derive(Debug, Clone)]
pub struct TruthSpeech {
    pub speaker: String,
    pub country: String,
    pub label: String,
}

pub fn truth_speeches(name: &str) -> Vec<TruthSpeech> {
    let text = read(corpus_dir().join(format!("truth/{name}.tsv")));
    text.lines()
        .skip(1)
        .map(|l| {
            let f: Vec<&str> = l.split('\t').collect();
            TruthSpeech {
                speaker: f[2].into(),
                country: f[3].into(),
                label: f[10].into(),
            }
        })
        .collect()
}

/// The label truth of a General Assembly record (`tests/corpus/ga/truth/`,
/// columns `order page label speaker country role language`), in order.
pub fn ga_truth_speeches(name: &str) -> Vec<TruthSpeech> {
    read(corpus_dir().join(format!("ga/truth/{name}.labels.tsv")))
        .lines()
        .skip(1)
        .map(|l| {
            let f: Vec<&str> = l.split('\t').collect();
            TruthSpeech {
                label: f[2].into(),
                speaker: f[3].into(),
                country: f[4].into(),
            }
        })
        .collect()
}

/// The record's votes, in body order.
pub fn votes(r: &Record) -> Vec<&verbatim_core::Vote> {
    r.body
        .iter()
        .filter_map(|b| match b {
            verbatim_core::Block::Vote(v) => Some(v),
            _ => None,
        })
        .collect()
}

/// Truth paragraphs per speech (0-based speech index): (first words, last words).
pub fn truth_paragraphs(name: &str) -> Vec<Vec<(String, String)>> {
    let text = read(corpus_dir().join(format!("truth/paragraphs/{name}.paragraphs.tsv")));
    let mut out: Vec<Vec<(String, String)>> = Vec::new();
    for l in text.lines().skip(1) {
        let f: Vec<&str> = l.split('\t').collect();
        let speech: usize = f[0].parse().unwrap();
        while out.len() < speech {
            out.push(Vec::new());
        }
        out[speech - 1].push((f[2].into(), f[3].into()));
    }
    out
}

/// Lower-case ASCII letters and digits only, diacritics folded.
pub fn fold(s: &str) -> String {
    let mut out = String::new();
    for c in s.chars() {
        let c = match c {
            'á' | 'à' | 'â' | 'ä' | 'ã' | 'å' | 'Á' => 'a',
            'é' | 'è' | 'ê' | 'ë' | 'É' => 'e',
            'í' | 'ì' | 'î' | 'ï' => 'i',
            'ó' | 'ò' | 'ô' | 'ö' | 'õ' | 'ø' => 'o',
            'ú' | 'ù' | 'û' | 'ü' => 'u',
            'ñ' => 'n',
            'ç' | 'č' => 'c',
            'š' => 's',
            'ž' => 'z',
            c => c,
        };
        if c.is_ascii_alphanumeric() {
            out.push(c.to_ascii_lowercase());
        }
    }
    out
}

pub fn edit_distance(a: &str, b: &str) -> usize {
    let a: Vec<char> = a.chars().collect();
    let b: Vec<char> = b.chars().collect();
    let mut prev: Vec<usize> = (0..=b.len()).collect();
    for i in 1..=a.len() {
        let mut cur = vec![i; b.len() + 1];
        for j in 1..=b.len() {
            cur[j] = (prev[j] + 1)
                .min(cur[j - 1] + 1)
                .min(prev[j - 1] + usize::from(a[i - 1] != b[j - 1]));
        }
        prev = cur;
    }
    prev[b.len()]
}

fn strip_language(label: &str) -> String {
    match label.find("(spoke in") {
        Some(i) => label[..i].to_owned(),
        None => label.to_owned(),
    }
}

/// Same speaker, loosely: labels agree but for OCR slips, or the surnames do.
pub fn same_speaker(ours: &verbatim_core::Speech, truth: &TruthSpeech) -> bool {
    let a = fold(&strip_language(&ours.label));
    let b = fold(&strip_language(&truth.label));
    if !b.is_empty() && edit_distance(&a, &b) * 5 <= b.len().max(4) {
        return true;
    }
    let surname = |s: &str| fold(s.rsplit(' ').next().unwrap_or(""));
    let (x, y) = (surname(&ours.speaker), surname(&truth.speaker));
    !y.is_empty() && edit_distance(&x, &y) <= 2.min(y.len() / 3)
}

/// Countries agree: same name, one the short form of the other, or UN/EU/AU.
pub fn same_country(ours: Option<&str>, truth: &str) -> bool {
    let expand = |s: &str| -> String {
        match s.trim() {
            "UN" => "unitednations".into(),
            "EU" => "europeanunion".into(),
            "AU" => "africanunion".into(),
            other => fold(other.trim_start_matches("the ")),
        }
    };
    let t = expand(truth);
    let o = expand(ours.unwrap_or(""));
    if t.is_empty() {
        return true;
    }
    !o.is_empty() && (o == t || o.starts_with(&t) || t.starts_with(&o))
}

/// Align speeches in order (longest common subsequence under `same_speaker`).
pub fn align(ours: &[verbatim_core::Speech], truth: &[TruthSpeech]) -> Vec<(usize, usize)> {
    let (n, m) = (ours.len(), truth.len());
    let mut dp = vec![vec![0u32; m + 1]; n + 1];
    for i in (0..n).rev() {
        for j in (0..m).rev() {
            dp[i][j] = if same_speaker(&ours[i], &truth[j]) {
                dp[i + 1][j + 1] + 1
            } else {
                dp[i + 1][j].max(dp[i][j + 1])
            };
        }
    }
    let (mut i, mut j, mut pairs) = (0, 0, Vec::new());
    while i < n && j < m {
        if same_speaker(&ours[i], &truth[j]) && dp[i][j] == dp[i + 1][j + 1] + 1 {
            pairs.push((i, j));
            i += 1;
            j += 1;
        } else if dp[i + 1][j] >= dp[i][j + 1] {
            i += 1;
        } else {
            j += 1;
        }
    }
    pairs
}

pub fn f1(matched: usize, predicted: usize, truth: usize) -> f64 {
    if predicted + truth == 0 {
        return 1.0;
    }
    2.0 * matched as f64 / (predicted + truth) as f64
}

/// Scores of one record.
#[derive(Debug)]
pub struct Score {
    pub speeches_ours: usize,
    pub speeches_truth: usize,
    pub speech_f1: f64,
    pub country: f64,
    pub paragraph_f1: f64,
    pub paragraphs_ours: usize,
    pub paragraphs_truth: usize,
}

/// Does paragraph `p` start with `first` and end with `last` (alphanumerics only)?
pub fn paragraph_matches(p: &str, first: &str, last: &str) -> bool {
    let p = fold(p);
    p.starts_with(&fold(first)) && p.ends_with(&fold(last))
}

pub fn score(record: &Record, name: &str) -> Score {
    let truth = truth_speeches(name);
    let pairs = align(&record.speeches, &truth);
    let countries_ok = pairs
        .iter()
        .filter(|(i, j)| same_country(record.speeches[*i].country.as_deref(), &truth[*j].country))
        .count();
    let tp = truth_paragraphs(name);
    let mut matched_paragraphs = 0;
    for (i, j) in &pairs {
        let ours = &record.speeches[*i].paragraphs;
        let mut from = 0;
        for (first, last) in tp.get(*j).map(Vec::as_slice).unwrap_or(&[]) {
            if let Some(k) = (from..ours.len()).find(|&k| paragraph_matches(&ours[k], first, last))
            {
                matched_paragraphs += 1;
                from = k + 1;
            }
        }
    }
    let paragraphs_ours: usize = record.speeches.iter().map(|s| s.paragraphs.len()).sum();
    let paragraphs_truth: usize = tp.iter().map(Vec::len).sum();
    Score {
        speeches_ours: record.speeches.len(),
        speeches_truth: truth.len(),
        speech_f1: f1(pairs.len(), record.speeches.len(), truth.len()),
        country: if pairs.is_empty() {
            0.0
        } else {
            countries_ok as f64 / pairs.len() as f64
        },
        paragraph_f1: f1(matched_paragraphs, paragraphs_ours, paragraphs_truth),
        paragraphs_ours,
        paragraphs_truth,
    }
}
