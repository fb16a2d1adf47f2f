//! The theme terms' matcher: every term at once, case-insensitively (ASCII),
//! whole words only, leftmost-longest.
//!
//! Why not Aho-Corasick: a term can only start where a word starts and must
//! end where a word ends, so a match lines up with whole words of the text. A
//! general automaton follows every suffix of the text instead, and on a few
//! hundred terms its transition table (hundreds of KB) does not stay in the
//! first-level cache: each byte's step waited on the last one's load, 3.8 ns
//! a byte, a third of the parse. Here the text's word bytes are first marked
//! in a bitmask, 64 bytes to a word of the mask, with no branch per byte
//! (SSE2 on x86_64, SWAR elsewhere); then each word of the text (found in
//! the mask with `trailing_zeros`, so there is no branch on where words end,
//! which no branch predictor guesses) that is long enough to be a term's
//! trigger (see [`TermMatcher`]) is keyed by its length and first four
//! bytes, and the key tested against an 8 KB filter of the terms' triggers.
//! Only the words that pass (those that trigger some term, plus a few false
//! positives) are looked up and the terms they trigger compared byte for
//! byte.
//!
//! Words are runs of letters and digits: ASCII letters and digits and every
//! non-ASCII character except punctuation and spaces (U+00A0–U+00BF, such as
//! the no-break space and «», and U+2000–U+207F, the general punctuation:
//! dashes, curly quotes and apostrophes). So “Human Rights Council” in curly
//! quotes is the term, and "women’s" is two words, like "women's".

use crate::input::bytemask::word_mask;

/// The filter has 2^16 bits.
const FILTER_BITS: u32 = 16;

/// Is byte `i` of the text whose [`word_masks`] are `masks` in a word?
#[inline(always)]
fn in_word(masks: &[u64], i: usize) -> bool {
    masks.get(i >> 6).is_some_and(|m| m >> (i & 63) & 1 != 0)
}

/// A word's key: its length and its first four bytes with bit 0x20 set
/// (which lower-cases ASCII letters, keeps digits, and moves non-ASCII bytes
/// alike in text and terms). Words that are equal ignoring ASCII case have
/// equal keys; the filter and the lookup only narrow, the comparison decides.
/// (32-bit arithmetic: its constants are immediates, which the hot loop has
/// no registers to spare for.)
#[inline(always)]
fn word_key(first_four: u32, len: usize) -> u32 {
    let kept = u32::MAX >> ((4 - len.min(4)) * 8);
    let folded = (first_four | 0x2020_2020) & kept;
    (folded ^ ((len as u32) << 27)).wrapping_mul(0x9E37_79B1)
}

/// The first four bytes of `bytes` from `at` as a little-endian u32 (zeros
/// past the end).
#[inline(always)]
fn first_four(bytes: &[u8], at: usize) -> u32 {
    u32::from_le_bytes(padded_from(bytes, at))
}

/// `N` bytes of `bytes` from `at`, zeros past the end.
#[inline(always)]
fn padded_from<const N: usize>(bytes: &[u8], at: usize) -> [u8; N] {
    match bytes.get(at..at + N) {
        Some(n) => n.try_into().unwrap_or([0; N]),
        None => {
            let rest = bytes.get(at..).unwrap_or_default();
            let mut n = [0u8; N];
            n[..rest.len()].copy_from_slice(rest);
            n
        }
    }
}

/// Where a key falls in the filter.
#[inline(always)]
fn filter_slot(key: u32) -> usize {
    (key >> (32 - FILTER_BITS)) as usize
}

/// The bits of a mask from `n` on (none if `n` ≥ 64).
#[inline(always)]
fn bits_from(n: usize) -> u64 {
    u64::MAX.checked_shl(n as u32).unwrap_or(0)
}

