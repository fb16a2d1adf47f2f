//! Opening records (file, paste, sample) and finding text in the open one.

use crate::state::{AppState, Source};
use leptos::prelude::*;
use wasm_bindgen::JsCast;

/// Open the first file of a file list.
pub fn open_files(state: AppState, files: Option<web_sys::FileList>) {
    if let Some(file) = files.and_then(|f| f.get(0)) {
        state.opening().open_file(file);
    }
}

#[component]
pub fn Toolbar(state: AppState) -> impl IntoView {
    let pasted = RwSignal::new(String::new());
    let show_paste = RwSignal::new(false);
    let on_file = move |ev: leptos::ev::Event| {
        let input: Option<web_sys::HtmlInputElement> = ev.target().and_then(|t| t.dyn_into().ok());
        if let Some(input) = input {
            open_files(state, input.files());
            input.set_value("");
        }
    };
    let open_pasted = move |_| {
        let text = pasted.get_untracked();
        if text.trim().is_empty() {
            state
                .messages()
                .fail("The paste box is empty: paste the text of a meeting record first.");
            return;
        }
        state
            .opening()
            .open_text_then(text, Source::Pasted, move |opened| {
                if opened {
                    pasted.set(String::new());
                    show_paste.set(false);
                }
            });
    };
    view! {
        <div class="toolbar" role="toolbar" aria-label="Open and find">
            <span class="brand">"Verbatim"</span>
            <label class="button file-button">
                "Open file…"
                <input type="file" accept=".txt,text/plain,.pdf,application/pdf" class="visually-hidden" on:change=on_file />
            </label>
            <button type="button" aria-expanded=move || show_paste.get().to_string() on:click=move |_| show_paste.update(|s| *s = !*s)>
                "Paste text…"
            </button>
            <button type="button" class="sample-button" on:click=move |_| state.opening().open_sample()>"Sample record"</button>
            <FindBox state />
        </div>
        <Show when=move || show_paste.get()>
            <div class="paste-box">
                <label for="paste-input">"Paste the text of a meeting record (copied from the PDF or a text file):"</label>
                <textarea
                    id="paste-input"
                    rows="8"
                    prop:value=move || pasted.get()
                    on:input=move |ev| pasted.set(event_target_value(&ev))
                ></textarea>
                <button type="button" class="open-pasted" on:click=open_pasted>"Open pasted text"</button>
            </div>
        </Show>
    }
}

#[component]
fn FindBox(state: AppState) -> impl IntoView {
    let nav = state.navigation();
    let (query, index, hits) = (nav.find_query(), nav.find_index(), nav.find_hits());
    let go = move |delta: isize| nav.find_next(delta);
    view! {
        <div class="find" role="search">
            <label>
                <span class="visually-hidden">"Find in record"</span>
                <input
                    type="search"
                    class="find-input"
                    placeholder="Find in record"
                    prop:value=move || query.get()
                    on:input=move |ev| nav.find(event_target_value(&ev))
                    on:keydown=move |ev: leptos::ev::KeyboardEvent| {
                        if ev.key() == "Enter" {
                            ev.prevent_default();
                            go(if ev.shift_key() { -1 } else { 1 });
                        }
                    }
                />
            </label>
            <span class="find-count" aria-live="polite">
                {move || {
                    let h = hits.get();
                    if query.get().trim().chars().count() < 2 {
                        String::new()
                    } else {
                        let total: usize = h.iter().map(|x| x.2).sum();
                        let i = index.get();
                        if i < h.len() {
                            format!("{total} matches · passage {} of {}", i + 1, h.len())
                        } else {
                            format!("{total} matches in {} passages", h.len())
                        }
                    }
                }}
            </span>
            <button type="button" aria-label="Previous match" on:click=move |_| go(-1)>"↑"</button>
            <button type="button" aria-label="Next match" on:click=move |_| go(1)>"↓"</button>
        </div>
    }
}
