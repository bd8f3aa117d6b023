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

use std::collections::{HashMap, HashSet};

use crate::corpus::Document;
use crate::wordset::WordSet;

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

/// Where a [`BOILERPLATE`] phrase must stand in a line for the line to be page chrome.
/// Lines are compared in lower case, with runs of spaces collapsed and leading bullets
/// (`•`, `-`, `*`, `|`, `»`, …) removed.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Placement {
    /// The phrase is the whole line (trailing `:`, `.`, `|`, `»`, `›`, `>` and dashes
    /// ignored): `Advertisement`, `Left Menu`.
    Whole,
    /// The line starts with the phrase, followed by the end of the line or a non-letter:
    /// `Follow us on Twitter`, `Photo: Reuters`.
    Start,
    /// The phrase is anywhere in the line: `Copyright 2025 AP. All rights reserved.`
    Anywhere,
}

/// Page chrome: navigation, advertising, sharing, newsletter, social, copyright and
/// picture-credit lines that sites wrap around an article. A line matching one of these
/// (see [`Placement`]) is dropped. Only lines of at most [`MAX_CHROME_BYTES`] bytes are
/// checked, so a paragraph that merely mentions "read more" is never lost.
pub const BOILERPLATE: &[(&str, Placement)] = &[
    // Navigation.
    ("left menu", Placement::Whole),
    ("right menu", Placement::Whole),
    ("main menu", Placement::Whole),
    ("menu", Placement::Whole),
    ("navigation", Placement::Whole),
    ("home", Placement::Whole),
    ("search", Placement::Whole),
    ("skip to", Placement::Start),
    ("back to top", Placement::Whole),
    ("jump to", Placement::Start),
    // Advertising.
    ("advertisement", Placement::Whole),
    ("advertisements", Placement::Whole),
    ("advertising", Placement::Whole),
    ("sponsored", Placement::Whole),
    ("sponsored content", Placement::Whole),
    ("story continues below advertisement", Placement::Whole),
    ("article continues below", Placement::Start),
    // Sharing and reading on.
    ("share", Placement::Whole),
    ("share this", Placement::Start),
    ("share on", Placement::Start),
    ("share via", Placement::Start),
    ("print", Placement::Whole),
    ("email", Placement::Whole),
    ("comments", Placement::Whole),
    ("leave a comment", Placement::Start),
    ("read more", Placement::Start),
    ("read also", Placement::Start),
    ("also read", Placement::Start),
    ("related", Placement::Whole),
    ("related articles", Placement::Whole),
    ("related stories", Placement::Whole),
    ("related content", Placement::Whole),
    ("more on this story", Placement::Whole),
    ("you may also like", Placement::Start),
    ("recommended", Placement::Whole),
    ("most read", Placement::Whole),
    ("most popular", Placement::Whole),
    ("trending", Placement::Whole),
    ("top stories", Placement::Whole),
    ("click here", Placement::Start),
    ("listen to this article", Placement::Start),
    ("loading", Placement::Whole),
    // Newsletters and social media.
    ("subscribe", Placement::Start),
    ("sign up for our newsletter", Placement::Start),
    ("sign up to our newsletter", Placement::Start),
    ("sign up for the", Placement::Start),
    ("newsletter", Placement::Whole),
    ("follow us on", Placement::Start),
    ("follow us", Placement::Whole),
    ("join our", Placement::Start),
    ("we use cookies", Placement::Start),
    // Copyright.
    ("all rights reserved", Placement::Anywhere),
    ("©", Placement::Start),
    ("copyright ©", Placement::Start),
    ("copyright (c)", Placement::Start),
    // Pictures and video.
    ("photo:", Placement::Start),
    ("photo credit", Placement::Start),
    ("photograph:", Placement::Start),
    ("image:", Placement::Start),
    ("image caption", Placement::Start),
    ("image source", Placement::Start),
    ("media caption", Placement::Start),
    ("video caption", Placement::Start),
    ("caption:", Placement::Start),
    ("file photo", Placement::Start),
    ("getty images", Placement::Whole),
];

/// Longest line (in bytes) that is checked against [`BOILERPLATE`] and menu shapes.
pub const MAX_CHROME_BYTES: usize = 600;

/// A repeated sentence is dropped only when it has at least this many words.
pub const MIN_REPEAT_WORDS: usize = 6;

/// Longest word (in bytes) looked at behind a full stop to tell an abbreviation.
const MAX_ABBREVIATION_BYTES: usize = 40;

/// How far (in bytes) to look around a glued full stop for signs of a URL.
const MAX_TOKEN_LOOK: usize = 200;

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

fn is_latin_letter(c: char) -> bool {
    c.is_ascii_alphabetic()
        || ('\u{00C0}'..='\u{024F}').contains(&c) && c != '\u{00D7}' && c != '\u{00F7}'
        || ('\u{1E00}'..='\u{1EFF}').contains(&c)
}

/// General punctuation (curly quotes, dashes, ellipsis): common, and never a letter.
fn is_punctuation_block(c: char) -> bool {
    ('\u{2000}'..='\u{206F}').contains(&c)
}

