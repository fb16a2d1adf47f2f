//! The cover page: symbol, organ, session, meeting number, date, president,
//! members and agenda.
//!
//! The cover lists member countries and their representatives in two separate
//! blocks (a two-column table flattened by extraction); we pair them by position.

use crate::lines::Line;
use crate::model::{AgendaItem, Diagnostic, Meeting, Member, Person};
use crate::patterns;
use crate::symbols;
use regex_lite::Regex;
use std::sync::LazyLock;

static SYMBOL_LINE: LazyLock<Regex> = LazyLock::new(|| {
    crate::patterns::compile(
        r"^(?P<sym>[ASE]\s?/(?:\d+/)?PV\.)\s?(?P<num>\d+)(?P<res>\s\(Resumption\s\d+\))?$",
    )
});
static DATE_LINE: LazyLock<Regex> = LazyLock::new(|| {
    crate::patterns::compile(
        r"^(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday),\s(?P<d>\d{1,2})\s(?P<m>January|February|March|April|May|June|July|August|September|October|November|December)\s(?P<y>\d{4})(?:,\s(?P<t>.+))?$",
    )
});
static SESSION_LINE: LazyLock<Regex> = LazyLock::new(|| {
    crate::patterns::compile(
        r"^[A-Z][a-z]+(?:-[a-z]+)?(?:\s(?:emergency\s)?(?:special\s)?)?\s?(?:year|session)$",
    )
});
static MEETING_LINE: LazyLock<Regex> = LazyLock::new(|| {
    crate::patterns::compile(r"^(?P<n>\d+)?\s?(?:st|nd|rd|th)\s(?:plenary\s)?meeting$")
});
/// Replace dot leaders (three or more dots, each may be followed by a space,
/// with the spaces around the run) by `with`. By hand rather than a regex:
/// a counted repetition is slow in a backtracking-free engine.
fn replace_dot_leaders(t: &str, with: &str) -> String {
    let b = t.as_bytes();
    let mut out = String::with_capacity(t.len());
    let mut i = 0;
    let mut copied = 0;
    while i < b.len() {
        if b[i] != b'.' {
            i += 1;
            continue;
        }
        let (mut j, mut dots) = (i, 0);
        while j < b.len() && b[j] == b'.' {
            dots += 1;
            j += 1;
            if j < b.len() && b[j].is_ascii_whitespace() {
                j += 1;
            }
        }
        if dots < 3 {
            i = j;
            continue;
        }
        let mut start = i;
        while start > copied && b[start - 1].is_ascii_whitespace() {
            start -= 1;
        }
        while j < b.len() && b[j].is_ascii_whitespace() {
            j += 1;
        }
        out.push_str(&t[copied..start]);
        out.push_str(with);
        copied = j;
        i = j;
    }
    out.push_str(&t[copied..]);
    out
}

/// A cheap test before [`replace_dot_leaders`]: three dots, spaced or not.
fn has_dot_leaders(t: &str) -> bool {
    t.contains("...") || t.contains(". . .") || t.contains(".. .") || t.contains(". ..")
}
/// Does a member's line open with a title (`Mr.`, `Ms`, `Dame`, …) and a space?
fn starts_with_title(line: &str) -> bool {
    ["Mr", "Ms", "Mrs", "Dr", "Miss", "Sir", "Dame"]
        .iter()
        .any(|title| {
            line.strip_prefix(title).is_some_and(|rest| {
                let rest = rest.strip_prefix('.').unwrap_or(rest);
                rest.bytes()
                    .next()
                    .is_some_and(crate::patterns::is_pattern_space)
            })
        })
}

/// Where the cover ends and what it says.
pub struct Cover {
    pub meeting: Meeting,
    /// Index of the first line after the cover.
    pub body_start: usize,
    /// Agenda lines as printed, to recognise agenda headings in the body.
    pub agenda_lines: Vec<String>,
}

/// Does the text open with a cover page (symbol, "United Nations" or an organ)?
pub fn has_cover(lines: &[Line]) -> bool {
    lines.iter().filter(|l| !l.is_blank()).take(6).any(|l| {
        (l.text.starts_with(['A', 'S', 'E']) && SYMBOL_LINE.is_match(&l.text))
            || matches!(
                l.text.as_ref(),
                "United Nations"
                    | "Security Council"
                    | "General Assembly"
                    | "Economic and Social Council"
            )
    })
}

