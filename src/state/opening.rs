//! Opening a record: from text, bytes, a file, a URL, a permalink or the
//! sample; long texts are handed to the parse worker. The open record
//! ([`Doc`]) is set only here, with the resets a new record needs.

use super::messages::Messages;
use super::navigation::Navigation;
use super::themes::Themes;
use super::ReadOnly;
use crate::browser;
use crate::parser;
use crate::worker::{self, Reply};
use leptos::prelude::*;
use leptos::task::spawn_local;
use std::collections::{HashMap, HashSet};
use std::sync::Arc;
use verbatim_core::anchor::Anchor;
use verbatim_core::share::{self, Permalink};
use verbatim_core::Record;

/// The sample record shipped beside the app (S/PV.8700, from the shared
/// corpus), fetched when wanted rather than built into the WebAssembly: most
/// visits open a shared link or the reader's own record.
const SAMPLE_URL: &str = "data/S_PV_8700.txt";

/// How much of a large text is parsed on the page and shown while the worker
/// parses all of it.
const PREVIEW_BYTES: usize = 256 * 1024;

const KEY_TEXT: &str = "verbatim.record.text";
const KEY_SOURCE: &str = "verbatim.record.source";

/// Texts at least this long are parsed in a Web Worker (see `crate::worker`);
/// shorter ones parse on the page in a few milliseconds, sooner than a worker
/// could even start.
const WORKER_THRESHOLD: usize = 1_000_000;

/// Texts longer than this are not kept in browser storage (its quota is about
/// 5 MB per site, counted in UTF-16).
const MAX_STORED_TEXT: usize = 4_000_000;

/// Files from this size on are read with a progress banner.
const LARGE_FILE_BYTES: usize = 1_000_000;

/// Where the open record came from.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Source {
    Sample,
    Pasted,
    File(String),
    /// Fetched from `?src=URL`.
    Url(String),
    /// Unpacked from a permalink.
    Link,
}

impl Source {
    pub fn describe(&self) -> String {
        match self {
            Source::Sample => "built-in sample".into(),
            Source::Pasted => "pasted text".into(),
            Source::File(name) => format!("file {name}"),
            Source::Url(url) => format!("from {url}"),
            Source::Link => "from a shared link".into(),
        }
    }

    fn to_storage(&self) -> String {
        match self {
            Source::Sample => "sample".into(),
            Source::Pasted => "pasted".into(),
            Source::File(name) => format!("file:{name}"),
            Source::Url(url) => format!("url:{url}"),
            Source::Link => "link".into(),
        }
    }

    fn from_storage(s: &str) -> Source {
        if let Some(n) = s.strip_prefix("file:") {
            Source::File(n.into())
        } else if let Some(u) = s.strip_prefix("url:") {
            Source::Url(u.into())
        } else {
            match s {
                "sample" => Source::Sample,
                "link" => Source::Link,
                _ => Source::Pasted,
            }
        }
    }
}

/// Theme counts computed beside the parse, valid for one set of custom themes.
#[derive(Clone)]
pub struct PrecomputedCounts {
    pub custom_themes_json: String,
    pub counts: Arc<Vec<Vec<usize>>>,
}

/// Symbol ranges `(start, end, symbol)` in one piece of text.
pub type SymbolRanges = Vec<(usize, usize, String)>;

/// Symbol ranges per `(speech, paragraph)`, 0-based.
pub type SymbolsAt = HashMap<(usize, usize), SymbolRanges>;

/// An open record: its text, its parse, its source.
#[derive(Clone)]
pub struct Doc {
    pub text: Arc<str>,
    pub record: Arc<Record>,
    pub source: Source,
    /// Symbol ranges per (speech, paragraph), 0-based, for rendering links.
    pub symbols_at: Arc<SymbolsAt>,
    /// Symbol ranges per body block (a stage direction's, a heading's).
    pub block_symbols: Arc<HashMap<usize, SymbolRanges>>,
    /// Paragraphs (speech, paragraph), 0-based, before which the page marks
    /// an order the parser could not settle.
    pub uncertain_before: Arc<HashSet<(usize, usize)>>,
    /// Every paragraph (speech, paragraph), 0-based, of such a page: each is
    /// marked, since a moved paragraph may sit far below the note.
    pub uncertain_within: Arc<HashSet<(usize, usize)>>,
    /// Theme counts from the worker, if the record was parsed there.
    pub precomputed: Option<PrecomputedCounts>,
}

