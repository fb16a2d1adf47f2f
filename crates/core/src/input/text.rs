//! Character-level repairs and the line-width model.
//!
//! PDF extraction leaves typographic residue (no-break spaces, soft hyphens,
//! ligatures, form feeds, backspaces). We repair it per line so that spans into
//! the decoded input stay exact while the displayed text is clean.

#[cfg(target_arch = "x86_64")]
mod ssse3;

/// Repair one line of extracted text: NBSP and other spaces to a space, soft
/// hyphens and zero-width characters dropped, ligatures expanded, control
/// characters removed. Leading and trailing whitespace is trimmed.
pub fn clean_line(line: &str) -> String {
    let mut out = String::with_capacity(line.len());
    for c in line.chars() {
        match c {
            '\u{00A0}' | '\u{2007}' | '\u{202F}' | '\u{2009}' | '\u{200A}' | '\t' => out.push(' '),
            '\u{00AD}' | '\u{200B}' | '\u{200C}' | '\u{200D}' | '\u{FEFF}' | '\u{2060}' => {}
            '\u{FB00}' => out.push_str("ff"),
            '\u{FB01}' => out.push_str("fi"),
            '\u{FB02}' => out.push_str("fl"),
            '\u{FB03}' => out.push_str("ffi"),
            '\u{FB04}' => out.push_str("ffl"),
            c if c.is_control() => {}
            c => out.push(c),
        }
    }
    let trimmed = out.trim();
    if trimmed.len() == out.len() {
        out
    } else {
        trimmed.to_owned()
    }
}

/// True when the line needs no repair, so the borrowed slice can be used as is.
pub fn is_clean(line: &str) -> bool {
    if line.starts_with(' ') || line.ends_with(' ') {
        return false;
    }
    let b = line.as_bytes();
    // The common case, printable ASCII, in a branch-free fold the compiler vectorises.
    if b.iter().fold(true, |ok, &c| ok & (0x20..0x7F).contains(&c)) {
        return true;
    }
    // Lines with curly quotes or accented letters: controls anywhere (again a
    // vectorised fold), then only the lead bytes of the characters we repair.
    if b.iter()
        .fold(false, |bad, &c| bad | (c < 0x20) | (c == 0x7F))
    {
        return false;
    }
    for i in memchr::memchr3_iter(0xC2, 0xE2, 0xEF, b) {
        match b[i] {
            // NBSP, soft hyphen and C1 controls.
            0xC2 if matches!(b.get(i + 1), Some(0x80..=0xA0 | 0xAD)) => return false,
            // Thin, figure and narrow spaces; zero-width characters; word joiner.
            0xE2 if matches!(
                (b.get(i + 1), b.get(i + 2)),
                (Some(0x80), Some(0x87 | 0x89..=0x8D | 0xAF)) | (Some(0x81), Some(0xA0))
            ) =>
            {
                return false
            }
            // Ligatures ﬀ–ﬄ and the BOM.
            0xEF if matches!(
                (b.get(i + 1), b.get(i + 2)),
                (Some(0xAC), Some(0x80..=0x84)) | (Some(0xBB), Some(0xBF))
            ) =>
            {
                return false
            }
            _ => {}
        }
    }
    true
}

/// Does `text` open with a capital letter? Asked of most lines; a byte test
/// for ASCII (`chars()`, `starts_with` with a `char` are function calls in
/// the browser's size-optimised build).
pub fn starts_uppercase(text: &str) -> bool {
    first_char_is(text, u8::is_ascii_uppercase, char::is_uppercase)
}

/// Does `text` open with a small letter? Byte tests, as in
/// [`starts_uppercase`].
pub fn starts_lowercase(text: &str) -> bool {
    first_char_is(text, u8::is_ascii_lowercase, char::is_lowercase)
}

/// `ascii` of the first byte when it is ASCII, else `any` of the first
/// character.
#[inline(always)]
fn first_char_is(text: &str, ascii: fn(&u8) -> bool, any: fn(char) -> bool) -> bool {
    match text.as_bytes().first() {
        None => false,
        Some(b) if b.is_ascii() => ascii(b),
        Some(_) => text.chars().next().is_some_and(any),
    }
}

/// Does `text` start with one of `prefixes`? For tests asked of every line
/// against lists that rarely match: the first two bytes are compared in
/// line, and only a prefix that shares them is compared whole (in the
/// size-optimised browser build every `starts_with` is a `memcmp` call).
pub fn starts_with_any<P: AsRef<str>>(text: &str, prefixes: &[P]) -> bool {
    let b = text.as_bytes();
    prefixes.iter().any(|p| match (p.as_ref().as_bytes(), b) {
        ([p0, p1, ..], [b0, b1, ..]) => {
            p0 == b0 && p1 == b1 && b.starts_with(p.as_ref().as_bytes())
        }
        (p, b) => b.starts_with(p),
    })
}

