//! Fixed word lists (stop words, titles, speech verbs…) looked up by hash.
//!
//! The lexicons of `clean`, `people`, `quotes` and `auto` are consulted for nearly every
//! token of every sentence; as plain slices, scanning them was a tenth of `table`'s time.
//! A list stays a readable `&[&str]` in its module and is hashed on first use.

use std::sync::OnceLock;

use rustc_hash::FxHashSet;

/// A word list, lower case, hashed on first lookup.
pub struct WordSet {
    words: &'static [&'static str],
    set: OnceLock<FxHashSet<&'static str>>,
}

/// Longest word lower-cased without allocating; longer words take the slow path.
const STACK: usize = 48;

impl WordSet {
    /// A set over `words`, which are written in lower case.
    pub const fn new(words: &'static [&'static str]) -> WordSet {
        WordSet {
            words,
            set: OnceLock::new(),
        }
    }

    fn set(&self) -> &FxHashSet<&'static str> {
        self.set
            .get_or_init(|| self.words.iter().copied().collect())
    }

    /// Whether `word`, exactly as given, is in the list.
    pub fn contains(&self, word: &str) -> bool {
        self.set().contains(word)
    }

    /// Whether `word` in lower case is in the list ("The", "THE" and "the" all are).
    pub fn contains_lower(&self, word: &str) -> bool {
        with_lower(word, |w| self.contains(w))
    }

    /// The words, in the order written.
    pub fn words(&self) -> &'static [&'static str] {
        self.words
    }
}

/// Calls `f` with `word` in lower case, without allocating for the short ASCII words that
/// make up nearly all of the news.
pub fn with_lower<R>(word: &str, f: impl FnOnce(&str) -> R) -> R {
    if word.len() <= STACK && word.is_ascii() {
        let mut buf = [0u8; STACK];
        let buf = &mut buf[..word.len()];
        buf.copy_from_slice(word.as_bytes());
        buf.make_ascii_lowercase();
        // ASCII bytes stay ASCII when lower-cased.
        f(std::str::from_utf8(buf).expect("ASCII is UTF-8"))
    } else {
        f(&word.to_lowercase())
    }
}

impl std::fmt::Debug for WordSet {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_list().entries(self.words).finish()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    static SET: WordSet = WordSet::new(&["the", "minister", "señor"]);

    #[test]
    fn exact_and_case_folded_lookups() {
        assert!(SET.contains("the"));
        assert!(!SET.contains("The"));
        assert!(SET.contains_lower("The"));
        assert!(SET.contains_lower("MINISTER"));
        assert!(SET.contains_lower("Señor"), "non-ASCII words fold too");
        assert!(!SET.contains_lower("them"));
        assert!(
            !SET.contains_lower(&"x".repeat(100)),
            "long words take the slow path"
        );
    }
}
