//! The regular expressions of the record grammar, compiled once.
//!
//! Kept in one place so the grammar can be read as a whole: what furniture looks
//! like, what a speaker label looks like, what a stage direction looks like.

use regex_lite::Regex;
use std::sync::LazyLock;

/// Dereference a lazily compiled pattern (reads better at call sites).
pub fn re(pattern: &LazyLock<Regex>) -> &Regex {
    pattern
}

/// Compile a built-in pattern.
///
/// We use `regex-lite` rather than `regex`: the full crate links about 300 KB
/// of Unicode tables and a DFA into the browser bundle, and our patterns run
/// only on lines that cheap prefix tests already picked out. `regex-lite` has
/// no `\p{…}` classes, so the patterns may write the four we need and they are
/// expanded here to the scripts that appear in UN records' names (Latin with
/// all its diacritics, Greek, Cyrillic). `\p{L}` and `\p{M}` may only appear
/// inside a bracketed class, `\p{Lu}` and `\p{Ll}` only outside one.
pub fn compile(pattern: &str) -> Regex {
    let expanded = pattern
        .replace(r"\p{Lu}", UPPERCASE)
        .replace(r"\p{Ll}", LOWERCASE)
        .replace(r"\p{L}", LETTER_RANGES)
        .replace(r"\p{M}", MARK_RANGES);
    Regex::new(&expanded).expect("built-in pattern compiles")
}

/// Capital letters. Latin Extended-A/B interleave cases, so they are taken whole:
/// a lower-case letter there starting a name is harmless.
const UPPERCASE: &str =
    "[A-Z\u{C0}-\u{D6}\u{D8}-\u{DE}\u{100}-\u{24F}\u{1E00}-\u{1EFF}\u{386}-\u{3AB}\u{400}-\u{42F}]";
/// Small letters.
const LOWERCASE: &str =
    "[a-z\u{DF}-\u{F6}\u{F8}-\u{FF}\u{100}-\u{24F}\u{1E00}-\u{1EFF}\u{3AC}-\u{3CE}\u{430}-\u{45F}]";
/// Letters, as ranges to put inside a bracketed class.
const LETTER_RANGES: &str = "A-Za-z\u{AA}\u{B5}\u{BA}\u{C0}-\u{D6}\u{D8}-\u{F6}\u{F8}-\u{24F}\u{1E00}-\u{1EFF}\u{370}-\u{3FF}\u{400}-\u{52F}";
/// Combining marks (decomposed diacritics), as ranges inside a bracketed class.
const MARK_RANGES: &str = "\u{300}-\u{36F}";

/// One whitespace character as `\s` matches in our patterns (`regex-lite`'s
/// `\s` is ASCII: space, tab, line feed, vertical tab, form feed, return), for
/// code that reads a pattern's grammar by hand.
pub fn is_pattern_space(b: u8) -> bool {
    matches!(b, b' ' | b'\t' | b'\n' | b'\x0B' | b'\x0C' | b'\r')
}

/// A capital letter as `\p{Lu}` in our patterns ([`UPPERCASE`]), for code
/// that reads names by hand.
pub fn is_capital(c: char) -> bool {
    matches!(c, 'A'..='Z' | '\u{C0}'..='\u{D6}' | '\u{D8}'..='\u{DE}' | '\u{100}'..='\u{24F}'
        | '\u{1E00}'..='\u{1EFF}' | '\u{386}'..='\u{3AB}' | '\u{400}'..='\u{42F}')
}

/// A small letter as `\p{Ll}` in our patterns ([`LOWERCASE`]).
pub fn is_small(c: char) -> bool {
    matches!(c, 'a'..='z' | '\u{DF}'..='\u{F6}' | '\u{F8}'..='\u{FF}' | '\u{100}'..='\u{24F}'
        | '\u{1E00}'..='\u{1EFF}' | '\u{3AC}'..='\u{3CE}' | '\u{430}'..='\u{45F}')
}

/// A letter as `[\p{L}]` in our patterns ([`LETTER_RANGES`]).
pub fn is_letter(c: char) -> bool {
    matches!(c, 'A'..='Z' | 'a'..='z' | '\u{AA}' | '\u{B5}' | '\u{BA}' | '\u{C0}'..='\u{D6}'
        | '\u{D8}'..='\u{F6}' | '\u{F8}'..='\u{24F}' | '\u{1E00}'..='\u{1EFF}'
        | '\u{370}'..='\u{3FF}' | '\u{400}'..='\u{52F}')
}

