//! A speaker label read from the text of the lines that may hold it (a
//! label runs over up to three lines, joined with spaces): where its colon
//! is and its named parts.
//!
//! The two most frequent shapes, `The President:` and `Mr. Name (Country)
//! (spoke in French):`, are read by hand here without the full grammar
//! ([`read_label`]), which reads the rest.

use super::classes::{is_capital, is_small};
use super::patterns::{name_word, read_label};
use super::scan::Scan;

/// The label at the start of `joined` (lines joined with spaces): the byte
/// offset of its colon and its named parts.
pub(crate) fn read_joined_label(joined: &str) -> Option<(usize, LabelFields)> {
    // A label ends in a colon; most candidate lines ("Mr. President, …") have
    // none. A label's colon is the first (a label's own, in real records)
    // or one of the next few (after a colon inside the country's
    // parentheses).
    let colon = joined.find(':')?;
    if let Some(office) = plain_office(joined, colon) {
        // The most frequent label, `The President:`, needs no full reading.
        let fields = LabelFields {
            office: Some(office.to_owned()),
            ..LabelFields::default()
        };
        return Some((colon, fields));
    }
    if let Some(fields) = plain_delegate(joined, colon) {
        // The next most frequent, `Mr. Name (Country) (spoke in French):`.
        if joined[..colon].contains(". The ") {
            return None;
        }
        return Some((colon, fields));
    }
    label_by_grammar(joined)
}

/// The named parts of a label (see [`read_label`]).
#[derive(Debug, Default, PartialEq)]
pub(crate) struct LabelFields {
    pub(crate) title: Option<String>,
    pub(crate) name: Option<String>,
    pub(crate) office: Option<String>,
    pub(crate) country: Option<String>,
    pub(crate) role: Option<String>,
    pub(crate) language: Option<String>,
}

/// `The President:` (or another office, exactly as [`read_label`] spells
/// it) with nothing between the office and the colon at `colon`.
fn plain_office(joined: &str, colon: usize) -> Option<&str> {
    let office = joined[..colon].strip_prefix("The ")?;
    let after_colon_ok = joined[colon + 1..]
        .chars()
        .next()
        .is_none_or(|c| c.is_ascii_whitespace());
    let base = office.strip_prefix("Acting ").unwrap_or(office);
    let known = matches!(
        base,
        "President" | "Chair" | "Chairman" | "Chairperson" | "Co-Chair"
    ) || matches!(
        office,
        "Secretary-General" | "Deputy Secretary-General" | "Vice-President"
    );
    (known && after_colon_ok).then_some(office)
}

/// [`read_label`], if the label's colon is among the first four
/// colons of `joined` (a label reaches no further): the colon and the
/// label's named parts.
fn label_by_grammar(joined: &str) -> Option<(usize, LabelFields)> {
    let label = read_label(joined)?;
    if joined
        .match_indices(':')
        .take(4)
        .all(|(colon, _)| colon != label.colon)
    {
        return None;
    }
    // A sentence boundary inside the label means we joined prose to a label.
    if joined[..label.end].contains(". The ") {
        return None;
    }
    let owned = |part: Option<&str>| part.map(str::to_owned);
    Some((
        label.colon,
        LabelFields {
            title: owned(label.title),
            name: owned(label.name),
            office: owned(label.office),
            country: owned(label.country),
            role: owned(label.role),
            language: owned(label.language),
        },
    ))
}

/// The usual delegate label, read by hand: `Mr.|Ms.|Mrs.|Dr.`, capitalised
/// ASCII name words, then optionally `(Country)` and `(spoke in Language)`,
/// and the colon at `colon` followed by a space or the end of the text. It
/// gives exactly what [`read_label`] gives (a test checks every label
/// of the corpus) and declines anything else, which then goes to the full
/// reader ([`label_by_grammar`]), more work for the rare labels.
fn plain_delegate(joined: &str, colon: usize) -> Option<LabelFields> {
    let after_colon_ok = joined[colon + 1..]
        .chars()
        .next()
        .is_none_or(|c| c.is_ascii_whitespace());
    if !after_colon_ok {
        return None;
    }
    let head = joined[..colon]
        .strip_suffix(' ')
        .unwrap_or(&joined[..colon]);
    let (title, rest) = ["Mr. ", "Ms. ", "Mrs. ", "Dr. "]
        .iter()
        .find_map(|t| head.strip_prefix(t).map(|rest| (&t[..t.len() - 1], rest)))?;
    // Name words run up to the first parenthesis (or the end).
    let name_end = rest.find(" (").unwrap_or(rest.len());
    let name = &rest[..name_end];
    if name.is_empty() || !name.split(' ').all(is_name_word) {
        return None;
    }
    let mut groups = rest[name_end..].strip_prefix(' ').unwrap_or("");
    let mut country = None;
    let mut language = None;
    while !groups.is_empty() {
        let inner = groups.strip_prefix('(')?;
        let close = inner.find(')')?;
        let content = &inner[..close];
        if content.contains('(') {
            return None;
        }
        let spoken = content
            .strip_prefix("spoke in ")
            .or_else(|| content.strip_prefix("speaking in "));
        match spoken {
            Some(lang) if language.is_none() => {
                let mut chars = lang.chars();
                let ok = chars.next().is_some_and(is_capital)
                    && chars.clone().next().is_some()
                    && chars.all(is_small);
                if !ok {
                    return None;
                }
                language = Some(lang.to_owned());
            }
            None if country.is_none() && language.is_none() => {
                let mut chars = content.chars();
                let ok = chars.next().is_some_and(is_capital)
                    && chars.next().is_some()
                    && !content.contains(':');
                if !ok {
                    return None;
                }
                country = Some(content.to_owned());
            }
            _ => return None,
        }
        groups = &inner[close + 1..];
        groups = groups.strip_prefix(' ').unwrap_or(groups);
    }
    Some(LabelFields {
        title: Some(title.to_owned()),
        name: Some(name.to_owned()),
        office: None,
        country,
        role: None,
        language,
    })
}

