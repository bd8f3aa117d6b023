//! Clock times and short durations: `at 1:27 a.m.`, `04:35 GMT`, `0435 GMT`, `22:11Z`,
//! `shortly after midnight`, `around 1:30 a.m. EDT (0530 GMT)`; `2:00:35`,
//! `2hrs 0mins 35secs`, `nine minutes after take-off`, `two and a half hours`.
//!
//! Times are ISO 8601 times of day: `T01:27`, `T01:27:05`; an hour alone stays reduced
//! (`1am` is `T01`, the hour 01:00–01:59, as `2021` is a whole year among dates); a zone
//! is `Z` for GMT, UTC and Z, or a fixed offset for the zones in [`zone_offset`]
//! (`T01:30-04:00` for EDT). `local time`, and zones whose offset the abbreviation does not
//! fix (`ET`, `CST`), keep no offset in the value; [`ClockMention::zone`] says what was
//! written. Durations are ISO 8601 durations of hours, minutes and seconds, every unit from
//! the largest to the smallest stated written out: `PT2H0M35S`, `PT9M`, `PT2H30M`,
//! `PT1M43.13S`. Days and longer belong to the date recognizer (`crate::time`).
//!
//! Not read as times: a bare `2:1` or `21:19` (scores, ratios, verses such as `John 3:16`)
//! unless a word of time comes before (`at 21:19`), four digits without a zone or `hrs`
//! (`the 1430 train`, phone numbers), `o'clock` (no a.m. or p.m.).

use std::sync::LazyLock;

use regex::Regex;
use serde::{Deserialize, Serialize};

mod compare;
mod scan;
#[cfg(test)]
mod tests;

pub use compare::{
    DurationRange, TimeRange, compare, duration_range, duration_seconds, time_range,
};

/// Whether a mention is a time of day or a length of time.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum ClockKind {
    Time,
    Duration,
}

/// One clock time or duration found in a text.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ClockMention {
    /// UTF-8 byte offset of the first byte, into the text given to [`find`].
    pub start: usize,
    /// UTF-8 byte offset one past the last byte.
    pub end: usize,
    /// As written, hedge and bracketed second zone included:
    /// `around 1:30 a.m. EDT (0530 GMT)`.
    pub text: String,
    pub kind: ClockKind,
    /// `T01:30-04:00`, `T04:35Z`, `T01:27`, `T01`, or `PT2H0M35S`.
    pub value: String,
    /// The hedge: `shortly after`, `around`, `just before`, `about`, `nearly`, ….
    pub qualifier: Option<String>,
    /// The zone as written (`EDT`, `GMT`, `local time`), for times that name one.
    pub zone: Option<String>,
}

/// Finds every clock time and duration of `text`, in order, without overlaps, in one
/// pass.
pub fn find(text: &str) -> Vec<ClockMention> {
    static TRIGGER: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(concat!(
            r"\b[0-9]|(?i:\b(?:midnight|midday|noon|one|two|three|four|five|six|seven|",
            r"eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|",
            r"eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|",
            r"an?[ ]+(?:hour|minute|quarter)|half[ ]+an?[ ]+(?:hour|minute))\b)"
        ))
        .expect("clock trigger regex")
    });
    let mut out: Vec<ClockMention> = Vec::new();
    let mut pos = 0;
    let mut last_end = 0;
    while pos < text.len() {
        let Some(m) = TRIGGER.find_at(text, pos) else {
            break;
        };
        match scan::parse_at(text, m.start(), last_end) {
            Ok(found) => {
                pos = found.end.max(m.end());
                last_end = found.end;
                out.push(found);
            }
            Err(skip) => pos = skip.max(m.end()),
        }
    }
    out
}

/// The fixed UTC offset of a zone abbreviation, as `+HH:MM` (`Z` for GMT and UTC);
/// `None` for zones it does not fix (`ET`, `CST`, which is both US Central and China).
pub fn zone_offset(zone: &str) -> Option<&'static str> {
    Some(match zone {
        "GMT" | "UTC" | "Z" | "WET" => "Z",
        "EDT" => "-04:00",
        "EST" => "-05:00",
        "CDT" => "-05:00",
        "MDT" => "-06:00",
        "MST" => "-07:00",
        "PDT" => "-07:00",
        "PST" => "-08:00",
        "AKDT" => "-08:00",
        "HST" => "-10:00",
        "BRT" | "ART" => "-03:00",
        "BST" | "CET" | "WEST" | "WAT" => "+01:00",
        "CEST" | "EET" | "SAST" | "CAT" => "+02:00",
        "EEST" | "MSK" | "EAT" => "+03:00",
        "Moscow time" => "+03:00",
        "GST" => "+04:00",
        "PKT" => "+05:00",
        "IST" => "+05:30",
        "NPT" => "+05:45",
        "ICT" | "WIB" => "+07:00",
        "PHT" | "SGT" | "HKT" | "AWST" | "Beijing time" => "+08:00",
        "JST" | "KST" => "+09:00",
        "ACST" => "+09:30",
        "AEST" => "+10:00",
        "AEDT" => "+11:00",
        "NZST" => "+12:00",
        "NZDT" => "+13:00",
        _ => return None,
    })
}
