//! Country names, from the member-state list in `data/un_member_states.tsv`.
//!
//! Used to tell a vote list's continuation lines ("Great Britain and Northern
//! Ireland, United States") from the speech text that follows it.

use std::collections::HashSet;
use std::sync::LazyLock;

pub(crate) mod split;
use split::words;

/// The distinct words of the member-state names, one per line, derived by
/// `build.rs` from the data file (the whole table is not embedded).
const COUNTRY_WORDS_TXT: &str = include_str!(concat!(env!("OUT_DIR"), "/country_words.txt"));

static COUNTRY_WORDS: LazyLock<HashSet<&'static str>> = LazyLock::new(|| {
    let mut words: HashSet<&'static str> = COUNTRY_WORDS_TXT.lines().collect();
    // What a side with no one lists: "None", "Néant", "Ninguno(a)".
    for none in ["none", "néant", "ninguno", "ninguna"] {
        words.insert(none);
    }
    words
});

/// The words that open, and that close, a member-state name as vote lists
/// print it (derived by `build.rs`).
static FIRST_WORDS: LazyLock<HashSet<&'static str>> = LazyLock::new(|| {
    include_str!(concat!(env!("OUT_DIR"), "/country_first_words.txt"))
        .lines()
        .collect()
});
static LAST_WORDS: LazyLock<HashSet<&'static str>> = LazyLock::new(|| {
    include_str!(concat!(env!("OUT_DIR"), "/country_last_words.txt"))
        .lines()
        .collect()
});

/// The hyphenated country word `word` is with its hyphen dropped
/// ("timorleste" gives "timor-leste"), if it is one: pdftotext drops the
/// hyphen of a word broken at a line end ("Timor-" + "Leste"). A scan of
/// the few hyphenated words rather than a map from glued forms: a map of
/// strings brings its own hashing code into the browser bundle.
fn glued(word: &str) -> Option<&'static str> {
    COUNTRY_WORDS
        .iter()
        .copied()
        .filter(|w| w.len() == word.len() + 1 && w.contains('-'))
        .find(|w| w.bytes().filter(|&b| b != b'-').eq(word.bytes()))
}

/// Is every word of `line` a word of some country name (a vote list line)?
/// A hyphenated word may have lost its hyphen ("TimorLeste").
pub fn is_country_list_line(line: &str) -> bool {
    let mut any = false;
    for (k, w) in words(line).enumerate() {
        any = true;
        let known = COUNTRY_WORDS.contains(w.as_str())
            || glued(&w).is_some()
            || broken_at_end(&w)
            || (k == 0 && completes_broken(&w));
        if !known {
            return false;
        }
    }
    any
}

/// The second half of a hyphenated country word broken over the line end
/// before ("Leste" after "Timor-").
fn completes_broken(word: &str) -> bool {
    COUNTRY_WORDS.iter().any(|w| {
        w.len() > word.len() + 1
            && w.ends_with(word)
            && w.as_bytes()[w.len() - word.len() - 1] == b'-'
    })
}

/// A hyphenated country word broken at the line's end with its printed
/// hyphen (a PDF's layout keeps it: "Timor-" / "Leste").
fn broken_at_end(word: &str) -> bool {
    word.len() > 1
        && word.ends_with('-')
        && COUNTRY_WORDS
            .iter()
            .any(|w| w.len() > word.len() && w.starts_with(word))
}

/// One comma-separated entry of a vote list whose lines were joined with
/// `\n`, as the names it holds. A line end inside the entry is a name wrapped
/// there ("Cape" / "Verde"), unless the line closed a name and the next opens
/// one: then the PDF lost a comma ("Zambia" / "Zimbabwe", A/65/PV.71) and
/// the entry is two names. A glued hyphenated word gets its hyphen back
/// ("TimorLeste" gives "Timor-Leste").
pub fn vote_list_entry(entry: &str) -> Vec<String> {
    let mut names = Vec::new();
    let mut name = String::new();
    for (i, line) in entry.split('\n').enumerate() {
        let line = line.trim();
        if line.is_empty() {
            continue;
        }
        if i > 0 && !name.is_empty() {
            if closes_name(&name) && opens_name(line) {
                names.push(std::mem::take(&mut name));
            } else if !name.ends_with('-') {
                // ("Timor-" / "Leste": a printed hyphen joins the halves.)
                name.push(' ');
            }
        }
        name.push_str(line);
    }
    if !name.is_empty() {
        names.push(name);
    }
    for name in &mut names {
        if let Some(fixed) = restore_hyphens(name) {
            *name = fixed;
        }
    }
    names
}

/// Does `text` end a name: its last word closes one, or a parenthesis does
/// ("Iran (Islamic Republic of)")?
fn closes_name(text: &str) -> bool {
    text.ends_with(')')
        || words(text)
            .last()
            .is_some_and(|w| LAST_WORDS.contains(w.as_str()))
}

