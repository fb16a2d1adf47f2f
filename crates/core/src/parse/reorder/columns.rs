//! Pages whose two columns poppler emitted interleaved.
//!
//! A UN record is printed in two columns. pdftotext (poppler's reading-order
//! mode) cuts each column into blocks wherever the vertical spacing grows (before
//! a speaker, around a quotation, at a paragraph) and then orders the blocks of a
//! page roughly from top to bottom. When the two columns' blocks sit side by side
//! it emits them alternately: left, right, left, right. In the ten corpus records
//! 40 of 224 pages came out so, and each costs the paragraphs around the seams, or
//! hands a speaker's paragraphs to the speaker before (S/PV.8702: Tunisia's third
//! to fifth paragraphs came before its label).
//!
//! The text keeps the blocks, as runs of lines between blank lines, and within a
//! column poppler nearly always keeps their order (214 of 224 pages). So a page
//! is a merge of its left-column blocks and its right-column blocks, and putting it
//! back means choosing which blocks were the left column. We try every choice
//! (a page has at most 11 blocks in the corpus, and we leave pages with more
//! alone) and keep the cheapest reading, where the cost is what the text can tell:
//!
//! * **seams**: a block that stops mid-sentence should be followed by one that
//!   starts in lower case, and only such a block; a President's "I now give the
//!   floor to …" should be followed by a speaker's label;
//! * **balance**: on any page but the last, both columns are full, so they hold
//!   about as many lines;
//! * **emission order**: poppler emits blocks top to bottom, so the line at which
//!   each block starts within its column, taken in emission order, should rarely
//!   step back. The order as given pays this too (its right column steps back to
//!   the top): poppler cuts a column into many blocks mostly when it interleaves,
//!   so a page of many blocks leans towards a merge. Exempting the order as given
//!   was measured: no change to pages already in column order, but fewer pages
//!   put back (corpus 0.885 against 0.887, A/76/PV.102 below 0.931 against 0.951);
//! * **change**: leaving a page as it is costs nothing, any reordering a little.
//! * **full last line**: a block whose last line ends a sentence at (nearly)
//!   the column's full width likely breaks a paragraph at the column's foot,
//!   so another block after it in its own column costs a little. Where every
//!   block ends a sentence and opens another, seams and balance tie; this
//!   put S/PV.8707 p. 7's six paragraphs of one speech in the PDF's order
//!   (paragraph F1 0.864 → 0.888 for the record, no other page changed).
//!
//! * **who speaks**: walking the reading, each block is under the speaker of
//!   the last label before it. A block in which a delegation names itself
//!   ("Malaysia welcomes …", "…, Belgium remains committed") costs a little
//!   under another speaker and earns a little under its own; an invitation to
//!   speak costs under anyone but the President. This is what told apart the
//!   A/76/PV.102 pages whose seams and balance tie (Malaysia's statement split
//!   between the President and the Secretariat; Pakistan's for the Group of 77
//!   under the President). A country's possessive is no sign (a debate about
//!   Ukraine says "Ukraine's sovereignty" in every speech).
//!
//! The page's first block (the top of the left column, which continues the page
//! before) and its last (the foot of the right column) stay where they are.
//! Before the search, three breaks of a column's order, which a merge cannot
//! express, are mended: a President's "I now give the floor to the
//! representative of X." that poppler emitted after X's label goes back before
//! it; X's label emitted after the floor with another block between comes
//! right after the floor; a speech's closing paragraph ("In conclusion, …")
//! not followed by a label is joined to the front of the page's one label
//! (S/PV.8699 pp. 15 and 22). A President's turn ending in a question ("how
//! would the Russian Federation wish to proceed?") wants a label next, as an
//! invitation does. Pages with a vote's lists (short indented lines poppler
//! cuts erratically) above their last block, and pages with words alone
//! between blank lines that `reattach_stray_words` could not put back, are
//! left as they are. Lists in the last block only (which stays put) leave
//! the rest to the search: A/65/PV.71 p. 18, whose President's turn came
//! ahead of Rwanda's last two paragraphs and his announcement under
//! Zimbabwe, read right then (speech F1 0.991 → 1.000 in the pdftotext
//! shape; no Council record changed).
//!
//! Measured on word placement (the share of each truth speech's words found in
//! its own parsed speech) with the pdftotext shape, these last repairs took
//! S/PV.8699 from 0.9899 to 0.9993, its Resumption 1 from 0.9843 to 0.9986,
//! S/PV.8700 from 0.9669 to 0.9994 and S/PV.8702 from 0.9932 to 0.9964, and
//! corpus paragraph F1 from 0.888 to 0.896, no record losing.
//!
//! The weights were set on the corpus, checked against each page's layout in the
//! PDF (pages read in column order: 184 → 209 of 224 when prototyped), and move
//! paragraph F1 on pdftotext text from 0.866 to 0.887 (S/PV.8699 0.834 → 0.854,
//! S/PV.8702 0.837 → 0.873; no record loses). Of the 33 pages it reorders, none
//! that could be matched to the layout (25) was in column order already. On the
//! three General Assembly records, which played no part in setting the weights,
//! agreement with a parse of their column-ordered text goes 0.917 → 0.951
//! (A/76/PV.102) and stays 0.964 and 0.962 on the other two. The weights are few
//! and coarse by design, but a new kind of record may want them revisited.
//!
//! Only text cut into pages by form feeds (pdftotext's shape) is touched. The
//! body's first page is reordered too: this pass sees the body only, never the
//! cover above it.

