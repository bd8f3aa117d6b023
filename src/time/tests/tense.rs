//! Tense and anchoring: the verb after a date decides its direction, one reading
//! serves many anchors, arranged court dates lie ahead.

use super::*;

#[test]
fn the_nearest_verb_after_the_date_decides_its_tense() {
    let d = |text: &str| {
        tag(
            text,
            Anchor::Day(NaiveDate::from_ymd_opt(2026, 3, 9).unwrap()),
            TimeOptions::default(),
        )
        .into_iter()
        .find(|m| m.text == "Monday")
        .and_then(|m| m.value)
    };
    // 2026-03-09 is a Monday.
    assert_eq!(
        d("Kenya and Japan on Monday signed a pact that will cut tariffs.").as_deref(),
        Some("2026-03-09")
    );
    assert_eq!(
        d("The two unions on Monday agreed a deal that will end the strike.").as_deref(),
        Some("2026-03-09")
    );
    assert_eq!(
        d("On Monday, ministers will meet in Nairobi.").as_deref(),
        Some("2026-03-16")
    );
}

#[test]
fn reading_once_for_many_anchors_resolves_as_each_alone() {
    let text = "The talks began on Thursday and ended two days later.\n\
                Last month the ministry said it would decide by next Friday, \
                and on March 3 it did.";
    let anchors = [
        Anchor::Day(day("2025-07-04")),
        Anchor::Day(day("2025-07-11")),
        Anchor::Window(day("2025-07-20"), day("2025-07-01")),
        Anchor::None,
    ];
    let each = tag_each(text, &anchors, TimeOptions::default());
    assert_eq!(each.len(), anchors.len());
    for (found, &anchor) in each.iter().zip(&anchors) {
        assert_eq!(found, &tag(text, anchor, TimeOptions::default()));
    }
    // The anchors do change the values, so the lists are not one list repeated.
    let thursday = |k: usize| {
        each[k]
            .iter()
            .find(|m| m.text == "Thursday")
            .map(|m| m.value.clone())
    };
    assert_ne!(thursday(0), thursday(1));
}

#[test]
fn arranged_court_dates_are_ahead() {
    let p = "2031-03-05";
    expect("Sentencing is May 20.", p, "May 20", "2031-05-20", "");
    expect(
        "He faces ten years when he is sentenced on May 20.",
        p,
        "May 20",
        "2031-05-20",
        "",
    );
    expect(
        "The two men are to be released in August.",
        p,
        "August",
        "2031-08",
        "",
    );
    // Past forms keep the month behind.
    expect("He was sentenced in August.", p, "August", "2030-08", "");
}

#[test]
fn a_yearless_date_with_no_tense_is_the_nearest_leaning_back() {
    // No cue either way: the nearer of last and next April 17, a day ahead counting
    // twice a day back.
    let text = "Kestrel reports its first quarter on April 17.";
    // 77 days ahead (154) against 288 back.
    expect(text, "2026-01-30", "April 17", "2026-04-17", "");
    expect(text, "2026-06-26", "April 17", "2026-04-17", "");
    // 148 days ahead (296) against 217 back.
    expect(text, "2026-11-20", "April 17", "2026-04-17", "");
    // 118 days ahead (236) against 247 back.
    expect(text, "2026-12-20", "April 17", "2027-04-17", "");
}
