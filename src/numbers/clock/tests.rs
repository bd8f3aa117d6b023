use super::*;
use crate::numbers::measure::Exact;
use crate::value::Relation::{Compatible, Disjoint, Equal, Incomparable};

fn one(text: &str) -> ClockMention {
    let ms = find(text);
    assert_eq!(ms.len(), 1, "{text:?} gave {ms:?}");
    let m = ms.into_iter().next().unwrap();
    assert_eq!(&text[m.start..m.end], m.text);
    m
}

fn check(text: &str, stated: &str, kind: ClockKind, value: &str) {
    let m = one(text);
    assert_eq!(
        (m.text.as_str(), m.kind, m.value.as_str()),
        (stated, kind, value),
        "{text:?}"
    );
}

#[test]
fn times_of_day() {
    use ClockKind::Time as T;
    check(
        "It struck at 1:27 a.m. on Monday.",
        "1:27 a.m.",
        T,
        "T01:27",
    );
    check("It struck at 1.27am.", "1.27am", T, "T01:27");
    check("It vanished at 04:35 GMT.", "04:35 GMT", T, "T04:35Z");
    check("It vanished at 0435 GMT.", "0435 GMT", T, "T04:35Z");
    check("It launched at 04:35 UTC.", "04:35 UTC", T, "T04:35Z");
    check("Signal lost at 22:11Z.", "22:11Z", T, "T22:11Z");
    check(
        "Polls close at 1:30 p.m. local time.",
        "1:30 p.m. local time",
        T,
        "T13:30",
    );
    check("It is due at noon.", "noon", T, "T12:00");
    check("at 12 a.m. sharp", "12 a.m.", T, "T00");
    check("at 12:15 p.m.", "12:15 p.m.", T, "T12:15");
    check("at 9pm AEST", "9pm AEST", T, "T21+10:00");
    check("at 10:24 a.m. JST", "10:24 a.m. JST", T, "T10:24+09:00");
    check("at 5:47 a.m. IST", "5:47 a.m. IST", T, "T05:47+05:30");
    check("at 14:00 UTC+8", "14:00 UTC+8", T, "T14:00+08:00");
    check("at 14:00 GMT+5:30", "14:00 GMT+5:30", T, "T14:00+05:30");
    check("at 1430 hrs", "1430 hrs", T, "T14:30");
    check("at 09:12:30 GMT", "09:12:30 GMT", T, "T09:12:30Z");
    check("from 14:30 onwards", "14:30", T, "T14:30");
}

#[test]
fn zones_and_hedges_and_brackets() {
    let m = one("The storm made landfall around 1:30 a.m. EDT (0530 GMT) on Sunday.");
    assert_eq!(m.text, "around 1:30 a.m. EDT (0530 GMT)");
    assert_eq!(m.value, "T01:30-04:00");
    assert_eq!(m.qualifier.as_deref(), Some("around"));
    assert_eq!(m.zone.as_deref(), Some("EDT"));
    let m = one("The fire broke out shortly after midnight.");
    assert_eq!(
        (m.value.as_str(), m.qualifier.as_deref()),
        ("T00:00", Some("shortly after"))
    );
    let m = one("He left just before 6am.");
    assert_eq!(m.qualifier.as_deref(), Some("just before"));
    assert_eq!(
        one("at 1:30 p.m. local time").zone.as_deref(),
        Some("local time")
    );
    // A zone whose offset the abbreviation does not fix keeps none.
    let m = one("at 9:15 a.m. ET");
    assert_eq!(
        (m.value.as_str(), m.zone.as_deref()),
        ("T09:15", Some("ET"))
    );
}

