//! The outline: a link per speech, grouped by agenda item, with a filter by
//! speaker, country or theme, and the speech in view marked.

use super::printed::{heading_lines_of, printed_lines};
use crate::state::AppState;
use leptos::either::Either;
use leptos::prelude::*;
use std::sync::Arc;
use verbatim_core::citations::top_themes;
use verbatim_core::outline::{outline, Outcome};
use verbatim_core::symbols::document_url;

#[derive(PartialEq)]
struct Entry {
    order: usize,
    speaker: String,
    detail: String,
    /// Lower-cased text the filter matches against.
    haystack: String,
}

#[derive(PartialEq)]
struct Group {
    /// The item's heading, in its printed lines.
    heading: Option<Vec<String>>,
    entries: Vec<Entry>,
    /// What was decided under the item.
    outcomes: Vec<Outcome>,
}

/// ArrowDown / ArrowUp move focus between the visible outline links.
fn move_focus_with_arrows(ev: leptos::ev::KeyboardEvent) {
    use wasm_bindgen::JsCast;
    let delta: i32 = match ev.key().as_str() {
        "ArrowDown" => 1,
        "ArrowUp" => -1,
        _ => return,
    };
    let doc = crate::browser::document();
    let Ok(links) = doc.query_selector_all("nav.outline li:not(.hidden) a") else {
        return;
    };
    let active = doc.active_element();
    let current = (0..links.length()).find(|&i| {
        links
            .item(i)
            .and_then(|n| n.dyn_into::<web_sys::Element>().ok())
            == active
    });
    let Some(current) = current else { return };
    let next = (current as i32 + delta).clamp(0, links.length() as i32 - 1) as u32;
    if let Some(el) = links
        .item(next)
        .and_then(|n| n.dyn_into::<web_sys::HtmlElement>().ok())
    {
        ev.prevent_default();
        let _ = el.focus();
    }
}

#[component]
pub fn Outline(state: AppState) -> impl IntoView {
    // The grouping is the core's (`verbatim_core::outline`); the app adds
    // what it shows and what the filter matches, which depends on the themes.
    let groups = Memo::new(move |_| {
        let Some(doc) = state.doc().get() else {
            return Vec::new();
        };
        let themes = state.themes().set().get();
        let counts = state.themes().counts().get();
        let record = &doc.record;
        outline(record)
            .into_iter()
            .map(|group| {
                let entries = group
                    .speeches
                    .iter()
                    .map(|&speech| {
                        let s = &record.speeches[speech];
                        let detail = [s.country.clone(), s.role.clone()]
                            .into_iter()
                            .flatten()
                            .collect::<Vec<_>>()
                            .join(", ");
                        // The delegation's English name too, so "Russia"
                        // finds "Fédération de Russie".
                        let delegation = s.delegation.clone().unwrap_or_default();
                        let theme_names: Vec<String> = top_themes(&counts[speech], 3)
                            .into_iter()
                            .map(|t| themes.themes[t].name.clone())
                            .collect();
                        let haystack = format!(
                            "{} {} {} {} {}",
                            s.speaker,
                            detail,
                            delegation,
                            s.label,
                            theme_names.join(" ")
                        )
                        .to_lowercase();
                        Entry {
                            order: s.order,
                            speaker: s.speaker.clone(),
                            detail,
                            haystack,
                        }
                    })
                    .collect();
                let heading = group
                    .heading
                    .map(|h| heading_lines_of(&h, &record.meeting.agenda));
                Arc::new(Group {
                    heading,
                    entries,
                    outcomes: group.outcomes,
                })
            })
            .collect::<Vec<_>>()
    });
    // The filter and the active entry change DOM classes directly: with
    // thousands of speeches, one reactive closure per entry would re-run
    // thousands of times per scroll or keystroke.
    Effect::new(move |_| {
        let filter = state
            .navigation()
            .outline_filter()
            .get()
            .trim()
            .to_lowercase();
        let visible: Vec<(usize, bool)> = groups.with(|gs| {
            gs.iter()
                .flat_map(|g| g.entries.iter())
                .map(|e| (e.order, filter.is_empty() || e.haystack.contains(&filter)))
                .collect()
        });
        let filtering = !filter.is_empty();
        crate::browser::after(0, move || {
            apply_filter(&visible);
            if let Ok(Some(nav)) = crate::browser::document().query_selector("nav.outline") {
                let _ = nav.class_list().toggle_with_force("filtering", filtering);
            }
        });
    });
    Effect::new(move |previous: Option<usize>| {
        groups.track();
        let active = state.navigation().active_speech().get();
        crate::browser::after(0, move || mark_active(previous, active));
        active
    });
    view! {
        <nav class="outline" aria-label="Outline" on:keydown=move_focus_with_arrows>
            <h2>"Outline"</h2>
            <label class="outline-filter">
                <span class="visually-hidden">"Filter speeches by speaker, country or theme"</span>
                <input
                    type="search"
                    placeholder="Filter: speaker, country, theme"
                    prop:value=move || state.navigation().outline_filter().get()
                    on:input=move |ev| state.navigation().filter_outline(event_target_value(&ev))
                />
            </label>
            {move || render_groups(state, &groups.get())}
        </nav>
    }
}