use crate::grammar::invitation::{read_invitation, Invitee};
use crate::grammar::patterns;
use crate::input::text::starts_lowercase;
use crate::parse::content::Content;
use crate::parse::label_lines::{label_at, LabelHit};
use crate::parse::paragraphs::Measure;

/// Pages with more blocks than this are left alone (the corpus has at most 11;
/// the search is exponential in it).
const MAX_BLOCKS: usize = 11;

// Costs in tenths, so that sums are exact and ties go to the first choice found.
const SEAM_MID_SENTENCE_TO_CONTINUATION: i32 = -20;
const SEAM_MID_SENTENCE_TO_NEW_SENTENCE: i32 = 30;
const SEAM_FINISHED_TO_CONTINUATION: i32 = 30;
const SEAM_FLOOR_GIVEN: i32 = 20;
const BALANCE_PER_LINE: i32 = 3;
const CHANGE: i32 = 10;
const STEP_BACK_PER_LINE: i32 = 1;
const STEP_BACK_TOLERANCE: usize = 3;
const OWN_COUNTRY: i32 = 15;
/// A block whose last line ends a sentence at full width, followed in its
/// own column by another block.
const FULL_END_WITHIN_COLUMN: i32 = 5;
/// A line this share of the column's width (in percent) or more is full.
const FULL_PERCENT: u32 = 85;
/// A reading that gives words another speaker and costs less than this more
/// than the best one makes the page's order uncertain (reported, not hidden).
const UNCERTAIN_MARGIN: i32 = 10;

/// What the cost needs of a block (a run of lines between blank lines).
struct Block<'t> {
    /// Content lines `start..end`.
    start: usize,
    end: usize,
    /// The text of its first line.
    first: &'t str,
    /// Its last line stops mid-sentence.
    open: bool,
    /// Its last line ends a sentence at the column's full width: the
    /// paragraph may go on at the top of the next column.
    full_end: bool,
    /// Its first line starts in lower case (continues a sentence).
    continues: bool,
    /// It ends with the President giving the floor ("… to the representative of X.").
    floor_to: Option<String>,
    /// Its first line is a speaker's label (other than the President's).
    label: bool,
    /// Its first line is any label, the President's included.
    any_label: bool,
    /// A speech's closing paragraph ("In conclusion, …"), whole in the block.
    closing: bool,
    /// Content lines read before this block's own: a closing paragraph put
    /// back before the label that follows it (see `attach_stray_closing`).
    before: Option<(usize, usize)>,
    /// For a label block, its speaker among the page's speakers
    /// (`NO_COUNTRY` for an office or a speaker named by no country).
    speaker: Option<u8>,
    /// The speaker of the last label inside the block, after its first line.
    hands_to: Option<u8>,
    /// The page's speakers whose country this block names as a speaker
    /// names its own ("Malaysia welcomes …"), one bit each.
    mentions: u8,
}

/// A label's speaker who speaks for no country (a briefer, an official).
const NO_COUNTRY: u8 = u8::MAX;
/// The President (or Acting President), who gives the floor.
const PRESIDENT: u8 = u8::MAX - 1;
/// At most this many speakers' countries are looked for on a page.
const MAX_SPEAKERS: usize = 8;

impl Block<'_> {
    fn lines(&self) -> usize {
        self.end - self.start + self.before.map_or(0, |(a, b)| b - a)
    }
}

