//! People and roles: "Foreign Minister Amir Khan Muttaqi", "Russia's Ambassador to
//! Afghanistan, Dmitry Zhirnov" become a person fact per role.
//!
//! A role mention is a role phrase and a name adjacent in one of three patterns:
//!
//! - title before the name: `[qualifier] Head Name` ("Russian President Vladimir Putin",
//!   "Corvane CEO Dana Whitfield", "former finance minister Mariana Velasco");
//! - title, comma, name: `Qualifier's head [to X], Name` ("Russia's ambassador to
//!   Afghanistan, Dmitry Zhirnov"), only when the role is determined by a possessive or
//!   `the`;
//! - name, appositive: `Name, a|the|X's role,` ("Mariam Solaimankhil, a former Afghan
//!   parliamentarian,").
//!
//! A role is its head (`foreign minister`, `ambassador`, `chief executive`, `spokesperson`
//! …), a qualifier (a country, normalized from `Afghan`, `Afghanistan's`, or an
//! organisation, `Corvane`) and, for envoys, a destination (`to Afghanistan`). Roles
//! held by one person at a time ("the foreign minister") make one fact per role, so two
//! different names for it conflict. Roles that are not unique ("a spokeswoman", "former
//! minister", "deputy minister", "analyst at X") make one fact per role *and person*,
//! which never conflicts.
//!
//! Alignment across sources, in order: qualified mentions group by (head, qualifier,
//! destination); a mention without destination joins the one destination of its role
//! whose names fit; groups of one head under different qualifiers merge when they name
//! the same full name ("Taliban Foreign Minister Amir Khan Muttaqi" and "Afghan Foreign
//! Minister Amir Khan Muttaqi"); an unqualified mention ("Foreign Minister Sergey
//! Lavrov") joins the one qualified group its name fits, else it stays with the
//! unqualified mentions of its head, split by person: a role whose country nobody
//! stated is never a conflict. A group in which one source itself names two different
//! people is split by person too (the role is not unique).

use std::sync::LazyLock;

use rayon::prelude::*;
use rustc_hash::FxHashMap;
use std::collections::{HashMap, HashSet};

use crate::claim::{Claim, Kind, Text};
use serde::{Deserialize, Serialize};

use crate::extract::Reading;
use crate::reconcile::Source;
use crate::rules::norm;
use crate::value::{self, Relation};
use crate::wordset::{WordSet, with_lower};

/// A person claim per role and source, for readings of one story (the two stages in one
/// call, for tests and benchmarks).
pub fn claims(readings: &[Reading]) -> Vec<Claim> {
    let per_doc: Vec<Vec<Mention>> = readings.par_iter().map(mentions_in).collect();
    let sources = crate::extract::sources_of(readings);
    claims_of(
        &sources,
        crate::story::numbered(per_doc, |m, i| m.reading = i),
    )
}

/// The role mentions of one article: the per-article half of [`claims`].
pub fn mentions_in(reading: &Reading) -> Vec<Mention> {
    mentions(0, reading)
}

/// Person claims from the role mentions of a story's sources (`mentions[i].reading`
/// indexes `sources`): the per-story half of [`claims`].
pub fn claims_of(sources: &[Source], mentions: Vec<Mention>) -> Vec<Claim> {
    let groups = align(&mentions);
    let mut out = Vec::new();
    for g in &groups {
        // The members by source (in source order), each source's in group order.
        let mut by_source: Vec<&Mention> = g.members.iter().map(|&m| &mentions[m]).collect();
        by_source.sort_by_key(|m| m.reading);
        for own in by_source.chunk_by(|a, b| a.reading == b.reading) {
            let src = own[0].reading;
            // The fullest name the source gives for the role speaks for it.
            let best = own
                .iter()
                .copied()
                .max_by_key(|m| {
                    (
                        m.name.split_whitespace().count(),
                        std::cmp::Reverse(m.start),
                    )
                })
                .expect("a group has members");
            let mut sentences: Vec<usize> = own.iter().map(|m| m.sentence).collect();
            sentences.sort_unstable();
            sentences.dedup();
            let doc = &sources[src];
            out.push(Claim {
                fact: g.id.clone(),
                label: g.label.clone(),
                kind: Kind::Person,
                source: doc.id.clone(),
                published: doc.published.clone(),
                published_how: doc.published_how,
                stated: best.stated.clone(),
                value: best.name.clone(),
                qualifier: String::new(),
                evidence: best.evidence.clone(),
                line: best.line,
                start: best.start,
                end: best.end,
                rule: "people".into(),
                times: sentences.len(),
                score: None,
                tally: false,
                published_note: doc.note.clone(),
            });
        }
    }
    out
}

// ---------------------------------------------------------------------------------------
// Tokens

/// A word or a punctuation mark of a text, with its byte span in that text.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Tok<'a> {
    pub text: &'a str,
    pub start: usize,
    pub end: usize,
}

impl<'a> Tok<'a> {
    pub fn is_word(&self) -> bool {
        self.text.chars().next().is_some_and(char::is_alphanumeric)
    }

    pub fn is_cap(&self) -> bool {
        self.text.chars().next().is_some_and(char::is_uppercase)
    }

    pub fn is(&self, s: &str) -> bool {
        self.text == s
    }

    /// `Russia's` / `Russia’s` (a possessive).
    pub fn possessive(&self) -> bool {
        self.text.len() > 2 && (self.text.ends_with("'s") || self.text.ends_with("’s"))
    }

    /// The word without a possessive ending or an abbreviation's full stop.
    pub fn bare(&self) -> &'a str {
        let t = self.text;
        let t = t
            .strip_suffix("'s")
            .or_else(|| t.strip_suffix("’s"))
            .filter(|r| !r.is_empty())
            .unwrap_or(t);
        t.strip_suffix('.').filter(|r| !r.is_empty()).unwrap_or(t)
    }

    /// Lower case, without a possessive ending.
    pub fn low(&self) -> String {
        self.bare().to_lowercase()
    }
}

/// Abbreviations whose full stop belongs to the word.
static ABBREV: WordSet = WordSet::new(&[
    "mr", "mrs", "ms", "dr", "prof", "gen", "lt", "col", "sen", "rep", "gov", "st", "jr", "sr",
    "capt", "sgt", "maj", "adm", "messrs", "mme", "mlle",
]);

/// Words (letters, digits, inner `-`, `'`, `’`, `.`) and single punctuation marks.
pub(crate) fn tokenize(s: &str) -> Vec<Tok<'_>> {
    let mut out = Vec::new();
    let chars: Vec<(usize, char)> = s.char_indices().collect();
    let mut i = 0;
    while i < chars.len() {
        let (start, c) = chars[i];
        if c.is_whitespace() {
            i += 1;
            continue;
        }
        if !c.is_alphanumeric() {
            out.push(Tok {
                text: &s[start..start + c.len_utf8()],
                start,
                end: start + c.len_utf8(),
            });
            i += 1;
            continue;
        }
        let mut j = i + 1;
        while j < chars.len() {
            let c = chars[j].1;
            if c.is_alphanumeric() {
                j += 1;
            } else if matches!(c, '-' | '\'' | '’' | '.')
                && chars.get(j + 1).is_some_and(|n| n.1.is_alphanumeric())
            {
                j += 2;
            } else {
                break;
            }
        }
        let mut end = chars.get(j).map_or(s.len(), |c| c.0);
        // A full stop ends an abbreviation, an initial or a dotted acronym (`U.S.`).
        if chars.get(j).is_some_and(|c| c.1 == '.') {
            let w = &s[start..end];
            let initial = w.chars().count() == 1 && w.chars().all(char::is_uppercase);
            if initial || w.contains('.') || ABBREV.contains_lower(w) {
                end += 1;
            }
        }
        out.push(Tok {
            text: &s[start..end],
            start,
            end,
        });
        while j < chars.len() && chars[j].0 < end {
            j += 1;
        }
        i = j;
    }
    out
}

// ---------------------------------------------------------------------------------------
// Lexicons