/// Does `text` open a name: a capital or "the", then a word that opens one?
fn opens_name(text: &str) -> bool {
    let starts_well = text.starts_with(|c: char| c.is_uppercase()) || text.starts_with("the ");
    starts_well
        && words(text)
            .next()
            .is_some_and(|w| FIRST_WORDS.contains(w.as_str()))
}

/// `name` with each glued hyphenated country word hyphenated, if it has one.
fn restore_hyphens(name: &str) -> Option<String> {
    let mut out = None::<String>;
    for token in name.split(' ') {
        let word: String = words(token).collect();
        let fixed = match glued(&word) {
            Some(hyphenated) if !COUNTRY_WORDS.contains(word.as_str()) => {
                // Put the hyphen back at the same letter of the original.
                let at = hyphenated.find('-').unwrap_or(0);
                let start = token.find(|c: char| c.is_alphanumeric()).unwrap_or(0);
                let split = token[start..]
                    .char_indices()
                    .nth(hyphenated[..at].chars().count())
                    .map_or(token.len(), |(i, _)| start + i);
                Some(format!("{}-{}", &token[..split], &token[split..]))
            }
            _ => None,
        };
        if fixed.is_some() && out.is_none() {
            // The tokens before this one, unchanged.
            let before = &name[..token.as_ptr() as usize - name.as_ptr() as usize];
            out = Some(before.to_owned());
        }
        if let Some(o) = &mut out {
            if !o.is_empty() && !o.ends_with(' ') {
                o.push(' ');
            }
            o.push_str(fixed.as_deref().unwrap_or(token));
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The derived list holds exactly the words of the table's names.
    #[test]
    fn country_words_come_from_the_member_state_table() {
        let tsv = include_str!("../../../../data/un_member_states.tsv");
        let other = include_str!("../../../../data/un_member_states_fr_es.tsv");
        let from_table: HashSet<String> =
            tsv.lines()
                .skip(1)
                .flat_map(|row| words(row.split('\t').next().unwrap_or("")).collect::<Vec<_>>())
                .chain(other.lines().skip(1).flat_map(|row| {
                    words(row.split('\t').nth(2).unwrap_or("")).collect::<Vec<_>>()
                }))
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
        assert!(is_country_list_line(
            "former Yugoslav Republic of Macedonia, TimorLeste, Togo,"
        ));
        // A PDF's layout keeps the hyphen of a name broken at the line end.
        assert!(is_country_list_line(
            "former Yugoslav Republic of Macedonia, Timor-"
        ));
        assert!(!is_country_list_line("the representative of Timor-"));
        assert!(is_country_list_line(
            "Leste, Togo, Turkey, Turkmenistan, Tuvalu,"
        ));
        assert!(!is_country_list_line("Togo, Leste"));
        assert_eq!(vote_list_entry("Timor-\nLeste"), ["Timor-Leste"]);
    }

    /// The edge-word lists hold exactly what the table's names give.
    #[test]
    fn name_edges_come_from_the_member_state_table() {
        let tsv = include_str!("../../../../data/un_member_states.tsv");
        let (mut first, mut last) = (HashSet::new(), HashSet::new());
        for (f, l) in tsv.lines().skip(1).filter_map(split::name_edges) {
            first.insert(f);
            last.insert(l);
        }
        let owned = |s: &HashSet<&str>| s.iter().map(|w| w.to_string()).collect::<HashSet<_>>();
        assert_eq!(owned(&FIRST_WORDS), first);
        assert_eq!(owned(&LAST_WORDS), last);
        assert!(FIRST_WORDS.contains("zimbabwe") && LAST_WORDS.contains("zambia"));
        assert!(!FIRST_WORDS.contains("republic") || !LAST_WORDS.contains("czech"));
    }

    #[test]
    fn vote_list_entries_split_only_at_a_lost_comma() {
        let e = |t: &str| vote_list_entry(t);
        assert_eq!(e("Zambia\nZimbabwe."), ["Zambia", "Zimbabwe."]);
        assert_eq!(e("Cape\nVerde"), ["Cape Verde"]);
        assert_eq!(
            e("Saint Vincent and the\nGrenadines"),
            ["Saint Vincent and the Grenadines"]
        );
        assert_eq!(
            e("United Kingdom of Great\nBritain and Northern Ireland"),
            ["United Kingdom of Great Britain and Northern Ireland"]
        );
        assert_eq!(
            e("Bolivia\n(Plurinational State of)"),
            ["Bolivia (Plurinational State of)"]
        );
        assert_eq!(
            e("Lao\nPeople’s\nDemocratic\nRepublic"),
            ["Lao People’s Democratic Republic"]
        );
        assert_eq!(e("Republic of\nKorea"), ["Republic of Korea"]);
        assert_eq!(e("Czech\nRepublic"), ["Czech Republic"]);
        assert_eq!(e("TimorLeste"), ["Timor-Leste"]);
        assert_eq!(e("Guinea-Bissau"), ["Guinea-Bissau"]);
        assert_eq!(
            e("the\nformer Yugoslav Republic of Macedonia"),
            ["the former Yugoslav Republic of Macedonia"]
        );
    }
}
