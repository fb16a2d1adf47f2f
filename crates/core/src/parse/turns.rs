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

use crate::grammar::invitation::{opens_invitation, read_invitation, Invitation, Invitee};
use crate::model::{Block, Speech};

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
fn invites(invitation: &Invitation, s: &Speech) -> bool {
    let fold = |t: &str| t.to_lowercase().replace('’', "'");
    let surname = || fold(s.speaker.rsplit(' ').next().unwrap_or(""));
    match invitation.invitee {
        Invitee::Country(c) => s.country.as_deref().is_some_and(|country| {
            fold(c).trim_start_matches("the ") == fold(country).trim_start_matches("the ")
        }),
        Invitee::Name(n) | Invitee::Honorific(n) => {
            let surname = surname();
            !surname.is_empty() && fold(n).split(' ').any(|w| w == surname)
        }
        Invitee::Office => false,
    }
}

/// Index of the body block holding the first segment of each speech.
fn segments_of(body: &[Block], speech: usize) -> Vec<usize> {
    body.iter()
        .enumerate()
        .filter(|(_, b)| matches!(b, Block::Speech { speech: s, .. } if *s == speech))
        .map(|(i, _)| i)
        .collect()
}

/// Apply the repairs, then renumber speeches in reading order.
pub fn repair_turn_order(speeches: &mut Vec<Speech>, body: &mut Vec<Block>) {
    return_text_after_closing_turns(speeches, body);
    return_presidents_national_statements(speeches, body);
    move_invitations_before_invitee(speeches, body);
    move_outcomes_after_votes(speeches, body);
    join_paragraphs_cut_mid_sentence(speeches, body);
    renumber(speeches, body);
}

/// How a President's paragraph closes a turn.
#[derive(Debug, PartialEq)]
enum Closing {
    /// An invitation to speak and nothing else ("I now give the floor to the
    /// representative of Malaysia.").
    Invitation,
    /// The announcement of a suspension.
    Suspension,
}

fn closing(paragraph: &str) -> Option<Closing> {
    if read_invitation(paragraph).is_some_and(|inv| inv.len == paragraph.trim_end().len()) {
        Some(Closing::Invitation)
    } else if paragraph.contains("to suspend the meeting") {
        Some(Closing::Suspension)
    } else {
        None
    }
}

/// How often a speech's country is named in `text` (delegates name their
/// own country often: "Pakistan does not want war", "France supports").
/// Whole words only: "Niger" is not named in "Nigeria".
fn mentions(speech: Option<&Speech>, text: &str) -> usize {
    let Some(country) = speech.and_then(|s| s.country.as_deref()) else {
        return 0;
    };
    let letter = |c: Option<char>| c.is_some_and(char::is_alphanumeric);
    text.match_indices(country)
        .filter(|&(at, _)| {
            !letter(text[..at].chars().next_back())
                && !letter(text[at + country.len()..].chars().next())
        })
        .count()
}

/// Two turns in a row: the `earlier` speech's last segment (its paragraphs
/// `earlier_first ..`, all the rest) at `body[i - 1]`, and the `later`
/// speech's first segment (`later_count` paragraphs) at `body[i]`.
struct Adjacent {
    earlier: usize,
    earlier_first: usize,
    earlier_count: usize,
    later: usize,
    later_count: usize,
}

impl Adjacent {
    /// Write both segments back at `body[i - 1]` and `body[i]`, resized.
    fn set_counts(&self, body: &mut [Block], i: usize, earlier_count: usize, later_count: usize) {
        body[i - 1] = Block::Speech {
            speech: self.earlier,
            first_paragraph: self.earlier_first,
            paragraph_count: earlier_count,
        };
        body[i] = Block::Speech {
            speech: self.later,
            first_paragraph: 0,
            paragraph_count: later_count,
        };
    }
}

fn adjacent_turns(speeches: &[Speech], body: &[Block], i: usize) -> Option<Adjacent> {
    let Block::Speech {
        speech: later,
        first_paragraph: 0,
        paragraph_count: later_count,
    } = *body.get(i)?
    else {
        return None;
    };
    let Block::Speech {
        speech: earlier,
        first_paragraph: earlier_first,
        paragraph_count: earlier_count,
    } = *body.get(i.checked_sub(1)?)?
    else {
        return None;
    };
    (earlier != later && earlier_first + earlier_count == speeches[earlier].paragraphs.len())
        .then_some(Adjacent {
            earlier,
            earlier_first,
            earlier_count,
            later,
            later_count,
        })
}

