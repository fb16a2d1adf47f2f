//! Records of other eras and languages, on the constructed fixtures of
//! `tests/corpus/constructed/` (written from the grammar of each layout;
//! see the README there): a French and a Spanish Security Council meeting, a
//! 1997 Security Council and a 1993 General Assembly typescript record, and
//! a 2024 General Assembly record set in one column.

mod common;
use common::*;
use verbatim_core::{Block, Record};

fn parsed(name: &str) -> Record {
    verbatim_core::parse(&read(corpus_dir().join(format!("constructed/{name}.txt"))))
}

fn labels(r: &Record) -> Vec<&str> {
    r.speeches.iter().map(|s| s.label.as_str()).collect()
}

fn narratives(r: &Record) -> Vec<&str> {
    r.body
        .iter()
        .filter_map(|b| match b {
            Block::Narrative { text, .. } => Some(text.as_str()),
            _ => None,
        })
        .collect()
}

#[test]
fn french_record_cover_and_turns() {
    let r = parsed("S_PV_9876_fr");
    let m = &r.meeting;
    assert_eq!(m.symbol.as_deref(), Some("S/PV.9876"));
    assert_eq!(m.organ.as_deref(), Some("Security Council"));
    assert_eq!(m.session.as_deref(), Some("Quatre-vingt-unième année"));
    assert_eq!(m.number, Some(9876));
    assert_eq!(m.date.as_deref(), Some("2026-03-23"));
    assert_eq!(m.time.as_deref(), Some("15 heures"));
    assert_eq!(m.language.as_deref(), Some("French"));
    let president = m.president.as_ref().expect("president");
    assert_eq!(
        (president.name.as_str(), president.country.as_deref()),
        ("M. Fu Cong", Some("Chine"))
    );
    assert_eq!(m.members.len(), 7);
    assert_eq!(m.members[3].country, "Fédération de Russie");
    assert_eq!(m.members[3].representative.as_deref(), Some("M. Nebenzia"));
    assert_eq!(m.agenda[0].title, "La situation au Moyen-Orient");
    assert!(m.agenda[1].symbols.contains(&"S/2026/210".to_owned()));
    assert_eq!(
        labels(&r),
        [
            "Le Président (parle en chinois)",
            "M. Wennesland (parle en anglais)",
            "Le Président (parle en chinois)",
            "M. Bonnafont (France)",
            "Mme Pildegovičs (Lettonie) (parle en anglais)",
            "M. Nebenzia (Fédération de Russie) (parle en russe)",
            "Mme Woodward (Royaume-Uni de Grande-Bretagne et d’Irlande du Nord) (parle en anglais)",
            "Mme Shea (États-Unis d’Amérique) (parle en anglais)",
            "Le Président (parle en chinois)",
            "Le Président (parle en chinois)",
        ]
    );
    // The President is the cover's; languages are named in English; a
    // speech without a note was given in the record's language.
    let s = &r.speeches;
    assert_eq!(
        (s[0].speaker.as_str(), s[0].role.as_deref()),
        ("M. Fu Cong", Some("President"))
    );
    assert_eq!(s[0].language.as_deref(), Some("Chinese"));
    assert_eq!(s[3].language, None);
    assert_eq!(s[5].language.as_deref(), Some("Russian"));
    assert_eq!(s[5].delegation.as_deref(), Some("Russian Federation"));
    // The label over two lines, and the note that she goes on in French.
    assert_eq!(s[6].paragraphs.len(), 3, "{:?}", s[6].paragraphs);
    assert!(r.body.iter().any(
        |b| matches!(b, Block::Language { text, .. } if text == "(l’oratrice poursuit en français)")
    ));
    assert_eq!(
        narratives(&r),
        [
            "La séance est ouverte à 15 h 5.",
            "L’ordre du jour est adopté.",
            "La séance est levée à 16 h 40."
        ]
    );
    // "résolution 2334 (2016)" is the Council's resolution; the glued
    // footer `26-039202/31` is page furniture, not text.
    assert!(r
        .symbols
        .iter()
        .any(|x| x.symbol == "S/RES/2334 (2016)" && x.text.starts_with("résolution")));
    assert!(!s
        .iter()
        .flat_map(|s| &s.paragraphs)
        .any(|p| p.contains("26-0392")));
    // The vote: "Votent pour :" over three lines, "Néant" empty, the
    // President's result adopting resolution 2801 (2026).
    let v = vote(&r);
    assert_eq!(
        v.procedure.as_deref(),
        Some("Il est procédé au vote à main levée.")
    );
    assert_eq!(v.in_favour.len(), 8);
    assert_eq!(
        v.in_favour[7],
        "Royaume-Uni de Grande-Bretagne et d’Irlande du Nord"
    );
    assert!(v.against.is_empty() && v.abstaining.is_empty());
    assert_eq!(
        (v.adopted, v.resolution.as_deref()),
        (Some(true), Some("S/RES/2801 (2026)"))
    );
    assert!(r.diagnostics.is_empty(), "{:?}", r.diagnostics);
}

