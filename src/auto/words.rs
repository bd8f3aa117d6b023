//! Words of an event: tokens of a clause, a light English stemmer, stopwords, generic
//! words, and the synonym table (`rules/05-synonyms.toml`) that maps variants to one
//! canonical form.

use std::collections::HashMap;

use crate::rules::RuleSet;
use crate::wordset::WordSet;

pub use crate::tokens::{Token, tokens, within};

/// Prefix of the event word that names the common noun a measure describes
/// (`of:bridge`; see `owner::thing_of`): never a word of a sentence, so never a topic.
pub const THING: &str = "of:";

/// The English stem of a word (Snowball, from `rust-stemmers`), lower case: "killed",
/// "kills" and "killing" meet, as do "injuries" and "injury". Every reader of words
/// (event words, synonyms, quotes) stems through here, so their stems agree. Words of
/// three letters or fewer, and words that are not ASCII, are kept as written.
pub fn stem(word: &str) -> String {
    let w = word.to_lowercase();
    if w.len() <= 3 || !w.is_ascii() {
        return w;
    }
    // A Snowball stemmer is built once per thread; stems of a story's words repeat, so
    // they are kept.
    thread_local! {
        static STEMMER: rust_stemmers::Stemmer =
            rust_stemmers::Stemmer::create(rust_stemmers::Algorithm::English);
        static CACHE: std::cell::RefCell<std::collections::HashMap<String, String>> =
            std::cell::RefCell::new(std::collections::HashMap::new());
    }
    if let Some(hit) = CACHE.with(|c| c.borrow().get(&w).cloned()) {
        return hit;
    }
    let out = STEMMER.with(|s| s.stem(&w).into_owned());
    CACHE.with(|c| {
        let mut c = c.borrow_mut();
        // Bounded: a run over thousands of stories must not grow it without end.
        if c.len() >= STEM_CACHE {
            c.clear();
        }
        c.insert(w, out.clone());
    });
    out
}

/// Words whose stems each thread keeps.
const STEM_CACHE: usize = 1 << 16;

/// Function words: never part of an event.
static STOPWORDS: WordSet = WordSet::new(&[
    "a",
    "about",
    "according",
    "above",
    "across",
    "after",
    "again",
    "against",
    "ago",
    "all",
    "almost",
    "along",
    "already",
    "also",
    "although",
    "am",
    "among",
    "an",
    "and",
    "another",
    "any",
    "are",
    "around",
    "as",
    "at",
    "be",
    "became",
    "because",
    "been",
    "before",
    "being",
    "below",
    "between",
    "both",
    "but",
    "by",
    "can",
    "could",
    "did",
    "do",
    "does",
    "down",
    "during",
    "each",
    "early",
    "either",
    "else",
    "even",
    "ever",
    "every",
    "few",
    "for",
    "from",
    "further",
    "had",
    "has",
    "have",
    "having",
    "he",
    "her",
    "here",
    "hers",
    "him",
    "his",
    "how",
    "however",
    "i",
    "if",
    "in",
    "including",
    "into",
    "is",
    "it",
    "its",
    "just",
    "last",
    "later",
    "least",
    "less",
    "like",
    "many",
    "may",
    "me",
    "might",
    "more",
    "most",
    "much",
    "must",
    "my",
    "near",
    "nearly",
    "neither",
    "next",
    "no",
    "nor",
    "not",
    "now",
    "of",
    "off",
    "on",
    "once",
    "one",
    "only",
    "onto",
    "or",
    "other",
    "others",
    "our",
    "ours",
    "out",
    "over",
    "per",
    "rather",
    "s",
    "same",
    "she",
    "should",
    "since",
    "so",
    "some",
    "such",
    "than",
    "that",
    "the",
    "their",
    "theirs",
    "them",
    "then",
    "there",
    "these",
    "they",
    "this",
    "those",
    "though",
    "through",
    "thus",
    "to",
    "too",
    "toward",
    "towards",
    "under",
    "until",
    "up",
    "upon",
    "us",
    "very",
    "via",
    "was",
    "we",
    "were",
    "what",
    "when",
    "where",
    "whether",
    "which",
    "while",
    "who",
    "whom",
    "whose",
    "why",
    "will",
    "with",
    "within",
    "without",
    "would",
    "yet",
    "you",
    "your",
    "t",
    "mr",
    "ms",
    "mrs",
    "dr",
    "cent",
    "percent",
    "approximately",
    "roughly",
    "estimated",
    "some",
    "still",
    "well",
    "again",
    "according",
    "two",
    "three",
    "four",
    "five",
    "six",
    "seven",
    "eight",
    "nine",
    "ten",
    "dozen",
    "hundred",
    "hundreds",
    "thousand",
    "thousands",
    "million",
    "millions",
    "billion",
    "billions",
    "trillion",
    "bn",
    "m",
    "k",
    "first",
    "second",
    "third",
    "new",
    "recent",
    "recently",
    "earlier",
    "latest",
    "another",
    "own",
    "monday",
    "tuesday",
    "wednesday",
    "thursday",
    "friday",
    "saturday",
    "sunday",
    "january",
    "february",
    "march",
    "april",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
    "today",
    "yesterday",
    "tomorrow",
    "morning",
    "afternoon",
    "evening",
    "night",
]);