impl Doc {
    fn new(
        text: String,
        record: Record,
        source: Source,
        precomputed: Option<PrecomputedCounts>,
    ) -> Doc {
        let mut symbols_at = SymbolsAt::new();
        let mut block_symbols: HashMap<usize, SymbolRanges> = HashMap::new();
        for s in &record.symbols {
            let range = (s.start, s.end, s.symbol.clone());
            match s.location {
                verbatim_core::Location::Paragraph { speech, paragraph } => symbols_at
                    .entry((speech, paragraph))
                    .or_default()
                    .push(range),
                verbatim_core::Location::Block { block } => {
                    block_symbols.entry(block).or_default().push(range)
                }
                verbatim_core::Location::Agenda { .. } => {}
            }
        }
        let uncertain_before = verbatim_core::uncertain::marks(&record)
            .into_iter()
            .map(|(speech, paragraph, _)| (speech, paragraph))
            .collect();
        let uncertain_within = verbatim_core::uncertain::paragraphs_within(&record)
            .into_iter()
            .collect();
        Doc {
            text: text.into(),
            record: Arc::new(record),
            source,
            symbols_at: Arc::new(symbols_at),
            block_symbols: Arc::new(block_symbols),
            uncertain_before: Arc::new(uncertain_before),
            uncertain_within: Arc::new(uncertain_within),
            precomputed,
        }
    }
}

/// The open record and the ways to open one.
#[derive(Clone, Copy)]
pub struct Opening {
    doc: RwSignal<Option<Doc>>,
    /// How many records have been asked to open: a sample still being
    /// fetched is dropped if the reader opened something in the meantime.
    opens: StoredValue<u64>,
    messages: Messages,
    navigation: Navigation,
    themes: Themes,
}

impl Opening {
    /// `doc` is written only here; the other parts get it read-only.
    #[inline(never)]
    pub(super) fn new(
        doc: RwSignal<Option<Doc>>,
        messages: Messages,
        navigation: Navigation,
        themes: Themes,
    ) -> Opening {
        Opening {
            doc,
            opens: StoredValue::new(0),
            messages,
            navigation,
            themes,
        }
    }

    /// The open record, if any.
    pub fn doc(self) -> ReadOnly<Option<Doc>> {
        ReadOnly(self.doc)
    }

    /// Open text; keep the current record and show why when it has no speeches.
    pub fn open_text(self, text: String, source: Source) {
        self.open_text_then(text, source, |_| {});
    }

