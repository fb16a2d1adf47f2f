//! What the page tells the reader: an error, a notice, and what is loading.
//! Any part of the app may report; only the reader dismisses.

use super::ReadOnly;
use leptos::prelude::*;

/// The banners' messages. Views read them and report through intents.
#[derive(Clone, Copy)]
pub struct Messages {
    error: RwSignal<Option<String>>,
    notice: RwSignal<Option<String>>,
    loading: RwSignal<Option<String>>,
}

impl Messages {
    #[inline(never)]
    pub(super) fn new() -> Messages {
        Messages {
            error: RwSignal::new(None),
            notice: RwSignal::new(None),
            loading: RwSignal::new(None),
        }
    }

    /// The error on show, if any.
    pub fn error(self) -> ReadOnly<Option<String>> {
        ReadOnly(self.error)
    }

    /// The notice on show, if any.
    pub fn notice(self) -> ReadOnly<Option<String>> {
        ReadOnly(self.notice)
    }

    /// What is being loaded or parsed, if anything.
    pub fn loading(self) -> ReadOnly<Option<String>> {
        ReadOnly(self.loading)
    }

    /// Show an error.
    pub fn fail(self, message: impl Into<String>) {
        self.error.set(Some(message.into()));
    }

    /// Show a notice.
    pub fn notify(self, message: impl Into<String>) {
        self.notice.set(Some(message.into()));
    }

    pub fn dismiss_error(self) {
        self.error.set(None);
    }

    pub fn dismiss_notice(self) {
        self.notice.set(None);
    }

    /// The error on show, not tracked: to keep it across an action that
    /// clears or replaces it.
    pub(super) fn error_untracked(self) -> Option<String> {
        self.error.get_untracked()
    }

    /// Put back an error kept with [`Messages::error_untracked`].
    pub(super) fn restore_error(self, error: Option<String>) {
        self.error.set(error);
    }

    pub(super) fn set_loading(self, loading: Option<String>) {
        self.loading.set(loading);
    }
}
