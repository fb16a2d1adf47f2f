//! The record grammar as regular expressions: the reference the tests hold
//! the hand readers to (test-only).
//!
//! The grammar was first written as these patterns. The parser now reads
//! each by hand, because the regex engine was about 12 KB gzip of the
//! browser bundle and its PikeVM cost microseconds per call; the app links
//! no regex engine. The patterns are kept here, and only here, so that each
//! reader's test can compare it with its pattern on every line of the corpus
//! and on generated text. The readers' doc comments describe the grammar in
//! words and name the pattern they answer to.

use regex_lite::Regex;
use std::sync::LazyLock;

/// Compile a pattern of the grammar.
///
/// `regex-lite` has no `\p{…}` classes, so the patterns may write the four
/// we need and they are expanded here to the scripts that appear in UN
/// records' names (Latin with all its diacritics, Greek, Cyrillic). `\p{L}`
/// and `\p{M}` may only appear inside a bracketed class, `\p{Lu}` and
/// `\p{Ll}` only outside one.
pub(crate) fn compile(pattern: &str) -> Regex {
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

/// Page furniture by shape, the whole line (`patterns::is_furniture_shape`).
pub(crate) static FURNITURE: LazyLock<Regex> = LazyLock::new(|| {
    compile(
        r"(?x)^(?:
          [ASE]\s?/(?:(?:E?S-)?\d+/)?PV\.\s?\d+(?:\s\(Resumption\s\d+\))?(?:\s\([EFS]\))?
        | \d{2}/\d{2}/\d{4}
        | \d{1,3}/\d{1,3}(?:\s?\d{2}-\d{5}(?:\s\([EFS]\))?)?
        | \d{2}-\d{5}(?:\s\([EFS]\))?(?:\s?\d{1,3}/\d{1,3})?
        | \*\d{5,}\*
        | \d{2}/\d{2}/\d{4}\s(?:.*\s)?[ASE]/(?:(?:E?S-)?\d+/)?PV\.\s?\d+(?:\s\(Resumption\s\d+\))?
        | [ASE]/(?:(?:E?S-)?\d+/)?PV\.\s?\d+(?:\s\(Resumption\s\d+\))?\s(?:.*\s)?\d{2}/\d{2}/\d{4}
        )$",
    )
});

/// The opening of a stage direction (`patterns::opens_stage_direction`).
pub(crate) static NARRATIVE: LazyLock<Regex> = LazyLock::new(|| {
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
        | It\swas\sso\sdecided(?:\s\(decision\s[^()]+\))?\.$
        )",
    )
});

/// `patterns::TITLE_WORDS` as an alternation.
fn titles_alternation() -> String {
    crate::grammar::patterns::TITLE_WORDS
        .iter()
        .map(|w| regex_lite::escape(w).replace(' ', r"\s"))
        .collect::<Vec<_>>()
        .join("|")
}

/// A name: capitalised words, initials and the particles of many naming traditions.
const NAME: &str = r"(?:\p{Lu}[\p{L}\p{M}’'`\-.]*|(?:de|da|di|del|della|dos|das|do|du|van|von|der|den|ter|la|le|bin|binti|ibn|bint|al|el|y|e|af|zu)\b|al-[\p{L}’'\-]+|el-[\p{L}’'\-]+)";

/// A speaker label at the start of a text, through its colon
/// (`patterns::read_label`).
pub(crate) static LABEL: LazyLock<Regex> = LazyLock::new(|| {
    let titles = titles_alternation();
    let alternation = |words: &mut dyn Iterator<Item = &str>| {
        words
            .map(|w| regex_lite::escape(w).replace(' ', r"\s"))
            .collect::<Vec<_>>()
            .join("|")
    };
    let capitals = alternation(&mut crate::grammar::patterns::OFFICES_IN_CAPITALS.into_iter());
    // Longest first, so the alternation reads "Le Vice-Président" whole.
    let mut offices: Vec<&str> = crate::grammar::lexicon::OFFICES
        .iter()
        .map(|(o, _)| *o)
        .collect();
    offices.sort_by_key(|o| std::cmp::Reverse(o.len()));
    let abroad = alternation(&mut offices.into_iter());
    let languages = alternation(&mut crate::grammar::lexicon::LANGUAGES.iter().map(|(w, _)| *w));
    compile(&format!(
        r"(?x)^
        (?:
          The\s(?P<office>(?:Acting\s)?(?:President|Chair|Chairman|Chairperson|Co-Chair)|(?:Deputy\s)?Secretary-General|Vice-President|{capitals})
        | (?P<office_abroad>(?:{abroad})(?:\spar\sintérim|\sinterino|\sinterina)?)
        | (?P<title>{titles})\s(?P<name>{NAME}(?:\s{NAME})*)
          (?:\s?\((?P<country>\p{{Lu}}[^()]+(?:\([^()]+\))?[^()]*)\))?
          (?:,\s(?P<role>(?:\p{{Lu}}|on\sbehalf|speaking)[^():]+))?
        )
        (?:\s?\((?:(?:spoke|speaking)\sin\s(?P<lang>\p{{Lu}}\p{{Ll}}+)|interpretation\sfrom\s(?P<lang_from>\p{{Lu}}\p{{Ll}}+)|(?:parle|habla)\sen\s(?P<lang_word>{languages}))\)
          (?:\s?\((?P<country_after>\p{{Lu}}[^()]+)\))?)?
        \s?:(?:\s|$)"
    ))
});

