//! The root component: page layout and the window-wide listeners (paste, drop,
//! keyboard, scroll-spy).

use crate::browser;
use crate::state::{AppState, Source};
use crate::views::banner::Banner;
use crate::views::meeting::MeetingHeader;
use crate::views::outline::Outline;
use crate::views::reader::Reader;
use crate::views::side::{CitedDocuments, ThemePanel};
use crate::views::toolbar::{open_files, Toolbar};
use crate::views::tooltip::SymbolTooltip;
use leptos::prelude::*;
use wasm_bindgen::JsCast;

#[component]
pub fn App() -> impl IntoView {
    let state = AppState::new();
    state.opening().start();
    install_listeners(state);
    let dragging = RwSignal::new(false);
    let _ = window_event_listener(leptos::ev::dragenter, move |_| dragging.set(true));
    let _ = window_event_listener(leptos::ev::dragleave, move |ev| {
        if ev.related_target().is_none() {
            dragging.set(false)
        }
    });
    let _ = window_event_listener(leptos::ev::drop, move |_| dragging.set(false));
    view! {
        <a class="skip-link" href="#reader">"Skip to the record"</a>
        <Toolbar state />
        <Banner state />
        <div class="drop-hint" class:visible=move || dragging.get() aria-hidden="true">"Drop a record (text or PDF) to open it"</div>
        <div class="layout">
            <Outline state />
            <main id="reader" class="reader" tabindex="-1">
                {move || state.doc().get().map(|doc| view! { <MeetingHeader doc /> })}
                <Reader state />
            </main>
            <aside class="side" aria-label="Themes and documents">
                <ThemePanel state />
                <CitedDocuments state />
            </aside>
        </div>
        <SymbolTooltip state />
    }
}

fn install_listeners(state: AppState) {
    crate::views::reader::install_reader_listeners(state);
    // Paste anywhere outside a text field opens the pasted text.
    let _ = window_event_listener(leptos::ev::paste, move |ev: web_sys::ClipboardEvent| {
        if browser::target_is_editable(&ev) {
            return;
        }
        let Some(text) = ev.clipboard_data().and_then(|d| d.get_data("text").ok()) else {
            return;
        };
        if text.trim().is_empty() {
            return;
        }
        ev.prevent_default();
        state.opening().open_text(text, Source::Pasted);
    });
    // Files dropped anywhere open.
    let _ = window_event_listener(leptos::ev::dragover, |ev: web_sys::DragEvent| {
        ev.prevent_default()
    });
    let _ = window_event_listener(leptos::ev::drop, move |ev: web_sys::DragEvent| {
        ev.prevent_default();
        if let Some(dt) = ev.data_transfer() {
            if dt.files().is_some_and(|f| f.length() > 0) {
                open_files(state, dt.files());
            } else if let Ok(text) = dt.get_data("text/plain") {
                if !text.trim().is_empty() {
                    state.opening().open_text(text, Source::Pasted);
                }
            }
        }
    });
    // j / k move between speeches; Escape hides the tooltip.
    let _ = window_event_listener(leptos::ev::keydown, move |ev: web_sys::KeyboardEvent| {
        if browser::target_is_editable(&ev) || ev.ctrl_key() || ev.meta_key() || ev.alt_key() {
            return;
        }
        if state.doc().with_untracked(Option::is_none) {
            return;
        }
        match ev.key().as_str() {
            "j" => state.navigation().step(true),
            "k" => state.navigation().step(false),
            "Escape" => state.links().hide_tooltip(),
            _ => {}
        }
    });
    // Scroll-spy: the speech whose top is nearest above the reading line.
    // At most one update per 100 ms: each reads element positions, which
    // costs a layout on a page holding a whole session of records.
    let spy_pending = StoredValue::new(false);
    let _ = window_event_listener(leptos::ev::scroll, move |_| {
        if spy_pending.get_value() {
            return;
        }
        spy_pending.set_value(true);
        browser::after(100, move || {
            spy_pending.set_value(false);
            update_active_speech(state);
        });
    });
    // Following a plain #sN-pM link inside the page lands on it.
    let _ = window_event_listener(leptos::ev::hashchange, move |_| {
        let hash = browser::location_hash();
        if let Some((s, p)) = verbatim_core::share::plain_passage_id(&hash) {
            state.navigation().go_to(s, p);
        }
    });
}

thread_local! {
    /// The speech articles in the DOM, in order, and how many batches were
    /// rendered when they were read. Looking them up on each scroll-spy
    /// update (`querySelectorAll` over a session of records) took 7 ms, one
    /// frame in six while scrolling; they change only when a batch renders
    /// or the record is rendered anew.
    static SPEECH_ARTICLES: std::cell::RefCell<(usize, Vec<web_sys::Element>)> =
        const { std::cell::RefCell::new((0, Vec::new())) };
}

fn update_active_speech(state: AppState) {
    let line = 120.0;
    let el = SPEECH_ARTICLES.with(|cache| {
        let mut cache = cache.borrow_mut();
        let rendered = state.navigation().rendered_batches();
        let stale = cache.1.is_empty()
            || cache.0 != rendered
            || cache.1.first().is_some_and(|e| !e.is_connected());
        if stale {
            let Ok(list) = browser::document().query_selector_all("article.speech[id]") else {
                return None;
            };
            let articles = (0..list.length())
                .filter_map(|i| list.item(i)?.dyn_into::<web_sys::Element>().ok())
                .collect();
            *cache = (rendered, articles);
        }
        // Articles are in order: the last one above the reading line.
        let above = cache
            .1
            .partition_point(|el| el.get_bounding_client_rect().top() <= line);
        cache.1.get(above.saturating_sub(1)).cloned()
    });
    if let Some(n) = el
        .and_then(|e| e.get_attribute("data-speech"))
        .and_then(|s| s.parse::<usize>().ok())
    {
        state.navigation().in_view(n);
    }
}