/// Capitalized words that are not names.
#[rustfmt::skip]
static STOP: WordSet = WordSet::new(&[
    "the", "a", "an", "and", "but", "or", "nor", "so", "yet", "he", "she", "it", "they",
    "we", "i", "you", "this", "that", "these", "those", "there", "here", "in", "on", "at",
    "for", "from", "by", "with", "as", "of", "to", "if", "when", "while", "after", "before",
    "since", "during", "under", "over", "his", "her", "its", "their", "our", "my", "your",
    "yesterday", "today", "tomorrow", "tonight", "according", "meanwhile", "however",
    "still", "also", "although", "though", "despite", "both", "all", "some", "many", "most",
    "several", "other", "others", "another", "each", "every", "no", "not", "one", "two",
    "three", "what", "who", "why", "how", "where", "which", "whose", "whom", "asked",
    "said", "says", "speaking", "monday", "tuesday", "wednesday", "thursday", "friday",
    "saturday", "sunday", "january", "february", "march", "april", "may", "june", "july",
    "august", "september", "october", "november", "december", "jan", "feb", "mar", "apr",
    "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "now", "then", "later",
    "earlier", "until", "unlike", "like", "among", "about", "without", "within", "through",
    "across", "against", "between", "into", "onto", "via", "per", "amid", "once", "because",
    "because", "even", "just", "only", "yes", "thanks", "officials", "analysts", "critics",
    "residents", "experts", "observers", "diplomats", "sources", "witnesses", "authorities",
    "police", "lawmakers", "leaders", "investors", "executives", "shareholders",
    "ministers", "officers", "people", "everyone", "nobody", "someone", "government", "key",
    "read", "more", "breaking", "update", "updated", "live", "exclusive", "analysis",
    "opinion", "editorial", "photo", "video", "watch", "listen",
]);

/// Words that make a capitalized run an organisation or a place rather than a person.
#[rustfmt::skip]
static ORG: WordSet = WordSet::new(&[
    "ministry", "government", "council", "office", "authority", "agency", "commission",
    "department", "bank", "group", "network", "party", "court", "union", "committee",
    "organisation", "organization", "inc", "corp", "corporation", "ltd", "llc", "plc", "sa",
    "ag", "gmbh", "company", "co", "association", "institute", "university", "foundation",
    "fund", "forces", "army", "navy", "parliament", "assembly", "congress", "senate",
    "house", "embassy", "emirate", "emirates", "republic", "kingdom", "state", "states",
    "nations", "times", "news", "post", "press", "reuters", "afp", "ap", "bbc", "cnn", "tv",
    "television", "channel", "radio", "federation", "board", "exchange", "securities",
    "capital", "holdings", "technologies", "technology", "health", "airlines", "airways",
    "motors", "partners", "media", "service", "services", "club", "league", "tribunal",
    "secretariat", "alliance", "coalition", "movement", "front", "palace", "square",
    "street", "city", "province", "region", "county", "district", "island", "islands",
    "river", "mountains", "ocean", "sea", "airport", "hospital", "school", "centre",
    "center", "forum", "summit", "council's", "research", "markets", "energy", "industries",
    "pharma", "systems", "labs", "institution", "administration", "cabinet", "presidency",
    "police", "guard", "ministry's", "daily", "journal", "herald", "telegraph", "gazette",
    "tribune", "wire", "agreement", "treaty", "act", "law", "plan", "program", "programme",
    "initiative", "project", "index", "court's", "headquarters", "network's", "taliban",
    "hamas", "hezbollah", "isis", "nato", "un", "eu",
]);

/// Words of a title: they precede a name and are not part of it.
#[rustfmt::skip]
static TITLE_WORDS: WordSet = WordSet::new(&[
    "ambassador", "president", "vice", "prime", "minister", "foreign", "deputy",
    "secretary", "general", "chief", "executive", "officer", "ceo", "cfo", "coo",
    "chairman", "chairwoman", "chair", "chairperson", "spokesman", "spokeswoman",
    "spokesperson", "senator", "sen", "rep", "representative", "governor", "mayor", "king",
    "queen", "prince", "princess", "sheikh", "emir", "dr", "mr", "mrs", "ms", "mme", "prof",
    "professor", "gen", "col", "lt", "capt", "judge", "justice", "commissioner", "director",
    "head", "leader", "envoy", "consul", "chancellor", "premier", "speaker", "mp",
    "lawmaker", "supreme", "pope", "cardinal", "sir", "dame", "lord", "lady", "former",
    "acting", "interim", "new", "newly", "appointed", "designated", "negotiator", "cabinet",
    "attorney", "financial", "operating", "secretary-general", "vice-president",
    "director-general", "attorney-general", "crown", "defence", "defense", "finance",
    "trade", "interior", "justice", "health", "economy", "special", "senior", "top",
    "press", "national", "security", "adviser", "advisor", "official", "analyst",
    "economist", "diplomat", "politician", "parliamentarian", "ex", "chief-executive",
    "founder", "admiral", "adm", "rear", "commodore", "colonel", "lieutenant", "captain",
    "commander", "cmdr", "brigadier", "marshal", "sergeant", "sgt", "inspector",
    "superintendent", "supt", "constable", "bishop", "archbishop", "rabbi", "imam",
    "ayatollah",
]);

/// Honorifics: a name after one of these is a person's even when it is one word.
#[rustfmt::skip]
static HONORIFICS: WordSet = WordSet::new(&[
    "mr", "mrs", "ms", "mme", "dr", "prof", "sir", "dame", "lord", "lady", "sheikh", "gen",
    "col", "lt", "capt", "sen", "rep", "gov", "president", "minister", "ambassador",
]);

/// A word of a title or an honorific (`minister`, `CEO`, `Dr`): a one-word name after
/// it is a person's surname.
pub(crate) fn is_title_word(word: &str) -> bool {
    let w = word.trim_end_matches('.');
    TITLE_WORDS.contains_lower(w) || HONORIFICS.contains_lower(w)
}

/// Words that may sit inside a name in lower case.
static PARTICLES: WordSet = WordSet::new(&[
    "bin", "bint", "ibn", "al", "el", "de", "da", "del", "della", "di", "du", "dos", "das", "van",
    "von", "der", "den", "le", "la", "y", "abu", "ben",
]);

/// Ministerial portfolios: `trade minister`, `minister of finance`.
const PORTFOLIO: &[(&str, &str)] = &[
    ("foreign", "foreign"),
    ("finance", "finance"),
    ("defence", "defence"),
    ("defense", "defence"),
    ("interior", "interior"),
    ("trade", "trade"),
    ("economy", "economy"),
    ("economic", "economy"),
    ("economics", "economy"),
    ("health", "health"),
    ("justice", "justice"),
    ("energy", "energy"),
    ("oil", "oil"),
    ("agriculture", "agriculture"),
    ("education", "education"),
    ("transport", "transport"),
    ("culture", "culture"),
    ("environment", "environment"),
    ("labour", "labour"),
    ("labor", "labour"),
    ("industry", "industry"),
    ("commerce", "commerce"),
    ("information", "information"),
    ("home", "home"),
    ("treasury", "treasury"),
    ("housing", "housing"),
    ("tourism", "tourism"),
    ("mining", "mining"),
    ("mines", "mining"),
    ("communications", "communications"),
    ("infrastructure", "infrastructure"),
    ("security", "security"),
];

/// Bodies of an organisation a spokesperson or head speaks for: `foreign ministry`.
#[rustfmt::skip]
static BODY: WordSet = WordSet::new(&[
    "ministry", "office", "department", "embassy", "government", "army", "military",
    "police", "party", "company", "council", "commission", "court", "presidency", "cabinet",
    "mission",
]);

