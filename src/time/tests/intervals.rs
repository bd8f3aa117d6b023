//! Intervals: two dates joined, `until`/`since` a month, and day ranges in a month.

use super::*;

#[test]
fn intervals() {
    let p = "2024-05-15";
    expect(
        "He ruled from 1979 to 1990.",
        p,
        "1979 to 1990",
        "1979/1990",
        "",
    );
    let m = tag_on("He ruled from 1979 to 1990.", p);
    assert_eq!(m[0].preposition.as_deref(), Some("from"));
    expect(
        "He ruled between 1979 and 1990.",
        p,
        "1979 and 1990",
        "1979/1990",
        "",
    );
    expect(
        "The 1939-45 war changed Europe.",
        p,
        "1939-45",
        "1939/1945",
        "",
    );
    expect(
        "Prices rose from April to June 2023.",
        p,
        "April to June 2023",
        "2023-04/2023-06",
        "",
    );
    expect(
        "The fair runs Sept. 12-15, 2024.",
        p,
        "Sept. 12-15, 2024",
        "2024-09-12/2024-09-15",
        "",
    );
    expect(
        "The fair ran 3-5 May 2022.",
        p,
        "3-5 May 2022",
        "2022-05-03/2022-05-05",
        "",
    );
    expect(
        "Imports fell between June and August.",
        "2024-07-20",
        "June and August",
        "2024-06/2024-08",
        "",
    );
    expect(
        "The plan covers 2025 through 2030.",
        p,
        "2025 through 2030",
        "2025/2030",
        "",
    );
    expect(
        "He joined in 2005/06 as a trainee.",
        p,
        "2005/06",
        "2005/2006",
        "",
    );
}

#[test]
fn until_and_since_months() {
    let p = "2024-05-15";
    expect(
        "The road will stay closed until March.",
        p,
        "March",
        "2025-03",
        "until",
    );
    expect(
        "Officials said the border remains shut until February.",
        p,
        "February",
        "2025-02",
        "until",
    );
    expect(
        "The state of emergency was extended until April.",
        p,
        "April",
        "2025-04",
        "until",
    );
    expect(
        "The exhibition runs until September.",
        p,
        "September",
        "2024-09",
        "until",
    );
    expect(
        "The ceasefire will last until June.",
        p,
        "June",
        "2024-06",
        "until",
    );
    expect(
        "The rate will stay at 5% through June 30.",
        p,
        "June 30",
        "2024-06-30",
        "",
    );
    // past clauses keep the past reading
    expect(
        "The road was closed until March.",
        p,
        "March",
        "2024-03",
        "until",
    );
    expect(
        "Schools remained shut until March.",
        p,
        "March",
        "2024-03",
        "until",
    );
    expect(
        "He served as finance minister until April.",
        p,
        "April",
        "2024-04",
        "until",
    );
    expect(
        "Prices have fallen since January.",
        p,
        "January",
        "2024-01",
        "since",
    );
    expect(
        "Rents will have doubled since September.",
        p,
        "September",
        "2023-09",
        "since",
    );
}

#[test]
fn day_ranges_in_a_month() {
    let p = "2024-05-15";
    expect(
        "The festival ran 1 to 3 March.",
        p,
        "1 to 3 March",
        "2024-03-01/2024-03-03",
        "",
    );
    expect(
        "The summit was held March 1-3.",
        p,
        "March 1-3",
        "2024-03-01/2024-03-03",
        "",
    );
    expect(
        "The talks were held 1-3 March 2024.",
        p,
        "1-3 March 2024",
        "2024-03-01/2024-03-03",
        "",
    );
    expect(
        "The fair took place between 5 and 7 June.",
        "2024-07-01",
        "5 and 7 June",
        "2024-06-05/2024-06-07",
        "",
    );
    expect(
        "Talks ran March 4 through 6, 2023.",
        p,
        "March 4 through 6, 2023",
        "2023-03-04/2023-03-06",
        "",
    );
    expect(
        "The conference will run 4 to 6 June.",
        p,
        "4 to 6 June",
        "2024-06-04/2024-06-06",
        "",
    );
    // not day ranges
    expect(
        "He was sentenced on March 3 to 10 years in prison.",
        p,
        "March 3",
        "2024-03-03",
        "",
    );
    expect(
        "On March 1 to 3 people a day were arriving.",
        p,
        "March 1",
        "2024-03-01",
        "",
    );
    none("Inflation slowed from 4 to 3 percent.", "4 to 3");
}
