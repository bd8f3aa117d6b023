//! From the bytes of one input to a [`Document`]: empty and binary inputs refused, the
//! text decoded (UTF-8, or a legacy encoding it was saved in), and a leading `date`
//! header read and weighed against what a manifest says.

use std::sync::LazyLock;

use chrono::NaiveDate;
use regex::Regex;

use crate::error::Problem;

use super::{Document, LoadOptions, Published, PublishedHow, Source, line_starts};

/// How many leading bytes are sniffed to tell text from binary.
const SNIFF_BYTES: usize = 8 * 1024;

/// Share of control bytes (other than tab, line feed, carriage return and form feed) in
/// the sniffed prefix above which a file is binary, in percent.
const MAX_CONTROL_PERCENT: usize = 10;

/// The UTF-8 byte-order mark.
const BOM: &str = "\u{feff}";

/// A leading `date YYYY-MM-DD` (or `Date: YYYY-MM-DD`) header, possibly indented, and the
/// blank space after it. The date must stand alone as a word.
static HEADER: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)\A[ \t\r\n]*date[ \t]*:?[ \t]*([0-9]{4}-[0-9]{2}-[0-9]{2})(?:[ \t\r\n]+|\z)")
        .expect("header regex")
});

/// Decodes UTF-8, replacing every byte of an invalid sequence by one `?`, so that byte
/// offsets into the result are those of the input. Returns the text and the offset of
/// the first invalid byte, if any. Linear in the input.
pub fn decode_lossy(bytes: Vec<u8>) -> (String, Option<usize>) {
    let mut bytes = bytes;
    let mut first_bad = None;
    let mut at = 0;
    loop {
        match std::str::from_utf8(&bytes[at..]) {
            Ok(_) => break,
            Err(e) => {
                let bad = at + e.valid_up_to();
                first_bad.get_or_insert(bad);
                let len = e.error_len().unwrap_or(bytes.len() - bad);
                for b in &mut bytes[bad..bad + len] {
                    *b = b'?';
                }
                at = bad + len;
            }
        }
    }
    let text = String::from_utf8(bytes).expect("every invalid byte was replaced");
    (text, first_bad)
}

/// A `date` header at the start of a text: the date (when it is a real day) and the
/// offset where the article text after it begins.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Header {
    pub date: Option<NaiveDate>,
    /// The written date, as byte range, for messages.
    pub date_span: (usize, usize),
    /// Offset just past the header and the blank space after it.
    pub end: usize,
}

/// Finds a leading `date YYYY-MM-DD` / `Date: YYYY-MM-DD` header (case-insensitive,
/// possibly indented, possibly followed by article text on the same line).
pub fn parse_header(text: &str) -> Option<Header> {
    let caps = HEADER.captures(text)?;
    let date = caps.get(1)?;
    Some(Header {
        date: NaiveDate::parse_from_str(date.as_str(), "%Y-%m-%d").ok(),
        date_span: (date.start(), date.end()),
        end: caps.get(0)?.end(),
    })
}

/// Turns the bytes of one input into a document, or reports why it cannot be one.
pub(super) fn build(
    bytes: Vec<u8>,
    source: Source,
    options: &LoadOptions,
    problems: &mut Vec<Problem>,
) -> Option<Document> {
    let path = source.path;
    let content = bytes.strip_prefix(BOM.as_bytes()).unwrap_or(&bytes);
    if content.iter().all(u8::is_ascii_whitespace) {
        problems.push(Problem::error(path, "empty file, skipped"));
        return None;
    }
    if bytes.starts_with(&[0xff, 0xfe]) || bytes.starts_with(&[0xfe, 0xff]) {
        problems.push(Problem::error(
            path,
            "binary file, skipped: it looks like UTF-16 text; save it as UTF-8",
        ));
        return None;
    }
    if is_binary(content) {
        problems.push(Problem::error(path, "binary file, skipped"));
        return None;
    }
    let crate::encoding::Decoded {
        text,
        encoding,
        first_bad,
        offsets,
    } = crate::encoding::decode(bytes);
    let line_starts = line_starts(&text);
    let mut doc = Document {
        id: source.id,
        path: path.clone(),
        outlet: None,
        url: None,
        published: Published::unknown(),
        offsets: offsets.map(std::sync::Arc::new),
        body_start: if text.starts_with(BOM) { BOM.len() } else { 0 },
        text,
        line_starts,
    };
    if let Some(encoding) = encoding {
        problems.push(Problem::warning(
            path.clone(),
            format!(
                "not UTF-8: read as {encoding} (detected); byte offsets still refer to the \
                 file; save it as UTF-8 to silence this"
            ),
        ));
    }
    if let Some(bad) = first_bad {
        problems.push(
            Problem::warning(
                path.clone(),
                "invalid UTF-8; each invalid byte is read as '?'",
            )
            .at_line(doc.line_of(bad))
            .at_byte(bad),
        );
    }

    let mut header_date = None;
    if let Some(h) = parse_header(&doc.text[doc.body_start..]) {
        let (a, b) = h.date_span;
        let written = &doc.text[doc.body_start + a..doc.body_start + b];
        match h.date {
            Some(d) => {
                header_date = Some(d);
                doc.body_start += h.end;
            }
            None => problems.push(
                Problem::warning(
                    path.clone(),
                    format!(
                        "date header '{written}' is not a real day; it is read as article text"
                    ),
                )
                .at_line(doc.line_of(doc.body_start + a)),
            ),
        }
    }
    if doc.body().trim().is_empty() {
        problems.push(Problem::error(
            path,
            "empty file (nothing after the date header), skipped",
        ));
        return None;
    }

    let entry = source.entry.unwrap_or_default();
    doc.published = match (entry.published, header_date, options.published) {
        (Some(m), h, _) => {
            if let Some(h) = h.filter(|h| *h != m) {
                problems.push(Problem::warning(
                    path.clone(),
                    format!(
                        "date header says {h} but {} says {m}; using {m}",
                        entry.place
                    ),
                ));
            }
            Published::known(m, PublishedHow::Manifest)
        }
        (None, Some(h), _) => Published::known(h, PublishedHow::Header),
        (None, None, Some(f)) => Published::known(f, PublishedHow::Flag),
        (None, None, None) => Published::unknown(),
    };
    doc.outlet = entry.outlet;
    doc.url = entry.url;
    Some(doc)
}

/// True for a NUL byte in the first [`SNIFF_BYTES`], or more than
/// [`MAX_CONTROL_PERCENT`] of control bytes there.
fn is_binary(bytes: &[u8]) -> bool {
    let sample = &bytes[..bytes.len().min(SNIFF_BYTES)];
    if sample.contains(&0) {
        return true;
    }
    let control = sample
        .iter()
        .filter(|&&b| (b < 0x20 && !matches!(b, b'\t' | b'\n' | b'\r' | 0x0c)) || b == 0x7f)
        .count();
    control * 100 > sample.len() * MAX_CONTROL_PERCENT
}
