//! The record itself: headings, stage directions, votes and speeches, in order.
//! Paragraph text is rendered as text nodes from `verbatim_core::inline` runs;
//! nothing from the record is ever parsed as HTML.

use crate::browser;
use crate::state::{AppState, Doc, TooltipAt};
use leptos::either::Either;
use leptos::prelude::*;
use leptos::task::spawn_local;
use std::collections::HashSet;
use std::sync::Arc;
use verbatim_core::citations::top_themes;
use verbatim_core::heading_lines;
use verbatim_core::inline::{runs, Run};
use verbatim_core::symbols::document_url;
use verbatim_core::themes::ThemeSet;
use verbatim_core::{Block, Vote};
use wasm_bindgen::JsCast;

#[component]
pub fn Reader(state: AppState) -> impl IntoView {
    // Switching a theme off or on changes the class of its marks where they
    // stand; the record is not rendered anew. Batches rendered later read
    // the switches when they render (see `render_blocks`).
    Effect::new(move |previous: Option<HashSet<String>>| {
        let disabled = state.themes().disabled().get();
        for id in previous
            .iter()
            .flat_map(|p| p.symmetric_difference(&disabled))
        {
            switch_marks(id, !disabled.contains(id));
        }
        disabled
    });
    move || {
        let doc = state.doc().get()?;
        let themes = state.themes().set().get();
        Some(render_body(state, &doc, &themes))
    }
}

/// The class of a theme's marks: `theme` when the theme is on, `theme-off`
/// (shown as plain text) when it is off.
fn mark_class(on: bool) -> &'static str {
    if on {
        "theme"
    } else {
        "theme-off"
    }
}

/// Turn the marks of theme `id` in the record on or off.
fn switch_marks(id: &str, on: bool) {
    let Ok(Some(body)) = browser::document().query_selector(".record-body") else {
        return;
    };
    // Theme ids are slugs (`verbatim_core::themes::slug`), safe in a
    // selector; anything else is compared as text, never put in one.
    let slug = !id.is_empty() && id.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'-');
    let selector = if slug {
        format!("mark.{}[data-theme=\"{id}\"]", mark_class(!on))
    } else {
        format!("mark.{}[data-theme]", mark_class(!on))
    };
    let Ok(marks) = body.query_selector_all(&selector) else {
        return;
    };
    for i in 0..marks.length() {
        let Some(mark) = marks
            .item(i)
            .and_then(|n| n.dyn_into::<web_sys::Element>().ok())
        else {
            continue;
        };
        if slug || mark.get_attribute("data-theme").as_deref() == Some(id) {
            mark.set_class_name(mark_class(on));
        }
    }
}

/// About this much paragraph text goes into one rendering batch: a batch
/// renders in a few milliseconds, well inside one frame.
const BATCH_TEXT: usize = 24_000;
/// Batches rendered with the record itself (the first screen).
const FIRST_BATCHES: usize = 1;

