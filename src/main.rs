//! Verbatim in the browser. The app is a thin view: `verbatim_core` parses,
//! matches and encodes; the components here render its model and hold UI state.

mod app;
mod browser;
mod state;
mod views;
mod worker;

/// Parse `text`, then ten times over (`also` = 1) count the built-in themes
/// per speech, as the app does, or (`also` = 2) find the document symbols in
/// every paragraph again; returns a count so no work is skipped. The
/// browser benchmark (`scripts/bench.sh`) times the parser in wasm through
/// this export, and theme matching and symbol finding as shares of it, as
/// `verbatim bench` does natively (ten times, so their time stands out of
/// the parse's own variation).
#[wasm_bindgen::prelude::wasm_bindgen]
pub fn bench_parse(text: &str, also: u8) -> usize {
    thread_local! {
        static THEMES: verbatim_core::themes::ThemeSet = verbatim_core::themes::ThemeSet::builtin();
    }
    let record = verbatim_core::parse(text);
    // As the app counts themes per speech, and as `verbatim bench` times them.
    let themes = || THEMES.with(|t| verbatim_core::citations::theme_counts(&record, t).len());
    let symbols = || {
        record
            .speeches
            .iter()
            .flat_map(|s| &s.paragraphs)
            .map(|p| verbatim_core::symbols::find_symbols(p).len())
            .sum::<usize>()
    };
    let again: usize = match also {
        0 => 0,
        1 => (0..10).map(|_| themes()).sum(),
        _ => (0..10).map(|_| symbols()).sum(),
    };
    record.speeches.len() + again
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
