//! Passages that poppler's reading order once put under another speaker,
//! each asserted in the speech the PDF gives it to (checked against the
//! page's layout) and, where it was, absent from the wrong one.

mod common;
use common::*;
use verbatim_core::Record;

fn parsed(relative: &str) -> Record {
    verbatim_core::parse(&read(corpus_dir().join(relative)))
}

/// The labels of the speeches whose paragraphs hold `passage`.
fn speakers_of(record: &Record, passage: &str) -> Vec<String> {
    record
        .speeches
        .iter()
        .filter(|s| s.paragraphs.iter().any(|p| p.contains(passage)))
        .map(|s| s.label.clone())
        .collect()
}

#[track_caller]
fn said_by(record: &Record, passage: &str, speaker: &str) {
    assert_eq!(
        speakers_of(record, passage),
        [speaker],
        "who says {passage:?}"
    );
}

/// S/PV.8699, p. 2: the President's two rule 39 invitations and the
/// Secretary-General's opening came out interleaved, the page's first
/// stray words ("begin", "its") keeping it from the column search.
#[test]
fn the_presidents_invitations_stay_the_presidents() {
    let r = parsed("raw/S_PV_8699.txt");
    said_by(
        &r,
        "I also invite the following to participate in the meeting: His Excellency Mr. Olof Skoog",
        "The President",
    );
    said_by(
        &r,
        "invite Her Excellency Mrs. Mary Robinson, Chair of The Elders",
        "The President",
    );
    said_by(
        &r,
        "Peace is our most precious value",
        "The Secretary-General",
    );
}

/// S/PV.8699, p. 22: Belgium's "In conclusion" came last on the page, after
/// the United States' label; p. 15: France's "To conclude" after
/// Indonesia's label.
#[test]
fn a_closing_paragraph_stays_with_its_speech() {
    let r = parsed("raw/S_PV_8699.txt");
    said_by(
        &r,
        "In conclusion, as a founding Member of the United Nations, Belgium remains committed",
        "Mr. Pecsteen de Buytswerve (Belgium) (spoke in French)",
    );
    said_by(
        &r,
        "Those notions fundamental to American democracy",
        "Mrs. Craft (United States of America)",
    );
    said_by(
        &r,
        "To conclude, I recall that building peace requires courage.",
        "Mr. De Rivière (France) (spoke in French)",
    );
    said_by(
        &r,
        "Modernizing our Organization is critical",
        "Mr. De Rivière (France) (spoke in French)",
    );
}

/// S/PV.8699, p. 60: Malaysia's second paragraph came between the floor
/// given to Malaysia and Malaysia's label, inside Pakistan's speech.
#[test]
fn the_speaker_follows_the_floor_given_to_it() {
    let r = parsed("raw/S_PV_8699.txt");
    said_by(
        &r,
        "My delegation aligns itself with the statements to be made by the representatives of Azerbaijan",
        "Mr. Aidid (Malaysia)",
    );
}

/// S/PV.8699 (Resumption 1), p. 16: Ireland's last paragraphs sat under the
/// United Arab Emirates, whose floor ("the United Arab Emirates") poppler
/// emitted after its label ("(United Arab Emirates)").
#[test]
fn a_floor_given_to_a_country_with_an_article_finds_its_label() {
    let r = parsed("raw/S_PV_8699_Resumption_1.txt");
    said_by(
        &r,
        "We know that common challenges call for common responses",
        "Mr. Flynn (Ireland)",
    );
    said_by(
        &r,
        "The Security Council at present is, frankly, failing",
        "Mr. Flynn (Ireland)",
    );
}

/// S/PV.8700, p. 12: Syria's last paragraphs sat under the President, whose
/// question to the Russian Federation wants its answer next.
#[test]
fn a_question_from_the_chair_is_answered_next() {
    let r = parsed("raw/S_PV_8700.txt");
    for passage in [
        "Seventh, OCHA and the Monitoring Mechanism",
        "They control our border crossings with Turkey",
        "In conclusion, my delegation reiterates",
    ] {
        said_by(
            &r,
            passage,
            "Mr. Ja’afari (Syrian Arab Republic) (spoke in Arabic)",
        );
    }
}

/// S/PV.8702, p. 4: a language note alone on its line kept the page from
/// the column search, and the United Kingdom's welcome of President Duque's
/// announcement sat in the Special Representative's briefing.
#[test]
fn a_language_note_does_not_stop_the_column_search() {
    let r = parsed("raw/S_PV_8702.txt");
    said_by(
        &r,
        "I should also like to welcome the announcement by President Duque",
        "Ms. Pierce (United Kingdom)",
    );
}

