//! The app's state, one part per concern: [`Opening`] a record (and the
//! worker that parses long ones), [`Navigation`] within it, [`Themes`],
//! [`Links`] to passages and documents, and the banners' [`Messages`].
//! Parsing, matching and link encoding happen in `verbatim_core`; this module
//! only decides what to keep and where.
//!
//! Each part keeps its signals private: views read them through read-only
//! handles and change them through intents, so nothing can replace the open
//! record without the resets opening one does.

mod links;
mod messages;
mod navigation;
mod opening;
mod themes;

pub use links::TooltipAt;
pub use opening::{Doc, Source};

use leptos::prelude::*;
use links::Links;
use messages::Messages;
use navigation::Navigation;
use opening::Opening;
use themes::Themes;

/// All reactive state; `Copy`, so views take it by value.
#[derive(Clone, Copy)]
pub struct AppState {
    messages: Messages,
    opening: Opening,
    navigation: Navigation,
    themes: Themes,
    links: Links,
}

impl AppState {
    pub fn new() -> AppState {
        // The open record is written by `Opening` alone; the other parts read it.
        let doc = RwSignal::new(None);
        let messages = Messages::new();
        let navigation = Navigation::new(doc.read_only(), messages);
        let themes = Themes::new(doc.read_only(), messages);
        let links = Links::new(doc.read_only());
        let opening = Opening::new(doc, messages, navigation, themes);
        AppState {
            messages,
            opening,
            navigation,
            themes,
            links,
        }
    }

    /// The open record, if any.
    pub fn doc(self) -> ReadSignal<Option<Doc>> {
        self.opening.doc()
    }

    pub fn messages(self) -> Messages {
        self.messages
    }

    pub fn opening(self) -> Opening {
        self.opening
    }

    pub fn navigation(self) -> Navigation {
        self.navigation
    }

    pub fn themes(self) -> Themes {
        self.themes
    }

    pub fn links(self) -> Links {
        self.links
    }
}