/// Reorder the blocks of each page so that its left column reads before its
/// right. Returns the input byte range of each page whose order stays
/// uncertain (see [`cheapest_reading`]), for the parser to report.
pub fn restore_column_order(content: &mut [Content]) -> Vec<[usize; 2]> {
    let pages = pages(content);
    let mut uncertain = Vec::new();
    if pages.len() < 2 {
        return uncertain;
    }
    let last_page = pages.len() - 1;
    let column = column_width(content);
    // The country of whoever is speaking where the page starts.
    let mut speaking: Option<String> = None;
    for (p, page) in pages.into_iter().enumerate() {
        let from = page[0].0;
        let to = page[page.len() - 1].1;
        let decided = reorder_page(content, &page, p == last_page, speaking.as_deref(), column);
        if decided.uncertain || headings_side_by_side(content, &page) {
            // The page's lines are a contiguous run of the input whatever their order.
            let lines = content[from..to].iter().map(|c| &c.line);
            let start = lines.clone().map(|l| l.start).min().unwrap_or(0);
            let end = lines.map(|l| l.end).max().unwrap_or(start);
            uncertain.push([start, end]);
        }
        if let Some(order) = decided.reading {
            // Rewrite the page's lines in the new order: only changed pages are
            // touched, and their lines are mostly borrowed text (cheap to clone).
            let mut reordered: Vec<Content> = Vec::with_capacity(to - from);
            for (start, end) in order {
                let at = reordered.len();
                reordered.extend_from_slice(&content[start..end]);
                // Every block came after a blank line or a page break.
                reordered[at].blank_before = true;
            }
            for (slot, line) in content[from..].iter_mut().zip(reordered) {
                *slot = line;
            }
        }
        if let Some(hit) = (from..to).rev().find_map(|k| label_at(content, k)) {
            speaking = hit.fields.country;
        }
    }
    uncertain
}

/// Two agenda-item headings, each without its title, one after the other:
/// poppler read across the columns where two items open side by side
/// ("Agenda item 89" / "Agenda item 127", then both titles, A/76/PV.102
/// p. 30; A/65/PV.71's items 106 and 118). The search does not split a
/// block, so it cannot put these back; the page is reported instead. A
/// record in column order prints each item's title under its number.
fn headings_side_by_side(content: &[Content], page: &[(usize, usize)]) -> bool {
    let bare = |k: usize| {
        let t = content[k].line.text.as_ref();
        t.len() <= 40 && t.starts_with("Agenda item") && patterns::is_agenda_heading(t)
    };
    page.windows(2)
        .any(|pair| bare(pair[0].1 - 1) && bare(pair[1].0))
}

/// The blocks of each page, as content line ranges.
fn pages(content: &[Content]) -> Vec<Vec<(usize, usize)>> {
    let mut pages: Vec<Vec<(usize, usize)>> = vec![Vec::new()];
    let mut start = 0;
    for k in 1..=content.len() {
        let boundary = k == content.len() || content[k].blank_before || content[k].page_start;
        if !boundary {
            continue;
        }
        if start < k {
            pages.last_mut().expect("one page").push((start, k));
        }
        if k < content.len() && content[k].page_start {
            pages.push(Vec::new());
        }
        start = k;
    }
    pages
}

/// What the column search decided for a page.
#[derive(Default)]
struct PageOrder {
    /// The page's blocks in reading order, if that differs from the order given.
    reading: Option<Vec<(usize, usize)>>,
    /// Another reading, nearly as likely, would give some words another speaker.
    uncertain: bool,
}

