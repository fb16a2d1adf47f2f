//! Verbatim in the browser. The app is a thin view: `verbatim_core` parses,
//! matches and encodes; the components here render its model and hold UI state.

mod app;
mod browser;
mod state;
mod views;
mod worker;

/// Parse `text` and return its speech count: the browser benchmark
/// (`scripts/bench.sh`) times the parser in wasm through this export.
#[wasm_bindgen::prelude::wasm_bindgen]
pub fn bench_parse(text: &str) -> usize {
    verbatim_core::parse(text).speeches.len()
}

fn main() {
    // No panic hook: the release build makes a panic an immediate abort
    // (scripts/build.sh), so a hook would never run.
    // In the parse worker (see `worker`) there is no page to mount.
    if web_sys::window().is_none() {
        return;
    }
    leptos::mount::mount_to_body(app::App);
}
