//! Print the text the layout stage rebuilds from a PDF: `cargo run -p
//! verbatim-pdf --example pdf_to_text FILE.pdf`.
fn main() {
    let path = std::env::args().nth(1).expect("a PDF");
    let bytes = std::fs::read(path).expect("readable PDF");
    match verbatim_pdf::text(&bytes) {
        Ok(text) => print!("{text}"),
        Err(e) => eprintln!("{e}"),
    }
}