/// The record is rendered in batches of blocks: the first with the page, the
/// rest in the background a few per task (see `progressive`), or at
/// once when navigation needs one (`Navigation::go_to`). A batch not yet
/// rendered is an empty box of about its height, so the scrollbar is right.
fn render_body(state: AppState, doc: &Doc, themes: &Arc<ThemeSet>) -> impl IntoView {
    let record = &doc.record;
    let mut started = vec![false; record.speeches.len()];
    let first_segment: Vec<bool> = record
        .body
        .iter()
        .map(|b| match b {
            Block::Speech { speech, .. } => !std::mem::replace(&mut started[*speech], true),
            _ => false,
        })
        .collect();
    let batches = plan_batches(doc);
    let shown: Vec<RwSignal<bool>> = (0..batches.len())
        .map(|i| RwSignal::new(i < FIRST_BATCHES))
        .collect();
    // Per speech, where each of its segments starts: (first paragraph, batch).
    let mut segments: Vec<Vec<(usize, usize)>> = vec![Vec::new(); record.speeches.len()];
    for (i, batch) in batches.iter().enumerate() {
        for b in batch.blocks.clone() {
            if let Block::Speech {
                speech,
                first_paragraph,
                ..
            } = &record.body[b]
            {
                segments[*speech].push((*first_paragraph, i));
            }
        }
    }
    state.navigation().set_batches(shown.clone(), segments);
    let first_segment = Arc::new(first_segment);
    let views: Vec<AnyView> = batches
        .into_iter()
        .zip(shown.iter().copied())
        .map(|(batch, shown)| {
            let doc = doc.clone();
            let themes = themes.clone();
            let first_segment = first_segment.clone();
            let height = format!("{}px", batch.estimated_height);
            view! {
                <div class="batch">
                    {move || if shown.get() {
                        Either::Left(render_blocks(state, &doc, &themes, batch.blocks.clone(), &first_segment))
                    } else {
                        Either::Right(view! { <div class="batch-pending" style:height=height.clone()></div> })
                    }}
                </div>
            }
            .into_any()
        })
        .collect();
    // Marks the record as fully rendered, for tests and the benchmark. A signal
    // of this render, not a DOM write: the element is reused by the next record.
    let complete = RwSignal::new(false);
    super::progressive::reveal_in_background(shown, move || {
        let _ = complete.try_set(true);
    });
    // The record's own words in its language, for screen readers and
    // hyphenation; the page around them stays English.
    let lang = record.meeting.language.as_deref().and_then(language_tag);
    view! { <div class="record-body" lang=lang data-rendered=move || complete.get().then_some("all")>{views}</div> }
}

/// The BCP 47 tag of a record language the model names.
fn language_tag(language: &str) -> Option<&'static str> {
    match language {
        "French" => Some("fr"),
        "Spanish" => Some("es"),
        _ => None,
    }
}

/// A run of blocks rendered together.
struct Batch {
    blocks: std::ops::Range<usize>,
    /// Pixels the batch will take, roughly, until it is rendered.
    estimated_height: u32,
}

fn plan_batches(doc: &Doc) -> Vec<Batch> {
    let record = &doc.record;
    let mut batches = Vec::new();
    let (mut start, mut size) = (0, 0);
    for (i, block) in record.body.iter().enumerate() {
        size += match block {
            Block::Speech {
                speech,
                first_paragraph,
                paragraph_count,
            } => record.speeches[*speech].paragraphs
                [*first_paragraph..first_paragraph + paragraph_count]
                .iter()
                .map(|p| p.len() + 100)
                .sum::<usize>(),
            _ => 300,
        };
        // The first batch is small: it is the first screen.
        let limit = if batches.is_empty() {
            BATCH_TEXT / 4
        } else {
            BATCH_TEXT
        };
        if size >= limit || i + 1 == record.body.len() {
            // About 90 characters a line, 27 px a line.
            let estimated_height = (size / 90 * 27).min(1_000_000) as u32;
            batches.push(Batch {
                blocks: start..i + 1,
                estimated_height,
            });
            start = i + 1;
            size = 0;
        }
    }
    batches
}

