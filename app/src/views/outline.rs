//! The outline: a link per speech, grouped by agenda item, with a filter by
//! speaker, country or theme, and the speech in view marked.

use crate::state::AppState;
use leptos::prelude::*;
use verbatim_core::citations::top_themes;
use verbatim_core::Block;

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
    heading: Option<String>,
    entries: Vec<Entry>,
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
    let groups = Memo::new(move |_| {
        let Some(doc) = state.doc.get() else {
            return Vec::new();
        };
        let themes = state.themes.get();
        let counts = state.theme_counts.get();
        let mut groups = vec![Group {
            heading: None,
            entries: Vec::new(),
        }];
        let mut seen = vec![false; doc.record.speeches.len()];
        for block in &doc.record.body {
            match block {
                Block::Heading { text, .. } => {
                    if groups
                        .last()
                        .is_some_and(|g| !g.entries.is_empty() || g.heading.is_some())
                    {
                        groups.push(Group {
                            heading: Some(text.clone()),
                            entries: Vec::new(),
                        });
                    } else if let Some(g) = groups.last_mut() {
                        g.heading = Some(text.clone());
                    }
                }
                Block::Speech { speech, .. } if !seen[*speech] => {
                    seen[*speech] = true;
                    let s = &doc.record.speeches[*speech];
                    let detail = [s.country.clone(), s.role.clone()]
                        .into_iter()
                        .flatten()
                        .collect::<Vec<_>>()
                        .join(", ");
                    let theme_names: Vec<String> = top_themes(&counts[*speech], 3)
                        .into_iter()
                        .map(|t| themes.themes[t].name.clone())
                        .collect();
                    let haystack = format!(
                        "{} {} {} {}",
                        s.speaker,
                        detail,
                        s.label,
                        theme_names.join(" ")
                    )
                    .to_lowercase();
                    if let Some(g) = groups.last_mut() {
                        g.entries.push(Entry {
                            order: s.order,
                            speaker: s.speaker.clone(),
                            detail,
                            haystack,
                        });
                    }
                }
                _ => {}
            }
        }
        groups.retain(|g| !g.entries.is_empty());
        groups
            .into_iter()
            .map(std::sync::Arc::new)
            .collect::<Vec<_>>()
    });
    let shown = move |e: &Entry| {
        let f = state.outline_filter.get().trim().to_lowercase();
        f.is_empty() || e.haystack.contains(&f)
    };
    view! {
        <nav class="outline" aria-label="Outline" on:keydown=move_focus_with_arrows>
            <h2>"Outline"</h2>
            <label class="outline-filter">
                <span class="visually-hidden">"Filter speeches by speaker, country or theme"</span>
                <input
                    type="search"
                    placeholder="Filter: speaker, country, theme"
                    prop:value=move || state.outline_filter.get()
                    on:input=move |ev| state.outline_filter.set(event_target_value(&ev))
                />
            </label>
            {move || {
                groups
                    .get()
                    .into_iter()
                    .map(|g| {
                        let g2 = g.clone();
                        view! {
                            <section class="outline-group">
                                {g.heading.clone().map(|h| view! { <h3>{h}</h3> })}
                                <ol>
                                    {g2.entries
                                        .iter()
                                        .map(|e| {
                                            let order = e.order;
                                            let visible = shown(e);
                                            let detail = e.detail.clone();
                                            view! {
                                                <li class:hidden=!visible>
                                                    <a
                                                        href=format!("#s{order}")
                                                        class:active=move || state.active_speech.get() == order
                                                        aria-current=move || (state.active_speech.get() == order).then_some("location")
                                                    >
                                                        <span class="outline-speaker">{e.speaker.clone()}</span>
                                                        {(!detail.is_empty()).then(|| view! { <span class="outline-detail">{detail}</span> })}
                                                    </a>
                                                </li>
                                            }
                                        })
                                        .collect_view()}
                                </ol>
                            </section>
                        }
                    })
                    .collect_view()
            }}
        </nav>
    }
}
