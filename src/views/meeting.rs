//! The meeting header: symbol, organ, date and time, president, agenda.

use super::printed::printed_heading;
use crate::state::Doc;
use leptos::prelude::*;

#[component]
pub fn MeetingHeader(doc: Doc) -> impl IntoView {
    let m = doc.record.meeting.clone();
    let title = m.symbol.clone().unwrap_or_else(|| "Meeting record".into());
    // The date as the cover prints it ("Thursday, 9 January 2020"), the
    // ISO date for machines in `datetime`.
    let date = m.date.clone().map(|iso| {
        let long = verbatim_core::dates::long_date(&iso).unwrap_or_else(|| iso.clone());
        view! { <time datetime=iso>{long}</time> }
    });
    let rest = [m.time.clone(), m.place.clone()]
        .into_iter()
        .flatten()
        .collect::<Vec<_>>()
        .join(" · ");
    let separator = (date.is_some() && !rest.is_empty()).then_some(" · ");
    let organ = [
        m.organ.clone(),
        m.session.clone(),
        m.number.map(|n| format!("meeting {n}")),
    ]
    .into_iter()
    .flatten()
    .collect::<Vec<_>>()
    .join(" · ");
    let president = m.president.clone().map(|p| match p.country {
        Some(c) => format!("{} ({c})", p.name),
        None => p.name,
    });
    let agenda = m.agenda.clone();
    let language = m.language.clone();
    let source = doc.source.describe();
    view! {
        <header class="meeting">
            <h1 class="meeting-symbol">{title}</h1>
            <p class="meeting-organ">{organ}</p>
            <p class="meeting-when">{date}{separator}{rest}</p>
            {president.map(|p| view! { <p class="meeting-president">"President: " {p}</p> })}
            {language.map(|l| view! { <p class="meeting-language">"Record in " {l}</p> })}
            {(!agenda.is_empty()).then(|| view! {
                <section class="agenda" aria-label="Agenda">
                    <h2>"Agenda"</h2>
                    <ul>{agenda.iter().map(|a| view! { <li>{printed_heading(&a.title, &[])}</li> }).collect_view()}</ul>
                </section>
            })}
            <p class="meeting-source">"Opened: " {source}</p>
        </header>
    }
}