/// Content words too common in news to tie two figures to one event: they count a little
/// towards similarity but never anchor an alignment.
const GENERIC: &[&str] = &[
    "say",
    "said",
    "says",
    "tell",
    "told",
    "report",
    "reported",
    "add",
    "added",
    "state",
    "stated",
    "announce",
    "announced",
    "confirm",
    "confirmed",
    "according",
    "year",
    "month",
    "week",
    "day",
    "time",
    "people",
    "person",
    "government",
    "official",
    "officials",
    "authority",
    "authorities",
    "country",
    "countries",
    "number",
    "total",
    "figure",
    "figures",
    "percent",
    "percentage",
    "point",
    "make",
    "made",
    "take",
    "took",
    "give",
    "gave",
    "put",
    "come",
    "came",
    "get",
    "got",
    "go",
    "went",
    "show",
    "include",
    "included",
    "expect",
    "expected",
    "nation",
    "national",
    "world",
    "statement",
    "news",
    "agency",
    "minister",
    "ministry",
    "president",
    "leader",
    "spokesman",
    "spokeswoman",
    "spokesperson",
    "press",
    "media",
    "local",
    "region",
    "area",
    "part",
    "way",
    "thing",
    "lot",
    "high",
    "low",
    "big",
    "large",
    "small",
    "major",
    "main",
    "key",
    "top",
    "level",
    "amount",
    "sum",
    "data",
    "use",
    "end",
    "bring",
    "brought",
    "reach",
    "reached",
];

/// Whether a (stemmed or canonical) word is a function word.
pub fn is_stopword(w: &str) -> bool {
    STOPWORDS.contains(w)
}

static GENERIC_SET: std::sync::LazyLock<std::collections::HashSet<String>> =
    std::sync::LazyLock::new(|| {
        GENERIC
            .iter()
            .flat_map(|g| [g.to_string(), stem(g)])
            .collect()
    });

/// Whether a word (as written, stemmed or canonical) is too common to anchor an
/// alignment.
pub fn is_generic(w: &str) -> bool {
    GENERIC_SET.contains(w)
}

/// The synonym table, keyed by stemmed word sequences ("death toll" → `death toll`
/// stems joined by a space), mapping to the canonical form.
#[derive(Debug, Default)]
pub struct Synonyms {
    map: HashMap<String, String>,
    /// Longest variant in words.
    longest: usize,
    /// First words (stemmed and raw) of the variants of more than one word: only a token
    /// among these can start a longer match.
    firsts: std::collections::HashSet<String>,
    /// Canonical event words of running tallies (the `tally` lookup: killed, missing…).
    tally: std::collections::HashSet<String>,
}

impl Synonyms {
    /// True when a canonical event word names a running tally (a death toll).
    pub fn is_tally(&self, canonical: &str) -> bool {
        self.tally.contains(canonical)
    }