fn reorder_page(
    content: &[Content],
    page: &[(usize, usize)],
    last_page: bool,
    speaking: Option<&str>,
    column: u32,
) -> PageOrder {
    if page.len() < 3 || page.len() > MAX_BLOCKS {
        return PageOrder::default();
    }
    // A word or two alone between blank lines is a justified line poppler broke
    // apart (see `reattach_stray_words`): the page's blocks are not columns.
    // Wider than `is_stray_word` (up to three words, any ending) on purpose:
    // that narrower test lets S/PV.8702 and A/65/PV.71 pages through.
    // A language note ("(spoke in Spanish)") is a short block of its own, and
    // no sign of broken lines.
    if page.iter().any(|&(a, b)| {
        let text = content[a].line.text.as_ref();
        b - a == 1 && text.split(' ').count() < 4 && !patterns::is_language_note(text)
    }) {
        // Left as it is, but if a block there opens mid-sentence after one
        // that ended its sentence, the columns are interleaved and the
        // order stays unsettled: the page says so (A/65/PV.71 p. 17,
        // whose "on all draft" is such a line and "differences and achieve
        // consensus" such a block).
        let interleaved = page.windows(2).any(|w| {
            super::ends_finished(&content[w[0].1 - 1].line.text)
                && starts_lowercase(&content[w[1].0].line.text)
        });
        return PageOrder {
            reading: None,
            uncertain: interleaved,
        };
    }
    // A vote's lists are short indented lines that poppler cuts and orders
    // erratically (S/PV.8700 p. 3 ends with the left column's last list).
    // Lists wholly in the page's last block (which stays where it is) leave
    // the blocks above them to the search (A/65/PV.71 p. 18: the President's
    // closing of the explanations ahead of Rwanda's last paragraphs).
    let last = page.len() - 1;
    if page[..last].iter().any(|&(a, b)| {
        content[a..b]
            .iter()
            .any(|c| patterns::vote_list(&c.line.text).is_some())
    }) {
        return PageOrder::default();
    }
    // The page's speakers: who speaks at its top, then each label's country.
    let mut speakers: Vec<String> = speaking.map(str::to_owned).into_iter().collect();
    // Each block's label at its first line and its last label after it.
    let mut block_labels = Vec::with_capacity(page.len());
    for &(a, b) in page {
        let first = label_at(content, a);
        let inner = (a + 1..b).rev().find_map(|k| label_at(content, k));
        for hit in [&first, &inner].into_iter().flatten() {
            if let Some(c) = &hit.fields.country {
                if !speakers.contains(c) && speakers.len() < MAX_SPEAKERS {
                    speakers.push(c.clone());
                }
            }
        }
        block_labels.push((first, inner));
    }
    let code = |hit: &LabelHit| -> u8 {
        if hit
            .fields
            .office
            .as_deref()
            .is_some_and(|o| o.ends_with("President"))
        {
            return PRESIDENT;
        }
        hit.fields
            .country
            .as_ref()
            .and_then(|c| speakers.iter().position(|s| s == c))
            .map_or(NO_COUNTRY, |i| i as u8)
    };
    let mut blocks: Vec<Block> = page
        .iter()
        .map(|&(a, b)| describe(content, a, b, &speakers, column))
        .collect();
    for (block, (first, inner)) in blocks.iter_mut().zip(&block_labels) {
        block.speaker = first.as_ref().map(code);
        block.hands_to = inner.as_ref().map(code);
    }
    let start_speaker = speaking.map(|_| 0u8);
    let moved =
        put_floor_before_its_speaker(&mut blocks) | put_speaker_after_its_floor(&mut blocks);
    let next_is_label = page
        .last()
        .is_some_and(|&(_, end)| end < content.len() && label_at(content, end).is_some());
    let attached = attach_stray_closing(&mut blocks, next_is_label);
    let (order, uncertain) = cheapest_reading(&blocks, last_page, start_speaker);
    if !moved && !attached && order.iter().enumerate().all(|(i, &b)| i == b) {
        return PageOrder {
            reading: None,
            uncertain,
        };
    }
    let mut reading = Vec::with_capacity(blocks.len() + 1);
    for i in order {
        reading.extend(blocks[i].before);
        reading.push((blocks[i].start, blocks[i].end));
    }
    PageOrder {
        reading: Some(reading),
        uncertain,
    }
}

/// The width of the record's full lines, as the body measures its column
/// ([`Measure::from_widths`]: most lines are justified, so full). Both
/// columns, on every page, are as wide.
fn column_width(content: &[Content]) -> u32 {
    Measure::from_widths(content.iter().map(|c| c.width).collect()).column
}

/// The openings of a speech's last paragraph.
const CLOSINGS: [&str; 6] = [
    "In conclusion",
    "To conclude",
    "In closing",
    "Let me conclude",
    "Allow me to conclude",
    "I will conclude",
];

fn opens_closing_paragraph(first: &str) -> bool {
    CLOSINGS.iter().any(|c| first.starts_with(c))
}

/// A speech's closing paragraph ("In conclusion, …") that poppler emitted
/// away from the label of the speech after it (S/PV.8699 p. 15: France's
/// "To conclude" after Indonesia's label; p. 22: Belgium's "In conclusion"
/// last on the page, after the United States' label). A closing paragraph
/// is followed by a speaker's label; when the block after it (or the next
/// page's first line) is not one and the page holds exactly one label, not
/// its first block (a speech that starts atop the page cannot end before
/// it), the closing block is joined to the front of that label's block and
/// the two go through the column search as one. A closing block that
/// continues in the other column (it ends mid-sentence) is not whole, and
/// stays.
fn attach_stray_closing(blocks: &mut Vec<Block<'_>>, next_is_label: bool) -> bool {
    let Some(j) = (0..blocks.len())
        .find(|&j| blocks[j].closing && !blocks.get(j + 1).map_or(next_is_label, |b| b.any_label))
    else {
        return false;
    };
    let mut labels = blocks.iter().enumerate().filter(|(_, b)| b.any_label);
    let (Some((label, _)), None) = (labels.next(), labels.next()) else {
        return false;
    };
    // Three blocks stay for the column search.
    if label == 0 || j == 0 || blocks.len() < 4 {
        return false;
    }
    let closing = blocks.remove(j);
    let label = if j < label { label - 1 } else { label };
    let target = &mut blocks[label];
    target.before = Some((closing.start, closing.end));
    target.first = closing.first;
    target.continues = closing.continues;
    true
}