fn render_blocks(
    state: AppState,
    doc: &Doc,
    themes: &Arc<ThemeSet>,
    blocks: std::ops::Range<usize>,
    first_segment: &[bool],
) -> Vec<AnyView> {
    let record = &doc.record;
    let counts = state.themes().counts().get_untracked();
    // Not tracked: a batch is not rendered anew when a theme is switched
    // (see `Reader`), it takes the switches as they are now.
    let disabled = state.themes().disabled().get_untracked();
    blocks
        .map(|i| match &record.body[i] {
            // The item's title and the letter or report it concerns
            // ("… (S/2020/1)"), linked.
            Block::Heading { text, .. } => {
                let breaks = heading_lines::heading_breaks(text, &record.meeting.agenda);
                view! { <h2 class="agenda-heading">{linked_block_text(doc, i, text, &breaks)}</h2> }.into_any()
            }
            // "Draft resolution II was adopted (resolution 65/193).": the
            // resolution it became, linked.
            Block::Narrative { text, .. } => {
                view! { <p class="narrative">{linked_block_text(doc, i, text, &[])}</p> }.into_any()
            }
            Block::Language { text, .. } => view! { <p class="language-note">{text.clone()}</p> }.into_any(),
            Block::Unattributed { text, .. } => view! {
                <p class="unattributed" title="Text the parser could not attribute to a speaker">{linked_block_text(doc, i, text, &[])}</p>
            }
            .into_any(),
            Block::Vote(v) => {
                let warnings = record.warnings_for(v.span).map(str::to_owned).collect();
                render_vote(v, warnings).into_any()
            }
            Block::Speech { speech, first_paragraph, paragraph_count } => {
                let top: Vec<(String, String)> = counts
                    .get(*speech)
                    .map(|c| top_themes(c, 3))
                    .unwrap_or_default()
                    .into_iter()
                    .map(|t| (themes.themes[t].id.clone(), themes.themes[t].name.clone()))
                    .collect();
                render_speech(doc, themes, &disabled, *speech, *first_paragraph, *paragraph_count, first_segment[i], top)
                    .into_any()
            }
        })
        .collect()
}

/// The text of body block `block` (a heading, stage direction or text the
/// parser could not attribute) with the document symbols it cites as links,
/// and a line break at each of `breaks` (byte offsets where a printed line
/// of a heading starts: see `heading_lines`).
fn linked_block_text(doc: &Doc, block: usize, text: &str, breaks: &[usize]) -> Vec<AnyView> {
    let symbols: Vec<(usize, usize, &str)> = doc
        .block_symbols
        .get(&block)
        .map(|v| v.iter().map(|(a, b, s)| (*a, *b, s.as_str())).collect())
        .unwrap_or_default();
    let mut views = Vec::new();
    let mut at = 0;
    for run in runs(text, &symbols, &[]) {
        match run {
            Run::Symbol { symbol, text } => {
                if breaks.contains(&at) {
                    views.push(view! { <br/> }.into_any());
                }
                at += text.len();
                views.push(symbol_link(symbol.to_owned(), text.to_owned()).into_any());
            }
            Run::Text(t) | Run::Theme { text: t, .. } => {
                let end = at + t.len();
                let mut from = at;
                for &b in breaks.iter().filter(|&&b| b > at && b < end) {
                    views.push(text[from..b].to_owned().into_any());
                    views.push(view! { <br/> }.into_any());
                    from = b;
                }
                views.push(text[from..end].to_owned().into_any());
                at = end;
            }
        }
    }
    views
}

/// A vote's tally, with any warning the parser left about it (lists that do
/// not number what the result states) shown in the box, never hidden.
fn render_vote(v: &Vote, warnings: Vec<String>) -> impl IntoView {
    let side = |name: &'static str, list: &Vec<String>| {
        let n = list.len();
        let names = if list.is_empty() {
            "none".to_owned()
        } else {
            list.join(", ")
        };
        view! {
            <div class="vote-side">
                <dt>{name} " (" {n} ")"</dt>
                <dd>{names}</dd>
            </div>
        }
    };
    let outcome = match v.adopted {
        Some(true) => "adopted",
        Some(false) => "not adopted",
        None => "",
    };
    view! {
        <section class="vote" aria-label="Vote" data-outcome=outcome>
            {v.procedure.clone().map(|p| view! { <p class="narrative">{p}</p> })}
            <dl class="vote-tally">
                {side("In favour", &v.in_favour)}
                {side("Against", &v.against)}
                {side("Abstaining", &v.abstaining)}
            </dl>
            {v.result.clone().map(|r| view! { <p class="vote-result">"Result: " {r}</p> })}
            {warnings.into_iter().map(|w| view! { <p class="vote-warning" role="note">{w}</p> }).collect_view()}
        </section>
    }
}

