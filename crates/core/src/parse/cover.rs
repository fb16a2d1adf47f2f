//! The cover page: symbol, organ, session, meeting number, date, president,
//! members and agenda.
//!
//! The cover lists member countries and their representatives in two separate
//! blocks (a two-column table flattened by extraction); we pair them by position.

mod abroad;
mod typescript;

use super::lines::Line;
use super::Shape;
use crate::grammar::classes::is_pattern_space;
use crate::grammar::lexicon;
use crate::grammar::patterns;
use crate::grammar::scan::Scan;
use crate::grammar::symbols;
use crate::model::{AgendaItem, Diagnostic, Meeting, Member, Person};

/// The cover's symbol line, `S/PV.8699` or `S/PV. 8699 (Resumption 1)`.
struct SymbolLine<'a> {
    /// Up to the `PV.`: `S/PV.`, `A/58/PV.`, `S /PV.`.
    prefix: &'a str,
    number: &'a str,
    /// ` (Resumption 1)`.
    resumption: Option<&'a str>,
}

/// The whole line a meeting record's symbol, maybe with ` (Resumption 1)`.
/// Read by hand; its reference pattern is `reference::SYMBOL_LINE`.
fn read_symbol_line(t: &str) -> Option<SymbolLine<'_>> {
    let mut s = patterns::pv_prefix(Scan::new(t), true)?;
    let prefix = s.since(0);
    s.opt_space();
    let number = s.digits(1, usize::MAX)?;
    let from = s.at();
    let mut resumption = None;
    if let Some(r) = patterns::resumption(s) {
        resumption = Some(r.since(from));
        s = r;
    }
    s.done().then_some(SymbolLine {
        prefix,
        number,
        resumption,
    })
}

/// The cover's date line, `Wednesday, 8 January 2020, 10 a.m.`.
struct DateLine<'a> {
    day: &'a str,
    month: &'a str,
    year: &'a str,
    /// What follows the year and a comma: the time.
    time: Option<&'a str>,
    /// The month's number, where `month` is not an English name.
    month_number: Option<u32>,
}

/// The whole line `Wednesday, 8 January 2020`, maybe followed by `, ` and
/// the time. Read by hand; its reference pattern is `reference::DATE_LINE`.
fn read_date_line(t: &str) -> Option<DateLine<'_>> {
    let mut s = Scan::new(t);
    s.one_of(&lexicon::ENGLISH_WEEKDAYS)?;
    if !(s.lit(",") && s.space()) {
        return None;
    }
    let day = s.digits(1, 2)?;
    if !s.space() {
        return None;
    }
    let month = s.one_of(&lexicon::ENGLISH_MONTHS)?;
    if !s.space() {
        return None;
    }
    let year = s.digits(4, 4)?;
    let mut time = None;
    if !s.done() {
        if !(s.lit(",") && s.space()) || s.done() || s.rest().contains('\n') {
            return None;
        }
        time = Some(s.rest());
    }
    Some(DateLine {
        day,
        month,
        year,
        time,
        month_number: None,
    })
}

/// A session line, `Seventy-fifth year`, `Tenth emergency special session`:
/// a capitalised ordinal (maybe hyphenated), maybe `emergency` and
/// `special`, then `year` or `session`. Read by hand; its reference pattern
/// is `reference::SESSION_LINE`.
fn is_session_line(t: &str) -> bool {
    let ordinal_then = |p: &str| {
        let mut s = Scan::new(p);
        let capital = s.char_if(|c| c.is_ascii_uppercase()).is_some();
        if !capital || s.take_while(|c| c.is_ascii_lowercase()).is_empty() {
            return false;
        }
        let mut hyphenated = s;
        if hyphenated.lit("-") && !hyphenated.take_while(|c| c.is_ascii_lowercase()).is_empty() {
            s = hyphenated;
        }
        if s.done() {
            return true;
        }
        if !s.space() {
            return false;
        }
        for word in ["emergency", "special"] {
            let mut w = s;
            if w.lit(word) && w.space() {
                s = w;
            }
        }
        s.done()
    };
    ["year", "session"].iter().any(|word| {
        t.strip_suffix(word).is_some_and(|p| {
            ordinal_then(p)
                || p.strip_suffix(|c: char| c.is_ascii() && is_pattern_space(c as u8))
                    .is_some_and(ordinal_then)
        })
    })
}

