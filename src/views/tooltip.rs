//! The one tooltip that explains document symbols, shown on hover and focus.

use crate::state::AppState;
use leptos::prelude::*;
use verbatim_core::resolutions::describe;

#[component]
pub fn SymbolTooltip(state: AppState) -> impl IntoView {
    let tooltip = state.links().tooltip();
    view! {
        <div
            id="symbol-tooltip"
            role="tooltip"
            class="tooltip"
            class:visible=move || tooltip.get().is_some()
            style:left=move || tooltip.get().map(|t| format!("{}px", t.left.max(4.0).round() as i64)).unwrap_or_default()
            style:top=move || tooltip.get().map(|t| format!("{}px", t.top.round() as i64)).unwrap_or_default()
        >
            {move || {
                let t = tooltip.get()?;
                let resolutions = state.links().resolutions().get();
                let info = describe(&t.symbol, resolutions.as_deref());
                Some(view! {
                    <p class="tooltip-symbol">{t.symbol.clone()}</p>
                    <p class="tooltip-heading">{info.heading}</p>
                    <dl>
                        {info.facts.into_iter().map(|(k, v)| view! { <dt>{k}</dt><dd>{v}</dd> }).collect_view()}
                    </dl>
                })
            }}
        </div>
    }
}