/// Move paragraphs `range` of speech `from` to the end of speech `to`;
/// returns how many moved.
fn move_paragraphs(
    speeches: &mut [Speech],
    from: usize,
    range: std::ops::Range<usize>,
    to: usize,
) -> usize {
    let moved: Vec<String> = speeches[from].paragraphs.drain(range.clone()).collect();
    let spans: Vec<[usize; 2]> = speeches[from].paragraph_spans.drain(range).collect();
    let count = moved.len();
    speeches[to].paragraphs.extend(moved);
    speeches[to].paragraph_spans.extend(spans);
    count
}

/// The President's short turn that ends a speech ("I now give the floor to
/// the representative of Malaysia.", "… I intend … to suspend the meeting")
/// stands at the head of a column in print, and poppler may emit it before the
/// last paragraphs of the speech it follows, which then read as the
/// President's. After an invitation the President says nothing more, and
/// after a suspension the meeting stops, so paragraphs found after such a
/// turn's first (until the next speaker's label) are not the President's.
/// They go back to the speech before the turn after a suspension, and after
/// an invitation when they name that speaker's country more often than the
/// invitee's (the invitee's own text emitted early names theirs: "Fiji was
/// not a free country"; that is left where it is).
fn return_text_after_closing_turns(speeches: &mut [Speech], body: &mut Vec<Block>) {
    let mut k = 0;
    loop {
        k += 1;
        if k >= body.len() {
            break;
        }
        let Some(turns) = adjacent_turns(speeches, body, k) else {
            continue;
        };
        let (s, p) = (turns.earlier, turns.later);
        if !is_president(&speeches[p])
            || is_president(&speeches[s])
            || speeches[p].paragraphs.len() < 2
        {
            continue;
        }
        let Some(kind) = closing(&speeches[p].paragraphs[0]) else {
            continue;
        };
        // The turn's segments, with only stage directions between them.
        let mut segments = vec![k];
        let mut j = k + 1;
        while let Some(block) = body.get(j) {
            match block {
                Block::Speech { speech, .. } if *speech == p => segments.push(j),
                Block::Narrative { .. } => {}
                _ => break,
            }
            j += 1;
        }
        let covered: usize = segments
            .iter()
            .map(|&b| match body[b] {
                Block::Speech {
                    paragraph_count, ..
                } => paragraph_count,
                _ => 0,
            })
            .sum();
        let next = match body.get(j) {
            Some(Block::Speech {
                speech: n,
                first_paragraph: 0,
                ..
            }) => Some(*n),
            _ => None,
        };
        if covered != speeches[p].paragraphs.len() || (next.is_none() && j < body.len()) {
            continue;
        }
        let rest = speeches[p].paragraphs[1..].join(" ");
        let back = match kind {
            Closing::Suspension => true,
            Closing::Invitation => {
                next.is_some_and(|n| !is_president(&speeches[n]))
                    && mentions(Some(&speeches[s]), &rest)
                        > mentions(next.map(|n| &speeches[n]), &rest)
            }
        };
        if !back {
            continue;
        }
        let all = speeches[p].paragraphs.len();
        let count = move_paragraphs(speeches, p, 1..all, s);
        turns.set_counts(body, k, turns.earlier_count + count, 1);
        for &b in segments[1..].iter().rev() {
            body.remove(b);
        }
    }
}

