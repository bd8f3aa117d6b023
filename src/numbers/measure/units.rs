//! The units [`super::find`] reads: their spellings, symbols and exact factors to the one
//! canonical unit of each quantity.

use super::Quantity;

/// How a spelling may be written after its number.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Glue {
    /// After spaces, glued (`40km`) or in a hyphenated compound (`a 40-km stretch`).
    Any,
    /// Glued to the digits or after the degree sign only: the letters `C`, `F`, `in`.
    Attached,
    /// After spaces or glued, but not in a compound (`6.8 on the Richter scale`).
    NoHyphen,
}

/// One way of writing a unit.
pub(super) struct Spelling {
    /// As written; single spaces match runs of spaces.
    pub text: &'static str,
    /// The unit's symbol in [`UNITS`].
    pub sym: &'static str,
    /// Letter case must match exactly (`m`, `C`, `Mw`).
    pub exact_case: bool,
    pub glue: Glue,
    /// A power of ten folded into the figure: `bcm` is 10^9 m3, `mb/d` 10^6 bbl/d.
    pub pow10: u32,
}

const fn sp(text: &'static str, sym: &'static str) -> Spelling {
    Spelling {
        text,
        sym,
        exact_case: false,
        glue: Glue::Any,
        pow10: 0,
    }
}

const fn cs(text: &'static str, sym: &'static str, glue: Glue) -> Spelling {
    Spelling {
        text,
        sym,
        exact_case: true,
        glue,
        pow10: 0,
    }
}

const fn scaled(text: &'static str, sym: &'static str, pow10: u32) -> Spelling {
    Spelling {
        text,
        sym,
        exact_case: false,
        glue: Glue::Any,
        pow10,
    }
}

