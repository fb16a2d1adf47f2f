//! The other shapes users paste: a single speech with blank-line paragraphs,
//! General Assembly records, CRLF and Windows-1252 text, and hostile input.

mod common;
use common::*;
use verbatim_core::{parse, parse_bytes, Block, DecodeError};

const SINGLE_SPEECH: &str = "Mr. Kazykhanov (Kazakhstan): We are pleased to see you presiding over this meeting of the Security Council, Sir. We thank the Secretary-General for his comprehensive report.

Since the release of the Brahimi report (S/2000/809), peacekeeping has changed. The report on the work of the Organization (A/58/1) shows how.

We support resolution 1325 (2000) and the presidential statement S/PRST/2003/21/Rev.1.
";

#[test]
fn single_speech_with_blank_line_paragraphs() {
    let r = parse(SINGLE_SPEECH);
    assert_eq!(r.meeting.symbol, None);
    assert_eq!(r.speeches.len(), 1);
    let s = &r.speeches[0];
    assert_eq!(s.speaker, "Mr. Kazykhanov");
    assert_eq!(s.country.as_deref(), Some("Kazakhstan"));
    assert_eq!(s.paragraphs.len(), 3, "{:#?}", s.paragraphs);
    assert!(s.paragraphs[1].starts_with("Since the release"));
    let symbols: Vec<&str> = r.symbols.iter().map(|x| x.symbol.as_str()).collect();
    assert_eq!(
        symbols,
        [
            "S/2000/809",
            "A/58/1",
            "S/RES/1325 (2000)",
            "S/PRST/2003/21/Rev.1"
        ]
    );
    // Positions point at the text as written.
    for sym in &r.symbols {
        let verbatim_core::Location::Paragraph { speech, paragraph } = sym.location else {
            panic!()
        };
        assert_eq!(
            &r.speeches[speech].paragraphs[paragraph][sym.start..sym.end],
            sym.text
        );
    }
    // Spans point into the input.
    let [a, b] = s.paragraph_spans[2];
    assert!(SINGLE_SPEECH[a..b].starts_with("We support resolution"));
}

#[test]
fn single_speech_as_one_line_per_paragraph_and_crlf() {
    let one_line = SINGLE_SPEECH.replace("\n\n", "\r\n");
    let r = parse(&one_line);
    assert_eq!(r.speeches.len(), 1);
    assert_eq!(r.speeches[0].paragraphs.len(), 3);
}

#[test]
fn windows_1252_speech_decodes() {
    let bytes = b"Mr. Ja\x92afari (Syrian Arab Republic) (spoke in Arabic): The Council\x92s work \x96 as always \x96 matters.\r\n";
    let r = parse_bytes(bytes).unwrap();
    assert_eq!(r.speeches[0].speaker, "Mr. Ja’afari");
    assert_eq!(r.speeches[0].language.as_deref(), Some("Arabic"));
    assert!(r.speeches[0].paragraphs[0].contains("Council’s work – as always"));
}

#[test]
fn refuses_pdf_and_empty_files() {
    let pdf = std::fs::read(corpus_dir().join("pdf/S_PV_8701.pdf")).unwrap();
    assert_eq!(parse_bytes(&pdf).unwrap_err(), DecodeError::Pdf);
    assert_eq!(parse_bytes(b"").unwrap_err(), DecodeError::Empty);
}

#[test]
fn text_without_speeches_is_reported() {
    let r = parse("Just some notes about the Security Council.\nNothing else.");
    assert!(r.speeches.is_empty());
    assert!(r.diagnostics.iter().any(|d| d.code == "no_speeches"));
    assert!(
        r.body
            .iter()
            .any(|b| matches!(b, Block::Unattributed { .. })),
        "text is kept, not dropped"
    );
}

fn ga(name: &str) -> verbatim_core::Record {
    parse(&read(corpus_dir().join(format!("ga/raw/{name}.txt"))))
}

