//! Unit tests of the tagger, by category. The sentences here are not in
//! `tests/phrases/dates.tsv`.

use chrono::NaiveDate;

use super::*;

#[path = "tests_forms.rs"]
mod forms;

fn day(s: &str) -> NaiveDate {
    NaiveDate::parse_from_str(s, "%Y-%m-%d").expect("test date")
}

fn tag_on(text: &str, published: &str) -> Vec<TimeMention> {
    let anchor = if published == "-" {
        Anchor::None
    } else {
        Anchor::Day(day(published))
    };
    tag(text, anchor, TimeOptions::default())
}

/// `(extent, value, qualifier)` of every mention, values `-` when none.
fn found(text: &str, published: &str) -> Vec<(String, String, String)> {
    tag_on(text, published)
        .into_iter()
        .map(|m| {
            (
                m.text,
                m.value.unwrap_or_else(|| "-".into()),
                m.qualifier.unwrap_or_default(),
            )
        })
        .collect()
}

/// Asserts that `phrase` is tagged with `value` (and `qual` when not empty).
#[track_caller]
fn expect(text: &str, published: &str, phrase: &str, value: &str, qual: &str) {
    let all = found(text, published);
    let ok = all
        .iter()
        .any(|(t, v, q)| t == phrase && v == value && (qual.is_empty() || q == qual));
    assert!(
        ok,
        "{text}\n  expected `{phrase}` → {value} [{qual}]\n  got {all:?}"
    );
}