/// Every spelling; the longest one that matches wins.
pub(super) const SPELLINGS: &[Spelling] = &[
    // Length.
    sp("nautical miles", "nmi"),
    sp("nautical mile", "nmi"),
    sp("nmi", "nmi"),
    sp("kilometres", "km"),
    sp("kilometre", "km"),
    sp("kilometers", "km"),
    sp("kilometer", "km"),
    sp("kms", "km"),
    sp("km", "km"),
    sp("centimetres", "cm"),
    sp("centimetre", "cm"),
    sp("centimeters", "cm"),
    sp("centimeter", "cm"),
    sp("cm", "cm"),
    sp("millimetres", "mm"),
    sp("millimetre", "mm"),
    sp("millimeters", "mm"),
    sp("millimeter", "mm"),
    sp("mm", "mm"),
    sp("metres", "m"),
    sp("metre", "m"),
    sp("meters", "m"),
    sp("meter", "m"),
    cs("m", "m", Glue::Any),
    sp("miles", "mi"),
    sp("mile", "mi"),
    cs("mi", "mi", Glue::Any),
    sp("feet", "ft"),
    sp("foot", "ft"),
    sp("ft", "ft"),
    sp("inches", "in"),
    sp("inch", "in"),
    cs("in", "in", Glue::Attached),
    sp("yards", "yd"),
    sp("yard", "yd"),
    sp("yds", "yd"),
    sp("yd", "yd"),
    // Speed.
    sp("km/h", "km/h"),
    sp("km/hr", "km/h"),
    sp("kmh", "km/h"),
    sp("kmph", "km/h"),
    sp("kph", "km/h"),
    sp("mph", "mph"),
    sp("knots", "kn"),
    sp("knot", "kn"),
    cs("m/s", "m/s", Glue::Any),
    // Temperature.
    sp("degrees celsius", "C"),
    sp("degree celsius", "C"),
    sp("degrees centigrade", "C"),
    sp("degrees fahrenheit", "F"),
    sp("degree fahrenheit", "F"),
    cs("degrees C", "C", Glue::NoHyphen),
    cs("degrees F", "F", Glue::NoHyphen),
    sp("celsius", "C"),
    sp("centigrade", "C"),
    sp("fahrenheit", "F"),
    cs("°C", "C", Glue::NoHyphen),
    cs("° C", "C", Glue::NoHyphen),
    cs("ºC", "C", Glue::NoHyphen),
    cs("°F", "F", Glue::NoHyphen),
    cs("° F", "F", Glue::NoHyphen),
    cs("ºF", "F", Glue::NoHyphen),
    cs("C", "C", Glue::Attached),
    cs("F", "F", Glue::Attached),
    // A temperature whose scale is not stated, only where the words speak of one
    // (`the 47-degree water`, `temperatures near 90 degrees`): see `context.rs`.
    sp("degrees", "deg"),
    sp("degree", "deg"),
    cs("°", "deg", Glue::NoHyphen),
    // Earthquake magnitude.
    sp("magnitude", "Mw"),
    Spelling {
        glue: Glue::NoHyphen,
        ..sp("on the richter scale", "Mw")
    },
    Spelling {
        glue: Glue::NoHyphen,
        ..sp("on the moment magnitude scale", "Mw")
    },
    cs("Mw", "Mw", Glue::NoHyphen),
    // Mass.
    sp("kilograms", "kg"),
    sp("kilogram", "kg"),
    sp("kilogrammes", "kg"),
    sp("kilos", "kg"),
    sp("kilo", "kg"),
    sp("kgs", "kg"),
    sp("kg", "kg"),
    sp("grams", "g"),
    sp("gram", "g"),
    sp("grammes", "g"),
    cs("g", "g", Glue::Attached),
    sp("milligrams", "mg"),
    sp("milligram", "mg"),
    cs("mg", "mg", Glue::Any),
    sp("tonnes", "t"),
    sp("tonne", "t"),
    sp("metric tons", "t"),
    sp("metric ton", "t"),
    sp("metric tonnes", "t"),
    sp("short tons", "short-ton"),
    sp("short ton", "short-ton"),
    sp("long tons", "long-ton"),
    sp("long ton", "long-ton"),
    sp("tons", "ton"),
    sp("ton", "ton"),
    sp("pounds", "pound"),
    sp("pound", "pound"),
    sp("lbs", "lb"),
    sp("lb", "lb"),
    // Volume.
    sp("litres", "l"),
    sp("litre", "l"),
    sp("liters", "l"),
    sp("liter", "l"),
    sp("millilitres", "ml"),
    sp("millilitre", "ml"),
    sp("milliliters", "ml"),
    sp("milliliter", "ml"),
    cs("ml", "ml", Glue::Any),
    sp("cubic metres", "m3"),
    sp("cubic metre", "m3"),
    sp("cubic meters", "m3"),
    sp("cubic meter", "m3"),
    sp("cu m", "m3"),
    cs("m3", "m3", Glue::Any),
    cs("m³", "m3", Glue::Any),
    scaled("bcm", "m3", 9),
    sp("cubic feet", "cu-ft"),
    sp("cubic foot", "cu-ft"),
    sp("cu ft", "cu-ft"),
    sp("imperial gallons", "imp-gal"),
    sp("imperial gallon", "imp-gal"),
    sp("gallons", "gal"),
    sp("gallon", "gal"),
    sp("gal", "gal"),
    sp("barrels", "bbl"),
    sp("barrel", "bbl"),
    sp("bbls", "bbl"),
    sp("bbl", "bbl"),
    // Oil rates written as one unit.
    sp("bpd", "bbl/d"),
    sp("b/d", "bbl/d"),
    sp("bbl/d", "bbl/d"),
    scaled("mb/d", "bbl/d", 6),
    scaled("mbpd", "bbl/d", 6),
    scaled("kb/d", "bbl/d", 3),
    // Area.
    sp("square kilometres", "km2"),
    sp("square kilometre", "km2"),
    sp("square kilometers", "km2"),
    sp("square kilometer", "km2"),
    sp("square km", "km2"),
    sp("sq km", "km2"),
    sp("sq. km", "km2"),
    cs("km2", "km2", Glue::Any),
    cs("km²", "km2", Glue::Any),
    sp("square metres", "m2"),
    sp("square metre", "m2"),
    sp("square meters", "m2"),
    sp("square meter", "m2"),
    sp("sq m", "m2"),
    cs("m2", "m2", Glue::Any),
    cs("m²", "m2", Glue::Any),
    sp("square miles", "sq-mi"),
    sp("square mile", "sq-mi"),
    sp("sq miles", "sq-mi"),
    sp("sq mi", "sq-mi"),
    sp("square feet", "sq-ft"),
    sp("square foot", "sq-ft"),
    sp("sq ft", "sq-ft"),
    sp("hectares", "ha"),
    sp("hectare", "ha"),
    cs("ha", "ha", Glue::Any),
    sp("acres", "acre"),
    sp("acre", "acre"),
];

/// A unit: its symbol, quantity and exact factor to the canonical unit.
#[derive(Debug, PartialEq, Eq)]
pub(super) struct UnitDef {
    pub sym: &'static str,
    pub quantity: Quantity,
    /// Canonical units per stated unit, an exact decimal. Fahrenheit is special-cased.
    pub factor: &'static str,
}

const fn u(sym: &'static str, quantity: Quantity, factor: &'static str) -> UnitDef {
    UnitDef {
        sym,
        quantity,
        factor,
    }
}

