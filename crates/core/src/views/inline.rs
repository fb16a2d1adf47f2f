//! Cutting a paragraph into runs of plain text, symbol links and theme marks,
//! so that views render text nodes and never parse or build HTML.

use super::themes::ThemeMatch;

/// One run of a paragraph.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Run<'a> {
    Text(&'a str),
    /// A document symbol: the canonical symbol and the text as written.
    Symbol {
        symbol: &'a str,
        text: &'a str,
    },
    /// A theme term: index into the theme set, and the text.
    Theme {
        theme: usize,
        text: &'a str,
    },
}

/// Cut `text` at the given symbol ranges (`(start, end, symbol)`) and theme
/// matches. Symbols win where the two overlap; ranges out of bounds or not on
/// character boundaries are ignored rather than trusted.
pub fn runs<'a>(
    text: &'a str,
    symbols: &[(usize, usize, &'a str)],
    themes: &[ThemeMatch],
) -> Vec<Run<'a>> {
    let mut marks: Vec<(usize, usize, Option<&'a str>, usize)> = Vec::new();
    for &(s, e, sym) in symbols {
        marks.push((s, e, Some(sym), 0));
    }
    for m in themes {
        if !symbols.iter().any(|&(s, e, _)| m.start < e && s < m.end) {
            marks.push((m.start, m.end, None, m.theme));
        }
    }
    marks.sort_by_key(|m| m.0);
    let mut out = Vec::new();
    let mut pos = 0;
    for (s, e, sym, theme) in marks {
        if s < pos
            || e > text.len()
            || s >= e
            || !text.is_char_boundary(s)
            || !text.is_char_boundary(e)
        {
            continue;
        }
        if s > pos {
            out.push(Run::Text(&text[pos..s]));
        }
        out.push(match sym {
            Some(symbol) => Run::Symbol {
                symbol,
                text: &text[s..e],
            },
            None => Run::Theme {
                theme,
                text: &text[s..e],
            },
        });
        pos = e;
    }
    if pos < text.len() {
        out.push(Run::Text(&text[pos..]));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cuts_text_into_runs() {
        let text = "See S/2020/24 on terrorism today.";
        let themes = [
            ThemeMatch {
                theme: 3,
                start: 17,
                end: 26,
            },
            ThemeMatch {
                theme: 1,
                start: 4,
                end: 8,
            },
        ];
        let r = runs(text, &[(4, 13, "S/2020/24")], &themes);
        assert_eq!(
            r,
            [
                Run::Text("See "),
                Run::Symbol {
                    symbol: "S/2020/24",
                    text: "S/2020/24"
                },
                Run::Text(" on "),
                Run::Theme {
                    theme: 3,
                    text: "terrorism"
                },
                Run::Text(" today.")
            ]
        );
        assert_eq!(runs("abc", &[(1, 99, "x")], &[]), [Run::Text("abc")]);
    }
}