/// A/76/PV.102, pp. 10-11: Malaysia's statement was split between the
/// President and the Secretariat; Pakistan's statement for the Group of 77
/// sat under the President and the Secretariat. A delegation naming itself
/// ("Malaysia welcomes") and the President alone giving the floor tell the
/// columns apart.
#[test]
fn general_assembly_statements_stay_whole() {
    let r = parsed("ga/raw/A_76_PV_102.txt");
    for passage in [
        "Malaysia welcomes the submission of draft resolution A/76/L.85",
        "Malaysia fully supports the establishment of the Youth Office",
        "Let me conclude by reaffirming Malaysia’s full commitment",
    ] {
        said_by(&r, passage, "Mr. Rizal (Malaysia)");
    }
    for passage in [
        "I have the honour to deliver this explanation of position",
        "Allow me, first of all, to express our Group’s appreciation",
        "The Group decided not to break silence",
    ] {
        said_by(&r, passage, "Mr. Rashid (Pakistan)");
    }
    said_by(
        &r,
        "The request contained in operative paragraphs 3, 4, 5 and 21",
        "Ms. Sharma (Department for General Assembly and Conference Management)",
    );
    // p. 7: Japan's closing paragraph, then China, then Brazil.
    said_by(
        &r,
        "In conclusion, I would like to reaffirm Japan’s full commitment",
        "Mr. Mizuta (Japan)",
    );
    let order: Vec<&str> = r.speeches.iter().map(|s| s.label.as_str()).collect();
    let china = order.iter().position(|l| l.starts_with("Mr. Dai Bing"));
    let brazil = order.iter().position(|l| l.starts_with("Mr. Costa Filho"));
    assert!(china < brazil, "China speaks before Brazil: {order:?}");
}

/// A/76/PV.102 prints Morocco's label with the language first: "Mr. Hilale
/// (spoke in French) (Morocco):". Unread, its six paragraphs sat under China.
#[test]
fn a_label_with_the_language_before_the_country_opens_its_speech() {
    let r = parsed("ga/raw/A_76_PV_102.txt");
    let morocco = r
        .speeches
        .iter()
        .find(|s| s.label == "Mr. Hilale (spoke in French) (Morocco)")
        .expect("Morocco's speech");
    assert_eq!(morocco.country.as_deref(), Some("Morocco"));
    assert_eq!(morocco.language.as_deref(), Some("French"));
    assert!(morocco.paragraphs.len() >= 5, "{:?}", morocco.paragraphs);
}

/// "It was so decided." (also "It was so decided (decision 76/423).") is the
/// General Assembly's italic stage direction, not the President's words.
#[test]
fn a_decision_without_a_vote_is_a_stage_direction() {
    for (name, count) in [
        ("ga/raw/A_60_PV_25.txt", 2),
        ("ga/raw/A_65_PV_71.txt", 14),
        ("ga/raw/A_76_PV_102.txt", 22),
    ] {
        let r = parsed(name);
        assert!(
            !r.speeches
                .iter()
                .any(|s| s.paragraphs.iter().any(|p| p.contains("It was so decided"))),
            "{name}: in a paragraph"
        );
        let directions = r
            .body
            .iter()
            .filter(|b| matches!(b, verbatim_core::Block::Narrative { text, .. } if text.starts_with("It was so decided")))
            .count();
        assert_eq!(directions, count, "{name}");
    }
}

/// Paragraph order within one speech, where every block of a page ends a
/// sentence and opens another, so seams and balance tie: a block whose
/// last line is full (its paragraph goes on at the top of the next
/// column) is its column's foot. S/PV.8707 p. 7, the United Kingdom's
/// statement, in the PDF's order (it once read "The United Kingdom has long
/// supported …" four paragraphs early, and "As recently as three days ago
/// …" cut from "On 11 January alone …").
#[test]
fn a_full_last_line_ends_its_column() {
    let record = parsed("raw/S_PV_8707.txt");
    let uk = record
        .speeches
        .iter()
        .find(|s| s.label.starts_with("Mr. Allen"))
        .expect("the United Kingdom's statement");
    let text = uk.paragraphs.join(" ");
    let order = [
        "We are appalled",
        "The population density",
        "On 11 January alone",
        "As recently as three days ago",
        "While all eyes are on the north-west",
        "The United Kingdom has long supported",
        "The United Kingdom is grateful",
    ];
    let at: Vec<usize> = order
        .iter()
        .map(|p| text.find(p).unwrap_or_else(|| panic!("{p:?} missing")))
        .collect();
    assert!(at.windows(2).all(|w| w[0] < w[1]), "{order:?} at {at:?}");
}
