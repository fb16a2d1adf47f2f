//! The words of French and Spanish records that the grammar reads, each
//! with the English word the model uses for it.
//!
//! The United Nations issues every verbatim record in its six languages with
//! one layout; only the fixed words change: `M. X (France) :` for `Mr. X
//! (France):`, `Le Président (parle en anglais) :`, `El Presidente (habla en
//! inglés):`, `(l’orateur poursuit en russe)`, `Conseil de sécurité`,
//! `lundi 23 mars 2026`. The readers take these from here, so a record is
//! read the same way in any of the three languages and its model speaks
//! English (the page's words, themes and identities stay one vocabulary).
//! Arabic, Chinese and Russian records are not read (their scripts and
//! layouts are another grammar).
//!
//! The forms are those the UN's French and Spanish records print
//! (Department for General Assembly and Conference Management style). The
//! English day and month names are here too: English covers print them, and
//! the page writes dates with them.

/// A record's language, as the model names it.
pub const FRENCH: &str = "French";
pub const SPANISH: &str = "Spanish";

// Forms of address in French and Spanish labels (`M. Nebenzia`, `Sra.
// Shea`) are among `patterns::TITLE_WORDS`, read as the English ones are.

/// Offices after their article (`Le Président`, `La Presidenta`), with the
/// English office. An office is read only when a space, a parenthesis or
/// the colon follows it, so one that begins another does not shadow it.
pub const OFFICES: [(&str, &str); 17] = [
    ("Le Président", "President"),
    ("La Présidente", "President"),
    ("Le Vice-Président", "Vice-President"),
    ("La Vice-Présidente", "Vice-President"),
    ("Le Secrétaire général adjoint", "Deputy Secretary-General"),
    ("La Vice-Secrétaire générale", "Deputy Secretary-General"),
    ("Le Vice-Secrétaire général", "Deputy Secretary-General"),
    ("Le Secrétaire général", "Secretary-General"),
    ("La Secrétaire générale", "Secretary-General"),
    ("El Presidente", "President"),
    ("La Presidenta", "President"),
    ("El Vicepresidente", "Vice-President"),
    ("La Vicepresidenta", "Vice-President"),
    ("La Vicesecretaria General", "Deputy Secretary-General"),
    ("El Vicesecretario General", "Deputy Secretary-General"),
    ("El Secretario General", "Secretary-General"),
    ("La Secretaria General", "Secretary-General"),
];

/// What follows an office to make it an acting one (`Le Président par
/// intérim`, `El Presidente interino`).
pub const ACTING: [&str; 3] = [" par intérim", " interino", " interina"];

/// The openings of an interpretation note in a label or alone on a line,
/// before the language: `(parle en anglais)`, `(habla en inglés)`, and the
/// notes that a speaker goes on in another language.
pub const SPOKE_IN: [&str; 7] = [
    "parle en ",
    "habla en ",
    "l'orateur poursuit en ",
    "l’orateur poursuit en ",
    "l'oratrice poursuit en ",
    "l’oratrice poursuit en ",
    "continúa en ",
];

/// Language names in French and Spanish notes, with the English name.
pub const LANGUAGES: [(&str, &str); 12] = [
    ("anglais", "English"),
    ("français", "French"),
    ("espagnol", "Spanish"),
    ("russe", "Russian"),
    ("chinois", "Chinese"),
    ("arabe", "Arabic"),
    ("inglés", "English"),
    ("francés", "French"),
    ("español", "Spanish"),
    ("ruso", "Russian"),
    ("chino", "Chinese"),
    ("árabe", "Arabic"),
];

/// The English name of a French or Spanish language word (`russe` →
/// `Russian`).
pub fn language_in_english(word: &str) -> Option<&'static str> {
    LANGUAGES
        .iter()
        .find(|(w, _)| *w == word)
        .map(|&(_, english)| english)
}

/// The language a label's opening says the record is in: French for `M.`,
/// `Mme`, `Le Président`; Spanish for `Sr.`, `Sra.`, `El Presidente`;
/// `None` when the label is not French or Spanish.
pub fn language_of_label(label: &str) -> Option<&'static str> {
    let first = label.split(' ').next()?;
    match first {
        "M." | "Mme" | "Mlle" | "MM." | "Le" => Some(FRENCH),
        "Sr." | "Sra." | "Srta." | "El" => Some(SPANISH),
        "La" => OFFICES
            .iter()
            .find(|(o, _)| label.starts_with(o))
            .map(|(o, _)| if o.contains('é') { FRENCH } else { SPANISH }),
        _ => None,
    }
}

/// Organs as French and Spanish covers print them.
pub const ORGANS: [(&str, &str); 8] = [
    ("Conseil de sécurité", "Security Council"),
    ("Assemblée générale", "General Assembly"),
    (
        "Conseil économique et social",
        "Economic and Social Council",
    ),
    ("Conseil de tutelle", "Trusteeship Council"),
    ("Consejo de Seguridad", "Security Council"),
    ("Asamblea General", "General Assembly"),
    ("Consejo Económico y Social", "Economic and Social Council"),
    (
        "Consejo de Administración Fiduciaria",
        "Trusteeship Council",
    ),
];

