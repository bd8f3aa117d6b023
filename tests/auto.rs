//! Automatic facts: figures no rule reads, aligned across sources by the event around
//! them (src/auto.rs), on short multi-source texts.

use std::path::Path;

use factable::auto;
use factable::claim::{Claim, Kind};
use factable::extract::{self, Options};
use factable::reconcile::{self, Status};
use factable::rules::RuleSet;

mod support;

use support::*;

#[test]
fn death_tolls_of_three_sources_agree() {
    let claims = auto_claims(&[
        (
            "a",
            "2025-03-02",
            "A landslide in the northern hills killed 12 people on Saturday, officials said.",
        ),
        (
            "b",
            "2025-03-02",
            "Officials said 12 people died when a landslide struck villages in the northern hills.",
        ),
        (
            "c",
            "2025-03-03",
            "The landslide in the northern hills left 12 people dead, according to rescuers.",
        ),
    ]);
    let f = fact_with(&claims, "a", "12").expect("a's toll is aligned");
    assert_eq!(fact_with(&claims, "b", "12"), Some(f));
    assert_eq!(fact_with(&claims, "c", "12"), Some(f));
    assert!(f.starts_with("auto-") && f.ends_with("-count"), "{f}");
    for c in claims.iter().filter(|c| c.fact == f) {
        assert_eq!(c.rule, "auto");
        assert_eq!(c.kind, Kind::Count);
        let s = c.score.expect("a score");
        assert!((0.0..=1.0).contains(&s), "{s}");
        assert!(!c.label.is_empty());
    }
    let report = reconcile::reconcile(claims.clone(), vec![]);
    let fact = report.facts.iter().find(|x| x.id == f).unwrap();
    assert_eq!(fact.status, Status::Agree);
}

#[test]
fn a_moving_toll_is_partial_with_its_qualifier() {
    let claims = auto_claims(&[
        (
            "a",
            "2025-03-02",
            "At least 30 people were killed in the flood, according to a provisional count.",
        ),
        (
            "b",
            "2025-03-03",
            "The flood killed 34 people, the civil protection agency said on Monday.",
        ),
    ]);
    let f = fact_with(&claims, "a", "30").expect("the early toll is aligned");
    assert_eq!(fact_with(&claims, "b", "34"), Some(f));
    let early = claims.iter().find(|c| c.source == "a").unwrap();
    assert!(
        early.qualifier.starts_with("at least"),
        "{}",
        early.qualifier
    );
    let report = reconcile::reconcile(claims.clone(), vec![]);
    let fact = report.facts.iter().find(|x| x.id == f).unwrap();
    assert_eq!(fact.status, Status::Partial, "{}", fact.note);
}

#[test]
fn people_on_board_are_not_a_death_toll() {
    let claims = auto_claims(&[
        (
            "a",
            "2025-05-10",
            "The plane was carrying 212 people on board when it came down near the coast.",
        ),
        (
            "b",
            "2025-05-10",
            "The crash near the coast killed 180 people, the airline said.",
        ),
        (
            "c",
            "2025-05-11",
            "There were 212 people on board the plane that crashed near the coast.",
        ),
        (
            "d",
            "2025-05-11",
            "The crash killed 180 people, the airline confirmed.",
        ),
    ]);
    let board = fact_with(&claims, "a", "212");
    let toll = fact_with(&claims, "b", "180");
    assert!(board.is_some() && toll.is_some(), "{:?}", facts(&claims));
    assert_ne!(board, toll);
    assert_eq!(fact_with(&claims, "c", "212"), board);
    assert_eq!(fact_with(&claims, "d", "180"), toll);
    for (_, values) in facts(&claims) {
        let mut v: Vec<&String> = values.iter().map(|(_, v)| v).collect();
        v.dedup();
        assert_eq!(v.len(), 1, "a fact mixes figures: {values:?}");
    }
}

#[test]
fn dollars_never_meet_percentages() {
    let claims = auto_claims(&[
        (
            "a",
            "2025-09-15",
            "Corvane agreed to buy Lumaris for $9bn, lifting its shares by 9%.",
        ),
        (
            "b",
            "2025-09-15",
            "Corvane will buy Lumaris for 9% of its market value, a deal worth $9 billion.",
        ),
    ]);
    for c in &claims {
        for d in claims.iter().filter(|d| d.fact == c.fact) {
            assert_eq!(c.kind, d.kind, "{} mixes kinds", c.fact);
        }
    }
    if let Some(f) = fact_with(&claims, "a", "9000000000 USD") {
        assert_ne!(fact_with(&claims, "b", "9%"), Some(f));
    }
}

