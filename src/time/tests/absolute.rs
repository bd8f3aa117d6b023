//! Absolute dates: full dates in the common orders, the day-first option, and a month
//! and day without a year.

use super::*;

#[test]
fn absolute_dates() {
    let p = "2024-05-15";
    expect(
        "The plant reopened on Nov. 14, 2023, after repairs.",
        p,
        "Nov. 14, 2023",
        "2023-11-14",
        "",
    );
    expect(
        "It closed on 14 November 2023 for good.",
        p,
        "14 November 2023",
        "2023-11-14",
        "",
    );
    expect(
        "It closed on Tuesday, 14 November 2023.",
        p,
        "Tuesday, 14 November 2023",
        "2023-11-14",
        "",
    );
    expect(
        "The accord dated 2019-06-30 was leaked.",
        p,
        "2019-06-30",
        "2019-06-30",
        "",
    );
    expect(
        "Filed 12/01/2020 in Delaware.",
        p,
        "12/01/2020",
        "2020-12-01",
        "",
    );
    expect(
        "The strike of August 1984 ended in defeat.",
        p,
        "August 1984",
        "1984-08",
        "",
    );
    expect(
        "Ticket sales opened on the 1st of March 2024.",
        p,
        "the 1st of March 2024",
        "2024-03-01",
        "",
    );
    expect(
        "Output peaked in 1973 and never recovered.",
        p,
        "1973",
        "1973",
        "",
    );
    expect(
        "The 1973 oil shock changed everything.",
        p,
        "1973",
        "1973",
        "",
    );
    expect(
        "The 2011-12 season ended in a title.",
        p,
        "2011-12",
        "2011/2012",
        "",
    );
    expect("It was 2008's biggest deal.", p, "2008", "2008", "");
}

#[test]
fn day_first_option() {
    let opts = TimeOptions { month_first: false };
    let m = tag("Signed on 03/07/2025 in Kabul.", Anchor::None, opts);
    assert_eq!(m[0].value.as_deref(), Some("2025-07-03"));
    // An impossible month-first reading falls back to day first.
    expect(
        "Signed 25/12/2024 in Rome.",
        "-",
        "25/12/2024",
        "2024-12-25",
        "",
    );
}

#[test]
fn month_day_without_year() {
    expect(
        "The fire broke out on Dec. 28.",
        "2025-01-03",
        "Dec. 28",
        "2024-12-28",
        "",
    );
    expect(
        "Polls open on Feb. 2.",
        "2025-01-03",
        "Feb. 2",
        "2025-02-02",
        "",
    );
    expect(
        "The summit will open on Jan. 2.",
        "2025-01-03",
        "Jan. 2",
        "2026-01-02",
        "",
    );
    // The weekday fixes the year.
    expect(
        "Voting ends Sunday, Nov. 3.",
        "2024-10-30",
        "Sunday, Nov. 3",
        "2024-11-03",
        "",
    );
}
