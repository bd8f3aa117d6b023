//! Periods: decades, centuries, parts of a year, and quarters named by their last month.

use super::*;

#[test]
fn periods_decades_centuries() {
    let p = "2024-05-15";
    expect("Profits fell in Q2 2023.", p, "Q2 2023", "2023-Q2", "");
    expect(
        "Profits fell in the second quarter of 2023.",
        p,
        "the second quarter of 2023",
        "2023-Q2",
        "",
    );
    expect(
        "Sales rose in the second half of 2022.",
        p,
        "the second half of 2022",
        "2022-H2",
        "",
    );
    expect("Sales rose in 2H 2022.", p, "2H 2022", "2022-H2", "");
    expect(
        "The budget for fiscal 2026 is late.",
        p,
        "fiscal 2026",
        "2026",
        "fiscal",
    );
    expect(
        "The budget for FY2026 is late.",
        p,
        "FY2026",
        "2026",
        "fiscal",
    );
    expect(
        "The dam burst in the spring of 1977.",
        p,
        "the spring of 1977",
        "1977-SP",
        "",
    );
    expect(
        "A boom in the 1880s built the town.",
        p,
        "the 1880s",
        "188X",
        "",
    );
    expect(
        "Hits of the '80s filled the radio.",
        p,
        "the '80s",
        "198X",
        "",
    );
    expect(
        "Steam ruled the 18th century.",
        p,
        "the 18th century",
        "17XX",
        "",
    );
    expect(
        "A twenty-first century problem.",
        p,
        "twenty-first century",
        "20XX",
        "",
    );
}

#[test]
fn quarters_named_by_their_last_month() {
    let p = "2024-05-15";
    expect(
        "Profit rose 12% in the September quarter.",
        p,
        "the September quarter",
        "2023-Q3",
        "",
    );
    expect(
        "Net profit in the December quarter rose 8%.",
        "2025-02-03",
        "the December quarter",
        "2024-Q4",
        "",
    );
    expect(
        "The lender will report June quarter results in July.",
        p,
        "June quarter",
        "2024-Q2",
        "",
    );
    expect(
        "Profit rose 12% in the quarter ended June 30.",
        "2024-08-01",
        "the quarter ended June 30",
        "2024-Q2",
        "",
    );
    expect(
        "Revenue for the quarter ended March 31, 2023 rose.",
        p,
        "the quarter ended March 31, 2023",
        "2023-Q1",
        "",
    );
    expect(
        "Sales in the September 2023 quarter were strong.",
        p,
        "the September 2023 quarter",
        "2023-Q3",
        "",
    );
    // only months that end a quarter
    none("Profit rose in the quarter ended May 31.", "quarter ended");
    none("He will march quarter by quarter.", "march");
}
