//! One identity for a delegation, whatever the record's language or era
//! prints: `Fédération de Russie`, `Federación de Rusia` and `Russian
//! Federation` are the Russian Federation; `Turkey` and `Türkiye` are one.
//!
//! The names come from `data/un_member_states.tsv` (English, as UN records
//! print them) and `data/un_member_states_fr_es.tsv` (the UN's French and
//! Spanish short names and older forms); `build.rs` embeds only the folded
//! name and its canonical English UN name.

use super::countries::split::fold_name;
use std::collections::HashMap;
use std::sync::LazyLock;

const DELEGATIONS_TSV: &str = include_str!(concat!(env!("OUT_DIR"), "/delegations.tsv"));

/// Folded name to canonical name, built on first use (a map: the linear
/// scan it replaced was 30% of a corpus parse, once per speech).
static DELEGATIONS: LazyLock<HashMap<&'static str, &'static str>> = LazyLock::new(|| {
    DELEGATIONS_TSV
        .lines()
        .filter_map(|row| row.split_once('\t'))
        .collect()
});

/// The canonical English UN name of the delegation a label or cover prints
/// (`Fédération de Russie` gives `Russian Federation`), if it is a state or
/// observer the data knows.
pub fn delegation_of(printed: &str) -> Option<&'static str> {
    let folded = fold_name(printed);
    if folded.is_empty() {
        return None;
    }
    DELEGATIONS.get(folded.as_str()).copied()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn one_delegation_in_three_languages() {
        for printed in [
            "Russian Federation",
            "Fédération de Russie",
            "Federación de Rusia",
        ] {
            assert_eq!(
                delegation_of(printed),
                Some("Russian Federation"),
                "{printed}"
            );
        }
        for printed in [
            "United Kingdom of Great Britain and Northern Ireland",
            "Royaume-Uni de Grande-Bretagne et d’Irlande du Nord",
            "Reino Unido de Gran Bretaña e Irlanda del Norte",
        ] {
            assert_eq!(
                delegation_of(printed),
                Some("United Kingdom of Great Britain and Northern Ireland")
            );
        }
        assert_eq!(
            delegation_of("États-Unis d'Amérique"),
            delegation_of("United States of America")
        );
        assert_eq!(delegation_of("Lettonie"), Some("Latvia"));
        assert_eq!(delegation_of("Letonia"), Some("Latvia"));
        assert_eq!(delegation_of("the Sudan"), delegation_of("Sudan"));
        assert_eq!(delegation_of("Chine"), Some("China"));
        assert_eq!(delegation_of("Special Coordinator"), None);
        assert_eq!(delegation_of(""), None);
    }
}
