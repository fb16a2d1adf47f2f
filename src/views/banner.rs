//! Errors, notices and progress, announced to screen readers.

use crate::state::AppState;
use leptos::prelude::*;

/// A message the reader can dismiss; `role` is `alert` for errors, `status` otherwise.
fn dismissable(
    message: ReadSignal<Option<String>>,
    dismiss: impl Fn() + Copy + Send + Sync + 'static,
    class: &'static str,
    role: &'static str,
) -> impl IntoView {
    move || {
        message.get().map(|m| {
            view! {
                <div class=format!("banner {class}") role=role>
                    <p>{m}</p>
                    <button type="button" on:click=move |_| dismiss()>"Dismiss"</button>
                </div>
            }
        })
    }
}

#[component]
pub fn Banner(state: AppState) -> impl IntoView {
    let messages = state.messages();
    view! {
        <div class="banners">
            {move || messages.loading().get().map(|m| view! { <p class="banner loading" role="status">{m}</p> })}
            {dismissable(messages.error(), move || messages.dismiss_error(), "error", "alert")}
            {dismissable(messages.notice(), move || messages.dismiss_notice(), "notice", "status")}
        </div>
    }
}