    /// The `synonyms` lookup of the rule packs (empty when no pack defines it).
    pub fn from_rules(rules: &RuleSet) -> Synonyms {
        let mut out = Synonyms::default();
        if let Some(t) = rules.lookups.get("tally") {
            out.tally = t.map.values().map(|c| c.to_lowercase()).collect();
        }
        let Some(lookup) = rules.lookups.get("synonyms") else {
            return out;
        };
        let mut pairs: Vec<(&String, &String)> = lookup.map.iter().collect();
        pairs.sort();
        for (variant, canonical) in pairs {
            let canonical = canonical.to_lowercase();
            let key: Vec<String> = tokens(variant).iter().map(|t| stem(&t.lower)).collect();
            if key.is_empty() {
                continue;
            }
            out.longest = out.longest.max(key.len());
            out.map.insert(key.join(" "), canonical.clone());
            // The raw written form too, when stemming would lose it ("died", "lives").
            let raw: Vec<String> = tokens(variant).iter().map(|t| t.lower.clone()).collect();
            if key.len() > 1 {
                out.firsts.insert(key[0].clone());
                out.firsts.insert(raw[0].clone());
            }
            out.map.entry(raw.join(" ")).or_insert(canonical);
        }
        out
    }

    /// Canonical words of a run of tokens: the longest variant at each position wins; a
    /// word with no entry stays its stem. Returns (token index, canonical) per word
    /// kept, stopwords and digits left out.
    pub fn canonical(&self, toks: &[Token]) -> Vec<(usize, String)> {
        let stems: Vec<String> = toks.iter().map(|t| stem(&t.lower)).collect();
        let words: Vec<(&str, &str)> = toks
            .iter()
            .zip(&stems)
            .map(|(t, s)| (t.lower.as_str(), s.as_str()))
            .collect();
        self.canonical_words(&words)
    }

    /// [`Synonyms::canonical`] of words given as (lower case, stem), for a caller that
    /// stems a sentence once and reads several runs of it.
    pub fn canonical_words(&self, words: &[(&str, &str)]) -> Vec<(usize, String)> {
        let mut out = Vec::new();
        let mut i = 0;
        while i < words.len() {
            let (lower, stemmed) = words[i];
            // A function word never starts a synonym ("according" stems as "accord").
            if is_stopword(lower) {
                i += 1;
                continue;
            }
            let longest = if self.firsts.contains(stemmed) || self.firsts.contains(lower) {
                self.longest.min(words.len() - i)
            } else {
                1
            };
            let mut matched = 0;
            for n in (1..=longest).rev() {
                let hit = if n == 1 {
                    self.map.get(stemmed).or_else(|| self.map.get(lower))
                } else {
                    let run = &words[i..i + n];
                    let key: Vec<&str> = run.iter().map(|w| w.1).collect();
                    self.map.get(&key.join(" ")).or_else(|| {
                        let raw: Vec<&str> = run.iter().map(|w| w.0).collect();
                        self.map.get(&raw.join(" "))
                    })
                };
                if let Some(c) = hit {
                    for k in i..i + n {
                        out.push((k, c.clone()));
                    }
                    matched = n;
                    break;
                }
            }
            if matched > 0 {
                i += matched;
                continue;
            }
            if !is_stopword(lower)
                && !lower.chars().all(|c| c.is_ascii_digit())
                && lower.chars().any(char::is_alphabetic)
                && !is_stopword(stemmed)
                && stemmed.len() > 1
            {
                out.push((i, stemmed.to_string()));
            }
            i += 1;
        }
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn according_to_is_not_an_accord() {
        // Snowball stems "according" as "accord", a word of the synonym table's deals.
        let rules = crate::rules::RuleSet::load(&[] as &[&std::path::Path]).unwrap();
        let syn = Synonyms::from_rules(&rules);
        let words = |t: &str| -> Vec<String> {
            syn.canonical(&tokens(t))
                .into_iter()
                .map(|(_, w)| w)
                .collect()
        };
        let deal = words("the accord");
        assert_eq!(deal.len(), 1, "{deal:?}");
        assert!(!words("according to officials").contains(&deal[0]));
    }

    #[test]
    fn stems_meet() {
        assert_eq!(stem("killed"), stem("kills"));
        assert_eq!(stem("killing"), "kill");
        assert_eq!(stem("injuries"), stem("injury"));
        assert_eq!(stem("stopped"), "stop");
        assert_eq!(stem("homes"), stem("home"));
        assert_eq!(stem("elections"), stem("election"));
        assert_eq!(stem("passengers"), stem("passenger"));
        assert_eq!(stem("agreed"), stem("agree"));
        assert_eq!(stem("tariffs"), stem("tariff"));
        assert_eq!(stem("bus"), "bus");
    }
}
