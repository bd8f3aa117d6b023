//! Clean and segment: page chrome out, repeated paragraphs folded, sentences with spans.

use crate::corpus::Document;

/// One sentence of article text, located in the original file.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Sentence {
    /// Byte offset of the first byte in the document's text.
    pub start: usize,
    /// Byte offset one past the last byte.
    pub end: usize,
    /// 1-based line of `start`.
    pub line: usize,
    /// The sentence as it stands in the file (`doc.text[start..end]`).
    pub text: String,
}

/// The sentences of a document's body, chrome removed and repeats folded, in order.
pub fn sentences(doc: &Document) -> Vec<Sentence> {
    let _ = doc;
    Vec::new()
}