/// The terms, compiled. Each term is identified by its index in the list it
/// was built from.
///
/// A term is looked for at its *trigger*: its first word at least
/// `min_word` bytes long (most terms: their first word). Text words shorter
/// than that are never looked up, which spares the loop over words the
/// many short words of prose ("of", "to", "in" are a fifth of all words).
/// `min_word` is at most the longest word of every term (3 for the built-in
/// themes, whose shortest longest word is the "esh" of "Da'esh"), so every
/// term has a trigger. Matches are still found in order: the words of a
/// term before its trigger are all short, so two terms that start before
/// one trigger and match share that trigger, and its lookup picks the
/// leftmost, then longest.
#[derive(Debug, Clone)]
pub(crate) struct TermMatcher {
    /// One bit per filter slot, set for the slots of the terms' triggers.
    filter: Vec<u64>,
    /// The terms by their triggers, grouped by filter word (bucket), in each
    /// bucket by key, leftmost start, longest term.
    by_trigger: Vec<Trigger>,
    /// Where each bucket's entries start in `by_trigger` (one more entry
    /// than there are buckets, for the last one's end).
    bucket_starts: Vec<u32>,
    /// The terms, ASCII-lower-cased, without leading non-word bytes.
    terms: Vec<Box<[u8]>>,
    /// Words shorter than this are never triggers (1 to 4).
    min_word: usize,
}

/// A term as its trigger finds it. Most words that share a trigger's key
/// are not the term ("international community" for "international
/// humanitarian law", "council" for the "counter" of "counter-terrorism":
/// keys hold four bytes and a length): the sixteen bytes of the term from
/// byte 4 of its trigger turn them away with two loads and no look at the
/// term itself (13,700 of the 16,100 key-equal lookups of a corpus pass).
#[derive(Debug, Clone, Copy, Default)]
struct Trigger {
    key: u32,
    /// Index of the term.
    term: u32,
    /// Where the trigger starts in the term.
    at: u32,
    /// The term's bytes from byte 4 of the trigger on, eight and eight
    /// (zero past the term's end), and which of those bytes are the term's.
    ahead: [u64; 2],
    ahead_mask: [u64; 2],
}

impl Trigger {
    /// Could the term match at a word with its trigger's key, given the
    /// text's sixteen bytes from that word's fifth, lower-cased (`ahead`)?
    /// The term's own bytes among them must be equal.
    #[inline(always)]
    fn may_match(&self, ahead: [u64; 2]) -> bool {
        ((ahead[0] & self.ahead_mask[0]) ^ self.ahead[0])
            | ((ahead[1] & self.ahead_mask[1]) ^ self.ahead[1])
            == 0
    }
}

/// Eight bytes of `bytes` from `at` as a little-endian u64 (zeros past the
/// end).
#[inline(always)]
fn eight_from(bytes: &[u8], at: usize) -> u64 {
    u64::from_le_bytes(padded_from(bytes, at))
}

/// Eight bytes ASCII-lower-cased at once.
#[inline(always)]
fn lower_eight(x: u64) -> u64 {
    // Bit 5 set in the ASCII capitals (bit 7 of the range test, moved).
    let y = x & 0x7F7F_7F7F_7F7F_7F7F;
    let at_least_a = y.wrapping_add(0x0101_0101_0101_0101 * (0x80 - b'A') as u64);
    let above_z = y.wrapping_add(0x0101_0101_0101_0101 * (0x7F - b'Z') as u64);
    x | ((at_least_a & !above_z & !x & 0x8080_8080_8080_8080) >> 2)
}

/// The words of `bytes`: (start, length).
fn words_of(bytes: &[u8]) -> Vec<(usize, usize)> {
    let masks = word_masks(bytes);
    let mut words = Vec::new();
    let mut i = 0;
    while i < bytes.len() {
        if in_word(&masks, i) {
            let len = (i..bytes.len())
                .find(|&j| !in_word(&masks, j))
                .unwrap_or(bytes.len())
                - i;
            words.push((i, len));
            i += len;
        } else {
            i += 1;
        }
    }
    words
}