/// A combining mark as `[\p{M}]` in our patterns ([`MARK_RANGES`]).
pub fn is_mark(c: char) -> bool {
    matches!(c, '\u{300}'..='\u{36F}')
}

/// Page furniture by shape: symbol headers, dates, page and job numbers, barcodes,
/// and the one-line headers/footers of a browser PDF viewer's copy. (Callers
/// bound the line's length: `.*` keeps the automaton small where `.{0,140}`
/// would unroll into 140 states.)
pub static FURNITURE: LazyLock<Regex> = LazyLock::new(|| {
    compile(
        r"(?x)^(?:
          [ASE]\s?/(?:\d+/)?PV\.\s?\d+(?:\s\(Resumption\s\d+\))?(?:\s\(E\))?
        | \d{2}/\d{2}/\d{4}
        | \d{1,3}/\d{1,3}(?:\s?\d{2}-\d{5}(?:\s\(E\))?)?
        | \d{2}-\d{5}(?:\s\(E\))?(?:\s?\d{1,3}/\d{1,3})?
        | \*\d{5,}\*
        | \d{2}/\d{2}/\d{4}\s.*\s[ASE]/(?:\d+/)?PV\.\s?\d+(?:\s\(Resumption\s\d+\))?
        | [ASE]/(?:\d+/)?PV\.\s?\d+(?:\s\(Resumption\s\d+\))?\s.*\s\d{2}/\d{2}/\d{4}
        )$",
    )
});

/// Forms of address that open a speaker label.
pub const TITLE_WORDS: [&str; 39] = [
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
];

/// [`TITLE_WORDS`] as a regex alternation.
fn titles_alternation() -> String {
    TITLE_WORDS
        .iter()
        .map(|w| regex_lite::escape(w).replace(' ', r"\s"))
        .collect::<Vec<_>>()
        .join("|")
}

/// A name: capitalised words, initials and the particles of many naming traditions.
const NAME: &str = r"(?:\p{Lu}[\p{L}\p{M}’'`\-.]*|(?:de|da|di|del|della|dos|das|do|du|van|von|der|den|ter|la|le|bin|binti|ibn|bint|al|el|y|e|af|zu)\b|al-[\p{L}’'\-]+|el-[\p{L}’'\-]+)";

/// A speaker label at the start of a (joined) line, up to and including its colon.
pub static LABEL: LazyLock<Regex> = LazyLock::new(|| {
    let titles = titles_alternation();
    compile(&format!(
        r"(?x)^
        (?:
          The\s(?P<office>(?:Acting\s)?(?:President|Chair|Chairman|Chairperson|Co-Chair)|(?:Deputy\s)?Secretary-General|Vice-President)
        | (?P<title>{titles})\s(?P<name>{NAME}(?:\s{NAME})*)
          (?:\s?\((?P<country>\p{{Lu}}[^()]+(?:\([^()]+\))?[^()]*)\))?
          (?:,\s(?P<role>(?:\p{{Lu}}|on\sbehalf|speaking)[^():]+))?
        )
        (?:\s?\((?:spoke|speaking)\sin\s(?P<lang>\p{{Lu}}\p{{Ll}}+)\))?
        \s?:(?:\s|$)"
    ))
});

/// Could a label start this line? A cheap prefix test before [`LABEL`].
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
    if let Some(rest) = t.strip_prefix("The ") {
        return OFFICES.iter().any(|o| rest.starts_with(o));
    }
    TITLES_BY_INITIAL[usize::from(first - b'A')]
        .iter()
        .any(|w| t.len() > w.len() && t.starts_with(w) && t.as_bytes()[w.len()] == b' ')
}