#[test]
fn two_counts_of_one_story_stay_apart() {
    let claims = auto_claims(&[
        (
            "a",
            "2025-10-20",
            "Officials said 1,243 people were injured, and 14 people were still missing.",
        ),
        (
            "b",
            "2025-10-20",
            "Officials said 1,423 people had been injured and 14 people were missing.",
        ),
    ]);
    let injured = fact_with(&claims, "a", "1243").expect("injured aligned");
    let missing = fact_with(&claims, "a", "14").expect("missing aligned");
    assert_ne!(injured, missing);
    assert_eq!(fact_with(&claims, "b", "1423"), Some(injured));
    assert_eq!(fact_with(&claims, "b", "14"), Some(missing));
    // One claim per source per fact.
    for (f, values) in facts(&claims) {
        let mut sources: Vec<&String> = values.iter().map(|(s, _)| s).collect();
        sources.sort();
        sources.dedup();
        assert_eq!(sources.len(), values.len(), "{f}");
    }
}

#[test]
fn a_background_figure_is_not_the_event_figure() {
    let claims = auto_claims(&[
        (
            "a",
            "2025-10-21",
            "That quake, in 2001, killed more than 100 people across the region.",
        ),
        (
            "b",
            "2025-10-21",
            "The quake killed 34 people across the region, officials said.",
        ),
    ]);
    // Each toll stands alone: the 2001 one is not contradicted by this year's.
    assert_ne!(
        fact_with(&claims, "a", "100"),
        fact_with(&claims, "b", "34"),
        "{:?}",
        facts(&claims)
    );
    let r = reconcile::reconcile(claims.clone(), vec![]);
    assert!(r.facts.iter().all(|f| f.status != Status::Conflict));
}

#[test]
fn a_figure_one_source_gives_is_a_single_fact() {
    let claims = auto_claims(&[
        (
            "a",
            "2025-01-01",
            "The company employs 6,100 people in Waterloo. It hired 6,100 people in Waterloo, \
             the company said.",
        ),
        ("b", "2025-01-01", "Its annual revenue was $2 billion."),
    ]);
    let r = reconcile::reconcile(claims.clone(), vec![]);
    let single: Vec<(&str, &str)> = r
        .facts
        .iter()
        .map(|f| {
            assert_eq!(f.status, Status::Single, "{f:?}");
            assert_eq!(f.claims.len(), 1, "{f:?}");
            (f.claims[0].source.as_str(), f.claims[0].value.as_str())
        })
        .collect();
    // A's restatement of its headcount is the same fact, not a second one.
    assert_eq!(
        single,
        [("a", "6100"), ("b", "2000000000 USD")],
        "{:?}",
        facts(&claims)
    );
}

#[test]
fn output_is_deterministic() {
    let texts = [
        (
            "a",
            "2025-03-02",
            "A landslide killed 12 people on Saturday and destroyed 40 homes, officials said.",
        ),
        (
            "b",
            "2025-03-02",
            "Officials said 12 people died and 40 homes were destroyed in the landslide.",
        ),
        (
            "c",
            "2025-03-03",
            "The landslide left 12 people dead and flattened 40 homes.",
        ),
    ];
    let first = auto_claims(&texts);
    assert!(!first.is_empty());
    for _ in 0..5 {
        assert_eq!(auto_claims(&texts), first);
    }
    let ids: Vec<&str> = first.iter().map(|c| c.fact.as_str()).collect();
    let mut unique = ids.clone();
    unique.dedup();
    assert!(unique.len() >= 2, "{ids:?}");
}

#[test]
fn rule_claims_are_not_read_again() {
    let texts = [
        (
            "a",
            "2025-03-02",
            "A landslide killed 12 people on Saturday.",
        ),
        ("b", "2025-03-02", "The landslide killed 12 people."),
    ];
    let docs = docs(&texts);
    let rules = RuleSet::load(&[] as &[&Path]).unwrap();
    let readings: Vec<_> = docs
        .iter()
        .map(|d| extract::read(d, &Options::default()))
        .collect();
    let free = auto::claims(&readings, &[], &rules);
    let counts: Vec<Claim> = free
        .iter()
        .filter(|c| c.kind == Kind::Count)
        .cloned()
        .collect();
    assert_eq!(counts.len(), 2, "{:?}", facts(&free));
    // The same spans given as rule claims: nothing left to align.
    let again = auto::claims(&readings, &counts, &rules);
    assert!(again.iter().all(|c| c.kind != Kind::Count), "{again:?}");
}

