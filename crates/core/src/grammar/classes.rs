//! The character classes the grammar is written in, read by hand.
//!
//! Every reader of the grammar (labels, stage directions, furniture, document
//! symbols, invitations) agrees on what a space, a word character, a capital
//! or a letter is, so the classes live here, below all of them. The letter
//! classes cover the scripts that appear in UN records' names: Latin with all
//! its diacritics, Greek and Cyrillic. Their reference patterns, and the test
//! that holds each class to its pattern on every character, are in the
//! test-only `grammar::reference` module.

/// One whitespace character as the grammar counts it: ASCII only (space,
/// tab, line feed, vertical tab, form feed, return), as `regex-lite`'s `\s`.
pub fn is_pattern_space(b: u8) -> bool {
    matches!(b, b' ' | b'\t' | b'\n' | b'\x0B' | b'\x0C' | b'\r')
}

/// A word character as the grammar's word boundaries count it: an ASCII
/// letter, digit or underscore (a non-ASCII character's bytes are none).
pub fn is_word_byte(b: u8) -> bool {
    b.is_ascii_alphanumeric() || b == b'_'
}

/// A capital letter that may start a name. Latin Extended-A/B interleave
/// cases, so they are taken whole: a lower-case letter there starting a name
/// is harmless.
pub fn is_capital(c: char) -> bool {
    matches!(c, 'A'..='Z' | '\u{C0}'..='\u{D6}' | '\u{D8}'..='\u{DE}' | '\u{100}'..='\u{24F}'
        | '\u{1E00}'..='\u{1EFF}' | '\u{386}'..='\u{3AB}' | '\u{400}'..='\u{42F}')
}

/// A small letter (Latin Extended-A/B taken whole, as in [`is_capital`]).
pub fn is_small(c: char) -> bool {
    matches!(c, 'a'..='z' | '\u{DF}'..='\u{F6}' | '\u{F8}'..='\u{FF}' | '\u{100}'..='\u{24F}'
        | '\u{1E00}'..='\u{1EFF}' | '\u{3AC}'..='\u{3CE}' | '\u{430}'..='\u{45F}')
}

/// A letter of any case.
pub fn is_letter(c: char) -> bool {
    matches!(c, 'A'..='Z' | 'a'..='z' | '\u{AA}' | '\u{B5}' | '\u{BA}' | '\u{C0}'..='\u{D6}'
        | '\u{D8}'..='\u{F6}' | '\u{F8}'..='\u{24F}' | '\u{1E00}'..='\u{1EFF}'
        | '\u{370}'..='\u{3FF}' | '\u{400}'..='\u{52F}')
}

/// A combining mark (a decomposed diacritic).
pub fn is_mark(c: char) -> bool {
    matches!(c, '\u{300}'..='\u{36F}')
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::grammar::reference::compile;

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
}
