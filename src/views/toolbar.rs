//! Opening records (file, paste, sample) and finding text in the open one.

use crate::browser;
use crate::state::{AppState, Source};
use leptos::prelude::*;
use leptos::task::spawn_local;
use verbatim_core::citations::find_in_record;
use wasm_bindgen::JsCast;

/// Files from this size on are read with a progress banner.
const LARGE_FILE_BYTES: usize = 1_000_000;

/// Open the first file of a file list.
pub fn open_files(state: AppState, files: Option<web_sys::FileList>) {
    let Some(file) = files.and_then(|f| f.get(0)) else {
        return;
    };
    let name = file.name();
    // Refuse a file that is too large by its size, before reading any of it.
    let size = file.size() as usize;
    if size > verbatim_core::decode::MAX_INPUT_BYTES {
        let refusal = verbatim_core::DecodeError::TooLarge { bytes: size };
        state.error.set(Some(format!(
            "{refusal} The record that was open stays open."
        )));
        return;
    }
    // A large file takes a while to read and to decode: say so, and let the
    // page paint between the two. A usual record (under 1 MB) is read in a
    // few milliseconds, and painting a banner would only delay it.
    let large = size >= LARGE_FILE_BYTES;
    if large {
        state.loading.set(Some(format!("Reading {name}…")));
    }
    spawn_local(async move {
        let result = browser::read_file(&file).await;
        if large {
            state.loading.set(None);
        }
        match result {
            Ok(bytes) => {
                if large {
                    browser::next_task().await;
                }
                state.open_bytes(&bytes, Source::File(name), |_| {});
            }
            Err(e) => state.error.set(Some(e)),
        }
    });
}

#[component]
pub fn Toolbar(state: AppState) -> impl IntoView {
    let pasted = RwSignal::new(String::new());
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
            state.error.set(Some(
                "The paste box is empty: paste the text of a meeting record first.".into(),
            ));
            return;
        }
        state.open_text_then(text, Source::Pasted, move |opened| {
            if opened {
                pasted.set(String::new());
                state.show_paste.set(false);
            }
        });
    };
    view! {
        <div class="toolbar" role="toolbar" aria-label="Open and find">
            <span class="brand">"Verbatim"</span>
            <label class="button file-button">
                "Open file…"
                <input type="file" accept=".txt,text/plain" class="visually-hidden" on:change=on_file />
            </label>
            <button type="button" aria-expanded=move || state.show_paste.get().to_string() on:click=move |_| state.show_paste.update(|s| *s = !*s)>
                "Paste text…"
            </button>
            <button type="button" class="sample-button" on:click=move |_| state.open_sample()>"Sample record"</button>
            <FindBox state />
        </div>
        <Show when=move || state.show_paste.get()>
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
    let hits = Memo::new(move |_| {
        let q = state.find_query.get();
        let Some(doc) = state.doc.get() else {
            return Vec::new();
        };
        find_in_record(&doc.record, &q)
    });
    let go = move |delta: isize| {
        let h = hits.get_untracked();
        if h.is_empty() {
            return;
        }
        let len = h.len() as isize;
        let next = (state.find_index.get_untracked() as isize + delta).rem_euclid(len) as usize;
        state.find_index.set(next);
        let (s, p, _) = h[next];
        state.go_to(s, Some(p));
    };
    view! {
        <div class="find" role="search">
            <label>
                <span class="visually-hidden">"Find in record"</span>
                <input
                    type="search"
                    class="find-input"
                    placeholder="Find in record"
                    prop:value=move || state.find_query.get()
                    on:input=move |ev| {
                        state.find_query.set(event_target_value(&ev));
                        state.find_index.set(usize::MAX);
                    }
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
                    if state.find_query.get().trim().chars().count() < 2 {
                        String::new()
                    } else {
                        let total: usize = h.iter().map(|x| x.2).sum();
                        let i = state.find_index.get();
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