/// Does `text` open with a quotation mark (“ or ")? Byte tests, as in
/// [`starts_uppercase`].
pub fn opens_with_quote(text: &str) -> bool {
    matches!(text.as_bytes(), [b'"', ..] | [0xE2, 0x80, 0x9C, ..])
}

/// Estimated printed width of `text` in thousandths of an em, using the
/// advance widths of Times Roman (the face of UN records).
///
/// pdftotext drops indentation and spacing, but not which words share a line.
/// Knowing how wide a line would print lets us ask the typesetter's question:
/// would the next word have fitted on this line? If it would, the line ended a
/// paragraph.
pub fn text_width(text: &str) -> u32 {
    // The hot path of the parser: natively, sixteen bytes a step (`ssse3`);
    // otherwise, a table lookup per ASCII byte. Summed in 64 bits and capped
    // once: no width is negative, so that is the sum capped at each step.
    let bytes = text.as_bytes();
    #[cfg(target_arch = "x86_64")]
    if bytes.len() >= 16 && ssse3::available() {
        // SAFETY: the processor has SSSE3 (asked just now).
        let width = unsafe { ssse3::width(bytes, non_ascii_width) };
        return u32::try_from(width).unwrap_or(u32::MAX);
    }
    u32::try_from(bytewise_width(bytes)).unwrap_or(u32::MAX)
}

/// [`text_width`] a byte at a time, eight ASCII bytes a step while they last
/// (most lines, or their first half), without a branch per byte.
fn bytewise_width(bytes: &[u8]) -> u64 {
    let mut width = 0u64;
    let mut i = 0;
    while let Some(chunk) = bytes.get(i..i + 8) {
        let word = u64::from_le_bytes(chunk.try_into().expect("eight bytes"));
        if word & 0x8080_8080_8080_8080 != 0 {
            break;
        }
        // Written out: the browser's size-optimised build keeps an
        // iterator's loop (and its bounds checks) as a loop.
        let at = |k: u32| u64::from(ASCII_WIDTHS[(word >> (8 * k)) as usize & 0x7F]);
        width += at(0) + at(1) + at(2) + at(3) + at(4) + at(5) + at(6) + at(7);
        i += 8;
    }
    while i < bytes.len() {
        let b = bytes[i];
        if b < 0x80 {
            width += u64::from(ASCII_WIDTHS[usize::from(b)]);
            i += 1;
        } else {
            width += u64::from(non_ascii_width(bytes, i));
            i += utf8_len(b);
        }
    }
    width
}

/// Length of the UTF-8 sequence a lead byte `b` (0xC0 and above) opens.
fn utf8_len(b: u8) -> usize {
    match b {
        0xC0..=0xDF => 2,
        0xE0..=0xEF => 3,
        _ => 4,
    }
}

/// Width of the non-ASCII character whose lead byte is `bytes[i]`, decoded
/// by hand (the text is valid UTF-8: ’ “ ” – — and letters with diacritics).
fn non_ascii_width(bytes: &[u8], i: usize) -> u32 {
    let b = bytes[i];
    let cont = |k: usize| u32::from(bytes.get(i + k).copied().unwrap_or(0x80) & 0x3F);
    let cp = match utf8_len(b) {
        2 => (u32::from(b & 0x1F) << 6) | cont(1),
        3 => (u32::from(b & 0x0F) << 12) | (cont(1) << 6) | cont(2),
        _ => (u32::from(b & 0x07) << 18) | (cont(1) << 12) | (cont(2) << 6) | cont(3),
    };
    char::from_u32(cp).map_or(500, char_width)
}

/// Advance width of one character in Times Roman, 1/1000 em.
pub fn char_width(c: char) -> u32 {
    if c.is_ascii() {
        ASCII_WIDTHS[c as usize] as u32
    } else {
        width_of(c)
    }
}

/// [`width_of`] for ASCII, tabulated at compile time (this is the hot path).
static ASCII_WIDTHS: [u16; 128] = {
    let mut table = [0u16; 128];
    let mut i = 0;
    while i < 128 {
        table[i] = width_of(i as u8 as char) as u16;
        i += 1;
    }
    table
};

