//! Word lists: currencies, scales, hedges, and the nouns and non-nouns that decide whether
//! a number counts something.
//!
//! Here: currencies, scales, number words, hedges and months; the words that decide
//! whether a number counts something are in `counted`.

mod counted;

pub use counted::{
    is_capitalized_function_word, is_irregular_plural, is_label_word, is_measure_word,
    is_people_role, is_singular_countable, is_stop_word,
};

/// Currency signs and codes written before the number, longest first within a family.
/// `word` marks an alphabetic prefix that needs a word boundary before it.
pub const PREFIXES: &[(&str, &str)] = &[
    ("US$", "USD"),
    ("U.S.$", "USD"),
    ("HK$", "HKD"),
    ("NZ$", "NZD"),
    ("NT$", "TWD"),
    ("MX$", "MXN"),
    ("CA$", "CAD"),
    ("AU$", "AUD"),
    ("C$", "CAD"),
    ("A$", "AUD"),
    ("RD$", "DOP"),
    ("TT$", "TTD"),
    ("EC$", "XCD"),
    ("BZ$", "BZD"),
    ("FJ$", "FJD"),
    ("Bds$", "BBD"),
    ("CI$", "KYD"),
    ("J$", "JMD"),
    ("N$", "NAD"),
    ("L$", "LRD"),
    ("G$", "GYD"),
    ("Z$", "ZWL"),
    ("R$", "BRL"),
    ("S$", "SGD"),
    // Last of the dollars: a sign with letters glued before it that no entry above
    // names ("XY$5m") is left without a currency rather than read as US dollars.
    ("$", "USD"),
    ("£", "GBP"),
    ("€", "EUR"),
    ("¥", "JPY"),
    ("₹", "INR"),
    ("₦", "NGN"),
    ("₽", "RUB"),
    ("₩", "KRW"),
    ("₺", "TRY"),
    ("₱", "PHP"),
    ("₴", "UAH"),
    ("₪", "ILS"),
    ("Rs.", "INR"),
    ("Rs", "INR"),
    ("KSh", "KES"),
    ("RMB", "CNY"),
];

/// ISO 4217 codes recognized before or after a number.
pub const CODES: &[&str] = &[
    "USD", "EUR", "GBP", "JPY", "CNY", "CHF", "INR", "AUD", "CAD", "HKD", "SGD", "NZD", "BRL",
    "ZAR", "RUB", "NGN", "KES", "TRY", "MXN", "KRW", "IDR", "SEK", "NOK", "DKK", "PLN", "AED",
    "SAR", "QAR", "PKR", "EGP", "ILS", "UAH", "THB", "MYR", "PHP", "VND", "TWD", "ARS", "CLP",
    "COP", "PEN", "GHS", "BDT", "LKR", "NPR", "AFN", "IRR", "IQD", "KWD", "CZK", "HUF", "RON",
    "DOP", "JMD", "TTD", "XCD", "BZD", "BBD", "KYD", "NAD", "LRD", "GYD", "FJD", "ZWL", "BSD",
    "UYU", "BOB", "PYG", "GTQ", "HNL", "NIO", "CRC", "TZS", "UGX", "ETB", "ZMW", "MAD", "TND",
    "DZD", "JOD", "LBP", "OMR", "BHD", "MMK", "KHR", "KZT", "UZS", "GEL", "AMD", "AZN", "RSD",
    "BGN", "ISK", "XOF", "XAF",
];

