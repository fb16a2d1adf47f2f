//! The parse stages one by one, for the examples that time or inspect them
//! (`--features internals`). Not a stable API: the stages may change shape
//! with any release, which is why they are not public without the feature.
//!
//! Each module keeps the path it had when the stages were public modules at
//! the crate root (`verbatim_core::lines::split_lines`), so the examples read
//! as before.

/// Text to lines, page furniture marked.
pub mod lines {
    pub use crate::parse::lines::{split_lines, Line};
}

/// The cover page.
pub mod cover {
    pub use crate::parse::cover::{first_body_line, has_cover, parse_cover, Cover};
}

/// Lines to blocks and speeches.
pub mod body {
    pub use crate::parse::body::{assemble, Body};
    pub use crate::parse::Shape;
}

/// Who is speaking.
pub mod resolve {
    pub use crate::parse::resolve::resolve_speakers;
}

/// Repairs to the order of turns.
pub mod turns {
    pub use crate::parse::turns::repair_turn_order;
}

/// Printed widths of text.
pub mod text {
    pub use crate::input::text::text_width;
}