/// Countries: canonical key, adjective (for labels), forms (lower case, possessive off).
const COUNTRIES: &[(&str, &str, &[&str])] = &[
    ("afghanistan", "Afghan", &["afghanistan", "afghan", "kabul"]),
    (
        "russia",
        "Russian",
        &["russia", "russian", "moscow", "kremlin"],
    ),
    ("china", "Chinese", &["china", "chinese", "beijing"]),
    (
        "us",
        "US",
        &[
            "us",
            "u.s.",
            "u.s",
            "usa",
            "america",
            "american",
            "united states",
            "washington",
        ],
    ),
    (
        "uk",
        "British",
        &[
            "uk",
            "u.k.",
            "u.k",
            "britain",
            "british",
            "united kingdom",
            "london",
        ],
    ),
    ("france", "French", &["france", "french", "paris"]),
    ("germany", "German", &["germany", "german", "berlin"]),
    ("italy", "Italian", &["italy", "italian", "rome"]),
    ("spain", "Spanish", &["spain", "spanish", "madrid"]),
    ("japan", "Japanese", &["japan", "japanese", "tokyo"]),
    (
        "india",
        "Indian",
        &["india", "indian", "new delhi", "delhi"],
    ),
    (
        "pakistan",
        "Pakistani",
        &["pakistan", "pakistani", "islamabad"],
    ),
    ("iran", "Iranian", &["iran", "iranian", "tehran"]),
    ("iraq", "Iraqi", &["iraq", "iraqi", "baghdad"]),
    ("israel", "Israeli", &["israel", "israeli"]),
    (
        "turkey",
        "Turkish",
        &["turkey", "turkish", "türkiye", "ankara"],
    ),
    (
        "ukraine",
        "Ukrainian",
        &["ukraine", "ukrainian", "kyiv", "kiev"],
    ),
    ("kenya", "Kenyan", &["kenya", "kenyan", "nairobi"]),
    ("nigeria", "Nigerian", &["nigeria", "nigerian", "abuja"]),
    (
        "south-africa",
        "South African",
        &["south africa", "south african", "pretoria"],
    ),
    ("egypt", "Egyptian", &["egypt", "egyptian", "cairo"]),
    (
        "saudi-arabia",
        "Saudi",
        &["saudi arabia", "saudi", "riyadh"],
    ),
    (
        "uae",
        "Emirati",
        &["uae", "united arab emirates", "emirati", "abu dhabi"],
    ),
    ("qatar", "Qatari", &["qatar", "qatari", "doha"]),
    ("syria", "Syrian", &["syria", "syrian", "damascus"]),
    ("lebanon", "Lebanese", &["lebanon", "lebanese", "beirut"]),
    ("canada", "Canadian", &["canada", "canadian", "ottawa"]),
    ("mexico", "Mexican", &["mexico", "mexican"]),
    (
        "brazil",
        "Brazilian",
        &["brazil", "brazilian", "brasilia", "brasília"],
    ),
    (
        "argentina",
        "Argentine",
        &["argentina", "argentine", "argentinian", "buenos aires"],
    ),
    ("peru", "Peruvian", &["peru", "peruvian", "lima"]),
    (
        "ecuador",
        "Ecuadorian",
        &["ecuador", "ecuadorian", "ecuadorean", "quito"],
    ),
    (
        "colombia",
        "Colombian",
        &["colombia", "colombian", "bogota", "bogotá"],
    ),
    ("chile", "Chilean", &["chile", "chilean", "santiago"]),
    (
        "venezuela",
        "Venezuelan",
        &["venezuela", "venezuelan", "caracas"],
    ),
    (
        "australia",
        "Australian",
        &["australia", "australian", "canberra"],
    ),
    ("new-zealand", "New Zealand", &["new zealand", "wellington"]),
    (
        "south-korea",
        "South Korean",
        &["south korea", "south korean", "seoul"],
    ),
    (
        "north-korea",
        "North Korean",
        &["north korea", "north korean", "pyongyang"],
    ),
    (
        "indonesia",
        "Indonesian",
        &["indonesia", "indonesian", "jakarta"],
    ),
    (
        "philippines",
        "Philippine",
        &["philippines", "philippine", "filipino", "manila"],
    ),
    ("vietnam", "Vietnamese", &["vietnam", "vietnamese", "hanoi"]),
    ("thailand", "Thai", &["thailand", "thai", "bangkok"]),
    ("poland", "Polish", &["poland", "polish", "warsaw"]),
    (
        "netherlands",
        "Dutch",
        &["netherlands", "dutch", "the hague", "amsterdam"],
    ),
    ("belgium", "Belgian", &["belgium", "belgian", "brussels"]),
    ("sweden", "Swedish", &["sweden", "swedish", "stockholm"]),
    ("norway", "Norwegian", &["norway", "norwegian", "oslo"]),
    ("switzerland", "Swiss", &["switzerland", "swiss", "bern"]),
    ("austria", "Austrian", &["austria", "austrian", "vienna"]),
    ("greece", "Greek", &["greece", "greek", "athens"]),
    (
        "portugal",
        "Portuguese",
        &["portugal", "portuguese", "lisbon"],
    ),
    ("ireland", "Irish", &["ireland", "irish", "dublin"]),
    ("uzbekistan", "Uzbek", &["uzbekistan", "uzbek", "tashkent"]),
    ("kazakhstan", "Kazakh", &["kazakhstan", "kazakh", "astana"]),
    (
        "ethiopia",
        "Ethiopian",
        &["ethiopia", "ethiopian", "addis ababa"],
    ),
    (
        "tanzania",
        "Tanzanian",
        &["tanzania", "tanzanian", "dodoma"],
    ),
    ("uganda", "Ugandan", &["uganda", "ugandan", "kampala"]),
    ("morocco", "Moroccan", &["morocco", "moroccan", "rabat"]),
    ("algeria", "Algerian", &["algeria", "algerian", "algiers"]),
    (
        "european-union",
        "EU",
        &["eu", "european union", "european"],
    ),
    ("united-nations", "UN", &["un", "u.n.", "united nations"]),
    ("nato", "NATO", &["nato"]),
];

/// The country a lower-case form names.
fn country(form: &str) -> Option<(&'static str, &'static str)> {
    static BY_FORM: LazyLock<FxHashMap<&'static str, (&'static str, &'static str)>> =
        LazyLock::new(|| {
            let mut map = FxHashMap::default();
            for &(key, adj, forms) in COUNTRIES {
                for &f in forms {
                    // The first country listing a form keeps it, as the list is read in order.
                    map.entry(f).or_insert((key, adj));
                }
            }
            map
        });
    BY_FORM.get(form).copied()
}

/// How many people hold a role at a time.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Class {
    /// One holder: "the foreign minister", "the chief executive".
    Unique,
    /// One holder, but only when an organisation is named: "Lavrenne spokeswoman".
    NeedsQual,
    /// Many holders: "lawmaker", "analyst" (only with an organisation, one fact per person).
    Plural,
}

/// Heads of roles: words (lower case), canonical head, class. Longest first per start.
const HEADS: &[(&[&str], &str, Class)] = &[
    (&["prime", "minister"], "prime minister", Class::Unique),
    (&["premier"], "prime minister", Class::Unique),
    (&["foreign", "secretary"], "foreign minister", Class::Unique),
    (
        &["secretary", "of", "state"],
        "secretary of state",
        Class::Unique,
    ),
    (&["president"], "president", Class::Unique),
    (&["vice", "president"], "vice president", Class::Unique),
    (&["vice-president"], "vice president", Class::Unique),
    (&["chancellor"], "chancellor", Class::Unique),
    (&["king"], "king", Class::Unique),
    (&["queen"], "queen", Class::Unique),
    (&["emir"], "emir", Class::Unique),
    (&["supreme", "leader"], "supreme leader", Class::Unique),
    (&["crown", "prince"], "crown prince", Class::Unique),
    (&["ambassador"], "ambassador", Class::Unique),
    (&["secretary-general"], "secretary-general", Class::Unique),
    (
        &["secretary", "general"],
        "secretary-general",
        Class::Unique,
    ),
    (
        &["chief", "executive", "officer"],
        "chief executive",
        Class::Unique,
    ),
    (&["chief", "executive"], "chief executive", Class::Unique),
    (&["chief-executive"], "chief executive", Class::Unique),
    (&["ceo"], "chief executive", Class::Unique),
    (
        &["chief", "financial", "officer"],
        "chief financial officer",
        Class::Unique,
    ),
    (&["cfo"], "chief financial officer", Class::Unique),
    (
        &["chief", "operating", "officer"],
        "chief operating officer",
        Class::Unique,
    ),
    (&["coo"], "chief operating officer", Class::Unique),
    (&["chairman"], "chair", Class::Unique),
    (&["chairwoman"], "chair", Class::Unique),
    (&["chairperson"], "chair", Class::Unique),
    (&["chair"], "chair", Class::Unique),
    (&["governor"], "governor", Class::Unique),
    (&["mayor"], "mayor", Class::Unique),
    (&["attorney", "general"], "attorney general", Class::Unique),
    (&["attorney-general"], "attorney general", Class::Unique),
    (&["chief", "justice"], "chief justice", Class::Unique),
    (
        &["national", "security", "adviser"],
        "national security adviser",
        Class::Unique,
    ),
    (
        &["national", "security", "advisor"],
        "national security adviser",
        Class::Unique,
    ),
    (&["envoy"], "envoy", Class::NeedsQual),
    (&["special", "envoy"], "special envoy", Class::NeedsQual),
    (&["spokesman"], "spokesperson", Class::NeedsQual),
    (&["spokeswoman"], "spokesperson", Class::NeedsQual),
    (&["spokesperson"], "spokesperson", Class::NeedsQual),
    (&["press", "secretary"], "press secretary", Class::NeedsQual),
    (
        &["chief", "negotiator"],
        "chief negotiator",
        Class::NeedsQual,
    ),
    (&["head"], "head", Class::NeedsQual),
    (&["director-general"], "director-general", Class::NeedsQual),
    (
        &["director", "general"],
        "director-general",
        Class::NeedsQual,
    ),
    (&["director"], "director", Class::NeedsQual),
    (&["leader"], "leader", Class::NeedsQual),
    (&["speaker"], "speaker", Class::NeedsQual),
    (&["commissioner"], "commissioner", Class::NeedsQual),
    (&["founder"], "founder", Class::Plural),
    (&["lawmaker"], "lawmaker", Class::Plural),
    (&["parliamentarian"], "parliamentarian", Class::Plural),
    (&["mp"], "mp", Class::Plural),
    (&["senator"], "senator", Class::Plural),
    (&["politician"], "politician", Class::Plural),
    (&["adviser"], "adviser", Class::Plural),
    (&["advisor"], "adviser", Class::Plural),
    (&["official"], "official", Class::Plural),
    (&["analyst"], "analyst", Class::Plural),
    (&["economist"], "economist", Class::Plural),
    (&["diplomat"], "diplomat", Class::Plural),
    (&["negotiator"], "negotiator", Class::Plural),
    (&["minister"], "minister", Class::Plural),
];

