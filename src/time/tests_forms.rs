//! Unit tests of the forms of issue 11 (`forms`, `words`, `relative`, `quarters`,
//! `spans`, `holidays`), and of the prose they must leave alone. The sentences here are
//! in none of the phrase corpora.

use super::{expect, none as none_on};

#[test]
fn absolute_forms() {
    let p = "2024-05-15";
    expect(
        "The memo is dated 5-Feb-2019.",
        p,
        "5-Feb-2019",
        "2019-02-05",
        "",
    );
    expect(
        "Shipped Aug-21-2017 by sea.",
        p,
        "Aug-21-2017",
        "2017-08-21",
        "",
    );
    expect(
        "Logged at 2016-mar-4 by the clerk.",
        p,
        "2016-mar-4",
        "2016-03-04",
        "",
    );
    expect(
        "The data run to 2020-11, the office said.",
        p,
        "2020-11",
        "2020-11",
        "",
    );
    expect("Payments stopped in 11/2018.", p, "11/2018", "2018-11", "");
    expect(
        "It closed in january 2015 after a fire.",
        p,
        "january 2015",
        "2015-01",
        "",
    );
    expect(
        "Figures from 2012 october were revised.",
        p,
        "2012 october",
        "2012-10",
        "",
    );
    expect("They met in Aug '03 in Rome.", p, "Aug '03", "2003-08", "");
    expect(
        "He left on August the ninth, 2011.",
        p,
        "August the ninth, 2011",
        "2011-08-09",
        "",
    );
}

#[test]
fn words_and_decades() {
    let p = "2024-05-15";
    expect(
        "It was founded in eighteen ninety-two.",
        p,
        "eighteen ninety-two",
        "1892",
        "",
    );
    expect(
        "By two thousand and thirty, coal will be gone.",
        p,
        "two thousand and thirty",
        "2030",
        "",
    );
    expect(
        "The rent was paid on the fourth, the agent said.",
        p,
        "the fourth",
        "2024-05-04",
        "",
    );
    expect(
        "Disco ruled the 70s dance floors.",
        p,
        "the 70s",
        "197X",
        "",
    );
    expect(
        "Mills closed across the nineteen-eighties.",
        p,
        "the nineteen-eighties",
        "198X",
        "",
    );
    expect(
        "The abbey dates from the 1600s.",
        p,
        "the 1600s",
        "16XX",
        "",
    );
}

#[test]
fn relative_forms() {
    let p = "2024-05-15";
    expect(
        "The plant will reopen in four weeks.",
        p,
        "four weeks",
        "2024-06-12",
        "",
    );
    expect(
        "It shut 2 years and 3 months ago.",
        p,
        "2 years and 3 months ago",
        "2022-02",
        "",
    );
    expect(
        "The vote is set for the third Monday of June.",
        p,
        "the third Monday of June",
        "2024-06-17",
        "",
    );
    expect(
        "Rents rise on the 5th of next month.",
        p,
        "the 5th of next month",
        "2024-06-05",
        "",
    );
    expect(
        "They met on Wednesday of last week.",
        p,
        "Wednesday of last week",
        "2024-05-08",
        "",
    );
    expect(
        "The index is up 4 percent year to date.",
        p,
        "year to date",
        "2024-01-01/2024-05-15",
        "",
    );
    expect(
        "Voting ends the week after next.",
        p,
        "the week after next",
        "2024-W22",
        "",
    );
}

#[test]
fn quarters_durations_holidays() {
    let p = "2024-05-15";
    expect("Orders in 2019q4 fell.", p, "2019q4", "2019-Q4", "");
    expect(
        "Output in the 2017 second quarter rose.",
        p,
        "the 2017 second quarter",
        "2017-Q2",
        "",
    );
    expect(
        "He served 4 years and 2 months.",
        p,
        "4 years and 2 months",
        "P4Y2M",
        "",
    );
    expect(
        "Wait a couple of hours.",
        p,
        "a couple of hours",
        "PT2H",
        "about",
    );
    expect(
        "The church was full on Easter Sunday 2019.",
        p,
        "Easter Sunday 2019",
        "2019-04-21",
        "",
    );
    expect(
        "Stores open late on Labor Day 2022.",
        p,
        "Labor Day 2022",
        "2022-09-05",
        "",
    );
    expect(
        "Sales were strong from Nov-Jan 2020.",
        p,
        "Nov-Jan 2020",
        "2019-11/2020-01",
        "",
    );
}

#[test]
fn prose_left_alone() {
    none_on("A man in his 80s was rescued from the river.", "80s");
    none_on("Highs in the 80s are forecast.", "80s");
    none_on("She may 2 times a week visit the clinic.", "may");
    none_on("Protesters march 5 miles to the capitol.", "march");
    none_on("The part is sold as Model 2021-06 in Europe.", "2021-06");
    none_on("The serial 2021-06-A was recalled.", "2021-06");
    none_on("He won for the third time on the third floor.", "third");
    none_on("They handed out twenty twenty-dollar bills.", "twenty");
    none_on(
        "The Good Friday Agreement ended the Troubles.",
        "Good Friday",
    );
    none_on("Labour Day parades were held across Europe.", "Labour Day");
    none_on("Children hunted Easter eggs in the park.", "Easter");
    none_on("The score was 9/15 at half time.", "9/15");
    none_on("Eleven fifteen is when the train leaves.", "Eleven fifteen");
}
