//! Qualifiers, modifiers and prepositions: what is kept inside an extent and what
//! stays outside.

use super::*;

#[test]
fn modifiers() {
    let p = "2024-05-15";
    expect("Prices peaked in mid-2021.", p, "mid-2021", "2021", "mid");
    expect(
        "Prices peaked in the late 1970s.",
        p,
        "the late 1970s",
        "197X",
        "late",
    );
    expect(
        "Work will start in early June.",
        p,
        "early June",
        "2024-06",
        "early",
    );
    expect(
        "Work ends by the end of 2027.",
        p,
        "the end of 2027",
        "2027",
        "end",
    );
    expect(
        "The law passed in late 2019.",
        p,
        "late 2019",
        "2019",
        "late",
    );
    expect(
        "Growth slowed late last year.",
        p,
        "late last year",
        "2023",
        "late",
    );
    expect(
        "Rates have been frozen since 2020.",
        p,
        "2020",
        "2020",
        "since",
    );
    expect("The ban runs until 2031.", p, "2031", "2031", "until");
    expect(
        "Engineers knew as early as 2015.",
        p,
        "as early as 2015",
        "2015",
        "as early as",
    );
    expect(
        "The mill was built around 1850.",
        p,
        "around 1850",
        "1850",
        "around",
    );
}

#[test]
fn extents_and_prepositions() {
    let text = "Since 2021, girls have been barred; in April this year the ban widened.";
    let m = tag_on(text, "2025-07-04");
    assert_eq!(m.len(), 2);
    assert_eq!(m[0].text, "2021");
    assert_eq!(m[0].preposition.as_deref(), Some("since"));
    assert_eq!(m[1].text, "April this year");
    assert_eq!(m[1].preposition.as_deref(), Some("in"));
    for m in &m {
        assert_eq!(&text[m.start..m.end], m.text);
    }
    // Mentions come in order and never overlap.
    let text = "From 1996 to 2001, and again in 2021 (August 15), the Taliban ruled.";
    let m = tag_on(text, "2025-07-04");
    for w in m.windows(2) {
        assert!(w[0].end <= w[1].start);
    }
}