#[test]
fn general_assembly_records() {
    let r = ga("A_60_PV_25");
    assert_eq!(r.meeting.symbol.as_deref(), Some("A/60/PV.25"));
    assert_eq!(r.meeting.organ.as_deref(), Some("General Assembly"));
    assert_eq!(r.meeting.date.as_deref(), Some("2005-09-29"));
    assert_eq!(
        r.meeting.president.as_ref().unwrap().country.as_deref(),
        Some("Sweden")
    );
    assert!((7..=12).contains(&r.speeches.len()), "{}", r.speeches.len());
    assert!(r
        .speeches
        .iter()
        .any(|s| s.speaker == "Mr. Kazykhanov" && s.country.as_deref() == Some("Kazakhstan")));
    assert!(r.symbols.iter().any(|s| s.symbol == "A/60/1"));

    let r = ga("A_65_PV_71");
    assert_eq!(r.meeting.symbol.as_deref(), Some("A/65/PV.71"));
    assert_eq!(r.meeting.number, Some(71));
    assert_eq!(r.meeting.president.as_ref().unwrap().name, "Mr. Deiss");
    assert!(
        (95..=130).contains(&r.speeches.len()),
        "{}",
        r.speeches.len()
    );
    let votes = votes(&r);
    assert_eq!(votes.len(), 15, "15 recorded votes");
    let first = votes[0];
    assert_eq!(
        (
            first.in_favour.len(),
            first.against.len(),
            first.abstaining.len()
        ),
        (123, 1, 55)
    );
    assert_eq!(first.resolution.as_deref(), Some("A/RES/65/195"));
    assert_eq!(first.adopted, Some(true));
    assert!(votes.iter().filter(|v| v.resolution.is_some()).count() >= 12);
    let cited =
        |r: &verbatim_core::Record, symbol: &str| r.symbols.iter().any(|s| s.symbol == symbol);
    // "Draft resolution I was adopted (resolution 65/182)." with no vote
    // before it: a stage direction, its symbol collected.
    assert!(cited(&r, "A/RES/65/182"));
    // "Human Rights Council\nresolution 15/1" is the Council's.
    assert!(cited(&r, "A/HRC/RES/15/1") && !cited(&r, "A/RES/15/1"));
    assert!(cited(&r, "A/DEC/34/401"));
    assert!(
        r.speeches
            .iter()
            .any(|s| s.language.as_deref() == Some("French")
                && s.role.as_deref() == Some("President"))
    );

    let r = ga("A_76_PV_102");
    assert_eq!(r.meeting.symbol.as_deref(), Some("A/76/PV.102"));
    assert!(
        (70..=100).contains(&r.speeches.len()),
        "{}",
        r.speeches.len()
    );
    assert!(
        r.speeches
            .iter()
            .filter(|s| s.role.as_deref() == Some("Acting President"))
            .count()
            >= 15
    );
    // "resolutions ES-11/1 and ES-11/2" (emergency special session), and
    // "Draft decision A/76/L.79 was adopted (decision\n76/575)."
    for symbol in ["A/RES/ES-11/1", "A/RES/ES-11/2", "A/DEC/76/575"] {
        assert!(cited(&r, symbol), "{symbol}");
    }
}

#[test]
fn security_council_votes_and_cover() {
    let r = parse(&read(corpus_dir().join("raw/S_PV_8700.txt")));
    let m = &r.meeting;
    assert_eq!(m.symbol.as_deref(), Some("S/PV.8700"));
    assert_eq!(m.session.as_deref(), Some("Seventy-fifth year"));
    assert_eq!(
        (m.date.as_deref(), m.time.as_deref(), m.place.as_deref()),
        (Some("2020-01-10"), Some("3 p.m."), Some("New York"))
    );
    assert_eq!(m.members.len(), 15 - 1, "14 members besides the presidency");
    assert_eq!(m.members[0].country, "Belgium");
    assert_eq!(
        m.members[0].representative.as_deref(),
        Some("Mr. Pecsteen de Buytswerve")
    );
    assert_eq!(m.agenda[0].title, "The situation in the Middle East");
    let votes = votes(&r);
    assert_eq!(votes.len(), 2);
    assert_eq!(
        (
            votes[0].in_favour.len(),
            votes[0].against.len(),
            votes[0].abstaining.len()
        ),
        (3, 7, 5)
    );
    assert_eq!(
        votes[0].adopted,
        Some(false),
        "the oral amendment was rejected"
    );
    assert_eq!(votes[1].in_favour.len(), 11);
    assert_eq!(votes[1].resolution.as_deref(), Some("S/RES/2504 (2020)"));
    assert_eq!(votes[1].adopted, Some(true));
    let r = parse(&read(corpus_dir().join("raw/S_PV_8699_Resumption_1.txt")));
    assert_eq!(
        r.meeting.symbol.as_deref(),
        Some("S/PV.8699 (Resumption 1)")
    );
}