#[allow(clippy::too_many_arguments)]
fn render_speech(
    doc: &Doc,
    themes: &Arc<ThemeSet>,
    disabled: &HashSet<String>,
    speech: usize,
    first_paragraph: usize,
    count: usize,
    first_segment: bool,
    top: Vec<(String, String)>,
) -> impl IntoView {
    let s = &doc.record.speeches[speech];
    let n = s.order;
    let header = first_segment.then(|| {
        let country = s.country.clone();
        // The delegation's English UN name where the record prints another
        // (`Fédération de Russie`), as the country's tooltip.
        let delegation = s.delegation.clone().filter(|d| Some(d) != s.country.as_ref());
        let role = s.role.clone();
        let language = s.language.clone();
        view! {
            <header class="speech-header">
                <h3 class="speaker">{s.speaker.clone()}</h3>
                {country.map(|c| view! { <span class="country" title=delegation>{c}</span> })}
                {role.map(|r| view! { <span class="role" lang="en">{r}</span> })}
                {language.map(|l| view! { <span class="language" lang="en">"spoke in " {l}</span> })}
                <ul class="speech-themes" aria-label="Main themes">
                    {top.into_iter().map(|(id, name)| view! { <li class="theme-chip" data-theme=id>{name}</li> }).collect_view()}
                </ul>
                {copy_button(n, None)}
            </header>
        }
    });
    let paragraphs = (first_paragraph..first_paragraph + count)
        .map(|p| {
            let text = s.paragraphs[p].clone();
            let symbols: Vec<(usize, usize, String)> = doc
                .symbols_at
                .get(&(speech, p))
                .cloned()
                .unwrap_or_default();
            let sym_refs: Vec<(usize, usize, &str)> = symbols
                .iter()
                .map(|(a, b, c)| (*a, *b, c.as_str()))
                .collect();
            let matches = themes.find(&text);
            let content: Vec<AnyView> = runs(&text, &sym_refs, &matches)
                .into_iter()
                .map(|run| match run {
                    Run::Text(t) => t.to_owned().into_any(),
                    Run::Symbol { symbol, text } => {
                        symbol_link(symbol.to_owned(), text.to_owned()).into_any()
                    }
                    Run::Theme { theme, text } => {
                        let id = themes.themes[theme].id.clone();
                        let class = mark_class(!disabled.contains(&id));
                        view! { <mark class=class data-theme=id>{text.to_owned()}</mark> }
                            .into_any()
                    }
                })
                .collect();
            let m = p + 1;
            // A page the parser could not put in order with confidence: a
            // dotted rule and a note before its first paragraph.
            let uncertain = doc.uncertain_before.contains(&(speech, p)).then(|| {
                view! {
                    <p class="order-uncertain" role="note" title=verbatim_core::uncertain::PAGE_NOTE>
                        "Order uncertain here: the two printed columns are interleaved in this text. Check this page against the PDF."
                    </p>
                }
            });
            // Each paragraph of that page carries the mark (a dotted margin
            // and the note as its title): a paragraph moved to another
            // speaker may be far below the note.
            let within = doc.uncertain_within.contains(&(speech, p));
            let class = if within { "para uncertain" } else { "para" };
            let title = within.then_some(verbatim_core::uncertain::PAGE_NOTE);
            view! {
                {uncertain}
                <p id=format!("s{n}-p{m}") class=class title=title>
                    {content}
                    {copy_button(n, Some(m))}
                </p>
            }
        })
        .collect_view();
    if first_segment {
        view! { <article id=format!("s{n}") class="speech" data-speech=n>{header}{paragraphs}</article> }.into_any()
    } else {
        view! { <article class="speech continued" data-speech=n>{paragraphs}</article> }.into_any()
    }
}

