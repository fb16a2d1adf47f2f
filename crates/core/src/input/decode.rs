//! Bytes to text.
//!
//! Users drop whatever file they have: UTF-8 from pdftotext, UTF-16 from a Windows
//! editor, Windows-1252 from an old export, or by mistake the PDF itself. We decode
//! what is text and refuse what is not with a message a person can act on, rather
//! than showing mojibake or a wall of binary.
//!
//! The three encodings are decoded here rather than with `encoding_rs`: linking
//! that crate brings every encoding's tables into the browser bundle (about
//! 155 KB of wasm, 125 KB gzip, measured against this decoder; see
//! docs/performance.md), while UTF-16 is in `std` and Windows-1252 is one table of 32
//! characters.

use std::fmt;

/// Why bytes could not be opened as a record.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum DecodeError {
    /// Zero bytes, or nothing but whitespace.
    Empty,
    /// A PDF file: the text has to be extracted or copied first.
    Pdf,
    /// NUL bytes or control characters: an image, archive or other binary file.
    Binary,
    /// Larger than [`MAX_INPUT_BYTES`].
    TooLarge { bytes: usize },
}

/// The largest input we open (64 MiB): a whole session of records is ~20 MB.
pub const MAX_INPUT_BYTES: usize = 64 * 1024 * 1024;

impl fmt::Display for DecodeError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            DecodeError::Empty => write!(f, "The file is empty: there is no text to open."),
            DecodeError::Pdf => write!(
                f,
                "This is a PDF file. Open it in a PDF viewer, select all text, copy it and paste it here (or save it as text with pdftotext)."
            ),
            DecodeError::Binary => write!(
                f,
                "This file is not text (it contains binary data). Open a .txt file of the meeting record."
            ),
            DecodeError::TooLarge { bytes } => write!(
                f,
                "The file is too large to open ({} MB; the limit is {} MB).",
                bytes / (1024 * 1024),
                MAX_INPUT_BYTES / (1024 * 1024)
            ),
        }
    }
}

impl std::error::Error for DecodeError {}

/// Which encoding the bytes were read as; reported so users can spot a wrong guess.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Encoding {
    Utf8,
    Utf16Le,
    Utf16Be,
    Windows1252,
}

/// Decode bytes into text, refusing PDFs and binary data.
pub fn decode(bytes: &[u8]) -> Result<(String, Encoding), DecodeError> {
    if bytes.len() > MAX_INPUT_BYTES {
        return Err(DecodeError::TooLarge { bytes: bytes.len() });
    }
    if bytes.iter().all(|b| b.is_ascii_whitespace()) {
        return Err(DecodeError::Empty);
    }
    let (text, encoding) = if let Some(rest) = bytes.strip_prefix(b"\xEF\xBB\xBF") {
        (String::from_utf8_lossy(rest).into_owned(), Encoding::Utf8)
    } else if let Some(rest) = bytes.strip_prefix(b"\xFF\xFE") {
        (decode_utf16(rest, Encoding::Utf16Le), Encoding::Utf16Le)
    } else if let Some(rest) = bytes.strip_prefix(b"\xFE\xFF") {
        (decode_utf16(rest, Encoding::Utf16Be), Encoding::Utf16Be)
    } else if let Some(which) = sniff_utf16_without_bom(bytes) {
        (decode_utf16(bytes, which), which)
    } else {
        if find(&bytes[..bytes.len().min(1024)], b"%PDF-").is_some() {
            return Err(DecodeError::Pdf);
        }
        if looks_binary(bytes) {
            return Err(DecodeError::Binary);
        }
        match std::str::from_utf8(bytes) {
            Ok(s) => (s.to_owned(), Encoding::Utf8),
            Err(_) => (decode_windows_1252(bytes), Encoding::Windows1252),
        }
    };
    if text.starts_with("%PDF-") {
        return Err(DecodeError::Pdf);
    }
    if memchr::memchr(0, text.as_bytes()).is_some() || looks_binary(text.as_bytes()) {
        return Err(DecodeError::Binary);
    }
    if text.trim().is_empty() {
        return Err(DecodeError::Empty);
    }
    Ok((text, encoding))
}

fn decode_utf16(bytes: &[u8], order: Encoding) -> String {
    let units = bytes.chunks_exact(2).map(|pair| match order {
        Encoding::Utf16Be => u16::from_be_bytes([pair[0], pair[1]]),
        _ => u16::from_le_bytes([pair[0], pair[1]]),
    });
    char::decode_utf16(units)
        .map(|c| c.unwrap_or(char::REPLACEMENT_CHARACTER))
        .collect()
}

