//! Sixty-four bytes of text to a 64-bit mask of one class of bytes (byte
//! `j`, bit `j`), with no branch per byte: SSE2 on x86_64 (part of its
//! baseline), SWAR (64-bit integer arithmetic, eight bytes a step) elsewhere,
//! which is the browser build (WebAssembly SIMD is left off for older
//! Safari).
//!
//! Two passes over every byte of a record use them: the theme matcher finds
//! words in [`word_mask`]s, and line splitting finds line breaks, and the
//! lines that need repair, in [`not_plain_mask`]s. Walking a mask's set bits
//! with `trailing_zeros` replaces a branch per byte (or a `memchr` call per
//! line) with work per hit.

/// Bit `j` set when byte `j` may be in a word: an ASCII letter or digit, or
/// any byte of a non-ASCII character; and whether the chunk holds any
/// non-ASCII byte (the theme matcher then looks for non-ASCII punctuation
/// in it, which is not in words: 7% of the corpus's chunks), found in the
/// same pass over the bytes.
#[inline(always)]
pub(crate) fn word_mask(chunk: &[u8; 64]) -> (u64, bool) {
    #[cfg(target_arch = "x86_64")]
    {
        // SAFETY: SSE2 is part of the x86_64 baseline: the feature the
        // function is compiled for is present on every x86_64 processor.
        unsafe { sse2::word_mask(chunk) }
    }
    #[cfg(not(target_arch = "x86_64"))]
    {
        swar_word_mask(chunk)
    }
}

/// [`word_mask`] eight bytes a step.
#[cfg(any(not(target_arch = "x86_64"), test))]
#[inline(always)]
fn swar_word_mask(chunk: &[u8; 64]) -> (u64, bool) {
    let mut any = 0u64;
    let mask = swar_mask(chunk, |eight| {
        any |= eight;
        word_flags(eight)
    });
    (mask, any & HIGH != 0)
}

/// Bit `j` set when byte `j` is not plain printable ASCII (0x20–0x7E): a line
/// break, another control character, DEL, or a byte of a non-ASCII
/// character.
#[inline(always)]
pub(crate) fn not_plain_mask(chunk: &[u8; 64]) -> u64 {
    #[cfg(target_arch = "x86_64")]
    {
        // SAFETY: as in `word_mask`.
        unsafe { sse2::not_plain_mask(chunk) }
    }
    #[cfg(not(target_arch = "x86_64"))]
    {
        swar_mask(chunk, not_plain_flags)
    }
}

/// The mask eight bytes a step: `flags` sets bit 7 of each byte of its
/// class.
#[cfg(any(not(target_arch = "x86_64"), test))]
#[inline(always)]
fn swar_mask(chunk: &[u8; 64], mut flags: impl FnMut(u64) -> u64) -> u64 {
    chunk
        .chunks_exact(8)
        .enumerate()
        .fold(0, |mask, (j, eight)| {
            let eight = u64::from_le_bytes(eight.try_into().unwrap_or_default());
            mask | gather(flags(eight)) << (j * 8)
        })
}

#[cfg(any(not(target_arch = "x86_64"), test))]
const LOW7: u64 = 0x7F7F_7F7F_7F7F_7F7F;
#[cfg(any(not(target_arch = "x86_64"), test))]
const HIGH: u64 = 0x8080_8080_8080_8080;

/// `b` in every byte of a word.
#[cfg(any(not(target_arch = "x86_64"), test))]
const fn each(b: u8) -> u64 {
    0x0101_0101_0101_0101 * b as u64
}

/// Eight bit-7 flags (one per byte, little-endian) gathered into the low
/// byte, byte 0 to bit 0.
#[cfg(any(not(target_arch = "x86_64"), test))]
#[inline(always)]
fn gather(flags: u64) -> u64 {
    ((flags >> 7).wrapping_mul(0x0102_0408_1020_4080)) >> 56
}

/// Bit 7 of each word byte of `eight`.
#[cfg(any(not(target_arch = "x86_64"), test))]
#[inline(always)]
fn word_flags(eight: u64) -> u64 {
    // For bytes below 0x80, bit 7 of `y + (0x80 - lo)` is set iff y ≥ lo
    // (no byte carries into the next).
    let y = eight & LOW7;
    // `| 0x20` lower-cases letters and takes no other byte below 0x80 into a..z.
    let z = y | each(0x20);
    let letters = z.wrapping_add(each(0x80 - b'a')) & !z.wrapping_add(each(0x7F - b'z'));
    let digits = y.wrapping_add(each(0x80 - b'0')) & !y.wrapping_add(each(0x7F - b'9'));
    (letters | digits | eight) & HIGH
}