impl TermMatcher {
    /// Compile `terms`. A term's leading non-word characters are dropped (a
    /// match starts at a word); a term with no word character never matches.
    pub(crate) fn new<'a>(terms: impl IntoIterator<Item = &'a str>) -> TermMatcher {
        let mut compiled = Vec::new();
        let mut words = Vec::new();
        for term in terms {
            let term_words = words_of(term.as_bytes());
            let from = term_words.first().map_or(term.len(), |&(at, _)| at);
            compiled.push(Box::<[u8]>::from(
                term.as_bytes()[from..].to_ascii_lowercase(),
            ));
            words.push(
                term_words
                    .into_iter()
                    .map(|(at, len)| (at - from, len))
                    .collect::<Vec<_>>(),
            );
        }
        let min_word = words
            .iter()
            .filter_map(|w| w.iter().map(|&(_, len)| len).max())
            .min()
            .unwrap_or(1)
            .clamp(1, 4);
        let mut filter = vec![0u64; 1 << (FILTER_BITS - 6)];
        let mut by_trigger = Vec::new();
        for (index, (term, term_words)) in compiled.iter().zip(&words).enumerate() {
            let trigger = term_words.iter().find(|&&(_, len)| len >= min_word);
            if let Some(&(at, len)) = trigger {
                let key = word_key(first_four(term, at), len);
                let slot = filter_slot(key);
                filter[slot >> 6] |= 1 << (slot & 63);
                // The term's bytes from `from` and the mask of the term's own.
                let ahead = |from: usize| {
                    let take = term.len().saturating_sub(from).min(8);
                    let mask = u64::MAX.checked_shr(64 - 8 * take as u32).unwrap_or(0);
                    (eight_from(term, from), mask)
                };
                let (first, second) = (ahead(at + 4), ahead(at + 12));
                by_trigger.push(Trigger {
                    key,
                    term: index as u32,
                    at: at as u32,
                    ahead: [first.0, second.0],
                    ahead_mask: [first.1, second.1],
                });
            }
        }
        // Entries grouped by bucket: counted, then placed (a generic sort
        // would add its code to the bundle for this alone).
        let bucket = |key: u32| filter_slot(key) >> 6;
        let mut bucket_starts = vec![0u32; filter.len() + 1];
        for trigger in &by_trigger {
            bucket_starts[bucket(trigger.key) + 1] += 1;
        }
        for b in 1..bucket_starts.len() {
            bucket_starts[b] += bucket_starts[b - 1];
        }
        let mut placed = vec![Trigger::default(); by_trigger.len()];
        let mut next = bucket_starts.clone();
        for trigger in &by_trigger {
            let at = &mut next[bucket(trigger.key)];
            placed[*at as usize] = *trigger;
            *at += 1;
        }
        // Within a bucket, by key, then leftmost start (the trigger furthest
        // into its term), then longest: the first term that matches is the
        // match. Insertion sort: buckets hold a few entries.
        let order = |t: Trigger| {
            (
                t.key,
                std::cmp::Reverse(t.at),
                std::cmp::Reverse(compiled[t.term as usize].len()),
                t.term,
            )
        };
        for b in 0..filter.len() {
            let entries = &mut placed[bucket_starts[b] as usize..bucket_starts[b + 1] as usize];
            for i in 1..entries.len() {
                let mut j = i;
                while j > 0 && order(entries[j]) < order(entries[j - 1]) {
                    entries.swap(j, j - 1);
                    j -= 1;
                }
            }
        }
        TermMatcher {
            filter,
            by_trigger: placed,
            bucket_starts,
            terms: compiled,
            min_word,
        }
    }

    /// Calls `found(term, start, end)` for each match in `text`, left to right,
    /// not overlapping; where several terms match at one word, the longest.
    pub(crate) fn for_each_match(&self, text: &str, mut found: impl FnMut(usize, usize, usize)) {
        if self.by_trigger.is_empty() {
            return;
        }
        let bytes = text.as_bytes();
        let mut on_stack = [0u64; 32];
        let on_heap;
        let masks: &[u64] = match on_stack.get_mut(..bytes.len().div_ceil(64)) {
            Some(masks) => {
                fill_word_masks(bytes, masks);
                masks
            }
            None => {
                on_heap = word_masks(bytes);
                &on_heap
            }
        };
        // Matches do not overlap: words before `resume` are inside the last
        // (their starts are cleared, so the loop over words tests nothing).
        let mut resume = 0usize;
        let mut carry = 0u64;
        for (k, &mask) in masks.iter().enumerate() {
            let base = k * 64;
            let next = masks.get(k + 1).copied().unwrap_or(0);
            // Word starts, of words at least `min_word` long.
            let mut starts = mask & !((mask << 1) | carry) & bits_from(resume.saturating_sub(base));
            for shift in 1..self.min_word {
                starts &= (mask >> shift) | (next << (64 - shift));
            }
            carry = mask >> 63;
            while starts != 0 {
                let bit = starts.trailing_zeros() as usize;
                starts &= starts - 1;
                let rest = !mask >> bit;
                let end = if rest != 0 {
                    base + bit + rest.trailing_zeros() as usize
                } else {
                    word_end(masks, k + 1).min(bytes.len())
                };
                let word = base + bit;
                let key = word_key(first_four(bytes, word), end - word);
                let slot = filter_slot(key);
                // Rare, so well predicted.
                if self.filter[slot >> 6] >> (slot & 63) & 1 != 0 {
                    if let Some((term, start, end)) = self.match_at(bytes, masks, word, key, resume)
                    {
                        found(term, start, end);
                        resume = end;
                        starts &= bits_from(end - base);
                    }
                }
            }
        }
    }

    /// The match of the terms triggered by the word at `word` (whose key is
    /// `key`) that starts leftmost, at or after `resume`, and is longest
    /// there: (term, start, end).
    #[cold]
    #[inline(never)]
    fn match_at(
        &self,
        bytes: &[u8],
        masks: &[u64],
        word: usize,
        key: u32,
        resume: usize,
    ) -> Option<(usize, usize, usize)> {
        let bucket = filter_slot(key) >> 6;
        let (from, to) = (self.bucket_starts[bucket], self.bucket_starts[bucket + 1]);
        let ahead = [
            lower_eight(eight_from(bytes, word + 4)),
            lower_eight(eight_from(bytes, word + 12)),
        ];
        self.by_trigger[from as usize..to as usize]
            .iter()
            .filter(|t| t.key == key && t.may_match(ahead))
            .find_map(|t| {
                let term = &self.terms[t.term as usize];
                let start = word.checked_sub(t.at as usize)?;
                let end = start + term.len();
                let found = start >= resume
                    && (start == 0 || !in_word(masks, start - 1))
                    && !in_word(masks, end)
                    && bytes
                        .get(start..end)
                        .is_some_and(|here| equal_lowered(here, term));
                found.then_some((t.term as usize, start, end))
            })
    }
}