/// A President's "I now give the floor to the representative of X." that
/// poppler emitted before X's label with another block between (S/PV.8699
/// p. 60: Malaysia's second paragraph came between the floor and its label):
/// the label goes back right after the floor.
fn put_speaker_after_its_floor(blocks: &mut Vec<Block<'_>>) -> bool {
    for j in 0..blocks.len() {
        let Some(country) = blocks[j].floor_to.as_deref().filter(|c| !c.is_empty()) else {
            continue;
        };
        let Some(i) = (j + 2..blocks.len()).find(|&i| blocks[i].any_label) else {
            continue;
        };
        if blocks[i].label && label_names(blocks[i].first, country) && !blocks[j + 1].any_label {
            let speaker = blocks.remove(i);
            blocks.insert(j + 1, speaker);
            return true;
        }
    }
    false
}

fn describe<'t>(
    content: &'t [Content],
    start: usize,
    end: usize,
    speakers: &[String],
    column: u32,
) -> Block<'t> {
    let first = content[start].line.text.as_ref();
    let last = content[end - 1].line.text.as_ref();
    let hit = label_at(content, start);
    let label = hit
        .as_ref()
        .is_some_and(|hit| !hit.label.starts_with("The "));
    let open = !super::ends_finished(last);
    let full_end =
        !open && end - start > 1 && content[end - 1].width * 100 >= column * FULL_PERCENT;
    Block {
        start,
        end,
        first,
        open,
        full_end,
        any_label: hit.is_some(),
        closing: !open && opens_closing_paragraph(first),
        before: None,
        speaker: None,
        hands_to: None,
        mentions: names_as_speaker(
            &content[start..end]
                .iter()
                .map(|c| c.line.text.as_ref())
                .collect::<Vec<_>>()
                .join(" "),
            speakers,
        ),
        continues: first
            .trim_start()
            .starts_with(|c: char| c.is_ascii_lowercase()),
        floor_to: floor_given_to(content, start, end)
            .or_else(|| asks_the_council(first, last).then(String::new)),
        label,
    }
}

/// The President giving the floor ("I now give the floor to the representative
/// of Cyprus.") as a block's last sentence: the country (`Cyprus`), or empty
/// when the floor goes to someone not named by country. Read by
/// [`read_invitation`], tried at each "I " in the block's last lines.
fn floor_given_to(content: &[Content], start: usize, end: usize) -> Option<String> {
    // The sentence can run over a few lines; the block's last three hold it.
    let tail: Vec<&str> = content[start.max(end.saturating_sub(3))..end]
        .iter()
        .map(|c| c.line.text.as_ref())
        .collect();
    let tail = tail.join(" ");
    let tail = tail.trim_end();
    tail.match_indices("I ")
        .map(|(at, _)| at)
        .filter(|&at| at == 0 || tail.as_bytes()[at - 1] == b' ')
        .filter_map(|at| read_invitation(&tail[at..]).map(|inv| (at, inv)))
        .find(|(at, inv)| at + inv.len == tail.len())
        .map(|(_, inv)| match inv.invitee {
            Invitee::Country(country) => country.to_string(),
            // "I give the floor to the representative the Secretariat."
            // (A/76/PV.102, "of" missing) names the Secretariat all the same.
            Invitee::Office if tail.ends_with("Secretariat.") => "the Secretariat".to_string(),
            _ => String::new(),
        })
}

/// A President's turn that ends in a question ("… how would the Russian
/// Federation wish to proceed?"): the answer comes next, under its speaker's
/// label, as after an invitation to speak (S/PV.8700, p. 12).
fn asks_the_council(first: &str, last: &str) -> bool {
    first.starts_with("The President:") && last.trim_end().ends_with('?')
}

/// The speakers (bit per index in `speakers`) whose country a line names as
/// a delegation names itself: the country at a sentence's or clause's start
/// and a verb after it ("Malaysia welcomes", "…, Belgium remains"). Another
/// delegation is mostly named after a preposition or verb ("thank Belgium",
/// "the representative of Malaysia"). Possessives are no sign: a debate
/// about a country says "Ukraine’s sovereignty" in every speech.
fn names_as_speaker(text: &str, speakers: &[String]) -> u8 {
    let mut bits = 0;
    for (i, country) in speakers.iter().enumerate() {
        let country = country.strip_prefix("the ").unwrap_or(country);
        if country.is_empty() {
            continue;
        }
        for (at, _) in text.match_indices(country) {
            let before = text[..at].trim_end_matches("the ").trim_end_matches("The ");
            let after = &text[at + country.len()..];
            let opens = before.is_empty() || before.ends_with(". ") || before.ends_with(", ");
            let then_verb = after
                .strip_prefix(' ')
                .is_some_and(|a| a.starts_with(|c: char| c.is_ascii_lowercase()));
            if opens && then_verb {
                bits |= 1 << i;
                break;
            }
        }
    }
    bits
}