#[test]
fn durations() {
    use ClockKind::Duration as D;
    check("She won in 2:00:35.", "2:00:35", D, "PT2H0M35S");
    check("She won in 2:14:04.", "2:14:04", D, "PT2H14M4S");
    check(
        "in 2 hours, 35 seconds",
        "2 hours, 35 seconds",
        D,
        "PT2H0M35S",
    );
    check("in 2hrs 0mins 35secs", "2hrs 0mins 35secs", D, "PT2H0M35S");
    check("nine minutes after take-off", "nine minutes", D, "PT9M");
    check("a record of 1:59:40.2", "1:59:40.2", D, "PT1H59M40.2S");
    check("the mile in 3:43.13", "3:43.13", D, "PT3M43.13S");
    check("two and a half hours", "two and a half hours", D, "PT2H30M");
    check("an hour and a half", "an hour and a half", D, "PT1H30M");
    check("half an hour", "half an hour", D, "PT30M");
    check("a 48-hour truce", "48-hour", D, "PT48H");
    check("6 hours 42 minutes", "6 hours 42 minutes", D, "PT6H42M");
    check("2h 15m 25s", "2h 15m 25s", D, "PT2H15M25S");
    check("twenty-five minutes", "twenty-five minutes", D, "PT25M");
    check("1.5 hours", "1.5 hours", D, "PT1.5H");
    let m = one("It took nearly two hours.");
    assert_eq!(
        (m.value.as_str(), m.qualifier.as_deref()),
        ("PT2H", Some("nearly"))
    );
    assert_eq!(
        one("within 15 minutes").qualifier.as_deref(),
        Some("within")
    );
}

#[test]
fn not_times() {
    for text in [
        "Arsenal won 3-1.",
        "a 2:1 ratio",
        "the 1:1 ratio",
        "John 3:16 says",
        "Psalm 23:4",
        "The final ended 21:19.",
        "a 5-4 vote",
        "Section 230",
        "COVID-19",
        "the 1430 train",
        "Call 0800 123 4567.",
        "F-16 and Boeing 737",
        "open 24/7",
        "a second attack",
        "the second half",
        "in the 89th minute",
        "the minutes of the meeting",
        "dated 12.03.2024",
        "It rose 2.5 percent.",
        "$14.30 a share",
        "odds of 5:2",
        "at 25 o'clock",
        "at 13pm",
        "at 24:30",
        "",
        "12",
        ":",
    ] {
        assert!(find(text).is_empty(), "{text:?} gave {:?}", find(text));
    }
}

#[test]
fn compare_times() {
    assert_eq!(compare("T01:30-04:00", "", "T05:30Z", ""), Some(Equal));
    assert_eq!(compare("T01:27", "", "T01:27", ""), Some(Equal));
    assert_eq!(compare("T01", "", "T01:27", ""), Some(Compatible));
    assert_eq!(compare("T01:27", "", "T01:28", ""), Some(Disjoint));
    assert_eq!(compare("T04:35Z", "", "T04:40Z", ""), Some(Disjoint));
    assert_eq!(compare("T04:35Z", "about", "T04:40Z", ""), Some(Compatible));
    // Without a zone the reading could be anywhere against UTC; against a local zone's
    // time it is most often the same wall clock.
    assert_eq!(compare("T01:30", "", "T09:00Z", ""), Some(Compatible));
    assert_eq!(compare("T01:30", "", "T01:27-04:00", ""), Some(Disjoint));
    assert_eq!(
        compare("T04:10+01:00", "", "T04", "just after"),
        Some(Compatible)
    );

    assert_eq!(
        compare("T00:00", "shortly after", "T00:20", ""),
        Some(Compatible)
    );
    assert_eq!(
        compare("T00:00", "shortly after", "T01:00", ""),
        Some(Disjoint)
    );
    assert_eq!(
        compare("T00:00", "shortly after", "T23:58", ""),
        Some(Disjoint)
    );
    assert_eq!(compare("T00:00", "around", "T23:58", ""), Some(Compatible));
    assert_eq!(
        compare("T06", "just before", "T05:50", ""),
        Some(Compatible)
    );
    assert_eq!(compare("T17", "by", "T16:00", ""), Some(Compatible));
    assert_eq!(compare("T17", "by", "T18:00", ""), Some(Disjoint));
    assert_eq!(compare("T01:30-04:00", "", "T06:30Z", ""), Some(Disjoint));
    assert_eq!(compare("T25:00", "", "T01:00", ""), None);
}

