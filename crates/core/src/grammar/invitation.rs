//! The President's invitation to speak ("I now give the floor to the
//! representative of Eritrea."), read at the start of a paragraph.
//!
//! Part of the record grammar: the parse stages use it to put a turn the
//! extraction moved back in order, and to tell a column's last lines.

use super::classes::is_pattern_space;

/// Who the President gives the floor to, as the invitation names them.
#[derive(Debug, PartialEq, Eq)]
pub(crate) enum Invitee<'a> {
    /// "the representative of Eritrea", "the Minister for … of Chad".
    Country(&'a str),
    /// "His Excellency Mr. X".
    Honorific(&'a str),
    /// "Mr. Chambas".
    Name(&'a str),
    /// "the Secretary-General", "the observer of the Holy See", …
    Office,
}

/// An invitation to speak at the start of a President's paragraph.
#[derive(Debug, PartialEq, Eq)]
pub(crate) struct Invitation<'a> {
    pub(crate) invitee: Invitee<'a>,
    /// Byte length of the invitation's sentence (through its full stop).
    pub(crate) len: usize,
}

/// The openings of an invitation, word by word (one ASCII whitespace
/// character between words, then one after the last).
const OPENINGS: [&[&str]; 9] = [
    &["I", "give", "the", "floor", "to"],
    &["I", "now", "give", "the", "floor", "to"],
    &["I", "shall", "give", "the", "floor", "to"],
    &["I", "shall", "now", "give", "the", "floor", "to"],
    &["I", "call", "on"],
    &["I", "now", "call", "on"],
    &["I", "shall", "call", "on"],
    &["I", "shall", "now", "call", "on"],
    &["I", "now", "invite"],
];

/// Read an invitation ("I now give the floor to the representative of
/// Eritrea.") at the start of `paragraph`.
///
/// Read by hand: the President has dozens of turns in an open debate and a
/// regex engine with captures cost ~5% of a whole parse here. One of the
/// [`OPENINGS`], then the first of these that reads through a full stop
/// (with no `;` or `.` before it): `the representative of`, `the Permanent
/// Representative of` or `the Minister … of` and a country; `His` or `Her
/// Excellency` and a name; `Mr.`, `Ms.`, `Mrs.` or `Dr.` and a name (no
/// comma either); or `the` and an office. Its reference pattern is
/// `reference::INVITATION`.
pub(crate) fn read_invitation(paragraph: &str) -> Option<Invitation<'_>> {
    let b = paragraph.as_bytes();
    let at = OPENINGS
        .iter()
        .find_map(|words| words_then_space(b, 0, words))?;
    let found = |invitee, end: usize| {
        Some(Invitation {
            invitee,
            len: end + 1,
        })
    };
    if let Some(after_the) = words_then_space(b, at, &["the"]) {
        let countries = [
            &["representative", "of"][..],
            &["Permanent", "Representative", "of"],
        ];
        for words in countries {
            if let Some(c) = words_then_space(b, after_the, words) {
                if let Some(end) = run_to_full_stop(b, c, b".;") {
                    return found(Invitee::Country(&paragraph[c..end]), end);
                }
            }
        }
        if let Some(title) = words_then_space(b, after_the, &["Minister"]) {
            // Each " of " before the next full stop, nearest first.
            let stop = memchr::memchr(b'.', &b[title..]).map_or(b.len(), |i| title + i);
            for j in title..stop {
                if is_pattern_space(b[j]) {
                    if let Some(c) = words_then_space(b, j + 1, &["of"]) {
                        if let Some(end) = run_to_full_stop(b, c, b".;") {
                            return found(Invitee::Country(&paragraph[c..end]), end);
                        }
                    }
                }
            }
        }
    }
    for words in [["His", "Excellency"], ["Her", "Excellency"]] {
        if let Some(h) = words_then_space(b, at, &words) {
            if let Some(end) = run_to_full_stop(b, h, b".;") {
                return found(Invitee::Honorific(&paragraph[h..end]), end);
            }
        }
    }
    for title in ["Mr.", "Ms.", "Mrs.", "Dr."] {
        if let Some(n) = words_then_space(b, at, &[title]) {
            if let Some(end) = run_to_full_stop(b, n, b".;,") {
                return found(Invitee::Name(&paragraph[n..end]), end);
            }
        }
    }
    let office = words_then_space(b, at, &["the"])?;
    let end = run_to_full_stop(b, office, b".;")?;
    found(Invitee::Office, end)
}

