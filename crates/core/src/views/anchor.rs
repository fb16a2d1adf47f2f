//! Passage anchors that survive re-parsing.
//!
//! A permalink names a passage twice: by position (`s3-p2`, the third speech's
//! second paragraph) and by content (a quote of its opening words). If a later
//! parser version splits paragraphs differently, the quote still finds the
//! passage; if the quote is gone, the position gives the nearest passage.

use crate::model::Record;
use serde::{Deserialize, Serialize};

/// A passage selector: ids plus a quote.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Anchor {
    /// 1-based speech number.
    #[serde(rename = "s")]
    pub speech: usize,
    /// 1-based paragraph number, or `None` for the whole speech.
    #[serde(rename = "p", default, skip_serializing_if = "Option::is_none")]
    pub paragraph: Option<usize>,
    /// The passage's opening words (at most [`QUOTE_CHARS`] characters).
    #[serde(rename = "q", default)]
    pub quote: String,
}

/// How much of a paragraph the quote keeps.
pub const QUOTE_CHARS: usize = 160;

/// How an anchor was resolved.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Landing {
    /// The ids and the quote agree.
    Exact {
        speech: usize,
        paragraph: Option<usize>,
    },
    /// The quote was found elsewhere (ids shifted).
    Moved {
        speech: usize,
        paragraph: Option<usize>,
    },
    /// The quote was not found; this is the nearest passage to the ids.
    Nearest {
        speech: usize,
        paragraph: Option<usize>,
    },
}

impl Landing {
    pub fn target(self) -> (usize, Option<usize>) {
        match self {
            Landing::Exact { speech, paragraph }
            | Landing::Moved { speech, paragraph }
            | Landing::Nearest { speech, paragraph } => (speech, paragraph),
        }
    }
}

/// The anchor for a paragraph (or, with `paragraph: None`, a whole speech).
pub fn anchor_for(record: &Record, speech: usize, paragraph: Option<usize>) -> Option<Anchor> {
    let s = record.speeches.get(speech.checked_sub(1)?)?;
    let text = match paragraph {
        Some(p) => s.paragraphs.get(p.checked_sub(1)?)?,
        None => s.paragraphs.first().unwrap_or(&s.label),
    };
    Some(Anchor {
        speech,
        paragraph,
        quote: text.chars().take(QUOTE_CHARS).collect(),
    })
}

fn normalize(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// Find the passage an anchor names in `record`. `None` when the record has no
/// speeches at all.
pub fn resolve(record: &Record, anchor: &Anchor) -> Option<Landing> {
    if record.speeches.is_empty() {
        return None;
    }
    let quote = normalize(&anchor.quote);
    let quote = quote.as_str();
    let at = |s: usize, p: Option<usize>| -> Option<&String> {
        let sp = record.speeches.get(s.checked_sub(1)?)?;
        match p {
            Some(p) => sp.paragraphs.get(p.checked_sub(1)?),
            None => sp.paragraphs.first(),
        }
    };
    if let Some(text) = at(anchor.speech, anchor.paragraph) {
        if quote.is_empty() || normalize(text).starts_with(quote) {
            return Some(Landing::Exact {
                speech: anchor.speech,
                paragraph: anchor.paragraph,
            });
        }
    }
    if !quote.is_empty() {
        // The quote anywhere, nearest to the original position first.
        let mut best: Option<(usize, usize, usize)> = None;
        for (si, s) in record.speeches.iter().enumerate() {
            for (pi, p) in s.paragraphs.iter().enumerate() {
                if normalize(p).contains(quote) {
                    let distance = (si + 1).abs_diff(anchor.speech);
                    if best.is_none_or(|b| distance < b.0) {
                        best = Some((distance, si + 1, pi + 1));
                    }
                }
            }
        }
        if let Some((_, s, p)) = best {
            // A speech anchor stays a speech anchor; a paragraph anchor moves with its quote.
            let paragraph = anchor.paragraph.map(|_| p);
            return Some(Landing::Moved {
                speech: s,
                paragraph,
            });
        }
    }
    let speech = anchor.speech.clamp(1, record.speeches.len());
    let count = record.speeches[speech - 1].paragraphs.len();
    let paragraph = anchor
        .paragraph
        .filter(|_| count > 0)
        .map(|p| p.clamp(1, count));
    Some(Landing::Nearest { speech, paragraph })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn record() -> Record {
        crate::parse("Mr. A (Chile): First words here.\n\nSecond paragraph text.\n\nMs. B (Peru): Other speech.\n")
    }

    #[test]
    fn resolves_exact_moved_and_nearest() {
        let r = record();
        let a = anchor_for(&r, 1, Some(2)).unwrap();
        assert_eq!(a.quote, "Second paragraph text.");
        assert_eq!(
            resolve(&r, &a),
            Some(Landing::Exact {
                speech: 1,
                paragraph: Some(2)
            })
        );
        let moved = Anchor {
            speech: 2,
            paragraph: Some(1),
            quote: "Second paragraph".into(),
        };
        assert_eq!(
            resolve(&r, &moved),
            Some(Landing::Moved {
                speech: 1,
                paragraph: Some(2)
            })
        );
        let lost = Anchor {
            speech: 9,
            paragraph: Some(9),
            quote: "nowhere".into(),
        };
        assert_eq!(
            resolve(&r, &lost),
            Some(Landing::Nearest {
                speech: 2,
                paragraph: Some(1)
            })
        );
    }
}