#[test]
fn labels_are_found_with_a_colon_inside_the_parentheses() {
    let text = "The President: I give the floor to the representative of Niger.\n\nMr. Tester (Niger a:b) (spoke in French): First words.\n\nThe President: Thank you.\n";
    let r = parse(text);
    assert_eq!(r.speeches.len(), 3, "{:?}", r.speeches);
    assert_eq!(r.speeches[1].country.as_deref(), Some("Niger a:b"));
    assert_eq!(r.speeches[1].language.as_deref(), Some("French"));
    assert_eq!(r.speeches[1].paragraphs, ["First words."]);
}

#[test]
fn resolution_words_after_any_character_never_split_a_character() {
    for text in [
        "éesolution 2505 (2020)",
        "Resolution 2505 (2020) and éesolutions 1 (2000)",
    ] {
        let r = parse(&format!("The President: {text}.\n"));
        assert_eq!(r.speeches.len(), 1);
    }
    let r = parse("The President: see resolution 2505 (2020).\n");
    assert_eq!(r.symbols[0].symbol, "S/RES/2505 (2020)");
}

/// pdftotext emits some column tails above their place; a tail as long as a
/// column must still go back after the line it continues.
#[test]
fn long_column_tails_are_put_back_in_reading_order() {
    let joined = |r: &verbatim_core::Record| -> String {
        r.speeches
            .iter()
            .flat_map(|s| s.paragraphs.iter())
            .cloned()
            .collect::<Vec<_>>()
            .join("\n")
    };
    let sc = joined(&parse(&read(corpus_dir().join("raw/S_PV_8699.txt"))));
    assert!(sc.contains(
        "aimed at changing democratic Governments, thereby violating the constitutional order and leading to widespread violence"
    ));
    let ga = joined(&ga("A_76_PV_102"));
    assert!(ga.contains(
        "political processes that prevent the stagnation, exacerbation, recurrence or continuation of conflicts"
    ));
}

/// Paragraphs that poppler emitted after the President's closing turn (an
/// invitation to speak, a suspension) go back to the speech they end; the
/// invitee's own text emitted early stays out of the previous speech.
#[test]
fn text_after_a_closing_presidential_turn_goes_back_to_its_speaker() {
    let speech = |r: &verbatim_core::Record, speaker: &str| -> Vec<String> {
        r.speeches
            .iter()
            .filter(|s| s.speaker == speaker)
            .flat_map(|s| s.paragraphs.clone())
            .collect()
    };
    let opens =
        |paragraphs: &[String], words: &str| paragraphs.iter().any(|p| p.starts_with(words));
    let r = parse(&read(corpus_dir().join("raw/S_PV_8699.txt")));
    let thailand = speech(&r, "Mrs. Kanchanalak");
    for words in [
        "Third, violence begets violence",
        "Seventh, sanctions lead only",
    ] {
        assert!(opens(&thailand, words), "{words}");
    }
    assert!(opens(
        &speech(&r, "Mr. Akram"),
        "The signals from India of aggressive intent"
    ));
    assert!(opens(
        &speech(&r, "Mr. Jinga"),
        "Chapter VIII of the Charter provides the basis"
    ));
    // The suspension is announced in one paragraph, then the stage direction.
    let suspension = r
        .body
        .iter()
        .position(|b| matches!(b, Block::Narrative { text, .. } if text.starts_with("The meeting was suspended at 1.15")))
        .expect("suspension");
    let Block::Speech {
        speech: president,
        paragraph_count,
        ..
    } = r.body[suspension - 1]
    else {
        panic!("a turn before the suspension");
    };
    assert_eq!(r.speeches[president].role.as_deref(), Some("President"));
    assert_eq!(paragraph_count, 1);
    let r1 = parse(&read(corpus_dir().join("raw/S_PV_8699_Resumption_1.txt")));
    assert!(!opens(
        &speech(&r1, "Mr. Mahmadaminov"),
        "At the time the Charter was agreed, Fiji"
    ));
}