#[test]
fn compare_durations() {
    assert_eq!(compare("PT2H0M35S", "", "PT7235S", ""), Some(Equal));
    assert_eq!(compare("PT2H", "", "PT2H0M35S", ""), Some(Compatible));
    assert_eq!(compare("PT9M", "", "PT12M", ""), Some(Disjoint));
    assert_eq!(compare("PT2H", "nearly", "PT1H50M", ""), Some(Compatible));
    assert_eq!(compare("PT6H", "more than", "PT5H", ""), Some(Disjoint));
    assert_eq!(compare("PT15M", "within", "PT10M", ""), Some(Compatible));
    assert_eq!(compare("PT2H14M4S", "", "PT2H14M5S", ""), Some(Disjoint));
    assert_eq!(compare("PT1H30M", "", "T01:30", ""), Some(Incomparable));
    assert_eq!(compare("PTXM", "", "PT1M", ""), None);
    assert_eq!(
        duration_seconds("PT2H0M35S").unwrap(),
        Exact::from_int(7235)
    );
    let r = duration_range("PT9M", "").unwrap();
    assert_eq!(
        (r.lo.to_string(), r.hi.unwrap().to_string()),
        ("510".to_string(), "570".to_string())
    );
    let t = time_range("T01:30-04:00", "").unwrap();
    assert_eq!((t.start, t.len, t.utc), (5 * 3600 + 30 * 60, 60, true));
}

#[test]
fn order_offsets_and_long_input() {
    let text =
        "At 04:35 GMT, nine minutes after take-off, shortly after midnight, it lasted 2:00:35.";
    let ms = find(text);
    assert_eq!(ms.len(), 4, "{ms:?}");
    for w in ms.windows(2) {
        assert!(w[0].end <= w[1].start);
    }
    let many = "at 10:30 GMT and ".repeat(20_000);
    assert_eq!(find(&many).len(), 20_000);
    let digits = "1:".repeat(100_000);
    let _ = find(&digits);
}

proptest::proptest! {
    #[test]
    fn any_text_is_safe(text in "\\PC{0,80}") {
        let ms = find(&text);
        let mut last = 0;
        for m in &ms {
            proptest::prop_assert!(m.start >= last && m.start < m.end);
            proptest::prop_assert_eq!(&text[m.start..m.end], m.text.as_str());
            last = m.end;
        }
    }

    #[test]
    fn clock_like_text_is_safe(parts in proptest::collection::vec(
        proptest::sample::select(vec![
            "1", "12", "04", "0435", ":", ".", "35", "am", "p.m.", " ", "GMT", "Z", "UTC",
            "+3", "(", ")", "hours", "minutes", "and a half", "an", "hour", "half", ",",
            "and", "around", "shortly after", "midnight", "é", "\u{a0}", "-",
        ]),
        0..24,
    )) {
        let text: String = parts.concat();
        let ms = find(&text);
        let mut last = 0;
        for m in &ms {
            proptest::prop_assert!(m.start >= last && m.start < m.end);
            proptest::prop_assert_eq!(&text[m.start..m.end], m.text.as_str());
            last = m.end;
            let readable = match m.kind {
                ClockKind::Time => time_range(&m.value, "").is_some(),
                ClockKind::Duration => duration_range(&m.value, "").is_some(),
            };
            proptest::prop_assert!(readable, "{:?}", m);
        }
    }
}

#[test]
fn local_is_a_zone_only_alone() {
    let m = one("The rally began at 10 a.m. local residents said.");
    assert_eq!((m.text.as_str(), m.zone), ("10 a.m.", None));
    let m = one("The rally began at 10 a.m. local, police said.");
    assert_eq!(m.text, "10 a.m. local");
    assert_eq!(m.zone.as_deref(), Some("local time"));
}
