//! The app's state: the open record, where it came from, themes, and the
//! actions that change them. Parsing, matching and link encoding happen in
//! `verbatim_core`; this module only decides what to keep and where.

use crate::browser;
use crate::worker::{self, Reply};
use leptos::prelude::*;
use leptos::task::spawn_local;
use std::collections::{HashMap, HashSet};
use std::sync::Arc;
use verbatim_core::anchor::{self, Anchor};
use verbatim_core::resolutions::Resolutions;
use verbatim_core::share::{self, Permalink};
use verbatim_core::themes::{parse_themes_tsv, Theme, ThemeSet, BUILTIN_THEMES_TSV};
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
const KEY_THEMES: &str = "verbatim.themes.custom";

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

/// Texts at least this long are parsed in a Web Worker (see `crate::worker`);
/// shorter ones parse on the page in a few milliseconds, sooner than a worker
/// could even start.
const WORKER_THRESHOLD: usize = 1_000_000;

/// Texts longer than this are not kept in browser storage (its quota is about
/// 5 MB per site, counted in UTF-16).
const MAX_STORED_TEXT: usize = 4_000_000;

/// Theme counts computed beside the parse, valid for one set of custom themes.
#[derive(Clone)]
pub struct PrecomputedCounts {
    pub custom_themes_json: String,
    pub counts: Arc<Vec<Vec<usize>>>,
}

/// Per speech, where its segments start in the reader: (first paragraph, batch).
pub type Segments = Vec<Vec<(usize, usize)>>;

/// Symbol ranges `(start, end, symbol)` per `(speech, paragraph)`, 0-based.
pub type SymbolsAt = HashMap<(usize, usize), Vec<(usize, usize, String)>>;

/// An open record: its text, its parse, its source.
#[derive(Clone)]
pub struct Doc {
    pub text: Arc<str>,
    pub record: Arc<Record>,
    pub source: Source,
    /// Symbol ranges per (speech, paragraph), 0-based, for rendering links.
    pub symbols_at: Arc<SymbolsAt>,
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
        for s in &record.symbols {
            if let verbatim_core::Location::Paragraph { speech, paragraph } = s.location {
                symbols_at.entry((speech, paragraph)).or_default().push((
                    s.start,
                    s.end,
                    s.symbol.clone(),
                ));
            }
        }
        Doc {
            text: text.into(),
            record: Arc::new(record),
            source,
            symbols_at: Arc::new(symbols_at),
            precomputed,
        }
    }
}

/// The tooltip being shown: a symbol and where to put it.
#[derive(Debug, Clone, PartialEq)]
pub struct TooltipAt {
    pub symbol: String,
    pub left: f64,
    pub top: f64,
}

/// All reactive state; `Copy`, so views take it by value.
#[derive(Clone, Copy)]
pub struct AppState {
    pub doc: RwSignal<Option<Doc>>,
    pub error: RwSignal<Option<String>>,
    pub notice: RwSignal<Option<String>>,
    pub loading: RwSignal<Option<String>>,
    pub custom_themes: RwSignal<Vec<Theme>>,
    pub themes: Memo<Arc<ThemeSet>>,
    /// Theme matches per speech and theme, computed once per record and theme set.
    pub theme_counts: Memo<Arc<Vec<Vec<usize>>>>,
    pub disabled_themes: RwSignal<HashSet<String>>,
    pub active_speech: RwSignal<usize>,
    pub outline_filter: RwSignal<String>,
    pub find_query: RwSignal<String>,
    pub find_index: RwSignal<usize>,
    pub tooltip: RwSignal<Option<TooltipAt>>,
    pub resolutions: RwSignal<Option<Arc<Resolutions>>>,
    pub resolutions_requested: RwSignal<bool>,
    pub show_paste: RwSignal<bool>,
    /// The reader's rendering batches (one switch each) and, per speech, its
    /// segments as (first paragraph, batch); set by the reader for each record.
    batches: StoredValue<(Vec<RwSignal<bool>>, Segments)>,
    /// How many records have been asked to open: a sample still being
    /// fetched is dropped if the reader opened something in the meantime.
    opens: StoredValue<u64>,
}