/// A meeting line, `8699th meeting` (the number may stand on its own line
/// above), `7th plenary meeting`. Read by hand; its reference pattern is
/// `reference::MEETING_LINE`.
/// The number, if the line has one; `None` if it is not a meeting line.
fn read_meeting_line(t: &str) -> Option<Option<&str>> {
    let mut s = Scan::new(t);
    let number = s.digits(1, usize::MAX);
    s.opt_space();
    s.one_of(&["st", "nd", "rd", "th"])?;
    if !s.space() {
        return None;
    }
    let mut plenary = s;
    if plenary.lit("plenary") && plenary.space() {
        s = plenary;
    }
    (s.lit("meeting") && s.done()).then_some(number)
}

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

/// A member line whose leader is only two dots ("… Northern Ireland . .
/// Ms. Pierce"), as a browser's copy or the PDF keeps it on one line:
/// (country, representative).
fn short_leader(line: &str) -> Option<(&str, &str)> {
    if has_dot_leaders(line) {
        return None;
    }
    let at = line.find(" . . ")?;
    let name = line[at + 5..].trim_start_matches(['.', ' ']);
    (starts_with_title(name) && !line[..at].trim().is_empty()).then(|| (line[..at].trim(), name))
}

/// A cheap test before [`replace_dot_leaders`]: three dots, spaced or not
/// ("...", ". . .", ".. .", ". .."). Read at each dot: four substring
/// searches were 1.7% of the browser build's parse time.
fn has_dot_leaders(t: &str) -> bool {
    let b = t.as_bytes();
    memchr::memchr_iter(b'.', b).any(|i| {
        let rest = &b[i + 1..];
        rest.starts_with(b"..")
            || rest.starts_with(b" . .")
            || rest.starts_with(b". .")
            || rest.starts_with(b" ..")
    })
}
/// The organ a cover line names, in English (`Conseil de sécurité` gives
/// `Security Council`).
fn organ_in_english(t: &str) -> Option<&'static str> {
    const ENGLISH: [&str; 4] = [
        "Security Council",
        "General Assembly",
        "Economic and Social Council",
        "Trusteeship Council",
    ];
    ENGLISH.iter().copied().find(|&o| o == t).or_else(|| {
        lexicon::ORGANS
            .iter()
            .find(|(printed, _)| *printed == t)
            .map(|&(_, english)| english)
    })
}

/// What follows the president's heading (`President:`, `Président :`,
/// `Presidente:`) on its line, if the line opens with one.
fn president_heading(t: &str) -> Option<&str> {
    t.strip_prefix("President:").or_else(|| {
        lexicon::COVER_PRESIDENT
            .iter()
            .find_map(|h| t.strip_prefix(h))
    })
}

/// What follows the members' heading (`Members:`, `Membres :`,
/// `Miembros:`) on its line, if the line is one.
fn members_heading(t: &str) -> Option<&str> {
    let rest = t.strip_prefix("Members:").or_else(|| {
        lexicon::COVER_MEMBERS
            .iter()
            .find_map(|h| t.strip_prefix(h))
    })?;
    (rest.is_empty() || rest.starts_with(' ')).then_some(rest)
}