/// The end of the President's statement in their national capacity ("I now
/// resume my functions as President …") that poppler emitted after the next
/// speaker's label goes back to the President (S/PV.8704: Viet Nam, Yemen).
#[test]
fn presidents_national_statement_ends_in_the_presidents_turn() {
    let r = parse(&read(corpus_dir().join("raw/S_PV_8704.txt")));
    let yemen = r
        .speeches
        .iter()
        .find(|s| s.country.as_deref() == Some("Yemen"))
        .expect("Yemen speaks");
    let before = &r.speeches[yemen.order - 2];
    assert_eq!(before.role.as_deref(), Some("President"));
    for words in [
        "We welcome the signing of the Stockholm",
        "We highly appreciate and support the efforts",
        "I now resume my functions as President",
        "I give the floor to the representative of Yemen",
    ] {
        assert!(
            before.paragraphs.iter().any(|p| p.starts_with(words)),
            "{words}"
        );
        assert!(
            !yemen.paragraphs.iter().any(|p| p.starts_with(words)),
            "{words}"
        );
    }
    // The paragraph poppler emitted beside Yemen's first is its second, as printed.
    assert!(yemen.paragraphs[1].starts_with("The Houthi militias have pursed"));
    assert!(yemen.paragraphs[2].starts_with("The Government of Yemen would like"));
}

/// A vote's outcome, which poppler emitted inside France's speech in
/// S/PV.8700, comes back after the vote with only its procedure; France's
/// paragraphs read around it, and the one cut by the vote list's last lines,
/// end France's speech whole.
#[test]
fn speech_text_read_around_a_vote_outcome_goes_back_to_its_speaker() {
    let r = parse(&read(corpus_dir().join("raw/S_PV_8700.txt")));
    let vote = r
        .body
        .iter()
        .rposition(|b| matches!(b, Block::Vote(_)))
        .expect("two votes");
    let Block::Speech { speech, .. } = r.body[vote + 1] else {
        panic!("a turn after the vote");
    };
    let outcome = &r.speeches[speech];
    assert_eq!(outcome.role.as_deref(), Some("President"));
    assert_eq!(outcome.paragraphs.len(), 2, "{:#?}", outcome.paragraphs);
    assert!(outcome.paragraphs[0].starts_with("The draft resolution received 11 votes"));
    assert!(outcome.paragraphs[1].starts_with("I now give the floor to those members"));
    let france = &r.speeches[speech + 1];
    assert_eq!(france.country.as_deref(), Some("France"));
    let opening: Vec<&str> = france
        .paragraphs
        .iter()
        .map(|p| &p[..p.find(' ').unwrap_or(0)])
        .collect();
    assert_eq!(
        opening,
        ["It", "The", "It", "There", "We", "While", "The", "We"],
        "France's eight paragraphs in order"
    );
    assert!(france.paragraphs[5].contains("this vital mechanism for north-western"));
    assert!(france.paragraphs[5].ends_with("incomprehensible and unacceptable."));
}

/// Halves of one paragraph that extraction cut apart (a vote list or a page
/// between them) are joined: the first ends without a full stop and the
/// second starts with a small letter (S/PV.8702, Saint Vincent and the
/// Grenadines: "…Reintegration Council;" / "and the increase …").
#[test]
fn paragraphs_cut_mid_sentence_are_joined() {
    let r = parse(&read(corpus_dir().join("raw/S_PV_8702.txt")));
    let svg = r
        .speeches
        .iter()
        .find(|s| s.country.as_deref() == Some("Saint Vincent and the Grenadines"))
        .expect("Saint Vincent and the Grenadines speaks");
    let joined = svg
        .paragraphs
        .iter()
        .find(|p| p.contains("National Reintegration Council; and the increase"))
        .expect("one paragraph across the cut");
    assert!(joined.ends_with("pursuing academic studies."));
    for speech in &r.speeches {
        for pair in speech.paragraphs.windows(2) {
            assert!(
                !pair[1].starts_with(char::is_lowercase),
                "{}",
                &pair[1][..40.min(pair[1].len())]
            );
        }
    }
}