impl AppState {
    pub fn new() -> AppState {
        let custom: Vec<Theme> = browser::storage_get(KEY_THEMES)
            .and_then(|json| verbatim_core::themes::themes_from_json(&json))
            .unwrap_or_default();
        let custom_themes = RwSignal::new(custom);
        let themes = Memo::new(move |_| {
            let mut all = parse_themes_tsv(BUILTIN_THEMES_TSV);
            all.extend(custom_themes.get());
            Arc::new(ThemeSet::new(all))
        });
        let doc: RwSignal<Option<Doc>> = RwSignal::new(None);
        let theme_counts = Memo::new(move |_| {
            let themes = themes.get();
            let custom = verbatim_core::themes::themes_to_json(&custom_themes.get());
            doc.with(|d| {
                let d = d.as_ref()?;
                match &d.precomputed {
                    Some(p) if p.custom_themes_json == custom => Some(p.counts.clone()),
                    _ => Some(Arc::new(verbatim_core::citations::theme_counts(
                        &d.record, &themes,
                    ))),
                }
            })
            .unwrap_or_default()
        });
        AppState {
            doc,
            theme_counts,
            error: RwSignal::new(None),
            notice: RwSignal::new(None),
            loading: RwSignal::new(None),
            custom_themes,
            themes,
            disabled_themes: RwSignal::new(HashSet::new()),
            active_speech: RwSignal::new(1),
            outline_filter: RwSignal::new(String::new()),
            find_query: RwSignal::new(String::new()),
            find_index: RwSignal::new(0),
            tooltip: RwSignal::new(None),
            resolutions: RwSignal::new(None),
            resolutions_requested: RwSignal::new(false),
            show_paste: RwSignal::new(false),
            batches: StoredValue::new((Vec::new(), Vec::new())),
            opens: StoredValue::new(0),
        }
    }

    /// Open text; keep the current record and show why when it has no speeches.
    pub fn open_text(self, text: String, source: Source) {
        self.open_text_then(text, source, |_| {});
    }

    /// Open text, then call `done` with whether it opened. Long texts are
    /// parsed in a worker, so `done` may run later.
    pub fn open_text_then(self, text: String, source: Source, done: impl FnOnce(bool) + 'static) {
        // A newer record wins: a parse still running in the worker is dropped.
        worker::stop();
        self.opens.update_value(|n| *n += 1);
        self.loading.set(None);
        if text.len() < WORKER_THRESHOLD {
            let record = verbatim_core::parse(&text);
            done(self.show(text, record, source, None));
            return;
        }
        // Show the beginning at once (a parse of a few hundred KB takes a few
        // milliseconds) while the worker parses the whole text.
        let prefix = verbatim_core::transfer::preview_prefix(&text, PREVIEW_BYTES);
        let preview = verbatim_core::parse(prefix);
        let previewing = !preview.speeches.is_empty();
        if previewing {
            // Neither stored nor checked: the whole record will be.
            self.set_doc(Doc::new(prefix.to_owned(), preview, source.clone(), None));
        }
        self.loading.set(Some(format!(
            "{} {} MB of text…",
            if previewing {
                "Showing the beginning while parsing all"
            } else {
                "Parsing"
            },
            megabytes_to_tenths(text.len())
        )));
        let custom = verbatim_core::themes::themes_to_json(&self.custom_themes.get_untracked());
        let custom_for_worker = custom.clone();
        let mut assembler = verbatim_core::transfer::Assembler::new();
        let text = std::rc::Rc::new(text);
        let mut pending = Some((text.clone(), source, done));
        let on_reply = move |reply| {
            let outcome = match reply {
                Reply::Piece(piece) => match assembler.push(&piece) {
                    Ok(None) => return,
                    Ok(Some((record, extra))) => Ok((record, extra)),
                    Err(e) => Err(e),
                },
                Reply::Failed(e) => Err(e),
            };
            let Some((text, source, done)) = pending.take() else {
                return;
            };
            worker::stop_later();
            self.loading.set(None);
            let text = std::rc::Rc::try_unwrap(text).unwrap_or_else(|rc| (*rc).clone());
            let opened = match outcome {
                Ok((record, counts)) => {
                    let precomputed = Some(PrecomputedCounts {
                        custom_themes_json: custom.clone(),
                        counts: Arc::new(counts),
                    });
                    self.show(text, record, source, precomputed)
                }
                Err(e) => {
                    let record = verbatim_core::parse(&text);
                    let opened = self.show(text, record, source, None);
                    self.notice.set(Some(format!(
                        "The background parser failed ({e}); the record was parsed on the page instead."
                    )));
                    opened
                }
            };
            done(opened);
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
            self.error.set(Some(
                "No speeches were found in this text: it has no speaker labels such as “Mr. Kazykhanov (Kazakhstan):” or “The President:”. The record that was open stays open."
                    .into(),
            ));
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
            self.notice.set(Some(format!(
                "This record ({} MB) is too large for browser storage: it stays open but will not survive a reload.",
                (text.len() + 500_000) / 1_000_000
            )));
        } else if keep {
            // After the first paint, or before the page is left if that comes first.
            browser::write_soon(move || {
                if let Err(e) = browser::storage_set(KEY_TEXT, &text) {
                    self.notice.set(Some(e));
                } else {
                    let _ = browser::storage_set(KEY_SOURCE, &source.to_storage());
                }
            });
        }
        true
    }