/// Does a label's first line name whom the floor was given to? The
/// invitation names "the United Arab Emirates" where the label prints
/// "(United Arab Emirates)", and "the Secretariat" where the label names
/// the official's department or office.
fn label_names(label: &str, invitee: &str) -> bool {
    let invitee = invitee.strip_prefix("the ").unwrap_or(invitee);
    label.contains(invitee)
        || (invitee == "Secretariat"
            && ["(Department", "(Office", "Secretariat"]
                .iter()
                .any(|unit| label.contains(unit)))
}

/// A President's "I now give the floor to the representative of X." that poppler
/// emitted after X's label on the same page goes back just before that label.
fn put_floor_before_its_speaker(blocks: &mut Vec<Block<'_>>) -> bool {
    for j in 0..blocks.len() {
        let Some(country) = blocks[j].floor_to.as_deref().filter(|c| !c.is_empty()) else {
            continue;
        };
        // The invitation names "the United Arab Emirates"; the label prints
        // "(United Arab Emirates)".
        let target = (0..j).find(|&i| {
            blocks[i].label
                && (i == 0 || blocks[i - 1].floor_to.is_none())
                && label_names(blocks[i].first, country)
        });
        if let Some(i) = target {
            let floor = blocks.remove(j);
            blocks.insert(i, floor);
            return true;
        }
    }
    false
}