/// The record's one vote.
fn vote(r: &Record) -> &verbatim_core::Vote {
    let found = votes(r);
    assert_eq!(found.len(), 1);
    found[0]
}

#[test]
fn spanish_record_cover_and_turns() {
    let r = parsed("S_PV_9876_es");
    let m = &r.meeting;
    assert_eq!(m.organ.as_deref(), Some("Security Council"));
    assert_eq!(m.session.as_deref(), Some("Octogésimo primer año"));
    assert_eq!(m.number, Some(9876));
    assert_eq!(m.date.as_deref(), Some("2026-03-23"));
    assert_eq!(m.time.as_deref(), Some("15.00 horas"));
    assert_eq!(m.language.as_deref(), Some("Spanish"));
    assert_eq!(
        m.president.as_ref().map(|p| p.name.as_str()),
        Some("Sr. Fu Cong")
    );
    assert_eq!(m.members.len(), 7);
    assert_eq!(m.agenda[0].title, "La situación en Oriente Medio");
    assert_eq!(r.speeches.len(), 10);
    let s = &r.speeches;
    assert_eq!(s[0].label, "El Presidente (habla en chino)");
    assert_eq!(s[0].role.as_deref(), Some("President"));
    assert_eq!(s[3].language.as_deref(), Some("French"));
    assert_eq!(
        s[6].label,
        "Sra. Woodward (Reino Unido de Gran Bretaña e Irlanda del Norte) (habla en inglés)"
    );
    assert_eq!(
        s[7].label,
        "Sra. Shea (Estados Unidos de América) (habla en inglés)"
    );
    assert!(r
        .body
        .iter()
        .any(|b| matches!(b, Block::Language { text, .. } if text == "(continúa en español)")));
    assert_eq!(
        narratives(&r),
        [
            "Se abre la sesión a las 15.05 horas.",
            "Queda aprobado el orden del día.",
            "Se levanta la sesión a las 16.40 horas."
        ]
    );
    assert!(r
        .symbols
        .iter()
        .any(|x| x.symbol == "S/RES/2334 (2016)" && x.text.starts_with("resolución")));
    let v = vote(&r);
    assert_eq!(
        v.procedure.as_deref(),
        Some("Se procede a votación ordinaria.")
    );
    assert_eq!(v.in_favour.len(), 8);
    assert_eq!(
        v.in_favour[7],
        "Reino Unido de Gran Bretaña e Irlanda del Norte"
    );
    assert!(v.against.is_empty() && v.abstaining.is_empty(), "{v:?}");
    assert_eq!(
        (v.adopted, v.resolution.as_deref()),
        (Some(true), Some("S/RES/2801 (2026)"))
    );
    assert!(r.diagnostics.is_empty(), "{:?}", r.diagnostics);
}