    /// Make `doc` the open record, reading from its start.
    fn set_doc(self, doc: Doc) {
        self.error.set(None);
        self.active_speech.set(1);
        self.find_index.set(0);
        self.doc.set(Some(doc));
    }

    /// Open bytes from a file, a fetch or a drop: decode, then parse.
    pub fn open_bytes(self, bytes: &[u8], source: Source, done: impl FnOnce(bool) + 'static) {
        match verbatim_core::decode(bytes) {
            Ok((text, _)) => self.open_text_then(text, source, done),
            Err(e) => {
                self.error
                    .set(Some(format!("{e} The record that was open stays open.")));
                done(false)
            }
        }
    }

    /// Open the sample record (the toolbar's button).
    pub fn open_sample(self) {
        self.fetch_sample(false, None);
    }

    /// Fetch and open the sample, then land on `landing` if given. As a
    /// fallback (`keep_error`), an error reported while it was being fetched
    /// stays on screen.
    fn fetch_sample(self, keep_error: bool, landing: Option<Anchor>) {
        self.loading.set(Some("Opening the sample record…".into()));
        let opens = self.opens.get_value();
        spawn_local(async move {
            let result = browser::fetch_bytes(SAMPLE_URL).await;
            if self.opens.get_value() != opens {
                return;
            }
            self.loading.set(None);
            let error = self.error.get_untracked();
            match result {
                Ok(bytes) => self.open_bytes(&bytes, Source::Sample, move |opened| {
                    if let (true, Some(a)) = (opened, landing) {
                        self.land(a);
                    }
                }),
                Err(e) => self.error.set(Some(format!(
                    "The sample record could not be loaded ({e}). Open a file or paste a record instead."
                ))),
            }
            if keep_error && error.is_some() {
                self.error.set(error);
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
                    self.restore_or_sample();
                    self.error
                        .set(Some(format!("{e} Showing the last record instead.")));
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

    fn restore_or_sample(self) {
        self.restore_or_sample_then(None);
    }

    /// The last record (from storage) or else the sample; then land on `landing`.
    fn restore_or_sample_then(self, landing: Option<Anchor>) {
        match browser::storage_get(KEY_TEXT) {
            Some(text) => {
                let source = browser::storage_get(KEY_SOURCE)
                    .map(|s| Source::from_storage(&s))
                    .unwrap_or(Source::Pasted);
                self.open_text_then(text, source, move |opened| {
                    if !opened {
                        self.fetch_sample(true, landing);
                    } else if let Some(a) = landing {
                        self.land(a);
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
                            self.land(a);
                        }
                    } else {
                        let message = self.error.get_untracked();
                        self.restore_or_sample();
                        self.error.set(message);
                    }
                });
            }
            (None, Some(src)) => self.open_url(src, link.anchor),
            (None, None) => {
                self.restore_or_sample();
                self.error.set(Some(
                    "This link names a passage but carries no record.".into(),
                ));
            }
        }
    }

    /// Fetch a record from a URL (only http and https), then land on `anchor`.
    pub fn open_url(self, url: String, anchor: Option<Anchor>) {
        let lower = url.to_ascii_lowercase();
        if !(lower.starts_with("https://") || lower.starts_with("http://")) {
            self.restore_or_sample();
            self.error.set(Some(format!(
                "Only http and https addresses can be opened (got “{}”).",
                url.chars().take(80).collect::<String>()
            )));
            return;
        }
        self.loading.set(Some(format!("Fetching {url}…")));
        spawn_local(async move {
            let result = browser::fetch_bytes(&url).await;
            self.loading.set(None);
            match result {
                Ok(bytes) => {
                    self.open_bytes(&bytes, Source::Url(url), move |opened| {
                        if opened {
                            if let Some(a) = anchor {
                                self.land(a);
                            }
                        } else if self.doc.get_untracked().is_none() {
                            let message = self.error.get_untracked();
                            self.restore_or_sample();
                            self.error.set(message);
                        }
                    });
                }
                Err(e) => {
                    if self.doc.get_untracked().is_none() {
                        self.restore_or_sample();
                    }
                    self.error.set(Some(e));
                }
            }
        });
    }

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
    pub fn reveal(self, speech: usize, paragraph: Option<usize>) -> bool {
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
            anchor::Landing::Moved { .. } => self.notice.set(Some(
                "The linked passage moved; it was found by its text.".into(),
            )),
            anchor::Landing::Nearest { .. } if !a.quote.is_empty() => self.notice.set(Some(
                "The linked passage was not found in this record; showing the nearest passage."
                    .into(),
            )),
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

    /// The permalink URL for a passage of the open record.
    pub fn permalink(self, speech: usize, paragraph: Option<usize>) -> Option<String> {
        let doc = self.doc.get_untracked()?;
        let anchor = anchor::anchor_for(&doc.record, speech, paragraph);
        let (text, src, query) = match &doc.source {
            Source::Url(url) => (
                None,
                Some(url.clone()),
                format!("?src={}", js_sys::encode_uri_component(url)),
            ),
            _ => (Some(doc.text.to_string()), None, String::new()),
        };
        let fragment = share::encode_fragment(&Permalink { anchor, text, src });
        Some(format!("{}{}#{}", browser::page_base(), query, fragment))
    }

    pub fn add_custom_theme(self, name: &str, terms: &str) -> Result<(), String> {
        let name = name.trim();
        let terms = verbatim_core::themes::split_terms(terms);
        if name.is_empty() {
            return Err("Give the theme a name.".into());
        }
        if terms.is_empty() {
            return Err("Give at least one term of three letters or more (separate terms with ; or new lines).".into());
        }
        let id = format!("custom-{}", verbatim_core::themes::slug(name));
        self.custom_themes.update(|list| {
            list.retain(|t| t.id != id);
            list.push(Theme {
                id,
                name: name.chars().take(60).collect(),
                terms,
            });
        });
        self.save_custom_themes();
        Ok(())
    }

    pub fn remove_custom_theme(self, id: &str) {
        self.custom_themes
            .update(|list| list.retain(|t| t.id != id));
        self.save_custom_themes();
    }

    fn save_custom_themes(self) {
        let json = verbatim_core::themes::themes_to_json(&self.custom_themes.get_untracked());
        if let Err(e) = browser::storage_set(KEY_THEMES, &json) {
            self.notice.set(Some(e));
        }
    }

    /// Load the resolutions table the first time a tooltip needs it.
    pub fn want_resolutions(self) {
        if self.resolutions_requested.get_untracked() {
            return;
        }
        self.resolutions_requested.set(true);
        spawn_local(async move {
            if let Ok(bytes) = browser::fetch_bytes("data/un_sc_resolutions.tsv").await {
                let text = String::from_utf8_lossy(&bytes);
                let table = verbatim_core::resolutions::parse_resolutions_tsv(&text);
                self.resolutions.set(Some(Arc::new(table)));
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
