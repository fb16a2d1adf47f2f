//! The record grammar, read by hand: what page furniture, a speaker label,
//! a stage direction, an interpretation note, an agenda heading and a vote
//! result look like.
//!
//! Kept in one place so the grammar can be read as a whole. Each reader was
//! first a regular expression; the expressions are kept, for the tests only,
//! in `grammar::reference`, and the tests hold each reader to its expression
//! on every line of the corpus and on generated lines.

use super::classes::{is_capital, is_letter, is_mark, is_pattern_space, is_small, is_word_byte};
use super::lexicon;
use super::scan::{is_boundary, Scan};
use crate::input::text::starts_with_any;
use std::sync::LazyLock;

/// Forms of address that open a speaker label.
pub const TITLE_WORDS: [&str; 46] = [
    "Mr.",
    "Ms.",
    "Mrs.",
    "Miss",
    "Mx.",
    "Dr.",
    "Sir",
    "Dame",
    "Lord",
    "Lady",
    "Baroness",
    "Baron",
    "Monsignor",
    "Msgr.",
    "Archbishop",
    "Bishop",
    "Cardinal",
    "Sheikha",
    "Sheikh",
    "Shaikh",
    "Judge",
    "Justice",
    "Princess",
    "Prince",
    "King",
    "Queen",
    "Crown Prince",
    "Emir",
    "Sultan",
    "Professor",
    "Prof.",
    "Reverend",
    "Rev.",
    "Father",
    "Sister",
    "Imam",
    "Rabbi",
    "General",
    "Ambassador",
    // French and Spanish records (`lexicon::TITLES`).
    "M.",
    "Mme",
    "Mlle",
    "MM.",
    "Sr.",
    "Sra.",
    "Srta.",
];

/// Offices as records of the 1990s print them after `The` (`The PRESIDENT
/// (interpretation from Russian):`), with the office the model names.
pub const OFFICES_IN_CAPITALS: [&str; 5] = [
    "PRESIDENT",
    "ACTING PRESIDENT",
    "SECRETARY-GENERAL",
    "CHAIRMAN",
    "TEMPORARY PRESIDENT",
];

/// The office the model names for one printed in capitals, or in French or
/// Spanish after its article (`PRESIDENT`, `Le Président`, `La Presidenta
/// interina`); an English office as printed is its own name.
pub fn office_in_english(printed: &str) -> &str {
    match printed {
        "PRESIDENT" => "President",
        "ACTING PRESIDENT" => "Acting President",
        "SECRETARY-GENERAL" => "Secretary-General",
        "CHAIRMAN" => "Chairman",
        "TEMPORARY PRESIDENT" => "Temporary President",
        _ => {
            for (office, english) in lexicon::OFFICES {
                if let Some(rest) = printed.strip_prefix(office) {
                    if rest.is_empty() {
                        return english;
                    }
                    if english == "President" && lexicon::ACTING.contains(&rest) {
                        return "Acting President";
                    }
                }
            }
            printed
        }
    }
}

/// Could a label start this line? A cheap prefix test before [`read_label`].
pub fn may_start_label(t: &str) -> bool {
    const OFFICES: [&str; 8] = [
        "President",
        "Acting President",
        "Secretary-General",
        "Deputy Secretary-General",
        "Chair",
        "Vice-President",
        "Co-Chair",
        "Acting Chair",
    ];
    let Some(&first) = t.as_bytes().first() else {
        return false;
    };
    if !first.is_ascii_uppercase() {
        return false;
    }
    // A slice pattern, not `strip_prefix`: that is a `memcmp` call in the
    // browser's size-optimised build, and this runs on every line.
    if let [b'T', b'h', b'e', b' ', ..] = t.as_bytes() {
        return starts_with_any(&t[4..], &OFFICES)
            || starts_with_any(&t[4..], &OFFICES_IN_CAPITALS);
    }
    // `Le Président`, `El Presidente`, `La Presidenta`.
    if let [b'L' | b'E', b'e' | b'a' | b'l', b' ', ..] = t.as_bytes() {
        if lexicon::OFFICES.iter().any(|(o, _)| t.starts_with(o)) {
            return true;
        }
    }
    starts_with_any(t, &TITLES_BY_INITIAL[usize::from(first - b'A')])
}

/// [`TITLE_WORDS`], each with the space that follows it in a label, by
/// initial capital, so a line is compared only with the titles that share
/// its first letter (this test runs on every line).
static TITLES_BY_INITIAL: LazyLock<[Vec<String>; 26]> = LazyLock::new(|| {
    let mut table: [Vec<String>; 26] = Default::default();
    for w in TITLE_WORDS {
        table[usize::from(w.as_bytes()[0] - b'A')].push(format!("{w} "));
    }
    table
});

/// Is this line the start of a stage direction? (A cheap first-word filter
/// keeps the full reading of the grammar off ordinary speech lines.)
pub fn is_narrative(t: &str) -> bool {
    // French and Spanish records (`La séance est ouverte à 15 h 5.`).
    if lexicon::opens_direction(t) || lexicon::opens_editorial_note(t) {
        return true;
    }
    // The General Assembly's decision without a vote, printed in italics on
    // a line of its own after the President's question.
    if t.starts_with("It was so decided") {
        return opens_stage_direction(t);
    }
    // The opening words of each branch of the grammar, by first letter
    // (this runs on every line; most open with none of them).
    const AFTER_THE: [&str; 10] = [
        "meeting",
        "agenda",
        "draft",
        "oral",
        "amendment",
        "members of",
        "President returned",
        "Acting President returned",
        "motion",
        "proposal",
    ];
    let opener = match t.as_bytes().first() {
        Some(b'T') => t
            .strip_prefix("The ")
            .is_some_and(|rest| AFTER_THE.iter().any(|o| rest.starts_with(o))),
        Some(b'A') => ["A vote", "A recorded", "A minute"]
            .iter()
            .any(|o| t.starts_with(o)),
        Some(b'D' | b'd') => t.starts_with("Draft") || t.starts_with("draft"),
        Some(b'M') => false,
        _ if t.as_bytes().last() == Some(&b'.') && t.ends_with("Chair.") => false,
        _ => return false,
    };
    let escorted = || {
        (t.starts_with("Mr. ") || t.starts_with("Ms. ") || t.starts_with("Mrs. "))
            && t.contains("escorted")
    };
    // Each branch of the grammar names what happened; a line without those
    // words ("The members of the Council know …", "The draft resolution
    // before us …", frequent in speeches) is not read further.
    let worth_matching = || {
        if t.starts_with("The members of") {
            t.contains("observed")
        } else if t.starts_with("The meeting")
            || t.starts_with("The agenda")
            || t.starts_with('A')
            || t.starts_with("The President")
            || t.starts_with("The Acting")
        {
            true
        } else {
            t.contains("adopted") || t.contains("rejected")
        }
    };
    if (opener && worth_matching() || escorted()) && opens_stage_direction(t) {
        return true;
    }
    takes_the_chair(t)
}

/// A note that someone took the Chair, whole on one line: "Mr. Muhith
/// (Bangladesh), Vice-President, took the Chair." (the 2000s print "took
/// the chair."; records since 2024 open with "…, Vice-President, in the
/// Chair"). Short, so a speech's sentence about a chair is not taken.
pub fn takes_the_chair(t: &str) -> bool {
    // (Asked of every line: its last bytes decide for almost all.)
    let t = t.strip_suffix('.').unwrap_or(t);
    t.ends_with("hair")
        && t.len() < 160
        && t.starts_with(|c: char| c.is_ascii_uppercase())
        && (t.ends_with("took the Chair")
            || t.ends_with("took the chair")
            || t.ends_with(", in the Chair"))
}

