use super::*;

/// `(text, value, qualifier, unit)` of every mention.
fn got(text: &str) -> Vec<(String, String, Option<String>, Option<String>)> {
    find(text)
        .into_iter()
        .map(|m| (m.text, m.value, m.qualifier, m.unit))
        .collect()
}

fn one(text: &str) -> NumMention {
    let ms = find(text);
    assert_eq!(ms.len(), 1, "{text:?} gave {ms:?}");
    ms.into_iter().next().unwrap()
}

fn check(text: &str, kind: NumKind, stated: &str, value: &str) {
    let m = one(text);
    assert_eq!(
        (m.kind, m.text.as_str(), m.value.as_str()),
        (kind, stated, value),
        "{text:?}"
    );
    assert_eq!(&text[m.start..m.end], m.text);
}

#[test]
fn amounts_with_signs_and_scales() {
    use NumKind::Amount as A;
    check("They paid $9bn for it.", A, "$9bn", "9000000000 USD");
    check("It cost £6.6bn.", A, "£6.6bn", "6600000000 GBP");
    check("A grant of €1.2m was approved.", A, "€1.2m", "1200000 EUR");
    check(
        "A fine of 2.01 million euros.",
        A,
        "2.01 million euros",
        "2010000 EUR",
    );
    check(
        "It needs Rs 500 crore now.",
        A,
        "Rs 500 crore",
        "5000000000 INR",
    );
    check(
        "It set aside Rs 11.1 lakh crore.",
        A,
        "Rs 11.1 lakh crore",
        "11100000000000 INR",
    );
    check("A payout of ₹2 lakh each.", A, "₹2 lakh", "200000 INR");
    check(
        "It raised US$3.4 million.",
        A,
        "US$3.4 million",
        "3400000 USD",
    );
    check(
        "Ottawa will spend C$1.8 billion.",
        A,
        "C$1.8 billion",
        "1800000000 CAD",
    );
    check("The bank lent HK$5,000.", A, "HK$5,000", "5000 HKD");
    check(
        "A deficit of RD$268 billion was approved.",
        A,
        "RD$268 billion",
        "268000000000 DOP",
    );
    check("Kingston pledged J$2bn.", A, "J$2bn", "2000000000 JMD");
    // An unknown dollar is not taken for the US dollar.
    let found = find("It costs XQ$40 million, not $40 million.");
    assert_eq!(
        found.iter().map(|m| m.value.as_str()).collect::<Vec<_>>(),
        ["40000000 USD"],
        "{found:?}"
    );
    assert_eq!(found[0].text, "$40 million");
    check(
        "A loan of USD 25 million.",
        A,
        "USD 25 million",
        "25000000 USD",
    );
    check("It paid CHF 200m.", A, "CHF 200m", "200000000 CHF");
    check(
        "The stock closed at $0.50 on Friday.",
        A,
        "$0.50",
        "0.5 USD",
    );
    check("A dividend of $1.25 a share.", A, "$1.25", "1.25 USD");
    check("Salaries rise to £30k.", A, "£30k", "30000 GBP");
    check("Debt is £2.7trn.", A, "£2.7trn", "2700000000000 GBP");
    check("Losses of $300 mln.", A, "$300 mln", "300000000 USD");
    check("They paid 50 cents each.", A, "50 cents", "0.5 USD");
}

#[test]
fn amounts_in_words_and_currency_words() {
    use NumKind::Amount as A;
    check(
        "It will give nine billion dollars.",
        A,
        "nine billion dollars",
        "9000000000 USD",
    );
    check(
        "It fetched half a million dollars.",
        A,
        "half a million dollars",
        "500000 USD",
    );
    check(
        "A million pounds was raised.",
        A,
        "A million pounds",
        "1000000 GBP",
    );
    check(
        "They want twenty-five thousand dollars.",
        A,
        "twenty-five thousand dollars",
        "25000 USD",
    );
    check(
        "It costs 100 billion Swiss francs.",
        A,
        "100 billion Swiss francs",
        "100000000000 CHF",
    );
    check(
        "It is 145 billion Mexican pesos.",
        A,
        "145 billion Mexican pesos",
        "145000000000 MXN",
    );
    check(
        "It is 145 billion pesos.",
        A,
        "145 billion pesos",
        "145000000000 pesos",
    );
    check(
        "Profit was 10.4 trillion won.",
        A,
        "10.4 trillion won",
        "10400000000000 KRW",
    );
    check(
        "A fine of 3 million roubles.",
        A,
        "3 million roubles",
        "3000000 RUB",
    );
    check("It sells for 80,000 naira.", A, "80,000 naira", "80000 NGN");
    check("It costs 25 USD.", A, "25 USD", "25 USD");
}