/// [`TITLE_WORDS`] by initial capital, so a line is compared only with the
/// titles that share its first letter (this test runs on every line).
static TITLES_BY_INITIAL: LazyLock<[Vec<&'static str>; 26]> = LazyLock::new(|| {
    let mut table: [Vec<&'static str>; 26] = Default::default();
    for w in TITLE_WORDS {
        table[usize::from(w.as_bytes()[0] - b'A')].push(w);
    }
    table
});
/// A stage direction's opening words.
pub static NARRATIVE: LazyLock<Regex> = LazyLock::new(|| {
    compile(
        r"(?x)^(?:
          The\smeeting\s(?:was\scalled\sto\sorder|rose|was\ssuspended|was\sresumed|resumed|was\sadjourned)
        | The\sagenda\swas\sadopted
        | A\s(?:recorded\s)?vote\swas\staken
        | (?:The\s)?[Dd]raft\s(?:resolution|decision|amendment)s?\b.*\b(?:was|were)\s(?:adopted|rejected|not\sadopted)
        | (?:The\s)?(?:oral\s)?(?:amendment|motion|proposal)s?\b.*\b(?:was|were)\s(?:adopted|rejected|not\sadopted)
        | The\s(?:Acting\s)?President\sreturned\sto\sthe\sChair
        | A\sminute\sof\ssilent\sprayer\sor\smeditation
        | The\smembers\sof\sthe\s(?:Council|General\sAssembly)\sobserved
        | (?:Mr|Ms|Mrs)\.\s.+\bwas\sescorted
        )",
    )
});

/// Is this line the start of a stage direction? (A cheap first-word filter
/// keeps the regex off ordinary speech lines.)
pub fn is_narrative(t: &str) -> bool {
    // The opening words of each branch of [`NARRATIVE`], by first letter
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
        _ if t.ends_with("Chair.") => false,
        _ => return false,
    };
    let escorted = || {
        (t.starts_with("Mr. ") || t.starts_with("Ms. ") || t.starts_with("Mrs. "))
            && t.contains("escorted")
    };
    // Each branch of the pattern names what happened; a line without those
    // words ("The members of the Council know …", "The draft resolution
    // before us …", frequent in speeches) is not shown to the regex.
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
    if (opener && worth_matching() || escorted()) && NARRATIVE.is_match(t) {
        return true;
    }
    t.len() < 160 && t.ends_with("took the Chair.")
}

