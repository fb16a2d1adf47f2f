//! Security Council resolution facts (title, date, vote) for symbol tooltips,
//! read from `data/un_sc_resolutions.tsv`, which the app fetches lazily.

use crate::grammar::symbols::{decode_symbol, Decoded};
use std::collections::HashMap;

/// One resolution's facts.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Resolution {
    pub title: String,
    pub date: String,
    pub vote: String,
    pub meeting: String,
}

/// Resolutions by number.
pub type Resolutions = HashMap<u32, Resolution>;

/// Parse the resolutions TSV (`number, symbol, year, date, title, agenda_item, meeting, vote, …`).
pub fn parse_resolutions_tsv(tsv: &str) -> Resolutions {
    let mut out = HashMap::new();
    for row in tsv.lines().skip(1) {
        let f: Vec<&str> = row.split('\t').collect();
        if f.len() < 8 {
            continue;
        }
        if let Ok(n) = f[0].trim().parse::<u32>() {
            out.insert(
                n,
                Resolution {
                    title: f[4].into(),
                    date: f[3].into(),
                    vote: f[7].into(),
                    meeting: f[6].into(),
                },
            );
        }
    }
    out
}

/// What a tooltip says about a symbol: a heading and lines of facts.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SymbolInfo {
    pub heading: String,
    pub facts: Vec<(String, String)>,
}

fn vote_words(vote: &str) -> String {
    let parts: Vec<&str> = vote.split('-').collect();
    match parts.as_slice() {
        [y, n, a] if y.parse::<u32>().is_ok() => {
            format!("{y} in favour, {n} against, {a} abstaining")
        }
        _ => vote.to_owned(),
    }
}

fn ordinal(n: u32) -> String {
    let suffix = match (n % 10, n % 100) {
        (1, 11) | (2, 12) | (3, 13) => "th",
        (1, _) => "st",
        (2, _) => "nd",
        (3, _) => "rd",
        _ => "th",
    };
    format!("{n}{suffix}")
}

/// Describe a symbol for a reader; `resolutions` adds facts for SC resolutions.
pub fn describe(symbol: &str, resolutions: Option<&Resolutions>) -> SymbolInfo {
    let d: Decoded = decode_symbol(symbol);
    let organ = d.organ.clone().unwrap_or_else(|| "United Nations".into());
    let mut facts = vec![
        ("Organ".to_owned(), organ.clone()),
        ("Type".to_owned(), d.kind.clone()),
    ];
    if let Some(y) = &d.year {
        facts.push(("Year".into(), y.clone()));
    }
    if let Some(s) = d.session {
        let kind = d
            .session_kind
            .as_deref()
            .map_or(String::new(), |k| format!("{k} "));
        facts.push(("Session".into(), format!("{} {kind}session", ordinal(s))));
    }
    if let Some(n) = &d.number {
        facts.push(("Number".into(), n.clone()));
    }
    for m in &d.modifiers {
        facts.push(("Version".into(), m.clone()));
    }
    let mut heading = format!("{organ} {}", d.kind);
    // The table is the Security Council's, by number: another body's
    // resolution 15/1 or 2011/29 is not its resolution 15 or 29.
    if d.kind == "resolution" && symbol.starts_with("S/RES/") {
        if let Some(r) = d
            .number
            .as_deref()
            .and_then(|n| n.parse::<u32>().ok())
            .and_then(|n| resolutions?.get(&n))
        {
            heading = r.title.clone();
            facts.push(("Adopted".into(), r.date.clone()));
            facts.push(("Vote".into(), vote_words(&r.vote)));
            if !r.meeting.is_empty() {
                facts.push(("Meeting".into(), r.meeting.clone()));
            }
        }
    }
    SymbolInfo { heading, facts }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn describes_resolutions_with_data() {
        let tsv = "number\tsymbol\tyear\tdate\ttitle\tagenda_item\tmeeting\tvote\n1325\tS/RES/1325 (2000)\t2000\t2000-10-31\tWomen and peace and security\tx\tS/PV.4213\tunanimously\n2504\tS/RES/2504 (2020)\t2020\t2020-01-10\tThe situation in the Middle East\tx\tS/PV.8700\t11-0-4\n";
        let r = parse_resolutions_tsv(tsv);
        let info = describe("S/RES/2504 (2020)", Some(&r));
        assert_eq!(info.heading, "The situation in the Middle East");
        assert!(info.facts.contains(&(
            "Vote".into(),
            "11 in favour, 0 against, 4 abstaining".into()
        )));
        let info = describe("A/58/PV.7", None);
        assert_eq!(info.heading, "General Assembly verbatim record");
        assert!(info
            .facts
            .contains(&("Session".into(), "58th session".into())));
        let real = parse_resolutions_tsv(include_str!("../../../../data/un_sc_resolutions.tsv"));
        assert_eq!(real[&1325].date, "2000-10-31");
    }

    /// Other bodies' resolutions are named for their body and never take a
    /// Security Council resolution's title, though the table has their
    /// numbers (SC resolutions 1, 29 and 69 exist).
    #[test]
    fn other_bodies_resolutions_take_no_council_title() {
        let real = parse_resolutions_tsv(include_str!("../../../../data/un_sc_resolutions.tsv"));
        assert!(real.contains_key(&1) && real.contains_key(&29) && real.contains_key(&69));
        for (symbol, heading) in [
            ("A/HRC/RES/15/1", "Human Rights Council resolution"),
            ("E/RES/2011/29", "Economic and Social Council resolution"),
            (
                "E/CN.4/RES/2005/69",
                "Commission on Human Rights resolution",
            ),
            ("A/RES/ES-11/1", "General Assembly resolution"),
            ("A/RES/65/193", "General Assembly resolution"),
            ("A/DEC/65/530", "General Assembly decision"),
        ] {
            let info = describe(symbol, Some(&real));
            assert_eq!(info.heading, heading, "{symbol}");
            assert!(!info.facts.iter().any(|(k, _)| k == "Adopted"), "{symbol}");
        }
        let facts = describe("A/RES/ES-11/1", None).facts;
        assert!(facts.contains(&("Session".into(), "11th emergency special session".into())));
        let facts = describe("E/RES/2011/29", None).facts;
        assert!(facts.contains(&("Year".into(), "2011".into())));
        assert!(!facts.iter().any(|(k, _)| k == "Session"));
    }
}