/// (letters, Latin letters) of a text.
fn letter_counts(s: &str) -> (usize, usize) {
    let mut letters = 0;
    let mut latin = 0;
    for c in s.chars() {
        if c.is_ascii() {
            if c.is_ascii_alphabetic() {
                letters += 1;
                latin += 1;
            }
        } else if is_latin_letter(c) {
            letters += 1;
            latin += 1;
        } else if !is_punctuation_block(c) && c.is_alphabetic() {
            letters += 1;
        }
    }
    (letters, latin)
}

/// True when at least half the letters of the body are Latin (an English article).
fn is_latin_article(body: &str) -> bool {
    let (letters, latin) = letter_counts(body);
    latin * 2 >= letters
}

/// True when a (trimmed, non-empty) line is page chrome rather than article text.
fn is_chrome(line: &str, latin_article: impl FnOnce() -> bool) -> bool {
    let (letters, latin) = letter_counts(line);
    if letters == 0 {
        return true;
    }
    if latin * 2 < letters && latin_article() {
        return true;
    }
    if line.len() > MAX_CHROME_BYTES {
        return false;
    }
    is_boilerplate(line) || is_menu(line)
}

/// Marks that may open a chrome line before its phrase (white space too).
const BULLETS: &[char] = &['•', '·', '-', '–', '—', '*', '|', '»', '›', '>', '▶', '►'];

/// Marks that may close a chrome line after a whole-line phrase (white space too).
const TRAILING_NOISE: &[char] = &[
    ':', '.', '|', '»', '›', '>', '-', '–', '—', '…', '!', '▶', '►',
];

/// True when the line is one of [`BOILERPLATE`].
fn is_boilerplate(line: &str) -> bool {
    static CHROME: std::sync::LazyLock<[regex::Regex; 3]> =
        std::sync::LazyLock::new(|| boilerplate_regexes(BOILERPLATE));
    CHROME.iter().any(|r| r.is_match(line))
}

/// The phrases of a table as three case-insensitive patterns, one per [`Placement`], so a
/// line is checked in a few scans instead of once per phrase: a space of a phrase stands
/// for any run of white space, leading bullets and trailing noise are allowed around it.
fn boilerplate_regexes(table: &[(&str, Placement)]) -> [regex::Regex; 3] {
    let class = |chars: &[char]| -> String {
        let chars: String = chars.iter().collect();
        format!(r"[\s{}]", regex::escape(&chars))
    };
    let (bullets, noise) = (class(BULLETS), class(TRAILING_NOISE));
    let alternation = |placement: Placement| -> String {
        let phrases: Vec<String> = table
            .iter()
            .filter(|(_, p)| *p == placement)
            .map(|(phrase, _)| {
                let words: Vec<String> = phrase.split(' ').map(regex::escape).collect();
                let body = words.join(r"\s+");
                // A phrase ending in a letter or digit must end a word.
                if placement == Placement::Start && phrase.ends_with(char::is_alphanumeric) {
                    format!(r"{body}(?:$|[^\p{{Alphabetic}}\p{{N}}])")
                } else {
                    body
                }
            })
            .collect();
        format!("(?:{})", phrases.join("|"))
    };
    let build = |p: String| regex::Regex::new(&p).expect("boilerplate phrases are literal text");
    [
        build(format!(
            "(?i)^{bullets}*{}{noise}*$",
            alternation(Placement::Whole)
        )),
        build(format!("(?i)^{bullets}*{}", alternation(Placement::Start))),
        build(format!("(?i){}", alternation(Placement::Anywhere))),
    ]
}

/// Words that may stay in lower case inside a menu item ("News & Politics").
const MENU_JOINERS: &[&str] = &[
    "&", "and", "of", "the", "to", "for", "in", "a", "-", "+", "/",
];

/// True for a menu line: at least two short items, each of capitalised words, separated
/// by `|`, `•` or `·` ("Home | World | Business").
fn is_menu(line: &str) -> bool {
    if !line.contains(['|', '•', '·']) {
        return false;
    }
    let mut items = 0;
    for item in line.split(['|', '•', '·']) {
        let item = item.trim();
        if item.is_empty() {
            continue;
        }
        items += 1;
        let words: Vec<&str> = item.split_whitespace().collect();
        if words.len() > 4 {
            return false;
        }
        for (i, word) in words.iter().enumerate() {
            let first = word.chars().next().unwrap_or(' ');
            let capital = first.is_uppercase() || first.is_ascii_digit();
            if !(capital || (i > 0 && MENU_JOINERS.contains(word))) {
                return false;
            }
        }
    }
    items >= 2
}

/// Lower-case words that cannot end a sentence or a headline: a line ending with one is
/// hard-wrapped.
const OPEN_ENDINGS: &[&str] = &[
    "a", "an", "the", "of", "to", "and", "or", "with", "for", "in", "on", "by", "from", "at", "as",
    "that", "which", "who", "whose", "into", "than", "but",
];