/// Words before a head that make a role held by many ("former", "deputy").
#[rustfmt::skip]
static NOT_UNIQUE: WordSet = WordSet::new(&[
    "former", "ex", "late", "outgoing", "incoming", "then", "deputy", "assistant", "junior",
    "senior", "vice", "associate", "another", "previous", "past",
]);

/// The normalized modifier of a [`NOT_UNIQUE`] word.
fn modifier(word: &str) -> &'static str {
    match word {
        "former" | "ex" | "late" | "outgoing" | "then" | "previous" | "past" => "former",
        "incoming" => "incoming",
        "deputy" | "assistant" | "junior" | "vice" | "associate" => "deputy",
        "senior" => "senior",
        _ => "",
    }
}

/// Words before a head that do not change the role.
#[rustfmt::skip]
static SKIPPED: WordSet = WordSet::new(&[
    "newly", "appointed", "new", "current", "designate", "top", "longtime", "long-time",
    "veteran", "recently", "elected", "newly-appointed", "newly-elected", "sitting",
]);

static DETERMINERS: WordSet = WordSet::new(&[
    "the", "a", "an", "another", "its", "his", "her", "their", "our",
]);

fn lower_is(t: &Tok, set: &WordSet) -> bool {
    set.contains_lower(t.bare())
}

/// A capitalized word that may be part of a person's name.
pub(crate) fn is_name_tok(t: &Tok) -> bool {
    if !t.is_word() || !t.is_cap() {
        return false;
    }
    let l = t.bare().trim_end_matches('.');
    !(STOP.contains_lower(l)
        || TITLE_WORDS.contains_lower(l)
        || ORG.contains_lower(l)
        || t.text.chars().any(|c| c.is_ascii_digit()))
}

/// The run of name words starting at `i` (particles allowed inside), at most five.
pub(crate) fn name_run(toks: &[Tok], i: usize) -> Option<usize> {
    let mut j = i;
    while j < toks.len() && j - i < 6 {
        let t = &toks[j];
        if is_name_tok(t) {
            j += 1;
            if t.possessive() {
                break;
            }
        } else if j > i
            && lower_is(t, &PARTICLES)
            && !t.is_cap()
            && toks.get(j + 1).is_some_and(is_name_tok)
        {
            j += 1;
        } else {
            break;
        }
    }
    (j > i && j - i <= 5).then_some(j)
}

/// The run of name words ending at `j` (exclusive), going back.
fn name_run_back(toks: &[Tok], j: usize) -> Option<usize> {
    let mut i = j;
    while i > 0 && j - i < 6 {
        let t = &toks[i - 1];
        let name = is_name_tok(t) && (i == j || !t.possessive());
        let particle =
            i < j && lower_is(t, &PARTICLES) && !t.is_cap() && i >= 2 && is_name_tok(&toks[i - 2]);
        if !(name || particle) {
            break;
        }
        i -= 1;
    }
    (i < j && j - i <= 5 && !lower_is(&toks[i], &PARTICLES)).then_some(i)
}

/// The name of tokens `i..j` as written, possessive off; empty when it is no person's.
pub(crate) fn name_text(text: &str, toks: &[Tok], i: usize, j: usize) -> String {
    if i >= j {
        return String::new();
    }
    let last = &toks[j - 1];
    let end = last.start + last.bare().len();
    let name = norm::fold_space(&text[toks[i].start..end]);
    if !plausible_name(&name) {
        return String::new();
    }
    name
}

/// Not an organisation, a place or a common word.
pub(crate) fn plausible_name(name: &str) -> bool {
    if name.is_empty() || name.len() > 60 {
        return false;
    }
    let low = name.to_lowercase();
    if country(&low).is_some() {
        return false;
    }
    !low.split(|c: char| c.is_whitespace() || c == '-')
        .any(|w| ORG.contains(w) || STOP.contains(w) || country(w).is_some_and(|_| low == w))
}

// ---------------------------------------------------------------------------------------
// Roles

/// A qualifier: a country or an organisation.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
struct Qual {
    key: String,
    label: String,
    country: bool,
}

/// A role phrase found around a head.
#[derive(Debug, Clone)]
struct Role {
    head: String,
    class: Class,
    qual: Option<Qual>,
    dest: Option<Qual>,
    not_unique: bool,
    /// "former", "deputy": part of the role's name.
    mods: Vec<&'static str>,
    indefinite: bool,
    /// Determined by a possessive, `the` or an organisation: "Russia's ambassador".
    determined: bool,
    /// Token span of the role phrase.
    start: usize,
    end: usize,
    /// The phrase ends in a capitalized run (an organisation): no name may follow directly.
    closed: bool,
}

/// A head of a role starting at token `i`: (end, canonical head, class).
fn head_at(toks: &[Tok], i: usize) -> Option<(usize, String, Class)> {
    // Nearly every word starts no role: one lookup settles it.
    static FIRST: std::sync::LazyLock<rustc_hash::FxHashSet<&'static str>> =
        std::sync::LazyLock::new(|| {
            let heads = HEADS.iter().map(|(words, _, _)| words[0]);
            let portfolios = PORTFOLIO.iter().map(|(w, _)| *w);
            heads.chain(portfolios).chain(["minister"]).collect()
        });
    let may_start = with_lower(toks.get(i)?.bare(), |w| {
        let w = ["ex-", "then-", "former-"]
            .iter()
            .find_map(|p| w.strip_prefix(p))
            .unwrap_or(w);
        FIRST.contains(w)
    });
    if !may_start {
        return None;
    }
    let low = |k: usize| toks.get(k).map(|t| t.low());
    let first = low(i)?;
    let first = first
        .strip_prefix("ex-")
        .or_else(|| first.strip_prefix("then-"))
        .or_else(|| first.strip_prefix("former-"))
        .unwrap_or(&first)
        .to_string();
    // Portfolios: "trade minister", "defence secretary", "trade cabinet secretary".
    if let Some((_, p)) = PORTFOLIO.iter().find(|(w, _)| *w == first) {
        match low(i + 1).as_deref() {
            Some("minister") => {
                let head = if *p == "foreign" {
                    "foreign minister".to_string()
                } else {
                    format!("{p} minister")
                };
                return Some((i + 2, head, Class::Unique));
            }
            Some("secretary") if *p != "foreign" => {
                return Some((i + 2, format!("{p} secretary"), Class::Unique));
            }
            Some("cabinet") if low(i + 2).as_deref() == Some("secretary") => {
                return Some((i + 3, format!("{p} minister"), Class::Unique));
            }
            _ => {}
        }
    }
    // "Minister of Foreign Affairs", "minister for trade".
    if first == "minister" && matches!(low(i + 1).as_deref(), Some("of" | "for")) {
        let mut k = i + 2;
        if low(k).as_deref() == Some("the") {
            k += 1;
        }
        if let Some(w) = low(k)
            && let Some((_, p)) = PORTFOLIO.iter().find(|(x, _)| *x == w)
        {
            let mut end = k + 1;
            if low(end).as_deref() == Some("affairs") {
                end += 1;
            }
            return Some((end, format!("{p} minister"), Class::Unique));
        }
    }
    let mut best: Option<(usize, String, Class)> = None;
    for (words, canon, class) in HEADS {
        let fits = words.iter().enumerate().all(|(k, w)| {
            if k == 0 {
                first == *w
            } else {
                low(i + k).as_deref() == Some(*w)
            }
        });
        if fits && best.as_ref().is_none_or(|b| i + words.len() > b.0) {
            best = Some((i + words.len(), canon.to_string(), *class));
        }
    }
    best
}

