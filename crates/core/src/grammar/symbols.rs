//! UN document symbols: finding them in running text and decoding their parts.
//!
//! A symbol is a path of components: the parent organ (`S/`, `A/`, `E/`), then
//! session or year, a document type (`PV.`, `RES/`, `PRST/`), a number and
//! modifiers (`/Rev.1`, `/Add.2`, `/Corr.1`). Speakers also cite resolutions
//! and decisions in words ("resolution 2505 (2020)", "Human Rights Council
//! resolution 15/1", "decision 65/530"); those are symbols too.

use super::classes::{is_pattern_space, is_word_byte};
use serde::{Deserialize, Serialize};

/// A symbol found in a string.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Found {
    /// Canonical form (`S/RES/2505 (2020)`).
    pub symbol: String,
    /// Byte range in the searched string.
    pub start: usize,
    pub end: usize,
}

/// Every symbol in `text`, in order, including resolutions and decisions
/// cited in words.
pub fn find_symbols(text: &str) -> Vec<Found> {
    // Symbols are read from their slashes, resolutions and decisions cited
    // in words from their first item's `(` or `/`: one search finds both bytes.
    let bytes = text.as_bytes();
    let markers: Vec<usize> = memchr::memchr2_iter(b'(', b'/', bytes).collect();
    let slashes = markers.iter().copied().filter(|&m| bytes[m] == b'/');
    let words = markers
        .iter()
        .filter_map(|&marker| resolution_word_before(text, marker));
    find_symbols_with(text, slashes, words)
}

/// [`find_symbols`], given the text's slashes and where "resolution(s)" and
/// "decision(s)" words that may open a list start.
fn find_symbols_with(
    text: &str,
    slashes: impl Iterator<Item = usize>,
    resolution_words: impl Iterator<Item = usize>,
) -> Vec<Found> {
    let mut found = Vec::new();
    for (start, end) in anchored_matches(text, symbol_len, slashes, series_start) {
        let raw = &text[start..end];
        // A bare organ letter with one numeric part ("A/1") is more likely a
        // fraction or a list marker than a symbol.
        if raw.matches('/').count() < 2 && !raw.contains("PV.") {
            continue;
        }
        found.push(Found {
            symbol: canonical(raw),
            start,
            end,
        });
    }
    let list_len = |s: &str| resolution_items(s).last().map(|&(_, end)| end);
    for (list_start, _) in
        anchored_matches(text, list_len, resolution_words, |_, start| Some(start))
    {
        let kind = match text.as_bytes()[list_start] {
            b'D' | b'd' => "DEC",
            _ => "RES",
        };
        let before = &text[..list_start];
        let body = citing_body(before).or_else(|| body_referred_to(before));
        // "resolution 2505 (2020)" / "resolutions 1325 (2000) and 2242 (2015)":
        // the first symbol's span takes the word in, the others are the items.
        for (k, (start, end)) in resolution_items(&text[list_start..])
            .into_iter()
            .enumerate()
        {
            let raw = &text[list_start + start..list_start + end];
            // "ES11/1" is "ES-11/1" whose hyphen a line end took.
            let hyphenated;
            let raw = match raw.strip_prefix("ES") {
                Some(rest) if rest.starts_with(|c: char| c.is_ascii_digit()) => {
                    hyphenated = format!("ES-{rest}");
                    hyphenated.as_str()
                }
                _ => raw,
            };
            let symbol = match raw.split_once('(') {
                Some((n, y)) => format!("S/RES/{} ({})", n.trim(), y.trim_end_matches(')')),
                None => format!("{}{kind}/{raw}", cited_organ(body, raw)),
            };
            found.push(Found {
                symbol,
                start: if k == 0 {
                    list_start
                } else {
                    list_start + start
                },
                end: list_start + end,
            });
        }
    }
    found.sort_by_key(|f| f.start);
    found.dedup_by(|b, a| b.start < a.end);
    found
}

/// Matches of an anchored matcher (`match_len(s)`: the length of the match
/// at the start of `s`) tried only where a cheap byte search (`hits`) says one
/// may start, instead of scanning the whole text. `start_of(text, hit)` maps
/// a hit to where the match would begin, or `None` when it cannot begin there
/// (no word boundary before it). Matches do not overlap, as with `find_iter`.
fn anchored_matches(
    text: &str,
    match_len: impl Fn(&str) -> Option<usize>,
    hits: impl Iterator<Item = usize>,
    start_of: impl Fn(&str, usize) -> Option<usize>,
) -> Vec<(usize, usize)> {
    let bytes = text.as_bytes();
    let mut out = Vec::new();
    let mut resume = 0;
    for hit in hits {
        let Some(start) = start_of(text, hit) else {
            continue;
        };
        if start < resume || (start > 0 && is_word_byte(bytes[start - 1])) {
            continue;
        }
        if let Some(len) = match_len(&text[start..]) {
            out.push((start, start + len));
            resume = start + len;
        }
    }
    out
}

/// Series a symbol may start with (the organ or body that issued it).
const SERIES: [&[u8]; 15] = [
    b"A", b"S", b"E", b"ST", b"UNEP", b"DP", b"TD", b"CCPR", b"CEDAW", b"CRC", b"CERD", b"CAT",
    b"HRC", b"UNW", b"ICEF",
];

/// Length of the document symbol at the start of `s`, if one starts there.
///
/// Read by hand: symbols are the most frequent thing the parser looks for in
/// running text, and a backtracking-free reading of this small grammar was
/// several times faster than the regex engine it replaced. A symbol is one
/// of the [`SERIES`], then one or more parts, each after a slash: a special
/// or emergency special session (`S-27`, `ES-11`: `S-` or `ES-` and
/// digits), `PV.` and a meeting number (a space maybe between), or a capital
/// or digit followed by letters and digits, with dot-separated pieces (`L.7`,
/// `CN.6`); then maybe ` (Resumption 1)`, then maybe a year in parentheses
/// (a space maybe before). As in the regex it replaced, the session and
/// `PV.` readings win whenever they read, and each optional tail is taken
/// when present. Its reference pattern is `reference::SYMBOL`.
fn symbol_len(s: &str) -> Option<usize> {
    let s = s.as_bytes();
    let slash = memchr::memchr(b'/', s)?;
    if !SERIES.contains(&&s[..slash]) {
        return None;
    }
    let mut end = slash;
    while s.get(end) == Some(&b'/') {
        let mut at = end + 1;
        // "(see A/49/ PV.14)": a record's line broken, or set apart, after
        // the slash (S/PV.8699 prints both).
        if s.get(at).is_some_and(|b| is_pattern_space(*b)) && s[at + 1..].starts_with(b"PV.") {
            at += 1;
        }
        let Some(part) = symbol_part_len(&s[at..]) else {
            break;
        };
        end = at + part;
    }
    if end == slash {
        return None;
    }
    end += resumption_len(&s[end..]).unwrap_or(0);
    end += year_len(&s[end..]).unwrap_or(0);
    Some(end)
}