/// Does `paragraph` open with the words of an invitation (one of the
/// [`OPENINGS`]), whoever it names? ("I now give the floor to those members
/// of the Council who wish to make statements after the vote.")
pub(crate) fn opens_invitation(paragraph: &str) -> bool {
    OPENINGS
        .iter()
        .any(|opening| words_then_space(paragraph.as_bytes(), 0, opening).is_some())
}

/// Position after `words` at `at`, each followed by one ASCII whitespace.
fn words_then_space(b: &[u8], mut at: usize, words: &[&str]) -> Option<usize> {
    for w in words {
        let rest = b.get(at..)?.strip_prefix(w.as_bytes())?;
        if !rest.first().is_some_and(|c| is_pattern_space(*c)) {
            return None;
        }
        at += w.len() + 1;
    }
    Some(at)
}

/// Where a non-empty run from `at` that contains none of `stops` ends in a
/// full stop (the first of `stops` after it is a full stop): the position
/// of that full stop.
fn run_to_full_stop(b: &[u8], at: usize, stops: &[u8]) -> Option<usize> {
    let end = at + b.get(at..)?.iter().position(|c| stops.contains(c))?;
    (end > at && b[end] == b'.').then_some(end)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::grammar::reference::INVITATION;

    fn by_pattern(p: &str) -> Option<Invitation<'_>> {
        let caps = INVITATION.captures(p)?;
        let group = |name| caps.name(name).map(|m| m.as_str());
        let invitee = if let Some(c) = group("country") {
            Invitee::Country(c)
        } else if let Some(h) = group("hon") {
            Invitee::Honorific(h)
        } else if let Some(n) = group("name") {
            Invitee::Name(n)
        } else {
            Invitee::Office
        };
        Some(Invitation {
            invitee,
            len: caps.get(0).expect("match").end(),
        })
    }

    /// The hand reading must equal the pattern's on every paragraph of the
    /// corpus (all shapes) and on edge cases.
    #[test]
    fn invitation_reading_agrees_with_the_pattern() {
        let records: Vec<crate::Record> = crate::corpus_texts()
            .iter()
            .map(|t| crate::parse(t))
            .collect();
        let mut paragraphs: Vec<String> = records
            .iter()
            .flat_map(|r| r.speeches.iter().flat_map(|s| s.paragraphs.iter().cloned()))
            .collect();
        paragraphs.extend(
            [
                "I now give the floor to the representative of Eritrea.",
                "I give the floor to the representative of the Niger; then Chad.",
                "I shall now call on the Permanent Representative of Chad. Thanks.",
                "I now invite the Minister for Foreign Affairs of the Republic of Korea.",
                "I call on the Minister X of A; B of C.",
                "I call on the Minister of Chad.",
                "I call on the Minister  of Chad.",
                "I now invite His Excellency Mr. Ali.",
                "I now invite Her Excellency Ms. Ali.",
                "I call on Mrs. Ali.",
                "I call on Mrs. Ali, the Minister.",
                "I call on Ms. Ali; then Dr. Bo.",
                "I call on Dr. .",
                "I call on the Secretary-General.",
                "I call on the representatives of Chad and Niger.",
                "I call on the",
                "I call onto Chad.",
                "I now  give the floor to Mr. X.",
                "I now\tgive the floor to\nMr. X.",
                "I shall give the floor to the observer of the Holy See.",
                "I give the floor to Mr. Ali",
            ]
            .map(String::from),
        );
        let mut invitations = 0;
        for p in &paragraphs {
            let expected = by_pattern(p);
            invitations += usize::from(expected.is_some());
            assert_eq!(read_invitation(p), expected, "{p}");
        }
        assert!(invitations > 200, "{invitations} invitations compared");
    }
}
