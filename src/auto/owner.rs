//! Whose figure it is: the named person or thing a figure describes.
//!
//! - [`ages`]: a named person's age, the way news writes it: "Gershkovich, 32, was
//!   freed", "the 34-year-old reporter Ana Reyes", "Tomas Berg, a 51-year-old engineer",
//!   "Jan Varga (54)", "Lena Ortiz, aged 29,".
//! - [`owner_of`]: the named thing a measure describes: "the 144-metre Solenne", "the
//!   984-foot container ship Kattegat Meridian", "the Solenne, a 144-metre tanker", "The
//!   Solenne (Malta flag) is a 144 m tanker".
//!
//! The owner is part of the fact: two sources' figures of one owner are one fact, figures
//! of two owners never meet. Only a figure tied to a name gets an owner. "The reporter,
//! 32," or "a 23-year-old Kenyan athlete" name nobody: that age is left out rather than
//! guessed, and such a measure is aligned by its words as before.

use super::words::Token;
use crate::wordset::WordSet;

/// One age found in a sentence.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Age {
    /// Byte span of the age as written ("32", "34-year-old", "aged 29").
    pub start: usize,
    pub end: usize,
    /// Byte span of the whole reading, name included ("Gershkovich, 32").
    pub stated: (usize, usize),
    pub years: u32,
    /// The person's last name, lower case: the fact's subject.
    pub name: String,
    /// The person's name as written ("Ana Reyes").
    pub owner: String,
}

/// Capitalized words that are not names, though they stand where a name does (besides
/// the stop words: days, months, "The", "However"…).
static NOT_NAMES: WordSet = WordSet::new(&[
    "meanwhile",
    "feb",
    "mar",
    "apr",
    "jun",
    "jul",
    "aug",
    "sep",
    "sept",
    "oct",
    "nov",
    "dec",
    "chapter",
    "section",
    "article",
    "page",
    "number",
    "room",
    "route",
    "highway",
    "flight",
    "level",
    "phase",
    "round",
    "game",
    "stage",
    "week",
    "day",
    "year",
    "step",
    "part",
    "vol",
    "volume",
    "act",
    "overall",
    "altogether",
    "separately",
    "additionally",
    "instead",
    "finally",
    "total",
    "aged",
]);

fn is_name(text: &str, t: &Token) -> bool {
    let w = &text[t.start..t.end];
    w.chars().next().is_some_and(char::is_uppercase)
        && w.chars().count() > 1
        && !w.chars().all(|c| c.is_uppercase())
        && !NOT_NAMES.contains(t.lower.as_str())
        && !super::words::is_stopword(&t.lower)
}

/// True when only spaces (and at most the given punctuation) lie between two tokens.
pub(super) fn joined(text: &str, a: &Token, b: &Token, punct: &str) -> bool {
    let gap = &text[a.end..b.start];
    gap.trim() == punct && !gap.contains('\n')
}

fn years(t: &Token) -> Option<u32> {
    if t.lower.len() > 3 || !t.lower.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    let n: u32 = t.lower.parse().ok()?;
    (1..120).contains(&n).then_some(n)
}

/// The run of name words ending at token `j` (inclusive), as (first index, last name).
pub(super) fn name_ending(text: &str, toks: &[Token], j: usize) -> Option<(usize, String)> {
    if !is_name(text, &toks[j]) {
        return None;
    }
    let mut i = j;
    // "Evan Gershkovich", "Jean-Luc Picard", "Abu al-Rahman": names joined by spaces or
    // hyphens, lower-case particles inside.
    while i > 0
        && (joined(text, &toks[i - 1], &toks[i], "") || joined(text, &toks[i - 1], &toks[i], "-"))
    {
        let prev = &toks[i - 1];
        if is_name(text, prev)
            || (["al", "bin", "van", "de", "von"].contains(&prev.lower.as_str()) && i - 1 > 0)
        {
            i -= 1;
        } else {
            break;
        }
    }
    Some((i, toks[j].lower.clone()))
}

/// The last token of the run of name words that starts at `i` (a name word), the words
/// joined by spaces.
fn run_end(text: &str, toks: &[Token], i: usize) -> usize {
    let mut j = i;
    while j + 1 < toks.len()
        && is_name(text, &toks[j + 1])
        && joined(text, &toks[j], &toks[j + 1], "")
    {
        j += 1;
    }
    j
}