/// One part after a slash: a session `ES-11` / `S-27`, `PV.8700` /
/// `PV. 8700`, or `RES`, `2505`, `Rev.1`.
fn symbol_part_len(s: &[u8]) -> Option<usize> {
    if let Some((prefix, digits)) = special_session(s) {
        return Some(prefix + digits);
    }
    if let Some(after) = s.strip_prefix(b"PV.") {
        let space = usize::from(after.first().is_some_and(|b| is_pattern_space(*b)));
        let digits = digits_len(&after[space..]);
        if digits > 0 {
            return Some(3 + space + digits);
        }
    }
    if !s
        .first()
        .is_some_and(|b| b.is_ascii_uppercase() || b.is_ascii_digit())
    {
        return None;
    }
    let mut len = 1 + alnum_len(&s[1..]);
    while s.get(len) == Some(&b'.') {
        let more = alnum_len(&s[len + 1..]);
        if more == 0 {
            break;
        }
        len += 1 + more;
    }
    Some(len)
}

/// `ES-11` or `S-27` at the start of `s`, an emergency special or a special
/// session of the General Assembly (or a special session of the Human
/// Rights Council): the length of its `ES-` or `S-` and of its digits.
fn special_session(s: &[u8]) -> Option<(usize, usize)> {
    let prefix = if s.starts_with(b"ES-") {
        3
    } else if s.starts_with(b"S-") {
        2
    } else {
        return None;
    };
    let digits = digits_len(&s[prefix..]);
    (digits > 0).then_some((prefix, digits))
}

/// ` (Resumption 1)` after a meeting record's symbol.
fn resumption_len(s: &[u8]) -> Option<usize> {
    let (&space, rest) = s.split_first()?;
    let rest = rest.strip_prefix(b"(Resumption")?;
    let (&space2, rest) = rest.split_first()?;
    let digits = digits_len(rest);
    (is_pattern_space(space)
        && is_pattern_space(space2)
        && digits > 0
        && rest.get(digits) == Some(&b')'))
    .then_some(1 + "(Resumption".len() + 1 + digits + 1)
}

/// ` (2020)` or `(2020)`: a year after a symbol.
fn year_len(s: &[u8]) -> Option<usize> {
    let space = usize::from(s.first().is_some_and(|b| is_pattern_space(*b)));
    let rest = &s[space..];
    (rest.len() >= 6 && rest[0] == b'(' && digits_len(&rest[1..5]) == 4 && rest[5] == b')')
        .then_some(space + 6)
}

fn digits_len(s: &[u8]) -> usize {
    s.iter().take_while(|b| b.is_ascii_digit()).count()
}

fn alnum_len(s: &[u8]) -> usize {
    s.iter().take_while(|b| b.is_ascii_alphanumeric()).count()
}

/// The resolutions or decisions cited in words at the start of `s`
/// (`"resolution 2505 (2020)"`, `"resolutions 1325 (2000), 1820 (2008) and
/// 2242 (2015)"`, `"resolution 64/293"`, `"decision 65/530"`): the byte
/// range of each item, in order; empty when `s` does not start with such a
/// phrase. Read by hand: one of [`CITING_WORDS`] (`resolution(s)`,
/// `décision(s)`, `resoluciones`, …, capitalised or not), and a space, then
/// items separated by `, `, ` and `, `, and ` or ` or ` (and the French and
/// Spanish `et`, `ou`, `y`, `o`). An item is a number of one to four
/// digits and a year in parentheses (a space maybe between; resolutions
/// only: the Security Council's), or a session or year and a slash, one to
/// three digits and a capital maybe. The session or year is two to four
/// digits (`65/193`, ECOSOC's `2011/29`) or a special or emergency special
/// session (`S-27`, `ES-11`: `S-` or `ES-` and one or two digits, or `ES`
/// whose hyphen a line end took). Its
/// reference patterns are `reference::RESOLUTION_WORDS` and
/// `reference::RESOLUTION_ITEM`.
fn resolution_items(s: &str) -> Vec<(usize, usize)> {
    let b = s.as_bytes();
    let mut items = Vec::new();
    let Some(&(initial, stem)) = b.first().and_then(|first| {
        CITING_WORDS.iter().find(|(initial, stem)| {
            first.to_ascii_lowercase() == *initial && b[1..].starts_with(stem.as_bytes())
        })
    }) else {
        return items;
    };
    let resolutions = initial == b'r';
    let mut at = 1 + stem.len();
    if takes_plural_s(stem) {
        at += usize::from(b.get(at) == Some(&b's'));
    }
    if !b.get(at).is_some_and(|c| is_pattern_space(*c)) {
        return items;
    }
    at += 1;
    let Some(len) = resolution_item_len(&b[at..], resolutions) else {
        return items;
    };
    items.push((at, at + len));
    at += len;
    loop {
        let next = [
            &b","[..],
            b" and",
            b", and",
            b" or",
            b" et",
            b", et",
            b" ou",
            b" y",
            b", y",
            b" o",
        ]
        .iter()
        .find_map(|sep| {
            let after = separator_len(&b[at..], sep)?;
            let len = resolution_item_len(&b[at + after..], resolutions)?;
            Some((at + after, len))
        });
        let Some((item, len)) = next else {
            return items;
        };
        items.push((item, item + len));
        at = item + len;
    }
}

/// Length of a separator between resolutions at the start of `s`: `sep`
/// (its spaces any one ASCII whitespace) followed by one whitespace.
fn separator_len(s: &[u8], sep: &[u8]) -> Option<usize> {
    let fits = s.len() > sep.len() && spaced_prefix(s, sep);
    (fits && is_pattern_space(s[sep.len()])).then_some(sep.len() + 1)
}

