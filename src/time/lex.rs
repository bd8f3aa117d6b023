//! Tokens for the time grammar: words, digit runs and single punctuation marks, with
//! byte spans and whether whitespace came before them. A small lexicon marks the words a
//! time expression can start with, so the grammar is only tried where it may match.

use std::collections::HashMap;
use std::hash::BuildHasherDefault;
use std::sync::LazyLock;

/// What a token is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Kind {
    Word,
    Num,
    Punct(char),
}

/// Lexical class of a word, for the words the grammar cares about.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Lex {
    Other,
    /// Full month name, 1-12.
    Month(u32),
    /// Abbreviated month name (`Jan`, `Sept`), 1-12.
    MonthAbbr(u32),
    /// Weekday, 0 = Monday.
    Weekday(u32),
    /// Cardinal number word (`one` .. `ninety`, `dozen`).
    NumWord(u32),
    /// Ordinal word (`first`, `twentieth`).
    Ord(u32),
    /// Season: 0 spring, 1 summer, 2 autumn/fall, 3 winter.
    Season(u32),
    /// A unit or day word (`years`, `decade`, `today`, `morning`).
    TimeWord,
    /// A word a time expression may start with (prepositions, qualifiers, `last`, …).
    Trigger,
    /// A holiday named by one word (`Christmas`, `Halloween`, `Thanksgiving`).
    Holiday(HolWord),
    /// The first word of a holiday's name that is common on its own (`New`, `Boxing`,
    /// `St`, `Black`): checked against the next words before the grammar is tried.
    HolidayGate(HolWord),
}

/// The words that start a holiday's name.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum HolWord {
    Christmas,
    Halloween,
    Thanksgiving,
    New,
    Boxing,
    Valentine,
    Independence,
    Bastille,
    Guy,
    Bonfire,
    Saint,
    Patrick,
    Armistice,
    Veterans,
    Black,
    Cyber,
    Orthodox,
    Easter,
    Good,
    Palm,
    Ash,
    Maundy,
    Mother,
    Father,
    Memorial,
    Labor,
    Presidents,
    Mlk,
    Martin,
}

#[derive(Debug, Clone, Copy)]
pub(crate) struct Tok {
    pub start: usize,
    pub end: usize,
    pub kind: Kind,
    pub lex: Lex,
    /// For digit runs: the value (saturating) and the digit count is `end - start`.
    pub num: u32,
    /// Whitespace (or the segment start) came before this token.
    pub sp: bool,
    /// First letter is upper case.
    pub cap: bool,
}

impl Tok {
    pub fn len(&self) -> usize {
        self.end - self.start
    }

    /// Holds the substance of a time expression: a number, a month, a weekday, a
    /// season, a number word, an ordinal or a unit word.
    pub fn core(&self) -> bool {
        self.kind == Kind::Num
            || !matches!(self.lex, Lex::Other | Lex::Trigger | Lex::HolidayGate(_))
    }
}

const MAX_SEGMENT_TOKENS: usize = 6000;