/// The last token of the run of name words starting at token `i`, if `i` is a name word:
/// one word is enough ("Izmir").
pub(super) fn name_run(text: &str, toks: &[Token], i: usize) -> Option<usize> {
    is_name(text, toks.get(i)?).then(|| run_end(text, toks, i))
}

/// The run of name words starting at token `i`, as (last index, last name): at least two
/// words ("Ana Reyes"), since one capitalized word after an age is as often a
/// nationality ("the 23-year-old Kenyan athlete").
pub(super) fn name_starting(text: &str, toks: &[Token], i: usize) -> Option<(usize, String)> {
    if !is_name(text, toks.get(i)?) {
        return None;
    }
    let j = run_end(text, toks, i);
    (j > i).then(|| (j, toks[j].lower.clone()))
}

/// The name a measure at `ms..me` describes, as written ("Kattegat Meridian"), and its
/// key: its last word, lower case ("meridian"), which other sources' shorter forms of the
/// name share.
pub fn owner_of(text: &str, toks: &[Token], ms: usize, me: usize) -> Option<(String, String)> {
    let first = toks.partition_point(|t| t.start < ms);
    let after = toks.partition_point(|t| t.start < me);
    let named = |i: usize, j: usize| -> (String, String) {
        (
            text[toks[i].start..toks[j].end].to_string(),
            toks[j].lower.clone(),
        )
    };
    // "the 144-metre Solenne", "the 984-foot container ship Kattegat Meridian": a measure
    // used as an adjective, a name after at most two nouns.
    let adjective = first > 0 && ["a", "an", "the"].contains(&toks[first - 1].lower.as_str());
    if adjective && after < toks.len() {
        let mut j = after;
        while j < toks.len()
            && j <= after + 2
            && (joined(text, &toks[j - 1], &toks[j], "")
                || joined(text, &toks[j - 1], &toks[j], "-"))
            && !super::words::is_stopword(&toks[j].lower)
        {
            // "Singapore-flagged", "Korean-built": a flag or a maker, not the name.
            let modifier = toks
                .get(j + 1)
                .is_some_and(|n| joined(text, &toks[j], n, "-") && n.lower == text[n.start..n.end]);
            if is_name(text, &toks[j]) && !modifier {
                return Some(named(j, run_end(text, toks, j)));
            }
            j += 1;
        }
    }
    // "the Solenne, a 144-metre tanker": an appositive after the name.
    let det = first > 0 && ["a", "an"].contains(&toks[first - 1].lower.as_str());
    if det
        && first > 1
        && joined(text, &toks[first - 2], &toks[first - 1], ",")
        && let Some((i, _)) = name_ending(text, toks, first - 2)
    {
        return Some(named(i, first - 2));
    }
    // "The Solenne (Malta flag) is a 144 m tanker": the subject of "is", an aside
    // skipped.
    if det && first > 2 && ["is", "was"].contains(&toks[first - 2].lower.as_str()) {
        let verb = toks[first - 2].start;
        let mut before = text[..verb].trim_end();
        if before.ends_with(')')
            && let Some(open) = before.rfind('(')
        {
            before = text[..open].trim_end();
        }
        let j = toks.partition_point(|t| t.end <= before.len());
        if j > 0
            && toks[j - 1].end == before.len()
            && let Some((i, _)) = name_ending(text, toks, j - 1)
        {
            return Some(named(i, j - 1));
        }
    }
    None
}

/// Words that say which way a measure runs ("1.6-mile-long", "50 feet deep").
static DIMENSIONS: WordSet = WordSet::new(&[
    "long", "high", "wide", "deep", "tall", "thick", "across", "wingspan", "in",
]);

/// Words between a common noun and the measure it is the subject of: "the bridge that
/// stretches 1.6 miles", "the ship is about 300 metres long".
static MEASURE_VERBS: WordSet = WordSet::new(&[
    "is",
    "was",
    "are",
    "were",
    "stretches",
    "stretched",
    "stretch",
    "measures",
    "measured",
    "measure",
    "spans",
    "spanned",
    "span",
    "runs",
    "ran",
    "extends",
    "extended",
    "stands",
    "stood",
    "rises",
    "rose",
]);

/// Hedges and links that may stand between such a verb and the measure.
static MEASURE_LINKS: WordSet = WordSet::new(&[
    "that",
    "which",
    "about",
    "nearly",
    "almost",
    "roughly",
    "around",
    "approximately",
    "some",
    "over",
    "more",
    "than",
    "just",
    "under",
    "less",
    "close",
    "to",
    "a",
    "an",
]);

