//! Theme highlighting: which passages speak of women, peace and security,
//! protection of civilians, terrorism, …
//!
//! Terms come from a data file (`data/themes.tsv`, and users' own themes) and
//! are matched all at once (`matcher.rs`), case-insensitively, whole words
//! only, leftmost-longest (so "sexual violence" wins over "violence").

mod matcher;

use matcher::TermMatcher;
use serde::{Deserialize, Serialize};

/// The built-in theme list.
pub const BUILTIN_THEMES_TSV: &str = include_str!("../../../../data/themes.tsv");

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
    /// All themes' terms (each in its straight- and curly-apostrophe form).
    matcher: TermMatcher,
    /// For each of the matcher's terms, the theme it belongs to.
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
        let matcher = TermMatcher::new(patterns.iter().map(String::as_str));
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

    /// Theme terms in `text`, whole words only, in order.
    pub fn find(&self, text: &str) -> Vec<ThemeMatch> {
        let mut out = Vec::new();
        self.for_each_match(text, |m| out.push(m));
        out
    }

    /// [`ThemeSet::find`] without collecting (counting needs no vector).
    pub fn for_each_match(&self, text: &str, mut f: impl FnMut(ThemeMatch)) {
        self.matcher.for_each_match(text, |term, start, end| {
            f(ThemeMatch {
                theme: self.owner[term],
                start,
                end,
            })
        });
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