/// An article that states one count of a specific thing gives the story's count of it,
/// however differently it words the event; vehicles are counted by kind or in general.
#[test]
fn sole_counts_of_one_thing_meet_across_wordings() {
    let claims = auto_claims(&[
        (
            "a",
            "2025-05-02",
            "Seven trucks fell into the canal when the levee gave way on Thursday, officials said.",
        ),
        (
            "b",
            "2025-05-02",
            "About a dozen cars plunged into the canal after the levee failed on Thursday.",
        ),
    ]);
    let a = fact_with(&claims, "a", "7").expect("a count of trucks");
    assert_eq!(Some(a), fact_with(&claims, "b", "12"), "{claims:#?}");
    let r = reconcile::reconcile(claims.clone(), vec![]);
    let fact = r.facts.iter().find(|f| f.id == a).unwrap();
    assert_eq!(fact.status, Status::Conflict);
}

/// Sole figures of one key still need close values: a count three times another is more
/// likely another count than a contradiction.
#[test]
fn sole_counts_far_apart_stay_apart() {
    let claims = auto_claims(&[
        (
            "a",
            "2025-05-02",
            "Four trucks fell into the canal when the levee gave way on Thursday.",
        ),
        (
            "b",
            "2025-05-02",
            "Twelve lorries were parked near the depot that the storm flooded on Thursday.",
        ),
    ]);
    let a = fact_with(&claims, "a", "4");
    let b = fact_with(&claims, "b", "12");
    assert!(a.is_none() || a != b, "{claims:#?}");
}

/// A count of countries said once per article is one fact: a prisoner exchange between
/// seven countries and one between six contradict.
#[test]
fn countries_of_an_exchange_meet() {
    let claims = auto_claims(&[
        (
            "a",
            "2025-08-02",
            "The exchange freed 20 prisoners held in seven countries, officials said on Thursday.",
        ),
        (
            "b",
            "2025-08-02",
            "Six countries took part in the swap, which was completed on Thursday in Ankara.",
        ),
    ]);
    let a = fact_with(&claims, "a", "7").expect("a count of countries");
    assert_eq!(Some(a), fact_with(&claims, "b", "6"), "{claims:#?}");
}

/// "vehicles a year" is a rate, read whole whichever way the period is worded; rates of
/// vehicles meet whatever their clauses say, and never a count of vehicles or a rate of
/// passengers.
#[test]
fn rates_of_counted_things_meet_across_wordings() {
    let claims = auto_claims(&[
        (
            "a",
            "2025-06-10",
            "The ring-road viaduct, closed since the fire, carried 9.2 million vehicles a year.",
        ),
        (
            "b",
            "2025-06-10",
            "Before the fire the viaduct handled about 8.1 million vehicles annually, and 40 \
             buses were stranded on it on Monday.",
        ),
        (
            "c",
            "2025-06-10",
            "The ferry line across the estuary carries 2 million passengers per year.",
        ),
    ]);
    let a = fact_with(&claims, "a", "9.2 million vehicles/yr").expect("a rate, not a count");
    assert_eq!(
        Some(a),
        fact_with(&claims, "b", "8.1 million vehicles/yr"),
        "{claims:#?}"
    );
    assert!(fact_with(&claims, "c", "2 million passengers/yr") != Some(a));
    assert!(!claims.iter().any(|c| c.value == "P1Y"), "{claims:#?}");
    let r = reconcile::reconcile(claims.clone(), vec![]);
    let fact = r.facts.iter().find(|f| f.id == a).unwrap();
    assert_eq!(fact.status, Status::Conflict);
}

/// Families and households count one thing, as cars and vehicles do: two sources' sole
/// counts of it meet though their sentences share no other word, and "The village" is
/// no place name that would part them.
#[test]
fn families_and_households_are_one_count() {
    let claims = auto_claims(&[
        (
            "a",
            "2025-10-14",
            "The village was home to 61 households before the mudslide struck, the county said.",
        ),
        (
            "b",
            "2025-10-14",
            "Rescuers dug through debris where 58 families had lived, Ruritanian state radio reported.",
        ),
    ]);
    let a = fact_with(&claims, "a", "61").expect("a count of households");
    assert_eq!(Some(a), fact_with(&claims, "b", "58"), "{claims:#?}");
    let r = reconcile::reconcile(claims.clone(), vec![]);
    let fact = r.facts.iter().find(|f| f.id == a).unwrap();
    assert_eq!(fact.status, Status::Conflict);
}

