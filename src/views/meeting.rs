//! The meeting header: symbol, organ, date and time, president, agenda.

use crate::state::Doc;
use leptos::prelude::*;

#[component]
pub fn MeetingHeader(doc: Doc) -> impl IntoView {
    let m = doc.record.meeting.clone();
    let title = m.symbol.clone().unwrap_or_else(|| "Meeting record".into());
    let when = [m.date.clone(), m.time.clone(), m.place.clone()]
        .into_iter()
        .flatten()
        .collect::<Vec<_>>()
        .join(" · ");
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
            <p class="meeting-when">{when}</p>
            {president.map(|p| view! { <p class="meeting-president">"President: " {p}</p> })}
            {language.map(|l| view! { <p class="meeting-language">"Record in " {l}</p> })}
            {(!agenda.is_empty()).then(|| view! {
                <section class="agenda" aria-label="Agenda">
                    <h2>"Agenda"</h2>
                    <ul>{agenda.into_iter().map(|a| view! { <li>{a.title}</li> }).collect_view()}</ul>
                </section>
            })}
            <p class="meeting-source">"Opened: " {source}</p>
        </header>
    }
}