/// `(side, names)` when the line opens a vote list: `In favour:` /
/// `Against:` / `Abstaining:` (or `Abstentions:`), the list possibly
/// following on the same line.
pub fn vote_list(t: &str) -> Option<(&'static str, &str)> {
    if !matches!(t.as_bytes().first(), Some(b'I' | b'A')) {
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
    None
}

/// `(spoke in French)` alone on a line. Read by hand; the grammar, as a
/// pattern: `^\((?:spoke|speaking) in \p{Lu}\p{Ll}+\)$` (a test checks the
/// two agree on every line of the corpus).
pub fn is_language_note(t: &str) -> bool {
    let Some(rest) = t
        .strip_prefix("(spoke in ")
        .or_else(|| t.strip_prefix("(speaking in "))
    else {
        return false;
    };
    let Some(language) = rest.strip_suffix(')') else {
        return false;
    };
    let mut chars = language.chars();
    chars.next().is_some_and(is_capital) && !chars.as_str().is_empty() && chars.all(is_small)
}

/// `Agenda item 27` (or `Agenda items 27 and 28`, `Agenda item 12 (a)`) or
/// `Adoption of the agenda` opening a line. Read by hand; the grammar, as a
/// pattern: `^(?:Agenda items? \d+(?:\s?\([a-z]\))?(?:\s(?:and|to|,)\s?\d+)*|Adoption
/// of the agenda)\b`. Whatever follows the first number, the word boundary
/// holds right after it exactly when it holds at all, so the number decides.
pub fn is_agenda_heading(t: &str) -> bool {
    let after_word_boundary = |rest: &str| {
        !rest
            .bytes()
            .next()
            .is_some_and(crate::symbols::is_word_byte)
    };
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

/// The first resolution a vote result names, as a symbol: `as resolution
/// 2504 (2020)` gives `S/RES/2504 (2020)`, `(resolution 65/188)` gives
/// `A/RES/65/188`. Read by hand; the grammar, as a pattern (leftmost match,
/// the first alternative first):
/// `\bresolution\s(?P<sc>\d{1,4})\s?\((?P<year>\d{4})\)|\bresolution\s(?P<ga>\d{2,3}/\d{1,3}[A-Z]?)`.
pub fn result_resolution(text: &str) -> Option<String> {
    let b = text.as_bytes();
    let digits_at = |at: usize| {
        b[at.min(b.len())..]
            .iter()
            .take_while(|c| c.is_ascii_digit())
            .count()
    };
    for (at, word) in text.match_indices("resolution") {
        let word_start = at == 0 || !crate::symbols::is_word_byte(b[at - 1]);
        let space = at + word.len();
        if !word_start || !b.get(space).is_some_and(|&c| is_pattern_space(c)) {
            continue;
        }
        let number = space + 1;
        let run = digits_at(number);
        // `2504 (2020)`: the whole run of one to four digits, an optional
        // space, then four digits in parentheses.
        if (1..=4).contains(&run) {
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
        // `65/188`, `46/182 B`: two or three digits, a slash, one to three
        // digits and an optional capital.
        if (2..=3).contains(&run) && b.get(number + run) == Some(&b'/') {
            let after = number + run + 1;
            let tail = digits_at(after).min(3);
            if tail > 0 {
                let mut end = after + tail;
                if b.get(end).is_some_and(u8::is_ascii_uppercase) {
                    end += 1;
                }
                return Some(format!("A/RES/{}", &text[number..end]));
            }
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The hand-written classes equal the pattern classes on every character
    /// up to U+2FFF (past all the ranges).
    #[test]
    fn character_classes_agree_with_the_patterns() {
        type Class = fn(char) -> bool;
        let classes: [(&str, Class); 4] = [
            (r"^\p{Lu}$", is_capital),
            (r"^\p{Ll}$", is_small),
            (r"^[\p{L}]$", is_letter),
            (r"^[\p{M}]$", is_mark),
        ];
        for (pattern, hand) in classes {
            let pattern = compile(pattern);
            for c in (0..0x3000).filter_map(char::from_u32) {
                assert_eq!(
                    hand(c),
                    pattern.is_match(&c.to_string()),
                    "{c:?} {pattern:?}"
                );
            }
        }
    }

    /// The hand readers agree with the patterns they replaced on every line
    /// of the corpus and on edge cases.
    #[test]
    fn language_notes_and_agenda_headings_agree_with_their_patterns() {
        let language = compile(r"^\((?:spoke|speaking) in (?P<lang>\p{Lu}\p{Ll}+)\)$");
        let agenda = compile(
            r"^(?:Agenda items? \d+(?:\s?\([a-z]\))?(?:\s(?:and|to|,)\s?\d+)*|Adoption of the agenda)\b",
        );
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

    /// [`result_resolution`] agrees with the pattern it replaced on every
    /// corpus line, every stretch of text after a "resolution", and edge cases.
    #[test]
    fn result_resolutions_agree_with_their_pattern() {
        let pattern = compile(
            r"\bresolution\s(?P<sc>\d{1,4})\s?\((?P<year>\d{4})\)|\bresolution\s(?P<ga>\d{2,3}/\d{1,3}[A-Z]?)",
        );
        let by_pattern = |t: &str| {
            pattern.captures(t).map(|c| match c.name("ga") {
                Some(ga) => format!("A/RES/{}", ga.as_str()),
                None => format!("S/RES/{} ({})", &c["sc"], &c["year"]),
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
        ];
        let corpus = crate::corpus_texts();
        let mut found = 0;
        let windows = corpus.iter().flat_map(|t| {
            t.match_indices("resolution")
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

    fn label(s: &str) -> Option<regex_lite::Captures<'_>> {
        re(&LABEL).captures(s)
    }

    #[test]
    fn recognises_real_labels() {
        let c = label("Mr. Nebenzia (Russian Federation) (spoke in Russian): The Russian").unwrap();
        assert_eq!(&c["name"], "Nebenzia");
        assert_eq!(&c["country"], "Russian Federation");
        assert_eq!(&c["lang"], "Russian");
        let c = label("Mr. Pecsteen de Buytswerve (Belgium): I shall").unwrap();
        assert_eq!(&c["name"], "Pecsteen de Buytswerve");
        let c = label("Mr. Ja’afari (Syrian Arab Republic) (spoke in Arabic): x").unwrap();
        assert_eq!(&c["name"], "Ja’afari");
        let c = label("The President (spoke in French): The General").unwrap();
        assert_eq!(&c["office"], "President");
        let c =
            label("Mr. Garayev (Azerbaijan), Rapporteur of the Third Committee: It is").unwrap();
        assert_eq!(&c["role"], "Rapporteur of the Third Committee");
        let c = label("Ms. DiCarlo: Thank you").unwrap();
        assert_eq!(&c["name"], "DiCarlo");
        assert!(c.name("country").is_none());
        let c = label("Mr. Lacroix (spoke in French): I").unwrap();
        assert_eq!(&c["lang"], "French");
        let c = label("Mr. Moncada (Venezuela (Bolivarian Republic of)) (spoke in Spanish): x")
            .unwrap();
        assert_eq!(&c["country"], "Venezuela (Bolivarian Republic of)");
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