/// Asserts that nothing overlapping `phrase` is tagged.
#[track_caller]
fn none(text: &str, phrase: &str) {
    let ps = text.find(phrase).expect("phrase in text");
    let pe = ps + phrase.len();
    let hits: Vec<_> = tag_on(text, "2024-05-15")
        .into_iter()
        .filter(|m| m.start < pe && m.end > ps)
        .map(|m| m.text)
        .collect();
    assert!(
        hits.is_empty(),
        "{text}\n  `{phrase}` must not be tagged: {hits:?}"
    );
}

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
    expect(
        "The tour starts in the summer.",
        p,
        "the summer",
        "2023-SU",
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

// ---- holidays, weekends, parts of day, "this Friday", until/since, day ranges,
// ---- weeks of a month, late/early on, names with weekdays, quarters by month

#[test]
fn fixed_holidays() {
    let p = "2024-05-15";
    expect(
        "Shoppers crowded the markets on Christmas Eve.",
        p,
        "Christmas Eve",
        "2023-12-24",
        "",
    );
    expect(
        "The ceasefire collapsed on Christmas Day 2023.",
        p,
        "Christmas Day 2023",
        "2023-12-25",
        "",
    );
    expect(
        "The truce of Christmas Day 1914 is still remembered.",
        p,
        "Christmas Day 1914",
        "1914-12-25",
        "",
    );
    expect(
        "Exports slumped over Christmas, the ministry said.",
        p,
        "Christmas",
        "2023-12-25",
        "",
    );
    expect(
        "The family will gather for Christmas.",
        p,
        "Christmas",
        "2024-12-25",
        "",
    );
    expect(
        "Revellers packed the square on New Year's Eve.",
        p,
        "New Year's Eve",
        "2023-12-31",
        "",
    );
    expect(
        "The new tax took effect on New Year's Day.",
        p,
        "New Year's Day",
        "2024-01-01",
        "",
    );
    expect(
        "Sales began on Boxing Day.",
        "2025-01-05",
        "Boxing Day",
        "2024-12-26",
        "",
    );
    expect(
        "Children went trick-or-treating on Halloween.",
        "2024-11-03",
        "Halloween",
        "2024-10-31",
        "",
    );
    expect(
        "Florists reported brisk trade on Valentine's Day.",
        p,
        "Valentine's Day",
        "2024-02-14",
        "",
    );
    expect(
        "Fireworks were set off across the country on Independence Day.",
        "2024-08-02",
        "Independence Day",
        "2024-07-04",
        "",
    );
    expect(
        "She was born on the Fourth of July, 1990.",
        p,
        "the Fourth of July, 1990",
        "1990-07-04",
        "",
    );
    expect(
        "The president will speak on the Fourth of July.",
        p,
        "the Fourth of July",
        "2024-07-04",
        "",
    );
    expect(
        "Troops paraded down the Champs-Elysees on Bastille Day.",
        "2024-07-20",
        "Bastille Day",
        "2024-07-14",
        "",
    );
    expect(
        "Bonfires were lit on Guy Fawkes Night.",
        "2024-11-20",
        "Guy Fawkes Night",
        "2024-11-05",
        "",
    );
    expect(
        "Dublin held its parade on St. Patrick's Day.",
        p,
        "St. Patrick's Day",
        "2024-03-17",
        "",
    );
    expect(
        "Wreaths were laid on Armistice Day 2018.",
        p,
        "Armistice Day 2018",
        "2018-11-11",
        "",
    );
    expect(
        "Veterans Day ceremonies were held across the country.",
        "2024-11-12",
        "Veterans Day",
        "2024-11-11",
        "",
    );
    // US Thanksgiving: the fourth Thursday of November; Black Friday the day after.
    expect(
        "Air travel spiked over Thanksgiving.",
        "2024-12-01",
        "Thanksgiving",
        "2024-11-28",
        "",
    );
    expect(
        "Shoppers queued before dawn on Black Friday.",
        "2023-12-01",
        "Black Friday",
        "2023-11-24",
        "",
    );
    // this / last / next
    expect(
        "He plans to spend this Christmas at home.",
        p,
        "this Christmas",
        "2024-12-25",
        "",
    );
    expect(
        "Last Christmas the shelters were full.",
        p,
        "Last Christmas",
        "2023-12-25",
        "",
    );
    // the end of a span follows its start
    expect(
        "Markets were shut between Christmas and New Year's Day.",
        "2023-12-28",
        "Christmas and New Year's Day",
        "2023-12-25/2024-01-01",
        "",
    );
    // unanchored
    expect("Prices rose over Christmas.", "-", "Christmas", "-", "");
}

#[test]
fn holiday_negatives() {
    none("The Christmas tree in the square was lit.", "Christmas");
    none("He flew to Christmas Island on a cargo plane.", "Christmas");
    none(
        "Retailers said Black Friday sales disappointed.",
        "Black Friday",
    );
    none("Halloween costumes sold out within days.", "Halloween");
    none("He visited St Patrick's Cathedral.", "Patrick");
    none("The new year began quietly.", "new year");
    none(
        "India celebrated its 77th Independence Day with a parade.",
        "Independence Day",
    );
    none(
        "India's Independence Day parade was cancelled.",
        "Independence Day",
    );
    none("The office is on Independence Avenue.", "Independence");
}

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

#[test]
fn the_nearest_verb_after_the_date_decides_its_tense() {
    let d = |text: &str| {
        tag(
            text,
            Anchor::Day(NaiveDate::from_ymd_opt(2026, 3, 9).unwrap()),
            TimeOptions::default(),
        )
        .into_iter()
        .find(|m| m.text == "Monday")
        .and_then(|m| m.value)
    };
    // 2026-03-09 is a Monday.
    assert_eq!(
        d("Kenya and Japan on Monday signed a pact that will cut tariffs.").as_deref(),
        Some("2026-03-09")
    );
    assert_eq!(
        d("The two unions on Monday agreed a deal that will end the strike.").as_deref(),
        Some("2026-03-09")
    );
    assert_eq!(
        d("On Monday, ministers will meet in Nairobi.").as_deref(),
        Some("2026-03-16")
    );
}

#[test]
fn reading_once_for_many_anchors_resolves_as_each_alone() {
    let text = "The talks began on Thursday and ended two days later.\n\
                Last month the ministry said it would decide by next Friday, \
                and on March 3 it did.";
    let anchors = [
        Anchor::Day(day("2025-07-04")),
        Anchor::Day(day("2025-07-11")),
        Anchor::Window(day("2025-07-20"), day("2025-07-01")),
        Anchor::None,
    ];
    let each = tag_each(text, &anchors, TimeOptions::default());
    assert_eq!(each.len(), anchors.len());
    for (found, &anchor) in each.iter().zip(&anchors) {
        assert_eq!(found, &tag(text, anchor, TimeOptions::default()));
    }
    // The anchors do change the values, so the lists are not one list repeated.
    let thursday = |k: usize| {
        each[k]
            .iter()
            .find(|m| m.text == "Thursday")
            .map(|m| m.value.clone())
    };
    assert_ne!(thursday(0), thursday(1));
}

#[test]
fn arranged_court_dates_are_ahead() {
    let p = "2031-03-05";
    expect("Sentencing is May 20.", p, "May 20", "2031-05-20", "");
    expect(
        "He faces ten years when he is sentenced on May 20.",
        p,
        "May 20",
        "2031-05-20",
        "",
    );
    expect(
        "The two men are to be released in August.",
        p,
        "August",
        "2031-08",
        "",
    );
    // Past forms keep the month behind.
    expect("He was sentenced in August.", p, "August", "2030-08", "");
}