/// The first line of the proceedings: the first stage direction or speaker
/// label, or the end of the cover's boilerplate (barcode) if that comes first.
pub fn first_body_line(lines: &[Line]) -> usize {
    for (i, l) in lines.iter().enumerate() {
        if l.furniture || l.is_blank() {
            continue;
        }
        let t = l.text.as_ref();
        if patterns::is_narrative(t)
            || (patterns::may_start_label(t)
                && t.contains(':')
                && patterns::re(&patterns::LABEL).is_match(t))
        {
            return i;
        }
    }
    0
}

/// Parse the cover. `body_start` is the first line that begins the proceedings.
pub fn parse_cover(lines: &[Line], body_start: usize, diagnostics: &mut Vec<Diagnostic>) -> Cover {
    let mut m = Meeting::default();
    let mut agenda_lines = Vec::new();
    let cover: Vec<&Line> = lines[..body_start].iter().collect();
    let text = |i: usize| cover[i].text.as_ref();
    let mut i = 0;
    let mut countries: Vec<String> = Vec::new();
    let mut names: Vec<String> = Vec::new();
    let mut pending_number: Option<u32> = None;
    while i < cover.len() {
        let t = text(i);
        if t.is_empty() {
            i += 1;
            continue;
        }
        if m.symbol.is_none() {
            if let Some(c) = t
                .starts_with(['A', 'S', 'E'])
                .then(|| SYMBOL_LINE.captures(t))
                .flatten()
            {
                let mut sym = format!("{}{}", c["sym"].replace(' ', ""), &c["num"]);
                if let Some(r) = c.name("res") {
                    sym.push_str(r.as_str());
                }
                m.number = c["num"].parse().ok();
                m.symbol = Some(sym);
                i += 1;
                continue;
            }
        }
        if matches!(
            t,
            "Security Council"
                | "General Assembly"
                | "Economic and Social Council"
                | "Trusteeship Council"
        ) && m.organ.is_none()
        {
            m.organ = Some(t.to_owned());
        } else if (t.ends_with("year") || t.ends_with("session"))
            && SESSION_LINE.is_match(t)
            && m.session.is_none()
        {
            m.session = Some(t.to_owned());
        } else if let Some(c) = t
            .ends_with("meeting")
            .then(|| MEETING_LINE.captures(t))
            .flatten()
        {
            if let Some(n) = c
                .name("n")
                .and_then(|n| n.as_str().parse().ok())
                .or(pending_number)
            {
                m.number = Some(n);
            }
        } else if t.bytes().all(|b| b.is_ascii_digit()) && t.len() <= 5 {
            pending_number = t.parse().ok();
        } else if let Some(c) = t.contains("day, ").then(|| DATE_LINE.captures(t)).flatten() {
            let month = month_number(&c["m"]);
            m.date = Some(format!(
                "{}-{:02}-{:02}",
                &c["y"],
                month,
                c["d"].parse::<u32>().unwrap_or(0)
            ));
            m.time = c.name("t").map(|t| t.as_str().to_owned());
            if let Some(next) = (i + 1..cover.len()).find(|&j| !text(j).is_empty()) {
                let place = text(next);
                if place.len() < 40
                    && !place.contains(':')
                    && place.chars().next().is_some_and(char::is_uppercase)
                {
                    m.place = Some(place.to_owned());
                    i = next;
                }
            }
        } else if t == "President:" || t.starts_with("President:") {
            let (person, next) = parse_president(&cover, i);
            m.president = person;
            i = next;
            continue;
        } else if t == "Members:" {
            let mut j = i + 1;
            while j < cover.len() {
                let u = text(j);
                if u.is_empty() {
                    j += 1;
                    continue;
                }
                if starts_with_title(u) {
                    names.push(u.to_owned());
                } else if has_dot_leaders(u) || (names.is_empty() && looks_like_country(u)) {
                    let c = if has_dot_leaders(u) {
                        replace_dot_leaders(u, "").trim().to_owned()
                    } else {
                        u.trim().to_owned()
                    };
                    if !c.is_empty() {
                        countries.push(c);
                    }
                } else {
                    break;
                }
                j += 1;
            }
            i = j;
            continue;
        } else if t == "Agenda" {
            let mut j = i + 1;
            while j < cover.len() && !text(j).is_empty() {
                if text(j).starts_with("This record contains") {
                    break;
                }
                agenda_lines.push(text(j).to_owned());
                j += 1;
            }
            i = j;
            continue;
        }
        i += 1;
    }
    if !countries.is_empty() {
        if names.len() != countries.len() && !names.is_empty() {
            diagnostics.push(Diagnostic {
                level: "warning".into(),
                code: "members_unpaired".into(),
                message: format!(
                    "The cover lists {} member countries but {} representatives; representatives were not paired.",
                    countries.len(),
                    names.len()
                ),
                span: None,
            });
        }
        let paired = names.len() == countries.len();
        m.members = countries
            .into_iter()
            .enumerate()
            .map(|(k, country)| Member {
                country,
                representative: if paired { Some(names[k].clone()) } else { None },
            })
            .collect();
    }
    m.agenda = group_agenda(&agenda_lines);
    Cover {
        meeting: m,
        body_start,
        agenda_lines,
    }
}