#[test]
fn one_precise_figure_meets_across_unlike_words() {
    // Three outlets give a swimmer's time and a budget in words they do not share;
    // the round figure ("$40 million") of two different things stays apart.
    let claims = auto_claims(&[
        (
            "a",
            "2025-06-02",
            "Okafor touched the wall in 4:03:17 to take the open-water crown. \
             The city set aside $40 million for the pool.",
        ),
        (
            "b",
            "2025-06-02",
            "A stunning 4:03:17 swim gave the Nigerian her first title. \
             The council estimated $18.37 billion in tourism revenue.",
        ),
        (
            "c",
            "2025-06-03",
            "Her clocking of 4:03:17 broke a mark that had stood since Rome. \
             Planners expect visitors to spend $18.37 billion. Sponsors gave $40 million \
             to the youth league.",
        ),
    ]);
    let time = fact_with(&claims, "a", "PT4H3M17S").expect("the time is aligned");
    assert_eq!(fact_with(&claims, "b", "PT4H3M17S"), Some(time));
    assert_eq!(fact_with(&claims, "c", "PT4H3M17S"), Some(time));
    let revenue = fact_with(&claims, "b", "18370000000 USD").expect("the revenue is aligned");
    assert_eq!(fact_with(&claims, "c", "18370000000 USD"), Some(revenue));
    assert_ne!(
        fact_with(&claims, "a", "40000000 USD"),
        fact_with(&claims, "c", "40000000 USD")
    );
}

#[test]
fn two_polls_of_one_consensus_meet_and_contradict() {
    // Two polls' consensus revenue, worded unlike; the company's own result is another
    // figure, and so is the consensus of another quarter.
    let claims = auto_claims(&[
        (
            "a",
            "2025-04-25",
            "Revenue came in at $7.41 billion. Analysts had expected $7.46 billion, \
             according to a poll by Datastream.",
        ),
        (
            "b",
            "2025-04-25",
            "The consensus forecast was $7.47 billion. For the next quarter, analysts \
             polled by Meridata see $8.12 billion on average.",
        ),
    ]);
    let f = fact_with(&claims, "a", "7460000000 USD").expect("a's consensus is aligned");
    assert_eq!(fact_with(&claims, "b", "7470000000 USD"), Some(f));
    assert_ne!(fact_with(&claims, "a", "7410000000 USD"), Some(f));
    assert_ne!(fact_with(&claims, "b", "8120000000 USD"), Some(f));
    let r = reconcile::reconcile(claims.clone(), vec![]);
    let fact = r.facts.iter().find(|x| x.id == f).expect("the fact");
    assert_eq!(fact.status, Status::Conflict);
}

#[test]
fn the_one_date_two_sources_give_a_place_meets_across_words() {
    // A storm story set in Luzon: each outlet dates one thing in Taiwan, a day apart,
    // in words they do not share; Okinawa's date is another place's.
    let claims = auto_claims(&[
        (
            "a",
            "2025-08-12",
            "The storm killed 12 people in Luzon on Sunday. \
             Thousands lost power in Taiwan on Friday as it passed.",
        ),
        (
            "b",
            "2025-08-12",
            "At least 12 people died in Luzon on Sunday. \
             Ferries were cancelled in Taiwan on Thursday as gusts built. \
             Schools closed in Okinawa on Saturday.",
        ),
    ]);
    let f = fact_with(&claims, "a", "2025-08-08").expect("a's Taiwan date is aligned");
    assert_eq!(
        fact_with(&claims, "b", "2025-08-07"),
        Some(f),
        "{:?}",
        facts(&claims)
    );
    assert_ne!(fact_with(&claims, "b", "2025-08-09"), Some(f));
    let r = reconcile::reconcile(claims.clone(), vec![]);
    let fact = r.facts.iter().find(|x| x.id == f).expect("the fact");
    assert_eq!(fact.status, Status::Conflict);
}

