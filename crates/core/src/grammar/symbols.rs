//! UN document symbols: finding them in running text and decoding their parts.
//!
//! A symbol is a path of components: the parent organ (`S/`, `A/`, `E/`), then
//! session or year, a document type (`PV.`, `RES/`, `PRST/`), a number and
//! modifiers (`/Rev.1`, `/Add.2`, `/Corr.1`). Speakers also cite resolutions in
//! words ("resolution 2505 (2020)"); those are symbols too.

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

/// Every symbol in `text`, in order, including resolutions cited in words.
pub fn find_symbols(text: &str) -> Vec<Found> {
    // Symbols are read from their slashes, resolutions cited in words from
    // their first item's `(` or `/`: one search finds both bytes.
    let bytes = text.as_bytes();
    let markers: Vec<usize> = memchr::memchr2_iter(b'(', b'/', bytes).collect();
    let slashes = markers.iter().copied().filter(|&m| bytes[m] == b'/');
    let words = markers
        .iter()
        .filter_map(|&marker| resolution_word_before(text, marker));
    find_symbols_with(text, slashes, words)
}

/// [`find_symbols`], given the text's slashes and where "resolution(s)"
/// words that may open a list start.
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
        // "resolution 2505 (2020)" / "resolutions 1325 (2000) and 2242 (2015)":
        // the first symbol's span takes the word in, the others are the items.
        for (k, (start, end)) in resolution_items(&text[list_start..])
            .into_iter()
            .enumerate()
        {
            let raw = &text[list_start + start..list_start + end];
            let symbol = match raw.split_once('(') {
                Some((n, y)) => format!("S/RES/{} ({})", n.trim(), y.trim_end_matches(')')),
                None => format!("A/RES/{raw}"),
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
/// of the [`SERIES`], then one or more parts, each after a slash: `PV.` and
/// a meeting number (a space maybe between), or a capital or digit followed
/// by letters and digits, with dot-separated pieces (`L.7`, `CN.6`); then
/// maybe ` (Resumption 1)`, then maybe a year in parentheses (a space maybe
/// before). As in the regex it replaced, the `PV.` reading wins whenever it
/// reads, and each optional tail is taken when present. Its reference
/// pattern is `reference::SYMBOL`.
fn symbol_len(s: &str) -> Option<usize> {
    let s = s.as_bytes();
    let slash = memchr::memchr(b'/', s)?;
    if !SERIES.contains(&&s[..slash]) {
        return None;
    }
    let mut end = slash;
    while s.get(end) == Some(&b'/') {
        let Some(part) = symbol_part_len(&s[end + 1..]) else {
            break;
        };
        end += 1 + part;
    }
    if end == slash {
        return None;
    }
    end += resumption_len(&s[end..]).unwrap_or(0);
    end += year_len(&s[end..]).unwrap_or(0);
    Some(end)
}

/// One part after a slash: `PV.8700` / `PV. 8700`, or `RES`, `2505`, `Rev.1`.
fn symbol_part_len(s: &[u8]) -> Option<usize> {
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

/// The resolutions cited in words at the start of `s` (`"resolution 2505
/// (2020)"`, `"resolutions 1325 (2000), 1820 (2008) and 2242 (2015)"`,
/// `"resolution 64/293"`): the byte range of each item, in order; empty when
/// `s` does not start with such a phrase. Read by hand: `resolution` or
/// `resolutions` (capitalised or not) and a space, then items separated by
/// `, `, ` and `, `, and ` or ` or `; an item is a number of one to four
/// digits and a year in parentheses (a space maybe between) or a session of
/// two or three digits, a slash, one to three digits and a capital maybe.
/// Its reference patterns are `reference::RESOLUTION_WORDS` and
/// `reference::RESOLUTION_ITEM`.
fn resolution_items(s: &str) -> Vec<(usize, usize)> {
    let b = s.as_bytes();
    let mut items = Vec::new();
    let Some(word) = [b'R', b'r']
        .iter()
        .find_map(|r| b.strip_prefix(&[*r][..])?.strip_prefix(b"esolution"))
    else {
        return items;
    };
    let mut at = b.len() - word.len();
    at += usize::from(b.get(at) == Some(&b's'));
    if !b.get(at).is_some_and(|c| is_pattern_space(*c)) {
        return items;
    }
    at += 1;
    let Some(len) = resolution_item_len(&b[at..]) else {
        return items;
    };
    items.push((at, at + len));
    at += len;
    loop {
        let next = [&b","[..], b" and", b", and", b" or"]
            .iter()
            .find_map(|sep| {
                let after = separator_len(&b[at..], sep)?;
                let len = resolution_item_len(&b[at + after..])?;
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
    let fits = s.len() > sep.len()
        && sep.iter().zip(s).all(|(p, c)| {
            if *p == b' ' {
                is_pattern_space(*c)
            } else {
                p == c
            }
        });
    (fits && is_pattern_space(s[sep.len()])).then_some(sep.len() + 1)
}

/// `2505 (2020)`, `2505(2020)` or `64/293`: length of the
/// resolution number at the start of `s`.
fn resolution_item_len(s: &[u8]) -> Option<usize> {
    let digits = digits_len(s);
    if (1..=4).contains(&digits) {
        if let Some(year) = year_len(&s[digits..]) {
            return Some(digits + year);
        }
    }
    if (2..=3).contains(&digits) && s.get(digits) == Some(&b'/') {
        let number = digits_len(&s[digits + 1..]).min(3);
        if number > 0 {
            let end = digits + 1 + number;
            return Some(end + usize::from(s.get(end).is_some_and(u8::is_ascii_uppercase)));
        }
    }
    None
}

/// Where a "resolution(s)" word starts whose list's first item has its
/// year's `(` or its session's `/` at `marker`: `resolution 2505 (2020)`,
/// `resolutions 1325(2000)`, `resolution 46/182`. Every list opens so (see
/// [`resolution_items`]), and the two bytes are rare in prose (1,900 in the
/// corpus's 1.09 MB), so the words are found from them, looking back. A
/// search for "esolution" itself stopped at each of its rarest byte, "u"
/// (22,700 in the corpus), and was two thirds of the time the browser build
/// spent finding symbols.
fn resolution_word_before(text: &str, marker: usize) -> Option<usize> {
    let b = text.as_bytes();
    let mut digits_end = marker;
    if b[marker] == b'(' && marker > 0 && is_pattern_space(b[marker - 1]) {
        digits_end -= 1;
    }
    let digits = b[..digits_end]
        .iter()
        .rev()
        .take(5)
        .take_while(|c| c.is_ascii_digit())
        .count();
    let allowed = if b[marker] == b'(' { 1..=4 } else { 2..=3 };
    if !allowed.contains(&digits) {
        return None;
    }
    // One space before the number; "resolution" or "resolutions" before it.
    let space = (digits_end - digits).checked_sub(1)?;
    if !b[space].is_ascii_whitespace() {
        return None;
    }
    let word_end = space - usize::from(space > 0 && b[space - 1] == b's');
    let start = word_end.checked_sub("resolution".len())?;
    (matches!(b[start], b'R' | b'r') && &b[start + 1..word_end] == b"esolution").then_some(start)
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
    let mut s = raw.replace("PV. ", "PV.");
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
    /// `Security Council`, `General Assembly`, …
    pub organ: Option<String>,
    /// `resolution`, `verbatim record`, `presidential statement`, `document`, …
    pub kind: String,
    /// Year (`2020`) or session (`58th session`).
    pub year: Option<String>,
    pub session: Option<u32>,
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
    d.organ = Some(
        match parts[0] {
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
        }
        .to_owned(),
    );
    d.kind = "document".into();
    let mut rest: Vec<&str> = Vec::new();
    for p in &parts[1..] {
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
        ["RES", s, n] => {
            d.kind = "resolution".into();
            d.session = s.parse().ok();
            d.number = Some((*n).to_owned());
        }
        [s, pv] if pv.starts_with("PV.") => {
            d.kind = "verbatim record".into();
            d.session = s.parse().ok();
            d.number = Some(pv[3..].trim().to_owned());
        }
        [s, "L.", ..] | [s, _, ..] if s.starts_with('C') && s.len() <= 3 => {
            d.kind = "committee document".into();
        }
        [y, n] if y.len() == 4 && parts[0] == "S" => {
            d.year = Some((*y).to_owned());
            d.number = Some((*n).to_owned());
        }
        [s, n] if parts[0] == "A" => {
            d.session = s.parse().ok();
            if let Some(l) = n.strip_prefix("L.") {
                d.kind = "draft (limited distribution)".into();
                d.number = Some(l.to_owned());
            } else {
                d.number = Some((*n).to_owned());
            }
        }
        [y, n] if y.len() == 4 => {
            d.year = Some((*y).to_owned());
            d.number = Some((*n).to_owned());
        }
        _ => {}
    }
    d
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
    use crate::grammar::reference::{RESOLUTION_ITEM, RESOLUTION_WORDS, SYMBOL};

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
            ]
            .join(" ; "),
        );
        let mut compared = 0;
        for text in &texts {
            for hit in memchr::memmem::find_iter(text.as_bytes(), "esolution") {
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

    /// Finding "resolution(s)" words from their first item's `(` or `/`
    /// finds what searching for the word itself found (the reader before it:
    /// every "esolution", kept when `R`/`r` precedes it and, after an
    /// optional "s", a space and a digit follow), on the whole texts of the
    /// corpus (all shapes) and on edge cases.
    #[test]
    fn resolution_words_found_from_their_items_as_by_the_word() {
        let by_word = |text: &str| {
            let b = text.as_bytes();
            let words = memchr::memmem::find_iter(b, "esolution").filter_map(|at| {
                let after = &b[at + "esolution".len()..];
                let after = after.strip_prefix(b"s").unwrap_or(after);
                let numbered =
                    after.len() > 1 && after[0].is_ascii_whitespace() && after[1].is_ascii_digit();
                let start = at.checked_sub(1)?;
                (numbered && matches!(b[start], b'R' | b'r')).then_some(start)
            });
            find_symbols_with(text, memchr::memchr_iter(b'/', b), words)
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
}