/// Windows-1252: Latin-1 but for 0x80–0x9F, which hold typographic punctuation.
fn decode_windows_1252(bytes: &[u8]) -> String {
    const HIGH: [char; 32] = [
        '€', '\u{81}', '‚', 'ƒ', '„', '…', '†', '‡', 'ˆ', '‰', 'Š', '‹', 'Œ', '\u{8D}', 'Ž',
        '\u{8F}', '\u{90}', '‘', '’', '“', '”', '•', '–', '—', '˜', '™', 'š', '›', 'œ', '\u{9D}',
        'ž', 'Ÿ',
    ];
    bytes
        .iter()
        .map(|&b| match b {
            0x80..=0x9F => HIGH[usize::from(b - 0x80)],
            _ => char::from(b),
        })
        .collect()
}

/// UTF-16 text without a BOM has a NUL in every other byte for Latin text.
fn sniff_utf16_without_bom(bytes: &[u8]) -> Option<Encoding> {
    let sample = &bytes[..bytes.len().min(4096)];
    if sample.len() < 4 {
        return None;
    }
    let pairs = sample.len() / 2;
    let even_nul = (0..pairs).filter(|i| sample[2 * i] == 0).count();
    let odd_nul = (0..pairs).filter(|i| sample[2 * i + 1] == 0).count();
    if odd_nul * 10 >= pairs * 8 && even_nul * 10 <= pairs {
        Some(Encoding::Utf16Le)
    } else if even_nul * 10 >= pairs * 8 && odd_nul * 10 <= pairs {
        Some(Encoding::Utf16Be)
    } else {
        None
    }
}

/// Binary if the first 8 KiB hold a NUL or more than 1% control characters other
/// than the whitespace and form feeds/backspaces that pdftotext emits.
fn looks_binary(bytes: &[u8]) -> bool {
    let sample = &bytes[..bytes.len().min(8192)];
    if sample.contains(&0) {
        return true;
    }
    let controls = sample
        .iter()
        .filter(|&&b| b < 0x20 && !matches!(b, b'\n' | b'\r' | b'\t' | 0x0C | 0x08))
        .count();
    controls * 100 > sample.len()
}

fn find(hay: &[u8], needle: &[u8]) -> Option<usize> {
    hay.windows(needle.len()).position(|w| w == needle)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn refuses_pdf_binary_and_empty() {
        assert_eq!(decode(b"%PDF-1.7\n...").unwrap_err(), DecodeError::Pdf);
        assert_eq!(
            decode(b"ab\0cd\0\x01\x02").unwrap_err(),
            DecodeError::Binary
        );
        assert_eq!(decode(b"  \n\r\n").unwrap_err(), DecodeError::Empty);
        assert_eq!(decode(b"").unwrap_err(), DecodeError::Empty);
    }

    #[test]
    fn decodes_boms_utf16_and_1252() {
        let (t, e) = decode(b"\xEF\xBB\xBFMr. X: hi").unwrap();
        assert_eq!((t.as_str(), e), ("Mr. X: hi", Encoding::Utf8));
        let le: Vec<u8> = "Ms. Jürgenson: ok"
            .encode_utf16()
            .flat_map(|u| u.to_le_bytes())
            .collect();
        let mut with_bom = vec![0xFF, 0xFE];
        with_bom.extend(&le);
        assert_eq!(decode(&with_bom).unwrap().0, "Ms. Jürgenson: ok");
        assert_eq!(
            decode(&le).unwrap(),
            ("Ms. Jürgenson: ok".into(), Encoding::Utf16Le)
        );
        let be: Vec<u8> = "Mr. Ja’afari: ok"
            .encode_utf16()
            .flat_map(|u| u.to_be_bytes())
            .collect();
        assert_eq!(
            decode(&be).unwrap(),
            ("Mr. Ja’afari: ok".into(), Encoding::Utf16Be)
        );
        let (t, e) =
            decode(b"Mr. Ja\x92afari (Syria): caf\xe9 \x93\x80\x97\x85\x9c\x9f\x9e\x8a").unwrap();
        assert_eq!(t, "Mr. Ja’afari (Syria): café “€—…œŸžŠ");
        assert_eq!(e, Encoding::Windows1252);
    }
}