/// The common noun a measure describes, as the words of the sentence give it: "the
/// 1.9-mile span", "the 1.6-mile-long, four-lane bridge", "the bridge that stretches 1.6
/// miles", "the truss bridge is 8,636 feet long". Returns the noun's token index; the
/// caller maps it through the synonym table, so a "span" and a "bridge" meet while a
/// bridge's length and a ship's stay apart. A name in that place is [`owner_of`]'s, and
/// gives `None` here, as does a measure with neither shape ("speeds of 203 km/h").
pub fn thing_of(text: &str, toks: &[Token], ms: usize, me: usize) -> Option<usize> {
    let first = toks.partition_point(|t| t.start < ms);
    let after = toks.partition_point(|t| t.start < me);
    let plain = |t: &Token| {
        t.lower.chars().all(char::is_alphabetic)
            && !super::words::is_stopword(&t.lower)
            && !is_name(text, t)
    };
    // After the measure used as an adjective: dimension words and hyphenated modifiers
    // ("four-lane") skipped.
    let adjective = first > 0 && ["a", "an", "the"].contains(&toks[first - 1].lower.as_str());
    if adjective {
        let mut j = after;
        while j < toks.len() && j <= after + 4 {
            let t = &toks[j];
            let hyphened = j + 1 < toks.len() && joined(text, t, &toks[j + 1], "-");
            if hyphened {
                j += 2;
                while j < toks.len() && joined(text, &toks[j - 1], &toks[j], "-") {
                    j += 1;
                }
                continue;
            }
            if DIMENSIONS.contains(&t.lower) || t.lower.chars().all(|c| c.is_ascii_digit()) {
                j += 1;
                continue;
            }
            return plain(t).then_some(j);
        }
        return None;
    }
    // Before it, the subject of a measuring verb.
    let mut j = first;
    let mut verb = false;
    while j > 0 && first - j < 5 {
        let t = &toks[j - 1];
        if MEASURE_VERBS.contains(&t.lower) {
            verb = true;
        } else if !MEASURE_LINKS.contains(&t.lower) {
            break;
        }
        j -= 1;
    }
    if !verb || j == 0 {
        return None;
    }
    if plain(&toks[j - 1]) {
        return Some(j - 1);
    }
    // "The viaduct, which opened in 1981, stretches …": an aside between commas skipped.
    if !text[toks[j - 1].end..toks[j].start].contains(',') {
        return None;
    }
    let open = (j.saturating_sub(12)..j - 1)
        .rev()
        .find(|&k| k > 0 && text[toks[k - 1].end..toks[k].start].contains(','))?;
    plain(&toks[open - 1]).then_some(open - 1)
}

/// The ages of a sentence with the names they belong to, in order.
pub fn ages(text: &str, toks: &[Token]) -> Vec<Age> {
    let mut out = Vec::new();
    let mut k = 0;
    while k < toks.len() {
        let t = &toks[k];
        let Some(years) = years(t) else {
            k += 1;
            continue;
        };
        let glued = |a: &Token, b: &Token| joined(text, a, b, "-") || joined(text, a, b, "");
        // "34-year-old", "34 year old", "34-years-old".
        let hyphened = k + 2 < toks.len()
            && ["year", "years"].contains(&toks[k + 1].lower.as_str())
            && toks[k + 2].lower == "old"
            && glued(t, &toks[k + 1])
            && glued(&toks[k + 1], &toks[k + 2]);
        let aged = k > 0 && toks[k - 1].lower == "aged" && joined(text, &toks[k - 1], t, "");
        let first = if aged { k - 1 } else { k };
        let last = if hyphened { k + 2 } else { k };
        let (start, end) = (toks[first].start, toks[last].end);
        let rest = text[end..].trim_start();
        let mut stated_end = end;
        // (start of the reading, last name, the name as written)
        let mut found: Option<(usize, String, String)> = None;
        let written = |i: usize, j: usize| text[toks[i].start..toks[j].end].to_string();
        // "Name, 32," / "Name, aged 32," / "Name, a 51-year-old engineer".
        let det = first > 1 && ["a", "an", "the"].contains(&toks[first - 1].lower.as_str());
        let at = if det && hyphened { first - 1 } else { first };
        let closed = rest.is_empty() || rest.starts_with([',', '.', ';', ')']);
        if at > 0 && joined(text, &toks[at - 1], &toks[at], ",") && (hyphened || closed) {
            found = name_ending(text, toks, at - 1)
                .map(|(i, name)| (toks[i].start, name, written(i, at - 1)));
        }
        // "Jan Varga (54)": a full name, as one capitalized word before a bracketed
        // number is as often a page's counter ("Comments (48)").
        if found.is_none()
            && !hyphened
            && !aged
            && k > 0
            && joined(text, &toks[k - 1], t, "(")
            && rest.starts_with(')')
        {
            found = name_ending(text, toks, k - 1)
                .filter(|&(i, _)| i < k - 1)
                .map(|(i, name)| (toks[i].start, name, written(i, k - 1)));
            stated_end = end + text[end..].find(')').map_or(0, |p| p + 1);
        }
        // "the 34-year-old reporter Ana Reyes": a full name within a few words after.
        if found.is_none() && hyphened {
            let mut j = last + 1;
            while j < toks.len() && j <= last + 4 && joined(text, &toks[j - 1], &toks[j], "") {
                if let Some((e, name)) = name_starting(text, toks, j) {
                    found = Some((start, name, written(j, e)));
                    break;
                }
                j += 1;
            }
            // "A 19-year-old student, Ines Duarte, was …".
            if found.is_none()
                && j < toks.len()
                && j <= last + 5
                && joined(text, &toks[j - 1], &toks[j], ",")
            {
                found = name_starting(text, toks, j).map(|(e, name)| (start, name, written(j, e)));
            }
        }
        if let Some((from, name, owner)) = found {
            out.push(Age {
                start,
                end,
                stated: (from.min(start), stated_end),
                years,
                name,
                owner,
            });
        }
        k = last + 1;
    }
    out
}

