//! Errors, notices and progress, announced to screen readers.

use crate::state::AppState;
use leptos::prelude::*;

/// A message the reader can dismiss; `role` is `alert` for errors, `status` otherwise.
fn dismissable(
    message: RwSignal<Option<String>>,
    class: &'static str,
    role: &'static str,
) -> impl IntoView {
    move || {
        message.get().map(|m| {
            view! {
                <div class=format!("banner {class}") role=role>
                    <p>{m}</p>
                    <button type="button" on:click=move |_| message.set(None)>"Dismiss"</button>
                </div>
            }
        })
    }
}

#[component]
pub fn Banner(state: AppState) -> impl IntoView {
    view! {
        <div class="banners">
            {move || state.loading.get().map(|m| view! { <p class="banner loading" role="status">{m}</p> })}
            {dismissable(state.error, "error", "alert")}
            {dismissable(state.notice, "notice", "status")}
        </div>
    }
}
