//! The side panel: themes (with counts, toggles and the user's own themes) and
//! the documents cited in the record.

use crate::state::AppState;
use leptos::prelude::*;
use verbatim_core::citations::cited_documents;
use verbatim_core::symbols::document_url;

#[component]
pub fn ThemePanel(state: AppState) -> impl IntoView {
    // On a record in another language the set holds only the reader's own
    // themes (see `state::themes`); the panel says why.
    let language = Memo::new(move |_| {
        state
            .doc()
            .with(|d| d.as_ref().and_then(|d| d.record.meeting.language.clone()))
    });
    let totals = Memo::new(move |_| {
        if state.doc().with(Option::is_none) {
            return Vec::new();
        }

        let themes = state.themes().set().get();
        let counts = state.themes().counts().get();
        let custom: Vec<String> = state
            .themes()
            .custom()
            .get()
            .into_iter()
            .map(|t| t.id)
            .collect();
        themes
            .themes
            .iter()
            .enumerate()
            .map(|(i, t)| {
                let total: usize = counts.iter().map(|c| c[i]).sum();
                (t.id.clone(), t.name.clone(), total, custom.contains(&t.id))
            })
            .collect::<Vec<_>>()
    });
    let name = RwSignal::new(String::new());
    let terms = RwSignal::new(String::new());
    let form_error = RwSignal::new(None::<String>);
    let add = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        match state
            .themes()
            .add_custom(&name.get_untracked(), &terms.get_untracked())
        {
            Ok(()) => {
                name.set(String::new());
                terms.set(String::new());
                form_error.set(None);
            }
            Err(e) => form_error.set(Some(e)),
        }
    };
    view! {
        <section class="themes" aria-labelledby="themes-title">
            <h2 id="themes-title">"Themes"</h2>
            {move || language.get().map(|l| view! {
                <p class="themes-language" role="note">
                    "The built-in themes match English words, and this record is in " {l.clone()}
                    ": they are not counted here. Add a theme of your own with words in " {l} "."
                </p>
            })}
            <ul class="theme-list">
                {move || {
                    totals
                        .get()
                        .into_iter()
                        .map(|(id, name, total, custom)| {
                            let id_toggle = id.clone();
                            let id_checked = id.clone();
                            let id_remove = id.clone();
                            view! {
                                <li class="theme-row" data-theme=id.clone()>
                                    <label>
                                        <input
                                            type="checkbox"
                                            prop:checked=move || !state.themes().disabled().with(|d| d.contains(&id_checked))
                                            on:change=move |ev| state.themes().set_enabled(&id_toggle, event_target_checked(&ev))
                                        />
                                        <span class="swatch" data-theme=id.clone()></span>
                                        <span class="theme-name">{name}</span>
                                        <span class="theme-count">{total}</span>
                                    </label>
                                    {custom.then(|| view! {
                                        <button type="button" class="remove-theme" on:click=move |_| state.themes().remove_custom(&id_remove)>
                                            "Remove"
                                        </button>
                                    })}
                                </li>
                            }
                        })
                        .collect_view()
                }}
            </ul>
            <form class="custom-theme" on:submit=add>
                <h3>"Add your own theme"</h3>
                <label>
                    "Name"
                    <input type="text" name="theme-name" maxlength="60" prop:value=move || name.get() on:input=move |ev| name.set(event_target_value(&ev)) />
                </label>
                <label>
                    "Terms (separated by ; or new lines)"
                    <textarea name="theme-terms" rows="3" prop:value=move || terms.get() on:input=move |ev| terms.set(event_target_value(&ev))></textarea>
                </label>
                {move || form_error.get().map(|e| view! { <p class="form-error" role="alert">{e}</p> })}
                <button type="submit">"Add theme"</button>
            </form>
        </section>
    }
}

#[component]
pub fn CitedDocuments(state: AppState) -> impl IntoView {
    view! {
        <section class="cited" aria-labelledby="cited-title">
            <h2 id="cited-title">"Documents cited in this record"</h2>
            {move || {
                let doc = state.doc().get()?;
                let cited = cited_documents(&doc.record);
                Some(view! {
                    <ol class="cited-list">
                        {cited
                            .into_iter()
                            .map(|c| {
                                let first = c.first.map(|(s, p)| {
                                    let id = format!("s{s}-p{p}");
                                    let href = format!("#{id}");
                                    view! {
                                        <a class="first-mention" href=href on:click=move |ev| {
                                            ev.prevent_default();
                                            state.navigation().go_to(s, Some(p));
                                        }>"first: " {id}</a>
                                    }
                                });
                                view! {
                                    <li>
                                        <a class="cited-symbol" href=document_url(&c.symbol) target="_blank" rel="noopener noreferrer">{c.symbol.clone()}</a>
                                        <span class="cited-count">"×" {c.count}</span>
                                        {first}
                                    </li>
                                }
                            })
                            .collect_view()}
                    </ol>
                })
            }}
        </section>
    }
}