/// Is `text`, ASCII-lower-cased, equal to `lowered`? Eight bytes at a time.
fn equal_lowered(text: &[u8], lowered: &[u8]) -> bool {
    let (mut a, mut b) = (text.chunks_exact(8), lowered.chunks_exact(8));
    let lower =
        |eight: &[u8]| lower_eight(u64::from_le_bytes(eight.try_into().unwrap_or_default()));
    text.len() == lowered.len()
        && (&mut a)
            .zip(&mut b)
            .all(|(x, y)| lower(x) == u64::from_le_bytes(y.try_into().unwrap_or_default()))
        && a.remainder()
            .iter()
            .zip(b.remainder())
            .all(|(x, y)| x.to_ascii_lowercase() == *y)
}

/// One bit per byte of `bytes`, set for word bytes; bit `i % 64` of mask
/// `i / 64` is byte `i`. Bits past the end are clear.
fn word_masks(bytes: &[u8]) -> Vec<u64> {
    let mut masks = vec![0; bytes.len().div_ceil(64)];
    fill_word_masks(bytes, &mut masks);
    masks
}

/// [`word_masks`] into `masks`, which has one mask per 64 bytes of `bytes`
/// (a paragraph's fit in a buffer on the stack: no allocation per call).
fn fill_word_masks(bytes: &[u8], masks: &mut [u64]) {
    // A chunk with a non-ASCII byte is looked through for non-ASCII
    // punctuation once the next chunk's mask is in (a character may run
    // on into it).
    let mut look_through = None;
    for k in 0..masks.len() {
        let at = k * 64;
        let (words, non_ascii) = match bytes.get(at..at + 64) {
            Some(chunk) => word_mask(chunk.try_into().unwrap_or(&[0; 64])),
            None => {
                let mut padded = [0u8; 64];
                let rest = &bytes[at.min(bytes.len())..];
                padded[..rest.len()].copy_from_slice(rest);
                word_mask(&padded)
            }
        };
        masks[k] = words;
        if let Some(previous) = look_through.take() {
            clear_punctuation(bytes, previous, masks);
        }
        if non_ascii {
            look_through = Some(k);
        }
    }
    if let Some(last) = look_through {
        clear_punctuation(bytes, last, masks);
    }
}