const fn width_of(c: char) -> u32 {
    match c {
        ' ' => 250,
        'a' | 'c' | 'e' | 'z' => 444,
        'b' | 'd' | 'g' | 'h' | 'k' | 'n' | 'o' | 'p' | 'q' | 'u' | 'v' | 'x' | 'y' => 500,
        'f' | 'r' => 333,
        'i' | 'j' | 'l' | 't' => 278,
        'm' => 778,
        's' => 389,
        'w' => 722,
        'A' | 'D' | 'G' | 'H' | 'K' | 'N' | 'O' | 'Q' | 'U' | 'V' | 'X' | 'Y' => 722,
        'B' | 'C' | 'R' => 667,
        'E' | 'L' | 'T' | 'Z' => 611,
        'F' | 'P' | 'S' => 556,
        'I' => 333,
        'J' => 389,
        'M' => 889,
        'W' => 944,
        '0'..='9' => 500,
        '.' | ',' => 250,
        ':' | ';' | '/' => 278,
        '(' | ')' | '[' | ']' | '-' | '\'' | '’' | '‘' | '!' => 333,
        '"' | '“' | '”' | '?' => 444,
        '—' => 1000,
        '–' => 500,
        '%' => 833,
        '&' => 778,
        'À'..='Þ' => 700,
        'ß'..='ÿ' => 470,
        _ => 500,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn repairs_typographic_residue() {
        assert_eq!(clean_line("\u{c}S/PV.8700\u{8} "), "S/PV.8700");
        assert_eq!(
            clean_line("ef\u{FB01}cient\u{00A0}co\u{00AD}operation"),
            "efficient cooperation"
        );
        assert!(is_clean("The President: I thank"));
        assert!(is_clean("Council’s “work” — Jürgenson"));
        for dirty in [
            "a\u{a0}b",
            "co\u{ad}op",
            "ef\u{fb01}cient",
            "a\u{200b}b",
            " lead",
            "x\u{c}",
            "\u{feff}x",
        ] {
            assert!(!is_clean(dirty), "{dirty:?}");
        }
    }

    #[test]
    fn first_character_tests_read_as_chars() {
        let mut lines = crate::corpus_lines();
        lines.extend(
            [
                "", "É", "é", "Σ", "σ", "“x", "\"x", "”x", "'x", "A", "a", "I", "Th",
            ]
            .map(String::from),
        );
        for line in &lines {
            let first = line.chars().next();
            assert_eq!(
                starts_uppercase(line),
                first.is_some_and(char::is_uppercase),
                "{line:?}"
            );
            assert_eq!(
                opens_with_quote(line),
                line.starts_with(['“', '"']),
                "{line:?}"
            );
            assert_eq!(
                starts_lowercase(line),
                first.is_some_and(char::is_lowercase),
                "{line:?}"
            );
            let prefixes = [
                "I now give the floor",
                "In",
                "I",
                "The ",
                "“",
                "é",
                "Th",
                "",
            ];
            for n in 0..=prefixes.len() {
                let some = &prefixes[..n];
                assert_eq!(
                    starts_with_any(line, some),
                    some.iter().any(|p| line.starts_with(p)),
                    "{line:?} {some:?}"
                );
            }
        }
    }

    #[test]
    fn width_is_the_sum_of_character_widths_on_every_line() {
        let mut lines = crate::corpus_lines();
        // Characters above ASCII at every place of an eight-byte chunk.
        for n in 0..20 {
            for c in ["’", "é", "—", "日", "😀"] {
                lines.push(format!("{}{c}{}{c}", "a".repeat(n), "b".repeat(n % 9)));
            }
        }
        // Every ASCII character, and characters above ASCII, at every place
        // of lines of 16 to 50 bytes: sixteen-byte blocks and the last
        // block's overlap with the one before (the SSSE3 path natively).
        for len in 16..=50 {
            for at in 0..len {
                for c in (0..128u8)
                    .map(char::from)
                    .chain(['’', 'é', '—', '日', '😀'])
                {
                    let mut line = "x".repeat(at);
                    line.push(c);
                    line.push_str(&"y".repeat(len - at - 1));
                    lines.push(line);
                }
            }
        }
        for line in &lines {
            let by_chars = line
                .chars()
                .fold(0u32, |w, c| w.saturating_add(char_width(c)));
            assert_eq!(text_width(line), by_chars, "{line:?}");
            assert_eq!(
                bytewise_width(line.as_bytes()),
                u64::from(by_chars),
                "{line:?}"
            );
        }
    }

    #[cfg(target_arch = "x86_64")]
    #[test]
    fn ssse3_path_runs_here() {
        // The test above checks it only if this processor has it.
        assert!(ssse3::available());
    }

    #[test]
    fn width_orders_lines_sensibly() {
        assert!(text_width("mmmm") > text_width("iiii"));
        assert_eq!(text_width("a b"), 444 + 250 + 500);
        let mixed = "Ja’afari — “Müntefering” Pildegovičs 日本";
        assert_eq!(
            text_width(mixed),
            mixed.chars().map(char_width).sum::<u32>()
        );
    }
}