/// Is `w` one whole word of a name as [`read_label`] reads it (a
/// capitalised word, a particle, or `al-`/`el-` and a word)?
fn is_name_word(w: &str) -> bool {
    name_word(Scan::new(w)).is_some_and(|s| s.done())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::grammar::patterns::may_start_label;
    use crate::grammar::reference::LABEL;

    /// The label as the pattern that [`read_label`] replaced reads
    /// it: the pattern at the first of the first four colons where it matches.
    fn label_by_pattern(joined: &str) -> Option<(usize, LabelFields)> {
        let caps = joined.match_indices(':').take(4).find_map(|(colon, _)| {
            let upto = joined[colon + 1..]
                .chars()
                .next()
                .map_or(joined.len(), |c| colon + 1 + c.len_utf8());
            LABEL.captures(&joined[..upto])
        })?;
        let whole = caps.get(0).expect("match").as_str();
        // A sentence boundary inside the label means we joined prose to a label.
        if whole.contains(". The ") {
            return None;
        }
        let colon = whole.rfind(':').expect("label ends with colon");
        let get = |group: &str| caps.name(group).map(|m| m.as_str().to_owned());
        Some((
            colon,
            LabelFields {
                title: get("title"),
                name: get("name"),
                office: get("office")
                    .or(get("office_abroad"))
                    .map(|o| crate::grammar::patterns::office_in_english(&o).to_owned()),
                country: get("country").or(get("country_after")),
                role: get("role"),
                language: get("lang").or(get("lang_from")).or(get("lang_word")
                    .and_then(|w| crate::grammar::lexicon::language_in_english(&w))
                    .map(str::to_owned)),
            },
        ))
    }

    /// The hand-read delegate label must agree with the pattern wherever it
    /// answers: checked on every label candidate of the test corpus (all
    /// shapes) and on made-up edge cases.
    #[test]
    fn plain_delegate_agrees_with_the_label_pattern() {
        let mut texts = crate::corpus_texts();
        texts.push(
            [
                "Mr. X (Niger) (spoke in French): a",
                "Mr. X (Niger)(spoke in French) : a",
                "Mr. X(Niger): a",
                "Mr. Van Shalkwyk (South Africa):",
                "Mr. de Rivière (France): a",
                "Ms. Al-Hakim (Iraq) (speaking in Arabic): a",
                "Mr. X (spoke in French) (Niger): a",
                "Mr. X (Niger) (Chad): a",
                "Mr. X (Spoke in French): a",
                "Mr. X (spoke in French and English): a",
                "Mr. X (Niger, Chad), Special Envoy: a",
                "Mr. Smith. The (x): a",
                "Mr. X (N): a",
                "Mr. X (Côte d’Ivoire): a",
                "Mr. O’Brien (Ireland):x",
                "Mrs. A.B. Cee (Ghana):\tb",
                "Dr. X (Niger (North)): a",
                "Mr. Pecsteen de Buytswerve (Belgium) (spoke in French): a",
                "Mr. Jürgenson (Estonia): a",
                "Ms. Šćepanović (Montenegro): a",
                "Mr. al-Hakim (Iraq): a",
                "Mr. el-X.Y (Iraq): a",
                "Mr. al- (Iraq): a",
                "Mr. ibn Saud (Saudi Arabia): a",
                "Mr. X y Z (Spain) (spoke in Spanish): a",
                "Mr. X (Côte d’Ivoire) (spoke in Français): a",
                "Mr. X (Niger) (spoke in Ελληνικά): a",
                "Mr. Ωmega (Greece): a",
                "Mr. X de (Chad): a",
                "Mr. 李 (China): a",
                "Mr. Xi李 (China): a",
                "Mr. X`Y (Chad): a",
                "Mr. dex (Chad): a",
            ]
            .join("\n"),
        );
        let mut agreed = 0;
        for text in &texts {
            let lines: Vec<&str> = text.lines().map(str::trim).collect();
            for k in 0..lines.len() {
                if !may_start_label(lines[k]) {
                    continue;
                }
                let joined = lines[k..(k + 3).min(lines.len())].join(" ");
                let Some(colon) = joined.find(':') else {
                    continue;
                };
                if let Some(fields) = plain_delegate(&joined, colon) {
                    let by_pattern = label_by_pattern(&joined);
                    let expected = if joined[..colon].contains(". The ") {
                        None
                    } else {
                        Some((colon, fields))
                    };
                    assert_eq!(by_pattern, expected, "{joined}");
                    agreed += 1;
                }
            }
        }
        assert!(agreed > 300, "{agreed} labels read by hand");
    }
}
