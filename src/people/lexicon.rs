//! The lexicons of people and roles: words that are not names, honorifics, ministerial
//! portfolios, countries and their demonyms, and the heads of roles with how many people
//! hold each. Data apart from the code that reads it, so a new country or title is one
//! line here.

use std::sync::LazyLock;

use rustc_hash::FxHashMap;

use crate::wordset::WordSet;

/// Capitalized words that are not names.
#[rustfmt::skip]
pub(super) static STOP: WordSet = WordSet::new(&[
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
pub(super) static ORG: WordSet = WordSet::new(&[
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
pub(super) static TITLE_WORDS: WordSet = WordSet::new(&[
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
pub(super) static PARTICLES: WordSet = WordSet::new(&[
    "bin", "bint", "ibn", "al", "el", "de", "da", "del", "della", "di", "du", "dos", "das", "van",
    "von", "der", "den", "le", "la", "y", "abu", "ben",
]);

/// Ministerial portfolios: `trade minister`, `minister of finance`.
pub(super) const PORTFOLIO: &[(&str, &str)] = &[
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
pub(super) static BODY: WordSet = WordSet::new(&[
    "ministry", "office", "department", "embassy", "government", "army", "military",
    "police", "party", "company", "council", "commission", "court", "presidency", "cabinet",
    "mission",
]);

/// Countries: canonical key, adjective (for labels), forms (lower case, possessive off).
pub(super) const COUNTRIES: &[(&str, &str, &[&str])] = &[
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
pub(super) fn country(form: &str) -> Option<(&'static str, &'static str)> {
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
pub(super) enum Class {
    /// One holder: "the foreign minister", "the chief executive".
    Unique,
    /// One holder, but only when an organisation is named: "Lavrenne spokeswoman".
    NeedsQual,
    /// Many holders: "lawmaker", "analyst" (only with an organisation, one fact per person).
    Plural,
}

/// Heads of roles: words (lower case), canonical head, class. Longest first per start.
pub(super) const HEADS: &[(&[&str], &str, Class)] = &[
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
pub(super) static NOT_UNIQUE: WordSet = WordSet::new(&[
    "former", "ex", "late", "outgoing", "incoming", "then", "deputy", "assistant", "junior",
    "senior", "vice", "associate", "another", "previous", "past",
]);

/// The normalized modifier of a [`NOT_UNIQUE`] word.
pub(super) fn modifier(word: &str) -> &'static str {
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
pub(super) static SKIPPED: WordSet = WordSet::new(&[
    "newly", "appointed", "new", "current", "designate", "top", "longtime", "long-time",
    "veteran", "recently", "elected", "newly-appointed", "newly-elected", "sitting",
]);

pub(super) static DETERMINERS: WordSet = WordSet::new(&[
    "the", "a", "an", "another", "its", "his", "her", "their", "our",
]);
