//! The record model: what the parser recovers from a meeting record.
//!
//! Its serde form is the public JSON contract of `verbatim parse` (see
//! `docs/json-schema.md`): field names here are stable. Add fields; never rename
//! or remove them.

use serde::{Deserialize, Serialize};

/// A byte range `[start, end)` into the decoded input text.
///
/// Spans let the viewer and the permalink code point back at the text the user
/// gave us, whatever repairs the parser made to the displayed paragraph.
pub type Span = [usize; 2];

/// One parsed meeting record.
#[derive(Debug, Clone, Default, Serialize, Deserialize, PartialEq)]
pub struct Record {
    pub meeting: Meeting,
    /// Speeches in order of delivery. A speech is one speaker label's turn.
    pub speeches: Vec<Speech>,
    /// The body in reading order: headings, narrative, votes and speech segments.
    pub body: Vec<Block>,
    /// Every UN document symbol cited, in order of appearance.
    pub symbols: Vec<SymbolRef>,
    /// What the parser could not place or had to guess. Never silently dropped.
    pub diagnostics: Vec<Diagnostic>,
}

/// The cover page facts.
#[derive(Debug, Clone, Default, Serialize, Deserialize, PartialEq)]
pub struct Meeting {
    /// `S/PV.8700`, `S/PV.8699 (Resumption 1)`, `A/58/PV.7`; `None` for a bare speech.
    pub symbol: Option<String>,
    /// `Security Council`, `General Assembly`, …
    pub organ: Option<String>,
    /// The year or session line as printed: `Seventy-fifth year`, `Sixty-fifth session`.
    pub session: Option<String>,
    /// Meeting number (`8700`, or `71` for the 71st plenary meeting).
    pub number: Option<u32>,
    /// ISO date `2020-01-10`.
    pub date: Option<String>,
    /// Time as printed: `3 p.m.`, `10.25 a.m.`.
    pub time: Option<String>,
    pub place: Option<String>,
    pub president: Option<Person>,
    pub members: Vec<Member>,
    pub agenda: Vec<AgendaItem>,
    /// The record's language when not English (`French`, `Spanish`), read
    /// from its labels; absent for English.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub language: Option<String>,
}

/// A person with the delegation or body they speak for.
#[derive(Debug, Clone, Default, Serialize, Deserialize, PartialEq)]
pub struct Person {
    pub name: String,
    pub country: Option<String>,
}

/// A Council member as the cover page lists it: country and representative.
#[derive(Debug, Clone, Default, Serialize, Deserialize, PartialEq)]
pub struct Member {
    pub country: String,
    pub representative: Option<String>,
}

/// One agenda item from the cover page, with the symbols cited in it.
#[derive(Debug, Clone, Default, Serialize, Deserialize, PartialEq)]
pub struct AgendaItem {
    pub title: String,
    pub symbols: Vec<String>,
    /// The cover lists no agenda (a General Assembly record): the item is
    /// a numbered heading of the body, as printed there. Absent when false.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub from_body: bool,
}

/// One speaker's turn.
#[derive(Debug, Clone, Default, Serialize, Deserialize, PartialEq)]
pub struct Speech {
    /// 1-based order of the speech in the record (the `s{N}` anchor).
    pub order: usize,
    /// The label as printed, without its colon: `Mr. Abarry (Niger) (spoke in French)`.
    pub label: String,
    /// Form of address: `Mr.`, `Ms.`, `The`, `Archbishop`, …
    pub title: Option<String>,
    /// Speaker name; for "The President:" the president named on the cover page.
    pub speaker: String,
    /// The state or organisation the speaker speaks for, as printed.
    pub country: Option<String>,
    /// The delegation's canonical English UN name whatever the record's
    /// language or era prints (`Russian Federation` for `Fédération de
    /// Russie`); absent when `country` is not a state the data knows.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub delegation: Option<String>,
    /// `President`, `Secretary-General`, `Special Representative …`, a GA rapporteur…
    pub role: Option<String>,
    /// Language the speech was delivered in when not the record's own
    /// (`French`; always named in English).
    pub language: Option<String>,
    /// Paragraph texts, repaired (furniture removed, lines joined, hyphens healed).
    pub paragraphs: Vec<String>,
    /// For each paragraph, its span in the decoded input.
    pub paragraph_spans: Vec<Span>,
    /// Span of the label in the decoded input.
    pub label_span: Span,
}

