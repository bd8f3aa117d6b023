//! Relative dates: days, weeks, months and years counted from the anchor, `this
//! Friday`, and anaphora to a date said before.

use super::*;

#[test]
fn relative_days_and_weeks() {
    // 2024-05-15 is a Wednesday.
    let p = "2024-05-15";
    expect(
        "Parliament voted yesterday.",
        p,
        "yesterday",
        "2024-05-14",
        "",
    );
    expect(
        "The minister resigned on Monday.",
        p,
        "Monday",
        "2024-05-13",
        "",
    );
    expect(
        "The minister resigned on Wednesday.",
        p,
        "Wednesday",
        "2024-05-15",
        "",
    );
    expect(
        "The minister will resign on Wednesday.",
        p,
        "Wednesday",
        "2024-05-22",
        "",
    );
    expect(
        "The court is set to rule on Friday.",
        p,
        "Friday",
        "2024-05-17",
        "",
    );
    expect(
        "Ministers met last Wednesday.",
        p,
        "last Wednesday",
        "2024-05-08",
        "",
    );
    expect(
        "Ministers meet next Monday.",
        p,
        "next Monday",
        "2024-05-20",
        "",
    );
    expect(
        "Storms hit on Sunday night.",
        p,
        "Sunday night",
        "2024-05-12",
        "",
    );
    expect("Rents rose this week.", p, "this week", "2024-W20", "");
    expect("Rents rose last week.", p, "last week", "2024-W19", "");
    expect(
        "Rents rose three weeks ago.",
        p,
        "three weeks ago",
        "2024-W17",
        "",
    );
    expect(
        "Riots broke out last weekend.",
        p,
        "last weekend",
        "2024-W19-WE",
        "",
    );
    expect(
        "The bridge fell four days ago.",
        p,
        "four days ago",
        "2024-05-11",
        "",
    );
    // A past verb right before the weekday wins over a later "will".
    expect(
        "Russia said Tuesday it will reopen the embassy.",
        p,
        "Tuesday",
        "2024-05-14",
        "",
    );
}

#[test]
fn relative_months_and_years() {
    let p = "2024-05-15";
    expect("Exports fell in March.", p, "March", "2024-03", "");
    expect("Exports fell in August.", p, "August", "2023-08", "");
    expect("Exports will recover in March.", p, "March", "2025-03", "");
    expect("The vote is expected in May.", p, "May", "2024-05", "");
    expect(
        "Exports fell in August last year.",
        p,
        "August last year",
        "2023-08",
        "",
    );
    expect("Exports fell last month.", p, "last month", "2024-04", "");
    expect(
        "Exports fell two months ago.",
        p,
        "two months ago",
        "2024-03",
        "",
    );
    expect("Exports fell a year ago.", p, "a year ago", "2023", "");
    expect("Exports will rise next year.", p, "next year", "2025", "");
    expect(
        "Exports fell earlier this month.",
        p,
        "earlier this month",
        "2024-05",
        "earlier",
    );
    expect(
        "Talks resume later this year.",
        p,
        "later this year",
        "2024",
        "later",
    );
    expect(
        "Growth slowed last quarter.",
        p,
        "last quarter",
        "2024-Q1",
        "",
    );
    expect(
        "Heat is expected this summer.",
        p,
        "this summer",
        "2024-SU",
        "",
    );
    expect("It snowed last winter.", p, "last winter", "2023-WI", "");
    expect(
        "This spring, exports rose.",
        "2023-06-15",
        "This spring",
        "2023-SP",
        "",
    );
    expect(
        "A three-and-a-half-year war ended.",
        p,
        "three-and-a-half-year",
        "P42M",
        "",
    );
    // No tense either way: the nearer summer, a season ahead counting twice one behind
    // (from mid-May, this summer, not last).
    expect(
        "The tour starts in the summer.",
        p,
        "the summer",
        "2024-SU",
        "",
    );
    expect(
        "Sales peaked in the autumn.",
        p,
        "the autumn",
        "2023-FA",
        "",
    );
    expect(
        "More details at its capital markets day in March.",
        "2026-01-29",
        "March",
        "2026-03",
        "",
    );
    expect(
        "More details at its capital markets day in March.",
        "2026-07-29",
        "March",
        "2026-03",
        "",
    );
}

#[test]
fn anaphora() {
    let p = "2024-05-15";
    expect(
        "Output rose in 2019 and fell the following year.",
        p,
        "the following year",
        "2020",
        "",
    );
    expect(
        "The mine shut in 2009; two years later it reopened.",
        p,
        "two years later",
        "2011",
        "",
    );
    expect(
        "Sales were up on a year earlier.",
        p,
        "a year earlier",
        "2023",
        "",
    );
    expect(
        "The deal closed on 3 March 2022 and was approved the previous day.",
        p,
        "the previous day",
        "2022-03-02",
        "",
    );
    // The latest date may itself be relative.
    expect(
        "Sales grew last year, twice as fast as a year earlier.",
        p,
        "a year earlier",
        "2022",
        "",
    );
}

#[test]
fn this_weekday() {
    // 2024-05-15 is a Wednesday.
    let p = "2024-05-15";
    expect(
        "The museum opens this Friday.",
        p,
        "this Friday",
        "2024-05-17",
        "",
    );
    expect(
        "The ministry said the exhibition opens this Saturday.",
        p,
        "this Saturday",
        "2024-05-18",
        "",
    );
    expect(
        "The vote will take place this Friday.",
        p,
        "this Friday",
        "2024-05-17",
        "",
    );
    expect(
        "The summit is held this Thursday in Geneva.",
        p,
        "this Thursday",
        "2024-05-16",
        "",
    );
    expect(
        "He resigned this Monday after a week of pressure.",
        p,
        "this Monday",
        "2024-05-13",
        "",
    );
    // bare weekdays keep the past reading without a future cue
    expect(
        "The ministry said on Thursday the exhibition opened.",
        p,
        "Thursday",
        "2024-05-09",
        "",
    );
    expect("The museum opens on Friday.", p, "Friday", "2024-05-10", "");
    expect(
        "The museum will open on Friday.",
        p,
        "Friday",
        "2024-05-17",
        "",
    );
    expect(
        "The talks start next Monday.",
        p,
        "next Monday",
        "2024-05-20",
        "",
    );
}
