//! The cover lines of French and Spanish records: session, meeting and date
//! (`Quatre-vingt-unième année`, `9876e séance`, `Lundi 23 mars 2026, à 15
//! heures`; `Octogésimo primer año`, `9876ª sesión`, `Lunes 23 de marzo de
//! 2026, a las 15.00 horas`). The words are `lexicon`'s; what the cover
//! makes of them is the English cover's (an ISO date, the meeting number).

use super::DateLine;
use crate::grammar::lexicon;

/// A session or year line: a capitalised ordinal then `année`, `session`,
/// `año` or `período de sesiones` (maybe an emergency special one).
pub(super) fn is_session_line(t: &str) -> bool {
    const ENDINGS: [&str; 6] = [
        " année",
        " session",
        " session extraordinaire d’urgence",
        " año",
        " período de sesiones",
        " período extraordinario de sesiones de emergencia",
    ];
    t.len() < 80
        && t.starts_with(|c: char| c.is_uppercase())
        && !t.contains(|c: char| c.is_ascii_digit() || c == ':' || c == '.')
        && ENDINGS.iter().any(|e| t.ends_with(e))
}

/// `9876e séance`, `35e séance plénière`, `9876ª sesión`, `35ª sesión
/// plenaria` (the number may stand on the line above): the number if the
/// line has one.
pub(super) fn read_meeting_line(t: &str) -> Option<Option<&str>> {
    let digits = t.bytes().take_while(u8::is_ascii_digit).count();
    let rest = &t[digits..];
    let rest = ["e ", "ª ", "a ", "e\u{A0}"]
        .iter()
        .find_map(|o| rest.strip_prefix(o))?;
    let meeting = matches!(
        rest,
        "séance" | "séance plénière" | "sesión" | "sesión plenaria"
    );
    meeting.then_some((digits > 0).then(|| &t[..digits]))
}

/// `Lundi 23 mars 2026, à 15 heures` or `Lunes 23 de marzo de 2026, a las
/// 15.00 horas` (the weekday maybe in lower case, `1er` for the first).
pub(super) fn read_date_line(t: &str) -> Option<DateLine<'_>> {
    let (weekday, rest) = t.split_once(' ')?;
    let weekday = weekday.to_lowercase();
    if !lexicon::WEEKDAYS.contains(&weekday.as_str()) {
        return None;
    }
    let (day, rest) = rest.split_once(' ')?;
    let day = day.strip_suffix("er").unwrap_or(day);
    if day.is_empty() || day.len() > 2 || !day.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    let rest = rest.strip_prefix("de ").unwrap_or(rest);
    let (month, rest) = rest.split_once(' ')?;
    let month_number = lexicon::MONTHS
        .iter()
        .find_map(|months| months.iter().position(|&m| m == month))?;
    let rest = rest.strip_prefix("de ").unwrap_or(rest);
    let (year, time) = match rest.split_once(", ") {
        Some((year, time)) => (year, Some(time)),
        None => (rest, None),
    };
    if year.len() != 4 || !year.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    // "à 15 heures", "a las 15.00 horas": the time as printed, its
    // preposition dropped.
    let time = time.map(|t| {
        t.strip_prefix("à ")
            .or_else(|| t.strip_prefix("a las "))
            .unwrap_or(t)
    });
    Some(DateLine {
        day,
        month,
        year,
        time,
        month_number: Some(month_number as u32 + 1),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn french_and_spanish_cover_lines() {
        assert!(is_session_line("Quatre-vingt-unième année"));
        assert!(is_session_line("Soixante-dix-huitième session"));
        assert!(is_session_line("Octogésimo primer año"));
        assert!(is_session_line("Septuagésimo octavo período de sesiones"));
        assert!(!is_session_line("La situation au Moyen-Orient"));
        assert!(!is_session_line("Rapport pour l’année"));
        assert_eq!(read_meeting_line("9876e séance"), Some(Some("9876")));
        assert_eq!(read_meeting_line("35e séance plénière"), Some(Some("35")));
        assert_eq!(read_meeting_line("9876ª sesión"), Some(Some("9876")));
        assert_eq!(read_meeting_line("e séance"), Some(None));
        assert_eq!(read_meeting_line("9876e jour"), None);
        let d = read_date_line("Lundi 23 mars 2026, à 15 heures").unwrap();
        assert_eq!(
            (d.day, d.year, d.month_number, d.time),
            ("23", "2026", Some(3), Some("15 heures"))
        );
        let d = read_date_line("Lunes 23 de marzo de 2026, a las 15.00 horas").unwrap();
        assert_eq!(
            (d.day, d.year, d.month_number, d.time),
            ("23", "2026", Some(3), Some("15.00 horas"))
        );
        let d = read_date_line("mardi 1er décembre 2026").unwrap();
        assert_eq!((d.day, d.month_number, d.time), ("1", Some(12), None));
        assert!(read_date_line("Lundi prochain, nous verrons").is_none());
        assert!(read_date_line("Monday, 23 March 2026").is_none());
    }
}