/// An interpretation note alone on its line (`patterns::is_language_note`).
pub(crate) static LANGUAGE_NOTE: LazyLock<Regex> = LazyLock::new(|| {
    let openings = crate::grammar::lexicon::SPOKE_IN
        .map(regex_lite::escape)
        .join("|");
    let words = crate::grammar::lexicon::LANGUAGES
        .map(|(w, _)| regex_lite::escape(w))
        .join("|");
    compile(&format!(
        r"^\((?:(?:spoke|speaking) in |interpretation from )(?P<lang>\p{{Lu}}\p{{Ll}}+)\)$|^\((?:{openings})(?:{words})\)$"
    ))
});

/// An agenda heading opening a line (`patterns::is_agenda_heading`).
pub(crate) static AGENDA_HEADING: LazyLock<Regex> = LazyLock::new(|| {
    compile(
        r"^(?:Agenda items? \d+(?:\s?\([a-z]\))?(?:\s(?:and|to|,)\s?\d+)*|Adoption of the agenda)\b",
    )
});

/// The first resolution or decision a vote result names; leftmost match,
/// the first alternative first (`patterns::result_resolution`).
pub(crate) static RESULT_RESOLUTION: LazyLock<Regex> = LazyLock::new(|| {
    compile(
        r"\bresolution\s(?P<sc>\d{1,4})\s?\((?P<year>\d{4})\)|\bresolution\s(?P<ga>(?:\d{2,3}|E?S-\d{1,2})/\d{1,3}[A-Z]?)|\bdecision\s(?P<dec>(?:\d{2,3}|E?S-\d{1,2})/\d{1,3}[A-Z]?)",
    )
});

/// The counts a recorded vote's result states; leftmost match, the
/// optional tail taken when it reads (`patterns::stated_vote_counts`).
pub(crate) static VOTE_COUNTS: LazyLock<Regex> = LazyLock::new(|| {
    const NUM: &str =
        r"(?:\d{1,3}|none|no|zero|one|two|three|four|five|six|seven|eight|nine|ten)\b";
    compile(&format!(
        r"(?:adopted|rejected) by (?P<a>{NUM}) votes? to (?P<b>{NUM})(?:,? with (?P<c>{NUM}) abstentions?)?|received (?P<d>{NUM}) votes? in favour(?:,? (?P<e>{NUM}) against,? and (?P<f>{NUM}) abstentions?)?"
    ))
});

/// A document symbol at the start of a text (`symbols::symbol_len`).
pub(crate) static SYMBOL: LazyLock<Regex> = LazyLock::new(|| {
    compile(
        r"(?x)
        ^(?:A|S|E|ST|UNEP|DP|TD|CCPR|CEDAW|CRC|CERD|CAT|HRC|UNW|ICEF)
        (?:/(?:E?S-\d+|\s?PV\.\s?\d+|[A-Z0-9][A-Za-z0-9]*(?:\.[A-Za-z0-9]+)*))+
        (?:\s\(Resumption\s\d+\))?
        (?:\s?\(\d{4}\))?",
    )
});

/// A resolution or decision numbered by session or year: `65/193`,
/// `2011/29`, `ES-11/1`.
const SESSION_ITEM: &str = r"(?:\d{2,4}|E?S-\d{1,2}|ES\d{1,2})/\d{1,3}[A-Z]?";

