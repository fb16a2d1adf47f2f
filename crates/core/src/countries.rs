//! Country names, from the member-state list in `data/un_member_states.tsv`.
//!
//! Used to tell a vote list's continuation lines ("Great Britain and Northern
//! Ireland, United States") from the speech text that follows it.

use std::collections::HashSet;
use std::sync::LazyLock;

/// The data file, embedded: it is small (17 KB) and the parser needs it offline.
const MEMBER_STATES_TSV: &str = include_str!("../../../data/un_member_states.tsv");

static COUNTRY_WORDS: LazyLock<HashSet<String>> = LazyLock::new(|| {
    let mut words = HashSet::new();
    for row in MEMBER_STATES_TSV.lines().skip(1) {
        let name = row.split('\t').next().unwrap_or("");
        for w in name.split(|c: char| !c.is_alphanumeric() && c != '\'' && c != '’' && c != '-') {
            if !w.is_empty() {
                words.insert(w.to_lowercase().replace('’', "'"));
            }
        }
    }
    words.insert("none".into());
    words
});

/// Is every word of `line` a word of some country name (a vote list line)?
pub fn is_country_list_line(line: &str) -> bool {
    let mut any = false;
    for w in line.split(|c: char| !c.is_alphanumeric() && c != '\'' && c != '’' && c != '-') {
        if w.is_empty() {
            continue;
        }
        any = true;
        if !COUNTRY_WORDS.contains(&w.to_lowercase().replace('’', "'")) {
            return false;
        }
    }
    any
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tells_vote_lists_from_speech() {
        assert!(is_country_list_line(
            "China, Russian Federation, United Kingdom of"
        ));
        assert!(is_country_list_line("of America"));
        assert!(is_country_list_line(
            "Côte d’Ivoire, Micronesia (Federated States of),"
        ));
        assert!(is_country_list_line("None"));
        assert!(!is_country_list_line(
            "mechanism for north-western and north-eastern Syria"
        ));
        assert!(!is_country_list_line("The President: The draft"));
    }
}
