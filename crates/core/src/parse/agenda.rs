//! The header's agenda for records whose cover lists none.
//!
//! A Security Council cover prints the meeting's agenda; a General Assembly
//! cover since the 2000s does not (the items are headings in the body:
//! "Agenda item 66 (continued)" / "Peacebuilding and sustaining peace" /
//! "Draft resolution (A/76/L.86)"). A reader opening the record wants to
//! see at its head what the meeting took up, so those headings become the
//! meeting's agenda, marked `from_body` (their symbols are cited where the
//! headings stand, not a second time in the agenda).

use crate::model::{AgendaItem, Block, Meeting};

/// Fill an empty agenda with the body's numbered item headings, each item
/// once, in the order the meeting took them up.
pub fn agenda_from_headings(meeting: &mut Meeting, body: &[Block]) {
    if !meeting.agenda.is_empty() || meeting.symbol.is_none() {
        return;
    }
    let mut seen: Vec<&str> = Vec::new();
    for block in body {
        let Block::Heading { text, .. } = block else {
            continue;
        };
        let Some(number) = item_number(text) else {
            continue;
        };
        if seen.contains(&number) {
            continue;
        }
        seen.push(number);
        meeting.agenda.push(AgendaItem {
            title: text.clone(),
            symbols: Vec::new(),
            from_body: true,
        });
    }
}

/// "Agenda item 66 (continued) …" (or, in the 1990s, "AGENDA ITEM 14") →
/// `66`; `None` for other headings.
fn item_number(heading: &str) -> Option<&str> {
    let rest = heading
        .strip_prefix("Agenda item ")
        .or_else(|| heading.strip_prefix("AGENDA ITEM "))?;
    let end = rest
        .find(|c: char| !c.is_ascii_digit())
        .unwrap_or(rest.len());
    (end > 0).then(|| &rest[..end])
}

#[cfg(test)]
mod tests {
    use super::*;

    fn heading(text: &str) -> Block {
        Block::Heading {
            text: text.into(),
            span: [0, 0],
        }
    }

    #[test]
    fn each_numbered_item_once_and_nothing_else() {
        let mut meeting = Meeting {
            symbol: Some("A/76/PV.102".into()),
            ..Meeting::default()
        };
        let body = [
            heading("Expression of sympathy on the passing of Her Majesty Queen Elizabeth II"),
            heading("Agenda item 66 (continued) Peacebuilding and sustaining peace"),
            heading("(b) Strengthening the role of mediation"),
            heading("Agenda item 66 (continued)"),
            heading("Agenda item 100 (continued) General and complete disarmament"),
        ];
        agenda_from_headings(&mut meeting, &body);
        let titles: Vec<_> = meeting.agenda.iter().map(|a| a.title.as_str()).collect();
        assert_eq!(
            titles,
            [
                "Agenda item 66 (continued) Peacebuilding and sustaining peace",
                "Agenda item 100 (continued) General and complete disarmament"
            ]
        );
    }

    #[test]
    fn a_cover_agenda_or_a_pasted_speech_is_left_alone() {
        let body = [heading("Agenda item 66")];
        let mut pasted = Meeting::default();
        agenda_from_headings(&mut pasted, &body);
        assert!(pasted.agenda.is_empty());
        let mut council = Meeting {
            symbol: Some("S/PV.8700".into()),
            agenda: vec![AgendaItem {
                title: "The situation in the Middle East".into(),
                ..AgendaItem::default()
            }],
            ..Meeting::default()
        };
        agenda_from_headings(&mut council, &body);
        assert_eq!(council.agenda.len(), 1);
    }
}