/// Does an outcome's sentence say the proposal failed: rejected, not
/// adopted, failed; in French and Spanish "n’est pas adopté", "rejeté",
/// "no queda aprobado", "rechazado"? (Shared by the vote's `adopted` and
/// the outline's outcomes.)
pub fn states_rejection(text: &str) -> bool {
    let lower = text.to_lowercase().replace('’', "'");
    [
        "rejected",
        "failed",
        "not been adopted",
        "not adopted",
        "pas adopté",
        "rejeté",
        "no queda aprobado",
        "rechazado",
    ]
    .iter()
    .any(|w| lower.contains(w))
}

/// The first line of an outcome broken before its verb ("Draft resolution
/// IV, as orally corrected, was" / "adopted (resolution 65/209)."): the
/// one-line reading needs the verb on the line.
pub fn outcome_over(t: &str, next: &str) -> bool {
    // (Asked of every line: the rare ending first.)
    if !(t.ends_with(" was") || t.ends_with(" were")) {
        return false;
    }
    let opens = [
        "Draft ",
        "The draft ",
        "The oral ",
        "The amendment",
        "The motion",
        "The proposal",
    ]
    .iter()
    .any(|o| t.starts_with(o));
    opens
        && ["adopted", "rejected", "not adopted"]
            .iter()
            .any(|v| next.starts_with(v))
        && opens_stage_direction(&format!("{t} {next}"))
}

/// The first line of a chair note broken over two ("…, Vice-President,
/// took" / "the Chair."): true when `t` and `next` together read as one.
pub fn takes_the_chair_over(t: &str, next: &str) -> bool {
    // (Asked of every line: the rare ending first.)
    next.len() < 40
        && (next.ends_with("hair.") || next.ends_with("hair"))
        && t.contains("President")
        && takes_the_chair(&format!("{t} {next}"))
}

/// A space, then anything but a line break, then a space, then `rest`
/// reads to the end: tried at every place the second space may stand.
fn gap_then(s: Scan<'_>, rest: &dyn Fn(Scan<'_>) -> bool) -> bool {
    let mut g = s;
    if !g.space() {
        return false;
    }
    let from = g.at();
    for (k, c) in g.rest().char_indices() {
        if c.is_ascii()
            && is_pattern_space(c as u8)
            && rest(Scan::at_offset(g.text(), from + k + 1))
        {
            return true;
        }
        if c == '\n' {
            break;
        }
    }
    false
}

