//! Text that is not time (numbers, names, weekday names that are not days), odd input
//! that must not panic, and text without an anchor.

use super::*;

#[test]
fn not_time() {
    none("The plant employs 2,000 workers.", "2,000");
    none("The 747-400 landed safely.", "747-400");
    none("Police sealed off 1600 Elm Street.", "1600");
    none("Article 2019 of the code was repealed.", "2019");
    none("They may resign.", "may");
    none("Brian May played the anthem.", "May");
    none("The Prague Spring was crushed in 1968.", "Spring");
    none("Black Friday sales disappointed.", "Friday");
    none("The fall of Kabul shocked the world.", "fall");
    none("Gold rose to $2040 an ounce.", "2040");
    none("Turnout was 1999 votes higher.", "1999");
    none("A 12-year-old girl was rescued.", "12-year-old");
    none("He was 40 years old.", "40 years old");
    none("The index rose 2020 points.", "2020");
    none("Call 555-1998 for details.", "555-1998");
    none("The ratio was 3/4 of the total.", "3/4");
    none("It was the second time.", "second");
}

#[test]
fn weekday_names_that_are_not_days() {
    none("Sheffield Wednesday beat Leeds 2-1.", "Wednesday");
    none("The Mail on Sunday reported the claim.", "Sunday");
    none("He told The Sunday Times that he would quit.", "Sunday");
    none("She hosted Saturday Night Live twice.", "Saturday");
    none("Rallies were held ahead of Super Tuesday.", "Tuesday");
    expect(
        "Wednesday's 2-1 defeat left them bottom.",
        "2024-05-15",
        "Wednesday",
        "2024-05-15",
        "",
    );
}

#[test]
fn no_panic_on_odd_input() {
    let long = "in 2021 ".repeat(20_000);
    let inputs = [
        "",
        " ",
        "\u{feff}",
        "2021",
        "in",
        "in 2",
        "the",
        "'",
        "’90s",
        "Jan.",
        "5-",
        "from 2001 to",
        "between",
        "99999999999999999999/99/9999",
        "0000-00-00",
        "9999-99-99 31/31/31",
        "Q9 H7 FY FY99999",
        "the 999th century",
        "a a a a a years ago",
        "ninety-nine hundred years",
        "February 30, 2023 and 29 February 2023",
        "منذ 2021 في أبريل",
        "é1999é",
        long.as_str(),
    ];
    for s in inputs {
        let _ = tag(s, Anchor::Day(day("2025-07-04")), TimeOptions::default());
        let _ = tag(s, Anchor::None, TimeOptions::default());
    }
    // Random mixtures of the vocabulary the grammar knows, plus junk.
    let vocab = [
        "in",
        "the",
        "of",
        "2021",
        "1990",
        "s",
        "'",
        "-",
        "–",
        ",",
        ".",
        "/",
        "July",
        "May",
        "3",
        "31",
        "rd",
        "Thursday",
        "last",
        "next",
        "this",
        "year",
        "years",
        "ago",
        "earlier",
        "later",
        "from",
        "to",
        "between",
        "and",
        "since",
        "until",
        "almost",
        "a",
        "half",
        "century",
        "20th",
        "Q3",
        "fiscal",
        "summer",
        "mid",
        "early",
        "late",
        "end",
        "previous",
        "following",
        "day",
        "week",
        "month",
        "decade",
        "9999",
        "0",
        "é",
        "\n",
    ];
    let mut seed: u64 = 0x2545_f491_4f6c_dd1d;
    for _ in 0..3000 {
        let mut s = String::new();
        for _ in 0..12 {
            seed ^= seed << 13;
            seed ^= seed >> 7;
            seed ^= seed << 17;
            s.push_str(vocab[(seed % vocab.len() as u64) as usize]);
            if seed & 16 == 0 {
                s.push(' ');
            }
        }
        for m in tag(&s, Anchor::Day(day("2025-07-04")), TimeOptions::default()) {
            assert_eq!(&s[m.start..m.end], m.text);
        }
        let w = Anchor::Window(day("2024-12-30"), day("2025-01-05"));
        let _ = tag(&s, w, TimeOptions::default());
    }
}

#[test]
fn unanchored_and_windows() {
    let m = tag_on(
        "The board met on Thursday and will meet again next month.",
        "-",
    );
    assert_eq!(m.len(), 2);
    assert!(m.iter().all(|m| m.value.is_none() && m.relative));
    assert_eq!(m[0].granularity, Granularity::Day);
    assert_eq!(m[1].granularity, Granularity::Month);
    // Absolute ones keep their value without an anchor.
    let m = tag_on("The board met on 3 July 2025.", "-");
    assert_eq!(m[0].value.as_deref(), Some("2025-07-03"));
    assert!(!m[0].relative);
    // A window resolves only what every day of it agrees on.
    let w = Anchor::Window(day("2025-07-03"), day("2025-07-09"));
    let m = tag(
        "Russia acted on Thursday. This month it sent envoys; last week too.",
        w,
        TimeOptions::default(),
    );
    let v: Vec<Option<&str>> = m.iter().map(|m| m.value.as_deref()).collect();
    assert_eq!(v, vec![Some("2025-07-03"), Some("2025-07"), None]);
}