/// True when `next` continues the sentence that `prev` (the paragraph so far) breaks off:
/// a hard-wrapped line.
fn continues(prev: &str, next: &str) -> bool {
    let Some(last) = prev.chars().rev().find(|&c| !is_closer(c)) else {
        return false;
    };
    if matches!(last, '.' | '!' | '?' | '…') {
        return false;
    }
    if next.starts_with(char::is_lowercase) || matches!(last, ',' | '-' | '(' | '[') {
        return true;
    }
    let mut tail = prev.len().saturating_sub(16);
    while !prev.is_char_boundary(tail) {
        tail += 1;
    }
    let tail = &prev[tail..];
    let word_start = tail.rfind(|c: char| !c.is_alphabetic()).map_or(0, |i| {
        i + tail[i..].chars().next().map_or(1, char::len_utf8)
    });
    OPEN_ENDINGS.contains(&&tail[word_start..])
}

fn is_closer(c: char) -> bool {
    matches!(c, '"' | '\'' | ')' | ']' | '”' | '’' | '»' | '›')
}

fn is_opener(c: char) -> bool {
    matches!(
        c,
        '"' | '\'' | '(' | '[' | '“' | '‘' | '«' | '‹' | '¿' | '¡'
    )
}

/// Length in bytes of a sentence terminator at `i` (`.`, `!`, `?`, `…`), or 0.
fn terminator_len(bytes: &[u8], i: usize, end: usize) -> usize {
    match bytes[i] {
        b'.' | b'!' | b'?' => 1,
        0xE2 if i + 3 <= end && bytes[i + 1] == 0x80 && bytes[i + 2] == 0xA6 => 3,
        _ => 0,
    }
}

/// Splits the paragraph `text[start..end]` (trimmed) into sentence spans.
fn segment(text: &str, start: usize, end: usize, out: &mut Vec<(usize, usize)>) {
    let bytes = text.as_bytes();
    let mut sentence_start = start;
    let mut i = start;
    while i < end {
        match bytes[i..end]
            .iter()
            .position(|&b| matches!(b, b'.' | b'!' | b'?' | 0xE2))
        {
            Some(p) => i += p,
            None => break,
        }
        if terminator_len(bytes, i, end) == 0 {
            i += 1;
            continue;
        }
        let term_start = i;
        let mut j = i;
        loop {
            let len = terminator_len(bytes, j, end);
            if len == 0 {
                break;
            }
            j += len;
            if j >= end {
                break;
            }
        }
        let run = &text[term_start..j];
        while let Some(c) = text[j..end].chars().next().filter(|&c| is_closer(c)) {
            j += c.len_utf8();
        }
        let Some(c) = text[j..end].chars().next() else {
            break;
        };
        if c.is_whitespace() {
            let rest = &text[j..end];
            let k = j + (rest.len() - rest.trim_start().len());
            if k >= end {
                break;
            }
            // "1. First point": a list number opening a line is not a sentence.
            let list_number = term_start - sentence_start <= 3
                && term_start > sentence_start
                && text[sentence_start..term_start]
                    .bytes()
                    .all(|b| b.is_ascii_digit());
            if !list_number && splits_before(text, start, term_start, run, k, end) {
                out.push((sentence_start, j));
                sentence_start = k;
            }
            i = k;
        } else {
            if splits_glued(text, start, term_start, j, end) {
                out.push((sentence_start, j));
                sentence_start = j;
            }
            i = j;
        }
    }
    if sentence_start < end {
        out.push((sentence_start, end));
    }
}

/// How a word before a full stop bears on a sentence break.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Abbreviation {
    /// An ordinary word: the full stop ends the sentence.
    None,
    /// Never ends a sentence: titles (`Dr.`, `Gen.`, `St.`), `e.g.`, `i.e.`, `vs.`.
    Never,
    /// Does not end a sentence before a number: `No. 10`, `Jan. 5`.
    BeforeNumber,
    /// May end a sentence, but only before a word that usually starts one ("the U.S. The
    /// talks…"): `U.S.`, `Inc.`, `Co.`, `Jr.`, `etc.`, initials.
    MayEnd,
}

/// Titles before a name; matched with a capital first letter.
static TITLES: WordSet = WordSet::new(&[
    "mr", "mrs", "ms", "dr", "prof", "gen", "sen", "rep", "st", "gov", "lt", "col", "capt", "sgt",
    "maj", "rev", "hon", "pres", "supt", "adm", "cmdr", "mt", "messrs", "mme", "mlle", "brig",
    "cpl", "pvt", "fr",
]);

/// Abbreviations that never end a sentence, any case.
static NEVER_ENDS: WordSet = WordSet::new(&["e.g", "i.e", "vs", "cf", "viz", "approx", "ca"]);

/// Abbreviations written before a number (`No. 10`, `Jan. 5`), capitalised.
static BEFORE_NUMBER: WordSet = WordSet::new(&[
    "no", "nos", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov",
    "dec", "fig", "vol", "art",
]);

