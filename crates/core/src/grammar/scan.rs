//! A cursor for reading the record grammar by hand.
//!
//! The grammar was first written as regular expressions; each is now read
//! by hand with this cursor, and a test holds each reader to the regex it
//! replaced (kept, for the tests, in `grammar::reference`) on every
//! candidate line of the corpus and on generated text. Why by hand: the
//! regex engine was about 12 KB gzip of the browser bundle, and its PikeVM
//! cost microseconds per call.
//!
//! The cursor's vocabulary is the regexes': [`Scan::space`] is one `\s` (ASCII
//! whitespace), [`Scan::digits`] is `\d{min,max}` (ASCII digits, greedy).
//! Alternatives are tried by copying the cursor (it is `Copy`) and keeping
//! the copy that got through.

use super::classes::{is_pattern_space, is_word_byte};

/// A position in a text being read.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Scan<'a> {
    text: &'a str,
    at: usize,
}

impl<'a> Scan<'a> {
    pub(crate) fn new(text: &'a str) -> Scan<'a> {
        Scan { text, at: 0 }
    }

    /// A cursor at byte `at` of `text` (a character boundary).
    pub(crate) fn at_offset(text: &'a str, at: usize) -> Scan<'a> {
        Scan { text, at }
    }

    /// The whole text.
    pub(crate) fn text(&self) -> &'a str {
        self.text
    }

    /// Where the cursor stands (a byte offset into the text).
    pub(crate) fn at(&self) -> usize {
        self.at
    }

    /// The text not yet read.
    pub(crate) fn rest(&self) -> &'a str {
        &self.text[self.at..]
    }

    /// The text read since `from`.
    pub(crate) fn since(&self, from: usize) -> &'a str {
        &self.text[from..self.at]
    }

    /// Is everything read (`$`)?
    pub(crate) fn done(&self) -> bool {
        self.at == self.text.len()
    }

    pub(crate) fn peek(&self) -> Option<char> {
        self.rest().chars().next()
    }

    /// Read `words` if they come next, each after the first preceded by one
    /// `\s` (`The\smeeting\srose`).
    pub(crate) fn words(&mut self, words: &[&str]) -> bool {
        let mut s = *self;
        for (i, w) in words.iter().enumerate() {
            if (i > 0 && !s.space()) || !s.lit(w) {
                return false;
            }
        }
        *self = s;
        true
    }

    /// Read `word` if it comes next.
    pub(crate) fn lit(&mut self, word: &str) -> bool {
        let found = self.rest().starts_with(word);
        if found {
            self.at += word.len();
        }
        found
    }

    /// Read the first of `words` that comes next (a regex alternation of
    /// literals, tried in order).
    pub(crate) fn one_of(&mut self, words: &[&'a str]) -> Option<&'a str> {
        let word = words.iter().find(|w| self.rest().starts_with(**w))?;
        self.at += word.len();
        Some(word)
    }

    /// Read one character if `f` accepts it.
    pub(crate) fn char_if(&mut self, f: impl Fn(char) -> bool) -> Option<char> {
        let c = self.peek().filter(|&c| f(c))?;
        self.at += c.len_utf8();
        Some(c)
    }

    /// Read characters while `f` accepts them; what was read.
    pub(crate) fn take_while(&mut self, f: impl Fn(char) -> bool) -> &'a str {
        let from = self.at;
        let len = self
            .rest()
            .find(|c: char| !f(c))
            .unwrap_or(self.rest().len());
        self.at += len;
        self.since(from)
    }

    /// One `\s`.
    pub(crate) fn space(&mut self) -> bool {
        self.char_if(|c| c.is_ascii() && is_pattern_space(c as u8))
            .is_some()
    }

    /// `\s?`.
    pub(crate) fn opt_space(&mut self) {
        self.space();
    }

    /// `\d{min,max}`, greedy: the digits read, if at least `min`.
    pub(crate) fn digits(&mut self, min: usize, max: usize) -> Option<&'a str> {
        let n = self
            .rest()
            .bytes()
            .take(max)
            .take_while(u8::is_ascii_digit)
            .count();
        if n < min {
            return None;
        }
        let from = self.at;
        self.at += n;
        Some(self.since(from))
    }
}

/// Is there a word boundary (`\b`, ASCII) at byte `at` of `text`? (A
/// non-ASCII character's bytes are no word bytes, as `\b` has it.)
pub(crate) fn is_boundary(text: &str, at: usize) -> bool {
    let bytes = text.as_bytes();
    let before = at.checked_sub(1).is_some_and(|b| is_word_byte(bytes[b]));
    let after = bytes.get(at).is_some_and(|&b| is_word_byte(b));
    before != after
}