/// Splits `text` into segments (lines, and long lines at sentence ends or spaces) and
/// calls `f` with the tokens of each; tokens of a segment never cross a newline.
pub(crate) fn for_each_segment(text: &str, mut f: impl FnMut(&[Tok])) {
    let bytes = text.as_bytes();
    let mut toks: Vec<Tok> = Vec::with_capacity(256);
    let mut i = 0;
    let mut sp = true;
    let n = bytes.len();
    while i < n {
        let b = bytes[i];
        if b == b'\n' {
            if !toks.is_empty() {
                f(&toks);
                toks.clear();
            }
            sp = true;
            i += 1;
            continue;
        }
        if b == b' ' || b == b'\t' || b == b'\r' {
            sp = true;
            i += 1;
            // A very long line: cut at a space after a sentence end, or anywhere.
            if toks.len() >= MAX_SEGMENT_TOKENS {
                let last = toks[toks.len() - 1];
                let sentence_end = matches!(last.kind, Kind::Punct('.' | '!' | '?'));
                if sentence_end || toks.len() >= MAX_SEGMENT_TOKENS * 2 {
                    f(&toks);
                    toks.clear();
                }
            }
            continue;
        }
        if b.is_ascii_digit() {
            let s = i;
            let mut v: u32 = 0;
            while i < n && bytes[i].is_ascii_digit() {
                v = v
                    .saturating_mul(10)
                    .saturating_add(u32::from(bytes[i] - b'0'));
                i += 1;
            }
            toks.push(Tok {
                start: s,
                end: i,
                kind: Kind::Num,
                lex: Lex::Other,
                num: v,
                sp,
                cap: false,
            });
            sp = false;
            continue;
        }
        if b.is_ascii_alphabetic() || b >= 0x80 {
            // Decode one char when not ASCII.
            let (c, clen) = if b < 0x80 {
                (b as char, 1)
            } else {
                match text[i..].chars().next() {
                    Some(c) => (c, c.len_utf8()),
                    None => break,
                }
            };
            if c.is_alphabetic() {
                let s = i;
                let cap = c.is_uppercase();
                i += clen;
                while i < n {
                    let b = bytes[i];
                    if b.is_ascii_alphabetic() {
                        i += 1;
                    } else if b >= 0x80 {
                        match text[i..].chars().next() {
                            Some(c) if c.is_alphabetic() => i += c.len_utf8(),
                            _ => break,
                        }
                    } else {
                        break;
                    }
                }
                let lex = classify(&text[s..i]);
                toks.push(Tok {
                    start: s,
                    end: i,
                    kind: Kind::Word,
                    lex,
                    num: 0,
                    sp,
                    cap,
                });
                sp = false;
                continue;
            }
            if c.is_whitespace() {
                sp = true;
                i += clen;
                continue;
            }
            toks.push(Tok {
                start: i,
                end: i + clen,
                kind: Kind::Punct(normalize_punct(c)),
                lex: Lex::Other,
                num: 0,
                sp,
                cap: false,
            });
            sp = false;
            i += clen;
            continue;
        }
        // ASCII punctuation or control.
        if b.is_ascii_control() {
            sp = true;
            i += 1;
            continue;
        }
        toks.push(Tok {
            start: i,
            end: i + 1,
            kind: Kind::Punct(b as char),
            lex: Lex::Other,
            num: 0,
            sp,
            cap: false,
        });
        sp = false;
        i += 1;
    }
    if !toks.is_empty() {
        f(&toks);
    }
}

/// Curly apostrophes become `'`, dashes `-` or `–` (en dash kept apart from hyphen).
fn normalize_punct(c: char) -> char {
    match c {
        '\u{2019}' | '\u{2018}' | '\u{02bc}' | '`' | '\u{b4}' => '\'',
        '\u{2010}' | '\u{2011}' => '-',
        '\u{2013}' | '\u{2012}' => '–',
        '\u{2014}' | '\u{2015}' => '—',
        '\u{201c}' | '\u{201d}' => '"',
        c => c,
    }
}

