//! Durations: a number and a unit, as ISO 8601 values.

use super::*;

#[test]
fn durations() {
    let p = "2024-05-15";
    expect("The war lasted seven years.", p, "seven years", "P7Y", "");
    expect(
        "A twenty-five-year lease was signed.",
        p,
        "twenty-five-year",
        "P25Y",
        "",
    );
    expect(
        "They waited twenty-five years.",
        p,
        "twenty-five years",
        "P25Y",
        "",
    );
    expect(
        "The rebels held the town for a fortnight.",
        p,
        "a fortnight",
        "P2W",
        "",
    );
    expect(
        "It took a year and a half.",
        p,
        "a year and a half",
        "P18M",
        "",
    );
    expect(
        "It took two and a half years.",
        p,
        "two and a half years",
        "P30M",
        "",
    );
    expect("It took 1.5 years.", p, "1.5 years", "P18M", "");
    expect("A 72-hour ceasefire began.", p, "72-hour", "PT72H", "");
    expect(
        "Talks went on for nearly two decades.",
        p,
        "nearly two decades",
        "P20Y",
        "nearly",
    );
    expect(
        "Rebuilding will take at least a decade.",
        p,
        "at least a decade",
        "P10Y",
        "at least",
    );
    expect(
        "Rebuilding took over 30 years.",
        p,
        "over 30 years",
        "P30Y",
        "over",
    );
    expect("A year-long inquiry followed.", p, "year-long", "P1Y", "");
    expect(
        "He has ruled for the past 12 years.",
        p,
        "the past 12 years",
        "P12Y",
        "",
    );
    expect("It lasted half an hour.", p, "half an hour", "PT30M", "");
}