/// Every unit by symbol. The factors are the exact legal definitions.
pub(super) const UNITS: &[UnitDef] = &[
    u("m", Quantity::Length, "1"),
    u("mm", Quantity::Length, "0.001"),
    u("cm", Quantity::Length, "0.01"),
    u("km", Quantity::Length, "1000"),
    u("in", Quantity::Length, "0.0254"),
    u("ft", Quantity::Length, "0.3048"),
    u("yd", Quantity::Length, "0.9144"),
    u("mi", Quantity::Length, "1609.344"),
    u("nmi", Quantity::Length, "1852"),
    u("km/h", Quantity::Speed, "1"),
    u("mph", Quantity::Speed, "1.609344"),
    u("kn", Quantity::Speed, "1.852"),
    u("m/s", Quantity::Speed, "3.6"),
    u("C", Quantity::Temperature, "1"),
    // (F − 32) × 5/9: the factor is the slope, the offset is applied apart.
    u("F", Quantity::Temperature, "1"),
    // Degrees on a scale the text does not name: compared as either (see `range.rs`).
    u("deg", Quantity::Temperature, "1"),
    u("Mw", Quantity::Magnitude, "1"),
    u("kg", Quantity::Mass, "1"),
    u("g", Quantity::Mass, "0.001"),
    u("mg", Quantity::Mass, "0.000001"),
    u("t", Quantity::Mass, "1000"),
    // A bare "ton" is read as 1000 kg; its range reaches the short and the long ton.
    u("ton", Quantity::Mass, "1000"),
    u("short-ton", Quantity::Mass, "907.18474"),
    u("long-ton", Quantity::Mass, "1016.0469088"),
    u("lb", Quantity::Mass, "0.45359237"),
    u("l", Quantity::Volume, "1"),
    u("ml", Quantity::Volume, "0.001"),
    u("m3", Quantity::Volume, "1000"),
    u("cu-ft", Quantity::Volume, "28.316846592"),
    u("gal", Quantity::Volume, "3.785411784"),
    u("imp-gal", Quantity::Volume, "4.54609"),
    u("bbl", Quantity::Volume, "158.987294928"),
    u("m2", Quantity::Area, "1"),
    u("km2", Quantity::Area, "1000000"),
    u("ha", Quantity::Area, "10000"),
    u("acre", Quantity::Area, "4046.8564224"),
    u("sq-mi", Quantity::Area, "2589988.110336"),
    u("sq-ft", Quantity::Area, "0.09290304"),
];

/// The short and long ton: the range of a bare `ton`.
pub(super) const TON_SPAN: (&str, &str) = ("907.18474", "1016.0469088");

pub(super) fn unit(sym: &str) -> Option<&'static UnitDef> {
    // `pound` is the weight read of `pounds`, the same unit as `lb`.
    let sym = if sym == "pound" { "lb" } else { sym };
    UNITS.iter().find(|u| u.sym == sym)
}

/// The length in days of a rate's unit of time, as `(num, den)`: a month is 30.4375 days
/// and a year 365.25, as in `value::compare` for durations.
pub(super) fn time_days(sym: &str) -> Option<(i128, i128)> {
    Some(match sym {
        "s" => (1, 86_400),
        "min" => (1, 1_440),
        "h" => (1, 24),
        "d" => (1, 1),
        "wk" => (7, 1),
        "mo" => (487, 16),
        "yr" => (1461, 4),
        _ => return None,
    })
}

/// A length per second, minute or hour is a speed; per day or longer it is a rate.
pub(super) fn is_speed_time(sym: &str) -> bool {
    matches!(sym, "s" | "min" | "h")
}

/// How a rate's time is written after the unit: `per day`, `a day`, `/d`, `daily`.
pub(super) const PER_TIMES: &[(&str, &str)] = &[
    ("per second", "s"),
    ("a second", "s"),
    ("each second", "s"),
    ("every second", "s"),
    ("/sec", "s"),
    ("/s", "s"),
    ("per minute", "min"),
    ("a minute", "min"),
    ("each minute", "min"),
    ("every minute", "min"),
    ("/min", "min"),
    ("per hour", "h"),
    ("an hour", "h"),
    ("each hour", "h"),
    ("every hour", "h"),
    ("/hour", "h"),
    ("/hr", "h"),
    ("/h", "h"),
    ("per day", "d"),
    ("a day", "d"),
    ("each day", "d"),
    ("every day", "d"),
    ("per diem", "d"),
    ("daily", "d"),
    ("/day", "d"),
    ("/d", "d"),
    ("per week", "wk"),
    ("a week", "wk"),
    ("each week", "wk"),
    ("every week", "wk"),
    ("/week", "wk"),
    ("per month", "mo"),
    ("a month", "mo"),
    ("each month", "mo"),
    ("every month", "mo"),
    ("/month", "mo"),
    ("per year", "yr"),
    ("a year", "yr"),
    ("each year", "yr"),
    ("every year", "yr"),
    ("per annum", "yr"),
    ("annually", "yr"),
    ("/year", "yr"),
    ("/yr", "yr"),
];

