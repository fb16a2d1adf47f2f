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

mod widths;

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
    /// More pages or glyphs than any meeting record has (see [`MAX_PAGES`]).
    TooLarge(String),
}

/// The longest meeting records run to a few hundred pages; more is not a
/// record, and reading it would hold a tab for minutes.
pub const MAX_PAGES: usize = 2_000;

/// About 40 times S/PV.8699's 309,678 glyphs (65 pages).
pub const MAX_GLYPHS: usize = 12_000_000;

/// All Flate streams of a file together inflate to at most this many bytes
/// (S/PV.8699: 3.4 MB): a decompression bomb stops here, not in memory.
pub const MAX_INFLATED: usize = 256 * 1024 * 1024;

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
            PdfError::TooLarge(what) => {
                write!(f, "This PDF is too large to be a meeting record ({what}).")
            }
        }
    }
}

impl std::error::Error for PdfError {}

/// Every page's glyphs, in page order.
///
/// The engine is third-party code over untrusted bytes: natively a panic in
/// it is caught and reported as a damaged file (in the browser the worker
/// that runs it stops, and the page says so). Page and glyph counts are
/// bounded ([`MAX_PAGES`], [`MAX_GLYPHS`]).
pub fn pages(bytes: &[u8]) -> Result<Vec<Page>, PdfError> {
    quiet_engine_panics();
    IN_ENGINE.with(|e| e.set(true));
    let read = std::panic::catch_unwind(|| read_pages(bytes));
    IN_ENGINE.with(|e| e.set(false));
    read.unwrap_or_else(|_| {
        Err(PdfError::Damaged(
            "the PDF engine stopped on this file".into(),
        ))
    })
}

thread_local! {
    /// This thread is inside the engine, whose panics become errors.
    static IN_ENGINE: std::cell::Cell<bool> = const { std::cell::Cell::new(false) };
}

/// A panic the engine raises is reported as [`PdfError::Damaged`], so its
/// message is not printed; any other panic still reaches the hook that was
/// there (installed once, for the process).
fn quiet_engine_panics() {
    static ONCE: std::sync::Once = std::sync::Once::new();
    ONCE.call_once(|| {
        let previous = std::panic::take_hook();
        std::panic::set_hook(Box::new(move |info| {
            if !IN_ENGINE.with(std::cell::Cell::get) {
                previous(info);
            }
        }));
    });
}

fn read_pages(bytes: &[u8]) -> Result<Vec<Page>, PdfError> {
    let mut doc = pdf_extract::Document::load_mem(bytes).map_err(|e| {
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
    check_inflated_size(&doc)?;
    widths::normalize_cid_widths(&mut doc);
    let page_count = doc.get_pages().len();
    if page_count > MAX_PAGES {
        return Err(PdfError::TooLarge(format!(
            "{page_count} pages; records have at most {MAX_PAGES}"
        )));
    }
    let mut collector = Collector::default();
    let read = pdf_extract::output_doc(&doc, &mut collector);
    if collector.glyphs > MAX_GLYPHS {
        return Err(PdfError::TooLarge(format!(
            "more than {MAX_GLYPHS} characters"
        )));
    }
    read.map_err(|e| PdfError::Damaged(e.to_string()))?;
    let pages = collector.pages;
    if pages
        .iter()
        .all(|p| p.glyphs.iter().all(|g| g.ch.is_whitespace()))
    {
        return Err(PdfError::NoText { pages: pages.len() });
    }
    Ok(pages)
}

/// Inflate every Flate stream under a shared budget before the engine does
/// (it inflates without a limit), so a small file that inflates to
/// gigabytes is refused rather than read.
fn check_inflated_size(doc: &pdf_extract::Document) -> Result<(), PdfError> {
    let mut budget = MAX_INFLATED;
    for object in doc.objects.values() {
        let pdf_extract::Object::Stream(stream) = object else {
            continue;
        };
        let flate = match stream.dict.get(b"Filter") {
            Ok(pdf_extract::Object::Name(name)) => name == b"FlateDecode",
            Ok(pdf_extract::Object::Array(filters)) => filters
                .iter()
                .any(|f| matches!(f, pdf_extract::Object::Name(n) if n == b"FlateDecode")),
            _ => false,
        };
        if !flate {
            continue;
        }
        match miniz_oxide::inflate::decompress_to_vec_zlib_with_limit(&stream.content, budget) {
            Ok(inflated) => budget -= inflated.len(),
            Err(e) if e.status == miniz_oxide::inflate::TINFLStatus::HasMoreOutput => {
                return Err(PdfError::TooLarge(format!(
                    "its streams inflate to more than {} MB",
                    MAX_INFLATED / (1024 * 1024)
                )));
            }
            // A stream the engine may still read (or report) itself.
            Err(_) => {}
        }
    }
    Ok(())
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
    /// Glyphs seen, to stop at [`MAX_GLYPHS`].
    glyphs: usize,
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
        font_size: f64,
        text: &str,
    ) -> Result<(), OutputError> {
        self.glyphs += 1;
        if self.glyphs > MAX_GLYPHS {
            // Stops the engine; `read_pages` says why.
            return Err(OutputError::FormatError(std::fmt::Error));
        }
        let Some(page) = self.pages.last_mut() else {
            return Ok(());
        };
        // pdf-extract's matrix is Tm × CTM without the font size (`Tf`),
        // which it passes apart: the size on the page is their product.
        // InDesign and Distiller set `Tf` to 1 and scale Tm (the UN's
        // PDFs); Chromium's "Save as PDF" sets `Tf` to the size in CSS
        // pixels and scales the CTM by 0.75. The glyph's width is in text
        // space, so its advance on the page is width × size.
        let scale = font_size * trm.m11;
        let size = scale as f32;
        let mut chars = text.chars();
        let first = chars.next();
        // A ligature ("ﬁ" decoded to "fi") shares its glyph's advance.
        let count = text.chars().count().max(1) as f32;
        let advance = (width * scale) as f32 / count;
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