/// The President who speaks "in my capacity as the representative of Viet
/// Nam" ends with "I now resume my functions as President …" and gives the
/// floor to the next speaker. Only the President says either, so when they
/// turn up inside the next speaker's first segment (poppler emitted that
/// speaker's label first), everything from the label's paragraph up to them
/// is the end of the President's statement.
fn return_presidents_national_statements(speeches: &mut [Speech], body: &mut [Block]) {
    for i in 1..body.len() {
        let Some(turns) = adjacent_turns(speeches, body, i) else {
            continue;
        };
        let (p, s) = (turns.earlier, turns.later);
        if is_president(&speeches[s]) || !is_president(&speeches[p]) {
            continue;
        }
        let paragraphs = &speeches[s].paragraphs[..turns.later_count];
        let Some(resume) = paragraphs
            .iter()
            .skip(1)
            .position(|t| t.starts_with("I now resume my functions as"))
            .map(|j| j + 1)
        else {
            continue;
        };
        let mut end = resume + 1;
        if paragraphs
            .get(end)
            .is_some_and(|t| closing(t) == Some(Closing::Invitation))
        {
            end += 1;
        }
        let count = move_paragraphs(speeches, s, 1..end, p);
        turns.set_counts(
            body,
            i,
            turns.earlier_count + count,
            turns.later_count - count,
        );
        // The speaker's later segments now start `count` paragraphs earlier.
        for block in body[i + 1..].iter_mut() {
            if let Block::Speech {
                speech,
                first_paragraph,
                ..
            } = block
            {
                if *speech == s {
                    *first_paragraph -= count;
                }
            }
        }
    }
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
        let Some(invitation) = read_invitation(first) else {
            i += 1;
            continue;
        };
        if !invites(&invitation, &speeches[s]) {
            i += 1;
            continue;
        }
        // Everything in the President's turn after the invitation is the invitee's.
        let cut = invitation.len;
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

/// Is `paragraph` one of the President's set phrases around a vote: the
/// outcome, or giving the floor ("I now give the floor to those members of
/// the Council who wish to make statements after the vote.")?
fn is_vote_procedure(paragraph: &str) -> bool {
    is_outcome(paragraph) || opens_invitation(paragraph)
}

/// The President announces a vote's outcome right after the vote. When
/// another speaker's first segment sits between the vote and that
/// announcement, poppler emitted the speaker's label (a column's head) before
/// the announcement (a column's foot): the two swap back. The President then
/// says only procedure (the outcome, giving the floor); anything else read as
/// part of the announcing turn is the rest of that speaker's speech, emitted
/// around the announcement, and goes to the end of it (S/PV.8700: France's
/// last four paragraphs), unless the President is making a statement of
/// their own.
fn move_outcomes_after_votes(speeches: &mut [Speech], body: &mut Vec<Block>) {
    // `body` may shrink as turns are put back.
    let mut v = 0;
    while v + 1 < body.len() {
        v += 1;
        if !matches!(body[v - 1], Block::Vote(_)) {
            continue;
        }
        let v = v - 1;
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
        let Some(&Block::Speech {
            speech: p,
            first_paragraph: 0,
            paragraph_count,
        }) = body.get(v + 2)
        else {
            continue;
        };
        if segments_of(body, other).len() != 1 || !is_president(&speeches[p]) {
            continue;
        }
        if !speeches[p]
            .paragraphs
            .first()
            .is_some_and(|t| is_outcome(t))
        {
            continue;
        }
        body.swap(v + 1, v + 2);
        return_speech_from_outcome_turn(speeches, body, v + 1, paragraph_count, other);
    }
}

/// The second half of [`move_outcomes_after_votes`]: the President's turn `p`
/// at `body[at]` (first segment, `count` paragraphs) is followed by `other`'s
/// only segment; keep the President's procedure, move the rest to `other`.
fn return_speech_from_outcome_turn(
    speeches: &mut [Speech],
    body: &mut Vec<Block>,
    at: usize,
    count: usize,
    other: usize,
) {
    let Block::Speech { speech: p, .. } = body[at] else {
        return;
    };
    // The turn's paragraphs: this segment, and one more right after `other`'s.
    let continued = match body.get(at + 2) {
        Some(&Block::Speech {
            speech,
            first_paragraph,
            paragraph_count,
        }) if speech == p && first_paragraph == count => paragraph_count,
        _ => 0,
    };
    let total = count + continued;
    if total != speeches[p].paragraphs.len() {
        return;
    }
    let keep: Vec<bool> = speeches[p]
        .paragraphs
        .iter()
        .enumerate()
        .map(|(k, t)| k < count && is_vote_procedure(t))
        .collect();
    let statement = speeches[p]
        .paragraphs
        .iter()
        .any(|t| t.contains("in my capacity as") || t.contains("in my national capacity"));
    if statement || keep.iter().all(|&k| k) {
        return;
    }
    let kept = keep.iter().filter(|&&k| k).count();
    let moved = total - kept;
    // Split the turn's paragraphs in one pass, in reading order.
    let paragraphs = std::mem::take(&mut speeches[p].paragraphs);
    let spans = std::mem::take(&mut speeches[p].paragraph_spans);
    for ((text, span), keep) in paragraphs.into_iter().zip(spans).zip(keep) {
        let to = if keep { p } else { other };
        speeches[to].paragraphs.push(text);
        speeches[to].paragraph_spans.push(span);
    }
    body[at] = Block::Speech {
        speech: p,
        first_paragraph: 0,
        paragraph_count: kept,
    };
    if let Some(Block::Speech {
        paragraph_count, ..
    }) = body.get_mut(at + 1)
    {
        *paragraph_count += moved;
    }
    if continued > 0 {
        body.remove(at + 2);
    }
}

/// Does a paragraph that ends like `earlier` and one that starts like `later`
/// make one paragraph cut in two? In print a paragraph never ends without a
/// full stop or closing mark, and none starts with a small letter; when
/// extraction puts a vote list or a page's furniture between a paragraph's
/// lines, the two halves show exactly that.
fn cut_mid_sentence(earlier: &str, later: &str) -> bool {
    let ends_open = earlier
        .trim_end()
        .chars()
        .next_back()
        .is_some_and(|c| c.is_alphanumeric() || matches!(c, ',' | ';' | ':'));
    let starts_small = later.chars().next().is_some_and(char::is_lowercase);
    ends_open && starts_small
}

/// Join the halves of paragraphs cut mid-sentence (see [`cut_mid_sentence`]),
/// in the speeches and in the body's segments. One pass over each: a text
/// of many thousands of cut paragraphs costs no more per paragraph.
fn join_paragraphs_cut_mid_sentence(speeches: &mut [Speech], body: &mut Vec<Block>) {
    // Per speech that changed: each old paragraph's new index, or `None`
    // when it joined the one before.
    let mut new_index: Vec<Option<Vec<Option<usize>>>> = vec![None; speeches.len()];
    for (s, speech) in speeches.iter_mut().enumerate() {
        if !speech
            .paragraphs
            .windows(2)
            .any(|w| cut_mid_sentence(&w[0], &w[1]))
        {
            continue;
        }
        let old = std::mem::take(&mut speech.paragraphs);
        let old_spans = std::mem::take(&mut speech.paragraph_spans);
        let mut index = Vec::with_capacity(old.len());
        for (text, span) in old.into_iter().zip(old_spans) {
            match (
                speech.paragraphs.last_mut(),
                speech.paragraph_spans.last_mut(),
            ) {
                (Some(last), Some(last_span)) if cut_mid_sentence(last, &text) => {
                    last.push(' ');
                    last.push_str(&text);
                    last_span[1] = last_span[1].max(span[1]);
                    index.push(None);
                }
                _ => {
                    index.push(Some(speech.paragraphs.len()));
                    speech.paragraphs.push(text);
                    speech.paragraph_spans.push(span);
                }
            }
        }
        new_index[s] = Some(index);
    }
    if new_index.iter().all(Option::is_none) {
        return;
    }
    for block in body.iter_mut() {
        let Block::Speech {
            speech,
            first_paragraph,
            paragraph_count,
        } = block
        else {
            continue;
        };
        let Some(index) = new_index.get(*speech).and_then(Option::as_ref) else {
            continue;
        };
        let end = (*first_paragraph + *paragraph_count).min(index.len());
        let mut kept = index[(*first_paragraph).min(end)..end].iter().flatten();
        match kept.next() {
            Some(&first) => {
                *first_paragraph = first;
                *paragraph_count = 1 + kept.count();
            }
            None => *paragraph_count = 0,
        }
    }
    body.retain(|b| {
        !matches!(
            b,
            Block::Speech {
                paragraph_count: 0,
                ..
            }
        )
    });
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn countries_are_mentioned_as_whole_words() {
        let niger = Speech {
            country: Some("Niger".into()),
            ..Speech::default()
        };
        assert_eq!(
            mentions(Some(&niger), "Nigeria and the Niger, Niger’s people"),
            2
        );
        assert_eq!(mentions(None, "Niger"), 0);
    }
}
