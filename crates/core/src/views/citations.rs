//! Views of a record that the reader shows beside the text: documents cited,
//! themes per speech, and find-in-record.

use super::themes::ThemeSet;
use crate::model::{Location, Record};

/// A document cited in the record, with how often and where first.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Cited {
    pub symbol: String,
    pub count: usize,
    /// First mention as a passage id (`s3-p2`), or `None` if only in the agenda/headings.
    pub first: Option<(usize, usize)>,
}

/// Documents cited, in order of first mention.
pub fn cited_documents(record: &Record) -> Vec<Cited> {
    let mut out: Vec<Cited> = Vec::new();
    let mut index = std::collections::HashMap::new();
    for s in &record.symbols {
        let at = match s.location {
            Location::Paragraph { speech, paragraph } => Some((speech + 1, paragraph + 1)),
            _ => None,
        };
        match index.get(&s.symbol) {
            Some(&i) => {
                let c: &mut Cited = &mut out[i];
                c.count += 1;
                if c.first.is_none() {
                    c.first = at;
                }
            }
            None => {
                index.insert(s.symbol.clone(), out.len());
                out.push(Cited {
                    symbol: s.symbol.clone(),
                    count: 1,
                    first: at,
                });
            }
        }
    }
    out
}

/// For each speech, how many matches each theme has.
pub fn theme_counts(record: &Record, themes: &ThemeSet) -> Vec<Vec<usize>> {
    record
        .speeches
        .iter()
        .map(|s| {
            let mut counts = vec![0; themes.themes.len()];
            for p in &s.paragraphs {
                themes.for_each_match(p, |m| counts[m.theme] += 1);
            }
            counts
        })
        .collect()
}

/// The themes a speech dwells on most (at most `n`, each with ≥ 2 matches).
pub fn top_themes(counts: &[usize], n: usize) -> Vec<usize> {
    let mut order: Vec<usize> = (0..counts.len()).filter(|&t| counts[t] >= 2).collect();
    order.sort_by(|&a, &b| counts[b].cmp(&counts[a]).then(a.cmp(&b)));
    order.truncate(n);
    order
}

/// Passages containing `needle` (case-insensitive): `(speech, paragraph, occurrences)`, 1-based.
pub fn find_in_record(record: &Record, needle: &str) -> Vec<(usize, usize, usize)> {
    let needle = needle.trim().to_lowercase();
    if needle.chars().count() < 2 {
        return Vec::new();
    }
    let mut out = Vec::new();
    for (si, s) in record.speeches.iter().enumerate() {
        for (pi, p) in s.paragraphs.iter().enumerate() {
            let n = p.to_lowercase().matches(&needle).count();
            if n > 0 {
                out.push((si + 1, pi + 1, n));
            }
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lists_citations_themes_and_finds() {
        let r = crate::parse("Mr. A (Chile): See S/2020/1 on terrorism and terrorism.\n\nAgain S/2020/1 and S/2019/9.\n");
        let c = cited_documents(&r);
        assert_eq!(c.len(), 2);
        assert_eq!(
            (c[0].symbol.as_str(), c[0].count, c[0].first),
            ("S/2020/1", 2, Some((1, 1)))
        );
        let set = ThemeSet::builtin();
        let counts = theme_counts(&r, &set);
        let terrorism = set.themes.iter().position(|t| t.id == "terrorism").unwrap();
        assert_eq!(counts[0][terrorism], 2);
        assert_eq!(top_themes(&counts[0], 3), [terrorism]);
        assert_eq!(find_in_record(&r, "AGAIN"), [(1, 2, 1)]);
    }
}
