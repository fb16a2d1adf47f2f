//! Who is speaking: "The President:" to the president on the cover page, and
//! briefers (labels with no country) to the affiliation given when the President
//! invited them ("I invite Mr. Chambas, Special Representative of …").

use crate::model::{Meeting, Speech};
use regex_lite::Regex;
use std::sync::LazyLock;

static INVITEE: LazyLock<Regex> = LazyLock::new(|| {
    crate::patterns::compile(
        r"(?x)^(?:Mr\.|Ms\.|Mrs\.|Dr\.|Miss|Sir|Dame|Judge|Archbishop|Monsignor|Sheikh|Ambassador)\s
        (?P<name>\p{Lu}[\p{L}\p{M}’'\-.]*(?:\s(?:\p{Lu}[\p{L}\p{M}’'\-.]*|de|da|dos|van|von|der|del|la|le|bin|al|el))*),\s
        (?P<role>(?:the\s)?\p{Lu}[^;:]+?)
        (?:,\sto\sparticipate|;|\.\s|\.$|,\sand\s|\sand\s(?:Mr|Ms|Mrs|Dr)\.|,\s(?:who|to)\s)",
    )
});

/// The title words an invitation's name follows; [`INVITEE`] is tried only
/// where one of them stands.
const TITLES: [&str; 12] = [
    "Mr.",
    "Ms.",
    "Mrs.",
    "Dr.",
    "Miss",
    "Sir",
    "Dame",
    "Judge",
    "Archbishop",
    "Monsignor",
    "Sheikh",
    "Ambassador",
];

/// Where a title stands in `paragraph`: (start, end), left to right. No title
/// begins another, so at most one stands at each place.
fn titles(paragraph: &str) -> impl Iterator<Item = (usize, usize)> + '_ {
    let bytes = paragraph.as_bytes();
    memchr::memchr3_iter(b'M', b'D', b'S', bytes)
        .chain(memchr::memchr2_iter(b'J', b'A', bytes))
        .filter_map(move |at| {
            let title = TITLES
                .iter()
                .find(|t| bytes[at..].starts_with(t.as_bytes()))?;
            Some((at, at + title.len()))
        })
}

/// Every invitation in `paragraph`, left to right, not overlapping.
fn invitations(paragraph: &str) -> Vec<regex_lite::Captures<'_>> {
    let mut out: Vec<regex_lite::Captures> = Vec::new();
    let mut resume = 0;
    let mut hits: Vec<(usize, usize)> = titles(paragraph).collect();
    hits.sort_unstable();
    for (start, end) in hits {
        if start < resume || !name_then_comma(&paragraph[end..]) {
            continue;
        }
        if let Some(c) = INVITEE.captures(&paragraph[start..]) {
            resume = start + c.get(0).map_or(0, |m| m.end());
            out.push(c);
        }
    }
    out
}

/// Does a run of name characters and spaces end in a comma here? An
/// [`INVITEE`] match needs one (`Mr. Chambas, Special Representative`); the
/// many titles not so followed are not shown to the regex.
fn name_then_comma(after_title: &str) -> bool {
    after_title.chars().find(|&c| {
        !(crate::patterns::is_letter(c)
            || crate::patterns::is_mark(c)
            || u8::try_from(c).is_ok_and(crate::patterns::is_pattern_space)
            || matches!(c, '’' | '\'' | '`' | '-' | '.'))
    }) == Some(',')
}

/// An invited speaker's affiliation, keyed by the words of their name.
struct Invitee {
    name_words: Vec<String>,
    role: String,
}

fn fold(s: &str) -> String {
    s.chars()
        .map(|c| {
            let c = match c {
                'á' | 'à' | 'â' | 'ä' | 'ã' | 'å' => 'a',
                'é' | 'è' | 'ê' | 'ë' => 'e',
                'í' | 'ì' | 'î' | 'ï' => 'i',
                'ó' | 'ò' | 'ô' | 'ö' | 'õ' => 'o',
                'ú' | 'ù' | 'û' | 'ü' => 'u',
                'ñ' => 'n',
                'ç' => 'c',
                '’' => '\'',
                c => c,
            };
            c.to_ascii_lowercase()
        })
        .collect()
}

/// Fill in speaker, country and role for presidential turns and briefers.
pub fn resolve_speakers(meeting: &Meeting, speeches: &mut [Speech]) {
    let mut invitees: Vec<Invitee> = Vec::new();
    for s in speeches.iter() {
        if !(s.role.as_deref() == Some("President")
            || s.role.as_deref() == Some("Acting President"))
        {
            continue;
        }
        for p in s
            .paragraphs
            .iter()
            .filter(|p| p.contains("invite") || p.contains("floor"))
        {
            for c in invitations(p) {
                let role = c["role"].trim().trim_end_matches(',').to_owned();
                invitees.push(Invitee {
                    name_words: c["name"].split(' ').map(fold).collect(),
                    role,
                });
            }
        }
    }
    for s in speeches.iter_mut() {
        match s.role.as_deref() {
            Some("President") => {
                if let Some(p) = &meeting.president {
                    s.speaker = p.name.clone();
                    if s.country.is_none() {
                        s.country = p.country.clone();
                    }
                }
            }
            Some(r) if r.ends_with("Secretary-General") && s.title.as_deref() == Some("The") => {
                s.country = Some("United Nations".into());
            }
            _ => {}
        }
        if s.country.is_none() && s.title.as_deref() != Some("The") {
            let surname = s.speaker.rsplit(' ').next().map(fold).unwrap_or_default();
            if let Some(inv) = invitees
                .iter()
                .rev()
                .find(|i| i.name_words.contains(&surname))
            {
                if s.role.is_none() {
                    s.role = Some(inv.role.clone());
                }
                s.country = organisation_of(&inv.role);
            }
        }
    }
}

/// The body a briefer speaks for, from their title.
pub fn organisation_of(role: &str) -> Option<String> {
    const BODIES: [(&str, &str); 10] = [
        ("European Union", "European Union"),
        ("African Union", "African Union"),
        ("League of Arab States", "League of Arab States"),
        ("Red Cross", "International Committee of the Red Cross"),
        (
            "International Criminal Court",
            "International Criminal Court",
        ),
        (
            "Organization for Security and Co-operation",
            "Organization for Security and Co-operation in Europe",
        ),
        ("World Bank", "World Bank"),
        (
            "Economic Community of West African States",
            "Economic Community of West African States",
        ),
        ("Peacebuilding Commission", "Peacebuilding Commission"),
        (
            "Organisation of Islamic Cooperation",
            "Organisation of Islamic Cooperation",
        ),
    ];
    for (needle, body) in BODIES {
        if role.contains(needle) {
            return Some(body.to_owned());
        }
    }
    const UN_WORDS: [&str; 9] = [
        "Secretary-General",
        "United Nations",
        "Special Representative",
        "Special Envoy",
        "High Commissioner",
        "Emergency Relief",
        "Under-Secretary",
        "Assistant Secretary",
        "UN ",
    ];
    if UN_WORDS.iter().any(|w| role.contains(w)) {
        return Some("United Nations".into());
    }
    None
}
