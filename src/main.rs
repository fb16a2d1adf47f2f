//! Verbatim in the browser. The app is a thin view: `verbatim_core` parses,
//! matches and encodes; the components here render its model and hold UI state.
//! The parser itself is a module of its own, loaded when a record is opened
//! (`src/bin/verbatim-parser.rs`, `parser`, `worker`).

mod app;
mod browser;
mod parser;
mod state;
mod views;
mod worker;

fn main() {
    // No panic hook: the release build makes a panic an immediate abort
    // (scripts/build.sh), so a hook would never run.
    leptos::mount::mount_to_body(app::App);
}