const MONTHS: [&str; 12] = [
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
];
const MONTH_ABBRS: [(&str, u32); 12] = [
    ("jan", 1),
    ("feb", 2),
    ("mar", 3),
    ("apr", 4),
    ("jun", 6),
    ("jul", 7),
    ("aug", 8),
    ("sep", 9),
    ("sept", 9),
    ("oct", 10),
    ("nov", 11),
    ("dec", 12),
];
/// Abbreviated weekdays that are no English word (`Mon`, `Wed`, `Sat`, `Sun` are).
const WEEKDAY_ABBRS: [(&str, u32); 6] = [
    ("tue", 1),
    ("tues", 1),
    ("thu", 3),
    ("thur", 3),
    ("thurs", 3),
    ("fri", 4),
];
const WEEKDAYS: [&str; 7] = [
    "monday",
    "tuesday",
    "wednesday",
    "thursday",
    "friday",
    "saturday",
    "sunday",
];
const NUM_WORDS: [(&str, u32); 29] = [
    ("one", 1),
    ("two", 2),
    ("three", 3),
    ("four", 4),
    ("five", 5),
    ("six", 6),
    ("seven", 7),
    ("eight", 8),
    ("nine", 9),
    ("ten", 10),
    ("eleven", 11),
    ("twelve", 12),
    ("thirteen", 13),
    ("fourteen", 14),
    ("fifteen", 15),
    ("sixteen", 16),
    ("seventeen", 17),
    ("eighteen", 18),
    ("nineteen", 19),
    ("twenty", 20),
    ("thirty", 30),
    ("forty", 40),
    ("fifty", 50),
    ("sixty", 60),
    ("seventy", 70),
    ("eighty", 80),
    ("ninety", 90),
    ("dozen", 12),
    ("hundred", 100),
];
const ORDINALS: [(&str, u32); 21] = [
    ("first", 1),
    ("second", 2),
    ("third", 3),
    ("fourth", 4),
    ("fifth", 5),
    ("sixth", 6),
    ("seventh", 7),
    ("eighth", 8),
    ("ninth", 9),
    ("tenth", 10),
    ("eleventh", 11),
    ("twelfth", 12),
    ("thirteenth", 13),
    ("fourteenth", 14),
    ("fifteenth", 15),
    ("sixteenth", 16),
    ("seventeenth", 17),
    ("eighteenth", 18),
    ("nineteenth", 19),
    ("twentieth", 20),
    ("thirtieth", 30),
];
const SEASONS: [(&str, u32); 5] = [
    ("spring", 0),
    ("summer", 1),
    ("autumn", 2),
    ("fall", 2),
    ("winter", 3),
];
/// Words that name a unit or a day of time: an expression holds one of these or a
/// number, month, weekday, season, number word or ordinal.
const TIME_WORDS: &[&str] = &[
    "year",
    "years",
    "month",
    "months",
    "week",
    "weeks",
    "day",
    "days",
    "decade",
    "decades",
    "century",
    "centuries",
    "hour",
    "hours",
    "minute",
    "minutes",
    "seconds",
    "fortnight",
    "fortnights",
    "quarter",
    "quarters",
    "weekend",
    "today",
    "yesterday",
    "tomorrow",
    "tonight",
    "morning",
    "afternoon",
    "evening",
    "night",
    "nineties",
    "eighties",
    "seventies",
    "sixties",
    "fifties",
    "forties",
    "thirties",
    "twenties",
    "noughties",
    "tmrw",
    "tmw",
];
/// Holidays named by one word.
const HOLIDAYS: &[(&str, HolWord)] = &[
    ("christmas", HolWord::Christmas),
    ("xmas", HolWord::Christmas),
    ("halloween", HolWord::Halloween),
    ("thanksgiving", HolWord::Thanksgiving),
    ("easter", HolWord::Easter),
];
/// First words of longer holiday names.
const HOLIDAY_GATES: &[(&str, HolWord)] = &[
    ("new", HolWord::New),
    ("boxing", HolWord::Boxing),
    ("valentine", HolWord::Valentine),
    ("valentines", HolWord::Valentine),
    ("independence", HolWord::Independence),
    ("bastille", HolWord::Bastille),
    ("guy", HolWord::Guy),
    ("bonfire", HolWord::Bonfire),
    ("st", HolWord::Saint),
    ("saint", HolWord::Saint),
    ("patrick", HolWord::Patrick),
    ("armistice", HolWord::Armistice),
    ("remembrance", HolWord::Armistice),
    ("veterans", HolWord::Veterans),
    ("black", HolWord::Black),
    ("cyber", HolWord::Cyber),
    ("orthodox", HolWord::Orthodox),
    ("good", HolWord::Good),
    ("palm", HolWord::Palm),
    ("ash", HolWord::Ash),
    ("maundy", HolWord::Maundy),
    ("mother", HolWord::Mother),
    ("mothers", HolWord::Mother),
    ("father", HolWord::Father),
    ("fathers", HolWord::Father),
    ("memorial", HolWord::Memorial),
    ("labor", HolWord::Labor),
    ("presidents", HolWord::Presidents),
    ("president", HolWord::Presidents),
    ("mlk", HolWord::Mlk),
    ("martin", HolWord::Martin),
];
/// Other words an expression may start with.
const TRIGGERS: &[&str] = &[
    "a",
    "an",
    "the",
    "in",
    "on",
    "at",
    "by",
    "from",
    "since",
    "during",
    "until",
    "till",
    "til",
    "through",
    "throughout",
    "before",
    "after",
    "as",
    "for",
    "within",
    "between",
    "over",
    "around",
    "about",
    "almost",
    "nearly",
    "roughly",
    "approximately",
    "more",
    "less",
    "fewer",
    "up",
    "just",
    "under",
    "early",
    "late",
    "mid",
    "half",
    "this",
    "last",
    "next",
    "past",
    "previous",
    "following",
    "coming",
    "fiscal",
    "fy",
    "q",
    "h",
    "earlier",
    "later",
    "that",
    "same",
    "end",
    "beginning",
    "start",
    "middle",
    "circa",
    "ca",
    "c",
    "some",
    "close",
    "well",
    "no",
    "thru",
    "into",
    "to",
    "turn",
    "so",
];

/// Packs a lower-cased ASCII word of at most 16 bytes into a key.
fn key(word: &str) -> Option<u128> {
    let b = word.as_bytes();
    if b.is_empty() || b.len() > 16 {
        return None;
    }
    let mut k: u128 = 0;
    for (i, &c) in b.iter().enumerate() {
        if !c.is_ascii() {
            return None;
        }
        k |= u128::from(c.to_ascii_lowercase()) << (8 * i);
    }
    Some(k)
}

/// A multiplicative hasher for the packed keys.
#[derive(Default)]
struct KeyHasher(u64);