    /// Open text, then call `done` with whether it opened. The parser is a
    /// module loaded on demand, and long texts are parsed in a worker, so
    /// `done` runs later. A record opened meanwhile wins: an older parse's
    /// result is dropped and its `done` never runs.
    pub fn open_text_then(self, text: String, source: Source, done: impl FnOnce(bool) + 'static) {
        // A newer record wins: a parse still running in the worker is dropped.
        worker::stop();
        self.opens.update_value(|n| *n += 1);
        let ticket = self.opens.get_value();
        let current = move || self.opens.get_value() == ticket;
        self.messages.set_loading(None);
        let custom = self.themes.custom_json_untracked();
        if text.len() < WORKER_THRESHOLD {
            spawn_local(async move {
                let parsed = parser::parse_here(&text, &custom).await;
                if !current() {
                    return;
                }
                match parsed {
                    Ok((record, counts)) => {
                        let precomputed = Some(PrecomputedCounts {
                            custom_themes_json: custom,
                            counts: Arc::new(counts),
                        });
                        done(self.show(text, record, source, precomputed));
                    }
                    Err(e) => {
                        self.messages.fail(format!(
                            "This record could not be parsed: {e}. The record that was open stays open."
                        ));
                        done(false);
                    }
                }
            });
            return;
        }
        self.messages.set_loading(Some(format!(
            "Parsing {} MB of text…",
            megabytes_to_tenths(text.len())
        )));
        let custom_for_worker = custom.clone();
        let text = std::rc::Rc::new(text);
        // Show the beginning soon (a parse of a few hundred KB takes a few
        // milliseconds) while the worker parses the whole text.
        let preview_text = text.clone();
        let preview_custom = custom.clone();
        let preview_source = source.clone();
        let finished = std::rc::Rc::new(std::cell::Cell::new(false));
        let preview_finished = finished.clone();
        spawn_local(async move {
            let prefix = verbatim_core::transfer::preview_prefix(&preview_text, PREVIEW_BYTES);
            let Ok((preview, _)) = parser::parse_here(prefix, &preview_custom).await else {
                return;
            };
            if !current() || preview_finished.get() || preview.speeches.is_empty() {
                return;
            }
            // Neither stored nor checked: the whole record will be.
            self.set_doc(Doc::new(prefix.to_owned(), preview, preview_source, None));
            self.messages.set_loading(Some(format!(
                "Showing the beginning while parsing all {} MB of text…",
                megabytes_to_tenths(preview_text.len())
            )));
        });
        let mut assembler = verbatim_core::transfer::Assembler::new();
        let mut pending = Some((text.clone(), source, done));
        let on_reply = move |reply| {
            let outcome = match reply {
                Reply::Piece(piece) => match assembler.push(&piece) {
                    Ok(None) => return,
                    Ok(Some((record, extra))) => Ok((record, extra)),
                    Err(e) => Err(e),
                },
                Reply::Failed(e) => Err(e),
                // Only a PDF's reading answers with text.
                Reply::Text(_) => return,
            };
            let Some((text, source, done)) = pending.take() else {
                return;
            };
            worker::stop_later();
            finished.set(true);
            let text = std::rc::Rc::try_unwrap(text).unwrap_or_else(|rc| (*rc).clone());
            let custom = custom.clone();
            match outcome {
                Ok((record, counts)) => {
                    self.messages.set_loading(None);
                    let precomputed = Some(PrecomputedCounts {
                        custom_themes_json: custom,
                        counts: Arc::new(counts),
                    });
                    done(self.show(text, record, source, precomputed));
                }
                Err(e) => spawn_local(async move {
                    let parsed = parser::parse_here(&text, &custom).await;
                    if !current() {
                        return;
                    }
                    self.messages.set_loading(None);
                    match parsed {
                        Ok((record, counts)) => {
                            let precomputed = Some(PrecomputedCounts {
                                custom_themes_json: custom,
                                counts: Arc::new(counts),
                            });
                            let opened = self.show(text, record, source, precomputed);
                            self.messages.notify(format!(
                                "The background parser failed ({e}); the record was parsed on the page instead."
                            ));
                            done(opened);
                        }
                        Err(here) => {
                            self.messages.fail(format!(
                                "This record could not be parsed: the background parser failed ({e}) and so did the page's ({here}). The record that was open stays open."
                            ));
                            done(false);
                        }
                    }
                }),
            }
        };
        // Handing the text to the worker copies it; do that in a task of its own.
        spawn_local(async move {
            browser::next_task().await;
            worker::parse_in_worker(&text, &custom_for_worker, on_reply);
        });
    }

    /// Show a parsed record; keep the current one and say why if it has no speeches.
    fn show(
        self,
        text: String,
        record: Record,
        source: Source,
        precomputed: Option<PrecomputedCounts>,
    ) -> bool {
        if record.speeches.is_empty() {
            self.messages.fail(
                "No speeches were found in this text: it has no speaker labels such as “Mr. Kazykhanov (Kazakhstan):” or “The President:”. The record that was open stays open.",
            );
            return false;
        }
        let keep = !matches!(source, Source::Sample | Source::Link);
        if source == Source::Sample || (keep && text.len() > MAX_STORED_TEXT) {
            // Through the same queue, so a write still pending cannot undo it.
            browser::write_soon(|| {
                browser::storage_remove(KEY_TEXT);
                browser::storage_remove(KEY_SOURCE);
            });
        }
        let d = Doc::new(text, record, source.clone(), precomputed);
        let text = d.text.clone();
        self.set_doc(d);
        if keep && text.len() > MAX_STORED_TEXT {
            // Browsers keep about 5 MB per site; trying costs a copy of the text.
            self.messages.notify(format!(
                "This record ({} MB) is too large for browser storage: it stays open but will not survive a reload.",
                (text.len() + 500_000) / 1_000_000
            ));
        } else if keep {
            let messages = self.messages;
            // After the first paint, or before the page is left if that comes first.
            browser::write_soon(move || {
                if let Err(e) = browser::storage_set(KEY_TEXT, &text) {
                    messages.notify(e);
                } else {
                    let _ = browser::storage_set(KEY_SOURCE, &source.to_storage());
                }
            });
        }
        true
    }

    /// Make `doc` the open record, reading from its start: the only place
    /// the record changes, so every new record gets the same resets.
    fn set_doc(self, doc: Doc) {
        self.messages.dismiss_error();
        self.navigation.reset();
        self.doc.set(Some(doc));
    }

    /// Open bytes from a file, a fetch or a drop: decode, then parse; a PDF
    /// goes to the worker's PDF reader.
    fn open_bytes(self, bytes: &[u8], source: Source, done: impl FnOnce(bool) + 'static) {
        match verbatim_core::decode(bytes) {
            Ok((text, _)) => self.open_text_then(text, source, done),
            Err(verbatim_core::DecodeError::Pdf) => self.open_pdf(bytes, source, done),
            Err(e) => {
                self.messages
                    .fail(format!("{e} The record that was open stays open."));
                done(false)
            }
        }
    }

