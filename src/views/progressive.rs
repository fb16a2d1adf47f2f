//! Rendering long lists a piece at a time.
//!
//! A record of 20 MB has thousands of speeches; building all their DOM in one
//! go would freeze the page for seconds. Views split such lists into pieces,
//! each behind a `RwSignal<bool>` switch, render the first pieces at once and
//! hand the switches to [`reveal_in_background`].

use crate::browser;
use leptos::prelude::*;
use leptos::task::spawn_local;

/// Turn on the switches not yet on, in order, a few per task: as many as fit
/// in about 24 ms, judged from the last round, so no task runs long. Stops
/// when the switches are disposed (the view was replaced); calls `done` when
/// every piece is shown.
pub fn reveal_in_background(shown: Vec<RwSignal<bool>>, done: impl FnOnce() + 'static) {
    spawn_local(async move {
        let mut per_round = 1usize;
        let mut next = 0;
        loop {
            browser::next_task().await;
            let t0 = browser::now();
            let mut revealed = 0;
            while next < shown.len() && revealed < per_round {
                match shown[next].try_get_untracked() {
                    None => return,
                    Some(true) => {}
                    Some(false) => {
                        shown[next].set(true);
                        revealed += 1;
                    }
                }
                next += 1;
            }
            // Rendering runs when this task yields; the next task starts after it.
            browser::next_task().await;
            if next >= shown.len() {
                done();
                return;
            }
            let took = (browser::now() - t0).max(0.5);
            per_round = ((per_round as f64 * 24.0 / took) as usize).clamp(1, 64);
        }
    });
}