/// pdftotext drops the hyphen of a compound split at a line end
/// ("SecretaryGeneral"); the parse puts it back on those lines only, so a
/// brand name set that way in print stays (S/PV.8700 has both).
#[test]
fn compound_hyphens_dropped_by_extraction_come_back() {
    for name in RECORDS {
        let r = parse(&read(corpus_dir().join(format!("raw/{name}.txt"))));
        let text: String = r
            .speeches
            .iter()
            .flat_map(|s| s.paragraphs.clone())
            .collect();
        assert!(!text.contains("SecretaryGeneral"), "{name}");
    }
    let r = parse(&read(corpus_dir().join("raw/S_PV_8700.txt")));
    let text: String = r
        .speeches
        .iter()
        .flat_map(|s| s.paragraphs.clone())
        .collect();
    assert!(text.contains("as though it were a PlayStation game"));
    assert!(text.contains("the Under-Secretary-General"));
}

/// The President's set phrases open paragraphs of their own, whatever the
/// line widths say (S/PV.8701 is too short to measure its column).
#[test]
fn presidents_set_phrases_open_paragraphs() {
    let r = parse(&read(corpus_dir().join("raw/S_PV_8701.txt")));
    let openings: Vec<String> = r.speeches[0]
        .paragraphs
        .iter()
        .map(|p| p.split(' ').take(4).collect::<Vec<_>>().join(" "))
        .collect();
    assert_eq!(
        openings,
        [
            "The Security Council will",
            "Members of the Council",
            "I wish to draw",
            "The Council is ready"
        ]
    );
}

/// A block quotation is a paragraph of its own, with its source line, and
/// the text after it starts a new one.
#[test]
fn block_quotations_are_paragraphs_of_their_own() {
    let r = ga("A_60_PV_25");
    let paragraphs: Vec<&String> = r.speeches.iter().flat_map(|s| &s.paragraphs).collect();
    let quote = paragraphs
        .iter()
        .position(|p| p.starts_with("“Our generation is the first to have the knowledge"))
        .expect("the quotation opens a paragraph");
    assert!(paragraphs[quote].ends_with("in that state.” (A/60/1, para. 4)"));
    assert!(paragraphs[quote - 1].ends_with("As he says in his report,"));
    assert!(paragraphs[quote + 1].starts_with("Achieving the Millennium Development Goals"));
}

/// poppler emitted page 10 of S/PV.8702 as left, right, left, right: three of
/// Tunisia's paragraphs came before its label and read as France's. With the
/// columns put back, both speeches hold their paragraphs in printed order.
#[test]
fn interleaved_columns_give_each_speaker_their_paragraphs() {
    let r = parse(&read(corpus_dir().join("raw/S_PV_8702.txt")));
    let by_country = |c: &str| {
        r.speeches
            .iter()
            .find(|s| s.country.as_deref() == Some(c))
            .unwrap_or_else(|| panic!("{c} speaks"))
    };
    let france = by_country("France");
    assert!(france
        .paragraphs
        .last()
        .unwrap()
        .starts_with("In conclusion, I would like to emphasize once"));
    let tunisia = by_country("Tunisia");
    let openings: Vec<String> = tunisia
        .paragraphs
        .iter()
        .map(|p| p.split(' ').take(3).collect::<Vec<_>>().join(" "))
        .collect();
    assert_eq!(
        openings,
        [
            "At the outset,",
            "I also wish",
            "I want also",
            "I thank the",
            "As my delegation",
            "Tunisia believes in",
            "Success in implementing",
            "We also reaffirm",
            "In conclusion, the",
        ]
    );
}
