use super::*;
use crate::value::Relation::{Compatible, Disjoint, Equal, Incomparable};

fn one(text: &str) -> Measure {
    let ms = find(text);
    assert_eq!(ms.len(), 1, "{text:?} gave {ms:?}");
    let m = ms.into_iter().next().unwrap();
    assert_eq!(&text[m.start..m.end], m.text);
    m
}

/// `(text, quantity, value)` of the one measure in `text`.
fn check(text: &str, stated: &str, q: Quantity, value: &str) {
    let m = one(text);
    assert_eq!(
        (m.text.as_str(), m.quantity, m.value.as_str()),
        (stated, q, value),
        "{text:?}"
    );
}

#[test]
fn lengths_convert_exactly() {
    use Quantity::Length as L;
    check("a 290-metre ship", "290-metre", L, "290 m");
    check("a 984-foot tower", "984-foot", L, "299.9232 m");
    check(
        "It is 12 nautical miles out.",
        "12 nautical miles",
        L,
        "22224 m",
    );
    check("a 10-mile zone", "10-mile", L, "16093.44 m");
    check("4 inches of rain", "4 inches", L, "0.1016 m");
    check("a 12in gun", "12in", L, "0.3048 m");
    check("He is 6ft 2in tall.", "6ft 2in", L, "1.8796 m");
    check(
        "She is 5 feet 10 inches tall.",
        "5 feet 10 inches",
        L,
        "1.778 m",
    );
    check("a 10m wave", "10m", L, "10 m");
    check("It rose five metres.", "five metres", L, "5 m");
}

#[test]
fn a_bracketed_conversion_is_one_mention() {
    let m = one("A 290-metre (951 ft) ship ran aground.");
    assert_eq!(
        (m.text.as_str(), m.value.as_str()),
        ("290-metre (951 ft)", "290 m")
    );
    let m = one("Winds of 149 km/h (93 mph) hit.");
    assert_eq!(
        (m.text.as_str(), m.value.as_str()),
        ("149 km/h (93 mph)", "149 km/h")
    );
    let m = one("It was 8C (47F) at dawn.");
    assert_eq!((m.text.as_str(), m.value.as_str()), ("8C (47F)", "8 C"));
    let m = one("It is 40km (25 miles) away.");
    assert_eq!(m.text, "40km (25 miles)");
    let m = one("It came within 0.6 miles (1 km) of the town.");
    assert_eq!(
        (m.text.as_str(), m.value.as_str(), m.qualifier.as_deref()),
        ("within 0.6 miles (1 km)", "965.6064 m", Some("within"))
    );
    // A bracket of another quantity is not a conversion.
    assert_eq!(find("It is 40km (3C) away.").len(), 2);
}

#[test]
fn stated_form_unit_and_precision() {
    let m = one("The tower is 984 ft tall.");
    assert_eq!(
        (m.stated.as_str(), m.unit.as_str(), m.precision.as_str()),
        ("984 ft", "ft", "0.1524 m")
    );
    let m = one("It rose 1,200 ft.");
    assert_eq!(
        (m.stated.as_str(), m.precision.as_str()),
        ("1200 ft", "15.24 m")
    );
    let m = one("Output is 1.5 million barrels per day.");
    assert_eq!(
        (m.stated.as_str(), m.value.as_str(), m.unit.as_str()),
        ("1.5 million bbl/d", "238480942.392 l/d", "bbl/d")
    );
    let m = one("It was minus 5C.");
    assert_eq!((m.stated.as_str(), m.value.as_str()), ("-5 C", "-5 C"));
    let m = one("It was 47F.");
    assert_eq!((m.stated.as_str(), m.value.as_str()), ("47 F", "8.3333 C"));
    assert_eq!(one("a 6.8-magnitude quake").precision, "0.05 Mw");
}

#[test]
fn speeds_temperatures_magnitudes() {
    use Quantity::{Magnitude as M, Speed as S, Temperature as T};
    check("gusts of 100mph", "100mph", S, "160.9344 km/h");
    check("at 15 knots", "15 knots", S, "27.78 km/h");
    check(
        "winds of 30 metres per second",
        "30 metres per second",
        S,
        "108 km/h",
    );
    check(
        "at 200 miles an hour",
        "200 miles an hour",
        S,
        "321.8688 km/h",
    );
    check("a low of -3°C", "-3°C", T, "-3 C");
    check(
        "minus 40 degrees Fahrenheit",
        "minus 40 degrees Fahrenheit",
        T,
        "-40 C",
    );
    check("It hit 212F.", "212F", T, "100 C");
    check("a magnitude 6.8 quake", "magnitude 6.8", M, "6.8 Mw");
    check("the M6.8 tremor", "M6.8", M, "6.8 Mw");
    check(
        "6.8 on the Richter scale",
        "6.8 on the Richter scale",
        M,
        "6.8 Mw",
    );
    check("a magnitude-7.8 quake", "magnitude-7.8", M, "7.8 Mw");
    check("a magnitude of 5.9", "magnitude of 5.9", M, "5.9 Mw");
}