/// Resolutions or decisions cited in words, the whole list
/// (`symbols::resolution_items`).
pub(crate) static RESOLUTION_WORDS: LazyLock<Regex> = LazyLock::new(|| {
    let resolution = format!(r"(?:\d{{1,4}}\s?\(\d{{4}}\)|{SESSION_ITEM})");
    let list = |item: &str| format!(r"{item}(?:(?:,\s|,?\s(?:and|et|y)\s|\s(?:or|ou|o)\s){item})*");
    compile(&format!(
        r"^(?:[Rr](?:esolutions?|ésolutions?|esoluciones|esolución)\s({})|[Dd](?:ecisions?|écisions?|ecisiones|ecisión)\s({}))",
        list(&resolution),
        list(SESSION_ITEM)
    ))
});

/// One item of a list of resolutions or decisions cited in words.
pub(crate) static RESOLUTION_ITEM: LazyLock<Regex> = LazyLock::new(|| {
    compile(&format!(
        r"(?P<n>\d{{1,4}})\s?\((?P<y>\d{{4}})\)|(?P<ga>{SESSION_ITEM})"
    ))
});

/// The body named right before a resolution or decision cited in words,
/// matched on the text up to the word (`symbols::citing_body`).
pub(crate) static CITING_BODY: LazyLock<Regex> = LazyLock::new(|| {
    compile(
        r"\b(?P<body>Human\sRights\sCouncil|Commission\son\sHuman\sRights|Economic\sand\sSocial\sCouncil|General\sAssembly)\s$",
    )
});

/// The President's invitation to speak, the first alternative that
/// completes winning (`invitation::read_invitation`).
pub(crate) static INVITATION: LazyLock<Regex> = LazyLock::new(|| {
    compile(
        r"^(?:I\s(?:now\s|shall\s(?:now\s)?)?(?:give\sthe\sfloor\sto|call\son)|I\snow\sinvite)\s(?:the\s(?:representative|Permanent\sRepresentative|Minister\s[^.]*?)\sof\s(?P<country>[^.;]+?)|(?:His|Her)\sExcellency\s(?P<hon>[^.;]+?)|(?:Mr|Ms|Mrs|Dr)\.\s(?P<name>[^.;,]+?)|the\s(?P<office>Secretary-General|[^.;]+))\.",
    )
});

/// A participant the President invites, named with a role
/// (`parse::resolve`'s `read_invitee`).
pub(crate) static INVITEE: LazyLock<Regex> = LazyLock::new(|| {
    compile(
        r"(?x)^(?:Mr\.|Ms\.|Mrs\.|Dr\.|Miss|Sir|Dame|Judge|Archbishop|Monsignor|Sheikh|Ambassador)\s
        (?P<name>\p{Lu}[\p{L}\p{M}’'\-.]*(?:\s(?:\p{Lu}[\p{L}\p{M}’'\-.]*|de|da|dos|van|von|der|del|la|le|bin|al|el))*),\s
        (?P<role>(?:the\s)?\p{Lu}[^;:]+?)
        (?:,\sto\sparticipate|;|\.\s|\.$|,\sand\s|\sand\s(?:Mr|Ms|Mrs|Dr)\.|,\s(?:who|to)\s)",
    )
});

/// The cover's symbol line (`parse::cover`'s `read_symbol_line`).
pub(crate) static SYMBOL_LINE: LazyLock<Regex> = LazyLock::new(|| {
    compile(
        r"^(?P<sym>[ASE]\s?/(?:(?:E?S-)?\d+/)?PV\.)\s?(?P<num>\d+)(?P<res>\s\(Resumption\s\d+\))?$",
    )
});

/// The cover's date line (`parse::cover`'s `read_date_line`).
pub(crate) static DATE_LINE: LazyLock<Regex> = LazyLock::new(|| {
    compile(
        r"^(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday),\s(?P<d>\d{1,2})\s(?P<m>January|February|March|April|May|June|July|August|September|October|November|December)\s(?P<y>\d{4})(?:,\s(?P<t>.+))?$",
    )
});

/// The cover's year or session line (`parse::cover`'s `is_session_line`).
pub(crate) static SESSION_LINE: LazyLock<Regex> = LazyLock::new(|| {
    compile(r"^[A-Z][a-z]+(?:-[a-z]+)?(?:\s(?:emergency\s)?(?:special\s)?)?\s?(?:year|session)$")
});

/// The cover's meeting line (`parse::cover`'s `read_meeting_line`).
pub(crate) static MEETING_LINE: LazyLock<Regex> =
    LazyLock::new(|| compile(r"^(?P<n>\d+)?\s?(?:st|nd|rd|th)\s(?:plenary\s)?meeting$"));