/// Abbreviations that may end a sentence, any case.
static MAY_END: WordSet = WordSet::new(&[
    "inc", "ltd", "co", "corp", "jr", "sr", "etc", "plc", "llc", "bros", "ft", "a.m", "p.m",
]);

/// Capitalised words that usually start a sentence, used after an abbreviation that may
/// also end one.
static STARTERS: WordSet = WordSet::new(&[
    "The",
    "A",
    "An",
    "He",
    "She",
    "It",
    "They",
    "We",
    "You",
    "His",
    "Her",
    "Its",
    "Their",
    "Our",
    "This",
    "That",
    "These",
    "Those",
    "There",
    "But",
    "And",
    "Or",
    "So",
    "Yet",
    "However",
    "Meanwhile",
    "In",
    "On",
    "At",
    "For",
    "After",
    "Before",
    "When",
    "While",
    "Since",
    "As",
    "If",
    "Although",
    "Despite",
    "According",
    "Some",
    "Many",
    "Most",
    "Both",
    "Other",
    "Others",
    "Still",
    "Also",
    "Then",
    "Now",
    "Earlier",
    "Later",
    "Last",
    "Such",
    "What",
    "Why",
    "How",
    "Who",
]);

fn classify(word: &str) -> Abbreviation {
    let word = word.trim_start_matches('.');
    if word.is_empty() {
        return Abbreviation::None;
    }
    let lower = word.to_lowercase();
    let capital = word.starts_with(|c: char| c.is_uppercase());
    if capital && TITLES.contains(lower.as_str()) || NEVER_ENDS.contains(lower.as_str()) {
        return Abbreviation::Never;
    }
    if capital && BEFORE_NUMBER.contains(lower.as_str()) {
        return Abbreviation::BeforeNumber;
    }
    if MAY_END.contains(lower.as_str()) {
        return Abbreviation::MayEnd;
    }
    let mut chars = word.chars();
    if let (Some(c), None) = (chars.next(), chars.next())
        && c.is_uppercase()
    {
        return Abbreviation::MayEnd; // an initial
    }
    if word.contains('.')
        && word
            .split('.')
            .all(|p| !p.is_empty() && p.len() <= 3 && p.chars().all(char::is_alphabetic))
    {
        return Abbreviation::MayEnd; // U.S, U.K, D.C
    }
    Abbreviation::None
}

/// The word (letters, digits and inner dots) just before byte `at`, not reaching before
/// `floor`; `None` when it is longer than any abbreviation.
fn word_before(text: &str, floor: usize, at: usize) -> Option<&str> {
    let mut i = at;
    for c in text[floor..at].chars().rev() {
        if !(c.is_alphanumeric() || c == '.') {
            break;
        }
        i -= c.len_utf8();
        if at - i > MAX_ABBREVIATION_BYTES {
            return None;
        }
    }
    Some(&text[i..at])
}

/// True when the text at `k` starts like a sentence: a capital, a digit or a letter of a
/// script without case, possibly after opening quotes or brackets.
fn starts_sentence(text: &str, k: usize, end: usize) -> bool {
    let mut chars = text[k..end].chars().skip_while(|&c| is_opener(c));
    chars.next().is_some_and(|c| {
        c.is_uppercase() || c.is_ascii_digit() || (c.is_alphabetic() && !c.is_lowercase())
    })
}

/// The word at `k` after any opening quotes, and whether a full stop follows it.
fn word_at(text: &str, k: usize, end: usize) -> (&str, bool) {
    let rest = text[k..end].trim_start_matches(is_opener);
    let len = rest
        .find(|c: char| !c.is_alphabetic())
        .unwrap_or(rest.len());
    (&rest[..len], rest[len..].starts_with('.'))
}

/// Decides a break after the terminator `run` at `term_start`, before the word at `k`.
fn splits_before(
    text: &str,
    floor: usize,
    term_start: usize,
    run: &str,
    k: usize,
    end: usize,
) -> bool {
    if !starts_sentence(text, k, end) {
        return false;
    }
    if run != "." {
        return true;
    }
    let Some(word) = word_before(text, floor, term_start) else {
        return true;
    };
    let next_is_digit = text[k..end].starts_with(|c: char| c.is_ascii_digit());
    match classify(word) {
        Abbreviation::None => true,
        Abbreviation::Never => false,
        Abbreviation::BeforeNumber => !next_is_digit,
        Abbreviation::MayEnd => {
            let (next, dotted) = word_at(text, k, end);
            let initial = dotted && next.chars().count() == 1;
            !initial && STARTERS.contains(next)
        }
    }
}

