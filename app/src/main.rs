//! Verbatim in the browser. The app is a thin view: `verbatim_core` parses,
//! matches and encodes; the components here render its model and hold UI state.

mod app;
mod browser;
mod state;
mod views;

fn main() {
    console_error_panic_hook::set_once();
    leptos::mount::mount_to_body(app::App);
}