impl std::hash::Hasher for KeyHasher {
    fn finish(&self) -> u64 {
        self.0
    }
    fn write(&mut self, bytes: &[u8]) {
        for &b in bytes {
            self.0 = (self.0.rotate_left(5) ^ u64::from(b)).wrapping_mul(0x51_7c_c1_b7_27_22_0a_95);
        }
    }
    fn write_u128(&mut self, k: u128) {
        let x = (k as u64) ^ ((k >> 64) as u64).rotate_left(29);
        self.0 = (x ^ (x >> 31)).wrapping_mul(0x9e37_79b9_7f4a_7c15);
    }
}

type Table = HashMap<u128, Lex, BuildHasherDefault<KeyHasher>>;

/// Bits of the (first letter, last letter, length) of lexicon words: most words of a
/// text miss it and skip the hash lookup.
const SHAPES: usize = 26 * 26 * 17;

fn shape(b: &[u8]) -> Option<usize> {
    let (&f, &l) = (b.first()?, b.last()?);
    let (f, l) = (f | 0x20, l | 0x20);
    if b.len() > 16 || !f.is_ascii_lowercase() || !l.is_ascii_lowercase() {
        return None;
    }
    Some((usize::from(f - b'a') * 26 + usize::from(l - b'a')) * 17 + b.len())
}

struct Lexicon {
    table: Table,
    shapes: Vec<u64>,
}

static LEXICON: LazyLock<Lexicon> = LazyLock::new(|| {
    let mut t = Table::default();
    let mut shapes = vec![0u64; SHAPES.div_ceil(64)];
    let mut put = |w: &str, l: Lex| {
        if let Some(sh) = shape(w.as_bytes()) {
            shapes[sh / 64] |= 1 << (sh % 64);
        }
        if let Some(k) = key(w) {
            t.entry(k).or_insert(l);
        }
    };
    for (i, m) in MONTHS.iter().enumerate() {
        put(m, Lex::Month(i as u32 + 1));
    }
    for (m, n) in MONTH_ABBRS {
        put(m, Lex::MonthAbbr(n));
    }
    for (i, d) in WEEKDAYS.iter().enumerate() {
        put(d, Lex::Weekday(i as u32));
    }
    for (d, n) in WEEKDAY_ABBRS {
        put(d, Lex::Weekday(n));
    }
    for (w, n) in NUM_WORDS {
        put(w, Lex::NumWord(n));
    }
    for (w, n) in ORDINALS {
        put(w, Lex::Ord(n));
    }
    for (w, n) in SEASONS {
        put(w, Lex::Season(n));
    }
    for w in TIME_WORDS {
        put(w, Lex::TimeWord);
    }
    for w in TRIGGERS {
        put(w, Lex::Trigger);
    }
    for (w, h) in HOLIDAYS {
        put(w, Lex::Holiday(*h));
    }
    for (w, h) in HOLIDAY_GATES {
        put(w, Lex::HolidayGate(*h));
    }
    Lexicon { table: t, shapes }
});

pub(crate) fn classify(word: &str) -> Lex {
    let lex = &*LEXICON;
    match shape(word.as_bytes()) {
        Some(sh) if lex.shapes[sh / 64] & (1 << (sh % 64)) != 0 => {}
        _ => return Lex::Other,
    }
    match key(word) {
        Some(k) => lex.table.get(&k).copied().unwrap_or(Lex::Other),
        None => Lex::Other,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn toks(text: &str) -> Vec<Tok> {
        let mut all = Vec::new();
        for_each_segment(text, |t| all.extend_from_slice(t));
        all
    }

    #[test]
    fn splits_words_numbers_punct() {
        let t = toks("July 3, 2025’s 15,000 mid-2022");
        let kinds: Vec<Kind> = t.iter().map(|t| t.kind).collect();
        assert_eq!(
            kinds,
            vec![
                Kind::Word,
                Kind::Num,
                Kind::Punct(','),
                Kind::Num,
                Kind::Punct('\''),
                Kind::Word,
                Kind::Num,
                Kind::Punct(','),
                Kind::Num,
                Kind::Word,
                Kind::Punct('-'),
                Kind::Num
            ]
        );
        assert_eq!(t[0].lex, Lex::Month(7));
        assert_eq!(t[3].num, 2025);
        assert!(!t[4].sp && t[6].sp);
    }

    #[test]
    fn odd_input_does_not_panic() {
        for s in [
            "",
            "\u{0}\u{ffff}",
            "é",
            "ʼ",
            "99999999999999999999",
            "\n\n\r\t",
        ] {
            let _ = toks(s);
        }
    }
}