/// A meeting record's symbol up to its number: `A`, `S` or `E`, a space
/// maybe if `spaced` (`S /PV.`), a slash, maybe a session and a slash
/// (`A/58/`; an emergency special or special session's `A/ES-11/`,
/// `A/S-27/`), then `PV.`.
pub(crate) fn pv_prefix(mut s: Scan<'_>, spaced: bool) -> Option<Scan<'_>> {
    s.char_if(|c| matches!(c, 'A' | 'S' | 'E'))?;
    if spaced {
        s.opt_space();
    }
    if !s.lit("/") {
        return None;
    }
    let mut session = s;
    let _ = session.one_of(&["ES-", "S-"]);
    if session.digits(1, usize::MAX).is_some() && session.lit("/") {
        s = session;
    }
    s.lit("PV.").then_some(s)
}

/// [`pv_prefix`], then a space maybe and the meeting's number.
fn pv_symbol(s: Scan<'_>, spaced: bool) -> Option<Scan<'_>> {
    let mut s = pv_prefix(s, spaced)?;
    s.opt_space();
    s.digits(1, usize::MAX)?;
    Some(s)
}

/// ` (Resumption 1)`: a space, then the word and a number in parentheses.
pub(crate) fn resumption(mut s: Scan<'_>) -> Option<Scan<'_>> {
    (s.space()
        && s.lit("(Resumption")
        && s.space()
        && s.digits(1, usize::MAX).is_some()
        && s.lit(")"))
    .then_some(s)
}

/// ` (E)`, the mark of an English original, after a space.
fn english(mut s: Scan<'_>) -> Option<Scan<'_>> {
    (s.space() && s.one_of(&["(E)", "(F)", "(S)"]).is_some()).then_some(s)
}

/// A date, `08/01/2020`: two digits, two digits and four, slash-separated.
fn date(mut s: Scan<'_>) -> Option<Scan<'_>> {
    (s.digits(2, 2).is_some()
        && s.lit("/")
        && s.digits(2, 2).is_some()
        && s.lit("/")
        && s.digits(4, 4).is_some())
    .then_some(s)
}

/// A job number, `20-00806`: two digits, a hyphen and five digits.
fn job_number(mut s: Scan<'_>) -> Option<Scan<'_>> {
    (s.digits(2, 2).is_some() && s.lit("-") && s.digits(5, 5).is_some()).then_some(s)
}

/// A page number, `3/18` (one to three digits each side of a slash): every
/// way it reads here (the second number may be
/// followed by more digits), longest first.
fn page_numbers(mut s: Scan<'_>) -> Vec<Scan<'_>> {
    if s.digits(1, 3).is_none() || !s.lit("/") {
        return Vec::new();
    }
    let n = s
        .rest()
        .bytes()
        .take(3)
        .take_while(u8::is_ascii_digit)
        .count();
    (1..=n)
        .rev()
        .map(|k| {
            let mut p = s;
            p.digits(k, k);
            p
        })
        .collect()
}

/// A space maybe, then `then`: with the space first, then without.
fn maybe_space_then<'a, T>(s: Scan<'a>, then: impl Fn(Scan<'a>) -> Option<T>) -> Option<T> {
    let mut spaced = s;
    if spaced.space() {
        if let Some(t) = then(spaced) {
            return Some(t);
        }
    }
    then(s)
}

/// Page furniture by shape, the whole line: a symbol header (`S/PV.8699`,
/// `S /PV. 8699 (Resumption 1) (E)`); a date; a page number, maybe with a
/// job number and `(E)`; a job number, maybe with `(E)` and a page number;
/// a barcode (`*2000806*`); and the one-line headers and footers of a
/// browser PDF viewer's copy, a date and a symbol either way round with
/// anything between. The tests hold this reader to its reference pattern,
/// `reference::FURNITURE`, on every line of the corpus and on generated
/// lines.
pub fn is_furniture_shape(t: &str) -> bool {
    let start = Scan::new(t);
    let ends = |s: Scan<'_>| s.done();
    let ends_maybe_english = |s: Scan<'_>| english(s).is_some_and(ends) || ends(s);
    // A symbol header.
    let header = pv_symbol(start, true).is_some_and(|s| {
        [resumption(s), Some(s)]
            .into_iter()
            .flatten()
            .any(ends_maybe_english)
    });
    // A date; a page number, maybe with a job number; a job number, maybe
    // with a page number; a barcode.
    let numbers = || {
        date(start).is_some_and(ends)
            || page_numbers(start).into_iter().any(|p| {
                ends(p)
                    || maybe_space_then(p, |j| job_number(j).filter(|&j| ends_maybe_english(j)))
                        .is_some()
            })
            || job_number(start).is_some_and(|j| {
                [english(j), Some(j)].into_iter().flatten().any(|j| {
                    ends(j)
                        || maybe_space_then(j, |p| page_numbers(p).into_iter().find(|&p| ends(p)))
                            .is_some()
                })
            })
            || {
                let mut b = start;
                b.lit("*") && b.digits(5, usize::MAX).is_some() && b.lit("*") && b.done()
            }
    };
    // A browser viewer's header or footer: a date and a symbol, either way round.
    let viewer_lines = || {
        let symbol_to_end = |s: Scan<'_>| {
            pv_symbol(s, false).is_some_and(|s| resumption(s).is_some_and(ends) || ends(s))
        };
        let date_to_end = |s: Scan<'_>| date(s).is_some_and(ends);
        // (A General Assembly page since 2024 heads its symbol with the
        // date alone: `A/79/PV.42 09/12/2024`.)
        let space_then = |s: Scan<'_>, rest: &dyn Fn(Scan<'_>) -> bool| {
            let mut g = s;
            g.space() && rest(g)
        };
        date(start).is_some_and(|d| gap_then(d, &symbol_to_end) || space_then(d, &symbol_to_end))
            || pv_symbol(start, false).is_some_and(|s| {
                [resumption(s), Some(s)]
                    .into_iter()
                    .flatten()
                    .any(|s| gap_then(s, &date_to_end) || space_then(s, &date_to_end))
            })
    };
    header || numbers() || viewer_lines()
}

/// After `from`, anywhere before a line break, a word boundary, `was` or
/// `were`, and `adopted`, `rejected` or `not adopted`.
fn outcome_after(t: &str, from: usize) -> bool {
    let region = &t[from..];
    let region = &region[..region.find('\n').unwrap_or(region.len())];
    region.match_indices('w').any(|(k, _)| {
        let at = from + k;
        let mut s = Scan::at_offset(t, at);
        is_boundary(t, at)
            && s.one_of(&["was", "were"]).is_some()
            && s.space()
            && (s.lit("adopted") || s.lit("rejected") || s.words(&["not", "adopted"]))
    })
}

/// `The ` maybe, then `rest`: with the article first, then without.
fn maybe_the(s: Scan<'_>, rest: impl Fn(Scan<'_>) -> bool) -> bool {
    let mut the = s;
    (the.lit("The") && the.space() && rest(the)) || rest(s)
}

/// One of `nouns`, an optional plural `s`, then a word boundary: where the
/// text goes on.
fn noun_then_boundary<'a>(mut s: Scan<'a>, nouns: &[&'a str]) -> Option<usize> {
    s.one_of(nouns)?;
    let mut plural = s;
    if plural.lit("s") && is_boundary(s.text(), plural.at()) {
        return Some(plural.at());
    }
    is_boundary(s.text(), s.at()).then_some(s.at())
}

/// Does a stage direction open the line? The meeting called to order,
/// rising, suspended, resumed or adjourned; the agenda adopted; a
/// (recorded) vote taken; a draft resolution, decision or amendment, or an
/// (oral) amendment, motion or proposal, then later on the line adopted,
/// rejected or not adopted; the (Acting) President returning to the Chair;
/// a minute of silent prayer or meditation; the members of the Council or
/// the General Assembly observing it; `Mr.`, `Ms.` or `Mrs.` someone
/// escorted. The tests hold this reader to its reference pattern,
/// `reference::NARRATIVE`, on every line of the corpus and on generated
/// lines.
fn opens_stage_direction(t: &str) -> bool {
    if let Some(rest) = t.strip_prefix("It was so decided") {
        // "It was so decided." or "It was so decided (decision 76/423)."
        let decision = rest
            .strip_prefix(" (decision ")
            .and_then(|r| r.strip_suffix(")."))
            .is_some_and(|d| !d.is_empty() && !d.contains(['(', ')']));
        return rest == "." || decision;
    }
    let start = Scan::new(t);
    let reads = |words: &[&str]| {
        let mut s = start;
        s.words(words)
    };
    let meeting = {
        let mut s = start;
        s.words(&["The", "meeting"])
            && s.space()
            && [
                &["was", "called", "to", "order"][..],
                &["rose"],
                &["was", "suspended"],
                &["was", "resumed"],
                &["resumed"],
                &["was", "adjourned"],
            ]
            .iter()
            .any(|w| {
                let mut o = s;
                o.words(w)
            })
    };
    let vote = {
        let mut s = start;
        s.lit("A") && s.space() && {
            let mut recorded = s;
            (recorded.lit("recorded")
                && recorded.space()
                && recorded.words(&["vote", "was", "taken"]))
                || s.words(&["vote", "was", "taken"])
        }
    };
    let draft = maybe_the(start, |mut s| {
        s.char_if(|c| c == 'D' || c == 'd').is_some()
            && s.lit("raft")
            && s.space()
            && noun_then_boundary(s, &["resolution", "decision", "amendment"])
                .is_some_and(|end| outcome_after(t, end))
    });
    let proposal = maybe_the(start, |s| {
        let nouns = ["amendment", "motion", "proposal"];
        let mut oral = s;
        let after = |s| noun_then_boundary(s, &nouns).is_some_and(|end| outcome_after(t, end));
        (oral.lit("oral") && oral.space() && after(oral)) || after(s)
    });
    let president = {
        let mut s = start;
        s.lit("The") && s.space() && {
            let mut acting = s;
            let returned = ["President", "returned", "to", "the", "Chair"];
            (acting.lit("Acting") && acting.space() && acting.words(&returned))
                || s.words(&returned)
        }
    };
    let members = {
        let mut s = start;
        s.words(&["The", "members", "of", "the"])
            && s.space()
            && [&["Council"][..], &["General", "Assembly"]]
                .iter()
                .any(|w| {
                    let mut o = s;
                    o.words(w) && o.space() && o.lit("observed")
                })
    };
    let escorted = ["Mr", "Ms", "Mrs"].iter().any(|title| {
        let mut s = start;
        if !(s.lit(title) && s.lit(".") && s.space()) {
            return false;
        }
        // At least one character, no line break, then `was escorted` at a
        // word boundary.
        let from = s.at();
        let region = &t[from..];
        let region = &region[..region.find('\n').unwrap_or(region.len())];
        region.match_indices("was").any(|(k, _)| {
            let at = from + k;
            k > 0 && is_boundary(t, at) && Scan::at_offset(t, at).words(&["was", "escorted"])
        })
    });
    meeting
        || reads(&["The", "agenda", "was", "adopted"])
        || vote
        || draft
        || proposal
        || president
        || reads(&["A", "minute", "of", "silent", "prayer", "or", "meditation"])
        || members
        || escorted
}

/// A speaker label read at the start of a text.
#[derive(Debug, Default, Clone, Copy, PartialEq, Eq)]
pub struct Label<'a> {
    /// Byte offset of the label's colon.
    pub colon: usize,
    /// Where the label ends: after the colon and the space that follows it.
    pub end: usize,
    /// `President`, `Acting Chair`, `Secretary-General`, … (after `The`).
    pub office: Option<&'a str>,
    pub title: Option<&'a str>,
    pub name: Option<&'a str>,
    pub country: Option<&'a str>,
    pub role: Option<&'a str>,
    pub language: Option<&'a str>,
}

/// The particles a name may hold in lower case, in the order they are tried.
const PARTICLES: [&str; 26] = [
    "de", "da", "di", "del", "della", "dos", "das", "do", "du", "van", "von", "der", "den", "ter",
    "la", "le", "bin", "binti", "ibn", "bint", "al", "el", "y", "e", "af", "zu",
];

/// Could the label go on at `s` after a name word (a space, a parenthesis,
/// a comma, the colon, or the end)? A name word that stops anywhere else
/// cannot be part of a label: its other readings end inside a word.
fn after_name_word(s: Scan<'_>) -> bool {
    s.peek()
        .is_none_or(|c| matches!(c, '(' | ',' | ':') || (c.is_ascii() && is_pattern_space(c as u8)))
}

/// One word of a name: a capitalised word
/// (`Jürgenson`, `O’Brien`, `A.B.`), a particle (`de`, `bin`) or `al-`/`el-`
/// and a word, taking the reading the label can go on from.
pub(crate) fn name_word(s: Scan<'_>) -> Option<Scan<'_>> {
    let mut capital = s;
    if capital.char_if(is_capital).is_some() {
        capital.take_while(|c| {
            is_letter(c) || is_mark(c) || matches!(c, '’' | '\'' | '`' | '-' | '.')
        });
        return after_name_word(capital).then_some(capital);
    }
    for particle in PARTICLES {
        let mut p = s;
        if p.lit(particle) && after_name_word(p) {
            return Some(p);
        }
    }
    for prefix in ["al-", "el-"] {
        let mut p = s;
        if p.lit(prefix)
            && !p
                .take_while(|c| is_letter(c) || matches!(c, '’' | '\'' | '-'))
                .is_empty()
            && after_name_word(p)
        {
            return Some(p);
        }
    }
    None
}

/// What ends every label: maybe an interpretation note (`(spoke in
/// French)` or `speaking in`, `(interpretation from French)` in the 1990s,
/// `(parle en anglais)`, `(habla en inglés)`; a space maybe before it), then
/// a space maybe, the colon, and a space or the end.
fn label_end<'a>(s: Scan<'a>, mut label: Label<'a>) -> Option<Label<'a>> {
    let colon = |mut c: Scan<'_>| {
        c.opt_space();
        let at = c.at();
        if !c.lit(":") {
            return None;
        }
        (c.space() || c.done()).then_some((at, c.at()))
    };
    if let Some((l, language)) = language_group(s) {
        if let Some((at, end)) = colon(l) {
            label.language = Some(language);
            (label.colon, label.end) = (at, end);
            return Some(label);
        }
        // The country after the language, as A/76/PV.102 prints
        // "Mr. Hilale (spoke in French) (Morocco):".
        let mut c = l;
        c.opt_space();
        if label.country.is_none() && label.role.is_none() && c.lit("(") {
            let country_from = c.at();
            if c.char_if(is_capital).is_some()
                && !c.take_while(|ch| ch != '(' && ch != ')').is_empty()
            {
                let country = c.since(country_from);
                if c.lit(")") {
                    if let Some((at, end)) = colon(c) {
                        label.language = Some(language);
                        label.country = Some(country);
                        (label.colon, label.end) = (at, end);
                        return Some(label);
                    }
                }
            }
        }
    }
    let (at, end) = colon(s)?;
    (label.colon, label.end) = (at, end);
    Some(label)
}

/// An interpretation note in a label, a space maybe before it: the scan
/// after its `)` and the language in English (`(parle en russe)` gives
/// `Russian`).
fn language_group(s: Scan<'_>) -> Option<(Scan<'_>, &str)> {
    let mut l = s;
    l.opt_space();
    if !l.lit("(") {
        return None;
    }
    let mut english = l;
    if (english.one_of(&["spoke", "speaking"]).is_some()
        && english.space()
        && english.lit("in")
        && english.space())
        || (english.lit("interpretation")
            && english.space()
            && english.lit("from")
            && english.space())
    {
        let from = english.at();
        if english.char_if(is_capital).is_some() && !english.take_while(is_small).is_empty() {
            let language = english.since(from);
            return english.lit(")").then_some((english, language));
        }
        return None;
    }
    let mut other = l;
    if other.one_of(&["parle", "habla"]).is_some()
        && other.space()
        && other.lit("en")
        && other.space()
    {
        let word = other.take_while(|c| c != ')');
        let language = lexicon::language_in_english(word)?;
        return other.lit(")").then_some((other, language));
    }
    None
}

/// A speaker label at the start of `text`, up to and including its colon:
/// `The` and an office (`President`, `Acting Chair`, `Deputy
/// Secretary-General`, `Vice-President`, …), or one of [`TITLE_WORDS`] and a
/// name of one or more words, maybe `(Country)` (which may hold one
/// parenthesis of its own) and maybe `, Role` (opening with a capital, `on
/// behalf` or `speaking`); then maybe `(spoke in French)`, and the colon.
/// The tests hold this reader to its reference pattern, `reference::LABEL`,
/// on every label-like line of the corpus and on generated ones.
pub fn read_label(text: &str) -> Option<Label<'_>> {
    let start = Scan::new(text);
    let mut the = start;
    if the.lit("The") && the.space() {
        let from = the.at();
        let mut offices: Vec<Scan<'_>> = Vec::new();
        for acting in [true, false] {
            let mut a = the;
            if acting && !(a.lit("Acting") && a.space()) {
                continue;
            }
            for office in ["President", "Chair", "Chairman", "Chairperson", "Co-Chair"] {
                let mut o = a;
                if o.lit(office) {
                    offices.push(o);
                }
            }
        }
        for deputy in [true, false] {
            let mut d = the;
            if deputy && !(d.lit("Deputy") && d.space()) {
                continue;
            }
            if d.lit("Secretary-General") {
                offices.push(d);
            }
        }
        let mut v = the;
        if v.lit("Vice-President") {
            offices.push(v);
        }
        for office in OFFICES_IN_CAPITALS {
            let mut c = the;
            if c.lit(office) {
                offices.push(c);
            }
        }
        return offices.into_iter().find_map(|o| {
            let label = Label {
                office: Some(office_in_english(o.since(from))),
                ..Label::default()
            };
            label_end(o, label)
        });
    }
    // A French or Spanish office after its article, maybe acting.
    if matches!(text.as_bytes(), [b'L' | b'E', ..]) {
        let mut offices: Vec<Scan<'_>> = Vec::new();
        for (office, english) in lexicon::OFFICES {
            let mut o = start;
            if o.lit(office) {
                if english == "President" {
                    for acting in lexicon::ACTING {
                        let mut a = o;
                        if a.lit(acting) {
                            offices.push(a);
                        }
                    }
                }
                offices.push(o);
            }
        }
        if !offices.is_empty() {
            return offices.into_iter().find_map(|o| {
                let label = Label {
                    office: Some(office_in_english(o.since(start.at()))),
                    ..Label::default()
                };
                label_end(o, label)
            });
        }
    }
    let title = TITLE_WORDS.iter().find_map(|w| {
        let mut t = start;
        let read = match w.split_once(' ') {
            Some((first, second)) => t.words(&[first, second]),
            None => t.lit(w),
        };
        (read && t.space()).then_some((t, w))
    });
    let (after_title, _) = title?;
    let title_text = &text[..after_title.at() - 1];
    let mut s = after_title;
    // The name: words separated by one space, as many as there are.
    let name_from = s.at();
    s = name_word(s)?;
    loop {
        let mut next = s;
        match next.space().then(|| name_word(next)).flatten() {
            Some(after) => s = after,
            None => break,
        }
    }
    let name = s.since(name_from);
    let mut label = Label {
        title: Some(title_text),
        name: Some(name),
        ..Label::default()
    };
    // `(Country)`, which may hold one parenthesis of its own.
    let mut c = s;
    c.opt_space();
    if c.lit("(") {
        let from = c.at();
        let not_paren = |ch: char| ch != '(' && ch != ')';
        if c.char_if(is_capital).is_some() && !c.take_while(not_paren).is_empty() {
            let mut nested = c;
            if nested.lit("(") && !nested.take_while(not_paren).is_empty() && nested.lit(")") {
                c = nested;
            }
            c.take_while(not_paren);
            let country = c.since(from);
            if c.lit(")") {
                label.country = Some(country);
                s = c;
            }
        }
    }
    // `, Role`.
    let mut r = s;
    if r.lit(",") && r.space() {
        let from = r.at();
        let opens = {
            let mut o = r;
            if o.char_if(is_capital).is_some() || o.words(&["on", "behalf"]) || o.lit("speaking") {
                r = o;
                true
            } else {
                false
            }
        };
        if opens && !r.take_while(|ch| !matches!(ch, '(' | ')' | ':')).is_empty() {
            label.role = Some(r.since(from));
            s = r;
        }
    }
    label_end(s, label)
}

/// `(side, names)` when the line opens a vote list: `In favour:` /
/// `Against:` / `Abstaining:` (or `Abstentions:`), the list possibly
/// following on the same line.
pub fn vote_list(t: &str) -> Option<(&'static str, &str)> {
    // "In favour", "Against", "Abstaining", "Abstentions": two bytes decide
    // for almost every line (many open with "I" or "A").
    // French and Spanish: `Votent pour :`, `Votos en contra:`, …
    let abroad = || {
        lexicon::VOTE_SIDES.iter().find_map(|&(printed, side)| {
            let rest = t.strip_prefix(printed)?.trim_start().strip_prefix(':')?;
            Some((side, rest.trim()))
        })
    };
    if !matches!(t.as_bytes(), [b'I', b'n', ..] | [b'A', b'g' | b'b', ..]) {
        if matches!(t.as_bytes(), [b'V', b'o', ..] | [b'S', b'\xE2' | b'\'', ..]) {
            return abroad();
        }
        return None;
    }
    for side in ["In favour", "Against", "Abstaining", "Abstentions"] {
        if let Some(rest) = t.strip_prefix(side) {
            if let Some(rest) = rest.trim_start().strip_prefix(':') {
                return Some((
                    if side == "Abstentions" {
                        "Abstaining"
                    } else {
                        side
                    },
                    rest.trim(),
                ));
            }
        }
    }
    // ("Abstenciones:" opens like the English sides.)
    if t.starts_with("Abst") {
        abroad()
    } else {
        None
    }
}

/// `(spoke in French)` (or `speaking in`, or the 1990s' `interpretation
/// from`) alone on a line, the language one capitalised word; or a French
/// or Spanish note ([`lexicon::SPOKE_IN`]) with a language it knows. A test holds it to its reference pattern,
/// `reference::LANGUAGE_NOTE`, on every line of the corpus.
pub fn is_language_note(t: &str) -> bool {
    // Asked of every line: one byte decides for almost all (see
    // `is_agenda_heading`).
    if t.as_bytes().first() != Some(&b'(') {
        return false;
    }
    let Some(rest) = t
        .strip_prefix("(spoke in ")
        .or_else(|| t.strip_prefix("(speaking in "))
        .or_else(|| t.strip_prefix("(interpretation from "))
    else {
        // French and Spanish: `(l’orateur poursuit en russe)`, `(continúa
        // en ruso)`, `(parle en anglais)`.
        return lexicon::SPOKE_IN.iter().any(|opening| {
            t[1..]
                .strip_prefix(opening)
                .and_then(|rest| rest.strip_suffix(')'))
                .is_some_and(|word| lexicon::language_in_english(word).is_some())
        });
    };
    let Some(language) = rest.strip_suffix(')') else {
        return false;
    };
    let mut chars = language.chars();
    chars.next().is_some_and(is_capital) && !chars.as_str().is_empty() && chars.all(is_small)
}

/// A sub-item of an agenda item: `(a) Implementation of human rights
/// instruments`, `(ii) Appointment of …` (a letter or roman numeral in
/// parentheses, then a capital).
pub fn opens_sub_item(t: &str) -> bool {
    let Some(rest) = t.strip_prefix('(') else {
        return false;
    };
    let Some((mark, title)) = rest.split_once(") ") else {
        return false;
    };
    (1..=4).contains(&mark.len())
        && mark.bytes().all(|b| b.is_ascii_lowercase())
        && (mark.len() == 1 || mark.bytes().all(|b| matches!(b, b'i' | b'v' | b'x')))
        && title.starts_with(|c: char| c.is_uppercase())
}

/// `Agenda item 27` (or `Agenda items 27 and 28`, `Agenda item 12 (a)`) or
/// `Adoption of the agenda` opening a line, a word ending there. A test
/// holds it to its reference pattern, `reference::AGENDA_HEADING`, on every
/// line of the corpus. Whatever follows the first number, the word boundary
/// holds right after it exactly when it holds at all, so the number decides.
pub fn is_agenda_heading(t: &str) -> bool {
    // Asked of every line. A byte compare first: the size-optimised browser
    // build calls `memcmp` for each `strip_prefix` of a literal.
    if t.as_bytes().first() != Some(&b'A') {
        return false;
    }
    let after_word_boundary = |rest: &str| !rest.bytes().next().is_some_and(is_word_byte);
    if let Some(rest) = t.strip_prefix("Adoption of the agenda") {
        return after_word_boundary(rest);
    }
    let Some(rest) = t.strip_prefix("Agenda item") else {
        return false;
    };
    let rest = rest.strip_prefix('s').unwrap_or(rest);
    let Some(rest) = rest.strip_prefix(' ') else {
        return false;
    };
    let digits = rest.bytes().take_while(u8::is_ascii_digit).count();
    digits > 0 && after_word_boundary(&rest[digits..])
}

/// The first resolution or decision a vote result names, as a symbol: `as
/// resolution 2504 (2020)` gives `S/RES/2504 (2020)`, `(resolution 65/188)`
/// gives `A/RES/65/188`, `(resolution ES-11/1)` gives `A/RES/ES-11/1`,
/// `(decision 65/530)` gives `A/DEC/65/530`: the word `resolution`, one
/// space, then one to four digits and a year in parentheses (a space maybe
/// between), or a session and a slash, one to three digits and a capital
/// maybe; or the word `decision`, one space and the latter. A session is two
/// or three digits, or `S-` or `ES-` and one or two (a special or emergency
/// special session). The first place that reads wins, the Security
/// Council's form first. A test holds it to its reference pattern,
/// `reference::RESULT_RESOLUTION`, on every line of the corpus.
pub fn result_resolution(text: &str) -> Option<String> {
    let b = text.as_bytes();
    let digits_at = |at: usize| {
        b[at.min(b.len())..]
            .iter()
            .take_while(|c| c.is_ascii_digit())
            .count()
    };
    let mut words: Vec<(usize, &str)> = text.match_indices("resolution").collect();
    words.extend(text.match_indices("decision"));
    words.sort_unstable();
    for (at, word) in words {
        let word_start = at == 0 || !is_word_byte(b[at - 1]);
        let space = at + word.len();
        if !word_start || !b.get(space).is_some_and(|&c| is_pattern_space(c)) {
            continue;
        }
        let number = space + 1;
        let run = digits_at(number);
        // `2504 (2020)`: the whole run of one to four digits, an optional
        // space, then four digits in parentheses.
        if word == "resolution" && (1..=4).contains(&run) {
            let mut open = number + run;
            if b.get(open).is_some_and(|&c| is_pattern_space(c)) {
                open += 1;
            }
            if b.get(open) == Some(&b'(')
                && digits_at(open + 1) >= 4
                && b.get(open + 5) == Some(&b')')
            {
                return Some(format!(
                    "S/RES/{} ({})",
                    &text[number..number + run],
                    &text[open + 1..open + 5]
                ));
            }
        }
        // `65/188`, `46/182 B`, `ES-11/1`: a session, a slash, one to three
        // digits and an optional capital.
        let prefix = ["ES-", "S-"]
            .into_iter()
            .find(|p| text[number..].starts_with(p))
            .map_or(0, str::len);
        let run = digits_at(number + prefix);
        let session = if prefix > 0 { 1..=2 } else { 2..=3 };
        let slash = number + prefix + run;
        if session.contains(&run) && b.get(slash) == Some(&b'/') {
            let tail = digits_at(slash + 1).min(3);
            if tail > 0 {
                let mut end = slash + 1 + tail;
                if b.get(end).is_some_and(u8::is_ascii_uppercase) {
                    end += 1;
                }
                let kind = if word == "resolution" { "RES" } else { "DEC" };
                return Some(format!("A/{kind}/{}", &text[number..end]));
            }
        }
    }
    None
}

/// The counts a recorded vote's result states, in favour, against and
/// abstaining: `adopted by 109 votes to 41, with 35 abstentions` (or
/// `rejected by`; without the abstentions, none), `received 11 votes in
/// favour, none against and 4 abstentions` (or only `received 15 votes in
/// favour`: the rest none). A count is one to three digits or a number word
/// (`none`, `no`, `zero` … `ten`) ending a word. The first place that reads
/// wins. A test holds it to its reference pattern, `reference::VOTE_COUNTS`,
/// on every line and result of the corpus.
pub fn stated_vote_counts(text: &str) -> Option<[u32; 3]> {
    for at in 0..text.len() {
        if !matches!(text.as_bytes()[at], b'a' | b'r') {
            continue;
        }
        let rest = &text[at..];
        let read = if let Some(r) = rest
            .strip_prefix("adopted by ")
            .or_else(|| rest.strip_prefix("rejected by "))
        {
            counts_after_by(r)
        } else if let Some(r) = rest.strip_prefix("received ") {
            counts_after_received(r)
        } else {
            None
        };
        if read.is_some() {
            return read;
        }
    }
    None
}

/// A count opening `t` (see [`stated_vote_counts`]), and what follows it.
fn vote_count(t: &str) -> Option<(u32, &str)> {
    let b = t.as_bytes();
    let run = b.iter().take_while(|&&c| is_word_byte(c)).count();
    let (token, rest) = t.split_at(run);
    let n = if (1..=3).contains(&run) && token.bytes().all(|c| c.is_ascii_digit()) {
        token.parse().ok()?
    } else {
        const WORDS: [&str; 13] = [
            "none", "no", "zero", "one", "two", "three", "four", "five", "six", "seven", "eight",
            "nine", "ten",
        ];
        let i = WORDS.iter().position(|w| *w == token)?;
        i.saturating_sub(2) as u32
    };
    Some((n, rest))
}

/// `votes ` or `vote `, then what follows.
fn votes_word(t: &str) -> Option<&str> {
    t.strip_prefix(" votes ")
        .or_else(|| t.strip_prefix(" vote "))
}

/// `abstentions` or `abstention` after the count (the plural first, as the
/// pattern's optional `s` takes it).
fn abstentions_word(t: &str) -> bool {
    t.starts_with(" abstention")
}

fn counts_after_by(t: &str) -> Option<[u32; 3]> {
    let (a, t) = vote_count(t)?;
    let t = votes_word(t)?.strip_prefix("to ")?;
    let (b, t) = vote_count(t)?;
    let with = t
        .strip_prefix(',')
        .unwrap_or(t)
        .strip_prefix(" with ")
        .and_then(vote_count)
        .filter(|(_, t)| abstentions_word(t));
    Some([a, b, with.map_or(0, |(c, _)| c)])
}

fn counts_after_received(t: &str) -> Option<[u32; 3]> {
    let (d, t) = vote_count(t)?;
    let t = votes_word(t)?.strip_prefix("in favour")?;
    let tail = (|| {
        let t = t.strip_prefix(',').unwrap_or(t).strip_prefix(' ')?;
        let (e, t) = vote_count(t)?;
        let t = t.strip_prefix(" against")?;
        let t = t.strip_prefix(',').unwrap_or(t).strip_prefix(" and ")?;
        let (f, t) = vote_count(t)?;
        abstentions_word(t).then_some([e, f])
    })();
    let [e, f] = tail.unwrap_or([0, 0]);
    Some([d, e, f])
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::grammar::reference::{
        AGENDA_HEADING, FURNITURE, LABEL, LANGUAGE_NOTE, NARRATIVE, RESULT_RESOLUTION, VOTE_COUNTS,
    };

    /// [`stated_vote_counts`] agrees with its pattern on every corpus line,
    /// every stretch after a count's opening words, and edge cases.
    #[test]
    fn stated_vote_counts_agree_with_their_pattern() {
        let word = |s: &str| -> u32 {
            s.parse().unwrap_or_else(|_| {
                [
                    "none", "no", "zero", "one", "two", "three", "four", "five", "six", "seven",
                    "eight", "nine", "ten",
                ]
                .iter()
                .position(|w| *w == s)
                .expect("a count")
                .saturating_sub(2) as u32
            })
        };
        let by_pattern = |t: &str| {
            VOTE_COUNTS.captures(t).map(|c| {
                let n = |k: &str| c.name(k).map_or(0, |m| word(m.as_str()));
                if c.name("a").is_some() {
                    [n("a"), n("b"), n("c")]
                } else {
                    [n("d"), n("e"), n("f")]
                }
            })
        };
        let edge = [
            "was adopted by 109 votes to 41, with 35 abstentions (resolution 65/206).",
            "was adopted by 132 votes to 54 (resolution 65/216).",
            "adopted by 1 vote to none, with 1 abstention",
            "adopted by 1 vote to nobody",
            "adopted by 1 votes to 5400",
            "adopted by 1234 votes to 1, adopted by 3 votes to 2",
            "adopted by 12a votes to 1",
            "adopted by 12 votes to 1 with 4 abstentions",
            "adopted by 12 votes to 1,, with 4 abstentions",
            "adopted by 12 votes to 1, with fourteen abstentions",
            "adopted by 12 votes to 1, with four abstentionsé",
            "adopted by 12 votes to oneé, with 4 abstentions",
            "rejected by 3 votes to 12, with no abstentions",
            "received three votes in favour, seven against and five abstentions.",
            "received 11 votes in favour, none against and 4 abstentions.",
            "received 15 votes in favour. The draft resolution",
            "received 15 votes in favour none against, and 0 abstentions",
            "received 15 votes in favour, none against and 0 abstention",
            "received 15 votes in favour, none against 0 abstentions",
            "received 15 votes in favor",
            "received  15 votes in favour",
            "received received 2 votes in favour",
            "adopted by",
            "received ",
            "",
        ];
        let corpus = crate::corpus_texts();
        let mut found = 0;
        let windows = corpus.iter().flat_map(|t| {
            ["adopted by", "rejected by", "received"]
                .into_iter()
                .flat_map(move |w| t.match_indices(w))
                .map(move |(at, _)| {
                    let from = t.floor_char_boundary(at.saturating_sub(2));
                    let to = t.ceil_char_boundary((at + 90).min(t.len()));
                    t[from..to].split_whitespace().collect::<Vec<_>>().join(" ")
                })
                .chain(t.lines().map(str::to_owned))
        });
        for text in windows.chain(edge.iter().map(|e| e.to_string())) {
            let hand = stated_vote_counts(&text);
            assert_eq!(hand, by_pattern(&text), "{text:?}");
            found += usize::from(hand.is_some());
        }
        assert!(found > 20, "{found}");
    }

    /// The hand readers agree with the patterns they replaced on every line
    /// of the corpus and on edge cases.
    #[test]
    fn language_notes_and_agenda_headings_agree_with_their_patterns() {
        let (language, agenda) = (&*LANGUAGE_NOTE, &*AGENDA_HEADING);
        let edge = [
            "(spoke in French)",
            "(speaking in Spanish)",
            "(spoke in French) ",
            "(spoke in F)",
            "(spoke in ÉÉ)",
            "(spoke in Ñandú)",
            "(spoke in french)",
            "(spoke in French",
            "Agenda item 27",
            "Agenda items 27 and 28",
            "Agenda item 12 (a)",
            "Agenda item 12a",
            "Agenda item 12_",
            "Agenda item 12é",
            "Agenda item x",
            "Agenda item",
            "Agenda items  12",
            "Adoption of the agenda",
            "Adoption of the agendas",
            "Adoption of the agenda.",
        ];
        let corpus = crate::corpus_texts();
        let lines = corpus.iter().flat_map(|t| t.lines()).chain(edge);
        let mut notes = 0;
        let mut headings = 0;
        for line in lines {
            assert_eq!(is_language_note(line), language.is_match(line), "{line:?}");
            assert_eq!(is_agenda_heading(line), agenda.is_match(line), "{line:?}");
            notes += usize::from(is_language_note(line));
            headings += usize::from(is_agenda_heading(line));
        }
        assert!(
            notes > 20 && headings > 20,
            "{notes} notes, {headings} headings"
        );
    }

    /// What a General Assembly adoption notice after a vote gives the vote.
    #[test]
    fn adoption_notices_give_their_symbols() {
        for (notice, symbol) in [
            ("Draft resolution II was adopted (resolution 65/193).", Some("A/RES/65/193")),
            ("Draft decision I was adopted (decision 65/530).", Some("A/DEC/65/530")),
            ("Draft resolution A/ES-11/L.1 was adopted by 141 votes to 5, with 35 abstentions (resolution ES-11/1).", Some("A/RES/ES-11/1")),
            ("The draft resolution was adopted (resolution S-27/2).", Some("A/RES/S-27/2")),
            ("Draft resolution S/2020/24 was adopted as resolution 2504 (2020).", Some("S/RES/2504 (2020)")),
            ("The draft decision was adopted.", None),
            ("Draft decision I was adopted (decision 2504 (2020)).", None),
        ] {
            assert_eq!(result_resolution(notice).as_deref(), symbol, "{notice}");
        }
    }

    /// [`result_resolution`] agrees with the pattern it replaced on every
    /// corpus line, every stretch of text after a "resolution" or a
    /// "decision", and edge cases.
    #[test]
    fn result_resolutions_agree_with_their_pattern() {
        let pattern = &*RESULT_RESOLUTION;
        let by_pattern = |t: &str| {
            pattern
                .captures(t)
                .map(|c| match (c.name("ga"), c.name("dec")) {
                    (Some(ga), _) => format!("A/RES/{}", ga.as_str()),
                    (_, Some(dec)) => format!("A/DEC/{}", dec.as_str()),
                    _ => format!("S/RES/{} ({})", &c["sc"], &c["year"]),
                })
        };
        let edge = [
            "adopted as resolution 2504 (2020).",
            "as resolution 2504(2020)",
            "as resolution 12345 (2020)",
            "resolution 2504 (20201)",
            "resolution 2504 (202)",
            "resolution 65/188",
            "resolution 65/1880",
            "resolution 65/188B and",
            "resolution 6/18",
            "resolution 1234/5",
            "resolutions 65/188",
            "draft resolution\n2504 (2020)",
            "Xresolution 2504 (2020) and resolution 65/1",
            "resolution resolution 65/1",
            "resolution  2504 (2020)",
            "resolution 2504  (2020)",
            "resolution",
            "resolution ",
            "resolution 2",
            "resolution 25/",
            "Draft resolution A/ES-11/L.1 was adopted (resolution ES-11/1).",
            "resolution S-27/2",
            "resolution ES-/1 and resolution ES-123/1 and resolution S-1",
            "resolution XS-11/1, resolution ES11/1, resolution ES-11/1234",
            "Draft decision I was adopted (decision 65/530).",
            "decision 2504 (2020) and then decision 65/530",
            "the decision: decision ES-10/2, not resolution 65/1",
            "decisions 65/530, indecision 65/1, decision 6/530",
        ];
        let corpus = crate::corpus_texts();
        let mut found = 0;
        let windows = corpus.iter().flat_map(|t| {
            ["resolution", "decision"]
                .into_iter()
                .flat_map(move |w| t.match_indices(w))
                .map(move |(at, _)| {
                    let from = t.floor_char_boundary(at.saturating_sub(1));
                    &t[from..t.ceil_char_boundary((at + 40).min(t.len()))]
                })
                .chain(t.lines())
        });
        for text in windows.chain(edge) {
            let hand = result_resolution(text);
            assert_eq!(hand, by_pattern(text), "{text:?}");
            found += usize::from(hand.is_some());
        }
        assert!(found > 500, "{found}");
    }

    /// Every line of the corpus (all shapes), and each joined with the next
    /// two as labels are.
    fn corpus_lines_and_joins() -> Vec<String> {
        let mut out = Vec::new();
        for text in crate::corpus_texts() {
            let lines: Vec<&str> = text.lines().map(str::trim).collect();
            for k in 0..lines.len() {
                out.push(lines[k].to_owned());
                if patterns_may_open(lines[k]) {
                    out.push(lines[k..(k + 3).min(lines.len())].join(" "));
                }
            }
        }
        out
    }

    /// Lines worth joining: those a label or stage direction could open.
    fn patterns_may_open(line: &str) -> bool {
        may_start_label(line) || line.starts_with("The ") || line.starts_with("Mr")
    }

    /// [`read_label`]'s parts as the pattern's captures give them.
    fn label_by_regex(s: &str) -> Option<Label<'_>> {
        let c = LABEL.captures(s)?;
        let whole = c.get(0).expect("match");
        let part = |name: &str| c.name(name).map(|m| m.as_str());
        Some(Label {
            colon: whole.as_str().rfind(':').expect("colon"),
            end: whole.end(),
            office: part("office")
                .or(part("office_abroad"))
                .map(office_in_english),
            title: part("title"),
            name: part("name"),
            country: part("country").or(part("country_after")),
            role: part("role"),
            language: part("lang")
                .or(part("lang_from"))
                .or(part("lang_word").and_then(lexicon::language_in_english)),
        })
    }

    #[test]
    fn hand_readers_agree_with_their_patterns_on_the_corpus() {
        let lines = corpus_lines_and_joins();
        let (mut furniture, mut directions, mut labels) = (0, 0, 0);
        for line in &lines {
            let expected = FURNITURE.is_match(line);
            assert_eq!(is_furniture_shape(line), expected, "furniture {line:?}");
            furniture += usize::from(expected);
            let expected = NARRATIVE.is_match(line);
            assert_eq!(opens_stage_direction(line), expected, "direction {line:?}");
            directions += usize::from(expected);
            let expected = label_by_regex(line);
            assert_eq!(read_label(line), expected, "label {line:?}");
            labels += usize::from(expected.is_some());
        }
        // The corpus exercises each reader.
        assert!(furniture > 1000, "{furniture} furniture lines");
        assert!(directions > 50, "{directions} stage directions");
        assert!(labels > 1000, "{labels} labels");
    }

    /// Text made of pieces of the grammar and separators, so that generated
    /// lines come near the patterns' edges.
    fn pieces(
        words: &'static [&'static str],
        gaps: &'static [&'static str],
    ) -> impl proptest::strategy::Strategy<Value = String> {
        let word = proptest::sample::select(words);
        let gap = proptest::sample::select(gaps);
        proptest::collection::vec((word, gap), 1..9)
            .prop_map(|v| v.into_iter().flat_map(|(w, g)| [w, g]).collect())
    }

    use proptest::strategy::Strategy;

    #[test]
    fn hand_readers_agree_with_their_patterns_at_the_edges() {
        let lines = [
            "Mr.X was escorted",
            "Mr. was escorted",
            "Mr. X was escorted",
            "Mrs. X wasescorted",
            "Ms. Xwas escorted",
            "Mr. X\nwas escorted",
            "The draft resolutionwas adopted",
            "The draft resolutions was adopted",
            "Draft resolution A/1 was not adopted",
            "draft decisions were rejected",
            "The oral amendment was adopted",
            "oral motion was adopted",
            "The oralmotion was adopted",
            "A recorded vote was taken",
            "A  vote was taken",
            "The Acting President returned to the Chair",
            "The members of the General Assembly observed",
            "3/1820-00806",
            "3/18 20-00806 (E)",
            "20-008061/3",
            "20-00806 (E) 3/18",
            "08/01/2020 x S/PV.8699 (Resumption 1)",
            "08/01/2020  S/PV.8699",
            "S/PV.8699 (Resumption 1) x 08/01/2020",
            "S /PV. 8699 (Resumption 2) (E)",
            "A/58/PV.7",
            "A/ES-11/PV.5",
            "A /S-27/PV. 2 (E)",
            "A/ES-/PV.5",
            "A/ES11/PV.5",
            "08/01/2020 x A/ES-10/PV.21 (Resumption 1)",
            "*2000806*",
            "Mr. X (Niger) (spoke in French) : a",
            "Mr. X, Minister (spoke in French): a",
            "Mr. X, Minister :",
            "Mr. X, on behalf of Y: a",
            "Mr. X, speaking as Y: a",
            "Mr. X (Venezuela (Bolivarian Republic of)): a",
            "Mr. X ((A)): a",
            "Mr. X (A (B) C): a",
            "Mr. al-Hakim el-X de la Cruz:",
            "Crown Prince X:",
            "Sheikha X:",
            "The Chairman (spoke in Arabic):",
            "The Deputy Secretary-General:x",
            "The Acting Chairperson:\tNow",
        ];
        for line in lines {
            assert_eq!(
                is_furniture_shape(line),
                FURNITURE.is_match(line),
                "{line:?}"
            );
            assert_eq!(
                opens_stage_direction(line),
                NARRATIVE.is_match(line),
                "{line:?}"
            );
            assert_eq!(read_label(line), label_by_regex(line), "{line:?}");
        }
    }

    proptest::proptest! {
        #![proptest_config(proptest::prelude::ProptestConfig::with_cases(2000))]

        #[test]
        fn furniture_reader_agrees_with_its_pattern(line in pieces(
            &["S", "A", "E", "/", "PV.", "8699", "58", "(Resumption", "1", ")", "(E)", "08", "01",
              "2020", "20-00806", "3", "18", "182", "*", "12345", "-", "x", "0", "00806", "/PV. 7",
              "ES-", "S-"],
            &["", "", " ", "/", "\n", "\t", "-"],
        )) {
            proptest::prop_assert_eq!(is_furniture_shape(&line), FURNITURE.is_match(&line), "{:?}", line);
        }

        #[test]
        fn stage_direction_reader_agrees_with_its_pattern(line in pieces(
            &["The", "meeting", "was", "called", "to", "order", "rose", "suspended", "resumed",
              "adjourned", "agenda", "adopted", "A", "recorded", "vote", "taken", "draft", "Draft",
              "resolution", "resolutions", "decision", "amendment", "s", "oral", "motion",
              "proposal", "were", "rejected", "not", "President", "Acting", "returned", "the",
              "Chair", "members", "of", "Council", "General", "Assembly", "observed", "Mr", "Ms",
              "Mrs", ".", "escorted", "minute", "silent", "prayer", "or", "meditation", "é", "_"],
            &[" ", " ", "", "\n", "\t", ".", ","],
        )) {
            proptest::prop_assert_eq!(opens_stage_direction(&line), NARRATIVE.is_match(&line), "{:?}", line);
        }

        #[test]
        fn label_reader_agrees_with_its_pattern(line in pieces(
            &["The", "Mr.", "Ms.", "Mrs.", "Sheikh", "Sheikha", "Crown", "Prince", "Acting",
              "President", "Chair", "Chairman", "Deputy", "Secretary-General", "Vice-President",
              "X", "Smith", "de", "della", "del", "al-Hakim", "al", "el-", "O’Brien", "A.B.", "(",
              ")", "Niger", "(North)", "spoke", "speaking", "in", "French", "french", ",", "on",
              "behalf", "Minister", ":", "é", "e\u{301}", "Ü", ". The", "a"],
            &[" ", " ", " ", "", "\t", "\n", ": "],
        )) {
            proptest::prop_assert_eq!(read_label(&line), label_by_regex(&line), "{:?}", line);
        }
    }

    fn label(s: &str) -> Option<Label<'_>> {
        read_label(s)
    }

    #[test]
    fn recognises_real_labels() {
        let c = label("Mr. Nebenzia (Russian Federation) (spoke in Russian): The Russian").unwrap();
        assert_eq!(c.name.unwrap(), "Nebenzia");
        assert_eq!(c.country.unwrap(), "Russian Federation");
        assert_eq!(c.language.unwrap(), "Russian");
        let c = label("Mr. Pecsteen de Buytswerve (Belgium): I shall").unwrap();
        assert_eq!(c.name.unwrap(), "Pecsteen de Buytswerve");
        let c = label("Mr. Ja’afari (Syrian Arab Republic) (spoke in Arabic): x").unwrap();
        assert_eq!(c.name.unwrap(), "Ja’afari");
        let c = label("The President (spoke in French): The General").unwrap();
        assert_eq!(c.office.unwrap(), "President");
        let c =
            label("Mr. Garayev (Azerbaijan), Rapporteur of the Third Committee: It is").unwrap();
        assert_eq!(c.role.unwrap(), "Rapporteur of the Third Committee");
        let c = label("Ms. DiCarlo: Thank you").unwrap();
        assert_eq!(c.name.unwrap(), "DiCarlo");
        assert!(c.country.is_none());
        let c = label("Mr. Lacroix (spoke in French): I").unwrap();
        assert_eq!(c.language.unwrap(), "French");
        let c = label("Mr. Moncada (Venezuela (Bolivarian Republic of)) (spoke in Spanish): x")
            .unwrap();
        assert_eq!(c.country.unwrap(), "Venezuela (Bolivarian Republic of)");
        assert!(label("The Acting President: I now").is_some());
        assert!(label("The Secretary-General: I thank").is_some());
    }

    #[test]
    fn refuses_sentences_that_look_like_labels() {
        assert!(label("Mr. President, I thank you for convening").is_none());
        assert!(label("Mr. Guterres said the following: we").is_none());
        assert!(label("The President of the General Assembly: no").is_none());
        assert!(label("The following: no").is_none());
    }
}