#[test]
fn second_currency_in_brackets_is_one_amount() {
    let m = one("The deal is worth $9bn (£6.6bn) including debt.");
    assert_eq!(
        (m.text.as_str(), m.value.as_str()),
        ("$9bn (£6.6bn)", "9000000000 USD")
    );
    let m = one("It will invest Rs 1,000 crore ($120 million) in a plant.");
    assert_eq!(m.value, "10000000000 INR");
    assert!(m.text.ends_with("million)"));
}

#[test]
fn hedges_are_kept() {
    let m = one("freezing nearly $9 billion in assets");
    assert_eq!(
        (m.text.as_str(), m.qualifier.as_deref()),
        ("nearly $9 billion", Some("nearly"))
    );
    let m = one("Rescuers found at least 177 people.");
    assert_eq!(
        (m.value.as_str(), m.qualifier.as_deref()),
        ("177", Some("at least"))
    );
    let m = one("As many as 300 migrants drowned.");
    assert_eq!(m.qualifier.as_deref(), Some("as many as"));
    let m = one("Fewer than 20 patients remain.");
    assert_eq!(m.qualifier.as_deref(), Some("fewer than"));
    let m = one("the freezing of approximately $9bn (£6.6bn) in assets");
    assert_eq!(m.qualifier.as_deref(), Some("approximately"));
    assert_eq!(m.text, "approximately $9bn (£6.6bn)");
    let m = one("an estimated 2,000 troops");
    assert_eq!(m.qualifier.as_deref(), Some("an estimated"));
}

#[test]
fn counts_with_their_nouns() {
    use NumKind::Count as C;
    check(
        "a nine-year war that cost them 15,000 personnel.",
        C,
        "15,000 personnel",
        "15000",
    );
    check(
        "only three countries recognised it",
        C,
        "only three countries",
        "3",
    );
    check(
        "It killed 15,000 Soviet personnel.",
        C,
        "15,000 Soviet personnel",
        "15000",
    );
    check(
        "Floods cut off two dozen villages.",
        C,
        "two dozen villages",
        "24",
    );
    check(
        "after a dozen ministers signed",
        C,
        "a dozen ministers",
        "12",
    );
    check(
        "1.2 million people have fled",
        C,
        "1.2 million people",
        "1200000",
    );
    check("Half a dozen boats left.", C, "Half a dozen boats", "6");
    check(
        "One hundred and twenty pilgrims died.",
        C,
        "One hundred and twenty pilgrims",
        "120",
    );
    check(
        "a hundred thousand demonstrators",
        C,
        "a hundred thousand demonstrators",
        "100000",
    );
    check("The plane had 43 people on board.", C, "43 people", "43");
    check("Voters will elect 650 MPs.", C, "650 MPs", "650");
    check(
        "The regional carrier operates under 30 aircraft.",
        C,
        "under 30 aircraft",
        "30",
    );
    check("The app has 1m users.", C, "1m users", "1000000");
    check("Three Americans were freed.", C, "Three Americans", "3");
    check("One person died.", C, "One person", "1");
    assert_eq!(
        one("It destroyed 300 anti-aircraft guns.").unit.as_deref(),
        Some("guns")
    );
    assert_eq!(one("43 people on board").unit.as_deref(), Some("people"));
}

