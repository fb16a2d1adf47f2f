//! How a country name, or a line of a vote list, is cut into words. Shared by
//! `build.rs` (which derives the country words from the member-state table)
//! and `countries.rs` (which looks a line's words up), so the two agree.

/// Words: runs of letters, digits, apostrophes and hyphens, lower-cased, with
/// the curly apostrophe made straight.
pub fn words(text: &str) -> impl Iterator<Item = String> + '_ {
    text.split(|c: char| !c.is_alphanumeric() && c != '\'' && c != '’' && c != '-')
        .filter(|w| !w.is_empty())
        .map(|w| w.to_lowercase().replace('’', "'"))
}

/// The first and last words of a table row's name, before any parenthesis
/// ("Bolivia (Plurinational State of)" gives bolivia, bolivia), for the names
/// vote lists print: every row but the formal names ("Republic of …"), whose
/// first words would open no list entry.
#[allow(dead_code)] // by build.rs and the tests only
pub fn name_edges(row: &str) -> Option<(String, String)> {
    let mut fields = row.split('\t');
    let name = fields.next()?;
    if fields.nth(3) == Some("un_formal") {
        return None;
    }
    let short = name.split('(').next().unwrap_or("");
    let mut w = words(short);
    let first = w.next()?;
    let last = w.last().unwrap_or_else(|| first.clone());
    Some((first, last))
}

/// A delegation's name folded for lookup: its words (see [`words`]) joined
/// by one space, without a leading article `the` ("the Sudan" and "Sudan",
/// "États-Unis d’Amérique" and "États-Unis d'Amérique" fold alike).
#[allow(dead_code)] // by build.rs and `delegations` only
pub fn fold_name(name: &str) -> String {
    let mut w: Vec<String> = words(name).collect();
    if w.first().is_some_and(|f| f == "the") {
        w.remove(0);
    }
    w.join(" ")
}