/// Does a member's line open with a title (`Mr.`, `Ms`, `Dame`, `M.`,
/// `Sra.`, …) and a space?
fn starts_with_title(line: &str) -> bool {
    [
        "Mr", "Ms", "Mrs", "Dr", "Miss", "Sir", "Dame", "M.", "Mme", "Mlle", "Sr", "Sra", "Srta",
    ]
    .iter()
    .any(|title| {
        line.strip_prefix(title).is_some_and(|rest| {
            let rest = rest.strip_prefix('.').unwrap_or(rest);
            rest.bytes().next().is_some_and(is_pattern_space)
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
    /// Lines before `body_start`, after the last one the cover read, that are
    /// neither blank nor furniture: body text poppler emitted above the first
    /// stage direction or label (the top of a right-hand column), for
    /// [`super::orphans`] to put back. (Not a line that repeats an agenda
    /// line: that is the page's running title.)
    pub unplaced: Vec<usize>,
}

/// Does the text open with a cover page (symbol, "United Nations" or an organ)?
pub fn has_cover(lines: &[Line]) -> bool {
    lines.iter().filter(|l| !l.is_blank()).take(6).any(|l| {
        read_symbol_line(&l.text).is_some()
            || matches!(
                l.text.as_ref(),
                "United Nations"
                    | "Security Council"
                    | "General Assembly"
                    | "Economic and Social Council"
            )
            || lexicon::UNITED_NATIONS.contains(&l.text.as_ref())
            || organ_in_english(&l.text).is_some()
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
                && patterns::read_label(t).is_some())
        {
            return i;
        }
    }
    0
}

/// Parse the cover. `body_start` is the first line that begins the proceedings.
pub fn parse_cover(
    lines: &[Line],
    body_start: usize,
    shape: Shape,
    diagnostics: &mut Vec<Diagnostic>,
) -> Cover {
    let blank_lines_end_agenda = shape == Shape::Text;
    let mut m = Meeting::default();
    let mut agenda_lines = Vec::new();
    let cover: Vec<&Line> = lines[..body_start].iter().collect();
    let text = |i: usize| cover[i].text.as_ref();
    let mut i = 0;
    let mut countries: Vec<String> = Vec::new();
    let mut names: Vec<String> = Vec::new();
    let mut pending_number: Option<u32> = None;
    // The line after the last one read as part of the cover.
    let mut read_until = 0;
    while i < cover.len() {
        let t = text(i);
        if t.is_empty() {
            i += 1;
            continue;
        }
        if m.symbol.is_none() {
            // A browser's PDF viewer copies the cover's first row as one
            // line: "United Nations S/PV.8701" (pdftotext gives two).
            let after_organization = ["United Nations"]
                .iter()
                .chain(&lexicon::UNITED_NATIONS)
                .find_map(|un| t.strip_prefix(un)?.strip_prefix(' '));
            if let Some(c) = read_symbol_line(after_organization.unwrap_or(t)) {
                let mut sym = format!("{}{}", c.prefix.replace(' ', ""), c.number);
                if let Some(r) = c.resumption {
                    sym.push_str(r);
                }
                m.number = c.number.parse().ok();
                m.symbol = Some(sym);
                i += 1;
                read_until = i;
                continue;
            }
        }
        if let (Some(organ), None) = (organ_in_english(t), &m.organ) {
            m.organ = Some(organ.to_owned());
            read_until = i + 1;
        } else if ((t.ends_with("year") || t.ends_with("session")) && is_session_line(t)
            || abroad::is_session_line(t)
            || typescript::is_session_line(t))
            && m.session.is_none()
        {
            m.session = Some(t.to_owned());
            read_until = i + 1;
        } else if let Some(number) = read_meeting_line(t).or_else(|| abroad::read_meeting_line(t)) {
            if let Some(n) = number.and_then(|n| n.parse().ok()).or(pending_number) {
                m.number = Some(n);
            }
            read_until = i + 1;
        } else if t.bytes().all(|b| b.is_ascii_digit()) && t.len() <= 5 {
            pending_number = t.parse().ok();
            read_until = i + 1;
        } else if let Some(c) = read_date_line(t)
            .or_else(|| abroad::read_date_line(t))
            .or_else(|| typescript::read_held_on_line(t))
        {
            let month = c.month_number.unwrap_or_else(|| month_number(c.month));
            m.date = Some(format!(
                "{}-{:02}-{:02}",
                c.year,
                month,
                c.day.parse::<u32>().unwrap_or(0)
            ));
            m.time = c.time.map(str::to_owned);
            // "Held at Headquarters, New York," / "on Friday, …".
            if let Some(place) = (0..i)
                .rev()
                .find(|&j| !text(j).is_empty())
                .and_then(|j| typescript::held_at(text(j)))
            {
                m.place = Some(place.to_owned());
            } else if let Some(next) = (i + 1..cover.len()).find(|&j| !text(j).is_empty()) {
                let place = text(next);
                if place.len() < 40
                    && !place.contains(':')
                    && place.chars().next().is_some_and(char::is_uppercase)
                {
                    m.place = Some(place.to_owned());
                    i = next;
                }
            }
            read_until = i + 1;
        } else if president_heading(t).is_some() {
            let (person, next) = parse_president(&cover, i);
            m.president = person;
            i = next;
            read_until = i;
            continue;
        } else if let Some(first) = members_heading(t) {
            // A browser's copy keeps a member on one line, `Belgium . . .
            // Mr. Pecsteen de Buytswerve`, the first after `Members:`.
            let first = first.trim();
            let mut j = i + usize::from(first.is_empty());
            while j < cover.len() {
                let u = if j == i { first } else { text(j) };
                if u.is_empty() {
                    j += 1;
                    continue;
                }
                if starts_with_title(u) {
                    names.push(u.to_owned());
                } else if let Some((c, name)) =
                    short_leader(u).or_else(|| typescript::member_line(u))
                {
                    // The longest country's leader is two dots wide:
                    // "United Kingdom of … Northern Ireland . . Ms. Pierce".
                    countries.push(c.to_owned());
                    names.push(name.to_owned());
                } else if has_dot_leaders(u) || (names.is_empty() && looks_like_country(u)) {
                    let (c, name) = if has_dot_leaders(u) {
                        let parts = replace_dot_leaders(u, "\u{1}");
                        let (c, name) = parts.split_once('\u{1}').unwrap_or((&parts, ""));
                        (
                            c.trim().trim_end_matches(['.', ' ']).to_owned(),
                            name.trim().to_owned(),
                        )
                    } else {
                        (
                            u.trim().trim_end_matches([' ', '.']).to_owned(),
                            String::new(),
                        )
                    };
                    if !c.is_empty() {
                        countries.push(c);
                    }
                    if starts_with_title(&name) {
                        names.push(name);
                    }
                } else {
                    break;
                }
                j += 1;
            }
            i = j;
            read_until = i;
            continue;
        } else if let Some(item) = typescript::agenda_line(t) {
            // "- Report of the International Atomic Energy Agency [14]".
            agenda_lines.push(item.to_owned());
            read_until = i + 1;
        } else if t == "Agenda" || lexicon::COVER_AGENDA.contains(&t) {
            // To the notice on corrections; a PDF's layout sets the agenda's
            // lines apart with blank lines, pdftotext ends it with one.
            let mut j = i + 1;
            while j < cover.len() {
                let u = text(j);
                if u.starts_with("This record contains")
                    || lexicon::NOTICE.iter().any(|n| u.starts_with(n))
                {
                    break;
                }
                if u.is_empty() {
                    // (Blank lines before the first item do not end it.)
                    if blank_lines_end_agenda && !agenda_lines.is_empty() {
                        break;
                    }
                } else {
                    agenda_lines.push(u.to_owned());
                }
                j += 1;
            }
            i = j;
            read_until = i;
            continue;
        }
        i += 1;
    }
    // (A line that repeats an agenda line is the page's running title, which
    // a short record prints too seldom for `lines` to know it: S/PV.8701.)
    let unplaced = (read_until..body_start)
        .filter(|&k| {
            let t = lines[k].text.as_ref();
            !lines[k].furniture && !t.is_empty() && !agenda_lines.iter().any(|a| a == t)
        })
        .collect();
    if !countries.is_empty() {
        if names.len() != countries.len() && !names.is_empty() {
            diagnostics.push(Diagnostic::warning(
                "members_unpaired",
                format!(
                    "The cover lists {} member countries but {} representatives; representatives were not paired.",
                    countries.len(),
                    names.len()
                ),
                None,
            ));
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
        unplaced,
    }
}

fn looks_like_country(t: &str) -> bool {
    t.len() < 60 && t.chars().next().is_some_and(char::is_uppercase) && !t.contains(':')
}

fn parse_president(cover: &[&Line], at: usize) -> (Option<Person>, usize) {
    let mut name = String::new();
    let mut country = None;
    let first = president_heading(&cover[at].text).unwrap_or("").trim();
    let mut j = at + 1;
    let mut parts: Vec<&str> = Vec::new();
    if !first.is_empty() {
        parts.push(first);
    }
    // (A browser's copy has the whole of it on the `President:` line.)
    while j < cover.len() && parts.len() < 3 && !first.contains('(') {
        let u = cover[j].text.as_ref();
        j += 1;
        if u.is_empty() {
            continue;
        }
        if members_heading(u).is_some()
            || u == "Agenda"
            || lexicon::COVER_AGENDA.contains(&u)
            || u.starts_with("The meeting")
        {
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
            AgendaItem {
                title,
                symbols,
                from_body: false,
            }
        })
        .collect()
}

fn month_number(m: &str) -> u32 {
    lexicon::ENGLISH_MONTHS
        .iter()
        .position(|&name| name == m)
        .map_or(12, |i| i as u32 + 1)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::grammar::reference::{DATE_LINE, MEETING_LINE, SESSION_LINE, SYMBOL_LINE};
    use proptest::strategy::Strategy;

    #[test]
    fn dot_leaders_as_the_four_substrings() {
        let by_substrings = |t: &str| {
            t.contains("...") || t.contains(". . .") || t.contains(".. .") || t.contains(". ..")
        };
        let mut lines = crate::corpus_lines();
        for a in ["", ".", " ", "x", ". ", " ."] {
            for b in ["", ".", " ", "x", ". ", " ."] {
                for c in ["", ".", " ", ". .", "..", " .."] {
                    lines.push(format!("{a}{b}{c}"));
                    lines.push(format!("Chad{a}{b}{c}.Mr. X"));
                }
            }
        }
        let found = lines.iter().filter(|l| has_dot_leaders(l)).count();
        for line in &lines {
            assert_eq!(has_dot_leaders(line), by_substrings(line), "{line:?}");
        }
        assert!(found > 100, "{found} lines with dot leaders");
    }

    /// Each cover reader's result next to its pattern's, as comparable text.
    fn both(line: &str) -> [(String, String); 4] {
        let part = |c: &regex_lite::Captures, n: &str| c.name(n).map(|m| m.as_str().to_owned());
        [
            (
                format!(
                    "{:?}",
                    read_symbol_line(line).map(|s| (s.prefix, s.number, s.resumption))
                ),
                format!(
                    "{:?}",
                    SYMBOL_LINE
                        .captures(line)
                        .map(|c| (part(&c, "sym"), part(&c, "num"), part(&c, "res")))
                        .map(|(a, b, c)| (a.unwrap_or_default(), b.unwrap_or_default(), c))
                ),
            ),
            (
                format!(
                    "{:?}",
                    read_date_line(line).map(|d| (d.day, d.month, d.year, d.time))
                ),
                format!(
                    "{:?}",
                    DATE_LINE.captures(line).map(|c| (
                        part(&c, "d").unwrap_or_default(),
                        part(&c, "m").unwrap_or_default(),
                        part(&c, "y").unwrap_or_default(),
                        part(&c, "t")
                    ))
                ),
            ),
            (
                is_session_line(line).to_string(),
                SESSION_LINE.is_match(line).to_string(),
            ),
            (
                format!("{:?}", read_meeting_line(line)),
                format!("{:?}", MEETING_LINE.captures(line).map(|c| part(&c, "n"))),
            ),
        ]
    }

    /// An emergency special or special session's record has its session so.
    #[test]
    fn reads_special_session_symbol_lines() {
        for (line, prefix) in [
            ("A/ES-11/PV.1", "A/ES-11/PV."),
            ("A/S-27/PV.2", "A/S-27/PV."),
        ] {
            let s = read_symbol_line(line).expect(line);
            assert_eq!((s.prefix, s.number), (prefix, &line[line.len() - 1..]));
        }
    }

    #[test]
    fn cover_readers_agree_with_their_patterns() {
        let mut lines: Vec<String> = crate::corpus_texts()
            .iter()
            .flat_map(|t| t.lines().map(|l| l.trim().to_owned()).collect::<Vec<_>>())
            .collect();
        lines.extend(
            [
                "S /PV. 8699 (Resumption 1)",
                "A/58/PV.7",
                "A/ES-11/PV.1",
                "A /S-27/PV. 2 (Resumption 1)",
                "A/ES-/PV.1",
                "S/PV.8699 (Resumption 1) x",
                "Wednesday, 8 January 2020, 10 a.m.",
                "Friday, 31 May 2019",
                "Friday, 311 May 2019",
                "Friday, 3 May 2019, ",
                "Seventy-fifth year",
                "Fiftyyear",
                "Tenth emergency special session",
                "Tenth  session",
                "Tenth special  session",
                "Fifty-eighth session",
                "8699th meeting",
                "th meeting",
                "7th plenary meeting",
                "7 th plenarymeeting",
            ]
            .map(str::to_owned),
        );
        let mut matched = [0; 4];
        for line in &lines {
            for (k, (ours, theirs)) in both(line).into_iter().enumerate() {
                assert_eq!(ours, theirs, "{line:?}");
                matched[k] += usize::from(!theirs.starts_with("None") && theirs != "false");
            }
        }
        assert!(matched.iter().all(|&n| n >= 3), "{matched:?}");
    }

    proptest::proptest! {
        #![proptest_config(proptest::prelude::ProptestConfig::with_cases(2000))]

        #[test]
        fn cover_readers_agree_with_their_patterns_on_generated_lines(line in proptest::collection::vec(
            (
                proptest::sample::select(&[
                    "S", "A", "/", "PV.", "58", "8699", "(Resumption", "1)", "Monday,", "Friday", ",", "ES-",
                    "8", "31", "2020", "May", "January", "10 a.m.", "Seventy", "-fifth", "Tenth",
                    "emergency", "special", "session", "year", "plenary", "meeting", "th", "st", "7",
                ][..]),
                proptest::sample::select(&["", " ", " ", "\t", "-"][..]),
            ),
            1..8,
        ).prop_map(|v| v.into_iter().flat_map(|(w, g)| [w, g]).collect::<String>())) {
            for (ours, theirs) in both(&line) {
                proptest::prop_assert_eq!(ours, theirs, "{:?}", line);
            }
        }
    }

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
