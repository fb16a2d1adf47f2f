//! Who is in the Chair: "The Acting President:" named from the note that
//! put a Vice-President in the Chair.
//!
//! A General Assembly President hands the Chair to a Vice-President during
//! long meetings; the record says so in a stage direction ("Mr. Muhith
//! (Bangladesh), Vice-President, took the Chair.", or, since 2024, "…,
//! Vice-President, in the Chair" at the head of the proceedings) and then
//! labels that person's turns "The Acting President:". A reader wants the
//! name and the delegation there, as "The President:" gets the cover's.
//! "The President returned to the Chair." ends the acting presidency.

use crate::grammar::patterns;
use crate::model::{Block, Person, Speech};

/// Name each "The Acting President" turn after the chair note before it.
/// Turns with no note before them keep their label as the speaker.
pub fn name_acting_presidents(body: &[Block], speeches: &mut [Speech]) {
    let mut acting: Option<Person> = None;
    for block in body {
        match block {
            Block::Narrative { text, .. } => {
                if let Some(person) = chair_taken_by(text) {
                    acting = Some(person);
                } else if text.contains("returned to the Chair") {
                    acting = None;
                }
            }
            Block::Speech { speech, .. } => {
                let Some(s) = speeches.get_mut(*speech) else {
                    continue;
                };
                if s.role.as_deref() != Some("Acting President")
                    || s.title.as_deref() != Some("The")
                {
                    continue;
                }
                if let Some(p) = &acting {
                    s.speaker = p.name.clone();
                    if s.country.is_none() {
                        s.country = p.country.clone();
                    }
                }
            }
            _ => {}
        }
    }
}

/// The person a chair note puts in the Chair: "Mr. Akram (Pakistan), Vice
/// President, took the chair." gives `Mr. Akram`, `Pakistan`. The note is
/// read with the label grammar (title, name, delegation, role), so a name
/// the labels read is read here the same way.
pub fn chair_taken_by(text: &str) -> Option<Person> {
    let text = text.trim();
    if !patterns::takes_the_chair(text) {
        return None;
    }
    // What stands before ", Vice-President" is a label without its colon
    // ("In the absence of the President, Mr. Rae (Canada), Vice-President,
    // took the Chair." names him after the comma).
    let head = &text[..text.find(", Vice")?];
    let head = head
        .strip_prefix("In the absence of the President, ")
        .unwrap_or(head);
    let as_label = format!("{head}: ");
    let read = patterns::read_label(&as_label)?;
    let name = match read.title {
        Some(t) if !t.is_empty() => format!("{t} {}", read.name?),
        _ => read.name?.to_owned(),
    };
    Some(Person {
        name,
        country: read.country.map(str::to_owned),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn chair_notes_of_three_eras_name_the_acting_president() {
        let cases = [
            (
                "Mr. Muhith (Bangladesh), Vice-President, took the Chair.",
                "Mr. Muhith",
                "Bangladesh",
            ),
            (
                "Mr. Akram (Pakistan), Vice President, took the chair.",
                "Mr. Akram",
                "Pakistan",
            ),
            (
                "Ms. Rodríguez Abascal (Cuba), Vice-President, in the Chair",
                "Ms. Rodríguez Abascal",
                "Cuba",
            ),
            (
                "In the absence of the President, Mr. Rae (Canada), Vice-President, took the Chair.",
                "Mr. Rae",
                "Canada",
            ),
        ];
        for (note, name, country) in cases {
            let p = chair_taken_by(note).unwrap_or_else(|| panic!("{note}"));
            assert_eq!(p.name, name);
            assert_eq!(p.country.as_deref(), Some(country));
        }
    }

    #[test]
    fn a_sentence_about_a_chair_is_not_a_note() {
        for text in [
            "The President returned to the Chair.",
            "We thank the Chair.",
            "I congratulate Mr. Muhith (Bangladesh), who chaired the Committee, and took the floor.",
        ] {
            assert_eq!(chair_taken_by(text), None, "{text}");
        }
    }
}
