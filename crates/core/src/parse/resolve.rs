//! Who is speaking: "The President:" to the president on the cover page, and
//! briefers (labels with no country) to the affiliation given when the President
//! invited them ("I invite Mr. Chambas, Special Representative of …"); and
//! each delegation by one name in every language.

use crate::grammar::classes::{is_capital, is_letter, is_mark, is_pattern_space};
use crate::grammar::delegations::delegation_of;
use crate::grammar::scan::Scan;
use crate::model::{Meeting, Speech};

/// The title words an invitation's name follows; [`read_invitee`] is tried
/// only where one of them stands.
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

/// An invitation read where a title stands: `Mr. Chambas, Special
/// Representative of the Secretary-General for West Africa and the Sahel,`.
struct Invitation<'a> {
    name: &'a str,
    role: &'a str,
    /// Where the invitation ends, after what ended the role.
    end: usize,
}

/// The particles an invited speaker's name may hold, in the order they are tried.
const NAME_PARTICLES: [&str; 12] = [
    "de", "da", "dos", "van", "von", "der", "del", "la", "le", "bin", "al", "el",
];

/// Reads one of the things that end a role, and where it ends.
type Terminator = dyn Fn(Scan<'_>) -> Option<Scan<'_>>;

/// What ends an invitation's role, in the order they are tried (a full stop
/// may end the paragraph).
fn role_ends_here(s: Scan<'_>) -> Option<usize> {
    let tries: [&Terminator; 7] = [
        &|mut e| (e.lit(",") && e.space() && e.words(&["to", "participate"])).then_some(e),
        &|mut e| e.lit(";").then_some(e),
        &|mut e| (e.lit(".") && e.space()).then_some(e),
        &|mut e| (e.lit(".") && e.done()).then_some(e),
        &|mut e| (e.lit(",") && e.space() && e.lit("and") && e.space()).then_some(e),
        &|mut e| {
            if !(e.space() && e.lit("and") && e.space()) {
                return None;
            }
            ["Mr.", "Ms.", "Mrs.", "Dr."]
                .iter()
                .any(|t| e.lit(t))
                .then_some(e)
        },
        &|mut e| {
            (e.lit(",") && e.space() && e.one_of(&["who", "to"]).is_some() && e.space())
                .then_some(e)
        },
    ];
    tries.iter().find_map(|t| t(s)).map(|e| e.at())
}

/// The invitation grammar at the start of `text`, read by hand: one of the
/// [`TITLES`] and a space; a name of capitalised words and
/// [`NAME_PARTICLES`], one space apart; `, `; a role opening with a capital
/// (maybe after `the `) and running, without `;` or `:`, to the first of
/// the endings [`role_ends_here`] knows. Its reference pattern is
/// `reference::INVITEE`, and a test holds this reader to it.
fn read_invitee(text: &str) -> Option<Invitation<'_>> {
    let mut s = Scan::new(text);
    s.one_of(&TITLES)?;
    if !s.space() {
        return None;
    }
    // The name: a capitalised word, then words or particles after one
    // space each, up to `, ` (a word must end where a space or `, ` follows).
    let name_char = |c: char| is_letter(c) || is_mark(c) || matches!(c, '’' | '\'' | '-' | '.');
    let name_from = s.at();
    s.char_if(is_capital)?;
    s.take_while(name_char);
    loop {
        let mut next = s;
        if !next.space() {
            break;
        }
        let mut word = next;
        let capital = word.char_if(is_capital).is_some();
        if capital {
            word.take_while(name_char);
        }
        let ok = |mut w: Scan<'_>| matches!(w.peek(), Some(',')) || w.space();
        if capital && ok(word) {
            s = word;
            continue;
        }
        match NAME_PARTICLES.iter().find_map(|p| {
            let mut w = next;
            (w.lit(p) && ok(w)).then_some(w)
        }) {
            Some(w) => s = w,
            None => break,
        }
    }
    let name = s.since(name_from);
    if !(s.lit(",") && s.space()) {
        return None;
    }
    // The role: the shortest run of two or more characters without `;` or
    // `:` (after an optional `the `, from a capital) that something ends.
    let role_from = s.at();
    let mut the = s;
    if the.lit("the") && the.space() && the.peek().is_some_and(is_capital) {
        s = the;
    }
    s.char_if(is_capital)?;
    loop {
        if matches!(s.peek(), None | Some(';' | ':')) {
            return None;
        }
        s.char_if(|_| true);
        if let Some(end) = role_ends_here(s) {
            return Some(Invitation {
                name,
                role: s.since(role_from),
                end,
            });
        }
    }
}

