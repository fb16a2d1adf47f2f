//! Where speaker labels stand among the content lines.
//!
//! A label may run over up to three lines; the lines are joined and read by
//! the grammar ([`read_joined_label`]), and the hit keeps where the label
//! ends and the speech text starts. Used by the body pass and by the column
//! repair, which must not move a label.

use super::content::Content;
use crate::grammar::label::{read_joined_label, LabelFields};
use crate::grammar::patterns::may_start_label;

/// A label found at a content line.
pub(crate) struct LabelHit {
    /// Content index of the line holding the colon.
    pub(crate) last: usize,
    /// The label text without its colon.
    pub(crate) label: String,
    /// Byte offset in the input where the speech text starts.
    pub(crate) text_start: usize,
    /// The text after the colon on the last label line.
    pub(crate) remainder: String,
    pub(crate) fields: LabelFields,
    /// Byte range in the input from the label's first line to the speech text.
    pub(crate) span: [usize; 2],
}

/// The speaker label that starts at content line `k`, if one does (it may
/// run over the next two lines).
pub(crate) fn label_at(content: &[Content], k: usize) -> Option<LabelHit> {
    let first = &content[k].line;
    if !may_start_label(&first.text) {
        return None;
    }
    let joining = &content[k..content.len().min(k + 3)];
    let mut joined = String::with_capacity(joining.iter().map(|c| c.line.text.len() + 1).sum());
    let mut offsets = [0; 3];
    for (j, c) in joining.iter().enumerate() {
        // A name broken at its hyphen ("(Royaume-Uni de Grande-" /
        // "Bretagne …)", "(Guinea-" / "Bissau)") joins without a space.
        let compound = joined.ends_with('-')
            && joined[..joined.len() - 1]
                .chars()
                .next_back()
                .is_some_and(char::is_alphabetic)
            && c.line.text.starts_with(|ch: char| ch.is_uppercase());
        if !joined.is_empty() && !compound {
            joined.push(' ');
        }
        offsets[j] = joined.len();
        joined.push_str(&c.line.text);
    }
    let offsets = &offsets[..joining.len()];
    let (colon, fields) = read_joined_label(&joined)?;
    let line_of_colon = offsets.iter().rposition(|&o| o <= colon).unwrap_or(0);
    let last = k + line_of_colon;
    let last_line = &content[last].line;
    let within = colon + 1 - offsets[line_of_colon];
    let remainder = last_line.text[within.min(last_line.text.len())..]
        .trim()
        .to_owned();
    let text_start = if last_line.text.len() == last_line.end - last_line.start {
        last_line.start + within
    } else {
        last_line.start
    };
    Some(LabelHit {
        last,
        label: joined[..colon].trim_end().to_owned(),
        text_start,
        remainder,
        fields,
        span: [first.start, text_start],
    })
}

#[cfg(test)]
mod tests {
    /// A label broken at a name's hyphen keeps the name whole.
    #[test]
    fn a_name_broken_at_its_hyphen_is_joined() {
        for (text, country) in [
            ("Mr. Sambú (Guinea-\nBissau): We thank the President.\n", "Guinea-Bissau"),
            (
                "Mme Woodward (Royaume-Uni de Grande-\nBretagne et d’Irlande du Nord) (parle en anglais) : Le Royaume-Uni condamne.\n",
                "Royaume-Uni de Grande-Bretagne et d’Irlande du Nord",
            ),
        ] {
            let record = crate::parse(text);
            assert_eq!(record.speeches.len(), 1, "{text}");
            assert_eq!(record.speeches[0].country.as_deref(), Some(country));
            assert!(record.speeches[0].delegation.is_some(), "{text}");
        }
        // A line ending in a dash before a word in lower case is not a name.
        let record =
            crate::parse("Mr. Kazykhanov (Kazakhstan): We are pleased -\nindeed honoured.\n");
        assert_eq!(
            record.speeches[0].paragraphs[0],
            "We are pleased - indeed honoured."
        );
    }
}
