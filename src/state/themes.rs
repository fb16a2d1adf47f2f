//! Themes: the built-in ones plus the reader's own (kept in browser
//! storage), their matches counted per speech, and which are switched off.

use super::messages::Messages;
use super::opening::Doc;
use super::ReadOnly;
use crate::browser;
use leptos::prelude::*;
use std::collections::HashSet;
use std::sync::Arc;
use verbatim_core::themes::{parse_themes_tsv, Theme, ThemeSet, BUILTIN_THEMES_TSV};

const KEY_THEMES: &str = "verbatim.themes.custom";

#[derive(Clone, Copy)]
pub struct Themes {
    messages: Messages,
    custom: RwSignal<Vec<Theme>>,
    set: Memo<Arc<ThemeSet>>,
    /// Theme matches per speech and theme, computed once per record and theme set.
    counts: Memo<Arc<Vec<Vec<usize>>>>,
    /// Ids of the themes switched off: their marks are shown as plain text.
    disabled: RwSignal<HashSet<String>>,
}

impl Themes {
    #[inline(never)]
    pub(super) fn new(doc: ReadOnly<Option<Doc>>, messages: Messages) -> Themes {
        let stored: Vec<Theme> = browser::storage_get(KEY_THEMES)
            .and_then(|json| verbatim_core::themes::themes_from_json(&json))
            .unwrap_or_default();
        let custom = RwSignal::new(stored);
        // The built-in themes are English words: a record in another
        // language is matched against the reader's own themes only.
        let english = Memo::new(move |_| {
            doc.with(|d| {
                d.as_ref()
                    .is_none_or(|d| d.record.meeting.language.is_none())
            })
        });
        let set = Memo::new(move |_| {
            let mut all = if english.get() {
                parse_themes_tsv(BUILTIN_THEMES_TSV)
            } else {
                Vec::new()
            };
            all.extend(custom.get());
            Arc::new(ThemeSet::new(all))
        });
        let counts = Memo::new(move |_| {
            let themes = set.get();
            let custom = verbatim_core::themes::themes_to_json(&custom.get());
            let english = english.get();
            doc.with(|d| {
                let d = d.as_ref()?;
                match &d.precomputed {
                    // (The worker counts the built-in themes too.)
                    Some(p) if english && p.custom_themes_json == custom => Some(p.counts.clone()),
                    _ => Some(Arc::new(verbatim_core::citations::theme_counts(
                        &d.record, &themes,
                    ))),
                }
            })
            .unwrap_or_default()
        });
        Themes {
            messages,
            custom,
            set,
            counts,
            disabled: RwSignal::new(HashSet::new()),
        }
    }

    /// All themes, built-in (on an English record) then the reader's own,
    /// compiled for matching.
    pub fn set(self) -> Memo<Arc<ThemeSet>> {
        self.set
    }

    /// Matches per speech (0-based) and theme (index into [`Themes::set`]).
    pub fn counts(self) -> Memo<Arc<Vec<Vec<usize>>>> {
        self.counts
    }

    /// The reader's own themes.
    pub fn custom(self) -> ReadOnly<Vec<Theme>> {
        ReadOnly(self.custom)
    }

    /// Ids of the themes switched off.
    pub fn disabled(self) -> ReadOnly<HashSet<String>> {
        ReadOnly(self.disabled)
    }

    /// Switch a theme's marks on or off.
    pub fn set_enabled(self, id: &str, on: bool) {
        let off = self.disabled.with_untracked(|d| d.contains(id));
        if off == on {
            self.disabled.update(|d| {
                if on {
                    d.remove(id);
                } else {
                    d.insert(id.to_owned());
                }
            });
        }
    }

    /// Add a theme of the reader's own (replacing one of the same name), or
    /// say what is missing.
    pub fn add_custom(self, name: &str, terms: &str) -> Result<(), String> {
        let name = name.trim();
        let terms = verbatim_core::themes::split_terms(terms);
        if name.is_empty() {
            return Err("Give the theme a name.".into());
        }
        if terms.is_empty() {
            return Err("Give at least one term of three letters or more (separate terms with ; or new lines).".into());
        }
        let id = format!("custom-{}", verbatim_core::themes::slug(name));
        self.custom.update(|list| {
            list.retain(|t| t.id != id);
            list.push(Theme {
                id,
                name: name.chars().take(60).collect(),
                terms,
            });
        });
        self.save_custom();
        Ok(())
    }

    pub fn remove_custom(self, id: &str) {
        self.custom.update(|list| list.retain(|t| t.id != id));
        self.save_custom();
    }

    fn save_custom(self) {
        if let Err(e) = browser::storage_set(KEY_THEMES, &self.custom_json_untracked()) {
            self.messages.notify(e);
        }
    }

    /// The reader's own themes as JSON, for the parse worker to count.
    pub(super) fn custom_json_untracked(self) -> String {
        verbatim_core::themes::themes_to_json(&self.custom.get_untracked())
    }
}
