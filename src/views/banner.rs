//! Errors, notices and progress, announced to screen readers.

use crate::state::{AppState, Messages, ReadOnly};
use leptos::prelude::*;

/// A message the reader can dismiss; `role` is `alert` for errors, `status` otherwise.
/// `dismiss` is a plain function, not a closure, so both banners share one
/// copy of this view's code.
fn dismissable(
    message: ReadOnly<Option<String>>,
    messages: Messages,
    dismiss: fn(Messages),
    class: &'static str,
    role: &'static str,
) -> impl IntoView {
    move || {
        message.get().map(|m| {
            view! {
                <div class=format!("banner {class}") role=role>
                    <p>{m}</p>
                    <button type="button" on:click=move |_| dismiss(messages)>"Dismiss"</button>
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
            {dismissable(messages.error(), messages, Messages::dismiss_error, "error", "alert")}
            {dismissable(messages.notice(), messages, Messages::dismiss_notice, "notice", "status")}
        </div>
    }
}
