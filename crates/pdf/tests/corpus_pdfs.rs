//! The corpus records read from their PDFs, scored against the same truth
//! as their text: speech turns, countries, paragraphs and word placement.
//!
//! The layout targets: speech F1 1.0, paragraph F1 at least 0.98 on every
//! record, word placement (the share of each truth speech's words found in
//! its own parsed speech) at least 0.998, or where the OCR truth's own noise
//! caps it below that, at least what a browser's faithful copy of the same
//! record reaches (S/PV.8702's truth reads "Londofio" for "Londoño" and
//! glues "theimplementation": 0.9964 in every shape). Timings are printed,
//! not asserted.

#[path = "../../core/tests/common/mod.rs"]
mod common;
use common::placement::placement;
use common::*;

const SPEECH_F1: f64 = 1.0;
const PARAGRAPH_F1: f64 = 0.98;
const PLACEMENT: f64 = 0.998;

#[test]
fn corpus_pdfs_meet_the_layout_targets() {
    println!("pdf: record                    speeches  speech F1  country  paragraphs  paragraph F1  words placed (copy)  worst speech   ms");
    let mut failures = Vec::new();
    let mut pages = 0;
    let mut total_ms = 0.0;
    for name in RECORDS {
        let bytes =
            std::fs::read(corpus_dir().join(format!("pdf/{name}.pdf"))).expect("corpus PDF");
        let t0 = std::time::Instant::now();
        let glyphs = verbatim_pdf::pages(&bytes).expect("the PDF reads");
        let record = verbatim_core::layout::parse_pages(&glyphs);
        let ms = t0.elapsed().as_secs_f64() * 1e3;
        pages += glyphs.len();
        total_ms += ms;
        let s = score(&record, name);
        let p = placement(&record, name);
        let placed = p.placed as f64 / p.words as f64;
        let copy = read(record_path(name, "pdfjs"));
        let c = placement(&verbatim_core::parse(&copy), name);
        let ceiling = c.placed as f64 / c.words as f64;
        println!(
            "pdf: {name:<26} {:>3}/{:<3}   {:.3}      {:.3}   {:>4}/{:<4}    {:.3}        {placed:.4} ({ceiling:.4})  {:.3}     {ms:.0}",
            s.speeches_ours, s.speeches_truth, s.speech_f1, s.country, s.paragraphs_ours, s.paragraphs_truth, s.paragraph_f1, p.worst.0
        );
        if s.speech_f1 < SPEECH_F1
            || s.paragraph_f1 < PARAGRAPH_F1
            || placed < PLACEMENT.min(ceiling) - 0.0002
        {
            failures.push(format!("{name}: {s:?}, placed {placed:.4}"));
        }
    }
    println!(
        "pdf: {pages} pages in {total_ms:.0} ms: {:.0} pages/s (debug builds are slower; see the CLI bench)",
        pages as f64 / (total_ms / 1e3)
    );
    assert!(
        failures.is_empty(),
        "below the layout targets:\n{}",
        failures.join("\n")
    );
}

/// The three General Assembly PDFs against label truth made by reading them
/// (`tests/corpus/ga/truth/`, bold labels in column order): every turn, in
/// order, with its speaker and country.
#[test]
fn general_assembly_pdfs_give_every_label_in_order() {
    for name in ["A_60_PV_25", "A_65_PV_71", "A_76_PV_102"] {
        let bytes = std::fs::read(corpus_dir().join(format!("ga/pdf/{name}.pdf"))).expect("GA PDF");
        let record = verbatim_pdf::parse(&bytes).expect("the PDF reads");
        let truth = ga_truth_speeches(name);
        let ours: Vec<&str> = record.speeches.iter().map(|s| s.label.as_str()).collect();
        let theirs: Vec<&str> = truth.iter().map(|t| t.label.as_str()).collect();
        let same =
            ours.len() == theirs.len() && ours.iter().zip(&theirs).all(|(a, b)| fold(a) == fold(b));
        println!(
            "pdf: {name}: {} labels of {} in order: {same}",
            ours.len(),
            theirs.len()
        );
        assert!(same, "{name}: ours {ours:#?}\ntruth {theirs:#?}");
        for (k, (s, t)) in record.speeches.iter().zip(&truth).enumerate() {
            assert!(
                same_country(s.country.as_deref(), &t.country),
                "{name} #{}: {:?} vs {:?}",
                k + 1,
                s.country,
                t.country
            );
        }
    }
}

