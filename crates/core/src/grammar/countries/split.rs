//! How a country name, or a line of a vote list, is cut into words. Shared by
//! `build.rs` (which derives the country words from the member-state table)
//! and `countries.rs` (which looks a line's words up), so the two agree.

/// Words: runs of letters, digits, apostrophes and hyphens, lower-cased, with
/// the curly apostrophe made straight.
pub fn words(text: &str) -> impl Iterator<Item = String> + '_ {
    text.split(|c: char| !c.is_alphanumeric() && c != '\'' && c != '’' && c != '-')
        .filter(|w| !w.is_empty())
        .map(|w| w.to_lowercase().replace('’', "'"))
}
