//! Where the reader is in the open record: the speech in view, going to a
//! passage (rendering its batch first if need be), landing on a link's
//! anchor, finding text, and the outline's filter.

use super::messages::Messages;
use super::opening::Doc;
use super::ReadOnly;
use crate::browser;
use leptos::prelude::*;
use verbatim_core::anchor::{self, Anchor};
use verbatim_core::citations::find_in_record;

/// Per speech, where its segments start in the reader: (first paragraph, batch).
pub type Segments = Vec<Vec<(usize, usize)>>;

/// Passages that hold a find query: (speech, paragraph, matches), 1-based.
pub type Hits = Vec<(usize, usize, usize)>;

#[derive(Clone, Copy)]
pub struct Navigation {
    doc: ReadOnly<Option<Doc>>,
    messages: Messages,
    /// The speech in view (1-based).
    active_speech: RwSignal<usize>,
    find_query: RwSignal<String>,
    /// Which of the find hits was gone to last; `usize::MAX` for none.
    find_index: RwSignal<usize>,
    find_hits: Memo<Hits>,
    outline_filter: RwSignal<String>,
    /// The reader's rendering batches (one switch each) and, per speech, its
    /// segments as (first paragraph, batch); set by the reader for each record.
    batches: StoredValue<(Vec<RwSignal<bool>>, Segments)>,
}

impl Navigation {
    #[inline(never)]
    pub(super) fn new(doc: ReadOnly<Option<Doc>>, messages: Messages) -> Navigation {
        let find_query = RwSignal::new(String::new());
        let find_hits = Memo::new(move |_| {
            let q = find_query.get();
            doc.with(|d| {
                d.as_ref()
                    .map(|d| find_in_record(&d.record, &q))
                    .unwrap_or_default()
            })
        });
        Navigation {
            doc,
            messages,
            active_speech: RwSignal::new(1),
            find_query,
            find_index: RwSignal::new(0),
            find_hits,
            outline_filter: RwSignal::new(String::new()),
            batches: StoredValue::new((Vec::new(), Vec::new())),
        }
    }

    /// A new record is read from its start.
    pub(super) fn reset(self) {
        self.active_speech.set(1);
        self.find_index.set(0);
    }

    /// The speech in view (1-based).
    pub fn active_speech(self) -> ReadOnly<usize> {
        ReadOnly(self.active_speech)
    }

    /// Scroll-spy: `speech` (1-based) is the one in view now.
    pub fn in_view(self, speech: usize) {
        if self.active_speech.get_untracked() != speech {
            self.active_speech.set(speech);
        }
    }

    /// Go to the next (`forward`) or the previous speech (the j and k keys).
    pub fn step(self, forward: bool) {
        let Some(count) = self
            .doc
            .with_untracked(|d| d.as_ref().map(|d| d.record.speeches.len()))
        else {
            return;
        };
        let current = self.active_speech.get_untracked();
        let next = if forward {
            (current + 1).min(count)
        } else {
            current.saturating_sub(1).max(1)
        };
        self.active_speech.set(next);
        self.go_to(next, None);
    }

    /// The reader's rendering batches for the record it has just laid out.
    pub fn set_batches(self, shown: Vec<RwSignal<bool>>, segments: Segments) {
        self.batches.set_value((shown, segments));
    }

    /// How many of the record's rendering batches are rendered so far: the
    /// speeches in the DOM change only when this does (or the record is
    /// rendered anew).
    pub fn rendered_batches(self) -> usize {
        self.batches.with_value(|(shown, _)| {
            shown
                .iter()
                .filter(|s| s.try_get_untracked() == Some(true))
                .count()
        })
    }

    /// Make sure a speech (1-based), or one of its paragraphs, is rendered; it
    /// appears on the next frame.
    /// Returns whether anything had to be rendered.
    fn reveal(self, speech: usize, paragraph: Option<usize>) -> bool {
        self.batches.with_value(|(shown, segments)| {
            let Some(segs) = speech.checked_sub(1).and_then(|s| segments.get(s)) else {
                return false;
            };
            let p = paragraph.unwrap_or(1).saturating_sub(1);
            let batch = segs
                .iter()
                .rev()
                .find(|(first, _)| *first <= p)
                .or(segs.first())
                .map(|(_, b)| *b);
            match batch.and_then(|b| shown.get(b)) {
                Some(sig) if sig.try_get_untracked() == Some(false) => {
                    sig.set(true);
                    true
                }
                _ => false,
            }
        })
    }

    /// Go to speech `speech`, or its paragraph `paragraph` (both 1-based).
    pub fn go_to(self, speech: usize, paragraph: Option<usize>) {
        // A batch just switched on renders on the next frame: land after it.
        let rendering = self.reveal(speech, paragraph);
        let id = verbatim_core::share::passage_id(speech, paragraph);
        if rendering || !browser::land_on(&id) {
            browser::after_render(move || {
                browser::land_on(&id);
            });
        }
    }

    /// Scroll to the passage an anchor names, with a note if it moved.
    pub fn land(self, a: Anchor) {
        let Some(doc) = self.doc.get_untracked() else {
            return;
        };
        let Some(landing) = anchor::resolve(&doc.record, &a) else {
            return;
        };
        let (s, p) = landing.target();
        match landing {
            anchor::Landing::Moved { .. } => self
                .messages
                .notify("The linked passage moved; it was found by its text."),
            anchor::Landing::Nearest { .. } if !a.quote.is_empty() => self.messages.notify(
                "The linked passage was not found in this record; showing the nearest passage.",
            ),
            _ => {}
        }
        // A record just opened lays out its rendering batches on the next
        // tick: reveal the passage's batch after that, and land once it has
        // rendered.
        let id = verbatim_core::share::passage_id(s, p);
        browser::after_render(move || {
            let _ = self.reveal(s, p);
            browser::after_render(move || {
                browser::land_on(&id);
            });
        });
    }

    /// What the find box holds.
    pub fn find_query(self) -> ReadOnly<String> {
        ReadOnly(self.find_query)
    }

    /// Which hit was gone to last (`usize::MAX` for none since the query changed).
    pub fn find_index(self) -> ReadOnly<usize> {
        ReadOnly(self.find_index)
    }

    /// The passages holding the find query, in reading order.
    pub fn find_hits(self) -> Memo<Hits> {
        self.find_hits
    }

    /// Look for `query` in the record; no hit is gone to yet.
    pub fn find(self, query: String) {
        self.find_query.set(query);
        self.find_index.set(usize::MAX);
    }

    /// Go to the next (`delta` 1) or previous (-1) hit, round the record.
    pub fn find_next(self, delta: isize) {
        let h = self.find_hits.get_untracked();
        if h.is_empty() {
            return;
        }
        let len = h.len() as isize;
        let next = (self.find_index.get_untracked() as isize + delta).rem_euclid(len) as usize;
        self.find_index.set(next);
        let (s, p, _) = h[next];
        self.go_to(s, Some(p));
    }

    /// What the outline's filter holds.
    pub fn outline_filter(self) -> ReadOnly<String> {
        ReadOnly(self.outline_filter)
    }

    pub fn filter_outline(self, filter: String) {
        self.outline_filter.set(filter);
    }
}
