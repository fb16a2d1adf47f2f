//! Theme highlighting: which passages speak of women, peace and security,
//! protection of civilians, terrorism, …
//!
//! Terms come from a data file (`data/themes.tsv`, and users' own themes) and
//! are matched all at once with Aho-Corasick, case-insensitively, on word
//! boundaries, leftmost-longest (so "sexual violence" wins over "violence").

use aho_corasick::automaton::Automaton;
use aho_corasick::{dfa, Input, MatchKind};
use serde::{Deserialize, Serialize};

/// The built-in theme list.
pub const BUILTIN_THEMES_TSV: &str = include_str!("../../../data/themes.tsv");

/// One theme: an id for markup, a name for people, and its terms.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Theme {
    pub id: String,
    pub name: String,
    pub terms: Vec<String>,
}

/// A theme term found in a text.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ThemeMatch {
    /// Index into [`ThemeSet::themes`].
    pub theme: usize,
    pub start: usize,
    pub end: usize,
}

/// Themes compiled into one matcher.
#[derive(Debug, Clone)]
pub struct ThemeSet {
    pub themes: Vec<Theme>,
    /// The terms' DFA, used directly rather than through `AhoCorasick`: the
    /// wrapper's trait objects link every automaton kind (and their `Debug`
    /// code) into the bundle.
    matcher: Option<dfa::DFA>,
    /// For each pattern, the theme it belongs to.
    owner: Vec<usize>,
}

/// Parse the themes TSV (`theme_id`, `name`, `terms` separated by `;`).
pub fn parse_themes_tsv(tsv: &str) -> Vec<Theme> {
    tsv.lines()
        .skip(1)
        .filter_map(|row| {
            let mut f = row.split('\t');
            let (id, name, terms) = (f.next()?, f.next()?, f.next()?);
            Some(Theme {
                id: id.trim().to_owned(),
                name: name.trim().to_owned(),
                terms: split_terms(terms),
            })
        })
        .filter(|t| !t.id.is_empty() && !t.terms.is_empty())
        .collect()
}

/// Split a user's term list on `;`, `,` or new lines, dropping blanks and
/// terms too short to be meaningful.
pub fn split_terms(terms: &str) -> Vec<String> {
    terms
        .split([';', '\n'])
        .map(|t| t.split_whitespace().collect::<Vec<_>>().join(" "))
        .filter(|t| t.chars().count() >= 3)
        .take(200)
        .collect()
}

/// A theme id safe for an attribute and CSS: lower-case letters, digits, dashes.
pub fn slug(name: &str) -> String {
    let mut s = String::new();
    for c in name.chars().flat_map(char::to_lowercase) {
        if c.is_ascii_alphanumeric() {
            s.push(c);
        } else if !s.ends_with('-') && !s.is_empty() {
            s.push('-');
        }
    }
    let s = s.trim_end_matches('-').chars().take(40).collect::<String>();
    if s.is_empty() {
        "theme".into()
    } else {
        s
    }
}

/// Two sets are equal when they hold the same themes (the matcher follows).
impl PartialEq for ThemeSet {
    fn eq(&self, other: &Self) -> bool {
        self.themes == other.themes
    }
}

impl ThemeSet {
    pub fn new(themes: Vec<Theme>) -> ThemeSet {
        let mut patterns = Vec::new();
        let mut owner = Vec::new();
        for (i, t) in themes.iter().enumerate() {
            for term in &t.terms {
                // Records use curly apostrophes, people type straight ones.
                let straight = term.replace('’', "'");
                let curly = straight.replace('\'', "’");
                if curly != straight {
                    patterns.push(curly);
                    owner.push(i);
                }
                patterns.push(straight);
                owner.push(i);
            }
        }
        let matcher = if patterns.is_empty() {
            None
        } else {
            // A DFA: a few hundred short, case-insensitive terms defeat the
            // prefilters, and the DFA scans about 5× faster than the NFA.
            dfa::Builder::new()
                .ascii_case_insensitive(true)
                .match_kind(MatchKind::LeftmostLongest)
                .build(&patterns)
                .ok()
        };
        ThemeSet {
            themes,
            matcher,
            owner,
        }
    }

    /// The built-in themes.
    pub fn builtin() -> ThemeSet {
        ThemeSet::new(parse_themes_tsv(BUILTIN_THEMES_TSV))
    }

    /// Theme terms in `text`, on word boundaries, in order.
    pub fn find(&self, text: &str) -> Vec<ThemeMatch> {
        let mut out = Vec::new();
        self.for_each_match(text, |m| out.push(m));
        out
    }

    /// [`ThemeSet::find`] without collecting (counting needs no vector).
    pub fn for_each_match(&self, text: &str, mut f: impl FnMut(ThemeMatch)) {
        let Some(m) = &self.matcher else {
            return;
        };
        let bytes = text.as_bytes();
        let is_word = |b: u8| b.is_ascii_alphanumeric() || b >= 0x80;
        let Ok(matches) = m.try_find_iter(Input::new(text)) else {
            return;
        };
        for x in matches {
            let before = x.start() == 0 || !is_word(bytes[x.start() - 1]);
            let after = x.end() == bytes.len() || !is_word(bytes[x.end()]);
            if before && after {
                f(ThemeMatch {
                    theme: self.owner[x.pattern().as_usize()],
                    start: x.start(),
                    end: x.end(),
                });
            }
        }
    }
}

/// Read user themes kept as JSON; ids and terms are re-validated because
/// storage is as untrusted as any input.
pub fn themes_from_json(json: &str) -> Option<Vec<Theme>> {
    let list: Vec<Theme> = serde_json::from_str(json).ok()?;
    Some(
        list.into_iter()
            .take(50)
            .map(|t| Theme {
                id: format!("custom-{}", slug(t.id.trim_start_matches("custom-"))),
                name: t.name.chars().take(60).collect(),
                terms: split_terms(&t.terms.join(";")),
            })
            .filter(|t| !t.terms.is_empty())
            .collect(),
    )
}

/// Write user themes as JSON.
pub fn themes_to_json(themes: &[Theme]) -> String {
    serde_json::to_string(themes).unwrap_or_else(|_| "[]".into())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn matches_terms_on_word_boundaries_case_insensitively() {
        let set = ThemeSet::builtin();
        let text = "Conflict-related sexual violence and Terrorism; not counterterrorisms. Women’s participation.";
        let found: Vec<(&str, &str)> = set
            .find(text)
            .iter()
            .map(|m| (set.themes[m.theme].id.as_str(), &text[m.start..m.end]))
            .collect();
        assert_eq!(
            found,
            [
                ("women-peace-security", "Conflict-related sexual violence"),
                ("terrorism", "Terrorism"),
                ("women-peace-security", "Women’s participation")
            ]
        );
    }

    #[test]
    fn user_themes_and_slugs() {
        let set = ThemeSet::new(vec![Theme {
            id: slug("Water <script>"),
            name: "Water".into(),
            terms: split_terms("water; aquifer;;x"),
        }]);
        assert_eq!(set.themes[0].id, "water-script");
        assert_eq!(set.themes[0].terms, ["water", "aquifer"]);
        assert_eq!(set.find("Water and aquifers, water.").len(), 2);
    }
}