/// One block of the body, in reading order.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum Block {
    /// An agenda heading (`Adoption of the agenda`, an item title, `Agenda item 27`).
    Heading { text: String, span: Span },
    /// A stage direction (`The meeting was called to order at 3.05 p.m.`).
    Narrative { text: String, span: Span },
    /// An interpretation note on its own line (`(spoke in English)`) inside a speech.
    Language { text: String, span: Span },
    /// A vote with its tally.
    Vote(Vote),
    /// Text the parser could not attribute to a speaker (kept, never dropped).
    Unattributed { text: String, span: Span },
    /// Paragraphs `first_paragraph .. first_paragraph + paragraph_count` of speech
    /// `speech` (0-based index into `speeches`). A speech interrupted by a vote or a
    /// note continues in a later segment.
    Speech {
        speech: usize,
        first_paragraph: usize,
        paragraph_count: usize,
    },
}

/// A vote: who voted how, and what it decided.
#[derive(Debug, Clone, Default, Serialize, Deserialize, PartialEq)]
pub struct Vote {
    /// The procedure sentence: `A vote was taken by show of hands.` / `A recorded vote was taken.`
    pub procedure: Option<String>,
    pub in_favour: Vec<String>,
    pub against: Vec<String>,
    pub abstaining: Vec<String>,
    /// The sentence announcing the outcome, when the record states it.
    pub result: Option<String>,
    /// Whether the proposal was adopted, when the result sentence says so.
    pub adopted: Option<bool>,
    /// Resolution (or General Assembly decision) symbol created by the vote
    /// (`S/RES/2504 (2020)`, `A/RES/65/193`, `A/DEC/65/530`).
    pub resolution: Option<String>,
    pub span: Span,
}

/// One citation of a UN document symbol.
#[derive(Debug, Clone, Default, Serialize, Deserialize, PartialEq)]
pub struct SymbolRef {
    /// Canonical symbol: `S/2000/809`, `S/RES/2505 (2020)`, `A/RES/46/182`.
    pub symbol: String,
    /// The text as it stands in the record (`resolution 2505 (2020)`).
    pub text: String,
    /// Where it stands: see [`Location`].
    pub location: Location,
    /// Byte range of `text` within the located string (paragraph, heading, agenda item).
    pub start: usize,
    pub end: usize,
}

/// Where a piece of text is in the model.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
#[serde(tag = "in", rename_all = "snake_case")]
pub enum Location {
    /// `speeches[speech].paragraphs[paragraph]` (both 0-based).
    Paragraph { speech: usize, paragraph: usize },
    /// The text of `body[block]` (heading, narrative or vote result).
    Block { block: usize },
    /// `meeting.agenda[item].title`.
    Agenda { item: usize },
}

impl Default for Location {
    fn default() -> Self {
        Location::Block { block: 0 }
    }
}

/// Something the parser noticed and the reader should know: one per cause
/// (code), however many places it was noticed in.
#[derive(Debug, Clone, Default, Serialize, Deserialize, PartialEq)]
pub struct Diagnostic {
    /// `warning` or `info`.
    pub level: String,
    /// Stable machine code: `unplaced_text`, `no_speeches`, `no_president`, …
    pub code: String,
    /// What was noticed; for a cause noticed in several places, a summary
    /// with their count (each place's own words are in `places`).
    pub message: String,
    /// The first place (input span), if the cause has a place.
    pub span: Option<Span>,
    /// How many places the cause was noticed in (1 for a single finding).
    #[serde(default = "one")]
    pub count: usize,
    /// Every place, in input order, with what was noticed there when it
    /// differs from place to place (the passage, the vote).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub places: Vec<Place>,
}

fn one() -> usize {
    1
}

/// One place a diagnostic's cause was noticed.
#[derive(Debug, Clone, Default, Serialize, Deserialize, PartialEq)]
pub struct Place {
    pub span: Span,
    /// What was noticed here, when the diagnostic's message summarises.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub note: Option<String>,
}

impl Diagnostic {
    /// A warning about one place (or none); [`crate::parse`] gathers
    /// warnings of one cause into one before the record is returned.
    pub fn warning(code: &str, message: String, span: Option<Span>) -> Diagnostic {
        Diagnostic {
            level: "warning".into(),
            code: code.into(),
            message,
            span,
            count: 1,
            places: Vec::new(),
        }
    }
}

impl Record {
    /// Number of words in a speech (whitespace-separated), as the CSV reports it.
    pub fn speech_words(&self, index: usize) -> usize {
        self.speeches[index]
            .paragraphs
            .iter()
            .map(|p| p.split_whitespace().count())
            .sum()
    }

    /// The warnings about one block of the body (a vote whose lists do not
    /// number what its result states, say), matched by the block's span:
    /// what the page shows inside the block rather than hiding it. Each is
    /// the place's own note, or the diagnostic's message.
    pub fn warnings_for(&self, span: Span) -> impl Iterator<Item = &str> {
        self.diagnostics
            .iter()
            .filter(|d| d.level == "warning")
            .flat_map(move |d| {
                d.places
                    .iter()
                    .filter(move |p| p.span == span)
                    .map(move |p| p.note.as_deref().unwrap_or(&d.message))
            })
    }
}
