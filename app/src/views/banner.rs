//! Errors, notices and progress, announced to screen readers.

use crate::state::AppState;
use leptos::prelude::*;

#[component]
pub fn Banner(state: AppState) -> impl IntoView {
    view! {
        <div class="banners">
            {move || state.loading.get().map(|m| view! { <p class="banner loading" role="status">{m}</p> })}
            {move || {
                state.error.get().map(|m| {
                    view! {
                        <div class="banner error" role="alert">
                            <p>{m}</p>
                            <button type="button" on:click=move |_| state.error.set(None)>"Dismiss"</button>
                        </div>
                    }
                })
            }}
            {move || {
                state.notice.get().map(|m| {
                    view! {
                        <div class="banner notice" role="status">
                            <p>{m}</p>
                            <button type="button" on:click=move |_| state.notice.set(None)>"Dismiss"</button>
                        </div>
                    }
                })
            }}
        </div>
    }
}