#[cfg(test)]
mod tests {
    use super::super::words::tokens;
    use super::*;

    fn read(text: &str) -> Vec<(u32, String, String)> {
        ages(text, &tokens(text))
            .into_iter()
            .map(|a| {
                assert!(a.owner.to_lowercase().ends_with(&a.name), "{a:?}");
                (a.years, a.name, text[a.stated.0..a.stated.1].to_string())
            })
            .collect()
    }

    fn one(text: &str, years: u32, name: &str) {
        let got = read(text);
        assert_eq!(got.len(), 1, "{text}: {got:?}");
        assert_eq!((got[0].0, got[0].1.as_str()), (years, name), "{text}");
    }

    #[test]
    fn ages_beside_a_name() {
        one(
            "The release of Halvorsen, 32, was welcomed in Oslo.",
            32,
            "halvorsen",
        );
        one(
            "Officials said Mira Kovacs, 41, had been held since May.",
            41,
            "kovacs",
        );
        one("Among them was the pilot Jan Varga (54).", 54, "varga");
        one(
            "Lena Ortiz, aged 29, was the youngest of the group.",
            29,
            "ortiz",
        );
        one(
            "The court freed Tomas Berg, a 51-year-old engineer, on Friday.",
            51,
            "berg",
        );
        one("Police named the driver as Piotr Nowak, 63.", 63, "nowak");
        one(
            "It was Dahl, the 38-year-old captain, who raised the alarm.",
            38,
            "dahl",
        );
    }

    #[test]
    fn ages_before_a_full_name() {
        one(
            "The 34-year-old reporter Ana Reyes was detained in March.",
            34,
            "reyes",
        );
        one(
            "The 27 year old striker Kofi Mensah scored twice.",
            27,
            "mensah",
        );
        one(
            "A 19-year-old student, Ines Duarte, was among the injured.",
            19,
            "duarte",
        );
    }

    #[test]
    fn an_age_without_a_name_is_not_read() {
        for text in [
            "The reporter, 32, was freed on Thursday.",
            "The 23-year-old Kenyan athlete won in Chicago.",
            "He is 41 years old and has two children.",
            "On March 5, 32 people were hurt in the blast.",
            "In Kherson, 12 died and 40 were injured.",
            "The vote, 52, was a surprise.",
            "Chapter 12, 14, and 16 were revised.",
            "Halvorsen, 32 times a champion, retired.",
            "Prices rose in July, 12, to a record.",
            "Sales in 2024, 150, were the highest.",
            "Comments (48) Share this story",
            "Photos (12)",
        ] {
            assert_eq!(read(text), vec![], "{text}");
        }
    }