/// A qualifier made of tokens `i..j`: a country when the words name one, else an
/// organisation.
fn qual_of(text: &str, toks: &[Tok], i: usize, j: usize) -> Option<Qual> {
    if i >= j {
        return None;
    }
    let last = &toks[j - 1];
    let written = norm::fold_space(&text[toks[i].start..last.start + last.bare().len()]);
    let low = written.to_lowercase();
    let low = low.strip_prefix("the ").unwrap_or(&low);
    if let Some((key, adj)) = country(low) {
        return Some(Qual {
            key: key.into(),
            label: adj.into(),
            country: true,
        });
    }
    let written = written
        .strip_prefix("the ")
        .or_else(|| written.strip_prefix("The "))
        .unwrap_or(&written)
        .to_string();
    let key = norm::slug(&written);
    (!key.is_empty()).then_some(Qual {
        key,
        label: written,
        country: false,
    })
}

/// Where a qualifier run ending at `j` starts: a country (one to three words) or a run of
/// capitalized words (an organisation), at most three.
fn qual_run_back(toks: &[Tok], j: usize) -> Option<usize> {
    for n in (1..=3).rev() {
        if j < n {
            continue;
        }
        let words: Vec<String> = toks[j - n..j].iter().map(|t| t.low()).collect();
        if toks[j - n..j].iter().all(Tok::is_word) && country(&words.join(" ")).is_some() {
            return Some(j - n);
        }
    }
    let mut i = j;
    while i > 0 && j - i < 3 {
        let t = &toks[i - 1];
        let l = t.low();
        if t.is_word()
            && t.is_cap()
            && !STOP.contains(l.as_str())
            && !TITLE_WORDS.contains(l.as_str())
            && (i == j || !t.possessive())
        {
            i -= 1;
        } else {
            break;
        }
    }
    (i < j).then_some(i)
}

/// A country run starting at `i`: its end.
fn country_run(toks: &[Tok], i: usize) -> Option<usize> {
    for n in (1..=3).rev() {
        if i + n > toks.len() {
            continue;
        }
        let words: Vec<String> = toks[i..i + n].iter().map(|t| t.low()).collect();
        if toks[i..i + n].iter().all(Tok::is_word) && country(&words.join(" ")).is_some() {
            return Some(i + n);
        }
    }
    None
}

/// The role phrase around the head at tokens `hs..he`.
fn role_around(text: &str, toks: &[Tok], hs: usize, he: usize, head: String, class: Class) -> Role {
    let mut role = Role {
        head,
        class,
        qual: None,
        dest: None,
        not_unique: false,
        mods: Vec::new(),
        indefinite: false,
        determined: false,
        start: hs,
        end: he,
        closed: false,
    };
    let first = toks[hs].low();
    if first.starts_with("ex-") || first.starts_with("then-") || first.starts_with("former-") {
        role.not_unique = true;
        role.mods.push("former");
    }
    let mut body: Vec<String> = Vec::new();
    let mut prefix: Vec<&str> = Vec::new();
    let mut j = hs;
    while j > 0 {
        let t = &toks[j - 1];
        let l = t.low();
        if role.head == "vice president" && l == "vice" {
            break;
        }
        if NOT_UNIQUE.contains(l.as_str()) {
            role.not_unique = true;
            let m = modifier(&l);
            if !m.is_empty() && !role.mods.contains(&m) {
                role.mods.insert(0, m);
            }
            j -= 1;
            continue;
        }
        if l == "acting" || l == "interim" {
            prefix.push(if l == "acting" { "acting" } else { "interim" });
            j -= 1;
            continue;
        }
        if SKIPPED.contains(l.as_str()) {
            j -= 1;
            continue;
        }
        if role.qual.is_none()
            && body.is_empty()
            && matches!(role.class, Class::NeedsQual)
            && BODY.contains(l.as_str())
            && !t.possessive()
        {
            body.push(l);
            j -= 1;
            if j > 0
                && let Some((_, p)) = PORTFOLIO.iter().find(|(w, _)| *w == toks[j - 1].low())
            {
                body.insert(0, (*p).to_string());
                j -= 1;
            }
            continue;
        }
        if role.qual.is_none() && t.is_word() {
            if t.possessive() {
                if t.is_cap() {
                    let i = qual_run_back(toks, j).unwrap_or(j - 1);
                    role.qual = qual_of(text, toks, i, j);
                    role.determined = true;
                    j = i;
                } else {
                    // "the council's": an anaphoric qualifier says nothing about which.
                    role.determined = true;
                    j -= 1;
                }
                continue;
            }
            if t.is_cap()
                && !STOP.contains(l.as_str())
                && !TITLE_WORDS.contains(l.as_str())
                && let Some(i) = qual_run_back(toks, j)
            {
                role.qual = qual_of(text, toks, i, j);
                role.determined = true;
                j = i;
                continue;
            }
            // "U.S." keeps its stop, "US" is a word: both are countries.
            if let Some((key, adj)) = country(&l) {
                role.qual = Some(Qual {
                    key: key.into(),
                    label: adj.into(),
                    country: true,
                });
                role.determined = true;
                j -= 1;
                continue;
            }
        }
        if DETERMINERS.contains(l.as_str()) {
            role.determined = true;
            role.indefinite = matches!(l.as_str(), "a" | "an" | "another");
            if l == "another" {
                role.not_unique = true;
            }
            j -= 1;
        }
        break;
    }
    role.start = j;
    // After the head: "to Afghanistan", "for China's Foreign Ministry", "of the Council".
    let mut e = he;
    let after = toks.get(e).map(|t| t.low()).unwrap_or_default();
    if matches!(after.as_str(), "to" | "for" | "of" | "at") {
        let mut k = e + 1;
        if toks.get(k).is_some_and(|t| t.is("the")) {
            k += 1;
        }
        let dest_head = matches!(role.head.as_str(), "ambassador" | "envoy" | "special envoy");
        if after == "to" && dest_head {
            if let Some(ce) = country_run(toks, k) {
                role.dest = qual_of(text, toks, k, ce);
                e = ce;
            } else if let Some(ne) = cap_run(toks, k) {
                role.dest = qual_of(text, toks, k, ne);
                e = ne;
                role.closed = true;
            }
        } else if after != "to" && role.qual.is_none() {
            // A possessive first: "for China's Foreign Ministry".
            if toks.get(k).is_some_and(|t| t.is_cap() && t.possessive()) {
                role.qual = qual_of(text, toks, k, k + 1);
                k += 1;
            } else if let Some(pe) = cap_run(toks, k)
                && let Some(p) = (k..pe).find(|&x| toks[x].possessive())
            {
                role.qual = qual_of(text, toks, k, p + 1);
                k = p + 1;
            }
            if let Some(ce) = cap_run(toks, k) {
                if role.qual.is_some() {
                    // The body after the possessive: "Foreign Ministry".
                    let words: Vec<String> = toks[k..ce].iter().map(|t| t.low()).collect();
                    if words.last().is_some_and(|w| BODY.contains(w.as_str())) {
                        body = words;
                        e = ce;
                        role.closed = true;
                    }
                } else if let Some(cr) = country_run(toks, k) {
                    role.qual = qual_of(text, toks, k, cr);
                    role.determined = true;
                    e = cr;
                } else {
                    role.qual = qual_of(text, toks, k, ce);
                    role.determined = true;
                    e = ce;
                    role.closed = true;
                    // An acronym in brackets: "(INDECI)".
                    if toks.get(e).is_some_and(|t| t.is("("))
                        && toks.get(e + 2).is_some_and(|t| t.is(")"))
                    {
                        e += 3;
                    }
                }
            } else if role.qual.is_some() {
                e = k;
            }
        }
    }
    role.end = e;
    if !body.is_empty() {
        role.head = format!("{} {}", body.join(" "), role.head);
    }
    if !prefix.is_empty() {
        role.head = format!("{} {}", prefix.join(" "), role.head);
    }
    role
}

/// A run of capitalized words starting at `i` (at most five): its end.
fn cap_run(toks: &[Tok], i: usize) -> Option<usize> {
    let mut j = i;
    while j < toks.len() && j - i < 5 {
        let t = &toks[j];
        let word = t.is_word() && t.is_cap() && !STOP.contains_lower(t.bare());
        let joint = j > i
            && matches!(t.low().as_str(), "of" | "and" | "for")
            && toks.get(j + 1).is_some_and(Tok::is_cap);
        if !(word || joint) {
            break;
        }
        j += 1;
    }
    (j > i).then_some(j)
}