#[test]
fn latin_american_and_african_currency_words() {
    check(
        "The government set aside 50 million soles for reconstruction.",
        NumKind::Amount,
        "50 million soles",
        "50000000 PEN",
    );
    check(
        "Farmers lost 2.5 billion cedis in the floods.",
        NumKind::Amount,
        "2.5 billion cedis",
        "2500000000 GHS",
    );
}

#[test]
fn bare_numbers_in_a_toll_are_counts() {
    check(
        "The death toll rose to 34 on Monday.",
        NumKind::Count,
        "34",
        "34",
    );
    check(
        "Officials said 14 were missing.",
        NumKind::Count,
        "14",
        "14",
    );
    check(
        "The toll stood at at least 212.",
        NumKind::Count,
        "at least 212",
        "212",
    );
    assert_eq!(
        one("The death toll rose to 34 on Monday.").unit.as_deref(),
        Some("dead")
    );
    assert_eq!(
        one("Officials said 14 were missing.").unit.as_deref(),
        Some("missing")
    );
    assert!(got("The score rose to 34 by half-time.").is_empty());
    assert!(
        got("Flight 370 was missing for years.").is_empty()
            || got("Flight 370 was missing for years.")
                .iter()
                .all(|m| m.1 != "370")
    );
}

#[test]
fn totals_of_people_are_one_count() {
    let m = one("The plane carried 40 passengers and three crew.");
    assert_eq!(m.text, "40 passengers and three crew");
    assert_eq!(
        (m.kind, m.value.as_str(), m.unit.as_deref()),
        (NumKind::Count, "43", Some("people"))
    );
    // Different families stay apart.
    assert_eq!(find("It lost 12 tanks and 40 soldiers.").len(), 2);
}

#[test]
fn percentages() {
    use NumKind::Percent as P;
    check("Inflation eased to 12.5% in March.", P, "12.5%", "12.5%");
    check(
        "Unemployment rose to 4.3 per cent.",
        P,
        "4.3 per cent",
        "4.3%",
    );
    check("It rose 12.5 percent.", P, "12.5 percent", "12.5%");
    check("It targets twelve percent.", P, "twelve percent", "12%");
    check(
        "Rates rose by 3 percentage points.",
        P,
        "3 percentage points",
        "3pp",
    );
    check(
        "Rates rose by half a percentage point.",
        P,
        "half a percentage point",
        "0.5pp",
    );
    check(
        "The Fed cut by 25 basis points.",
        P,
        "25 basis points",
        "0.25pp",
    );
    check("Prices fell 4.5pc last year.", P, "4.5pc", "4.5%");
    let m = one("Up to 40% of jobs are at risk.");
    assert_eq!(m.qualifier.as_deref(), Some("up to"));
}

#[test]
fn not_quantities() {
    for text in [
        "The factory opened in 2021.",
        "They meet on July 3 in Nairobi.",
        "The earthquake struck on 3 July 2023.",
        "The budget is presented at 3pm.",
        "The statement is expected at 10:30 GMT.",
        "It is the third time this decade.",
        "Arsenal won 2-1 at Villa Park.",
        "The Boeing 737-800 crashed.",
        "Call 0800 123 4567 now.",
        "Call +44 20 7946 0958 now.",
        "She is one of the most senior judges.",
        "Hundreds of people gathered.",
        "Dozens of homes were flooded.",
        "Thousands of protesters marched.",
        "Tens of thousands of people fled.",
        "It cost millions of dollars.",
        "Protesters marched on No. 10 today.",
        "See page 12 of the report.",
        "The Covid-19 rules were lifted.",
        "G7 leaders met.",
        "The first F-16 jets arrived.",
        "Not since the 1990s.",
        "Leopard 2 tanks were sent.",
        "Soviet-era T-72 tanks remain.",
        "A nine-year-old boy was rescued.",
        "A 12-year-old girl was rescued.",
        "The suspect, aged 34, was arrested.",
        "A Category 4 hurricane hit.",
        "Warming of about 1.2C so far.",
        "Windows 11 PCs are on sale.",
        "World War Two veterans marched.",
        "The Big Four accounting firms were fined.",
        "No one was injured.",
        "The 2019-20 season was suspended.",
        "The helpline is staffed 24/7.",
        "Since 9/11 security has tightened.",
        "It was dated 12.03.2024.",
        "He won the 100m final.",
        "It has been 12 years since then.",
        "They waited three days.",
        "It wiped several billion dollars off its value.",
        "A magnitude 7.8 earthquake struck.",
        "India were 287 for six at stumps.",
        "The 2022 World Cup was in Qatar.",
    ] {
        assert!(find(text).is_empty(), "{text:?} gave {:?}", got(text));
    }
}