#[test]
fn a_source_repeating_a_precise_figure_gives_it_once() {
    // Each source repeats the time; the repeats must not split the fact in two, and the
    // clause dates around them ("last year") do not part them.
    let claims = auto_claims(&[
        (
            "a",
            "2025-10-13",
            "Wanjiru won in 2:04:11 on Sunday. Her 2:04:11 beat last year's mark.",
        ),
        (
            "b",
            "2025-10-13",
            "The Kenyan crossed in 2 hours, 4 minutes and 11 seconds. A time of 2:04:11 \
             was the fastest since 2019.",
        ),
        (
            "c",
            "2025-10-14",
            "Officials confirmed the 2:04:11 clocking.",
        ),
    ]);
    let f = fact_with(&claims, "a", "PT2H4M11S").expect("a's time is aligned");
    for src in ["b", "c"] {
        assert!(
            claims.iter().any(|c| c.source == src && c.fact == f),
            "{src}: {:?}",
            facts(&claims)
        );
    }
    let r = reconcile::reconcile(claims.clone(), vec![]);
    let fact = r.facts.iter().find(|x| x.id == f).expect("the fact");
    assert_eq!(fact.status, Status::Agree);
    assert_eq!(fact.claims[0].times, 2, "{:?}", fact.claims[0]);
}

#[test]
fn temperatures_of_no_stated_scale_meet_across_words_and_quotes() {
    // A speaker's temperature is read inside the quotation (its unit says what it is),
    // the quotation's bare count is not; each source's only temperature is one reading.
    let claims = auto_claims(&[
        (
            "a",
            "2025-02-11",
            "\u{201c}We sent three boats out into 52 degree temperatures,\u{201d} the \
             harbour master said on Monday.",
        ),
        (
            "b",
            "2025-02-11",
            "Divers searched the 55-degree water until dusk, the sheriff's office said.",
        ),
        (
            "c",
            "2025-02-12",
            "Volunteers described frigid water of 52 degrees near the pier.",
        ),
    ]);
    let f = fact_with(&claims, "a", "52 deg").expect("the quoted temperature is read");
    for (src, value) in [("b", "55 deg"), ("c", "52 deg")] {
        assert_eq!(
            fact_with(&claims, src, value),
            Some(f),
            "{src}: {:?}",
            facts(&claims)
        );
    }
    assert!(
        !claims.iter().any(|c| c.source == "a" && c.value == "3"),
        "a quotation's bare count is not read: {:?}",
        facts(&claims)
    );
    let r = reconcile::reconcile(claims.clone(), vec![]);
    let fact = r.facts.iter().find(|x| x.id == f).expect("the fact");
    assert_eq!(fact.status, Status::Conflict);
}

#[test]
fn a_fact_is_labelled_with_the_words_around_its_figure() {
    // The label is the phrase the figure sits in, the figure left out, and not the stems
    // of its words.
    let claims = auto_claims(&[
        (
            "a",
            "2025-06-03",
            "Engineers repaired 14 pumping stations along the canal, the water board said. \
             The storm had left 1.5 million people without power.",
        ),
        (
            "b",
            "2025-06-04",
            "By Wednesday crews had repaired 14 pumping stations along the canal.",
        ),
    ]);
    let f = fact_with(&claims, "a", "14").expect("the count is read");
    let label = &claims.iter().find(|c| c.fact == f).unwrap().label;
    assert_eq!(
        label,
        "Engineers repaired … pumping stations along the canal"
    );
    assert_eq!(
        fact_with(&claims, "b", "14"),
        Some(f),
        "{:?}",
        facts(&claims)
    );
}

/// An exchange ratio is one figure of a deal however it is worded ("0.4 shares of Kelm
/// for each share", "0.45 Kelm shares for every Vantor share", "two for every five
/// held"), and never meets the deal's price per share.
#[test]
fn exchange_ratios_meet_and_contradict() {
    let claims = auto_claims(&[
        (
            "a",
            "2026-02-10",
            "Vantor shareholders will receive 0.4 shares of Kelm for each share they own, \
             or $48 per share at Monday's close.",
        ),
        (
            "b",
            "2026-02-10",
            "Under the all-stock deal, investors get 0.45 Kelm shares for every Vantor share.",
        ),
        (
            "c",
            "2026-02-11",
            "Kelm will hand Vantor holders two new shares for every five held.",
        ),
    ]);
    let a = fact_with(&claims, "a", "0.4").expect("a ratio");
    assert_eq!(
        Some(a),
        fact_with(&claims, "b", "0.45"),
        "{:?}",
        facts(&claims)
    );
    assert_eq!(
        Some(a),
        fact_with(&claims, "c", "0.4"),
        "{:?}",
        facts(&claims)
    );
    assert_ne!(Some(a), fact_with(&claims, "a", "48 USD"));
    let r = reconcile::reconcile(claims.clone(), vec![]);
    let fact = r.facts.iter().find(|f| f.id == a).unwrap();
    assert_eq!(fact.status, Status::Conflict);
}