/// Decides a break at a terminator glued to the next word ("organisations.The"): only
/// after an ordinary lower-case word, before a capitalised word, outside URLs.
fn splits_glued(text: &str, floor: usize, term_start: usize, j: usize, end: usize) -> bool {
    let mut next = text[j..end].chars();
    let (Some(a), Some(b)) = (next.next(), next.next()) else {
        return false;
    };
    if !(a.is_uppercase() && b.is_lowercase()) {
        return false;
    }
    if !text[floor..term_start]
        .chars()
        .next_back()
        .is_some_and(char::is_lowercase)
    {
        return false;
    }
    let Some(word) = word_before(text, floor, term_start) else {
        return false;
    };
    if word.contains('.') || word.chars().count() < 2 || classify(word) != Abbreviation::None {
        return false;
    }
    // The surrounding token must not look like a URL, a domain or an e-mail address.
    let mut from = term_start;
    for c in text[floor..term_start].chars().rev() {
        if c.is_whitespace() {
            break;
        }
        from -= c.len_utf8();
        if term_start - from > MAX_TOKEN_LOOK {
            return false;
        }
    }
    let token = &text[from..term_start];
    !(token.contains("://") || token.contains("www.") || token.contains('@'))
}

/// Folds repeated paragraphs and sentences while collecting the sentences.
#[derive(Default)]
struct Folder {
    out: Vec<Option<Sentence>>,
    /// Sentence key → index in `out` of the copy kept.
    sentences: HashMap<String, usize>,
    paragraphs: HashSet<String>,
}

/// Letters and digits in lower case: what a sentence says, whatever its punctuation.
/// The key of a sentence (its letters and digits in lower case) and its number of words
/// (white-space separated, with at least one letter or digit), in one pass.
fn key_and_words(s: &str) -> (String, usize) {
    let mut key = String::with_capacity(s.len());
    let mut words = 0;
    let mut in_word = false;
    let mut counted = false;
    for c in s.chars() {
        let (space, alnum) = if c.is_ascii() {
            (c.is_ascii_whitespace(), c.is_ascii_alphanumeric())
        } else if is_punctuation_block(c) {
            (c.is_whitespace(), false)
        } else {
            (c.is_whitespace(), c.is_alphanumeric())
        };
        if space {
            in_word = false;
            continue;
        }
        if !in_word {
            in_word = true;
            counted = false;
        }
        if alnum {
            if c.is_ascii() {
                key.push(c.to_ascii_lowercase());
            } else {
                key.extend(c.to_lowercase());
            }
            if !counted {
                counted = true;
                words += 1;
            }
        }
    }
    (key, words)
}

fn apostrophes(s: &str) -> usize {
    s.chars().filter(|c| matches!(c, '\'' | '’' | 'ʼ')).count()
}

impl Folder {
    fn add_paragraph(&mut self, doc: &Document, spans: &[(usize, usize)]) {
        let keyed: Vec<(usize, usize, String, usize)> = spans
            .iter()
            .map(|&(s, e)| {
                let t = &doc.text[s..e];
                let (key, words) = key_and_words(t);
                (s, e, key, words)
            })
            .filter(|(_, _, k, _)| !k.is_empty())
            .collect();
        let words: usize = keyed.iter().map(|x| x.3).sum();
        let mut repeated_paragraph = false;
        if words >= MIN_REPEAT_WORDS {
            let paragraph: String = keyed.iter().map(|x| x.2.as_str()).collect();
            repeated_paragraph = !self.paragraphs.insert(paragraph);
        }
        for (start, end, key, words) in keyed {
            let text = &doc.text[start..end];
            let long = words >= MIN_REPEAT_WORDS;
            if long && let Some(&kept) = self.sentences.get(&key) {
                let better = self.out[kept]
                    .as_ref()
                    .is_some_and(|old| apostrophes(text) > apostrophes(&old.text));
                if better {
                    self.out[kept] = None;
                    self.sentences.insert(key, self.out.len());
                    self.push(doc, start, end);
                }
                continue;
            }
            if repeated_paragraph {
                continue;
            }
            if long {
                self.sentences.insert(key, self.out.len());
            }
            self.push(doc, start, end);
        }
    }

    fn push(&mut self, doc: &Document, start: usize, end: usize) {
        self.out.push(Some(Sentence {
            start,
            end,
            line: doc.line_of(start),
            text: doc.text[start..end].to_owned(),
        }));
    }