/// The same meeting in French and Spanish: every turn is the same speaker
/// for the same delegation, named once in English.
#[test]
fn a_delegation_is_one_delegation_in_every_language() {
    let (fr, es) = (parsed("S_PV_9876_fr"), parsed("S_PV_9876_es"));
    let delegations = |r: &Record| -> Vec<Option<String>> {
        r.speeches.iter().map(|s| s.delegation.clone()).collect()
    };
    assert_eq!(delegations(&fr), delegations(&es));
    let named: Vec<_> = delegations(&fr).into_iter().flatten().collect();
    assert_eq!(
        named,
        [
            "China",
            "China",
            "France",
            "Latvia",
            "Russian Federation",
            "United Kingdom of Great Britain and Northern Ireland",
            "United States of America",
            "China",
            "China"
        ]
    );
}

#[test]
fn security_council_1997_typescript() {
    let r = parsed("S_PV_3756_1997");
    let m = &r.meeting;
    assert_eq!(m.symbol.as_deref(), Some("S/PV.3756"));
    assert_eq!(m.date.as_deref(), Some("1997-03-21"));
    assert_eq!(m.place.as_deref(), Some("New York"));
    assert_eq!(m.members.len(), 14);
    assert_eq!(m.members[1].country, "China");
    assert_eq!(
        m.members[1].representative.as_deref(),
        Some("Mr. QIN Huasun")
    );
    assert_eq!(m.agenda[0].title, "THE SITUATION IN ANGOLA");
    assert_eq!(r.speeches.len(), 8);
    let s = &r.speeches;
    assert_eq!(s[0].label, "The PRESIDENT (interpretation from Russian)");
    assert_eq!(
        (s[0].role.as_deref(), s[0].speaker.as_str()),
        (Some("President"), "Mr. LAVROV")
    );
    assert_eq!(s[0].language.as_deref(), Some("Russian"));
    assert_eq!(s[2].language.as_deref(), Some("French"));
    assert_eq!(s[5].speaker, "Mr. QIN Huasun");
    assert_eq!(s[6].speaker, "Sir John WESTON");
    // A page's number under its symbol and "(The President)" at its top
    // are furniture: the President's paragraph goes on across the page.
    assert_eq!(s[3].paragraphs.len(), 2);
    assert!(
        s[3].paragraphs[1].starts_with("I now call on"),
        "{:?}",
        s[3].paragraphs
    );
    // One column: no column-order warning.
    assert!(r.diagnostics.is_empty(), "{:?}", r.diagnostics);
    assert!(r
        .body
        .iter()
        .any(|b| matches!(b, Block::Heading { text, .. } if text == "ADOPTION OF THE AGENDA")));
}

#[test]
fn general_assembly_1993_typescript() {
    let r = parsed("A_48_PV_35_1993");
    let m = &r.meeting;
    assert_eq!(m.symbol.as_deref(), Some("A/48/PV.35"));
    assert_eq!(m.organ.as_deref(), Some("General Assembly"));
    assert_eq!(m.session.as_deref(), Some("FORTY-EIGHTH SESSION"));
    assert_eq!(m.date.as_deref(), Some("1993-10-19"));
    assert_eq!(
        m.agenda[0].title,
        "Report of the International Atomic Energy Agency [14]"
    );
    assert_eq!(r.speeches.len(), 6);
    let s = &r.speeches;
    assert_eq!(s[1].label, "Mr. INDERFURTH (United States of America)");
    assert_eq!(s[1].delegation.as_deref(), Some("United States of America"));
    assert_eq!(s[2].language.as_deref(), Some("French"));
    assert_eq!(s[3].label, "The ACTING PRESIDENT");
    assert_eq!(
        (s[3].speaker.as_str(), s[3].country.as_deref()),
        ("Mr. Zlenko", Some("Ukraine"))
    );
    assert!(r.body.iter().any(
        |b| matches!(b, Block::Heading { text, .. } if text.starts_with("AGENDA ITEM 14 (continued)"))
    ));
    assert!(r.diagnostics.is_empty(), "{:?}", r.diagnostics);
}

