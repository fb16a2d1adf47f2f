//! Glyph widths of CID fonts, put in the form the engine reads.
//!
//! A CID font lists its glyphs' widths in `/W` in two forms: `c [w1 w2 …]`
//! (widths from `c` on) and `c_first c_last w` (one width for a range).
//! pdf-extract 0.12 reads the second form wrongly (it takes `c_first` for
//! all three numbers, so the range is empty) and gives those glyphs the
//! default width. The glyphs of a word are placed by their widths, so a
//! word's letters then run into the next word ("invitoa l representante").
//! The UN's own PDFs use only the first form; Chromium's "Save as PDF"
//! (a record printed from a browser) uses both. Rewriting each range as a
//! list before the engine reads the file mends it, and a `/DW` written as a
//! real number, which the engine reads as an integer or not at all, is
//! rounded.

use pdf_extract::{Document, Object};

/// At most this many widths per font after expansion: CIDs are two bytes,
/// so no real font has more, and a hostile range ("0 2147483647 500")
/// cannot make the expansion allocate without bound.
const MAX_WIDTHS: usize = 65_536;

/// Rewrite every CID font's `/W` ranges as lists, and a real `/DW` as an
/// integer, in place.
pub fn normalize_cid_widths(doc: &mut Document) {
    let fonts: Vec<_> = doc
        .objects
        .iter()
        .filter_map(|(id, object)| {
            let dict = object.as_dict().ok()?;
            let subtype = dict.get(b"Subtype").ok()?.as_name().ok()?;
            matches!(subtype, b"CIDFontType0" | b"CIDFontType2").then_some(*id)
        })
        .collect();
    for id in fonts {
        let widths = doc
            .get_dictionary(id)
            .ok()
            .and_then(|font| font.get(b"W").ok())
            .and_then(|w| resolve(doc, w).as_array().ok().cloned())
            .map(|w| expand(doc, &w));
        let default_width = doc
            .get_dictionary(id)
            .ok()
            .and_then(|font| font.get(b"DW").ok())
            .map(|dw| resolve(doc, dw).clone());
        let Ok(font) = doc.get_dictionary_mut(id) else {
            continue;
        };
        if let Some(Some(widths)) = widths {
            font.set("W", Object::Array(widths));
        }
        if let Some(Object::Real(dw)) = default_width {
            font.set("DW", Object::Integer(dw.round() as i64));
        }
    }
}

/// An object, or what a reference to it points at.
fn resolve<'a>(doc: &'a Document, object: &'a Object) -> &'a Object {
    match object {
        Object::Reference(id) => doc.get_object(*id).unwrap_or(object),
        _ => object,
    }
}

fn number(doc: &Document, object: &Object) -> Option<f64> {
    match resolve(doc, object) {
        Object::Integer(n) => Some(*n as f64),
        Object::Real(r) => Some(f64::from(*r)),
        _ => None,
    }
}

/// `/W` with each `c_first c_last w` written as `c_first [w w …]`, and
/// every number and list resolved. `None` when it holds nothing to mend
/// (the file is left as it is) or is malformed (the engine reports it).
fn expand(doc: &Document, w: &[Object]) -> Option<Vec<Object>> {
    let mut out = Vec::with_capacity(w.len());
    let mut changed = false;
    let mut total = 0usize;
    let mut i = 0;
    while i < w.len() {
        let first = number(doc, &w[i])?;
        match resolve(doc, w.get(i + 1)?) {
            Object::Array(list) => {
                total += list.len();
                out.push(Object::Integer(first as i64));
                out.push(Object::Array(list.clone()));
                i += 2;
            }
            last => {
                let last = number(doc, last)?;
                let width = number(doc, w.get(i + 2)?)?;
                let count = (last - first + 1.0).max(0.0) as usize;
                total = total.saturating_add(count);
                if total > MAX_WIDTHS {
                    return None;
                }
                out.push(Object::Integer(first as i64));
                out.push(Object::Array(vec![Object::Real(width as f32); count]));
                changed = true;
                i += 3;
            }
        }
    }
    changed.then_some(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn widths_of(w: Vec<Object>) -> Option<Vec<Object>> {
        expand(&Document::new(), &w)
    }

    #[test]
    fn ranges_become_lists() {
        let w = vec![
            Object::Integer(0),
            Object::Array(vec![Object::Integer(365), Object::Integer(250)]),
            Object::Integer(11),
            Object::Integer(12),
            Object::Real(333.0),
        ];
        let expanded = widths_of(w).expect("a range to mend");
        assert_eq!(expanded.len(), 4);
        assert_eq!(expanded[2], Object::Integer(11));
        assert_eq!(
            expanded[3],
            Object::Array(vec![Object::Real(333.0), Object::Real(333.0)])
        );
    }

    #[test]
    fn lists_only_are_left_alone_and_bad_input_is_not_expanded() {
        let lists = vec![
            Object::Integer(3),
            Object::Array(vec![Object::Integer(500)]),
        ];
        assert_eq!(widths_of(lists), None);
        // A hostile range, a truncated one, a name where a number goes.
        let huge = vec![
            Object::Integer(0),
            Object::Integer(2_147_483_647),
            Object::Integer(500),
        ];
        assert_eq!(widths_of(huge), None);
        assert_eq!(
            widths_of(vec![Object::Integer(0), Object::Integer(4)]),
            None
        );
        assert_eq!(
            widths_of(vec![
                Object::Name(b"x".to_vec()),
                Object::Integer(4),
                Object::Integer(5)
            ]),
            None
        );
    }
}
