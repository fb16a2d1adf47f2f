//! Repairs to the order of turns that text extraction scrambled.
//!
//! The President's short turns sit at the bottom of a column, and poppler often
//! emits them after the text that follows them in print. Two shapes are common
//! and unambiguous, because a meeting's procedure fixes their order:
//!
//! * "I now give the floor to the representative of Eritrea." must come before
//!   Eritrea's speech, not after its first paragraphs. Text after the invitation
//!   in that turn is the rest of Eritrea's speech.
//! * The President announces a vote's outcome right after the vote; another
//!   speaker's turn found between the two was moved there by extraction.

use crate::model::{Block, Speech};
use regex_lite::Regex;
use std::sync::LazyLock;

static GIVE_FLOOR: LazyLock<Regex> = LazyLock::new(|| {
    crate::patterns::compile(
        r"^(?:I\s(?:now\s|shall\s(?:now\s)?)?(?:give\sthe\sfloor\sto|call\son)|I\snow\sinvite)\s(?:the\s(?:representative|Permanent\sRepresentative|Minister\s[^.]*?)\sof\s(?P<country>[^.;]+?)|(?:His|Her)\sExcellency\s(?P<hon>[^.;]+?)|(?:Mr|Ms|Mrs|Dr)\.\s(?P<name>[^.;,]+?)|the\s(?P<office>Secretary-General|[^.;]+))\.",
    )
});

/// The openings [`GIVE_FLOOR`] accepts, with its `\s` read as one space.
/// Checked first because the President's turns are many and most are not
/// invitations; the regex engine is slow enough to show in a profile.
const INVITATION_OPENINGS: [&str; 9] = [
    "I give the floor to ",
    "I now give the floor to ",
    "I shall give the floor to ",
    "I shall now give the floor to ",
    "I call on ",
    "I now call on ",
    "I shall call on ",
    "I shall now call on ",
    "I now invite ",
];

/// Could `paragraph` open with an invitation to speak? (Any whitespace
/// character counts as a space, as `\s` does in [`GIVE_FLOOR`].)
fn opens_with_invitation(paragraph: &str) -> bool {
    let mut head = String::with_capacity(32);
    for c in paragraph.chars().take(31) {
        head.push(if c.is_whitespace() { ' ' } else { c });
    }
    INVITATION_OPENINGS.iter().any(|o| head.starts_with(o))
}

fn is_president(s: &Speech) -> bool {
    matches!(s.role.as_deref(), Some("President" | "Acting President"))
}

fn is_outcome(p: &str) -> bool {
    let l = p.to_lowercase();
    l.contains("draft resolution received")
        || l.contains("has been adopted")
        || l.contains("is adopted")
        || l.contains("not been adopted")
}

/// Does the President's invitation name the speaker of `s`?
fn invites(invitation: &regex_lite::Captures, s: &Speech) -> bool {
    let fold = |t: &str| t.to_lowercase().replace('’', "'");
    if let (Some(c), Some(country)) = (invitation.name("country"), s.country.as_deref()) {
        return fold(c.as_str()).trim_start_matches("the ")
            == fold(country).trim_start_matches("the ");
    }
    let surname = fold(s.speaker.rsplit(' ').next().unwrap_or(""));
    for key in ["name", "hon"] {
        if let Some(n) = invitation.name(key) {
            return !surname.is_empty() && fold(n.as_str()).split(' ').any(|w| w == surname);
        }
    }
    false
}

/// Index of the body block holding the first segment of each speech.
fn segments_of(body: &[Block], speech: usize) -> Vec<usize> {
    body.iter()
        .enumerate()
        .filter(|(_, b)| matches!(b, Block::Speech { speech: s, .. } if *s == speech))
        .map(|(i, _)| i)
        .collect()
}

/// Apply both repairs, then renumber speeches in reading order.
pub fn repair_turn_order(speeches: &mut Vec<Speech>, body: &mut Vec<Block>) {
    move_invitations_before_invitee(speeches, body);
    move_outcomes_after_votes(speeches, body);
    renumber(speeches, body);
}