/// A cited document: a plain link whose tooltip is driven by the listeners in
/// [`install_reader_listeners`] (one set for the whole record, not per link).
fn symbol_link(symbol: String, text: String) -> impl IntoView {
    let href = document_url(&symbol);
    view! {
        <a
            class="doc-symbol"
            data-symbol=symbol
            href=href
            target="_blank"
            rel="noopener noreferrer"
            aria-describedby="symbol-tooltip"
        >
            {text}
        </a>
    }
}

/// A button that copies a permalink to the passage (handled in
/// [`install_reader_listeners`]).
fn copy_button(speech: usize, paragraph: Option<usize>) -> impl IntoView {
    let label = match paragraph {
        Some(p) => format!("Copy link to paragraph {p} of speech {speech}"),
        None => format!("Copy link to speech {speech}"),
    };
    view! {
        <button
            type="button"
            class="copy-link"
            aria-label=label.clone()
            title=label
            data-speech=speech
            data-paragraph=paragraph
        >
            {if paragraph.is_some() { "¶" } else { "Link" }}
        </button>
    }
}

/// The reader's event listeners, delegated: a record can hold tens of
/// thousands of paragraphs, and a listener per button or link would cost
/// more than the text. Tooltips follow hover and keyboard focus on symbol
/// links; copy buttons copy a permalink and say so.
pub fn install_reader_listeners(state: AppState) {
    let symbol_of = |ev: &web_sys::Event| -> Option<web_sys::Element> {
        ev.target()?
            .dyn_into::<web_sys::Element>()
            .ok()?
            .closest("a.doc-symbol")
            .ok()?
    };
    let show = move |ev: web_sys::Event| {
        let Some(el) = symbol_of(&ev) else {
            return;
        };
        let Some(symbol) = el.get_attribute("data-symbol") else {
            return;
        };
        let rect = el.get_bounding_client_rect();
        let scroll_y = browser::window().scroll_y().unwrap_or(0.0);
        let scroll_x = browser::window().scroll_x().unwrap_or(0.0);
        state.links().show_tooltip(TooltipAt {
            symbol,
            left: rect.left() + scroll_x,
            top: rect.bottom() + scroll_y + 6.0,
        });
    };
    let hide = move |ev: web_sys::Event| {
        if symbol_of(&ev).is_some() {
            state.links().hide_tooltip();
        }
    };
    let _ = window_event_listener(leptos::ev::mouseover, move |ev| show(ev.into()));
    let _ = window_event_listener(leptos::ev::focusin, move |ev| show(ev.into()));
    let _ = window_event_listener(leptos::ev::mouseout, move |ev| hide(ev.into()));
    let _ = window_event_listener(leptos::ev::focusout, move |ev| hide(ev.into()));
    let _ = window_event_listener(leptos::ev::click, move |ev: web_sys::MouseEvent| {
        let Some(button) = ev
            .target()
            .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
            .and_then(|el| el.closest("button.copy-link").ok().flatten())
        else {
            return;
        };
        let number = |name: &str| {
            button
                .get_attribute(name)
                .and_then(|v| v.parse::<usize>().ok())
        };
        let Some(speech) = number("data-speech") else {
            return;
        };
        let paragraph = number("data-paragraph");
        copy_link(state, button, speech, paragraph);
    });
}

fn copy_link(state: AppState, button: web_sys::Element, speech: usize, paragraph: Option<usize>) {
    let Some(url) = state.links().permalink(speech, paragraph) else {
        return;
    };
    let id = verbatim_core::share::passage_id(speech, paragraph);
    browser::replace_hash(&id);
    spawn_local(async move {
        match browser::copy_to_clipboard(&url).await {
            Ok(()) => {
                button.set_text_content(Some("Copied"));
                let _ = button.set_attribute("data-copied", "true");
                state.messages().notify("Link copied to the clipboard.");
            }
            Err(_) => state.messages().notify(format!("Copy this link: {url}")),
        }
    });
}