/// Does `s` start with `words`, each space in them any one ASCII
/// whitespace (`\s`)?
fn spaced_prefix(s: &[u8], words: &[u8]) -> bool {
    s.len() >= words.len()
        && words.iter().zip(s).all(|(p, c)| {
            if *p == b' ' {
                is_pattern_space(*c)
            } else {
                p == c
            }
        })
}

/// `2505 (2020)`, `2505(2020)` (when `with_year`), `64/293`, `2011/29` or
/// `ES-11/1`: length of the resolution or decision number at the start of `s`.
fn resolution_item_len(s: &[u8], with_year: bool) -> Option<usize> {
    let digits = digits_len(s);
    if with_year && (1..=4).contains(&digits) {
        if let Some(year) = year_len(&s[digits..]) {
            return Some(digits + year);
        }
    }
    // ("ES11/1": pdftotext drops the hyphen of "ES-" broken at a line end.)
    let glued = (s.starts_with(b"ES") && digits_len(&s[2..]) > 0).then(|| (2, digits_len(&s[2..])));
    let session = match special_session(s).or(glued) {
        Some((prefix, session @ 1..=2)) => prefix + session,
        None if (2..=4).contains(&digits) => digits,
        _ => return None,
    };
    if s.get(session) == Some(&b'/') {
        let number = digits_len(&s[session + 1..]).min(3);
        if number > 0 {
            let end = session + 1 + number;
            return Some(end + usize::from(s.get(end).is_some_and(u8::is_ascii_uppercase)));
        }
    }
    None
}

/// Bodies whose resolutions and decisions speakers cite by name before the
/// word (`Human Rights Council resolution 15/1`), and the start of their
/// symbols. The number alone cannot tell a Council's `15/1` from the
/// General Assembly's, nor the Commission's `2005/69` from ECOSOC's.
const CITING_BODIES: [(&[u8], &str); 4] = [
    (b"Human Rights Council", "A/HRC/"),
    (b"Commission on Human Rights", "E/CN.4/"),
    (b"Economic and Social Council", "E/"),
    (b"General Assembly", "A/"),
];

/// The body named right before a resolution or decision cited in words,
/// `before` being the text up to the word: one of [`CITING_BODIES`] (each
/// space any whitespace), starting a word, then one whitespace. Its
/// reference pattern is `reference::CITING_BODY`.
fn citing_body(before: &str) -> Option<usize> {
    let (&space, b) = before.as_bytes().split_last()?;
    if !is_pattern_space(space) {
        return None;
    }
    CITING_BODIES.iter().position(|(name, _)| {
        b.len().checked_sub(name.len()).is_some_and(|start| {
            spaced_prefix(&b[start..], name) && (start == 0 || !is_word_byte(b[start - 1]))
        })
    })
}

/// The body a possessive before the word refers back to, in the same
/// sentence: "The Human Rights Council, in its resolution 15/1, …" (and the
/// French "sa", the Spanish "su", "their"). The last of [`CITING_BODIES`]
/// named in the sentence, not as a possessive ("the Human Rights Council's
/// report"), within 200 bytes before; `None` when none is, so the number's
/// shape decides as when no body is named.
fn body_referred_to(before: &str) -> Option<usize> {
    let b = before.as_bytes();
    let (&space, rest) = b.split_last()?;
    if !is_pattern_space(space) {
        return None;
    }
    let possessive = [&b"its"[..], b"their", b"sa", b"su"]
        .into_iter()
        .find(|p| rest.ends_with(p))?;
    let word_start = rest.len() - possessive.len();
    if word_start > 0 && is_word_byte(rest[word_start - 1]) {
        return None;
    }
    let mut from = word_start.saturating_sub(200);
    // The sentence: after the last ". " before the possessive.
    if let Some(dot) = rest[from..word_start]
        .windows(2)
        .rposition(|w| w[0] == b'.' && is_pattern_space(w[1]))
    {
        from += dot + 2;
    }
    let window = &rest[from..word_start];
    let mut last: Option<(usize, usize)> = None;
    for at in 0..window.len() {
        if at > 0 && is_word_byte(window[at - 1]) {
            continue;
        }
        for (k, (name, _)) in CITING_BODIES.iter().enumerate() {
            if !spaced_prefix(&window[at..], name) {
                continue;
            }
            let after = &window[at + name.len()..];
            let owned = after.starts_with(b"'s") || after.starts_with("’s".as_bytes());
            if !owned && !after.first().is_some_and(|c| is_word_byte(*c)) {
                last = Some((at, k));
            }
        }
    }
    last.map(|(_, k)| k)
}

/// The start of the symbol of a resolution or decision cited in words
/// (`A/`, `A/HRC/`, `E/`, `E/CN.4/`): the body named before it
/// ([`citing_body`]), or else the number's shape. The General Assembly
/// numbers by session (`65/193`: two digits, the 80th session opening in
/// 2025; or `ES-11/1`), ECOSOC by four-digit year (`2011/29`), so an unnamed
/// year is ECOSOC's. The Commission on Human Rights numbered by year too,
/// but is named when cited; the Human Rights Council numbers by session and
/// is named too, so an unnamed session stays the Assembly's.
fn cited_organ(body: Option<usize>, item: &str) -> &'static str {
    match body {
        Some(k) => CITING_BODIES[k].1,
        None if digits_len(item.as_bytes()) == 4 => "E/",
        None => "A/",
    }
}

/// Where a "resolution(s)" or "decision(s)" word starts whose list's first
/// item has its year's `(` or its session's `/` at `marker`: `resolution
/// 2505 (2020)`, `resolutions 1325(2000)`, `resolution 46/182`, `decision
/// ES-11/2`. Every list opens so (see [`resolution_items`]), and the two
/// bytes are rare in prose (1,900 in the corpus's 1.09 MB), so the words are
/// found from them, looking back. A search for "esolution" itself stopped at
/// each of its rarest byte, "u" (22,700 in the corpus), and was two thirds of
/// the time the browser build spent finding symbols.
fn resolution_word_before(text: &str, marker: usize) -> Option<usize> {
    let b = text.as_bytes();
    let year = b[marker] == b'(';
    let mut digits_end = marker;
    if year && marker > 0 && is_pattern_space(b[marker - 1]) {
        digits_end -= 1;
    }
    let digits = b[..digits_end]
        .iter()
        .rev()
        .take(5)
        .take_while(|c| c.is_ascii_digit())
        .count();
    let mut number_start = digits_end - digits;
    let allowed = if year {
        1..=4
    } else if let Some(prefix) = [&b"ES-"[..], b"S-", b"ES"]
        .into_iter()
        .find(|p| b[..number_start].ends_with(p))
    {
        number_start -= prefix.len();
        1..=2
    } else {
        2..=4
    };
    if !allowed.contains(&digits) {
        return None;
    }
    // One space before the number; the word, maybe plural, before it.
    let space = number_start.checked_sub(1)?;
    if !b[space].is_ascii_whitespace() {
        return None;
    }
    let plural = space > 0 && b[space - 1] == b's';
    CITING_WORDS.iter().find_map(|&(initial, stem)| {
        let word_end = space - usize::from(plural && takes_plural_s(stem));
        let start = word_end.checked_sub(stem.len() + 1)?;
        (b[start].to_ascii_lowercase() == initial && &b[start + 1..word_end] == stem.as_bytes())
            .then_some(start)
    })
}