/// Outline entries per piece rendered together (see `progressive`).
const CHUNK: usize = 150;
/// Entries in the outline's first piece, rendered with the outline itself.
const FIRST_CHUNK: usize = 40;
/// Pieces rendered with the outline itself.
const FIRST_CHUNKS: usize = 1;

fn render_groups(state: AppState, groups: &[Arc<Group>]) -> impl IntoView {
    let filter = state
        .navigation()
        .outline_filter()
        .get_untracked()
        .trim()
        .to_lowercase();
    let active = state.navigation().active_speech().get_untracked();
    let mut switches = Vec::new();
    let views = groups
        .iter()
        .map(|g| {
            // The outline's first piece is short: it is what shows first.
            let starts: Vec<usize> = if switches.is_empty() {
                std::iter::once(0)
                    .chain((FIRST_CHUNK..g.entries.len()).step_by(CHUNK))
                    .collect()
            } else {
                (0..g.entries.len()).step_by(CHUNK).collect()
            };
            let lists = starts
                .iter()
                .enumerate()
                .map(|(k, &from)| {
                    let shown = RwSignal::new(switches.len() < FIRST_CHUNKS);
                    switches.push(shown);
                    let g = g.clone();
                    let filter = filter.clone();
                    let to = starts.get(k + 1).copied().unwrap_or(g.entries.len());
                    // About 40 px an entry until it is rendered.
                    let height = format!("{}px", (to - from) * 40);
                    move || {
                        if shown.get() {
                            Either::Left(view! { <ol>{render_entries(&g.entries[from..to], &filter, active)}</ol> })
                        } else {
                            Either::Right(view! { <ol class="pending" style:height=height.clone()></ol> })
                        }
                    }
                })
                .collect_view();
            let outcomes = (!g.outcomes.is_empty()).then(|| render_outcomes(&g.outcomes));
            view! {
                <section class="outline-group">
                    {g.heading.clone().map(|lines| view! { <h3>{printed_lines(lines)}</h3> })}
                    {lists}
                    {outcomes}
                </section>
            }
        })
        .collect_view();
    // Drop the old record's mark; set it again when every entry is in.
    if let Ok(Some(nav)) = crate::browser::document().query_selector("nav.outline") {
        let _ = nav.remove_attribute("data-rendered");
    }
    super::progressive::reveal_in_background(switches, || {
        if let Ok(Some(nav)) = crate::browser::document().query_selector("nav.outline") {
            let _ = nav.set_attribute("data-rendered", "all");
        }
    });
    views
}

/// What an item decided: "Adopted A/RES/65/193" (linked to the document),
/// or the statement where it names no document. Not list items: the
/// outline's items are its speeches (arrow keys, the filter); outcomes are
/// hidden while a filter is on.
fn render_outcomes(outcomes: &[Outcome]) -> impl IntoView {
    let items = outcomes
        .iter()
        .map(|o| {
            let verdict = if o.adopted { "Adopted" } else { "Not adopted" };
            let what = match &o.document {
                Some(symbol) => Either::Left(view! {
                    <a class="doc-symbol" data-symbol=symbol.clone() href=document_url(symbol) target="_blank" rel="noopener noreferrer">{symbol.clone()}</a>
                }),
                None => Either::Right(view! { <span class="outcome-text">{o.text.clone()}</span> }),
            };
            view! { <span class="outcome" class:rejected=!o.adopted>{verdict} " " {what}</span> }
        })
        .collect_view();
    view! { <p class="outline-outcomes"><span class="visually-hidden">"Outcomes: "</span>{items}</p> }
}

fn render_entries(entries: &[Entry], filter: &str, active: usize) -> impl IntoView {
    entries
        .iter()
        .map(|e| {
            let order = e.order;
            let detail = e.detail.clone();
            let hidden = !filter.is_empty() && !e.haystack.contains(filter);
            view! {
                <li class:hidden=hidden>
                    <a
                        id=format!("o{order}")
                        href=format!("#s{order}")
                        class:active=order == active
                        aria-current=(order == active).then_some("location")
                    >
                        <span class="outline-speaker">{e.speaker.clone()}</span>
                        {(!detail.is_empty()).then(|| view! { <span class="outline-detail">{detail}</span> })}
                    </a>
                </li>
            }
        })
        .collect_view()
}

/// Hide the outline entries the filter leaves out (`visible` per speech order).
fn apply_filter(visible: &[(usize, bool)]) {
    let doc = crate::browser::document();
    for (order, v) in visible {
        if let Some(li) = doc
            .get_element_by_id(&format!("o{order}"))
            .and_then(|a| a.parent_element())
        {
            let _ = li.class_list().toggle_with_force("hidden", !v);
        }
    }
}

/// Move the active mark (class and `aria-current`) from one entry to another.
fn mark_active(previous: Option<usize>, active: usize) {
    let doc = crate::browser::document();
    if let Some(el) = previous.and_then(|p| doc.get_element_by_id(&format!("o{p}"))) {
        let _ = el.class_list().remove_1("active");
        let _ = el.remove_attribute("aria-current");
    }
    if let Some(el) = doc.get_element_by_id(&format!("o{active}")) {
        let _ = el.class_list().add_1("active");
        let _ = el.set_attribute("aria-current", "location");
    }
}