/// One role and name read in a sentence.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct Mention {
    /// The mention's source in the story (set when a story's mentions are laid together).
    #[serde(skip)]
    pub(crate) reading: usize,
    sentence: usize,
    /// The head of the role: `foreign minister`, `foreign ministry spokesperson`.
    head: String,
    /// `former`, `deputy`.
    mods: String,
    qual: Option<Qual>,
    dest: Option<Qual>,
    /// Held by many: the fact is per role and person.
    plural: bool,
    name: String,
    stated: String,
    #[serde(skip, default = "crate::claim::no_text")]
    pub(crate) evidence: Text,
    /// Index of `evidence` in the article's evidence table (see `article::Extraction`).
    #[serde(rename = "ev")]
    pub(crate) evidence_ix: usize,
    start: usize,
    end: usize,
    line: usize,
}

fn is_boundary(t: Option<&Tok>) -> bool {
    match t {
        None => true,
        Some(t) => {
            matches!(
                t.text,
                "," | "." | ";" | ":" | ")" | "—" | "–" | "\"" | "”" | "?" | "!"
            ) || (t.is_word() && !t.is_cap())
        }
    }
}

/// Every role mention of a document.
fn mentions(ri: usize, reading: &Reading) -> Vec<Mention> {
    let mut out = Vec::new();
    for (si, s) in reading.sentences.iter().enumerate() {
        let text = &s.text;
        let toks = tokenize(text);
        let mut i = 0;
        while i < toks.len() {
            let Some((he, head, class)) = head_at(&toks, i) else {
                i += 1;
                continue;
            };
            let role = role_around(text, &toks, i, he, head, class);
            i = he.max(i + 1);
            let plural = role.not_unique || role.indefinite || role.class == Class::Plural;
            let Some((ns, ne)) = name_for(&toks, &role) else {
                // "Japan's chief negotiator told this newspaper": nobody named, kept to
                // join the role's fact if other sources name someone.
                if role.qual.is_some()
                    && role.determined
                    && !role.not_unique
                    && role.class != Class::Plural
                    && role.end > role.start
                {
                    let b_end = toks[role.end - 1].start + toks[role.end - 1].bare().len();
                    out.push(Mention {
                        reading: ri,
                        sentence: si,
                        head: role_key(&role),
                        mods: String::new(),
                        qual: role.qual.clone(),
                        dest: role.dest.clone(),
                        plural: false,
                        name: String::new(),
                        stated: norm::fold_space(&text[toks[role.start].start..b_end]),
                        evidence: reading.evidence(si),
                        evidence_ix: 0,
                        start: s.start + toks[role.start].start,
                        end: s.start + b_end,
                        line: reading.doc.line_of(s.start + toks[role.start].start),
                    });
                }
                continue;
            };
            {
                let name = name_text(text, &toks, ns, ne);
                if name.is_empty() {
                    continue;
                }
                let (a, b) = (ns.min(role.start), ne.max(role.end));
                let b_end = toks[b - 1].start + toks[b - 1].bare().len();
                let qualified = role.qual.is_some();
                if !qualified && role.class != Class::Unique {
                    continue;
                }
                out.push(Mention {
                    reading: ri,
                    sentence: si,
                    head: role_key(&role),
                    mods: role.mods.join(" "),
                    qual: role.qual.clone(),
                    dest: role.dest.clone(),
                    plural,
                    name,
                    stated: norm::fold_space(&text[toks[a].start..b_end]),
                    evidence: reading.evidence(si),
                    evidence_ix: 0,
                    start: s.start + toks[a].start,
                    end: s.start + b_end,
                    line: reading.doc.line_of(s.start + toks[a].start),
                });
                i = i.max(ne);
            }
        }
    }
    out
}

/// The role words of the key: `deputy foreign minister` (qualifier apart).
fn role_key(role: &Role) -> String {
    role.head.clone()
}

/// The name a role phrase gives: right after it, after a comma, or before it.
fn name_for(toks: &[Tok], role: &Role) -> Option<(usize, usize)> {
    let e = role.end;
    // Title before the name: "Foreign Minister Amir Khan Muttaqi".
    if !role.closed
        && let Some(ne) = name_run(toks, e)
        && !toks[e..ne]
            .iter()
            .any(|t| t.text.ends_with('.') && t.text.len() > 2)
    {
        return Some((e, ne));
    }
    // Title, comma, name: "Russia's ambassador to Afghanistan, Dmitry Zhirnov".
    if role.determined
        && !role.indefinite
        && toks.get(e).is_some_and(|t| t.is(","))
        && let Some(ne) = name_run(toks, e + 1)
        && is_boundary(toks.get(ne))
    {
        return Some((e + 1, ne));
    }
    // Name, appositive: "Mariam Solaimankhil, a former Afghan parliamentarian,".
    let closes = matches!(
        toks.get(e).map(|t| t.text),
        None | Some("," | "." | ";" | ":" | ")" | "who" | "whose")
    );
    if role.start >= 2
        && toks[role.start - 1].is(",")
        && role.determined
        && closes
        && let Some(ns) = name_run_back(toks, role.start - 1)
    {
        let ne = role.start - 1;
        let before = ns.checked_sub(1).map(|k| &toks[k]);
        let lone_ok = ne - ns >= 2
            || before.is_none_or(|b| !b.is_word() || matches!(b.text, "and" | "said" | "says"));
        if lone_ok {
            return Some((ns, ne));
        }
    }
    None
}

// ---------------------------------------------------------------------------------------
// Alignment

/// A fact: its id, label and member mentions.
#[derive(Debug, Clone)]
struct Group {
    id: String,
    label: String,
    members: Vec<usize>,
}

/// Two names can be one person's.
pub(crate) fn compatible(a: &str, b: &str) -> bool {
    value::compare(Kind::Person, (a, ""), (b, "")) != Relation::Disjoint
}

/// Mentions of a role whose names a new name must fit: a role that thousands of sources
/// name is judged by its first ones.
const FIT_WINDOW: usize = 64;

/// True when `name` fits the names of the first [`FIT_WINDOW`] members (each distinct
/// name compared once).
fn fits_all(ms: &[Mention], members: &[usize], name: &str) -> bool {
    let mut checked: Vec<&str> = Vec::new();
    members.iter().take(FIT_WINDOW).all(|&m| {
        let other = ms[m].name.as_str();
        if checked.contains(&other) {
            return true;
        }
        checked.push(other);
        compatible(other, name)
    })
}

/// A working cluster of unique-role mentions.
#[derive(Debug, Clone)]
struct Cluster {
    head: String,
    qual: Option<Qual>,
    dest: Option<Qual>,
    members: Vec<usize>,
}

