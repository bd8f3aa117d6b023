//! Parts of the calendar below a month: weekends, parts of a day, weeks of a month,
//! `late on`/`early on` a day.

use super::*;

#[test]
fn weekends() {
    // 2024-05-15 is a Wednesday: the weekend before is W19 (11-12 May), the coming
    // one W20 (18-19 May).
    let p = "2024-05-15";
    expect(
        "Protesters marched over the weekend.",
        p,
        "the weekend",
        "2024-W19-WE",
        "",
    );
    expect(
        "Fighting continued through the weekend, residents said.",
        p,
        "the weekend",
        "2024-W19-WE",
        "",
    );
    expect(
        "Talks will resume at the weekend.",
        p,
        "the weekend",
        "2024-W20-WE",
        "",
    );
    expect(
        "Storms are expected this weekend.",
        p,
        "this weekend",
        "2024-W20-WE",
        "",
    );
    // past tense: the most recent weekend (the current one on a Saturday or Sunday)
    expect(
        "The minister defended the plan this weekend.",
        p,
        "this weekend",
        "2024-W19-WE",
        "",
    );
    expect(
        "The minister defended the plan this weekend.",
        "2024-05-19",
        "this weekend",
        "2024-W20-WE",
        "",
    );
    expect(
        "The minister said this weekend that he would stay.",
        p,
        "this weekend",
        "2024-W19-WE",
        "",
    );
    expect(
        "This past weekend, the club won its first title.",
        p,
        "This past weekend",
        "2024-W19-WE",
        "",
    );
    expect(
        "Crowds gathered last weekend.",
        p,
        "last weekend",
        "2024-W19-WE",
        "",
    );
    expect(
        "Crowds will gather next weekend.",
        p,
        "next weekend",
        "2024-W21-WE",
        "",
    );
    // On a Sunday, the past weekend is the current one; on a Monday, the one just over.
    expect(
        "Voters went to the polls over the weekend.",
        "2024-05-19",
        "the weekend",
        "2024-W20-WE",
        "",
    );
    expect(
        "Voters went to the polls over the weekend.",
        "2024-05-20",
        "the weekend",
        "2024-W20-WE",
        "",
    );
    expect(
        "Riots broke out over the weekend.",
        "-",
        "the weekend",
        "-",
        "",
    );
    none("The weekend of May 4 brought heavy rain.", "weekend");
    none("The weekend before the vote was tense.", "weekend");
    none("He works every weekend at the docks.", "weekend");
}

#[test]
fn parts_of_day() {
    let p = "2024-05-15";
    expect(
        "Police said the suspect was arrested last night.",
        p,
        "last night",
        "2024-05-14",
        "",
    );
    expect(
        "Last night, rockets hit the port.",
        p,
        "Last night",
        "2024-05-14",
        "",
    );
    expect(
        "The president will address the nation tonight.",
        p,
        "tonight",
        "2024-05-15",
        "",
    );
    for (text, phrase) in [
        (
            "Police said this morning that two men were held.",
            "this morning",
        ),
        ("Trading resumed this afternoon.", "this afternoon"),
        ("The council meets this evening.", "this evening"),
        ("Shelling resumed yesterday morning.", "yesterday morning"),
    ] {
        let v = if phrase.starts_with("yesterday") {
            "2024-05-14"
        } else {
            "2024-05-15"
        };
        expect(text, p, phrase, v, "");
    }
    expect(
        "Storms hit the coast on Tuesday night.",
        p,
        "Tuesday night",
        "2024-05-14",
        "",
    );
    none("A night of violence followed the verdict.", "night");
    none("Night fell on the besieged city.", "Night");
}

#[test]
fn weeks_of_a_month() {
    // First week: the ISO week of the month's first Thursday (the week of the 1st when
    // the 1st falls Monday to Thursday); last week: the week of its last Thursday.
    let p = "2024-05-15";
    // 1 March 2024 is a Friday: the first week is 4-10 March.
    expect(
        "Voting began in the first week of March.",
        p,
        "the first week of March",
        "2024-W10",
        "",
    );
    // 1 May 2024 is a Wednesday: the week of 29 April.
    expect(
        "Talks stalled in the first week of May.",
        p,
        "the first week of May",
        "2024-W18",
        "",
    );
    // 30 June 2022 is a Thursday: week 26.
    expect(
        "Shipments resumed in the last week of June 2022.",
        p,
        "the last week of June 2022",
        "2022-W26",
        "",
    );
    expect(
        "Voting will take place in the second week of June.",
        p,
        "the second week of June",
        "2024-W24",
        "",
    );
    expect(
        "Results came in the final week of February.",
        p,
        "the final week of February",
        "2024-W09",
        "",
    );
    expect(
        "Prices fell last week of all things.",
        p,
        "last week",
        "2024-W19",
        "",
    );
}

#[test]
fn late_and_early_on_a_day() {
    let p = "2024-05-15";
    expect(
        "The deal was signed late on Friday.",
        p,
        "Friday",
        "2024-05-10",
        "late",
    );
    expect(
        "Police were called early on Tuesday.",
        p,
        "Tuesday",
        "2024-05-14",
        "early",
    );
    expect(
        "The deal was signed late Friday.",
        p,
        "late Friday",
        "2024-05-10",
        "late",
    );
    expect(
        "The strike began late on Friday night.",
        p,
        "Friday night",
        "2024-05-10",
        "late",
    );
    expect(
        "The fire broke out late on March 3.",
        p,
        "March 3",
        "2024-03-03",
        "late",
    );
    let m = tag_on("The deal was signed late on Friday.", p);
    assert_eq!(m[0].preposition.as_deref(), Some("on"));
    none("Early on, the team struggled.", "Early on");
    none("He spoke out early on in the war.", "early on");
}
