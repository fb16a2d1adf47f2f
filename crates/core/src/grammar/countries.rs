//! Country names, from the member-state list in `data/un_member_states.tsv`.
//!
//! Used to tell a vote list's continuation lines ("Great Britain and Northern
//! Ireland, United States") from the speech text that follows it.

use std::collections::HashSet;
use std::sync::LazyLock;

mod split;
use split::words;

/// The distinct words of the member-state names, one per line, derived by
/// `build.rs` from the data file (the whole table is not embedded).
const COUNTRY_WORDS_TXT: &str = include_str!(concat!(env!("OUT_DIR"), "/country_words.txt"));

static COUNTRY_WORDS: LazyLock<HashSet<&'static str>> = LazyLock::new(|| {
    let mut words: HashSet<&'static str> = COUNTRY_WORDS_TXT.lines().collect();
    words.insert("none");
    words
});

/// Is every word of `line` a word of some country name (a vote list line)?
pub fn is_country_list_line(line: &str) -> bool {
    let mut any = false;
    for w in words(line) {
        any = true;
        if !COUNTRY_WORDS.contains(w.as_str()) {
            return false;
        }
    }
    any
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The derived list holds exactly the words of the table's names.
    #[test]
    fn country_words_come_from_the_member_state_table() {
        let tsv = include_str!("../../../../data/un_member_states.tsv");
        let from_table: HashSet<String> = tsv
            .lines()
            .skip(1)
            .flat_map(|row| words(row.split('\t').next().unwrap_or("")).collect::<Vec<_>>())
            .collect();
        let derived: HashSet<String> = COUNTRY_WORDS_TXT.lines().map(str::to_owned).collect();
        assert_eq!(derived, from_table);
        assert!(derived.len() > 250, "{}", derived.len());
    }

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