fn align(ms: &[Mention]) -> Vec<Group> {
    let mut groups: Vec<Group> = Vec::new();
    // Roles held by many: one fact per role and person.
    let mut plural: Vec<(String, String, Vec<usize>)> = Vec::new();
    let mut by_label: Vec<(String, Vec<usize>)> = Vec::new();
    let mut label_at: HashMap<String, usize> = HashMap::new();
    for (i, m) in ms.iter().enumerate().filter(|(_, m)| m.plural) {
        let label = label_of(&m.mods, &m.head, m.qual.as_ref(), m.dest.as_ref());
        match label_at.get(&label) {
            Some(&l) => by_label[l].1.push(i),
            None => {
                label_at.insert(label.clone(), by_label.len());
                by_label.push((label, vec![i]));
            }
        }
    }
    for (label, members) in by_label {
        for p in by_person(ms, &members) {
            let lead = fullest(ms, &p);
            let surname = norm::slug(ms[lead].name.rsplit(' ').next().unwrap_or(""));
            let id = format!("role-{}-{surname}", norm::slug(&label));
            plural.push((id, label.clone(), p));
        }
    }

    // Unique roles, qualified: by head, qualifier, destination.
    let mut clusters: Vec<Cluster> = Vec::new();
    let unique: Vec<usize> = (0..ms.len())
        .filter(|&i| !ms[i].plural && !ms[i].name.is_empty())
        .collect();
    type RoleKey<'a> = (&'a str, Option<&'a Qual>, Option<&'a Qual>);
    let mut cluster_at: HashMap<RoleKey, usize> = HashMap::new();
    for &i in unique.iter().filter(|&&i| ms[i].qual.is_some()) {
        let m = &ms[i];
        let key = (m.head.as_str(), m.qual.as_ref(), m.dest.as_ref());
        match cluster_at.get(&key) {
            Some(&c) => clusters[c].members.push(i),
            None => {
                cluster_at.insert(key, clusters.len());
                clusters.push(Cluster {
                    head: m.head.clone(),
                    qual: m.qual.clone(),
                    dest: m.dest.clone(),
                    members: vec![i],
                });
            }
        }
    }
    // Clusters by head and qualifier, in order.
    let mut by_role: HashMap<(String, Option<Qual>), Vec<usize>> = HashMap::new();
    for (t, c) in clusters.iter().enumerate() {
        by_role
            .entry((c.head.clone(), c.qual.clone()))
            .or_default()
            .push(t);
    }
    // No destination: the one destination of the role whose names fit.
    for ci in 0..clusters.len() {
        if clusters[ci].dest.is_some() {
            continue;
        }
        let members = std::mem::take(&mut clusters[ci].members);
        let mut keep = Vec::new();
        let same = &by_role[&(clusters[ci].head.clone(), clusters[ci].qual.clone())];
        for m in members {
            let targets: Vec<usize> = same
                .iter()
                .copied()
                .filter(|&t| {
                    let c = &clusters[t];
                    t != ci
                        && c.dest.is_some()
                        && c.head == clusters[ci].head
                        && c.qual == clusters[ci].qual
                        && fits_all(ms, &c.members, &ms[m].name)
                })
                .collect();
            match targets.as_slice() {
                [t] => clusters[*t].members.push(m),
                _ => keep.push(m),
            }
        }
        clusters[ci].members = keep;
    }
    clusters.retain(|c| !c.members.is_empty());
    let mut clusters = merge_qualifiers(ms, clusters);
    // Unnamed ("Japan's chief negotiator said"): the one cluster of that exact role, in
    // a source that names nobody for it.
    let mut of_head: HashMap<String, Vec<usize>> = HashMap::new();
    for (t, c) in clusters.iter().enumerate() {
        of_head.entry(c.head.clone()).or_default().push(t);
    }
    // Per cluster: the qualifiers its members give, and the sources that name someone.
    let mut quals: Vec<HashSet<Option<&Qual>>> = clusters
        .iter()
        .map(|c| c.members.iter().map(|&x| ms[x].qual.as_ref()).collect())
        .collect();
    let naming: Vec<HashSet<usize>> = clusters
        .iter()
        .map(|c| {
            c.members
                .iter()
                .filter(|&&x| !ms[x].name.is_empty())
                .map(|&x| ms[x].reading)
                .collect()
        })
        .collect();
    let mut unnamed: Vec<(usize, usize)> = Vec::new();
    for i in (0..ms.len()).filter(|&i| ms[i].name.is_empty()) {
        let m = &ms[i];
        let targets: Vec<usize> = of_head
            .get(m.head.as_str())
            .map_or(&[][..], Vec::as_slice)
            .iter()
            .copied()
            .filter(|&t| {
                let c = &clusters[t];
                quals[t].contains(&m.qual.as_ref()) && (m.dest.is_none() || c.dest == m.dest)
            })
            .collect();
        if let [t] = targets.as_slice()
            && !naming[*t].contains(&m.reading)
        {
            quals[*t].insert(m.qual.as_ref());
            unnamed.push((*t, i));
        }
    }
    drop(quals);
    for (t, i) in unnamed {
        clusters[t].members.push(i);
    }
    // Unqualified: the one qualified cluster of the head whose names fit.
    let mut loose: Vec<Cluster> = Vec::new();
    let mut loose_at: HashMap<(&str, Option<&Qual>), usize> = HashMap::new();
    for &i in unique.iter().filter(|&&i| ms[i].qual.is_none()) {
        let m = &ms[i];
        let targets: Vec<usize> = of_head
            .get(m.head.as_str())
            .map_or(&[][..], Vec::as_slice)
            .iter()
            .copied()
            .filter(|&t| {
                let c = &clusters[t];
                (m.dest.is_none() || c.dest.is_none() || c.dest == m.dest)
                    && fits_all(ms, &c.members, &m.name)
            })
            .collect();
        if let [t] = targets.as_slice() {
            clusters[*t].members.push(i);
            continue;
        }
        match loose_at.get(&(m.head.as_str(), m.dest.as_ref())) {
            Some(&l) => loose[l].members.push(i),
            None => {
                loose_at.insert((m.head.as_str(), m.dest.as_ref()), loose.len());
                loose.push(Cluster {
                    head: m.head.clone(),
                    qual: None,
                    dest: m.dest.clone(),
                    members: vec![i],
                });
            }
        }
    }
    for c in clusters.iter_mut() {
        c.members.sort_unstable();
    }
    let mut out: Vec<(String, String, Vec<usize>)> = Vec::new();
    for (c, loose) in clusters
        .iter()
        .map(|c| (c, false))
        .chain(loose.iter().map(|c| (c, true)))
    {
        let label = label_of("", &c.head, c.qual.as_ref(), c.dest.as_ref());
        let id = format!("role-{}", norm::slug(&label));
        let parts = if loose || self_contradicts(ms, &c.members) {
            by_person(ms, &c.members)
        } else {
            vec![c.members.clone()]
        };
        if parts.len() == 1 {
            out.push((id, label, parts.into_iter().next().unwrap_or_default()));
        } else {
            for p in parts {
                let lead = fullest(ms, &p);
                let surname = norm::slug(ms[lead].name.rsplit(' ').next().unwrap_or(""));
                out.push((
                    format!("{id}-{surname}"),
                    format!("{label} ({})", ms[lead].name),
                    p,
                ));
            }
        }
    }
    out.extend(plural);
    let mut ids: HashSet<String> = HashSet::new();
    for (id, label, members) in out {
        let mut id = id;
        let mut n = 2;
        while ids.contains(&id) {
            id = format!("{id}-{n}");
            n += 1;
        }
        ids.insert(id.clone());
        groups.push(Group { id, label, members });
    }
    groups
}

/// One person under two qualifiers ("Taliban" and "Afghan" foreign minister): clusters
/// of one head merged, the first mergeable pair first, until none is left. Clusters of
/// different heads never merge, so each head is merged apart.
fn merge_qualifiers(ms: &[Mention], all: Vec<Cluster>) -> Vec<Cluster> {
    let mut heads: Vec<Vec<(usize, Cluster)>> = Vec::new();
    let mut head_at: HashMap<String, usize> = HashMap::new();
    for (pos, c) in all.into_iter().enumerate() {
        let h = *head_at.entry(c.head.clone()).or_insert_with(|| {
            heads.push(Vec::new());
            heads.len() - 1
        });
        heads[h].push((pos, c));
    }
    let mut out: Vec<(usize, Cluster)> = Vec::new();
    for placed in heads {
        // Each cluster with a version that changes when it absorbs another, so a pair
        // found apart stays apart until one of them changes.
        let mut clusters: Vec<(usize, usize, Cluster)> = placed
            .into_iter()
            .enumerate()
            .map(|(v, (pos, c))| (pos, v, c))
            .collect();
        let mut next_version = clusters.len();
        let mut apart: HashSet<(usize, usize)> = HashSet::new();
        loop {
            let mut found = None;
            'pairs: for a in 0..clusters.len() {
                for b in a + 1..clusters.len() {
                    let ((_, va, x), (_, vb, y)) = (&clusters[a], &clusters[b]);
                    if apart.contains(&(*va, *vb)) {
                        continue;
                    }
                    if mergeable(ms, x, y) {
                        found = Some((a, b));
                        break 'pairs;
                    }
                    apart.insert((*va, *vb));
                }
            }
            let Some((a, b)) = found else {
                break;
            };
            let (_, _, y) = clusters.remove(b);
            let (_, v, x) = &mut clusters[a];
            *v = next_version;
            next_version += 1;
            // A country names the role better than an organisation; else the larger.
            let prefer_y = match (&x.qual, &y.qual) {
                (Some(q), Some(r)) => {
                    (r.country && !q.country)
                        || (r.country == q.country && y.members.len() > x.members.len())
                }
                _ => false,
            };
            if prefer_y {
                x.qual = y.qual;
            }
            if x.dest.is_none() {
                x.dest = y.dest;
            }
            x.members.extend(y.members);
            x.members.sort_unstable();
        }
        out.extend(clusters.into_iter().map(|(pos, _, c)| (pos, c)));
    }
    out.sort_by_key(|(pos, _)| *pos);
    out.into_iter().map(|(_, c)| c).collect()
}

/// Two clusters of one head under different qualifiers are one person's: a full name in
/// common, and every name of one fits the other's (their first mentions speak).
fn mergeable(ms: &[Mention], x: &Cluster, y: &Cluster) -> bool {
    if x.head != y.head
        || x.qual == y.qual
        || (x.dest.is_some() && y.dest.is_some() && x.dest != y.dest)
    {
        return false;
    }
    let distinct = |c: &Cluster| -> Vec<&str> {
        let mut v: Vec<&str> = Vec::new();
        for &m in c.members.iter().take(FIT_WINDOW) {
            if !v.contains(&ms[m].name.as_str()) {
                v.push(ms[m].name.as_str());
            }
        }
        v
    };
    let (xs, ys) = (distinct(x), distinct(y));
    let shares = xs
        .iter()
        .any(|p| p.contains(' ') && ys.iter().any(|q| q.contains(' ') && compatible(p, q)));
    shares && xs.iter().all(|p| ys.iter().all(|q| compatible(q, p)))
}