    /// Open a PDF: the worker reads it (loading the PDF reader the first
    /// time) and answers with the text its layout made and the record. The
    /// text is what is kept and linked: parsed again, it gives the same
    /// record. A PDF that gives none (encrypted, a scan, damaged) leaves the
    /// open record as it was and says why.
    fn open_pdf(self, bytes: &[u8], source: Source, done: impl FnOnce(bool) + 'static) {
        worker::stop();
        self.opens.update_value(|n| *n += 1);
        self.messages.set_loading(Some(format!(
            "Reading the PDF ({} MB)…",
            megabytes_to_tenths(bytes.len())
        )));
        let custom = self.themes.custom_json_untracked();
        let custom_for_worker = custom.clone();
        let mut assembler = verbatim_core::transfer::Assembler::new();
        let mut text: Option<String> = None;
        let mut pending = Some((source, done));
        let on_reply = move |reply| {
            let outcome = match reply {
                Reply::Text(t) => {
                    text = Some(t);
                    return;
                }
                Reply::Piece(piece) => match assembler.push(&piece) {
                    Ok(None) => return,
                    Ok(Some(parsed)) => Ok(parsed),
                    Err(e) => Err(e),
                },
                Reply::Failed(e) => Err(e),
            };
            let Some((source, done)) = pending.take() else {
                return;
            };
            worker::stop_later();
            self.messages.set_loading(None);
            match (outcome, text.take()) {
                (Ok((record, counts)), Some(text)) => {
                    let precomputed = Some(PrecomputedCounts {
                        custom_themes_json: custom.clone(),
                        counts: Arc::new(counts),
                    });
                    done(self.show(text, record, source, precomputed));
                }
                (outcome, _) => {
                    let why = outcome.err().unwrap_or_else(|| "no text came back".into());
                    let message = if why.starts_with("This PDF") {
                        why
                    } else {
                        format!("The PDF could not be read ({why}).")
                    };
                    self.messages
                        .fail(format!("{message} The record that was open stays open."));
                    done(false);
                }
            }
        };
        let bytes = bytes.to_vec();
        spawn_local(async move {
            browser::next_task().await;
            worker::read_pdf_in_worker(&bytes, &custom_for_worker, on_reply);
        });
    }

    /// Open a file the reader picked or dropped.
    pub fn open_file(self, file: web_sys::File) {
        let name = file.name();
        // Refuse a file that is too large by its size, before reading any of it.
        let size = file.size() as usize;
        if size > verbatim_core::decode::MAX_INPUT_BYTES {
            let refusal = verbatim_core::DecodeError::TooLarge { bytes: size };
            self.messages
                .fail(format!("{refusal} The record that was open stays open."));
            return;
        }
        // A large file takes a while to read and to decode: say so, and let the
        // page paint between the two. A usual record (under 1 MB) is read in a
        // few milliseconds, and painting a banner would only delay it.
        let large = size >= LARGE_FILE_BYTES;
        if large {
            self.messages.set_loading(Some(format!("Reading {name}…")));
        }
        spawn_local(async move {
            let result = browser::read_file(&file).await;
            if large {
                self.messages.set_loading(None);
            }
            match result {
                Ok(bytes) => {
                    if large {
                        browser::next_task().await;
                    }
                    self.open_bytes(&bytes, Source::File(name), |_| {});
                }
                Err(e) => self.messages.fail(e),
            }
        });
    }

    /// Open the sample record (the toolbar's button).
    pub fn open_sample(self) {
        self.fetch_sample(false, None);
    }

    /// Fetch and open the sample, then land on `landing` if given. As a
    /// fallback (`keep_error`), an error reported while it was being fetched
    /// stays on screen.
    fn fetch_sample(self, keep_error: bool, landing: Option<Anchor>) {
        self.messages
            .set_loading(Some("Opening the sample record…".into()));
        let opens = self.opens.get_value();
        spawn_local(async move {
            let result = browser::fetch_bytes(SAMPLE_URL).await;
            if self.opens.get_value() != opens {
                return;
            }
            self.messages.set_loading(None);
            // Opening a record clears the error on show; one kept is put back after.
            let kept = self.messages.error_untracked().filter(|_| keep_error);
            match result {
                Ok(bytes) => self.open_bytes(&bytes, Source::Sample, move |opened| {
                    if kept.is_some() {
                        self.messages.restore_error(kept);
                    }
                    if let (true, Some(a)) = (opened, landing) {
                        self.navigation.land(a);
                    }
                }),
                Err(e) => self.messages.fail(format!(
                    "The sample record could not be loaded ({e}). Open a file or paste a record instead."
                )),
            }
        });
    }

