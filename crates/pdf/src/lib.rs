//! UN meeting records from their PDFs.
//!
//! The PDF engine is `pdf-extract` (over `lopdf`): it decodes each page's
//! content stream and fonts and hands every glyph over with its text matrix,
//! from which [`verbatim_core::layout`] rebuilds columns, reading order,
//! furniture and paragraphs, and the record grammar does the rest. The same
//! Rust runs in the command line and, compiled to wasm, in the page, so a PDF
//! gives the same record in both (pdf.js, the browsers' own extractor, would
//! need a second engine natively and a test that the two agree).
//!
//! What a reader may drop that is no meeting record's PDF gets an error that
//! says what it is ([`PdfError`]): an encrypted file, a scan without a text
//! layer, a damaged or truncated file.

use pdf_extract::{MediaBox, OutputDev, OutputError, Transform};
use verbatim_core::layout::{Glyph, Page};
use verbatim_core::Record;

/// Why a PDF gave no record.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum PdfError {
    /// The file is encrypted (password-protected).
    Encrypted,
    /// The pages hold no text: a scan, whose text must come from OCR.
    NoText { pages: usize },
    /// The file is damaged, truncated or not a PDF the engine can read.
    Damaged(String),
}

impl std::fmt::Display for PdfError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            PdfError::Encrypted => write!(
                f,
                "This PDF is encrypted: open it in a PDF viewer that knows its password, save an unencrypted copy and open that."
            ),
            PdfError::NoText { pages } => write!(
                f,
                "This PDF's {pages} page(s) hold no text, only images (a scan): its text has to come from OCR first."
            ),
            PdfError::Damaged(why) => write!(
                f,
                "This PDF could not be read: it is damaged or truncated ({why})."
            ),
        }
    }
}

impl std::error::Error for PdfError {}

/// Every page's glyphs, in page order.
pub fn pages(bytes: &[u8]) -> Result<Vec<Page>, PdfError> {
    let doc = pdf_extract::Document::load_mem(bytes).map_err(|e| {
        let message = e.to_string();
        if message.to_ascii_lowercase().contains("encrypt") {
            PdfError::Encrypted
        } else {
            PdfError::Damaged(message)
        }
    })?;
    if doc.is_encrypted() {
        return Err(PdfError::Encrypted);
    }
    let mut collector = Collector::default();
    pdf_extract::output_doc(&doc, &mut collector).map_err(|e| PdfError::Damaged(e.to_string()))?;
    let pages = collector.pages;
    if pages
        .iter()
        .all(|p| p.glyphs.iter().all(|g| g.ch.is_whitespace()))
    {
        return Err(PdfError::NoText { pages: pages.len() });
    }
    Ok(pages)
}

/// The text the parser reads from a PDF (see [`verbatim_core::layout`]).
pub fn text(bytes: &[u8]) -> Result<String, PdfError> {
    Ok(verbatim_core::layout::text_of_pages(&pages(bytes)?))
}

/// Parse a record from its PDF.
pub fn parse(bytes: &[u8]) -> Result<Record, PdfError> {
    Ok(verbatim_core::layout::parse_layout_text(&text(bytes)?))
}

/// Does `bytes` look like a PDF (its signature within the first kilobyte)?
pub fn is_pdf(bytes: &[u8]) -> bool {
    bytes[..bytes.len().min(1024)]
        .windows(5)
        .any(|w| w == b"%PDF-")
}

/// Receives pdf-extract's glyphs.
#[derive(Default)]
struct Collector {
    pages: Vec<Page>,
}

impl OutputDev for Collector {
    fn begin_page(
        &mut self,
        _page_num: u32,
        media_box: &MediaBox,
        _art_box: Option<(f64, f64, f64, f64)>,
    ) -> Result<(), OutputError> {
        self.pages.push(Page {
            width: (media_box.urx - media_box.llx) as f32,
            height: (media_box.ury - media_box.lly) as f32,
            glyphs: Vec::new(),
        });
        Ok(())
    }

    fn end_page(&mut self) -> Result<(), OutputError> {
        Ok(())
    }

    fn output_character(
        &mut self,
        trm: &Transform,
        width: f64,
        _spacing: f64,
        _font_size: f64,
        text: &str,
    ) -> Result<(), OutputError> {
        let Some(page) = self.pages.last_mut() else {
            return Ok(());
        };
        // The text matrix carries the font size; the glyph's width is in
        // text space, so its advance on the page is width × scale.
        let size = trm.m11 as f32;
        let mut chars = text.chars();
        let first = chars.next();
        // A ligature ("ﬁ" decoded to "fi") shares its glyph's advance.
        let count = text.chars().count().max(1) as f32;
        let advance = (width * trm.m11) as f32 / count;
        for (i, ch) in first.into_iter().chain(chars).enumerate() {
            page.glyphs.push(Glyph {
                x: trm.m31 as f32 + advance * i as f32,
                y: trm.m32 as f32,
                advance,
                size,
                ch,
            });
        }
        Ok(())
    }

    fn begin_word(&mut self) -> Result<(), OutputError> {
        Ok(())
    }

    fn end_word(&mut self) -> Result<(), OutputError> {
        Ok(())
    }

    fn end_line(&mut self) -> Result<(), OutputError> {
        Ok(())
    }
}
