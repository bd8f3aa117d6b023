//! Page chrome: the lines a site wraps around an article (navigation, advertising,
//! sharing, copyright and picture credits, menus, lines in another script), told from
//! article text so that they can be dropped before sentences are read.

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

fn is_latin_letter(c: char) -> bool {
    c.is_ascii_alphabetic()
        || ('\u{00C0}'..='\u{024F}').contains(&c) && c != '\u{00D7}' && c != '\u{00F7}'
        || ('\u{1E00}'..='\u{1EFF}').contains(&c)
}

/// General punctuation (curly quotes, dashes, ellipsis): common, and never a letter.
pub(super) fn is_punctuation_block(c: char) -> bool {
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
pub(super) fn is_latin_article(body: &str) -> bool {
    let (letters, latin) = letter_counts(body);
    latin * 2 >= letters
}

/// True when a (trimmed, non-empty) line is page chrome rather than article text.
pub(super) fn is_chrome(line: &str, latin_article: impl FnOnce() -> bool) -> bool {
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
pub(super) const BULLETS: &[char] = &['•', '·', '-', '–', '—', '*', '|', '»', '›', '>', '▶', '►'];

/// Marks that may close a chrome line after a whole-line phrase (white space too).
pub(super) const TRAILING_NOISE: &[char] = &[
    ':', '.', '|', '»', '›', '>', '-', '–', '—', '…', '!', '▶', '►',
];

/// True when the line is one of [`BOILERPLATE`].
pub(super) fn is_boilerplate(line: &str) -> bool {
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