#[test]
fn masses_volumes_areas_rates() {
    use Quantity::{Area as A, Mass as W, Rate as R, Volume as V};
    check(
        "2.5 million tonnes of wheat",
        "2.5 million tonnes",
        W,
        "2500000000 kg",
    );
    check("a 2,000-pound bomb", "2,000-pound", W, "907.18474 kg");
    check("It weighed 300 pounds.", "300 pounds", W, "136.077711 kg");
    check("It weighs 250lb.", "250lb", W, "113.3980925 kg");
    check(
        "1,000 barrels of oil",
        "1,000 barrels",
        V,
        "158987.294928 l",
    );
    check("55 bcm of gas", "55 bcm", V, "55000000000000 l");
    check("a 55-gallon drum", "55-gallon", V, "208.19764812 l");
    check(
        "12,000 acres of farmland",
        "12,000 acres",
        A,
        "48562277.0688 m2",
    );
    check("about 80 sq km", "about 80 sq km", A, "80000000 m2");
    check("1.2m bpd", "1.2m bpd", R, "190784753.9136 l/d");
    check(
        "20,000 vehicles a day",
        "20,000 vehicles a day",
        R,
        "20000 vehicles/d",
    );
    check("500 cars a week", "500 cars a week", R, "71.4286 cars/d");
    check(
        "100 mm of rain per hour",
        "100 mm of rain per hour",
        R,
        "2.4 m/d",
    );
    check(
        "9 million barrels of oil a day",
        "9 million barrels of oil a day",
        R,
        "1430885654.352 l/d",
    );
}

#[test]
fn hedges_are_kept() {
    for (text, q) in [
        ("about 30 metres deep", "about"),
        ("nearly 2 metres", "nearly"),
        ("more than 90 mph", "more than"),
        ("up to 30cm of snow", "up to"),
        ("at least 5 tonnes", "at least"),
        ("some 15 km away", "some"),
        ("around 0C", "around"),
        ("roughly 64 km", "roughly"),
        ("almost 5 cm", "almost"),
        ("over 200 miles", "over"),
        ("nights above 25C", "above"),
    ] {
        assert_eq!(one(text).qualifier.as_deref(), Some(q), "{text:?}");
    }
    // `above` is a place, not a hedge, for lengths.
    assert_eq!(one("It is 300 m above sea level.").qualifier, None);
}

#[test]
fn not_measures() {
    for text in [
        "The club paid 5 million pounds for him.",
        "A pint costs 7 pounds.",
        "It raised £100m and $2m.",
        "The app has 100m users.",
        "Arsenal won 3-1.",
        "a 5-4 vote",
        "Section 230 applies.",
        "COVID-19 spread.",
        "The F-16 and the Boeing 737 flew.",
        "a 1:1 ratio",
        "seat 14C in row 23F",
        "apartment 4C",
        "the M25 and M16 rifles",
        "5G and 4K and G7",
        "It was 40 degrees.",
        "a 6 to 8 metre rise",
        "between 6 and 8 metres",
        "Temperatures of 3-5C.",
        "Officials said 12 in the convoy died.",
        "He stood on his own two feet.",
        "PM2.5 levels",
        "The Mi-8 and the Su-25",
        "",
        "m",
        "5",
    ] {
        assert!(find(text).is_empty(), "{text:?} gave {:?}", find(text));
    }
}

