//! Links out of and into the record: permalinks to passages (carrying the
//! record or its URL in the fragment) and the tooltip that explains a cited
//! document, with the resolutions table loaded the first time it is needed.

use super::opening::{Doc, Source};
use super::ReadOnly;
use crate::browser;
use leptos::prelude::*;
use leptos::task::spawn_local;
use std::sync::Arc;
use verbatim_core::anchor;
use verbatim_core::resolutions::Resolutions;
use verbatim_core::share::{self, Permalink};

/// The tooltip being shown: a symbol and where to put it.
#[derive(Debug, Clone, PartialEq)]
pub struct TooltipAt {
    pub symbol: String,
    pub left: f64,
    pub top: f64,
}

#[derive(Clone, Copy)]
pub struct Links {
    doc: ReadOnly<Option<Doc>>,
    tooltip: RwSignal<Option<TooltipAt>>,
    resolutions: RwSignal<Option<Arc<Resolutions>>>,
    resolutions_requested: StoredValue<bool>,
}

impl Links {
    #[inline(never)]
    pub(super) fn new(doc: ReadOnly<Option<Doc>>) -> Links {
        Links {
            doc,
            tooltip: RwSignal::new(None),
            resolutions: RwSignal::new(None),
            resolutions_requested: StoredValue::new(false),
        }
    }

    /// The tooltip on show, if any.
    pub fn tooltip(self) -> ReadOnly<Option<TooltipAt>> {
        ReadOnly(self.tooltip)
    }

    /// The resolutions table, once loaded.
    pub fn resolutions(self) -> ReadOnly<Option<Arc<Resolutions>>> {
        ReadOnly(self.resolutions)
    }

    /// Explain a symbol in the tooltip (loading the resolutions table for a
    /// resolution).
    pub fn show_tooltip(self, at: TooltipAt) {
        if at.symbol.starts_with("S/RES/") {
            self.want_resolutions();
        }
        if self.tooltip.with_untracked(|t| t.as_ref() != Some(&at)) {
            self.tooltip.set(Some(at));
        }
    }

    pub fn hide_tooltip(self) {
        self.tooltip.set(None);
    }

    /// Load the resolutions table the first time a tooltip needs it.
    fn want_resolutions(self) {
        if self.resolutions_requested.get_value() {
            return;
        }
        self.resolutions_requested.set_value(true);
        spawn_local(async move {
            if let Ok(bytes) = browser::fetch_bytes("data/un_sc_resolutions.tsv").await {
                let text = String::from_utf8_lossy(&bytes);
                let table = verbatim_core::resolutions::parse_resolutions_tsv(&text);
                self.resolutions.set(Some(Arc::new(table)));
            }
        });
    }

    /// The permalink URL for a passage of the open record.
    pub fn permalink(self, speech: usize, paragraph: Option<usize>) -> Option<String> {
        let doc = self.doc.get_untracked()?;
        let anchor = anchor::anchor_for(&doc.record, speech, paragraph);
        let (text, src, query) = match &doc.source {
            Source::Url(url) => (
                None,
                Some(url.clone()),
                format!("?src={}", js_sys::encode_uri_component(url)),
            ),
            _ => (Some(doc.text.to_string()), None, String::new()),
        };
        let fragment = share::encode_fragment(&Permalink { anchor, text, src });
        Some(format!("{}{}#{}", browser::page_base(), query, fragment))
    }
}