#[test]
fn order_offsets_and_no_overlap() {
    let text = "Some 300 Russian troops, £6.6bn (€7.7bn) and 12% more — “nearly 40 passengers and three crew”.";
    let ms = find(text);
    assert_eq!(ms.len(), 4, "{ms:?}");
    for w in ms.windows(2) {
        assert!(w[0].end <= w[1].start);
    }
    for m in &ms {
        assert_eq!(&text[m.start..m.end], m.text);
    }
    assert_eq!(ms[3].value, "43");
    assert_eq!(ms[3].qualifier.as_deref(), Some("nearly"));
}

#[test]
fn never_panics_on_odd_input() {
    for text in [
        "",
        "1",
        "$",
        "$$$1",
        "1,",
        "1.",
        ".5%",
        "a",
        "half",
        "half a",
        "a dozen",
        "one-",
        "99999999999999999999999999999999999999999999 people",
        "$99999999999999999999999999999999999999 trillion trillion",
        "1.0000000000000000000000000000000000000001 billion dollars",
        "ninety-nine trillion trillion trillion trillion dollars",
        "€€€ 1 € 2 €",
        "é1 ü2% 3é ٣ people",
        "१२ लोग ₹",
        "\u{a0}5\u{a0}million\u{a0}euros",
        "(($5 (£4 ($3))))",
    ] {
        for m in find(text) {
            assert_eq!(&text[m.start..m.end], m.text);
        }
    }
    let long = "1,".repeat(200_000) + "1 people";
    let _ = find(&long);
    let words = "one ".repeat(100_000);
    assert!(find(&words).is_empty());
}

#[test]
fn value_helpers_round_trip() {
    let (n, cur) = parse_amount("9000000000 USD").unwrap();
    assert_eq!((n, cur.as_str()), (Decimal::from_int(9_000_000_000), "USD"));
    let (n, _) = parse_amount("1.25 USD").unwrap();
    assert_eq!(n.to_string(), "1.25");
    assert_eq!(parse_number("12.5%").unwrap().to_string(), "12.5");
    assert_eq!(parse_number("3pp").unwrap(), Decimal::from_int(3));
    assert_eq!(parse_number("15000").unwrap(), Decimal::from_int(15000));
    assert!(parse_amount("USD").is_none());
}

proptest::proptest! {
    #[test]
    fn any_text_is_safe(text in "\\PC{0,80}") {
        let ms = find(&text);
        let mut last = 0;
        for m in &ms {
            proptest::prop_assert!(m.start >= last && m.start < m.end);
            proptest::prop_assert_eq!(&text[m.start..m.end], m.text.as_str());
            last = m.end;
        }
    }

    #[test]
    fn number_like_text_is_safe(parts in proptest::collection::vec(
        proptest::sample::select(vec![
            "1", "12", "1,000", "2.5", "$", "£", "Rs", " ", "-", "(", ")", "%", "bn", "m",
            "million", "crore", "lakh", "a", "half", "dozen", "forty", "two", "hundred",
            "and", "people", "crew", "passengers", "euros", "per cent", "nearly", "at least",
            "é", "₹", "\u{a0}", ".", ",",
        ]),
        0..24,
    )) {
        let text: String = parts.concat();
        let ms = find(&text);
        let mut last = 0;
        for m in &ms {
            proptest::prop_assert!(m.start >= last && m.start < m.end);
            proptest::prop_assert_eq!(&text[m.start..m.end], m.text.as_str());
            last = m.end;
        }
    }
}
