//! One file per region of the page.

pub mod banner;
pub mod meeting;
pub mod outline;
pub mod printed;
pub mod progressive;
pub mod reader;
pub mod side;
pub mod toolbar;
pub mod tooltip;
