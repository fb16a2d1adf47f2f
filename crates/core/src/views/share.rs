//! Permalinks: the passage and the document, packed into the URL fragment.
//!
//! The fragment never reaches a server, so a shared link carries the record
//! itself (deflated, then base64url) and the passage anchor. A link to a record
//! opened from `?src=` carries the source URL instead of the text. Everything
//! here is untrusted on the way in: sizes are capped before and after inflating.

use super::anchor::Anchor;
use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use base64::Engine;
use serde::{Deserialize, Serialize};
use std::fmt;

/// Prefix of a fragment this version writes.
pub const FRAGMENT_PREFIX: &str = "v1.";
/// The longest fragment we read (characters).
pub const MAX_FRAGMENT: usize = 8 * 1024 * 1024;
/// The most a fragment may inflate to (a decompression-bomb cap).
pub const MAX_INFLATED: usize = 32 * 1024 * 1024;

/// What a permalink carries.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Permalink {
    #[serde(rename = "a", default, skip_serializing_if = "Option::is_none")]
    pub anchor: Option<Anchor>,
    /// The record text, when the link embeds it.
    #[serde(rename = "t", default, skip_serializing_if = "Option::is_none")]
    pub text: Option<String>,
    /// The record's source URL, when it came from `?src=`.
    #[serde(rename = "src", default, skip_serializing_if = "Option::is_none")]
    pub src: Option<String>,
}

/// Why a fragment could not be read.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum LinkError {
    TooLong { chars: usize },
    NotALink,
    BadEncoding,
    BadCompression,
    TooLarge,
    BadContent,
}

impl fmt::Display for LinkError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let s = match self {
            LinkError::TooLong { chars } => {
                return write!(f, "This link is too long to open ({} KB). It may have been cut or tampered with.", chars / 1024)
            }
            LinkError::NotALink => "This link does not contain a Verbatim passage.",
            LinkError::BadEncoding => "This link is damaged: its data is not valid (it may have been cut off when copied).",
            LinkError::BadCompression => "This link is damaged: the record inside it cannot be unpacked.",
            LinkError::TooLarge => "This link unpacks to more than 32 MB; it was not opened.",
            LinkError::BadContent => "This link is damaged: the record inside it cannot be read.",
        };
        f.write_str(s)
    }
}

impl std::error::Error for LinkError {}

/// Pack a permalink into a fragment (without the leading `#`).
pub fn encode_fragment(link: &Permalink) -> String {
    let json = serde_json::to_string(link).expect("a permalink always serializes");
    let deflated = miniz_oxide::deflate::compress_to_vec(json.as_bytes(), 9);
    format!("{FRAGMENT_PREFIX}{}", URL_SAFE_NO_PAD.encode(deflated))
}

/// Read a fragment (with or without the leading `#`).
pub fn decode_fragment(fragment: &str) -> Result<Permalink, LinkError> {
    let fragment = fragment.strip_prefix('#').unwrap_or(fragment);
    if fragment.len() > MAX_FRAGMENT {
        return Err(LinkError::TooLong {
            chars: fragment.len(),
        });
    }
    let data = fragment
        .strip_prefix(FRAGMENT_PREFIX)
        .ok_or(LinkError::NotALink)?;
    let deflated = URL_SAFE_NO_PAD
        .decode(data.trim_end_matches('='))
        .map_err(|_| LinkError::BadEncoding)?;
    let json = miniz_oxide::inflate::decompress_to_vec_with_limit(&deflated, MAX_INFLATED)
        .map_err(|e| {
            if matches!(e.status, miniz_oxide::inflate::TINFLStatus::HasMoreOutput) {
                LinkError::TooLarge
            } else {
                LinkError::BadCompression
            }
        })?;
    let json = String::from_utf8(json).map_err(|_| LinkError::BadContent)?;
    serde_json::from_str(&json).map_err(|_| LinkError::BadContent)
}

/// The element id of a passage: `s3` for speech 3, `s3-p2` for its second
/// paragraph (1-based); the inverse of [`plain_passage_id`].
pub fn passage_id(speech: usize, paragraph: Option<usize>) -> String {
    match paragraph {
        Some(p) => format!("s{speech}-p{p}"),
        None => format!("s{speech}"),
    }
}

/// Is this fragment a plain passage id (`s3`, `s3-p2`)? Returns (speech, paragraph).
pub fn plain_passage_id(fragment: &str) -> Option<(usize, Option<usize>)> {
    let f = fragment
        .strip_prefix('#')
        .unwrap_or(fragment)
        .strip_prefix('s')?;
    let (s, p) = match f.split_once("-p") {
        Some((s, p)) => (s, Some(p.parse().ok()?)),
        None => (f, None),
    };
    Some((s.parse().ok()?, p))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn round_trips_and_rejects_damage() {
        let link = Permalink {
            anchor: Some(Anchor {
                speech: 3,
                paragraph: Some(2),
                quote: "We “must” act — now.".into(),
            }),
            text: Some("Mr. A (Chile): text".repeat(50)),
            src: None,
        };
        let f = encode_fragment(&link);
        assert!(f.len() < 400, "compressed: {}", f.len());
        assert_eq!(decode_fragment(&format!("#{f}")).unwrap(), link);
        assert_eq!(decode_fragment("#v1.%%%"), Err(LinkError::BadEncoding));
        assert_eq!(decode_fragment("#v1.AAAA"), Err(LinkError::BadCompression));
        assert_eq!(decode_fragment("#s3-p2"), Err(LinkError::NotALink));
        assert!(matches!(
            decode_fragment(&"v1.".repeat(3_000_000)),
            Err(LinkError::TooLong { .. })
        ));
        let bomb = miniz_oxide::deflate::compress_to_vec(&vec![b'a'; MAX_INFLATED + 10], 9);
        assert_eq!(
            decode_fragment(&format!("v1.{}", URL_SAFE_NO_PAD.encode(bomb))),
            Err(LinkError::TooLarge)
        );
        assert_eq!(plain_passage_id("#s3-p2"), Some((3, Some(2))));
        assert_eq!(plain_passage_id("s12"), Some((12, None)));
        assert_eq!(plain_passage_id("#x"), None);
        assert_eq!(
            plain_passage_id(&passage_id(3, Some(2))),
            Some((3, Some(2)))
        );
        assert_eq!(passage_id(12, None), "s12");
    }
}
