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
use verbatim_core::inline::{runs, Run};
use verbatim_core::symbols::document_url;
use verbatim_core::themes::ThemeSet;
use verbatim_core::{Block, Vote};
use wasm_bindgen::JsCast;

#[component]
pub fn Reader(state: AppState) -> impl IntoView {
    move || {
        let doc = state.doc.get()?;
        let themes = state.themes.get();
        let disabled = Arc::new(state.disabled_themes.get());
        Some(render_body(state, &doc, &themes, &disabled))
    }
}

/// About this much paragraph text goes into one rendering batch: a batch
/// renders in a few milliseconds, well inside one frame.
const BATCH_TEXT: usize = 24_000;
/// Batches rendered with the record itself (the first screen and more).
const FIRST_BATCHES: usize = 2;

/// The record is rendered in batches of blocks: the first with the page, the
/// rest in the background a few per task (see [`render_in_background`]), or at
/// once when navigation needs one (`AppState::reveal`). A batch not yet
/// rendered is an empty box of about its height, so the scrollbar is right.
fn render_body(
    state: AppState,
    doc: &Doc,
    themes: &Arc<ThemeSet>,
    disabled: &Arc<HashSet<String>>,
) -> impl IntoView {
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
    state.set_batches(shown.clone(), segments);
    let first_segment = Arc::new(first_segment);
    let views: Vec<AnyView> = batches
        .into_iter()
        .zip(shown.iter().copied())
        .map(|(batch, shown)| {
            let doc = doc.clone();
            let themes = themes.clone();
            let disabled = disabled.clone();
            let first_segment = first_segment.clone();
            let height = format!("{}px", batch.estimated_height);
            view! {
                <div class="batch">
                    {move || if shown.get() {
                        Either::Left(render_blocks(state, &doc, &themes, &disabled, batch.blocks.clone(), &first_segment))
                    } else {
                        Either::Right(view! { <div class="batch-pending" style:height=height.clone()></div> })
                    }}
                </div>
            }
            .into_any()
        })
        .collect();
    render_in_background(shown);
    view! { <div class="record-body">{views}</div> }
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
        if size >= BATCH_TEXT || i + 1 == record.body.len() {
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

/// Render the batches not yet shown, in order, a few per task: as many as
/// fit in about 12 ms, judged from the last round, so no task runs long.
fn render_in_background(shown: Vec<RwSignal<bool>>) {
    spawn_local(async move {
        let mut per_round = 1usize;
        let mut next = 0;
        loop {
            browser::next_task().await;
            let t0 = browser::now();
            let mut rendered = 0;
            while next < shown.len() && rendered < per_round {
                match shown[next].try_get_untracked() {
                    // The record was replaced: its batches are gone.
                    None => return,
                    Some(true) => {}
                    Some(false) => {
                        shown[next].set(true);
                        rendered += 1;
                    }
                }
                next += 1;
            }
            if next >= shown.len() {
                browser::next_task().await;
                browser::mark_rendered();
                return;
            }
            // Rendering happens when this task yields; time it from the next round.
            browser::next_task().await;
            let took = (browser::now() - t0).max(0.5);
            per_round = ((per_round as f64 * 12.0 / took) as usize).clamp(1, 64);
        }
    });
}

#[allow(clippy::too_many_arguments)]
fn render_blocks(
    state: AppState,
    doc: &Doc,
    themes: &Arc<ThemeSet>,
    disabled: &HashSet<String>,
    blocks: std::ops::Range<usize>,
    first_segment: &[bool],
) -> Vec<AnyView> {
    let record = &doc.record;
    let counts = state.theme_counts.get_untracked();
    blocks
        .map(|i| match &record.body[i] {
            Block::Heading { text, .. } => view! { <h2 class="agenda-heading">{text.clone()}</h2> }.into_any(),
            Block::Narrative { text, .. } => view! { <p class="narrative">{text.clone()}</p> }.into_any(),
            Block::Language { text, .. } => view! { <p class="language-note">{text.clone()}</p> }.into_any(),
            Block::Unattributed { text, .. } => view! {
                <p class="unattributed" title="Text the parser could not attribute to a speaker">{text.clone()}</p>
            }
            .into_any(),
            Block::Vote(v) => render_vote(v).into_any(),
            Block::Speech { speech, first_paragraph, paragraph_count } => {
                let top: Vec<(String, String)> = counts
                    .get(*speech)
                    .map(|c| top_themes(c, 3))
                    .unwrap_or_default()
                    .into_iter()
                    .map(|t| (themes.themes[t].id.clone(), themes.themes[t].name.clone()))
                    .collect();
                render_speech(state, doc, themes, disabled, *speech, *first_paragraph, *paragraph_count, first_segment[i], top)
                    .into_any()
            }
        })
        .collect()
}

fn render_vote(v: &Vote) -> impl IntoView {
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
        </section>
    }
}

#[allow(clippy::too_many_arguments)]
fn render_speech(
    state: AppState,
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
        let role = s.role.clone();
        let language = s.language.clone();
        view! {
            <header class="speech-header">
                <h3 class="speaker">{s.speaker.clone()}</h3>
                {country.map(|c| view! { <span class="country">{c}</span> })}
                {role.map(|r| view! { <span class="role">{r}</span> })}
                {language.map(|l| view! { <span class="language">"spoke in " {l}</span> })}
                <ul class="speech-themes" aria-label="Main themes">
                    {top.into_iter().map(|(id, name)| view! { <li class="theme-chip" data-theme=id>{name}</li> }).collect_view()}
                </ul>
                <CopyLink state speech=n paragraph=None />
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
            let matches: Vec<_> = themes
                .find(&text)
                .into_iter()
                .filter(|m| !disabled.contains(&themes.themes[m.theme].id))
                .collect();
            let content: Vec<AnyView> = runs(&text, &sym_refs, &matches)
                .into_iter()
                .map(|run| match run {
                    Run::Text(t) => t.to_owned().into_any(),
                    Run::Symbol { symbol, text } => {
                        symbol_link(state, symbol.to_owned(), text.to_owned()).into_any()
                    }
                    Run::Theme { theme, text } => {
                        let id = themes.themes[theme].id.clone();
                        view! { <mark class="theme" data-theme=id>{text.to_owned()}</mark> }
                            .into_any()
                    }
                })
                .collect();
            let m = p + 1;
            view! {
                <p id=format!("s{n}-p{m}") class="para">
                    {content}
                    <CopyLink state speech=n paragraph=Some(m) />
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

fn symbol_link(state: AppState, symbol: String, text: String) -> impl IntoView {
    let href = document_url(&symbol);
    let show = {
        let symbol = symbol.clone();
        move |ev: web_sys::Event| {
            let Some(el) = ev
                .current_target()
                .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
            else {
                return;
            };
            let rect = el.get_bounding_client_rect();
            let scroll_y = browser::window().scroll_y().unwrap_or(0.0);
            let scroll_x = browser::window().scroll_x().unwrap_or(0.0);
            if symbol.starts_with("S/RES/") {
                state.want_resolutions();
            }
            state.tooltip.set(Some(TooltipAt {
                symbol: symbol.clone(),
                left: rect.left() + scroll_x,
                top: rect.bottom() + scroll_y + 6.0,
            }));
        }
    };
    let show2 = show.clone();
    view! {
        <a
            class="doc-symbol"
            data-symbol=symbol.clone()
            href=href
            target="_blank"
            rel="noopener noreferrer"
            aria-describedby="symbol-tooltip"
            on:mouseenter=move |ev: web_sys::MouseEvent| show(ev.into())
            on:focus=move |ev: web_sys::FocusEvent| show2(ev.into())
            on:mouseleave=move |_| state.tooltip.set(None)
            on:blur=move |_| state.tooltip.set(None)
        >
            {text}
        </a>
    }
}

/// A button that copies a permalink to the passage.
#[component]
pub fn CopyLink(state: AppState, speech: usize, paragraph: Option<usize>) -> impl IntoView {
    let label = match paragraph {
        Some(p) => format!("Copy link to paragraph {p} of speech {speech}"),
        None => format!("Copy link to speech {speech}"),
    };
    let copied = RwSignal::new(false);
    let on_click = move |_| {
        let Some(url) = state.permalink(speech, paragraph) else {
            return;
        };
        let id = match paragraph {
            Some(p) => format!("s{speech}-p{p}"),
            None => format!("s{speech}"),
        };
        browser::replace_hash(&id);
        spawn_local(async move {
            match browser::copy_to_clipboard(&url).await {
                Ok(()) => {
                    copied.set(true);
                    state
                        .notice
                        .set(Some("Link copied to the clipboard.".into()));
                }
                Err(_) => state.notice.set(Some(format!("Copy this link: {url}"))),
            }
        });
    };
    view! {
        <button type="button" class="copy-link" aria-label=label.clone() title=label on:click=on_click data-copied=move || copied.get().then_some("true")>
            {move || match (copied.get(), paragraph.is_some()) {
                (true, _) => "Copied",
                (false, true) => "¶",
                (false, false) => "Link",
            }}
        </button>
    }
}
