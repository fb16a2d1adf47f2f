//! Print the text the layout stage makes of a glyph dump (see
//! `verbatim_core::layout::pages_from_dump`): `cargo run --example
//! layout_text FILE.glyphs`.
fn main() {
    let path = std::env::args().nth(1).expect("a glyph dump");
    let dump = std::fs::read_to_string(path).expect("readable dump");
    let pages = verbatim_core::layout::pages_from_dump(&dump);
    print!("{}", verbatim_core::layout::text_of_pages(&pages));
}