#[test]
fn general_assembly_2024_single_column() {
    let r = parsed("A_79_PV_42_2024");
    let m = &r.meeting;
    assert_eq!(m.symbol.as_deref(), Some("A/79/PV.42"));
    assert_eq!(m.date.as_deref(), Some("2024-12-09"));
    assert_eq!(m.agenda.len(), 1);
    assert_eq!(
        labels(&r),
        [
            "The Acting President",
            "Ms. Byrne Nason (Ireland)",
            "Mr. Ahmed (Bangladesh) (spoke in Arabic)",
            "The President"
        ]
    );
    let s = &r.speeches;
    assert_eq!(
        (s[0].speaker.as_str(), s[0].country.as_deref()),
        ("Mr. Rae", Some("Canada"))
    );
    assert_eq!(
        (s[3].speaker.as_str(), s[3].country.as_deref()),
        ("Mr. Yang", Some("Cameroon"))
    );
    assert_eq!(s[1].paragraphs.len(), 2);
    let symbols: Vec<&str> = r.symbols.iter().map(|x| x.symbol.as_str()).collect();
    for want in ["A/RES/ES-10/24", "A/HRC/RES/55/28", "A/RES/77/247"] {
        assert!(symbols.contains(&want), "{want} in {symbols:?}");
    }
    // The page header "A/79/PV.42 09/12/2024" is furniture.
    assert!(!r
        .body
        .iter()
        .any(|b| matches!(b, Block::Heading { text, .. } if text.starts_with("A/79"))));
    assert!(r.diagnostics.is_empty(), "{:?}", r.diagnostics);
}

/// A record whose labels the parser cannot read (the French fixture with
/// its labels in Russian, a language not read) gives one warning per
/// cause with a count and every place, not one per passage.
#[test]
fn unread_labels_give_one_warning_per_cause() {
    let text = read(corpus_dir().join("constructed/S_PV_9876_fr.txt"))
        .replace(
            "Le Président (parle en chinois) :",
            "Председатель (говорит по-китайски):",
        )
        .replace("M. ", "Г-н ")
        .replace("Mme ", "Г-жа ");
    let r = verbatim_core::parse(&text);
    assert!(r.speeches.is_empty());
    let unattributed = r
        .body
        .iter()
        .filter(|b| matches!(b, Block::Unattributed { .. }))
        .count();
    assert!(unattributed > 10, "{unattributed} passages");
    let codes: Vec<&str> = r.diagnostics.iter().map(|d| d.code.as_str()).collect();
    assert_eq!(codes, ["unattributed_text", "no_speeches"]);
    let d = &r.diagnostics[0];
    assert_eq!((d.count, d.places.len()), (unattributed, unattributed));
    assert!(
        d.message.starts_with(&format!("{unattributed} passages")),
        "{}",
        d.message
    );
    assert_eq!(d.span, Some(d.places[0].span));
    assert!(d.places.iter().all(|p| p.note.is_some()));
}

/// The French and Spanish records as a pdf.js-based browser viewer copies
/// them from their typeset PDFs (`NAME.pdfjs-copy.txt`: one line per
/// printed line, columns in order, the running header and footer after
/// each page's text) read as the text does: cover, turns, paragraphs,
/// stage directions, the vote, no diagnostic.
#[test]
fn browser_copies_of_french_and_spanish_pdfs_read_as_the_text() {
    for name in ["S_PV_9876_fr", "S_PV_9876_es"] {
        let text = parsed(name);
        let copy = verbatim_core::parse(&read(
            corpus_dir().join(format!("constructed/{name}.pdfjs-copy.txt")),
        ));
        assert_eq!(copy.meeting, text.meeting, "{name}");
        assert_eq!(copy.speeches.len(), 10, "{name}");
        for (c, t) in copy.speeches.iter().zip(&text.speeches) {
            assert_eq!(
                (&c.label, &c.delegation, &c.language, &c.paragraphs),
                (&t.label, &t.delegation, &t.language, &t.paragraphs),
                "{name}"
            );
        }
        assert_eq!(narratives(&copy), narratives(&text), "{name}");
        let unplaced = |v: &verbatim_core::Vote| verbatim_core::Vote {
            span: [0, 0],
            ..v.clone()
        };
        assert_eq!(unplaced(vote(&copy)), unplaced(vote(&text)), "{name}");
        assert!(
            copy.diagnostics.is_empty(),
            "{name}: {:?}",
            copy.diagnostics
        );
    }
}
