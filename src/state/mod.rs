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
pub use messages::Messages;
pub use opening::{Doc, Source};

use leptos::prelude::*;
use links::Links;
use navigation::Navigation;
use opening::Opening;
use themes::Themes;

/// Read access to a signal that one part writes: what views and the other
/// parts are given instead of the signal itself.
///
/// A newtype over the part's own `RwSignal` rather than Leptos's
/// `ReadSignal`: each signal type a `ReadSignal` is made of links its own
/// copy of every signal method beside the `RwSignal`'s, which cost the
/// first load 9 KB gzip when the state was split (twiggy: 10 KB raw of
/// `ReadSignal` methods); this type reuses the `RwSignal`'s.
pub struct ReadOnly<T: 'static>(RwSignal<T>);

impl<T> Clone for ReadOnly<T> {
    fn clone(&self) -> Self {
        *self
    }
}

impl<T> Copy for ReadOnly<T> {}

impl<T: Send + Sync + 'static> ReadOnly<T> {
    /// The value, tracked (a reactive closure that reads it re-runs when it changes).
    pub fn get(self) -> T
    where
        T: Clone,
    {
        self.0.get()
    }

    /// The value, not tracked.
    pub fn get_untracked(self) -> T
    where
        T: Clone,
    {
        self.0.get_untracked()
    }

    /// A look at the value without cloning it, tracked.
    pub fn with<R>(self, f: impl FnOnce(&T) -> R) -> R {
        self.0.with(f)
    }

    /// A look at the value without cloning it, not tracked.
    pub fn with_untracked<R>(self, f: impl FnOnce(&T) -> R) -> R {
        self.0.with_untracked(f)
    }
}

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
    /// The state and each part's `new` are kept out of line: inlined into
    /// the `App` component they made the first load 4 KB gzip larger
    /// (measured with `scripts/build.sh` when the state was split).
    #[inline(never)]
    pub fn new() -> AppState {
        // The open record is written by `Opening` alone; the other parts read it.
        let doc = RwSignal::new(None);
        let messages = Messages::new();
        let navigation = Navigation::new(ReadOnly(doc), messages);
        let themes = Themes::new(ReadOnly(doc), messages);
        let links = Links::new(ReadOnly(doc));
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
    pub fn doc(self) -> ReadOnly<Option<Doc>> {
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
