//! The closed set of slot normalizers written in Rust; rules choose one by name.

use std::collections::HashMap;

use super::Lookup;
use crate::wordset::WordSet;

/// Words that name a role or title rather than a person; they are taken off a name.
static TITLES: WordSet = WordSet::new(&[
    "ambassador",
    "president",
    "vice",
    "prime",
    "minister",
    "foreign",
    "deputy",
    "secretary",
    "general",
    "chief",
    "executive",
    "officer",
    "ceo",
    "cfo",
    "chairman",
    "chairwoman",
    "chair",
    "spokesman",
    "spokeswoman",
    "spokesperson",
    "senator",
    "sen",
    "rep",
    "representative",
    "governor",
    "mayor",
    "king",
    "queen",
    "prince",
    "princess",
    "sheikh",
    "emir",
    "dr",
    "mr",
    "mrs",
    "ms",
    "prof",
    "professor",
    "gen",
    "col",
    "lt",
    "capt",
    // Military, police and clerical ranks.
    "admiral",
    "adm",
    "rear",
    "commodore",
    "colonel",
    "lieutenant",
    "captain",
    "commander",
    "cmdr",
    "brigadier",
    "marshal",
    "sergeant",
    "sgt",
    "inspector",
    "superintendent",
    "supt",
    "constable",
    "bishop",
    "archbishop",
    "rabbi",
    "imam",
    "ayatollah",
    "judge",
    "justice",
    "commissioner",
    "director",
    "head",
    "leader",
    "envoy",
    "consul",
    "chancellor",
    "premier",
    "speaker",
    "mp",
    "lawmaker",
    "supreme",
    "pope",
    "cardinal",
    "sir",
    "dame",
    "lord",
    "lady",
    "the",
    "a",
    "an",
    "former",
    "acting",
    "interim",
    "new",
    "newly",
    "appointed",
    "designated",
]);

/// Words that open a sentence or clause and are capitalized only for that reason.
static OPENERS: WordSet = WordSet::new(&[
    "the",
    "a",
    "an",
    "since",
    "in",
    "on",
    "at",
    "after",
    "before",
    "when",
    "while",
    "as",
    "but",
    "and",
    "then",
    "this",
    "that",
    "these",
    "those",
    "their",
    "its",
    "his",
    "her",
    "our",
    "it",
    "they",
    "we",
    "he",
    "she",
    "however",
    "meanwhile",
    "although",
    "though",
    "during",
    "until",
    "under",
    "with",
    "by",
    "for",
    "from",
    "if",
    "once",
    "following",
]);

/// `The Taliban` → `taliban`; `Soviet Union` → `soviet` when the `entity` lookup says so.
pub fn entity(written: &str, lookups: &HashMap<String, Lookup>) -> String {
    let mut w = written.trim();
    // A capitalized sentence opener is not part of a name: "Since Hamas", "The Taliban".
    while let Some((first, rest)) = w.split_once(char::is_whitespace) {
        if OPENERS.contains(first.to_lowercase().as_str()) {
            w = rest.trim_start();
        } else {
            break;
        }
    }
    if OPENERS.contains(w.to_lowercase().as_str()) {
        return String::new();
    }
    for poss in ["'s", "’s", "'", "’"] {
        if let Some(rest) = w.strip_suffix(poss) {
            w = rest;
        }
    }
    let folded = fold_space(w);
    if let Some(c) = lookups.get("aliases").and_then(|l| l.get(&folded)) {
        return slug(c);
    }
    slug(&folded)
}

/// `Afghanistan's newly appointed Ambassador Gul Hassan Hassan` → `Gul Hassan Hassan`;
/// `a Taliban-appointed ambassador` → empty (the source names nobody).
pub fn person(written: &str) -> String {
    let tokens: Vec<&str> = written
        .split(|c: char| c.is_whitespace() || c == ',')
        .filter(|t| !t.is_empty())
        .collect();
    // The name is the run of capitalized words at the end, after the last title word.
    let mut name: Vec<&str> = Vec::new();
    for t in tokens.iter().rev() {
        let bare = t.trim_matches(|c: char| !c.is_alphanumeric() && c != '-' && c != '\'');
        let lower = bare.to_lowercase();
        let lower = lower.trim_end_matches('.');
        let capitalized = bare.chars().next().is_some_and(char::is_uppercase);
        let possessive = bare.ends_with("'s") || bare.ends_with("’s");
        if !capitalized || possessive || TITLES.contains(lower) {
            break;
        }
        name.push(bare);
    }
    name.reverse();
    if name.len() == 1 && tokens.len() > 1 {
        // A lone capitalized word after a title may be a surname ("Ambassador Zhirnov").
        return name[0].to_string();
    }
    name.join(" ")
}

/// `Russian President Vladimir Putin` → `putin`.
pub fn surname(written: &str) -> String {
    let p = person(written);
    slug(p.rsplit(' ').next().unwrap_or(""))
}

/// Lower case, letters and digits, single hyphens between words.
pub fn slug(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        if c.is_alphanumeric() {
            out.extend(c.to_lowercase());
        } else if !out.ends_with('-') && !out.is_empty() && c != '\'' && c != '’' {
            out.push('-');
        }
    }
    out.trim_end_matches('-').to_string()
}

/// Whitespace runs folded to one space.
pub fn fold_space(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for w in s.split_whitespace() {
        if !out.is_empty() {
            out.push(' ');
        }
        out.push_str(w);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn person_names_lose_their_titles() {
        assert_eq!(
            person("Afghanistans newly appointed Ambassador Gul Hassan Hassan"),
            "Gul Hassan Hassan"
        );
        assert_eq!(person("Russian President Vladimir Putin"), "Vladimir Putin");
        assert_eq!(person("a Taliban-appointed ambassador"), "");
        assert_eq!(person("newly appointed ambassador"), "");
        assert_eq!(person("Germany's Chancellor Olaf Scholz"), "Olaf Scholz");
        assert_eq!(surname("Prime Minister Keir Starmer"), "starmer");
        assert_eq!(person("Rear Admiral Ines Okafor"), "Ines Okafor");
        assert_eq!(person("Police Inspector Dara Quill"), "Dara Quill");
    }

    #[test]
    fn whitespace_runs_fold_to_one_space() {
        assert_eq!(
            fold_space("  the\tdeal\n\n was\u{a0} signed "),
            "the deal was signed"
        );
        assert_eq!(fold_space(" \n "), "");
    }

    #[test]
    fn entities_become_slugs() {
        let mut lookups = HashMap::new();
        let mut l = Lookup::default();
        l.map.insert("soviet union".into(), "Soviet".into());
        lookups.insert("aliases".into(), l);
        assert_eq!(entity("the Taliban", &lookups), "taliban");
        assert_eq!(entity("The Soviet Union", &lookups), "soviet");
        assert_eq!(entity("Hamas's", &lookups), "hamas");
        assert_eq!(slug("Islamic State (IS)"), "islamic-state-is");
    }
}