/// Block indices in reading order (the left column's blocks, then the
/// right's), and whether a reading that gives some block another speaker
/// costs within [`UNCERTAIN_MARGIN`] of it: the text alone cannot tell them
/// apart, and the page says so.
fn cheapest_reading(
    blocks: &[Block<'_>],
    last_page: bool,
    start_speaker: Option<u8>,
) -> (Vec<usize>, bool) {
    let n = blocks.len();
    debug_assert!((3..=MAX_BLOCKS).contains(&n));
    let mut seams = [[0i32; MAX_BLOCKS]; MAX_BLOCKS];
    for (i, a) in blocks.iter().enumerate() {
        for (j, b) in blocks.iter().enumerate() {
            seams[i][j] = seam(a, b);
        }
    }
    let lines: Vec<usize> = blocks.iter().map(Block::lines).collect();
    let any_mentions = blocks
        .iter()
        .any(|b| (start_speaker.is_some() && b.mentions != 0) || b.floor_to.is_some());
    let mut best: Option<(i32, u32)> = None;
    // Readings within the margin of the best so far, to tell a close call.
    let mut close: Vec<(i32, u32)> = Vec::new();
    // Bit i set: block i is in the left column. The first block is the top of the
    // left column and the last the foot of the right.
    for mask in (1u32..(1 << (n - 1))).step_by(2) {
        // One pass in emission order: each column's seams, each block's start
        // line within its column (poppler emits top to bottom, so these should
        // rarely step back), and the columns' lengths.
        let mut cost = 0;
        let (mut left, mut right) = (lines[0], 0usize);
        let (mut last_left, mut first_right, mut last_right) = (0usize, usize::MAX, usize::MAX);
        let (mut previous_start, mut step_back) = (0usize, 0usize);
        for (i, &height) in lines.iter().enumerate().skip(1) {
            let start = if mask >> i & 1 == 1 {
                cost += seams[last_left][i];
                if blocks[last_left].full_end {
                    cost += FULL_END_WITHIN_COLUMN;
                }
                last_left = i;
                left += height;
                left - height
            } else {
                if last_right == usize::MAX {
                    first_right = i;
                } else {
                    cost += seams[last_right][i];
                    if blocks[last_right].full_end {
                        cost += FULL_END_WITHIN_COLUMN;
                    }
                }
                last_right = i;
                right += height;
                right - height
            };
            step_back += previous_start.saturating_sub(start + STEP_BACK_TOLERANCE);
            previous_start = start;
        }
        cost += seams[last_left][first_right];
        cost += STEP_BACK_PER_LINE * step_back as i32;
        if !last_page {
            cost += BALANCE_PER_LINE * left.abs_diff(right) as i32;
        }
        // A prefix of blocks on the left reads in the order given.
        if mask & (mask + 1) != 0 {
            cost += CHANGE;
        }
        if any_mentions {
            cost += own_country_cost(blocks, mask, start_speaker);
        }
        if best.is_none_or(|(c, _)| cost < c) {
            best = Some((cost, mask));
        }
        if best.is_some_and(|(c, _)| cost < c + UNCERTAIN_MARGIN) {
            close.push((cost, mask));
        }
    }
    let (best_cost, mask) = best.unwrap_or((0, (1 << (n - 1)) - 1));
    let reading = |mask: u32| -> Vec<usize> {
        let mut order: Vec<usize> = (0..n).filter(|&i| mask >> i & 1 == 1).collect();
        order.extend((0..n).filter(|&i| mask >> i & 1 == 0));
        order
    };
    let order = reading(mask);
    let chosen = speakers_of_blocks(blocks, &order);
    let uncertain = close.iter().any(|&(cost, other)| {
        cost < best_cost + UNCERTAIN_MARGIN
            && other != mask
            && speakers_of_blocks(blocks, &reading(other)) != chosen
    });
    (order, uncertain)
}

/// For each block, the block whose label it is read under (`usize::MAX`
/// before the page's first label): two readings that agree here put every
/// word under the same speaker, whatever their paragraph order.
fn speakers_of_blocks(blocks: &[Block<'_>], order: &[usize]) -> Vec<usize> {
    let mut under = vec![usize::MAX; blocks.len()];
    let mut current = usize::MAX;
    for &i in order {
        if blocks[i].any_label {
            current = i;
        }
        under[i] = current;
        if blocks[i].hands_to.is_some() {
            current = i;
        }
    }
    under
}

/// Walk the reading a mask gives (its left column, then its right) and
/// weigh each block that names a speaker's country as its own: a reward
/// under that speaker, a cost under another.
fn own_country_cost(blocks: &[Block<'_>], mask: u32, start_speaker: Option<u8>) -> i32 {
    let mut speaker = start_speaker;
    let mut cost = 0;
    let left = (0..blocks.len()).filter(|&i| mask >> i & 1 == 1);
    let right = (0..blocks.len()).filter(|&i| mask >> i & 1 == 0);
    for i in left.chain(right) {
        let block = &blocks[i];
        if block.speaker.is_some() {
            speaker = block.speaker;
        }
        // Only the President gives the floor.
        if block.floor_to.is_some() && speaker.is_some_and(|s| s != PRESIDENT) {
            cost += OWN_COUNTRY;
        }
        if block.mentions != 0 {
            match speaker {
                Some(s) if s < PRESIDENT && block.mentions >> s & 1 == 1 => cost -= OWN_COUNTRY,
                Some(_) => cost += OWN_COUNTRY,
                None => {}
            }
        }
        if block.hands_to.is_some() {
            speaker = block.hands_to;
        }
    }
    cost
}

/// The cost of reading block `b` right after block `a`.
fn seam(a: &Block<'_>, b: &Block<'_>) -> i32 {
    if a.floor_to.is_some() {
        return if b.label {
            -SEAM_FLOOR_GIVEN
        } else {
            SEAM_FLOOR_GIVEN
        };
    }
    match (a.open, b.continues) {
        (true, true) => SEAM_MID_SENTENCE_TO_CONTINUATION,
        (true, false) => SEAM_MID_SENTENCE_TO_NEW_SENTENCE,
        (false, true) => SEAM_FINISHED_TO_CONTINUATION,
        (false, false) => 0,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::parse::content::content_lines;
    use crate::parse::lines::split_lines;

    /// A block: its first line, `filler` lines, and its last line.
    fn block(first: &str, filler: usize, last: &str) -> String {
        let mut lines = vec![first.to_string()];
        lines.extend(
            (0..filler).map(|_| "and the words of the column go on and on here".to_string()),
        );
        lines.push(last.to_string());
        lines.join("\n")
    }

    /// Parse `pages` (the first one a stand-in for the cover) and restore the
    /// column order; the first lines of the blocks of the second page.
    fn restored(pages: &[Vec<String>]) -> Vec<String> {
        let text: Vec<String> = pages.iter().map(|blocks| blocks.join("\n\n")).collect();
        let text = text.join("\n\u{c}");
        let lines = split_lines(&text);
        let mut content = content_lines(&lines, 0);
        let _ = restore_column_order(&mut content);
        let second = content
            .iter()
            .position(|c| c.page_start)
            .expect("two pages");
        let end = content[second + 1..]
            .iter()
            .position(|c| c.page_start)
            .map_or(content.len(), |e| second + 1 + e);
        content[second..end]
            .iter()
            .enumerate()
            .filter(|(k, c)| *k == 0 || c.blank_before)
            .map(|(_, c)| c.line.text.to_string())
            .collect()
    }

    fn cover() -> Vec<String> {
        vec![block(
            "The meeting was called to order at 10 a.m.",
            2,
            "The agenda was adopted.",
        )]
    }

    fn last_page() -> Vec<String> {
        vec![block(
            "through the provision of health services, education",
            3,
            "The meeting rose at 1 p.m.",
        )]
    }

    /// S/PV.8699, p. 10, as poppler emitted it: the tops of both columns side by
    /// side (left, right, left, right), then the rest of the left column, whose
    /// foot stops mid-sentence ("… We"), and the rest of the right, whose top
    /// ("will also strive") continues it.
    fn interleaved_page() -> Vec<String> {
        [
            (
                "from lessons learned and conviction. And, talking",
                0,
                "of fathers and mothers, Eleanor Roosevelt said:",
            ),
            (
                "will also strive to promote norms and principles",
                0,
                "upholding stability in cyberspace.",
            ),
            (
                "“It is not enough to talk about peace. One must",
                1,
                "One must work at it.”",
            ),
            (
                "In that vein, we encourage the Security Council",
                4,
                "often act as drivers of conflict.",
            ),
            (
                "Conflict after conflict in the past — from the",
                40,
                "the use of lethal autonomous weapons systems. We",
            ),
            (
                "The recent events in the Middle East are of",
                40,
                "adoption of the Charter in San",
            ),
        ]
        .iter()
        .map(|&(first, filler, last)| block(first, filler, last))
        .collect()
    }

    fn first_lines(blocks: &[String]) -> Vec<String> {
        blocks
            .iter()
            .map(|b| b.lines().next().unwrap_or("").to_string())
            .collect()
    }

    #[test]
    fn interleaved_column_tops_go_back_in_column_order() {
        let page = interleaved_page();
        let left_then_right: Vec<String> = [0, 2, 4, 1, 3, 5]
            .iter()
            .map(|&i| page[i].clone())
            .collect();
        assert_eq!(
            restored(&[cover(), page, last_page()]),
            first_lines(&left_then_right)
        );
    }

    /// The same page as printed: nothing to repair, nothing moves.
    #[test]
    fn a_page_in_column_order_is_left_alone() {
        let page = interleaved_page();
        let printed: Vec<String> = [0, 2, 4, 1, 3, 5]
            .iter()
            .map(|&i| page[i].clone())
            .collect();
        let firsts = first_lines(&printed);
        assert_eq!(restored(&[cover(), printed, last_page()]), firsts);
    }

    /// "I now give the floor to the representative of Cyprus." emitted after
    /// Cyprus's label goes back before it (S/PV.8699, p. 52).
    #[test]
    fn the_floor_given_goes_back_before_the_speaker() {
        let page = vec![
            block(
                "especially the permanent members, to work",
                30,
                "but also through our actions.",
            ),
            block(
                "Mr. Mavroyiannis (Cyprus): I wish to thank",
                2,
                "on the Council.",
            ),
            block(
                "We all know that the way the system operates",
                30,
                "States to a higher standard.",
            ),
            block(
                "The President: I now give the floor to the",
                0,
                "representative of Cyprus.",
            ),
        ];
        let got = restored(&[cover(), page, last_page()]);
        let floor = got
            .iter()
            .position(|f| f.starts_with("The President"))
            .unwrap();
        assert_eq!(got[floor + 1], "Mr. Mavroyiannis (Cyprus): I wish to thank");
    }

    /// Content lines of `text` before and after the repair.
    fn before_and_after(text: &str) -> (Vec<String>, Vec<String>) {
        let lines = split_lines(text);
        let mut content = content_lines(&lines, 0);
        let before = content.iter().map(|c| c.line.text.to_string()).collect();
        let _ = restore_column_order(&mut content);
        let after = content.iter().map(|c| c.line.text.to_string()).collect();
        (before, after)
    }

    /// Text without form feeds (a browser's copy, a pasted speech) has no pages
    /// to reorder. The body's first page is reordered like any other: the
    /// parser hands this pass the body only, so the cover is not in it
    /// (S/PV.8699 p. 2 and A/60/PV.25 p. 1 were interleaved).
    #[test]
    fn text_without_pages_is_left_alone_and_the_first_page_is_not() {
        let text = interleaved_page().join("\n\n");
        let (before, after) = before_and_after(&text);
        assert_eq!(before, after);
        let paged = format!("{text}\n\u{c}{}", last_page().join("\n\n"));
        let (before, after) = before_and_after(&paged);
        assert_ne!(before, after);
        let (_, first_alone) = before_and_after(&format!(
            "{}\n\u{c}{}",
            interleaved_page().join("\n\n"),
            last_page().join("\n\n")
        ));
        assert_eq!(after, first_alone);
    }
}