/// Currency words written after the number (lowercase), longest first where one is a
/// prefix of another. Ambiguous words keep the word as their unit.
pub const CURRENCY_WORDS: &[(&str, &str)] = &[
    ("us dollars", "USD"),
    ("u.s. dollars", "USD"),
    ("american dollars", "USD"),
    ("canadian dollars", "CAD"),
    ("canadian dollar", "CAD"),
    ("australian dollars", "AUD"),
    ("australian dollar", "AUD"),
    ("hong kong dollars", "HKD"),
    ("new zealand dollars", "NZD"),
    ("singapore dollars", "SGD"),
    ("new taiwan dollars", "TWD"),
    ("taiwan dollars", "TWD"),
    ("zimbabwe dollars", "ZWL"),
    ("dollars", "USD"),
    ("dollar", "USD"),
    ("euros", "EUR"),
    ("euro", "EUR"),
    ("pounds sterling", "GBP"),
    ("egyptian pounds", "EGP"),
    ("sterling", "GBP"),
    ("pounds", "GBP"),
    ("pound", "GBP"),
    ("japanese yen", "JPY"),
    ("yen", "JPY"),
    ("chinese yuan", "CNY"),
    ("yuan", "CNY"),
    ("renminbi", "CNY"),
    ("indian rupees", "INR"),
    ("pakistani rupees", "PKR"),
    ("pakistan rupees", "PKR"),
    ("sri lankan rupees", "LKR"),
    ("nepalese rupees", "NPR"),
    ("rupees", "INR"),
    ("rupee", "INR"),
    ("russian roubles", "RUB"),
    ("russian rubles", "RUB"),
    ("roubles", "RUB"),
    ("rubles", "RUB"),
    ("rouble", "RUB"),
    ("ruble", "RUB"),
    ("nigerian naira", "NGN"),
    ("naira", "NGN"),
    ("south african rand", "ZAR"),
    ("rand", "ZAR"),
    ("swiss francs", "CHF"),
    ("swiss franc", "CHF"),
    ("cfa francs", "XOF"),
    ("francs", "francs"),
    ("mexican pesos", "MXN"),
    ("argentine pesos", "ARS"),
    ("philippine pesos", "PHP"),
    ("colombian pesos", "COP"),
    ("chilean pesos", "CLP"),
    ("pesos", "pesos"),
    ("brazilian reais", "BRL"),
    ("reais", "BRL"),
    ("reals", "BRL"),
    ("kenyan shillings", "KES"),
    ("ugandan shillings", "UGX"),
    ("tanzanian shillings", "TZS"),
    ("shillings", "shillings"),
    ("turkish lira", "TRY"),
    ("turkish liras", "TRY"),
    ("lira", "TRY"),
    ("south korean won", "KRW"),
    ("korean won", "KRW"),
    ("indonesian rupiah", "IDR"),
    ("rupiah", "IDR"),
    ("ringgit", "MYR"),
    ("baht", "THB"),
    ("uae dirhams", "AED"),
    ("dirhams", "AED"),
    ("dirham", "AED"),
    ("saudi riyals", "SAR"),
    ("qatari riyals", "QAR"),
    ("riyals", "SAR"),
    ("iranian rials", "IRR"),
    ("rials", "IRR"),
    ("shekels", "ILS"),
    ("hryvnias", "UAH"),
    ("hryvnia", "UAH"),
    ("peruvian soles", "PEN"),
    ("nuevos soles", "PEN"),
    ("soles", "PEN"),
    ("bolivianos", "BOB"),
    ("quetzales", "GTQ"),
    ("ghanaian cedis", "GHS"),
    ("cedis", "GHS"),
    ("ethiopian birr", "ETB"),
    ("birr", "ETB"),
    ("taka", "BDT"),
    ("forints", "HUF"),
    ("forint", "HUF"),
    ("czech koruna", "CZK"),
    ("tenge", "KZT"),
    ("zlotys", "PLN"),
    ("zloty", "PLN"),
    ("swedish kronor", "SEK"),
    ("swedish crowns", "SEK"),
    ("kronor", "SEK"),
    ("norwegian kroner", "NOK"),
    ("danish kroner", "DKK"),
    ("ghanaian cedis", "GHS"),
    ("cedis", "GHS"),
    ("taka", "BDT"),
    ("afghanis", "AFN"),
];

/// Hedges, longest first where one ends another (`just over` before `over`).
pub const HEDGES: &[&str] = &[
    "an estimated",
    "as many as",
    "as much as",
    "as few as",
    "as little as",
    "as high as",
    "no more than",
    "no fewer than",
    "no less than",
    "not more than",
    "more than",
    "less than",
    "fewer than",
    "just over",
    "just under",
    "well over",
    "well under",
    "at least",
    "at most",
    "up to",
    "upwards of",
    "in excess of",
    "close to",
    "nearly",
    "almost",
    "about",
    "around",
    "approximately",
    "roughly",
    "some",
    "over",
    "under",
    "only",
    "just",
    "estimated",
    "barely",
    "circa",
];

/// Scale words after a number, with their power of ten (lowercase).
pub fn scale_word(w: &str) -> Option<u32> {
    Some(match w {
        "thousand" => 3,
        "million" | "mn" | "mln" => 6,
        "billion" | "bn" | "bln" => 9,
        "trillion" | "tn" | "trn" => 12,
        "lakh" | "lakhs" | "lac" => 5,
        "crore" | "crores" => 7,
        _ => return None,
    })
}

/// Scale letters written against the digits (`$9bn`, `£30k`, `€1.2m`).
pub fn attached_scale(w: &str) -> Option<u32> {
    Some(match w {
        "k" => 3,
        "m" | "mn" | "mln" => 6,
        "b" | "bn" | "bln" => 9,
        "tn" | "trn" | "t" => 12,
        _ => return None,
    })
}

pub fn unit_word(w: &str) -> Option<u32> {
    Some(match w {
        "zero" => 0,
        "one" => 1,
        "two" => 2,
        "three" => 3,
        "four" => 4,
        "five" => 5,
        "six" => 6,
        "seven" => 7,
        "eight" => 8,
        "nine" => 9,
        _ => return None,
    })
}

pub fn teen_word(w: &str) -> Option<u32> {
    Some(match w {
        "ten" => 10,
        "eleven" => 11,
        "twelve" => 12,
        "thirteen" => 13,
        "fourteen" => 14,
        "fifteen" => 15,
        "sixteen" => 16,
        "seventeen" => 17,
        "eighteen" => 18,
        "nineteen" => 19,
        _ => return None,
    })
}

pub fn tens_word(w: &str) -> Option<u32> {
    Some(match w {
        "twenty" => 20,
        "thirty" => 30,
        "forty" => 40,
        "fifty" => 50,
        "sixty" => 60,
        "seventy" => 70,
        "eighty" => 80,
        "ninety" => 90,
        _ => return None,
    })
}

pub fn is_month(w: &str) -> bool {
    matches!(
        w,
        "january"
            | "february"
            | "march"
            | "april"
            | "may"
            | "june"
            | "july"
            | "august"
            | "september"
            | "october"
            | "november"
            | "december"
            | "jan"
            | "feb"
            | "mar"
            | "apr"
            | "jun"
            | "jul"
            | "aug"
            | "sep"
            | "sept"
            | "oct"
            | "nov"
            | "dec"
    )
}