    fn owner(text: &str, figure: &str) -> Option<String> {
        let ms = text.find(figure).unwrap();
        owner_of(text, &tokens(text), ms, ms + figure.len()).map(|(name, key)| {
            assert_eq!(
                Some(key.as_str()),
                name.split(' ')
                    .next_back()
                    .map(str::to_lowercase)
                    .as_deref()
            );
            name
        })
    }

    #[test]
    fn measures_of_named_things() {
        let cases = [
            (
                "The crash involved the 210-metre Nordvik Star off Bergen.",
                "210-metre",
                "Nordvik Star",
            ),
            (
                "It was the 640-foot bulk carrier Amber Reef that ran aground.",
                "640-foot",
                "Amber Reef",
            ),
            (
                "Divers reached the Osprey, a 38-metre trawler, at dawn.",
                "38-metre",
                "Osprey",
            ),
            (
                "The Halden Bridge (opened 1977) is a 2.4 km crossing.",
                "2.4 km",
                "Halden Bridge",
            ),
            (
                "The Tarn Viaduct was a 300 m span of iron.",
                "300 m",
                "Tarn Viaduct",
            ),
            (
                "Water poured into the 15-metre-deep Vellar Canal overnight.",
                "15-metre",
                "Vellar Canal",
            ),
        ];
        for (text, figure, name) in cases {
            assert_eq!(owner(text, figure).as_deref(), Some(name), "{text}");
        }
    }

    #[test]
    fn measures_without_a_named_owner() {
        let cases = [
            (
                "The 300-metre vessel bound for Gdansk was damaged.",
                "300-metre",
            ),
            ("A 38-metre trawler sank near Tromso on Monday.", "38-metre"),
            ("The bridge is 2.4 km long and carries six lanes.", "2.4 km"),
            ("Winds reached 160 km/h in Hainan on Friday.", "160 km/h"),
            ("The ship, 300 metres long, left Antwerp.", "300 metres"),
            (
                "The 300-metre Liberia-flagged tanker ran aground.",
                "300-metre",
            ),
            (
                "It is a 300 m container ship with room for 9,000 boxes.",
                "300 m",
            ),
        ];
        for (text, figure) in cases {
            assert_eq!(owner(text, figure), None, "{text}");
        }
    }

    #[test]
    fn several_people_each_with_an_age() {
        let got = read("Berg, 51, and Ortiz, 29, were freed; Jan Varga (54) stayed.");
        let ages: Vec<(u32, &str)> = got.iter().map(|g| (g.0, g.1.as_str())).collect();
        assert_eq!(ages, vec![(51, "berg"), (29, "ortiz"), (54, "varga")]);
    }
    fn thing(text: &str, figure: &str) -> Option<String> {
        let toks = tokens(text);
        let ms = text.find(figure).expect("the figure is in the text");
        thing_of(text, &toks, ms, ms + figure.len()).map(|j| toks[j].lower.clone())
    }

    #[test]
    fn the_common_noun_a_measure_describes() {
        let cases = [
            (
                "Cars were stopped before the 2.3-mile span fell.",
                "2.3-mile",
                "span",
            ),
            (
                "The 1.2-km-long, six-lane viaduct carries the ring road.",
                "1.2-km",
                "viaduct",
            ),
            ("A 410-foot tower stood on the hill.", "410-foot", "tower"),
            (
                "The dam that stretches 940 metres was breached.",
                "940 metres",
                "dam",
            ),
            ("The old pier is about 300 m long.", "300 m", "pier"),
            (
                "Its runway measures 3,200 metres.",
                "3,200 metres",
                "runway",
            ),
            ("the 12-metre-deep canal", "12-metre", "canal"),
            (
                "a 300-metre Panama-flagged freighter",
                "300-metre",
                "freighter",
            ),
            (
                "The dam, which opened in 1961, is 940 m long.",
                "940 m",
                "dam",
            ),
        ];
        for (text, figure, noun) in cases {
            assert_eq!(thing(text, figure).as_deref(), Some(noun), "{text}");
        }
    }

    #[test]
    fn no_common_noun_where_a_name_or_nothing_stands() {
        let cases = [
            ("The 300-metre Solenne left Antwerp.", "300-metre"),
            ("Winds reached speeds of 160 km/h.", "160 km/h"),
            ("Rain fell 40 km north of the city.", "40 km"),
            ("The 50-foot-deep Patapsco River is cold.", "50-foot"),
        ];
        for (text, figure) in cases {
            assert_eq!(thing(text, figure), None, "{text}");
        }
    }
}