/// The member with the fullest name (the first of those).
fn fullest(ms: &[Mention], members: &[usize]) -> usize {
    members
        .iter()
        .copied()
        .max_by_key(|&m| (ms[m].name.split_whitespace().count(), std::cmp::Reverse(m)))
        .unwrap_or(members[0])
}

/// True when one source names two different people for the role.
fn self_contradicts(ms: &[Mention], members: &[usize]) -> bool {
    // Each source's distinct names, compared among themselves.
    let mut names: HashMap<usize, Vec<&str>> = HashMap::new();
    for &m in members {
        let v = names.entry(ms[m].reading).or_default();
        if !v.contains(&ms[m].name.as_str()) {
            v.push(ms[m].name.as_str());
        }
    }
    names.values().any(|v| {
        v.iter()
            .enumerate()
            .any(|(k, a)| v[k + 1..].iter().any(|b| !compatible(a, b)))
    })
}

/// Members split into groups of compatible names (fullest names first).
fn by_person(ms: &[Mention], members: &[usize]) -> Vec<Vec<usize>> {
    let mut order = members.to_vec();
    order.sort_by_key(|&m| (std::cmp::Reverse(ms[m].name.split_whitespace().count()), m));
    let mut parts: Vec<Vec<usize>> = Vec::new();
    for m in order {
        match parts.iter_mut().find(|p| fits_all(ms, p, &ms[m].name)) {
            Some(p) => p.push(m),
            None => parts.push(vec![m]),
        }
    }
    for p in parts.iter_mut() {
        p.sort_unstable();
    }
    parts.sort_by_key(|p| p[0]);
    parts
}

/// A readable label: "Afghan foreign minister", "Russian ambassador to Afghanistan".
fn label_of(mods: &str, head: &str, qual: Option<&Qual>, dest: Option<&Qual>) -> String {
    let mut label = String::new();
    if !mods.is_empty() {
        label.push_str(mods);
        label.push(' ');
    }
    if let Some(q) = qual {
        label.push_str(&q.label);
        label.push(' ');
    }
    label.push_str(head);
    if let Some(d) = dest {
        label.push_str(" to ");
        label.push_str(&country_name(d));
    }
    label
}

fn country_name(q: &Qual) -> String {
    if q.country {
        COUNTRIES
            .iter()
            .find(|(k, _, _)| *k == q.key)
            .map(|(_, _, forms)| {
                let f = forms[0];
                if f.len() <= 3 {
                    f.to_uppercase()
                } else {
                    f.split(' ')
                        .map(|w| {
                            let mut c = w.chars();
                            c.next()
                                .map(|f| f.to_uppercase().chain(c).collect::<String>())
                                .unwrap_or_default()
                        })
                        .collect::<Vec<_>>()
                        .join(" ")
                }
            })
            .unwrap_or_else(|| q.label.clone())
    } else {
        q.label.clone()
    }
}

// ---------------------------------------------------------------------------------------
// Names in a document, for quotes

/// The full names (two words or more) a document gives, with the byte offset of each.
pub(crate) fn full_names(reading: &Reading) -> Vec<(usize, String)> {
    let mut out = Vec::new();
    for s in &reading.sentences {
        let toks = tokenize(&s.text);
        let mut i = 0;
        while i < toks.len() {
            if !is_name_tok(&toks[i]) {
                i += 1;
                continue;
            }
            match name_run(&toks, i) {
                Some(j) => {
                    if j - i >= 2 {
                        let name = name_text(&s.text, &toks, i, j);
                        if !name.is_empty() {
                            out.push((s.start + toks[i].start, name));
                        }
                    }
                    i = j;
                }
                None => i += 1,
            }
        }
    }
    out
}

/// A surname (or other part of a name) resolved to the one full name of the document
/// that contains it, preferring names given before `at`.
pub(crate) fn resolve(names: &[(usize, String)], short: &str, at: usize) -> Option<String> {
    let key = short.to_lowercase();
    let fits = |n: &str| {
        let words: Vec<String> = n.split([' ', '-']).map(str::to_lowercase).collect();
        words.len() >= 2 && words[1..].contains(&key) || {
            // A compound surname: "Velasco Toral".
            n.to_lowercase().ends_with(&format!(" {key}"))
                && n.split(' ').count() > key.split(' ').count()
        }
    };
    let pick = |before: bool| {
        let mut found: Vec<&String> = Vec::new();
        for (pos, n) in names {
            if (!before || *pos < at) && fits(n) && !found.iter().any(|f| compatible(f, n)) {
                found.push(n);
            }
        }
        match found.as_slice() {
            [one] => Some((*one).clone()),
            _ => None,
        }
    };
    let before_any = names.iter().any(|(p, n)| *p < at && fits(n));
    if before_any { pick(true) } else { pick(false) }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::corpus::{Document, Published, PublishedHow};
    use crate::extract::{self, Options};

    fn doc(id: &str, text: &str) -> Document {
        let d = chrono::NaiveDate::from_ymd_opt(2025, 7, 4).unwrap();
        Document::from_text(id, text, Published::known(d, PublishedHow::Header))
    }

    fn roles(text: &str) -> Vec<(String, String)> {
        let d = doc("a", text);
        let r = extract::read(&d, &Options::default());
        claims(&[r])
            .into_iter()
            .map(|c| (c.fact, c.value))
            .collect()
    }

    #[test]
    fn title_before_name() {
        assert_eq!(
            roles("Afghan Foreign Minister Amir Khan Muttaqi welcomed the move."),
            [(
                "role-afghan-foreign-minister".into(),
                "Amir Khan Muttaqi".into()
            )]
        );
        assert_eq!(
            roles("The deal was approved by Corvane CEO Dana Whitfield on Monday."),
            [(
                "role-corvane-chief-executive".into(),
                "Dana Whitfield".into()
            )]
        );
    }

    #[test]
    fn appositives_both_ways() {
        assert_eq!(
            roles("Russia's ambassador to Afghanistan, Dmitry Zhirnov, said so."),
            [(
                "role-russian-ambassador-to-afghanistan".into(),
                "Dmitry Zhirnov".into()
            )]
        );
        assert_eq!(
            roles("He met Dmitry Zhirnov, Russia's ambassador to Afghanistan, in Kabul."),
            [(
                "role-russian-ambassador-to-afghanistan".into(),
                "Dmitry Zhirnov".into()
            )]
        );
        assert_eq!(
            roles("Mao Ning, a spokeswoman for China's Foreign Ministry, said it."),
            [(
                "role-chinese-foreign-ministry-spokesperson-ning".into(),
                "Mao Ning".into()
            )]
        );
    }

    #[test]
    fn generic_roles_are_skipped() {
        assert!(roles("A spokesman, John Smith, declined to comment.").is_empty());
        assert!(roles("In Kabul, the foreign minister said nothing.").is_empty());
        assert!(roles("As prime minister, Johnson oversaw the talks.").is_empty());
        assert!(roles("Analyst Jane Roe said shares could fall.").is_empty());
    }

    #[test]
    fn tokens_keep_abbreviations() {
        let t: Vec<&str> = tokenize("Dr. Spanta met U.S. envoys, Russia’s too.")
            .iter()
            .map(|t| t.text)
            .collect();
        assert_eq!(
            t,
            [
                "Dr.",
                "Spanta",
                "met",
                "U.S.",
                "envoys",
                ",",
                "Russia’s",
                "too",
                "."
            ]
        );
    }

    #[test]
    fn surnames_resolve_to_the_one_full_name() {
        let names = vec![
            (0, "Amir Khan Muttaqi".to_string()),
            (50, "Vladimir Putin".to_string()),
            (90, "Mariana Velasco Toral".to_string()),
        ];
        assert_eq!(
            resolve(&names, "Muttaqi", 100).as_deref(),
            Some("Amir Khan Muttaqi")
        );
        assert_eq!(
            resolve(&names, "Velasco", 100).as_deref(),
            Some("Mariana Velasco Toral")
        );
        assert_eq!(
            resolve(&names, "Khan", 100).as_deref(),
            Some("Amir Khan Muttaqi")
        );
        assert_eq!(resolve(&names, "Lavrov", 100), None);
    }
}