/// Bit 7 of each byte of `eight` that is not plain printable ASCII.
#[cfg(any(not(target_arch = "x86_64"), test))]
#[inline(always)]
fn not_plain_flags(eight: u64) -> u64 {
    let y = eight & LOW7;
    // Below 0x20: no carry into bit 7 from + 0x60. DEL: a carry from + 1.
    let control = !y.wrapping_add(each(0x60));
    let del = y.wrapping_add(each(0x01));
    (control | del | eight) & HIGH
}

/// The masks with SSE2, sixteen bytes a step: 0.6 instructions a byte
/// against SWAR's 3.7 for words.
#[cfg(target_arch = "x86_64")]
mod sse2 {
    use std::arch::x86_64::*;

    /// `class` of each sixteen bytes, its movemask's bits put together.
    #[target_feature(enable = "sse2")]
    #[inline]
    fn mask_of(chunk: &[u8; 64], mut class: impl FnMut(__m128i) -> __m128i) -> u64 {
        let mut mask = 0u64;
        for (j, sixteen) in chunk.chunks_exact(16).enumerate() {
            // SAFETY: `sixteen` is 16 readable bytes; the load is unaligned.
            let x = unsafe { _mm_loadu_si128(sixteen.as_ptr().cast()) };
            mask |= u64::from(_mm_movemask_epi8(class(x)) as u16) << (16 * j);
        }
        mask
    }

    #[target_feature(enable = "sse2")]
    pub(super) fn word_mask(chunk: &[u8; 64]) -> (u64, bool) {
        // For v below 0x80, `v + (0x80 - lo)` wraps to -128 + (v - lo) as a
        // signed byte when v ≥ lo and stays positive when v < lo: so
        // lo ≤ v ≤ hi is one signed compare with -128 + (hi - lo + 1).
        let in_range = |v: __m128i, lo: u8, hi: u8| {
            let shifted = _mm_add_epi8(v, _mm_set1_epi8(0x80u8.wrapping_sub(lo) as i8));
            _mm_cmplt_epi8(
                shifted,
                _mm_set1_epi8(0x80u8.wrapping_add(hi - lo + 1) as i8),
            )
        };
        let mut any = _mm_setzero_si128();
        let mask = mask_of(chunk, |x| {
            any = _mm_or_si128(any, x);
            let y = _mm_and_si128(x, _mm_set1_epi8(0x7F));
            let letters = in_range(_mm_or_si128(y, _mm_set1_epi8(0x20)), b'a', b'z');
            let digits = in_range(y, b'0', b'9');
            // Bytes of 0x80 and above have their top bit set already.
            _mm_or_si128(_mm_or_si128(letters, digits), x)
        });
        (mask, _mm_movemask_epi8(any) != 0)
    }

    #[target_feature(enable = "sse2")]
    pub(super) fn not_plain_mask(chunk: &[u8; 64]) -> u64 {
        mask_of(chunk, |x| {
            // As signed bytes, 0x80 and above are negative: below 0x20 too.
            let below_space = _mm_cmplt_epi8(x, _mm_set1_epi8(0x20));
            _mm_or_si128(below_space, _mm_cmpeq_epi8(x, _mm_set1_epi8(0x7F)))
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Each mask against its byte-wise definition, for every byte value at
    /// every place of a chunk, SSE2 (on x86_64) and SWAR alike.
    fn check(
        mask: impl Fn(&[u8; 64]) -> u64,
        flags: fn(u64) -> u64,
        filler: u8,
        in_class: fn(u8) -> bool,
    ) {
        assert!(!in_class(filler));
        for b in 0..=255u8 {
            for j in 0..64 {
                let mut chunk = [filler; 64];
                chunk[j] = b;
                let expected = u64::from(in_class(b)) << j;
                assert_eq!(mask(&chunk), expected, "{b:#x} at {j}");
                assert_eq!(swar_mask(&chunk, flags), expected, "{b:#x} at {j} (SWAR)");
            }
        }
    }

    #[test]
    fn word_mask_marks_letters_digits_and_non_ascii() {
        check(
            |chunk| word_mask(chunk).0,
            word_flags,
            b' ',
            |b| b.is_ascii_alphanumeric() || b >= 0x80,
        );
        // And says whether the chunk holds a non-ASCII byte.
        for b in 0..=255u8 {
            for j in 0..64 {
                for filler in [b' ', b'a', b'~'] {
                    let mut chunk = [filler; 64];
                    chunk[j] = b;
                    assert_eq!(word_mask(&chunk).1, b >= 0x80, "{b:#x} at {j}");
                    assert_eq!(swar_word_mask(&chunk), word_mask(&chunk), "{b:#x} at {j}");
                }
            }
        }
    }

    #[test]
    fn not_plain_mask_marks_all_but_printable_ascii() {
        check(not_plain_mask, not_plain_flags, b'a', |b| {
            !(0x20..=0x7E).contains(&b)
        });
    }
}
