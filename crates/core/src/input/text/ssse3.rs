//! [`text_width`](super::text_width) sixteen ASCII bytes a step, with SSSE3's
//! byte shuffle (`pshufb`) as a sixteen-entry table lookup in each byte.
//!
//! Widths were the largest single cost of parsing natively (a table lookup
//! per byte, about 1 ms of 8 for the corpus): every content line is measured
//! once. Here a byte becomes its width class (fifteen distinct widths among
//! the ASCII characters, so a class fits a shuffle table), the class becomes
//! the low and the high byte of its width (two more shuffles), and the bytes
//! are summed eight at a time (`psadbw`). Bytes of 0x80 and above get class
//! 0, width 0: the characters they make up are measured one by one from
//! their lead bytes.
//!
//! SSSE3 is not part of the x86_64 baseline (SSE2 is), so the caller asks
//! the processor first ([`available`]); every x86_64 processor since 2006 has
//! it. The browser build never compiles this (its widths are the byte loop).

use super::width_of;
use std::arch::x86_64::*;

/// The ASCII widths as classes: `CLASS[b]` is 1 + the index in `WIDTHS` of
/// byte `b`'s width (0 stays free for bytes above 0x7F).
const CLASSES: ([u8; 128], [u16; 16]) = {
    let mut class = [0u8; 128];
    let mut widths = [0u16; 16];
    let mut distinct = 1;
    let mut b = 0;
    while b < 128 {
        let w = width_of(b as u8 as char) as u16;
        let mut k = 1;
        while k < distinct && widths[k] != w {
            k += 1;
        }
        if k == distinct {
            // More than fifteen distinct widths would not fit a shuffle
            // table: the build fails here rather than measuring wrong.
            assert!(distinct < 16, "too many distinct ASCII widths");
            widths[k] = w;
            distinct += 1;
        }
        class[b] = k as u8;
        b += 1;
    }
    (class, widths)
};

/// The class table as eight sixteen-entry tables, one per high nibble,
/// each stored as its difference from the one before: a byte looked up in
/// tables 0..=h (and out of range, so zero, in the rest) XORs to its class.
/// See [`width`].
const CLASS_STEPS: [[u8; 16]; 8] = {
    let mut steps = [[0u8; 16]; 8];
    let mut h = 0;
    while h < 8 {
        let mut l = 0;
        while l < 16 {
            let before = if h == 0 {
                0
            } else {
                CLASSES.0[16 * (h - 1) + l]
            };
            steps[h][l] = CLASSES.0[16 * h + l] ^ before;
            l += 1;
        }
        h += 1;
    }
    steps
};

/// Low and high bytes of each class's width.
const WIDTH_BYTES: ([u8; 16], [u8; 16]) = {
    let mut low = [0u8; 16];
    let mut high = [0u8; 16];
    let mut k = 0;
    while k < 16 {
        low[k] = (CLASSES.1[k] & 0xFF) as u8;
        high[k] = (CLASSES.1[k] >> 8) as u8;
        k += 1;
    }
    (low, high)
};

/// Does this processor have SSSE3? (Cached by the standard library after
/// the first question.)
#[inline]
pub(super) fn available() -> bool {
    std::arch::is_x86_feature_detected!("ssse3")
}

/// The width of `bytes` (sixteen or more), sixteen bytes a step, the last
/// step overlapping the one before it (its repeated bytes masked off) so no
/// byte loop is needed. Non-ASCII characters are measured one by one from
/// their lead bytes, found in the same blocks (`non_ascii`).
///
/// # Safety
///
/// The processor must have SSSE3 ([`available`]).
#[target_feature(enable = "ssse3")]
pub(super) unsafe fn width(bytes: &[u8], non_ascii: impl Fn(&[u8], usize) -> u32) -> u64 {
    let load = |at: usize| {
        let block: &[u8; 16] = bytes[at..at + 16].try_into().expect("sixteen bytes");
        // SAFETY: `block` is sixteen readable bytes; the load is unaligned.
        unsafe { _mm_loadu_si128(block.as_ptr().cast()) }
    };
    let table = |t: &[u8; 16]| {
        // SAFETY: `t` is sixteen readable bytes; the load is unaligned.
        unsafe { _mm_loadu_si128(t.as_ptr().cast()) }
    };
    let steps = CLASS_STEPS.map(|s| table(&s));
    let (low, high) = (table(&WIDTH_BYTES.0), table(&WIDTH_BYTES.1));
    let zero = _mm_setzero_si128();
    let (mut sum_low, mut sum_high) = (zero, zero);
    let mut others = 0u64;
    // Width of the block at `at` where `keep` (bytes) and `kept` (its bits)
    // are set.
    let mut add = |at: usize, keep: __m128i, kept: u32| {
        let x = load(at);
        // Byte b looked up in table h at b - 16h: in range (bit 7 clear)
        // for h ≤ b / 16, so the XOR of those steps is its class; out of
        // range (negative) for the rest, which `pshufb` turns into zero, as
        // it does every byte of 0x80 and above (negative as a signed byte,
        // and kept so by a saturating subtraction).
        let mut index = x;
        let mut class = zero;
        for step in steps {
            class = _mm_xor_si128(class, _mm_shuffle_epi8(step, index));
            index = _mm_subs_epi8(index, _mm_set1_epi8(16));
        }
        let class = _mm_and_si128(class, keep);
        sum_low = _mm_add_epi64(sum_low, _mm_sad_epu8(_mm_shuffle_epi8(low, class), zero));
        sum_high = _mm_add_epi64(sum_high, _mm_sad_epu8(_mm_shuffle_epi8(high, class), zero));
        // Lead bytes (11xxxxxx): bit 7, and bit 6 shifted into bit 7.
        let mut leads = (_mm_movemask_epi8(x) & _mm_movemask_epi8(_mm_slli_epi16(x, 1))) as u32;
        leads &= kept;
        while leads != 0 {
            others += u64::from(non_ascii(bytes, at + leads.trailing_zeros() as usize));
            leads &= leads - 1;
        }
    };
    let mut at = 0;
    while at + 16 <= bytes.len() {
        add(at, _mm_set1_epi8(-1), 0xFFFF);
        at += 16;
    }
    let rest = bytes.len() - at;
    if rest > 0 {
        // The last sixteen bytes; the first 16 - rest were measured above.
        let lane = _mm_setr_epi8(0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15);
        let keep = _mm_cmpgt_epi8(lane, _mm_set1_epi8(15 - rest as i8));
        add(bytes.len() - 16, keep, 0xFFFF << (16 - rest));
    }
    total(sum_low, sum_high) + others
}

/// The two byte sums as one width.
#[target_feature(enable = "ssse3")]
fn total(sum_low: __m128i, sum_high: __m128i) -> u64 {
    let lanes = |v: __m128i| {
        let low = _mm_cvtsi128_si64(v) as u64;
        let high = _mm_cvtsi128_si64(_mm_unpackhi_epi64(v, v)) as u64;
        low + high
    };
    lanes(sum_low) + 256 * lanes(sum_high)
}
