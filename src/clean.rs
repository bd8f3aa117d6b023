//! Clean and segment: page chrome out, repeated paragraphs folded, sentences with spans.
//!
//! The body of a document is read line by line:
//!
//! 1. **Chrome out.** A line is page chrome, and dropped, when it has no letters, when it
//!    is mostly in another script than the article (fewer than half of its letters are
//!    Latin in an article whose letters are mostly Latin), when it is a navigation or
//!    boilerplate line of [`BOILERPLATE`], or when it is a menu of short capitalised items
//!    separated by `|`, `•` or `·`. Headlines stay: they are article text.
//! 2. **Paragraphs.** Consecutive kept lines form a paragraph only when a line is
//!    hard-wrapped mid-sentence (it ends without terminal punctuation and the next line
//!    starts in lower case, or it ends with a comma, a hyphen or a word such as `the` or
//!    `of`). Otherwise every line break ends a sentence.
//! 3. **Sentences.** Each paragraph is split after `.`, `!`, `?` and ellipses (and any
//!    closing quotes or brackets after them) when the next word starts like a sentence,
//!    except after abbreviations (`U.S.`, `Dr.`, `Jan. 5`, `No. 10`, `e.g.`), initials
//!    (`George W. Bush`) and inside numbers (`3.5`, `1,000.5`). A full stop glued to a
//!    capitalised word (`organisations.The`) is split too, but not in dotted
//!    abbreviations (`U.S.Army`), URLs or domains (`X.com`).
//! 4. **Repeats folded.** Sentences are compared by a key made of their letters and
//!    digits in lower case, so apostrophes, quotes and spacing do not matter. A paragraph
//!    seen before is dropped whole; a sentence of at least [`MIN_REPEAT_WORDS`] words seen
//!    before is dropped (short ones such as "He said." may repeat). When the later copy
//!    has more apostrophes (the earlier one lost them: "Talibans" vs "Taliban's"), the
//!    later copy is kept instead of the earlier one.
//!
//! Everything is a single pass or a constant number of passes over the text: linear time.

//!
//! Chrome is told in `chrome`, paragraphs and sentences in `segment`, repeats folded in
//! `fold`.

mod chrome;
mod fold;
mod segment;
#[cfg(test)]
mod tests;

pub use chrome::{BOILERPLATE, MAX_CHROME_BYTES, Placement};
use chrome::{is_chrome, is_latin_article};
use fold::Folder;
pub use fold::MIN_REPEAT_WORDS;
use segment::{continues, segment};

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
    let text = doc.text.as_str();
    let body_start = doc.body_start.min(text.len());
    // Whether the article is mostly Latin is only needed once a line is not.
    let mut latin_article = None;

    let mut folder = Folder::default();
    let mut spans = Vec::new();
    let mut block: Option<(usize, usize)> = None;
    let mut flush = |block: &mut Option<(usize, usize)>, folder: &mut Folder| {
        if let Some((start, end)) = block.take() {
            spans.clear();
            segment(text, start, end, &mut spans);
            folder.add_paragraph(doc, &spans);
        }
    };

    let mut pos = body_start;
    while pos < text.len() {
        let line_end = text[pos..].find('\n').map_or(text.len(), |i| pos + i);
        let next = line_end + 1;
        let (start, end) = trim_span(text, pos, line_end);
        pos = next;
        if start == end {
            flush(&mut block, &mut folder);
            continue;
        }
        let line = &text[start..end];
        if is_chrome(line, || {
            *latin_article.get_or_insert_with(|| is_latin_article(&text[body_start..]))
        }) {
            flush(&mut block, &mut folder);
            continue;
        }
        match &mut block {
            Some((bs, be)) if continues(&text[*bs..*be], line) => *be = end,
            _ => {
                flush(&mut block, &mut folder);
                block = Some((start, end));
            }
        }
    }
    flush(&mut block, &mut folder);
    folder.finish()
}

/// The span of `text[start..end]` without surrounding white space (including `\r`).
fn trim_span(text: &str, start: usize, end: usize) -> (usize, usize) {
    let s = &text[start..end];
    let trimmed_start = s.trim_start();
    let start = start + (s.len() - trimmed_start.len());
    let end = start + trimmed_start.trim_end().len();
    (start, end)
}