/// Every invitation in `paragraph`, left to right, not overlapping.
fn invitations(paragraph: &str) -> Vec<Invitation<'_>> {
    let mut out = Vec::new();
    let mut resume = 0;
    let mut hits: Vec<(usize, usize)> = titles(paragraph).collect();
    hits.sort_unstable();
    for (start, end) in hits {
        if start < resume || !name_then_comma(&paragraph[end..]) {
            continue;
        }
        if let Some(invitation) = read_invitee(&paragraph[start..]) {
            resume = start + invitation.end;
            out.push(invitation);
        }
    }
    out
}

/// Does a run of name characters and spaces end in a comma here? An
/// invitation needs one (`Mr. Chambas, Special Representative`); the many
/// titles not so followed are not read further.
fn name_then_comma(after_title: &str) -> bool {
    after_title.chars().find(|&c| {
        !(is_letter(c)
            || is_mark(c)
            || u8::try_from(c).is_ok_and(is_pattern_space)
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
                let role = c.role.trim().trim_end_matches(',').to_owned();
                invitees.push(Invitee {
                    name_words: c.name.split(' ').map(fold).collect(),
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

/// Give each speech its delegation's canonical English UN name, whatever
/// language or era printed it (`Fédération de Russie`, `Russian
/// Federation`). A record names a few delegations many times: each is
/// looked up once.
pub fn name_delegations(speeches: &mut [Speech]) {
    let mut known: Vec<(String, Option<&'static str>)> = Vec::new();
    for s in speeches {
        let Some(country) = s.country.as_deref() else {
            continue;
        };
        let delegation = match known.iter().find(|(c, _)| c == country) {
            Some(&(_, d)) => d,
            None => {
                let d = delegation_of(country);
                known.push((country.to_owned(), d));
                d
            }
        };
        s.delegation = delegation.map(str::to_owned);
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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::grammar::reference::INVITEE;
    use proptest::strategy::Strategy;

    fn ours(text: &str) -> Option<(&str, &str, usize)> {
        read_invitee(text).map(|i| (i.name, i.role, i.end))
    }

    fn theirs(text: &str) -> Option<(&str, &str, usize)> {
        INVITEE.captures(text).map(|c| {
            let whole = c.get(0).map_or(0, |m| m.end());
            (
                c.name("name").map_or("", |m| m.as_str()),
                c.name("role").map_or("", |m| m.as_str()),
                whole,
            )
        })
    }

    #[test]
    fn invitations_agree_with_their_pattern_on_the_corpus() {
        let mut read = 0;
        for text in crate::corpus_texts() {
            let record = crate::parse(&text);
            for p in record.speeches.iter().flat_map(|s| s.paragraphs.iter()) {
                for (at, _) in titles(p) {
                    let expected = theirs(&p[at..]);
                    assert_eq!(ours(&p[at..]), expected, "{:?}", &p[at..]);
                    read += usize::from(expected.is_some());
                }
            }
        }
        assert!(read > 100, "{read} invitations");
    }

    #[test]
    fn invitations_agree_with_their_pattern_at_the_edges() {
        for text in [
            "Mr. X, the Special Envoy; and",
            "Mr. X, the special envoy; and",
            "Mr. X, U.N. Envoy. Then",
            "Mr. X, Envoy and Dr. Y",
            "Mr. X, Envoy and Mrs. Y",
            "Mr. X de la Y, Envoy, to participate",
            "Mr. X dela, Envoy;",
            "Mr. X, E.",
            "Mr. X, E;",
            "Mr. X,Envoy;",
            "Ms. A-B O’C, Head, who is",
            "Sir X Y, Chair: no",
            "Mrs. X, Envoy, and Ms. Y, Head;",
        ] {
            assert_eq!(ours(text), theirs(text), "{text:?}");
        }
    }

    proptest::proptest! {
        #![proptest_config(proptest::prelude::ProptestConfig::with_cases(2000))]

        #[test]
        fn invitations_agree_with_their_pattern_on_generated_text(text in proptest::collection::vec(
            (
                proptest::sample::select(&[
                    "Mr.", "Mrs.", "Dr.", "Sir", "X", "Y", "de", "del", "la", "O’C", "A.", ",", "the",
                    "Special", "Envoy", "special", "to", "participate", "who", "and", ";", ":", ".", "é",
                ][..]),
                proptest::sample::select(&["", " ", " ", " ", ", ", ". ", "\n"][..]),
            ),
            1..12,
        ).prop_map(|v| v.into_iter().flat_map(|(w, g)| [w, g]).collect::<String>())) {
            proptest::prop_assert_eq!(ours(&text), theirs(&text), "{:?}", text);
        }
    }
}
