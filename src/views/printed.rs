//! A heading's printed lines (see `verbatim_core::heading_lines`) as the
//! page shows them.

use leptos::prelude::*;
use verbatim_core::{heading_lines, AgendaItem};

/// Lines with a line break between them, and the space that was there, so
/// copied text reads as one line.
pub fn printed_lines(lines: Vec<String>) -> impl IntoView {
    let last = lines.len().saturating_sub(1);
    lines
        .into_iter()
        .enumerate()
        .map(|(k, line)| {
            let more = k < last;
            view! { {line} {more.then(|| view! { " " <br/> })} }
        })
        .collect_view()
}

/// `heading`'s printed lines (the cover's `agenda` tells where its items'
/// lines meet), owned, for a view built later.
pub fn heading_lines_of(heading: &str, agenda: &[AgendaItem]) -> Vec<String> {
    heading_lines::split(heading, agenda)
        .into_iter()
        .map(str::to_owned)
        .collect()
}

/// `heading` broken where the record prints its lines.
pub fn printed_heading(heading: &str, agenda: &[AgendaItem]) -> impl IntoView {
    printed_lines(heading_lines_of(heading, agenda))
}