    fn finish(self) -> Vec<Sentence> {
        self.out.into_iter().flatten().collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::corpus::{self, LoadOptions, Published};
    use std::path::Path;

    fn doc(text: &str) -> Document {
        Document::from_text("t", text, Published::unknown())
    }

    fn texts(text: &str) -> Vec<String> {
        sentences(&doc(text)).into_iter().map(|s| s.text).collect()
    }

    fn seed(n: usize) -> Document {
        let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("data/russia-taliban-2025");
        let mut corpus = corpus::load(&[dir], &LoadOptions::default());
        corpus.documents.swap_remove(n)
    }

    /// Spans point into the file, text is the span, lines are right, no stray space.
    fn check_spans(doc: &Document, sentences: &[Sentence]) {
        for s in sentences {
            assert!(s.start >= doc.body_start && s.start < s.end);
            assert_eq!(s.text, &doc.text[s.start..s.end]);
            assert_eq!(s.line, doc.line_of(s.start));
            assert_eq!(s.text.trim(), s.text, "{:?}", s.text);
            assert!(!s.text.contains('\r'), "{:?}", s.text);
        }
    }

    #[test]
    fn abbreviations() {
        assert_eq!(
            texts(
                "The U.S. Army arrived. Dr. Smith met Mr. Jones and Mrs. Lee on Jan. 5 at No. 10 \
                 Downing St. in London. It was e.g. a test vs. nothing, i.e. a draw."
            ),
            [
                "The U.S. Army arrived.",
                "Dr. Smith met Mr. Jones and Mrs. Lee on Jan. 5 at No. 10 Downing St. in London.",
                "It was e.g. a test vs. nothing, i.e. a draw.",
            ]
        );
        assert_eq!(
            texts(
                "Prof. Ada Lee of Acme Inc. and Gen. Tom Ray, Sen. Ann Moe and Rep. Al Roe met \
                 the U.K. and U.N. envoys in Sept. 2024, Oct. 3 and Feb. 2. Ms. Ray of Beta \
                 Ltd. and Gamma Co. and Delta Corp. and John Smith Jr. left on Aug. 8, Nov. 9 \
                 or Dec. 10."
            ),
            [
                "Prof. Ada Lee of Acme Inc. and Gen. Tom Ray, Sen. Ann Moe and Rep. Al Roe met \
                 the U.K. and U.N. envoys in Sept. 2024, Oct. 3 and Feb. 2.",
                "Ms. Ray of Beta Ltd. and Gamma Co. and Delta Corp. and John Smith Jr. left on \
                 Aug. 8, Nov. 9 or Dec. 10.",
            ]
        );
        // An abbreviation can still end a sentence before a word that starts one.
        assert_eq!(
            texts("Troops left the U.S. The talks began in Kabul."),
            ["Troops left the U.S.", "The talks began in Kabul."]
        );
        // A list number is not a sentence.
        assert_eq!(
            texts("1. Russia acted first.\n2. China followed."),
            ["1. Russia acted first.", "2. China followed."]
        );
        // "No." is a number sign only before a number.
        assert_eq!(
            texts("He said No. Then he left."),
            ["He said No.", "Then he left."]
        );
    }

    #[test]
    fn initials_decimals_numbers() {
        assert_eq!(
            texts("The book by J. R. R. Tolkien sold well. George W. Bush read it in 2002."),
            [
                "The book by J. R. R. Tolkien sold well.",
                "George W. Bush read it in 2002."
            ]
        );
        assert_eq!(
            texts("Growth was 3.5 percent in 2024. Sales reached 1,000.5 tonnes. 2025 was worse."),
            [
                "Growth was 3.5 percent in 2024.",
                "Sales reached 1,000.5 tonnes.",
                "2025 was worse."
            ]
        );
    }

    #[test]
    fn quotes_dashes_ellipses() {
        assert_eq!(
            texts(
                "\u{201c}We will go,\u{201d} he said. \u{201c}It is done.\u{201d} Next, the minister left."
            ),
            [
                "\u{201c}We will go,\u{201d} he said.",
                "\u{201c}It is done.\u{201d}",
                "Next, the minister left."
            ]
        );
        assert_eq!(
            texts("He said \"yes.\" Then he left. \u{201c}Why now?\u{201d} he asked."),
            [
                "He said \"yes.\"",
                "Then he left.",
                "\u{201c}Why now?\u{201d} he asked."
            ]
        );
        assert_eq!(
            texts("Koofi warned it would \u{201c}legitimize impunity\u{201d}. The UN agreed!"),
            [
                "Koofi warned it would \u{201c}legitimize impunity\u{201d}.",
                "The UN agreed!"
            ]
        );
        assert_eq!(
            texts(
                "Three countries\u{2014}Saudi Arabia, Pakistan\u{2014}recognised it. Russia did too."
            ),
            [
                "Three countries\u{2014}Saudi Arabia, Pakistan\u{2014}recognised it.",
                "Russia did too."
            ]
        );
        assert_eq!(
            texts("He paused... Then he spoke. She waited\u{2026} Nothing came... of it."),
            [
                "He paused...",
                "Then he spoke.",
                "She waited\u{2026}",
                "Nothing came... of it."
            ]
        );
    }

    #[test]
    fn missing_space_after_full_stop() {
        assert_eq!(
            texts(
                "Moscow removed the group from its list of outlawed organisations.The Russian ministry agreed."
            ),
            [
                "Moscow removed the group from its list of outlawed organisations.",
                "The Russian ministry agreed."
            ]
        );
        for text in [
            "Soldiers of the U.S.Army base were there.",
            "He posted it on X.com yesterday.",
            "See www.example.com for more.",
            "Visit https://news.example/World.Today for more.",
        ] {
            assert_eq!(texts(text), [text]);
        }
    }

    #[test]
    fn line_breaks_and_hard_wraps() {
        assert_eq!(
            texts("Russia recognises the Taliban\nIn a landmark move, Russia acted.\nAnother line"),
            [
                "Russia recognises the Taliban",
                "In a landmark move, Russia acted.",
                "Another line"
            ]
        );
        let d = doc(
            "The minister said that the\nagreement was signed\nin Kabul, with\nRussia present. Next.\n",
        );
        let s = sentences(&d);
        check_spans(&d, &s);
        assert_eq!(s.len(), 2);
        assert_eq!(
            s[0].text,
            "The minister said that the\nagreement was signed\nin Kabul, with\nRussia present."
        );
        assert_eq!((s[0].line, s[1].line), (1, 4));
    }

    #[test]
    fn crlf_and_line_numbers() {
        let d = doc("First line here.\r\nSecond line, here.\r\n\r\nThird. Fourth!\r\n");
        let s = sentences(&d);
        check_spans(&d, &s);
        let got: Vec<(&str, usize)> = s.iter().map(|s| (s.text.as_str(), s.line)).collect();
        assert_eq!(
            got,
            [
                ("First line here.", 1),
                ("Second line, here.", 2),
                ("Third.", 4),
                ("Fourth!", 4)
            ]
        );
    }

    /// The phrase-by-phrase reading of [`BOILERPLATE`] that the patterns compile.
    fn boilerplate_by_phrase(line: &str) -> bool {
        let mut lower = String::new();
        for word in line
            .trim_start_matches(|c: char| BULLETS.contains(&c) || c.is_whitespace())
            .split_whitespace()
        {
            if !lower.is_empty() {
                lower.push(' ');
            }
            lower.extend(word.chars().flat_map(char::to_lowercase));
        }
        let whole =
            lower.trim_end_matches(|c: char| TRAILING_NOISE.contains(&c) || c.is_whitespace());
        BOILERPLATE
            .iter()
            .any(|&(phrase, placement)| match placement {
                Placement::Whole => whole == phrase,
                Placement::Start => {
                    lower.starts_with(phrase)
                        && (phrase.ends_with(|c: char| !c.is_alphanumeric())
                            || !lower[phrase.len()..].starts_with(char::is_alphanumeric))
                }
                Placement::Anywhere => lower.contains(phrase),
            })
    }

    proptest::proptest! {
        #[test]
        fn boilerplate_patterns_read_lines_as_the_table_says(
            parts in proptest::collection::vec(
                proptest::prop_oneof![
                    proptest::sample::select(BOILERPLATE.iter().map(|p| p.0).collect::<Vec<_>>()),
                    proptest::sample::select(vec![
                        " ", "  ", "\t", "• ", "- ", "» ", ":", ".", "…", "!", "|", "Photo",
                        "FOLLOW", "Us", "news", "2025", "x", "é", "Reuters", "menu", "s",
                    ]),
                ],
                0..6,
            )
        ) {
            let line = parts.concat();
            proptest::prop_assert_eq!(is_boilerplate(&line), boilerplate_by_phrase(&line), "{:?}", line);
        }
    }

    #[test]
    fn chrome_lines_are_dropped() {
        let text = "Left Menu\nAdvertisement\nHome | World | Business & Finance\n\
                    News \u{2022} Sport \u{2022} Weather\nShare this article\nSkip to content\n\
                    Read more: Russia and the Taliban\nSubscribe now\n\
                    Sign up for our newsletter\nFollow us on Twitter and Facebook\n\
                    \u{a9} 2025 Example News\nCopyright 2025 AP. All rights reserved.\n\
                    Photo: Reuters/John Smith\nImage caption, The minister in Kabul\n* * *\n\
                    Russia recognises the Taliban\nThe article text starts here.\n";
        assert_eq!(
            texts(text),
            [
                "Russia recognises the Taliban",
                "The article text starts here."
            ]
        );
        // Lines that only start like chrome words are article text.
        for text in [
            "Subscribers grew in 2024.",
            "Home prices rose in April.",
            "Readers read more books.",
            "Sharing power | A new deal for Kabul",
        ] {
            assert_eq!(texts(text), [text]);
        }
    }

    #[test]
    fn other_script_lines_in_an_english_article() {
        let d = seed(4);
        let s = sentences(&d);
        check_spans(&d, &s);
        assert_eq!(
            s[0].text,
            "Russia becomes first nation to officially recognize Taliban government"
        );
        assert_eq!(s[0].line, 3);
        let arabic = |t: &str| t.chars().any(|c| ('\u{0600}'..='\u{06FF}').contains(&c));
        assert!(s.iter().all(|s| !arabic(&s.text)));
        assert!(s.last().unwrap().text.ends_with("in a post-American era."));
        assert!(
            s.iter()
                .any(|s| s.text.contains("annual St. Petersburg International"))
        );
        assert!(s.iter().any(|s| {
            s.text
                .starts_with("Since the chaotic withdrawal of U.S. troops")
        }));
        // In an article in another script, its lines are the text.
        let arabic_line =
            "\u{0627}\u{0644}\u{0639}\u{0631}\u{0628}\u{064a}\u{0629} \u{0646}\u{0635} ".repeat(4);
        let d = doc(&format!("{arabic_line}\nOK.\n{arabic_line} \u{0646}"));
        assert_eq!(sentences(&d).len(), 3);
    }

    #[test]
    fn header_and_left_menu_of_001() {
        let d = seed(1);
        let s = sentences(&d);
        check_spans(&d, &s);
        assert!(
            s.iter()
                .all(|s| !s.text.contains("Left Menu") && !s.text.contains("2025-07-04"))
        );
        assert_eq!(
            s[0].text,
            "Russia becomes first country to formally recognise Taliban's latest rule in Afghanistan"
        );
        assert_eq!(s[0].line, 3);
    }

    #[test]
    fn header_line_text_of_003() {
        let d = seed(3);
        let s = sentences(&d);
        check_spans(&d, &s);
        assert_eq!(s[0].start, d.body_start);
        assert_eq!(s[0].line, 1);
        assert!(s[0].text.starts_with("Russia has become the first country"));
        assert!(
            s.iter()
                .any(|s| s.text == "Most countries closed their embassies after 2021.")
        );
        assert!(s.iter().any(|s| {
            s.text
                .contains("approximately $9bn (\u{a3}6.6bn) in assets.")
        }));
    }

    #[test]
    fn repeated_lead_of_001_is_kept_once_in_its_better_copy() {
        let d = seed(1);
        let s = sentences(&d);
        let count = |needle: &str| s.iter().filter(|s| s.text.contains(needle)).count();
        assert_eq!(count("Russia on Thursday became the first country"), 1);
        assert_eq!(count("The Russian Foreign Ministry announced"), 1);
        assert_eq!(count("Talibans"), 0);
        assert_eq!(count("Afghanistans"), 0);
        assert_eq!(count("organisations.The"), 0);
        assert_eq!(count("recognise the Taliban's government"), 1);
        assert_eq!(count("from Afghanistan's newly appointed Ambassador"), 1);
        // Everything else of the article is there, once.
        assert_eq!(s.len(), 14);
        assert_eq!(s[1].line, 7);
        let mut starts: Vec<usize> = s.iter().map(|s| s.start).collect();
        starts.sort_unstable();
        starts.dedup();
        assert_eq!(starts.len(), s.len());
    }

    #[test]
    fn repeated_body_of_002_is_kept_once() {
        let d = seed(2);
        let s = sentences(&d);
        check_spans(&d, &s);
        // The repeated body starts at line 12; nothing from it survives.
        assert!(s.iter().all(|s| s.line <= 11), "{s:?}");
        assert_eq!(
            s.iter()
                .filter(|s| s.text.starts_with("Russia Sets Precedent"))
                .count(),
            1
        );
        assert_eq!(
            s.iter()
                .filter(|s| s.text.contains("This month, Russia removed"))
                .count(),
            1
        );
        assert_eq!(s.len(), 19);
        let keys: HashSet<String> = s.iter().map(|s| key_and_words(&s.text).0).collect();
        assert_eq!(keys.len(), s.len());
    }

    #[test]
    fn short_sentences_may_repeat() {
        assert_eq!(
            texts("Russia acted. He said.\n\nThe Taliban welcomed it. He said."),
            [
                "Russia acted.",
                "He said.",
                "The Taliban welcomed it.",
                "He said."
            ]
        );
        // A long sentence repeated with other spacing and quotes is one sentence.
        assert_eq!(
            texts(
                "The ministry said it received the ambassador's credentials.\n\n\
                   The ministry said it received the ambassador\u{2019}s  credentials."
            ),
            ["The ministry said it received the ambassador's credentials."]
        );
    }

    #[test]
    fn every_seed_article_has_exact_spans() {
        let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("data/russia-taliban-2025");
        let corpus = corpus::load(&[dir], &LoadOptions::default());
        assert_eq!(corpus.documents.len(), 5);
        for d in &corpus.documents {
            let s = sentences(d);
            assert!(s.len() >= 14, "{}", d.id);
            check_spans(d, &s);
            for w in s.windows(2) {
                assert!(w[0].end <= w[1].start || d.id.starts_with("001"));
            }
        }
    }

    #[test]
    fn long_single_line_is_linear() {
        // 50 MB in release; less in debug builds, which are many times slower.
        let size = if cfg!(debug_assertions) {
            5 << 20
        } else {
            50 << 20
        };
        let unit = "Russia recognised the Taliban on Thursday, officials said. \
                    Growth was 3.5 percent in the U.S. last year\u{2014}a record. ";
        let mut text = unit.repeat(size / unit.len() + 1);
        text.push_str("The end of an unusual and very long line of text.");
        let d = doc(&text);
        let started = std::time::Instant::now();
        let s = sentences(&d);
        assert!(started.elapsed().as_secs() < 60);
        // Every repeat of a long sentence is folded into its first copy.
        assert_eq!(
            s.iter().map(|s| s.text.as_str()).collect::<Vec<_>>(),
            [
                "Russia recognised the Taliban on Thursday, officials said.",
                "Growth was 3.5 percent in the U.S. last year\u{2014}a record.",
                "The end of an unusual and very long line of text."
            ]
        );
        // No spaces at all: one enormous token with full stops in it.
        let d = doc(&"word.word.".repeat(size / 20));
        assert_eq!(sentences(&d).len(), 1);
    }
}
