//! PDFs that are no meeting record's get a clear error, never a panic.

#[path = "../../core/tests/common/mod.rs"]
mod common;
use common::*;
use verbatim_pdf::PdfError;

fn corpus_pdf() -> Vec<u8> {
    std::fs::read(corpus_dir().join("pdf/S_PV_8701.pdf")).expect("corpus PDF")
}

#[test]
fn a_truncated_pdf_is_damaged() {
    let bytes = corpus_pdf();
    for keep in [10, 1_000, bytes.len() / 3, bytes.len() - 100] {
        match verbatim_pdf::parse(&bytes[..keep]) {
            Err(PdfError::Damaged(_)) => {}
            // Truncated past its last page's content, a PDF may still read.
            Ok(record) => assert!(
                keep > bytes.len() / 2,
                "{keep} bytes read: {:?}",
                record.meeting
            ),
            Err(e) => panic!("{keep} bytes: {e}"),
        }
    }
}

#[test]
fn garbage_and_empty_input_are_damaged() {
    for bytes in [
        &b""[..],
        b"%PDF-1.7\n",
        b"%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF",
    ] {
        assert!(
            matches!(verbatim_pdf::parse(bytes), Err(PdfError::Damaged(_))),
            "{bytes:?}"
        );
    }
}

/// A PDF of `objects` (numbered from 1) with a correct cross-reference table.
fn pdf_of(objects: &[&str]) -> Vec<u8> {
    let mut out = b"%PDF-1.4\n".to_vec();
    let mut offsets = Vec::new();
    for (i, body) in objects.iter().enumerate() {
        offsets.push(out.len());
        out.extend(format!("{} 0 obj\n{body}\nendobj\n", i + 1).bytes());
    }
    let xref = out.len();
    out.extend(format!("xref\n0 {}\n0000000000 65535 f \n", objects.len() + 1).bytes());
    for o in offsets {
        out.extend(format!("{o:010} 00000 n \n").bytes());
    }
    out.extend(
        format!(
            "trailer\n<< /Size {} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n",
            objects.len() + 1
        )
        .bytes(),
    );
    out
}

#[test]
fn a_pdf_without_text_says_it_needs_ocr() {
    // One page with nothing drawn but a rectangle, as a scan without OCR
    // holds an image and no text.
    let content = "0 0 612 792 re f";
    let pdf = pdf_of(&[
        "<< /Type /Catalog /Pages 2 0 R >>",
        "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R /Resources << >> >>",
        &format!(
            "<< /Length {} >>\nstream\n{content}\nendstream",
            content.len()
        ),
    ]);
    let error = verbatim_pdf::parse(&pdf).expect_err("no text");
    assert_eq!(error, PdfError::NoText { pages: 1 });
    assert!(error.to_string().contains("OCR"));
}

#[test]
fn a_pdf_with_text_but_no_record_parses_to_no_speeches() {
    let content = "BT /F1 12 Tf 72 700 Td (A shopping list: milk, bread.) Tj ET";
    let pdf = pdf_of(&[
        "<< /Type /Catalog /Pages 2 0 R >>",
        "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>",
        &format!("<< /Length {} >>\nstream\n{content}\nendstream", content.len()),
        "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
    ]);
    let record = verbatim_pdf::parse(&pdf).expect("a readable PDF");
    assert!(record.speeches.is_empty());
    assert!(record.diagnostics.iter().any(|d| d.code == "no_speeches"));
}

#[test]
fn ten_thousand_pages_are_refused_by_their_count() {
    let pages = 10_000;
    let kids: Vec<String> = (0..pages).map(|i| format!("{} 0 R", i + 3)).collect();
    let mut objects = vec![
        "<< /Type /Catalog /Pages 2 0 R >>".to_string(),
        format!(
            "<< /Type /Pages /Kids [{}] /Count {pages} >>",
            kids.join(" ")
        ),
    ];
    objects.extend(
        (0..pages).map(|_| "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] >>".to_string()),
    );
    let refs: Vec<&str> = objects.iter().map(String::as_str).collect();
    let error = verbatim_pdf::parse(&pdf_of(&refs)).expect_err("too many pages");
    assert!(matches!(error, PdfError::TooLarge(_)), "{error}");
    assert!(error.to_string().contains("10000 pages"));
}