/// Plural nouns whose counts per unit of time are rates: `20,000 vehicles a day`.
pub(super) const RATE_NOUNS: &[&str] = &[
    "vehicles",
    "cars",
    "trucks",
    "lorries",
    "buses",
    "passengers",
    "people",
    "visitors",
    "tourists",
    "migrants",
    "refugees",
    "flights",
    "ships",
    "vessels",
    "containers",
    "trains",
    "calls",
    "cases",
    "infections",
    "deaths",
    "births",
    "patients",
    "arrivals",
    "crossings",
    "rockets",
    "missiles",
    "drones",
    "shells",
    "units",
];

/// Materials a weight in `pounds` is commonly of (`1,000 pounds of cocaine`).
pub(super) const WEIGHED_MATERIALS: &[&str] = &[
    "cocaine",
    "heroin",
    "methamphetamine",
    "meth",
    "fentanyl",
    "marijuana",
    "cannabis",
    "drugs",
    "narcotics",
    "explosives",
    "explosive",
    "ammonium",
    "beef",
    "meat",
    "pork",
    "chicken",
    "fish",
    "food",
    "debris",
    "waste",
    "trash",
    "rubbish",
    "plastic",
    "ivory",
    "gold",
    "silver",
    "fruit",
    "produce",
    "ice",
    "cargo",
    "fuel",
    "steel",
    "tnt",
];

/// Words that make bare degrees a temperature (see `context::of_temperature`).
pub(super) const TEMPERATURE_WORDS: &[&str] = &[
    "temperature",
    "temperatures",
    "temp",
    "temps",
    "water",
    "waters",
    "air",
    "sea",
    "weather",
    "heat",
    "heatwave",
    "hot",
    "hotter",
    "cold",
    "colder",
    "warm",
    "warmer",
    "cool",
    "cooler",
    "chilly",
    "frigid",
    "freezing",
    "icy",
    "balmy",
    "sweltering",
    "scorching",
    "thermometer",
    "thermometers",
    "mercury",
    "high",
    "highs",
    "low",
    "lows",
    "outside",
    "outdoors",
    "fever",
];

/// Waters whose temperature `N-degree` before them is (`the 38-degree river`).
pub(super) const WATER_BODIES: &[&str] = &[
    "river", "lake", "bay", "ocean", "pool", "stream", "harbor", "harbour", "surf", "creek",
    "pond", "channel",
];

/// Words that make degrees an angle, a bearing or a grade, whatever else is near.
pub(super) const ANGLE_WORDS: &[&str] = &[
    "angle",
    "angles",
    "angled",
    "turn",
    "turned",
    "turning",
    "rotate",
    "rotated",
    "rotation",
    "tilt",
    "tilted",
    "slope",
    "incline",
    "view",
    "views",
    "camera",
    "latitude",
    "longitude",
    "north",
    "south",
    "east",
    "west",
    "northeast",
    "northwest",
    "southeast",
    "southwest",
    "bearing",
    "heading",
    "arc",
    "bend",
    "curve",
    "murder",
    "burns",
    "separation",
];

/// Nouns after `N-pound` that make it a weight (`a 2,000-pound bomb`).
pub(super) const WEIGHED_THINGS: &[&str] = &[
    "bomb",
    "bombs",
    "warhead",
    "warheads",
    "shell",
    "shells",
    "fish",
    "tuna",
    "marlin",
    "shark",
    "alligator",
    "bear",
    "statue",
    "bell",
    "anchor",
    "boulder",
    "rock",
    "weight",
];

/// Hedges before a measure, longest first within a family.
pub(super) const HEDGES: &[&str] = &[
    "an estimated",
    "as much as",
    "as high as",
    "as low as",
    "as little as",
    "as far as",
    "no more than",
    "more than",
    "less than",
    "at least",
    "at most",
    "up to",
    "just over",
    "just under",
    "well over",
    "well above",
    "well below",
    "close to",
    "upwards of",
    "in excess of",
    "nearly",
    "almost",
    "about",
    "around",
    "approximately",
    "roughly",
    "some",
    "over",
    "estimated",
    "exceeding",
    "within",
    "circa",
    "above",
    "below",
];
