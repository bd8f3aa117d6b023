//! Share-exchange ratios: "0.4 shares of Kelm for each Vantor share", "1.25 new shares per
//! existing share", "0.0875 of a Norvik share for each Halden share", "one Sable share
//! for every four Tarn shares". The value is the buyer's shares given for one of the
//! target's, exact (`0.25`); a ratio whose quotient has no exact decimal ("two for every
//! three") is not read rather than rounded. It is a count of unit [`UNIT`], so two
//! sources' ratios of one deal meet as counts do and a price per share never does.

use super::Decimal;
use super::parse::parse_core;
use super::scan::{next_word, phrase_at, skip_spaces};

/// The unit of an exchange ratio's count.
pub const UNIT: &str = "ratio";

/// Words naming a share.
const SHARE: &[&str] = &[
    "share", "shares", "stock", "ads", "adss", "adr", "adrs", "unit", "units",
];

/// Lower-case words that may describe a share before its noun ("new", "ordinary").
const DESCRIBING: &[&str] = &[
    "new",
    "common",
    "ordinary",
    "existing",
    "class",
    "a",
    "b",
    "c",
    "american",
    "depositary",
    "its",
    "their",
];

/// What joins the buyer's shares to the target's one.
const CONNECTORS: &[&str] = &[
    "per",
    "for each",
    "for every",
    "in exchange for each",
    "in exchange for every",
];

/// Words a holder's share may be named by at the end ("for every three held").
const HELD: &[&str] = &["held", "owned"];

/// The end of a share noun phrase from `i`: at most four describing or capitalized words,
/// then a share word (or, when `held_ok`, "held" or "owned").
fn share_phrase(t: &str, mut i: usize, held_ok: bool) -> Option<usize> {
    for _ in 0..5 {
        let (s, e, w) = next_word(t, i)?;
        if SHARE.contains(&w.as_str()) || held_ok && HELD.contains(&w.as_str()) {
            return Some(e);
        }
        let capital = t[s..e].starts_with(|c: char| c.is_uppercase());
        if !(capital || DESCRIBING.contains(&w.as_str())) {
            return None;
        }
        i = e;
    }
    None
}

/// The ratio whose numerator is the number `value` ending at `end`: its end and value.
pub(super) fn after(t: &str, end: usize, value: Decimal) -> Option<(usize, Decimal)> {
    // "0.0875 of a Norvik share", "2.4 of its shares".
    let mut i = end;
    if let Some((_, e, w)) = next_word(t, i)
        && w == "of"
    {
        i = e;
        if let Some((_, e2, a)) = next_word(t, e)
            && (a == "a" || a == "an")
        {
            i = e2;
        }
    }
    let mut i = share_phrase(t, i, false)?;
    // "of Kelm", "of Kelm stock", "of the combined company", "in Caudwell Chemicals".
    if let Some((_, e, w)) = next_word(t, i)
        && (w == "of" || w == "in")
    {
        i = e;
        for _ in 0..4 {
            match next_word(t, i) {
                Some((_, _, w)) if ["for", "per", "in"].contains(&w.as_str()) => break,
                Some((_, e, _)) => i = e,
                None => return None,
            }
        }
    }
    // "for each", "for every", "per", "in exchange for each".
    let at = skip_spaces(t, i);
    let mut j = CONNECTORS.iter().find_map(|c| phrase_at(t, at, c))?;
    // A denominator: "for every four Tarn shares", "for every 10 held".
    let mut denominator = None;
    let q = skip_spaces(t, j);
    if q > j
        && let Ok(core) = parse_core(t, q, false)
        && let Some(n) = core.value.as_integer()
    {
        denominator = Some(n);
        j = core.end;
    }
    let end = share_phrase(t, j, denominator.is_some())?;
    let value = match denominator {
        Some(n) => value.div_int(n)?,
        None => value,
    };
    Some((end, value))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn read(t: &str) -> Option<(String, String)> {
        let n = t.find(|c: char| c.is_ascii_digit()).unwrap();
        let core = parse_core(t, n, false).unwrap();
        after(t, core.end, core.value).map(|(e, v)| (t[n..e].to_string(), v.to_string()))
    }

    #[test]
    fn ratios_read_to_their_last_share_word() {
        let r = |t| read(t).map(|(s, v)| format!("{s} = {v}"));
        assert_eq!(
            r("receive 0.4 shares of Kelm for each share they own").as_deref(),
            Some("0.4 shares of Kelm for each share = 0.4")
        );
        assert_eq!(
            r("0.4 shares of the combined company for each share").as_deref(),
            Some("0.4 shares of the combined company for each share = 0.4")
        );
        assert_eq!(
            r("2.4 of its shares in Brack Mills per Oda share").as_deref(),
            Some("2.4 of its shares in Brack Mills per Oda share = 2.4")
        );
        assert_eq!(
            r("get 1.25 new shares per existing share.").as_deref(),
            Some("1.25 new shares per existing share = 1.25")
        );
        assert_eq!(
            r("0.0875 of a Norvik share for each Halden share").as_deref(),
            Some("0.0875 of a Norvik share for each Halden share = 0.0875")
        );
        assert_eq!(
            r("3 Sable shares for every 8 Tarn shares").as_deref(),
            Some("3 Sable shares for every 8 Tarn shares = 0.375")
        );
        assert_eq!(
            r("2 new shares in exchange for every 5 held").as_deref(),
            Some("2 new shares in exchange for every 5 held = 0.4")
        );
    }

    #[test]
    fn a_denominator_that_is_no_number_ends_the_ratio_cleanly() {
        // Found by the fuzzer: a letter of several bytes where a number may start.
        assert_eq!(read("2 shares for every 󺠒 share"), None);
        assert!(crate::numbers::find("744867 of 򽋷 and 3 of 󺠒 people").len() <= 2);
    }

    #[test]
    fn other_share_figures_are_no_ratio() {
        for t in [
            "paid $48 per share",
            "issued 12 million new shares",
            "2 shares for every 3 held",
            "bought 500 shares for each of its funds",
        ] {
            assert_eq!(read(t), None, "{t}");
        }
    }
}