/// The words that cite resolutions (`r`) and decisions (`d`), after their
/// initial (either case): English, French and Spanish, the Spanish plural
/// whole ("resoluciones"); the others take a plural "s".
const CITING_WORDS: [(u8, &str); 8] = [
    (b'r', "esolution"),
    (b'r', "ésolution"),
    (b'r', "esoluciones"),
    (b'r', "esolución"),
    (b'd', "ecision"),
    (b'd', "écision"),
    (b'd', "ecisiones"),
    (b'd', "ecisión"),
];

/// Does the citing word `stem` make its plural with "s" ("resolutions",
/// "résolutions"; not "resolución")?
fn takes_plural_s(stem: &str) -> bool {
    stem.ends_with("tion") || stem.ends_with("sion")
}

/// A symbol's series (`S`, `A`, `UNEP`, …) is the run of capitals before its
/// first slash; a symbol part (a letter or digit) must follow the slash.
fn series_start(text: &str, slash: usize) -> Option<usize> {
    let bytes = text.as_bytes();
    if !bytes.get(slash + 1).is_some_and(u8::is_ascii_alphanumeric) {
        return None;
    }
    let mut start = slash;
    while start > 0 && bytes[start - 1].is_ascii_uppercase() {
        start -= 1;
    }
    (start < slash).then_some(start)
}

/// Normalise spacing: `S/PV. 8700` → `S/PV.8700`, `S/RES/1325(2000)` → `S/RES/1325 (2000)`.
pub fn canonical(raw: &str) -> String {
    // The one space a symbol may hold (after `PV.`, or after the slash
    // before it) may be any whitespace, a line end in a raw text.
    let mut s = if raw.bytes().any(|b| b.is_ascii_whitespace()) {
        raw.replace(['\n', '\t', '\r', '\x0B', '\x0C'], " ")
            .replace("PV. ", "PV.")
            .replace("/ PV.", "/PV.")
    } else {
        raw.to_owned()
    };
    if let Some(open) = s.rfind('(') {
        if s.ends_with(')') && s[open + 1..s.len() - 1].len() == 4 && !s[..open].ends_with(' ') {
            s.insert(open, ' ');
        }
    }
    s
}

/// The parts of a symbol, decoded for a reader.
#[derive(Debug, Clone, Default, Serialize, Deserialize, PartialEq)]
pub struct Decoded {
    /// `Security Council`, `General Assembly`, …, or the body under it that
    /// issues the series (`Human Rights Council` for `A/HRC/`): the name a
    /// reader knows the document by.
    pub organ: Option<String>,
    /// `resolution`, `decision`, `verbatim record`, `presidential statement`,
    /// `document`, …
    pub kind: String,
    /// Year (`2020`) or session (`58th session`).
    pub year: Option<String>,
    pub session: Option<u32>,
    /// `special` or `emergency special` when the session is one (`S-27`,
    /// `ES-11`): their numbers run apart from the regular sessions'.
    pub session_kind: Option<String>,
    pub number: Option<String>,
    /// `Revision 1`, `Addendum 2`, `Corrigendum 1`, `Resumption 1`.
    pub modifiers: Vec<String>,
}

/// Decode a canonical symbol into organ, type, year/session and modifiers.
pub fn decode_symbol(symbol: &str) -> Decoded {
    let mut d = Decoded::default();
    let (path, year_suffix) = match symbol.rfind(" (") {
        Some(i) if symbol.ends_with(')') => (&symbol[..i], Some(&symbol[i + 2..symbol.len() - 1])),
        _ => (symbol, None),
    };
    let parts: Vec<&str> = path.split('/').collect();
    // A body with its own series under its parent organ is named for it; its
    // parts then read as the organ's (`A/HRC/RES/15/1` as `A/RES/15/1`).
    let (organ, first) = match (parts[0], parts.get(1).copied()) {
        ("A", Some("HRC")) => ("Human Rights Council", 2),
        ("E", Some("CN.4")) => ("Commission on Human Rights", 2),
        (series, _) => (
            match series {
                "S" => "Security Council",
                "A" => "General Assembly",
                "E" => "Economic and Social Council",
                "ST" => "Secretariat",
                "UNEP" => "United Nations Environment Programme",
                "HRC" => "Human Rights Council",
                "CCPR" => "Human Rights Committee",
                "CEDAW" => "Committee on the Elimination of Discrimination against Women",
                "CRC" => "Committee on the Rights of the Child",
                _ => "United Nations",
            },
            1,
        ),
    };
    d.organ = Some(organ.to_owned());
    d.kind = "document".into();
    let mut rest: Vec<&str> = Vec::new();
    for p in &parts[first..] {
        if let Some(m) = p.strip_prefix("Rev.") {
            d.modifiers.push(format!("Revision {m}"));
        } else if let Some(m) = p.strip_prefix("Add.") {
            d.modifiers.push(format!("Addendum {m}"));
        } else if let Some(m) = p.strip_prefix("Corr.") {
            d.modifiers.push(format!("Corrigendum {m}"));
        } else if let Some(m) = p.strip_prefix("Amend.") {
            d.modifiers.push(format!("Amendment {m}"));
        } else {
            rest.push(p);
        }
    }
    if let Some(y) = year_suffix {
        if let Some(r) = y.strip_prefix("Resumption ") {
            d.modifiers.push(format!("Resumption {r}"));
        } else {
            d.year = Some(y.to_owned());
        }
    }
    match rest.as_slice() {
        [pv] if pv.starts_with("PV.") => {
            d.kind = "verbatim record".into();
            d.number = Some(pv[3..].trim().to_owned());
        }
        ["RES", n] => {
            d.kind = "resolution".into();
            d.number = Some((*n).to_owned());
        }
        ["PRST", y, n] => {
            d.kind = "presidential statement".into();
            d.year = Some((*y).to_owned());
            d.number = Some((*n).to_owned());
        }
        [kind @ ("RES" | "DEC"), s, n] => {
            d.kind = if *kind == "RES" {
                "resolution"
            } else {
                "decision"
            }
            .into();
            read_session(&mut d, s);
            d.number = Some((*n).to_owned());
        }
        [s, pv] if pv.starts_with("PV.") => {
            d.kind = "verbatim record".into();
            read_session(&mut d, s);
            d.number = Some(pv[3..].trim().to_owned());
        }
        [s, "L.", ..] | [s, _, ..] if s.starts_with('C') && s.len() <= 3 => {
            d.kind = "committee document".into();
        }
        [s, n] if parts[0] == "A" || s.len() == 4 => {
            read_session(&mut d, s);
            if let Some(l) = n.strip_prefix("L.") {
                d.kind = "draft (limited distribution)".into();
                d.number = Some(l.to_owned());
            } else {
                d.number = Some((*n).to_owned());
            }
        }
        _ => {}
    }
    d
}

