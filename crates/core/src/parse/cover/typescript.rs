//! The covers of the 1990s' typescript records: `Held at Headquarters, New
//! York,` / `on Friday, 21 March 1997, at 11 a.m.`, `FORTY-EIGHTH SESSION`,
//! members as `Chile Mr. SOMAVIA` with no dot leaders, and a General
//! Assembly's items as `- Report of the … Agency [14]`.

use super::{read_date_line, DateLine};

/// `on Friday, 21 March 1997, at 11 a.m.`: the English date line after
/// `on `, its time without `at `.
pub(super) fn read_held_on_line(t: &str) -> Option<DateLine<'_>> {
    let mut date = read_date_line(t.strip_prefix("on ")?)?;
    date.time = date
        .time
        .map(|time| time.strip_prefix("at ").unwrap_or(time));
    Some(date)
}

/// `Held at Headquarters, New York,` gives `New York`.
pub(super) fn held_at(t: &str) -> Option<&str> {
    let place = t
        .strip_prefix("Held at Headquarters, ")
        .or_else(|| t.strip_prefix("Held at "))?;
    let place = place.trim_end_matches(',').trim();
    (!place.is_empty() && place.len() < 40).then_some(place)
}

/// `FORTY-EIGHTH SESSION`, `FIFTY-SECOND YEAR`: an ordinal in capitals.
pub(super) fn is_session_line(t: &str) -> bool {
    let Some(ordinal) = t
        .strip_suffix(" SESSION")
        .or_else(|| t.strip_suffix(" YEAR"))
    else {
        return false;
    };
    let ordinal = ordinal
        .strip_suffix(" SPECIAL")
        .map(|o| o.strip_suffix(" EMERGENCY").unwrap_or(o))
        .unwrap_or(ordinal);
    ordinal.len() > 3 && ordinal.bytes().all(|b| b.is_ascii_uppercase() || b == b'-')
}

/// `Chile Mr. SOMAVIA`: a member's country, then its representative from
/// the first form of address.
pub(super) fn member_line(t: &str) -> Option<(&str, &str)> {
    const TITLES: [&str; 7] = ["Mr. ", "Mrs. ", "Ms. ", "Sir ", "Dr. ", "Miss ", "Dame "];
    if t.len() > 120 {
        return None;
    }
    // The first space followed by a form of address (a byte scan: this is
    // asked of every line of a cover's members).
    let at = memchr::memchr_iter(b' ', t.as_bytes())
        .find(|&i| TITLES.iter().any(|title| t[i + 1..].starts_with(title)))?;
    let (country, name) = (t[..at].trim(), t[at..].trim());
    // A member state the data knows, not a sentence that names someone.
    crate::grammar::delegations::delegation_of(country).map(|_| (country, name))
}

/// `- Report of the International Atomic Energy Agency [14]`: an agenda
/// item with its number in brackets.
pub(super) fn agenda_line(t: &str) -> Option<&str> {
    let item = t.strip_prefix("- ")?;
    (item.ends_with(']') && item.contains(" [")).then_some(item)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn typescript_cover_lines() {
        let d = read_held_on_line("on Friday, 21 March 1997, at 11 a.m.").unwrap();
        assert_eq!(
            (d.day, d.month, d.year, d.time),
            ("21", "March", "1997", Some("11 a.m."))
        );
        assert_eq!(held_at("Held at Headquarters, New York,"), Some("New York"));
        assert!(is_session_line("FORTY-EIGHTH SESSION"));
        assert!(is_session_line("TENTH EMERGENCY SPECIAL SESSION"));
        assert!(!is_session_line(
            "PROVISIONAL VERBATIM RECORD OF THE 35th MEETING"
        ));
        assert_eq!(
            member_line("Chile Mr. SOMAVIA"),
            Some(("Chile", "Mr. SOMAVIA"))
        );
        assert_eq!(
            member_line("United Kingdom of Great Britain and Northern Ireland Sir John WESTON"),
            Some((
                "United Kingdom of Great Britain and Northern Ireland",
                "Sir John WESTON"
            ))
        );
        assert_eq!(member_line("The situation in Angola"), None);
        assert_eq!(member_line("I thank Mr. Smith for his briefing"), None);
        assert_eq!(
            agenda_line("- Report of the International Atomic Energy Agency [14]"),
            Some("Report of the International Atomic Energy Agency [14]")
        );
    }
}