fn move_invitations_before_invitee(speeches: &mut [Speech], body: &mut Vec<Block>) {
    let mut i = 1;
    while i < body.len() {
        let Block::Speech {
            speech: p,
            first_paragraph: 0,
            paragraph_count,
        } = body[i]
        else {
            i += 1;
            continue;
        };
        let Block::Speech { speech: s, .. } = body[i - 1] else {
            i += 1;
            continue;
        };
        if !is_president(&speeches[p])
            || is_president(&speeches[s])
            || paragraph_count == 0
            || s == p
        {
            i += 1;
            continue;
        }
        let first = &speeches[p].paragraphs[0];
        let Some(caps) = opens_with_invitation(first)
            .then(|| GIVE_FLOOR.captures(first))
            .flatten()
        else {
            i += 1;
            continue;
        };
        if !invites(&caps, &speeches[s]) {
            i += 1;
            continue;
        }
        // Everything in the President's turn after the invitation is the invitee's.
        let cut = caps.get(0).expect("match").end();
        let first = first.clone();
        let mut moved_text: Vec<(String, [usize; 2])> = Vec::new();
        let rest = first[cut..].trim();
        let span = speeches[p].paragraph_spans[0];
        if !rest.is_empty() {
            moved_text.push((rest.to_owned(), span));
            speeches[p].paragraphs[0] = first[..cut].to_owned();
        }
        let later: Vec<String> = speeches[p].paragraphs.drain(1..).collect();
        let later_spans: Vec<[usize; 2]> = speeches[p].paragraph_spans.drain(1..).collect();
        moved_text.extend(later.into_iter().zip(later_spans));
        // Further segments of the President's turn (after a note) also move.
        let mut extra = segments_of(body, p);
        extra.retain(|&b| b != i);
        for &b in extra.iter().rev() {
            body.remove(b);
        }
        let from = speeches[s].paragraphs.len();
        for (t, sp) in moved_text {
            speeches[s].paragraphs.push(t);
            speeches[s].paragraph_spans.push(sp);
        }
        let count = speeches[s].paragraphs.len() - from;
        // The invitation goes before the invitee's first segment.
        let first_segment = segments_of(body, s)[0];
        body[i] = Block::Speech {
            speech: p,
            first_paragraph: 0,
            paragraph_count: 1,
        };
        let invitation = body.remove(i);
        body.insert(first_segment, invitation);
        if count > 0 {
            body.insert(
                i + 1,
                Block::Speech {
                    speech: s,
                    first_paragraph: from,
                    paragraph_count: count,
                },
            );
        }
        i += 2;
    }
}

fn move_outcomes_after_votes(speeches: &[Speech], body: &mut [Block]) {
    for v in 0..body.len() {
        if !matches!(body[v], Block::Vote(_)) {
            continue;
        }
        let Some(Block::Speech {
            speech: other,
            first_paragraph: 0,
            ..
        }) = body.get(v + 1)
        else {
            continue;
        };
        if is_president(&speeches[*other]) {
            continue;
        }
        let other = *other;
        let Some(Block::Speech {
            speech: p,
            first_paragraph: 0,
            ..
        }) = body.get(v + 2)
        else {
            continue;
        };
        if segments_of(body, other).len() != 1 || !is_president(&speeches[*p]) {
            continue;
        }
        if !speeches[*p]
            .paragraphs
            .first()
            .is_some_and(|t| is_outcome(t))
        {
            continue;
        }
        body.swap(v + 1, v + 2);
    }
}

/// Make `speeches` follow the order of their first segment in `body`.
fn renumber(speeches: &mut Vec<Speech>, body: &mut [Block]) {
    let mut order: Vec<usize> = Vec::with_capacity(speeches.len());
    let mut seen = vec![false; speeches.len()];
    let speech_blocks = body.iter().filter_map(|b| match b {
        Block::Speech { speech, .. } => Some(*speech),
        _ => None,
    });
    for s in speech_blocks.chain(0..speeches.len()) {
        if !seen[s] {
            seen[s] = true;
            order.push(s);
        }
    }
    let mut new_index = vec![0; speeches.len()];
    for (new, &old) in order.iter().enumerate() {
        new_index[old] = new;
    }
    for b in body.iter_mut() {
        if let Block::Speech { speech, .. } = b {
            *speech = new_index[*speech];
        }
    }
    let mut old: Vec<Option<Speech>> = std::mem::take(speeches).into_iter().map(Some).collect();
    for (n, &o) in order.iter().enumerate() {
        let mut s = old[o].take().expect("each speech once");
        s.order = n + 1;
        speeches.push(s);
    }
}