/// A symbol's part after its organ (and `RES/`): a year (`2011`, as ECOSOC
/// and the Security Council number), or a session (`65`; `ES-11`, an
/// emergency special session; `S-27`, a special session).
fn read_session(d: &mut Decoded, part: &str) {
    if part.len() == 4 && part.bytes().all(|b| b.is_ascii_digit()) {
        d.year = Some(part.to_owned());
        return;
    }
    let (kind, number) = if let Some(n) = part.strip_prefix("ES-") {
        (Some("emergency special"), n)
    } else if let Some(n) = part.strip_prefix("S-") {
        (Some("special"), n)
    } else {
        (None, part)
    };
    d.session = number.parse().ok();
    d.session_kind = kind.filter(|_| d.session.is_some()).map(str::to_owned);
}

/// The address of a document on the UN's document system.
///
/// Resolutions drop the space before the year (`S/RES/1325(2000)`), as the UN's
/// own links do.
pub fn document_url(symbol: &str) -> String {
    format!("https://docs.un.org/en/{}", symbol.replace(" (", "("))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::grammar::reference::{CITING_BODY, RESOLUTION_ITEM, RESOLUTION_WORDS, SYMBOL};

    /// Items as the regexes found them: the list, then each item after the
    /// list's first whitespace. (The parser took the first space, which lost
    /// the items when a line break followed the word; the hand reading reads
    /// them, and paragraphs have their line breaks joined anyway.)
    fn items_by_pattern(s: &str) -> Vec<(usize, usize)> {
        let Some(list) = RESOLUTION_WORDS.find(s) else {
            return Vec::new();
        };
        let items_at = s
            .find(|c: char| c.is_ascii_whitespace())
            .map_or(s.len(), |i| i + 1);
        RESOLUTION_ITEM
            .find_iter(&s[items_at..list.end()])
            .map(|m| (items_at + m.start(), items_at + m.end()))
            .collect()
    }

    #[test]
    fn resolution_reading_agrees_with_the_pattern() {
        let mut texts = crate::corpus_texts();
        texts.push(
            [
                "resolution 2505 (2020).",
                "resolutions 1325 (2000), 1820 (2008) and 2242 (2015)",
                "resolutions 1325(2000), and 2242 (2015),",
                "resolution 64/293 or 65/1A.",
                "resolution 12345 (2000)",
                "resolution 64/2934",
                "resolution 1 (2000)",
                "resolution 2505  (2020)",
                "resolution 2505 (202)",
                "Resolution 2505 (2020) and",
                "resolutions 2505 (2020) and and 1 (2000)",
                "resolution 2505 (2020),  1 (2000)",
                "resolution",
                "resolutions",
                "resolution 7",
                "resolution 2505 (2020) or 1/2",
                "resolutions ES-11/1 and ES-11/2,",
                "resolution S-27/2 or 2011/29 and 65/1",
                "resolution ES-/1 resolution ES-123/1 resolution XS-1/1 resolution E-1/1",
                "resolution 12345/6 resolution 2011/2934 resolution ES11/1",
                "decision 65/530.",
                "Decisions 65/530, 2011/208 and ES-10/2A",
                "decision 2505 (2020), decision 65/530 and 2505 (2020)",
                "decisions 6/530 decision",
            ]
            .join(" ; "),
        );
        let mut compared = 0;
        for text in &texts {
            let b = text.as_bytes();
            let hits = memchr::memmem::find_iter(b, "esolution")
                .chain(memchr::memmem::find_iter(b, "ecision"));
            for hit in hits {
                let Some(start) = hit.checked_sub(1) else {
                    continue;
                };
                if !text.is_char_boundary(start) {
                    continue;
                }
                let expected = items_by_pattern(&text[start..]);
                compared += usize::from(!expected.is_empty());
                assert_eq!(
                    resolution_items(&text[start..]),
                    expected,
                    "{}",
                    &text[start..(start + 60).min(text.len())]
                );
            }
        }
        assert!(compared > 100, "{compared} citations compared");
    }

    /// Finding "resolution(s)" and "decision(s)" words from their first
    /// item's `(` or `/` finds what searching for the words themselves found
    /// (the reader before it: every "esolution" or "ecision", kept when `R`/`r`
    /// or `D`/`d` precedes it and, after an optional "s", a space and a digit,
    /// `S-` or `ES-` follow), on the whole texts of the corpus (all shapes)
    /// and on edge cases.
    #[test]
    fn resolution_words_found_from_their_items_as_by_the_word() {
        let by_word = |text: &str| {
            let b = text.as_bytes();
            let mut words: Vec<usize> = [
                ("esolution", b'r'),
                ("ecision", b'd'),
                ("ésolution", b'r'),
                ("écision", b'd'),
                ("esoluciones", b'r'),
                ("esolución", b'r'),
                ("ecisiones", b'd'),
                ("ecisión", b'd'),
            ]
            .into_iter()
            .flat_map(|(word, initial)| {
                memchr::memmem::find_iter(b, word).filter_map(move |at| {
                    let after = &b[at + word.len()..];
                    let after = if word.ends_with('n') {
                        after.strip_prefix(b"s").unwrap_or(after)
                    } else {
                        after
                    };
                    let numbered = after.len() > 1
                        && after[0].is_ascii_whitespace()
                        && (after[1].is_ascii_digit()
                            || after[1..].starts_with(b"S-")
                            || after[1..].starts_with(b"ES"));
                    let start = at.checked_sub(1)?;
                    (numbered && b[start].to_ascii_lowercase() == initial).then_some(start)
                })
            })
            .collect();
            words.sort_unstable();
            find_symbols_with(text, memchr::memchr_iter(b'/', b), words.into_iter())
        };
        let edge_cases = [
            "resolution 2505 (2020).",
            "Resolutions 1325 (2000), 1820 (2008) and 2242 (2015) and resolution 46/182",
            "resolutions 1325(2000), and 2242 (2015), resolution\t2505\n(2020)",
            "resolution 64/293 or 65/1A; resolution 6/29; resolution 1234/5",
            "resolution 12345 (2000) resolution 64/2934 resolution 1 (2000)",
            "resolution 2505  (2020) resolution 2505 (202) resolution\u{b}2505 (2020)",
            "resolutionss 12 (2000) xresolution 12 (2000) resolutions12 (2000)",
            "(2000) /2 s 12 (2000) n 12 (2000) esolution 12 (2000) 1 (2000)",
            "resolution 7 resolution ( resolution 12 ( resolution 2505 (2020)/5",
            "S/RES/2505 (2020) and resolution 2505 (2020), A/RES/46/182",
            "resolutions ES-11/1 and ES-11/2; resolution S-27/2; resolution ES-/1",
            "resolution ES-123/1 resolution XES-1/1 resolution S-1/1 (S-1/1) -S-1/1",
            "Human Rights Council resolution 15/1 and resolution 2011/29 or 1/2",
            "decision 65/530 Decisions 2011/208 and S-27/1 decision 2505 (2020)",
            "indecision 65/1 decisions\n65/1 resolution 12345/1 resolution 1234/1",
            "résolution 2334 (2016) et 2801 (2026); résolutions 65/1, 65/2 ou 65/3",
            "resoluciones 1325 (2000) y 2242 (2015); resolución ES-11/1 o ES11/2",
            "resolutions ES11/1 and ES-11/2; resolution ES111/1; décisions 76/1",
        ];
        let mut texts = crate::corpus_texts();
        texts.extend(edge_cases.iter().map(|t| t.to_string()));
        let mut found = 0;
        for text in &texts {
            for part in text.split("\n\n") {
                let expected = by_word(part);
                found += expected.len();
                assert_eq!(find_symbols(part), expected, "{part}");
            }
        }
        assert!(found > 1000, "{found} symbols compared");
    }

    /// The hand reading must match exactly what the regex matches, at every
    /// place a symbol may start in the corpus (all shapes) and in edge cases.
    #[test]
    fn symbol_reading_agrees_with_the_pattern() {
        let mut texts = crate::corpus_texts();
        texts.push(
            [
                "S/PV.8700",
                "S/PV. 8700 (Resumption 1)",
                "S/PV.8700x/Add.1",
                "S/PV.\n12",
                "S/PV.x",
                "S/RES/2505(2020)",
                "S/RES/2505 (2020",
                "S/RES/2505  (2020)",
                "A/58/1.",
                "A/58/L.7/Rev.1/Add.2 (2003)",
                "A/",
                "A//1",
                "A/a",
                "XS/2020/1",
                "ST/SGB/2003/13",
                "UNEP/GC.27/17",
                "S/2020/27 (Resumption 12) (2020)",
                "S/2020/27\t(2020)",
                "E/CN.6/2020/L.1.",
                "A/RES/64/293.",
                "S/PV.8699 (Resumption\n2)",
                "CEDAW/C/GC/30",
                "S/2000/809,",
                "A/74/1/",
                "S/PRST/2020/1.x",
                "A/ES-11/L.1",
                "A/RES/ES-11/1.",
                "A/ES-10/PV.5",
                "A/S-27/2",
                "A/RES/S-27/2 (2002)",
                "A/HRC/RES/S-30/1",
                "A/ES-/1",
                "A/ES-x/1",
                "A/S-/PV.1",
                "A/ES11/1",
                "A/ES-11a/1",
                "A/HRC/RES/15/1",
                "A/HRC/15/L.1",
                "E/2011/29",
                "E/CN.4/2005/L.10",
                "E/RES/2011/29",
            ]
            .join(" "),
        );
        let mut compared = 0;
        for text in &texts {
            for slash in memchr::memchr_iter(b'/', text.as_bytes()) {
                let Some(start) = series_start(text, slash) else {
                    continue;
                };
                let by_pattern = SYMBOL.find(&text[start..]).map(|m| m.end());
                let context: String = text[start..].chars().take(40).collect();
                assert_eq!(symbol_len(&text[start..]), by_pattern, "{context}");
                compared += 1;
            }
        }
        assert!(compared > 900, "{compared} places compared");
    }

    fn syms(t: &str) -> Vec<String> {
        find_symbols(t).into_iter().map(|f| f.symbol).collect()
    }

    #[test]
    fn finds_symbols_in_running_text() {
        assert_eq!(
            syms("Since the Brahimi report (S/2000/809) and the report (A/58/1)."),
            ["S/2000/809", "A/58/1"]
        );
        assert_eq!(syms("see S/PV.8697), the divisions"), ["S/PV.8697"]);
        assert_eq!(
            syms("resolutions 1325 (2000) and 2242 (2015), and S/RES/2467 (2019)"),
            [
                "S/RES/1325 (2000)",
                "S/RES/2242 (2015)",
                "S/RES/2467 (2019)"
            ]
        );
        assert_eq!(
            syms("General Assembly resolution 46/182”."),
            ["A/RES/46/182"]
        );
        assert_eq!(
            syms("S/PRST/2020/1 and S/2019/823/Add.2 and A/C.3/65/L.2/Rev.1"),
            ["S/PRST/2020/1", "S/2019/823/Add.2", "A/C.3/65/L.2/Rev.1"]
        );
        assert_eq!(syms("A/RES/64/293, the 3/12 page"), ["A/RES/64/293"]);
        let f = &find_symbols("adopted as resolution 2504 (2020).")[0];
        assert_eq!(
            &"adopted as resolution 2504 (2020)."[f.start..f.end],
            "resolution 2504 (2020)"
        );
    }

    #[test]
    fn decodes_structure() {
        let d = decode_symbol("S/RES/2505 (2020)");
        assert_eq!(
            (d.kind.as_str(), d.year.as_deref(), d.number.as_deref()),
            ("resolution", Some("2020"), Some("2505"))
        );
        let d = decode_symbol("A/58/PV.7");
        assert_eq!((d.kind.as_str(), d.session), ("verbatim record", Some(58)));
        let d = decode_symbol("S/2019/823/Rev.1");
        assert_eq!(d.modifiers, ["Revision 1"]);
        assert_eq!(d.year.as_deref(), Some("2019"));
        assert_eq!(
            decode_symbol("S/PRST/2020/1").kind,
            "presidential statement"
        );
        assert_eq!(
            document_url("S/RES/1325 (2000)"),
            "https://docs.un.org/en/S/RES/1325(2000)"
        );
    }

    /// [`citing_body`] agrees with its pattern on the text before every
    /// "resolution" and "decision" of the corpus (a window of it, the same
    /// for both) and on edge cases.
    #[test]
    fn citing_body_agrees_with_the_pattern() {
        let by_pattern = |before: &str| {
            let name = CITING_BODY.captures(before)?["body"]
                .split_ascii_whitespace()
                .collect::<Vec<_>>()
                .join(" ");
            CITING_BODIES
                .iter()
                .position(|(n, _)| *n == name.as_bytes())
        };
        let edge = [
            "Human Rights Council ",
            "the Human Rights Council\n",
            "Human Rights\tCouncil ",
            "Human Rights Council  ",
            "Human Rights Council",
            "theHuman Rights Council ",
            "human rights council ",
            "Commission on Human Rights ",
            "Sub-Commission on Human Rights ",
            "Economic and Social Council ",
            "(General Assembly ",
            "General Assembly's ",
            "Security Council ",
            "Council ",
            " ",
            "",
        ];
        let corpus = crate::corpus_texts();
        let windows = corpus.iter().flat_map(|t| {
            ["resolution", "decision"]
                .into_iter()
                .flat_map(move |w| t.match_indices(w))
                .map(move |(at, _)| &t[t.floor_char_boundary(at.saturating_sub(40))..at])
        });
        let mut named = 0;
        for before in windows.chain(edge) {
            let body = citing_body(before);
            assert_eq!(body, by_pattern(before), "{before:?}");
            named += usize::from(body.is_some());
        }
        assert!(named > 20, "{named} bodies named");
    }

    /// A body named earlier in the sentence and referred back to by "its":
    /// its resolutions are its own, not the General Assembly's.
    #[test]
    fn a_body_referred_back_to_cites_its_own_resolutions() {
        assert_eq!(
            syms("The Human Rights Council, in its resolution 15/1, decided"),
            ["A/HRC/RES/15/1"]
        );
        assert_eq!(
            syms("the Commission on Human Rights, in\nits resolution 2005/69 and its decision 2004/1,"),
            ["E/CN.4/RES/2005/69", "E/CN.4/DEC/2004/1"]
        );
        assert_eq!(
            syms("Le Conseil des droits de l'homme et le Human Rights Council, dans sa résolution 15/1"),
            ["A/HRC/RES/15/1"]
        );
        // The Assembly's own, as before: named, or named by nobody.
        assert_eq!(
            syms("By its resolution 48/141, the Assembly"),
            ["A/RES/48/141"]
        );
        assert_eq!(
            syms("The General Assembly, in its resolution 65/281, welcomed"),
            ["A/RES/65/281"]
        );
        // Not the subject: a possessive, another sentence, a word's end.
        assert_eq!(
            syms(
                "After the Human Rights Council's report, the Assembly, in its resolution 65/281,"
            ),
            ["A/RES/65/281"]
        );
        assert_eq!(
            syms("We thank the Human Rights Council. The Assembly, in its resolution 65/281,"),
            ["A/RES/65/281"]
        );
        assert_eq!(
            syms("the Human Rights Council and bits resolution 65/281"),
            ["A/RES/65/281"]
        );
        // A Security Council resolution keeps its form.
        assert_eq!(
            syms(
                "The Human Rights Council recalled that the Council, in its resolution 2334 (2016)"
            ),
            ["S/RES/2334 (2016)"]
        );
    }

    /// A verbatim record's symbol broken or set apart after its slash
    /// (S/PV.8699: "(see A/49/ PV.14)", "(see A/74/" / "PV.3)").
    #[test]
    fn a_record_symbol_split_after_its_slash() {
        assert_eq!(syms("(see A/49/ PV.14) as President"), ["A/49/PV.14"]);
        assert_eq!(syms("(see A/74/\nPV.3), it is up to us"), ["A/74/PV.3"]);
        // Only before PV.: "A/49/ 2020" is a symbol and a number.
        assert_eq!(syms("A/49/1 and A/49/ 2020"), ["A/49/1"]);
    }

    #[test]
    fn finds_special_session_symbols() {
        assert_eq!(
            syms("draft resolution A/ES-11/L.1, the record A/ES-10/PV.5 and A/RES/ES-11/1."),
            ["A/ES-11/L.1", "A/ES-10/PV.5", "A/RES/ES-11/1"]
        );
        assert_eq!(
            syms("the report (A/S-27/2) and resolution S-27/2."),
            ["A/S-27/2", "A/RES/S-27/2"]
        );
        // From the corpus (A/76/PV.102): lists and a line's own citation.
        assert_eq!(
            syms("as well as its disregard of resolutions ES-11/1 and ES-11/2,"),
            ["A/RES/ES-11/1", "A/RES/ES-11/2"]
        );
        assert_eq!(
            syms("the General Assembly adopted resolution ES-11/1, entitled"),
            ["A/RES/ES-11/1"]
        );
        assert_eq!(
            syms("Draft resolution A/ES-11/L.1 was adopted (resolution ES-11/1)."),
            ["A/ES-11/L.1", "A/RES/ES-11/1"]
        );
        // Not sessions: a three-digit session, a word run on.
        assert!(syms("resolution ES-111/1, XES-11/1").is_empty());
        // "ES11/1": pdftotext took the hyphen of "ES-" broken at a line end
        // (A/76/PV.102 p. 27).
        assert_eq!(
            syms("General Assembly resolutions ES11/1 and ES-11/2 of 2 and 24 March"),
            ["A/RES/ES-11/1", "A/RES/ES-11/2"]
        );
    }

    #[test]
    fn resolutions_of_other_bodies_take_their_symbols() {
        // From the corpus (A/65/PV.71), a line break between the words.
        assert_eq!(
            syms("I wish to focus in particular on Human Rights Council\nresolution 15/1 on the follow-up"),
            ["A/HRC/RES/15/1"]
        );
        assert_ne!(syms("Human Rights Council resolution 15/1"), ["A/RES/15/1"]);
        assert_eq!(
            syms("Human Rights Council resolutions 15/1 and S-30/1"),
            ["A/HRC/RES/15/1", "A/HRC/RES/S-30/1"]
        );
        assert_eq!(
            syms("Economic and Social Council resolution 2011/29"),
            ["E/RES/2011/29"]
        );
        assert_eq!(
            syms("Commission on Human Rights resolution 2005/69"),
            ["E/CN.4/RES/2005/69"]
        );
        // No body named: a year is ECOSOC's, a session the Assembly's.
        assert_eq!(syms("resolution 2011/29"), ["E/RES/2011/29"]);
        assert_eq!(syms("resolution 65/193"), ["A/RES/65/193"]);
        assert_eq!(syms("General Assembly resolution 65/193"), ["A/RES/65/193"]);
        assert_eq!(
            syms("Security Council resolution 2505 (2020)"),
            ["S/RES/2505 (2020)"]
        );
        // The span starts at the word: the body is not part of the link.
        let text = "Human Rights Council resolution 15/1.";
        let f = &find_symbols(text)[0];
        assert_eq!(&text[f.start..f.end], "resolution 15/1");
        // Fractions and short numbers are no resolutions.
        assert!(syms("1/2 of them, resolution 1/2, 3/4, resolution 12345/6").is_empty());
    }

    #[test]
    fn symbols_of_other_bodies_in_running_text() {
        assert_eq!(
            syms("See A/HRC/RES/15/1, A/HRC/15/L.1 and (E/2011/29); E/CN.4/2005/L.10 and E/RES/2011/29."),
            [
                "A/HRC/RES/15/1",
                "A/HRC/15/L.1",
                "E/2011/29",
                "E/CN.4/2005/L.10",
                "E/RES/2011/29"
            ]
        );
    }

    #[test]
    fn decisions_cited_in_words() {
        assert_eq!(
            syms("Draft decision I was adopted (decision 65/530)."),
            ["A/DEC/65/530"]
        );
        // From the corpus (A/76/PV.102), a line break inside.
        assert_eq!(
            syms("Draft decision A/76/L.79 was adopted (decision\n76/575)."),
            ["A/76/L.79", "A/DEC/76/575"]
        );
        assert_eq!(
            syms("decisions 65/530 and 65/531; Economic and Social Council decision 2011/208"),
            ["A/DEC/65/530", "A/DEC/65/531", "E/DEC/2011/208"]
        );
        // A decision has no Security Council form.
        assert!(syms("decision 2505 (2020), indecision 65/1").is_empty());
    }

    #[test]
    fn adoption_notices_name_the_resolution() {
        assert_eq!(
            syms("Draft resolution II was adopted (resolution 65/193)."),
            ["A/RES/65/193"]
        );
    }

    /// A decoded symbol in a line: organ, kind, session, year, number.
    fn summary(symbol: &str) -> String {
        let d = decode_symbol(symbol);
        let session = d.session.map(|s| match d.session_kind {
            Some(k) => format!("session {s} ({k})"),
            None => format!("session {s}"),
        });
        [
            d.organ,
            Some(d.kind),
            session,
            d.year.map(|y| format!("year {y}")),
            d.number.map(|n| format!("no. {n}")),
        ]
        .into_iter()
        .flatten()
        .collect::<Vec<_>>()
        .join(", ")
    }

    #[test]
    fn decodes_other_bodies_and_sessions() {
        for (symbol, parts) in [
            ("A/RES/ES-11/1", "General Assembly, resolution, session 11 (emergency special), no. 1"),
            ("A/ES-11/L.1", "General Assembly, draft (limited distribution), session 11 (emergency special), no. 1"),
            ("A/ES-10/PV.5", "General Assembly, verbatim record, session 10 (emergency special), no. 5"),
            ("A/S-27/2", "General Assembly, document, session 27 (special), no. 2"),
            ("A/RES/S-27/2", "General Assembly, resolution, session 27 (special), no. 2"),
            ("A/DEC/65/530", "General Assembly, decision, session 65, no. 530"),
            ("A/RES/65/193", "General Assembly, resolution, session 65, no. 193"),
            ("A/HRC/RES/15/1", "Human Rights Council, resolution, session 15, no. 1"),
            ("A/HRC/15/L.1", "Human Rights Council, draft (limited distribution), session 15, no. 1"),
            ("E/2011/29", "Economic and Social Council, document, year 2011, no. 29"),
            ("E/RES/2011/29", "Economic and Social Council, resolution, year 2011, no. 29"),
            ("E/DEC/2011/208", "Economic and Social Council, decision, year 2011, no. 208"),
            ("E/CN.4/2005/L.10", "Commission on Human Rights, draft (limited distribution), year 2005, no. 10"),
            ("E/CN.4/RES/2005/69", "Commission on Human Rights, resolution, year 2005, no. 69"),
        ] {
            assert_eq!(summary(symbol), parts, "{symbol}");
        }
    }

    #[test]
    fn other_bodies_link_to_the_document_system() {
        for (symbol, url) in [
            ("A/RES/ES-11/1", "https://docs.un.org/en/A/RES/ES-11/1"),
            ("A/RES/S-27/2", "https://docs.un.org/en/A/RES/S-27/2"),
            ("A/HRC/RES/15/1", "https://docs.un.org/en/A/HRC/RES/15/1"),
            ("E/RES/2011/29", "https://docs.un.org/en/E/RES/2011/29"),
            (
                "E/CN.4/RES/2005/69",
                "https://docs.un.org/en/E/CN.4/RES/2005/69",
            ),
            ("A/DEC/65/530", "https://docs.un.org/en/A/DEC/65/530"),
        ] {
            assert_eq!(document_url(symbol), url);
        }
    }
}