/// Clear from `masks` the non-ASCII punctuation that starts in chunk `k`:
/// U+00A0–U+00BF (C2 A0–BF) and U+2000–U+207F (E2 80–81 xx). The text is
/// UTF-8, so these bytes start a character. (Searched for only in the
/// chunks that hold a non-ASCII byte, 7% of the corpus's: a `memchr2` over
/// every byte cost the browser build, which has no vector instructions, an
/// eighth of its matching time.)
#[cold]
fn clear_punctuation(bytes: &[u8], k: usize, masks: &mut [u64]) {
    let chunk = &bytes[k * 64..(k * 64 + 64).min(bytes.len())];
    for i in memchr::memchr2_iter(0xC2, 0xE2, chunk).map(|j| k * 64 + j) {
        let width = match (bytes[i], bytes.get(i + 1)) {
            (0xC2, Some(0xA0..=0xBF)) => 2,
            (0xE2, Some(0x80 | 0x81)) => 3,
            _ => continue,
        };
        for j in i..(i + width).min(bytes.len()) {
            masks[j >> 6] &= !(1 << (j & 63));
        }
    }
}

/// The end of a word that runs on into mask `k`: the first clear bit from
/// there on (or the end of the masks).
#[cold]
fn word_end(masks: &[u64], k: usize) -> usize {
    masks[k..]
        .iter()
        .position(|&m| m != u64::MAX)
        .map_or(masks.len() * 64, |i| {
            (k + i) * 64 + (!masks[k + i]).trailing_zeros() as usize
        })
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A word character, by its definition in the module's documentation.
    fn is_word_char(c: char) -> bool {
        c.is_ascii_alphanumeric()
            || (!c.is_ascii() && !matches!(c, '\u{A0}'..='\u{BF}' | '\u{2000}'..='\u{207F}'))
    }

    /// The matcher's definition, the slow way, by characters: at each word
    /// start, the longest term that matches there and ends at a word end.
    fn reference(terms: &[&str], text: &str) -> Vec<(usize, usize, usize)> {
        let word_at = |i: usize| text[i..].chars().next().is_some_and(is_word_char);
        let word_before = |i: usize| text[..i].chars().next_back().is_some_and(is_word_char);
        let mut out = Vec::new();
        let mut i = 0;
        while i < text.len() {
            let word_start = word_at(i) && !word_before(i);
            let best = terms
                .iter()
                .enumerate()
                .filter_map(|(t, term)| {
                    let term = term.trim_start_matches(|c: char| !is_word_char(c));
                    let end = i + term.len();
                    let ok = word_start
                        && !term.is_empty()
                        && text.is_char_boundary(end.min(text.len()))
                        && text
                            .get(i..end)
                            .is_some_and(|h| h.eq_ignore_ascii_case(term))
                        && !word_at(end);
                    ok.then_some((t, end))
                })
                .max_by_key(|&(t, end)| (end, std::cmp::Reverse(t)));
            match best {
                Some((t, end)) => {
                    out.push((t, i, end));
                    i = end;
                }
                None => i += text[i..].chars().next().map_or(1, char::len_utf8),
            }
        }
        out
    }

    fn run(terms: &[&str], text: &str) -> Vec<(usize, usize, usize)> {
        let m = TermMatcher::new(terms.iter().copied());
        let mut out = Vec::new();
        m.for_each_match(text, |t, s, e| out.push((t, s, e)));
        out
    }

    #[test]
    fn whole_words_longest_first() {
        let terms = [
            "sexual violence",
            "violence",
            "violence against women",
            "terrorist",
            "terrorists",
            "Al-Qaida",
        ];
        let text = "Xsexual violence against women; Terrorists and al-qaida-linked terrorist cells, terroristic.";
        let got = run(&terms, text);
        let words: Vec<&str> = got.iter().map(|&(_, s, e)| &text[s..e]).collect();
        // "Xsexual" is not the word "sexual": the next word start still counts.
        assert_eq!(
            words,
            [
                "violence against women",
                "Terrorists",
                "al-qaida",
                "terrorist"
            ]
        );
        assert_eq!(got, reference(&terms, text));
    }

    proptest::proptest! {
        /// Random texts over an alphabet of the cases that matter (case,
        /// boundaries, curly punctuation, accents, long words crossing the
        /// 64-byte masks) agree with the definition.
        #[test]
        fn agrees_with_the_definition_on_random_text(
            words in proptest::collection::vec(
                proptest::sample::select(vec![
                    "ab", "AB", "cd", "abc", "b", "x", "women", "participation", "’s", "'s",
                    "é", "ab\u{e9}", "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa",
                ]),
                0..60,
            ),
            gaps in proptest::collection::vec(
                proptest::sample::select(vec![" ", "", "-", ", ", "“", "”", "—", "\u{a0}", "’", "\n"]),
                60,
            ),
        ) {
            let terms = ["ab", "ab cd", "abc", "b", "women’s participation", "women's participation", "’s x", "é", "abé"];
            let text: String = words.iter().zip(&gaps).flat_map(|(w, g)| [*w, *g]).collect();
            proptest::prop_assert_eq!(run(&terms, &text), reference(&terms, &text));
        }
    }

    proptest::proptest! {
        /// With no term shorter than three bytes in every word, short text
        /// words are never looked up: terms that open with short words
        /// ("Al-Qaida", "Da’esh") are found from a later word, in order.
        #[test]
        fn agrees_with_the_definition_when_short_words_are_skipped(
            words in proptest::collection::vec(
                proptest::sample::select(vec![
                    "al", "Al", "qaida", "da", "esh", "x", "y", "zzz", "ab", "cde", "fg", "of", "a",
                    "abc", "é", "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa",
                ]),
                0..60,
            ),
            gaps in proptest::collection::vec(
                proptest::sample::select(vec![" ", "", "-", "’", "'", ", ", "“", "\n"]),
                60,
            ),
        ) {
            let terms = ["al-qaida", "Al-Qaida in x", "da’esh", "da'esh", "ab cde", "x y zzz", "abc", "abc x", "cde fg", "qaida", "a b abc"];
            proptest::prop_assert_eq!(TermMatcher::new(terms.iter().copied()).min_word, 3);
            let text: String = words.iter().zip(&gaps).flat_map(|(w, g)| [*w, *g]).collect();
            proptest::prop_assert_eq!(run(&terms, &text), reference(&terms, &text));
        }
    }

    #[test]
    fn terms_that_open_with_short_words_keep_their_order() {
        let terms = [
            "abc x", "x y zzz", "y zzz", "al-qaida", "qaida", "ab cde", "cde fg",
        ];
        for text in [
            "abc x y zzz",
            "x y zzz",
            "al-qaida, Al-Qaida and qaida",
            "ab cde fg",
            "ab abc x",
        ] {
            assert_eq!(run(&terms, text), reference(&terms, text), "{text:?}");
        }
    }

    #[test]
    fn equal_lowered_is_eq_ignore_ascii_case() {
        for b in 0..=255u8 {
            for j in 0..9 {
                let mut text = *b"abcdefghi";
                text[j] = b;
                let lowered = text.to_ascii_lowercase();
                assert!(equal_lowered(&text, &lowered), "{b:#x} at {j}");
                let mut other = lowered;
                other[j] ^= 0x20;
                let same = text.eq_ignore_ascii_case(&other);
                assert_eq!(
                    equal_lowered(&text, &other),
                    same && other == other.to_ascii_lowercase(),
                    "{b:#x} at {j}"
                );
            }
        }
    }

    #[test]
    fn agrees_with_the_definition_on_odd_text() {
        let terms = [
            "ab",
            "ab cd",
            "abc",
            "b",
            "’s x",
            "women’s participation",
            "(x) y",
            "é",
            "---",
        ];
        let texts = [
            "",
            "ab",
            "ab cd abcd ab cd. AB CD",
            "women’s participation, Women’s Participations",
            "x) y (x) y ’s x",
            "é é́ é",
            "ab\u{a0}cd",
            "abab ab-ab b",
            "“ab cd”—b’s x, «ab» ab…b",
        ];
        for text in texts {
            assert_eq!(run(&terms, text), reference(&terms, text), "{text:?}");
        }
    }
}