fn looks_like_country(t: &str) -> bool {
    t.len() < 60 && t.chars().next().is_some_and(char::is_uppercase) && !t.contains(':')
}

fn parse_president(cover: &[&Line], at: usize) -> (Option<Person>, usize) {
    let mut name = String::new();
    let mut country = None;
    let first = cover[at].text.trim_start_matches("President:").trim();
    let mut j = at + 1;
    let mut parts: Vec<&str> = Vec::new();
    if !first.is_empty() {
        parts.push(first);
    }
    while j < cover.len() && parts.len() < 3 {
        let u = cover[j].text.as_ref();
        j += 1;
        if u.is_empty() {
            continue;
        }
        if u == "Members:" || u == "Agenda" || u.starts_with("The meeting") {
            j -= 1;
            break;
        }
        parts.push(u);
        if u.contains('(') {
            break;
        }
    }
    for p in parts {
        let p = if has_dot_leaders(p) {
            std::borrow::Cow::Owned(replace_dot_leaders(p, " "))
        } else {
            std::borrow::Cow::Borrowed(p)
        };
        let p = p.trim();
        if let (Some(open), Some(close)) = (p.find('('), p.rfind(')')) {
            let before = p[..open].trim();
            if !before.is_empty() && name.is_empty() {
                name = before.to_owned();
            }
            if open < close {
                country = Some(p[open + 1..close].trim().to_owned());
            }
        } else if name.is_empty() {
            name = p.to_owned();
        }
    }
    if name.is_empty() {
        return (None, j);
    }
    (Some(Person { name, country }), j)
}

/// Join wrapped agenda lines into items: a line continues the previous one when
/// it starts in lower case or the previous one ends on a joining word or comma.
fn group_agenda(lines: &[String]) -> Vec<AgendaItem> {
    let mut items: Vec<String> = Vec::new();
    for line in lines {
        let continues = items.last().is_some_and(|prev: &String| {
            let last_word = prev.rsplit(' ').next().unwrap_or("");
            line.chars().next().is_some_and(char::is_lowercase)
                || prev.ends_with(',')
                || matches!(
                    last_word,
                    "of" | "the"
                        | "and"
                        | "to"
                        | "from"
                        | "on"
                        | "in"
                        | "for"
                        | "by"
                        | "with"
                        | "at"
                        | "a"
                        | "an"
                        | "its"
                )
        });
        if continues {
            let prev = items.last_mut().expect("checked");
            prev.push(' ');
            prev.push_str(line);
        } else {
            items.push(line.clone());
        }
    }
    items
        .into_iter()
        .map(|title| {
            let symbols = symbols::find_symbols(&title)
                .into_iter()
                .map(|s| s.symbol)
                .collect();
            AgendaItem { title, symbols }
        })
        .collect()
}

fn month_number(m: &str) -> u32 {
    match m {
        "January" => 1,
        "February" => 2,
        "March" => 3,
        "April" => 4,
        "May" => 5,
        "June" => 6,
        "July" => 7,
        "August" => 8,
        "September" => 9,
        "October" => 10,
        "November" => 11,
        _ => 12,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn removes_dot_leaders_spaced_or_not() {
        assert_eq!(
            replace_dot_leaders("Belgium . . . . . .  Mr. X", " "),
            "Belgium Mr. X"
        );
        assert_eq!(replace_dot_leaders("China.........", ""), "China");
        assert_eq!(
            replace_dot_leaders("St. Kitts.. and", ""),
            "St. Kitts.. and"
        );
        assert_eq!(replace_dot_leaders("a .. . b", "|"), "a|b");
    }
}