/// "United Nations" on French and Spanish covers.
pub const UNITED_NATIONS: [&str; 2] = ["Nations Unies", "Naciones Unidas"];

/// Cover headings: the president's and members' lines and the agenda.
pub const COVER_PRESIDENT: [&str; 4] =
    ["Président :", "Présidente :", "Presidente:", "Presidenta:"];
pub const COVER_MEMBERS: [&str; 2] = ["Membres :", "Miembros:"];
pub const COVER_AGENDA: [&str; 2] = ["Ordre du jour", "Orden del día"];

/// The first words of the notice under a cover's agenda.
pub const NOTICE: [&str; 2] = ["Ce procès-verbal contient", "La presente acta contiene"];

/// The English days of the week, Monday first: what an English cover's
/// date line opens with, and what the page calls a day in any record.
pub const ENGLISH_WEEKDAYS: [&str; 7] = [
    "Monday",
    "Tuesday",
    "Wednesday",
    "Thursday",
    "Friday",
    "Saturday",
    "Sunday",
];

/// The English months, January first (an English cover's date line, and
/// the page's long dates).
pub const ENGLISH_MONTHS: [&str; 12] = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
];

/// Days of the week (a date line opens with one, capitalised on covers).
pub const WEEKDAYS: [&str; 14] = [
    "lundi",
    "mardi",
    "mercredi",
    "jeudi",
    "vendredi",
    "samedi",
    "dimanche",
    "lunes",
    "martes",
    "miércoles",
    "jueves",
    "viernes",
    "sábado",
    "domingo",
];

/// Months, January first, in French then Spanish.
pub const MONTHS: [[&str; 12]; 2] = [
    [
        "janvier",
        "février",
        "mars",
        "avril",
        "mai",
        "juin",
        "juillet",
        "août",
        "septembre",
        "octobre",
        "novembre",
        "décembre",
    ],
    [
        "enero",
        "febrero",
        "marzo",
        "abril",
        "mayo",
        "junio",
        "julio",
        "agosto",
        "septiembre",
        "octubre",
        "noviembre",
        "diciembre",
    ],
];

/// Stage directions' openings, with the English direction they are.
pub const DIRECTIONS: [&str; 16] = [
    "La séance est ouverte",
    "La séance est levée",
    "La séance est suspendue",
    "La séance est reprise",
    "L’ordre du jour est adopté",
    "L'ordre du jour est adopté",
    "Il est procédé au vote",
    "Le projet de résolution est adopté",
    "Se abre la sesión",
    "Se levanta la sesión",
    "Se suspende la sesión",
    "Se reanuda la sesión",
    "Queda aprobado el orden del día",
    "Se aprueba el orden del día",
    "Se procede a votación",
    "Queda aprobado el proyecto de resolución",
];

/// Does a French or Spanish stage direction open `t`?
pub fn opens_direction(t: &str) -> bool {
    // Asked of every line: two bytes decide for almost all ("In", "It",
    // "Since", "Let" open none of these).
    matches!(
        t.as_bytes(),
        [b'L', b'a' | b'\'' | 0xE2 | b'e', b' ' | b'o' | 0x80, ..]
            | [b'I', b'l', b' ', ..]
            | [b'S', b'e', b' ', ..]
            | [b'Q', b'u', ..]
    ) && DIRECTIONS.iter().any(|d| t.starts_with(d))
}

/// The openings of the editorial notes a record prints in square brackets
/// after a vote: "[Subsequently, the delegation of the Gambia advised the
/// Secretariat that it had intended to abstain.]" and its French and
/// Spanish forms. The Secretariat's words, not the President's: they are
/// stage directions, never a paragraph of the speech around them.
pub const EDITORIAL_NOTES: [&str; 4] = [
    "[Subsequently",
    "[La délégation",
    "[Par la suite",
    "[Posteriormente",
];

/// Does an editorial note in square brackets open `t`?
pub fn opens_editorial_note(t: &str) -> bool {
    t.starts_with('[') && EDITORIAL_NOTES.iter().any(|n| t.starts_with(n))
}

/// Vote lists' openings, with the side in English.
pub const VOTE_SIDES: [(&str, &str); 7] = [
    ("Votent pour", "In favour"),
    ("Votent contre", "Against"),
    ("S’abstiennent", "Abstaining"),
    ("S'abstiennent", "Abstaining"),
    ("Votos a favor", "In favour"),
    ("Votos en contra", "Against"),
    ("Abstenciones", "Abstaining"),
];

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn labels_tell_their_language() {
        assert_eq!(language_of_label("M. Bonnafont (France)"), Some(FRENCH));
        assert_eq!(language_of_label("La Présidente"), Some(FRENCH));
        assert_eq!(language_of_label("La Presidenta"), Some(SPANISH));
        assert_eq!(
            language_of_label("Sra. Shea (Estados Unidos de América)"),
            Some(SPANISH)
        );
        assert_eq!(language_of_label("Mr. Dang (Viet Nam)"), None);
        assert_eq!(language_of_label("The President"), None);
    }
}