/// Every recorded vote read from a PDF has its lists and its result, and
/// the lists number what the result states (no `vote_count_mismatch`):
/// A/65/PV.71's 15 votes, whose lists run over columns and break
/// "Timor-" / "Leste" with the printed hyphen (two were cut there).
#[test]
fn recorded_votes_from_pdfs_add_up() {
    let mut checked = 0;
    for (path, expected) in [
        ("ga/pdf/A_65_PV_71.pdf", 15),
        ("pdf/S_PV_8700.pdf", 2),
        ("pdf/S_PV_8701.pdf", 1),
    ] {
        let bytes = std::fs::read(corpus_dir().join(path)).expect("corpus PDF");
        let record = verbatim_pdf::parse(&bytes).expect("the PDF reads");
        let found = votes(&record);
        assert_eq!(found.len(), expected, "{path}");
        for v in &found {
            let named = v.in_favour.len() + v.against.len() + v.abstaining.len();
            if named > 0 {
                assert!(
                    v.result.is_some(),
                    "{path}: a vote listing {named} names has no result"
                );
                checked += 1;
            }
        }
        assert!(
            !record
                .diagnostics
                .iter()
                .any(|d| d.code == "vote_count_mismatch"),
            "{path}: {:?}",
            record.diagnostics
        );
        if path.contains("A_65") {
            let v = found
                .iter()
                .find(|v| v.resolution.as_deref() == Some("A/RES/65/206"))
                .expect("65/206");
            assert_eq!(
                [v.in_favour.len(), v.against.len(), v.abstaining.len()],
                [109, 41, 35]
            );
            assert!(v.in_favour.contains(&"Timor-Leste".to_owned()));
        }
    }
    println!("pdf: {checked} recorded votes with names, each with its result");
}

/// Paragraphs at a column or page break, from the PDF's layout: a full
/// one-line paragraph ending its sentence does not make the set-in line
/// after it a quotation's (A/65/PV.71: "We will now consider draft
/// resolutions I and II." at the foot of p. 5, "I call on the
/// representative of Turkey …" set in at the top of p. 6), and a quotation
/// set in on both sides of a column break stays one paragraph (A/76/PV.102,
/// A/60/PV.25: quotations whose first line ends a sentence).
#[test]
fn paragraphs_across_column_breaks_follow_the_indents() {
    let paragraphs = |name: &str| -> Vec<String> {
        let bytes = std::fs::read(corpus_dir().join(format!("ga/pdf/{name}.pdf"))).expect("GA PDF");
        let record = verbatim_pdf::parse(&bytes).expect("the PDF reads");
        record
            .speeches
            .into_iter()
            .flat_map(|s| s.paragraphs)
            .collect()
    };
    let a65 = paragraphs("A_65_PV_71");
    assert!(a65
        .iter()
        .any(|p| p == "We will now consider draft resolutions I and II."));
    assert!(a65
        .iter()
        .any(|p| p
            == "I call on the representative of Turkey in explanation of vote before the voting."));
    let a76 = paragraphs("A_76_PV_102");
    assert!(a76.iter().any(|p| p
        .starts_with("“Bring me 1,000 men and I will move the mountain. Bring me 10 young men")));
    let a60 = paragraphs("A_60_PV_25");
    assert!(a60
        .iter()
        .any(|p| p
            .starts_with("“We must take immediate and courageous steps. The resources available")));
}

/// The French and Spanish records typeset as PDFs (Chromium's, by
/// `tests/e2e/typeset-constructed.mjs`; CID fonts whose widths come in
/// ranges, a size set by `Tf` and a scaled CTM, a notice whose last line
/// is short) read as their text does: the same cover, turns, paragraphs,
/// stage directions and vote. Before the engine's ranges of widths were
/// mended and the size taken from `Tf`, they gave no speech at all.
#[test]
fn french_and_spanish_pdfs_read_as_their_text() {
    for name in ["S_PV_9876_fr", "S_PV_9876_es"] {
        let dir = corpus_dir().join("constructed");
        let bytes = std::fs::read(dir.join(format!("{name}.pdf"))).expect("constructed PDF");
        let from_pdf = verbatim_pdf::parse(&bytes).expect("the PDF reads");
        let from_text = verbatim_core::parse(&read(dir.join(format!("{name}.txt"))));
        assert_eq!(from_pdf.meeting, from_text.meeting, "{name}");
        assert_eq!(from_pdf.speeches.len(), 10, "{name}");
        for (p, t) in from_pdf.speeches.iter().zip(&from_text.speeches) {
            assert_eq!(
                (
                    &p.label,
                    &p.country,
                    &p.delegation,
                    &p.language,
                    &p.paragraphs
                ),
                (
                    &t.label,
                    &t.country,
                    &t.delegation,
                    &t.language,
                    &t.paragraphs
                ),
                "{name}"
            );
        }
        let kinds = |r: &verbatim_core::Record| -> Vec<String> {
            r.body
                .iter()
                .map(|b| match b {
                    verbatim_core::Block::Narrative { text, .. }
                    | verbatim_core::Block::Heading { text, .. }
                    | verbatim_core::Block::Language { text, .. } => text.clone(),
                    verbatim_core::Block::Vote(v) => format!(
                        "{:?} {:?} {:?} {:?}",
                        v.in_favour, v.against, v.abstaining, v.resolution
                    ),
                    other => format!("{other:?}")
                        .split(' ')
                        .next()
                        .unwrap_or("")
                        .to_owned(),
                })
                .collect()
        };
        assert_eq!(kinds(&from_pdf), kinds(&from_text), "{name}");
        assert!(
            from_pdf.diagnostics.is_empty(),
            "{name}: {:?}",
            from_pdf.diagnostics
        );
    }
}