#[test]
fn compare_as_ranges() {
    assert_eq!(compare("300 m", "", "984 ft", ""), Some(Compatible));
    // Degrees of no stated scale: either scale may be meant, neither is assumed.
    assert_eq!(compare("46 deg", "", "8 C", ""), Some(Compatible));
    assert_eq!(compare("20 deg", "", "20 C", ""), Some(Compatible));
    assert_eq!(compare("46 deg", "", "20 C", ""), Some(Disjoint));
    assert_eq!(compare("46 deg", "", "47 deg", ""), Some(Disjoint));
    assert_eq!(compare("46 deg", "", "46 deg", ""), Some(Equal));
    assert_eq!(compare("46 deg", "", "300 m", ""), Some(Incomparable));
    assert_eq!(compare("300 m", "", "1,200 ft", ""), Some(Disjoint));
    assert_eq!(compare("300 m", "", "1200 ft", ""), Some(Disjoint));
    assert_eq!(compare("about 8C", "", "47F", ""), Some(Compatible));
    assert_eq!(compare("8 C", "about", "47 F", ""), Some(Compatible));
    assert_eq!(compare("8 C", "", "50 F", ""), Some(Disjoint));
    assert_eq!(compare("8 C", "", "46.4 F", ""), Some(Equal));
    assert_eq!(compare("290 m", "", "951 ft", ""), Some(Compatible));
    assert_eq!(compare("290 m", "", "290 m", ""), Some(Equal));
    assert_eq!(compare("6.8 Mw", "", "6.9 Mw", ""), Some(Disjoint));
    assert_eq!(compare("magnitude 7", "", "6.8 Mw", ""), Some(Compatible));
    assert_eq!(
        compare("3000 m", "more than", "3200 m", ""),
        Some(Compatible)
    );
    assert_eq!(compare("3000 m", "more than", "2800 m", ""), Some(Disjoint));
    assert_eq!(compare("50 km/h", "up to", "20 km/h", ""), Some(Compatible));
    assert_eq!(
        compare("1.5 million bbl/d", "", "238000 m3/d", ""),
        Some(Compatible)
    );
    assert_eq!(compare("20 ton", "", "18 t", ""), Some(Compatible)); // short tons
    assert_eq!(compare("20 t", "", "18 t", ""), Some(Disjoint));
    assert_eq!(compare("300 m", "", "300 km/h", ""), Some(Incomparable));
    assert_eq!(
        compare("20 vehicles/d", "", "20 cars/d", ""),
        Some(Incomparable)
    );
    assert_eq!(compare("300 m", "", "three hundred", ""), None);
    // The canonical value of a stated figure is the same value.
    assert_eq!(compare("299.9232 m", "", "984 ft", ""), Some(Equal));
}

#[test]
fn ranges_are_exact() {
    let b = one("a 984-foot tower").range().unwrap();
    assert_eq!(b.unit, "m");
    assert_eq!(b.lo.unwrap().to_string(), "299.7708");
    assert_eq!(b.hi.unwrap().to_string(), "300.0756");
    let b = range("about 8C", "").unwrap();
    assert_eq!(
        (b.lo.unwrap().to_string(), b.hi.unwrap().to_string()),
        ("6.5".into(), "9.5".into())
    );
    let b = range("-5 C", "up to").unwrap();
    assert_eq!((b.lo, b.hi.unwrap().to_string()), (None, "-5".to_string()));
    let b = range("30 m", "at least").unwrap();
    assert_eq!((b.lo.unwrap().to_string(), b.hi), ("30".to_string(), None));
    let b = range("20 ton", "").unwrap();
    assert_eq!(
        (
            b.center.to_string(),
            b.lo.unwrap().to_string(),
            b.hi.unwrap().to_string()
        ),
        (
            "20000".to_string(),
            "17690.10243".to_string(),
            "20828.9616304".to_string()
        )
    );
    let b = range("10 km", "up to").unwrap();
    assert_eq!(b.lo, Some(Exact::ZERO));
    assert!(range("5 parsecs", "").is_none());
}

#[test]
fn order_offsets_and_long_input() {
    let text = "Some 300 km away, winds of 90 mph (145 km/h) and 8C; a 6.8-magnitude quake.";
    let ms = find(text);
    assert_eq!(ms.len(), 4, "{ms:?}");
    for w in ms.windows(2) {
        assert!(w[0].end <= w[1].start);
    }
    let long = "1,".repeat(100_000) + "1 metres";
    let _ = find(&long);
    let many = "40 km and ".repeat(20_000);
    assert_eq!(find(&many).len(), 20_000);
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
    fn measure_like_text_is_safe(parts in proptest::collection::vec(
        proptest::sample::select(vec![
            "1", "12", "1,000", "2.5", "-", "−", "(", ")", " ", "m", "km", "ft", "C", "F", "°",
            "magnitude", "M", "Mw", "minus", "per", "a day", "barrels", "of", "oil", "pounds",
            "sq", "square", "miles", "million", "about", "/h", "é", "\u{a0}", ".", ",",
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
            proptest::prop_assert!(m.range().is_some(), "{:?}", m);
        }
    }
}

#[test]
fn millions_are_not_metres() {
    for text in [
        "The start-up raised 5m from investors.",
        "The deal was worth about 40m last year.",
        "It has 40m followers.",
        "It was sold for 5m euros.",
        "She lives in Form 4C.",
    ] {
        assert!(find(text).is_empty(), "{text:?} gave {:?}", find(text));
    }
    assert_eq!(one("The wave was 5m high.").value, "5 m");
}