#[test]
fn deeply_nested_objects_do_not_bring_the_reader_down() {
    for depth in [1_000, 100_000] {
        let nested = format!("{}{}", "[".repeat(depth), "]".repeat(depth));
        let pdf = pdf_of(&[
            "<< /Type /Catalog /Pages 2 0 R >>",
            "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            &format!("<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Odd {nested} >>"),
        ]);
        // Any answer but a crash: an error, or a page without text.
        let _ = verbatim_pdf::parse(&pdf);
    }
}

#[test]
fn a_decompression_bomb_is_refused_before_it_inflates() {
    // 300 streams of 1 MiB of zeros each, about 1 KB compressed: 300 MiB
    // inflated, over the 256 MiB budget.
    let zeros = miniz_oxide::deflate::compress_to_vec_zlib(&vec![0u8; 1 << 20], 9);
    let mut pdf = b"%PDF-1.4\n".to_vec();
    let mut offsets = Vec::new();
    let object = |pdf: &mut Vec<u8>, offsets: &mut Vec<usize>, body: &[u8]| {
        offsets.push(pdf.len());
        pdf.extend(format!("{} 0 obj\n", offsets.len()).bytes());
        pdf.extend_from_slice(body);
        pdf.extend(b"\nendobj\n");
    };
    object(&mut pdf, &mut offsets, b"<< /Type /Catalog /Pages 2 0 R >>");
    object(
        &mut pdf,
        &mut offsets,
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
    );
    object(
        &mut pdf,
        &mut offsets,
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] >>",
    );
    for _ in 0..300 {
        let mut body = format!(
            "<< /Length {} /Filter /FlateDecode >>\nstream\n",
            zeros.len()
        )
        .into_bytes();
        body.extend_from_slice(&zeros);
        body.extend(b"\nendstream");
        object(&mut pdf, &mut offsets, &body);
    }
    let xref = pdf.len();
    pdf.extend(format!("xref\n0 {}\n0000000000 65535 f \n", offsets.len() + 1).bytes());
    for o in &offsets {
        pdf.extend(format!("{o:010} 00000 n \n").bytes());
    }
    pdf.extend(
        format!(
            "trailer\n<< /Size {} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n",
            offsets.len() + 1
        )
        .bytes(),
    );
    let error = verbatim_pdf::parse(&pdf).expect_err("a bomb");
    assert!(matches!(error, PdfError::TooLarge(_)), "{error}");
}

/// Found by the `pdf` fuzz target: S/PV.8701's PDF with ten bytes changed
/// (a content stream's path operator loses its operands), on which the
/// engine panics. Natively the panic is caught and the file reported as
/// damaged; in the page the worker stops and the page says so.
#[test]
fn an_engine_panic_is_a_damaged_file() {
    let mut bytes = corpus_pdf();
    for (at, byte) in [
        (9657, 91),
        (463032, 37),
        (463033, 80),
        (463034, 68),
        (463035, 70),
        (463036, 45),
        (463037, 50),
        (463038, 111),
        (463039, 91),
        (463040, 114),
    ] {
        bytes[at] = byte;
    }
    let error = verbatim_pdf::parse(&bytes).expect_err("a damaged file");
    assert!(matches!(error, PdfError::Damaged(_)), "{error}");
}

#[test]
fn errors_say_what_to_do() {
    assert!(PdfError::Encrypted.to_string().contains("password"));
    assert!(PdfError::Damaged("x".into())
        .to_string()
        .contains("damaged or truncated"));
}

#[test]
fn is_pdf_reads_the_signature() {
    assert!(verbatim_pdf::is_pdf(&corpus_pdf()));
    assert!(!verbatim_pdf::is_pdf(b"Mr. X (Y): text"));
}