    /// The record to show on start: a permalink, `?src=`, the last record, or the sample.
    pub fn start(self) {
        let hash = browser::location_hash();
        if hash.starts_with("#v1.") {
            match share::decode_fragment(&hash) {
                Ok(link) => {
                    self.open_permalink(link);
                    return;
                }
                Err(e) => {
                    self.restore_or_sample_saying(Some(format!(
                        "{e} Showing the last record instead."
                    )));
                    return;
                }
            }
        }
        if let Some(src) = browser::query_param("src") {
            self.open_url(src, None);
            return;
        }
        // A plain passage id (`#s3-p2`) lands once the record is open, which
        // may be after a fetch or a parse in the worker.
        let landing = share::plain_passage_id(&hash).map(|(speech, paragraph)| Anchor {
            speech,
            paragraph,
            quote: String::new(),
        });
        self.restore_or_sample_then(landing);
    }

    /// The last record or the sample, showing `error` (why the record asked
    /// for could not open) on top of it once it is open.
    fn restore_or_sample_saying(self, error: Option<String>) {
        if error.is_some() {
            self.messages.restore_error(error);
        }
        self.restore_or_sample_then(None);
    }

    /// The last record (from storage) or else the sample; then land on
    /// `landing`. An error on show when this is called stays on show.
    fn restore_or_sample_then(self, landing: Option<Anchor>) {
        match browser::storage_get(KEY_TEXT) {
            Some(text) => {
                let source = browser::storage_get(KEY_SOURCE)
                    .map(|s| Source::from_storage(&s))
                    .unwrap_or(Source::Pasted);
                let kept = self.messages.error_untracked();
                self.open_text_then(text, source, move |opened| {
                    if !opened {
                        if kept.is_some() {
                            self.messages.restore_error(kept);
                        }
                        self.fetch_sample(true, landing);
                        return;
                    }
                    if kept.is_some() {
                        self.messages.restore_error(kept);
                    }
                    if let Some(a) = landing {
                        self.navigation.land(a);
                    }
                });
            }
            None => self.fetch_sample(true, landing),
        }
    }

    fn open_permalink(self, link: Permalink) {
        match (link.text, link.src) {
            (Some(text), _) => {
                let anchor = link.anchor;
                self.open_text_then(text, Source::Link, move |opened| {
                    if opened {
                        if let Some(a) = anchor {
                            self.navigation.land(a);
                        }
                    } else {
                        self.restore_or_sample_saying(self.messages.error_untracked());
                    }
                });
            }
            (None, Some(src)) => self.open_url(src, link.anchor),
            (None, None) => self.restore_or_sample_saying(Some(
                "This link names a passage but carries no record.".into(),
            )),
        }
    }

    /// Fetch a record from a URL (only http and https), then land on `anchor`.
    fn open_url(self, url: String, anchor: Option<Anchor>) {
        let lower = url.to_ascii_lowercase();
        if !(lower.starts_with("https://") || lower.starts_with("http://")) {
            self.restore_or_sample_saying(Some(format!(
                "Only http and https addresses can be opened (got “{}”).",
                url.chars().take(80).collect::<String>()
            )));
            return;
        }
        self.messages.set_loading(Some(format!("Fetching {url}…")));
        spawn_local(async move {
            let result = browser::fetch_bytes(&url).await;
            self.messages.set_loading(None);
            match result {
                Ok(bytes) => {
                    self.open_bytes(&bytes, Source::Url(url), move |opened| {
                        if opened {
                            if let Some(a) = anchor {
                                self.navigation.land(a);
                            }
                        } else if self.doc.with_untracked(Option::is_none) {
                            self.restore_or_sample_saying(self.messages.error_untracked());
                        }
                    });
                }
                Err(e) => {
                    if self.doc.with_untracked(Option::is_none) {
                        self.restore_or_sample_saying(Some(e));
                    } else {
                        self.messages.fail(e);
                    }
                }
            }
        });
    }
}

/// `12.3` for 12,345,678 bytes: megabytes to a tenth, in integers (float
/// formatting would link about 10 KB of code for two messages).
fn megabytes_to_tenths(bytes: usize) -> String {
    let tenths = (bytes + 50_000) / 100_000;
    format!("{}.{}", tenths / 10, tenths % 10)
}
