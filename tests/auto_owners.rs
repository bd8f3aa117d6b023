//! Automatic facts that belong to someone or something: a person's age, a named or
//! common thing's measure, a vote's split, who placed where, a person's prison term.

use factable::reconcile::{self, Status};

mod support;

use support::*;

/// A named person's age is a fact of that person: two sources' ages of one person
/// contradict, and two people's ages never meet, however alike their sentences.
#[test]
fn ages_belong_to_the_person_named() {
    let claims = auto_claims(&[
        (
            "a",
            "2025-09-01",
            "Freed with him were Halvorsen, 44, and the lawyer Mira Kovacs, 39, officials said.",
        ),
        (
            "b",
            "2025-09-01",
            "The 46-year-old engineer Piet Halvorsen thanked his family on arrival.",
        ),
        (
            "c",
            "2025-09-01",
            "Kovacs, 39, said she would return to work. The reporter, 31, was not named.",
        ),
    ]);
    let a = fact_with(&claims, "a", "44").expect("Halvorsen's age");
    assert_eq!(Some(a), fact_with(&claims, "b", "46"), "{claims:#?}");
    let k = fact_with(&claims, "a", "39").expect("Kovacs's age");
    assert_eq!(Some(k), fact_with(&claims, "c", "39"), "{claims:#?}");
    assert_ne!(a, k);
    assert!(
        fact_with(&claims, "c", "31").is_none(),
        "an age of nobody named"
    );
    let r = reconcile::reconcile(claims.clone(), vec![]);
    let status = |id: &str| r.facts.iter().find(|f| f.id == id).unwrap().status;
    assert_eq!(status(a), Status::Conflict);
    assert_eq!(status(k), Status::Agree);
    let label = &claims.iter().find(|c| c.fact == a).unwrap().label;
    assert_eq!(label, "Age of Piet Halvorsen");
}

/// A measure of a named thing belongs to it: one ship's length given two ways by two
/// sources contradicts even when the figures are far apart, and the other ship's
/// length in the same sentences stays its own fact.
#[test]
fn measures_belong_to_the_thing_named() {
    let claims = auto_claims(&[
        (
            "a",
            "2026-02-03",
            "The ferry Lindholm, a 190-metre vessel, struck the 80-metre trawler Sjovik.",
        ),
        (
            "b",
            "2026-02-03",
            "Rescuers reached the 80-metre Lindholm after it hit the trawler Sjovik at dawn.",
        ),
        (
            "c",
            "2026-02-03",
            "The Sjovik (built 1998) is a 80 m trawler, and the Lindholm carried 300 people.",
        ),
    ]);
    let lindholm = fact_with(&claims, "a", "190 m").expect("the ferry's length");
    assert_eq!(
        Some(lindholm),
        fact_with(&claims, "b", "80 m"),
        "{claims:#?}"
    );
    let sjovik = fact_with(&claims, "a", "80 m").expect("the trawler's length");
    assert_eq!(Some(sjovik), fact_with(&claims, "c", "80 m"), "{claims:#?}");
    let r = reconcile::reconcile(claims.clone(), vec![]);
    let status = |id: &str| r.facts.iter().find(|f| f.id == id).unwrap().status;
    assert_eq!(status(lindholm), Status::Conflict);
    assert_eq!(status(sjovik), Status::Agree);
}

/// "Twelve hostages, including three children" states a total with a part: a source
/// that counts nine hostages may have left the children out, so the two are partial, and
/// the part is kept in the qualifier for the reader.
#[test]
fn a_count_with_a_stated_part_does_not_contradict_the_count_without_it() {
    let claims = auto_claims(&[
        (
            "a",
            "2025-11-20",
            "Twelve hostages, including three children, were handed over at the border crossing.",
        ),
        (
            "b",
            "2025-11-20",
            "Militants handed over nine hostages at the border crossing on Wednesday.",
        ),
    ]);
    let a = fact_with(&claims, "a", "12").expect("the total");
    assert_eq!(Some(a), fact_with(&claims, "b", "9"), "{claims:#?}");
    let total = claims.iter().find(|c| c.value == "12").unwrap();
    assert_eq!(total.qualifier, "including 3 children");
    let r = reconcile::reconcile(claims.clone(), vec![]);
    let fact = r.facts.iter().find(|f| f.id == a).unwrap();
    assert_eq!(fact.status, Status::Partial);
}

/// A split vote is one fact of the story however each source words it, and two splits
/// of it contradict.
#[test]
fn split_votes_meet_and_contradict() {
    let claims = auto_claims(&[
        (
            "a",
            "2026-04-09",
            "The council approved the new bus lanes in a 6-3 vote on Wednesday night.",
        ),
        (
            "b",
            "2026-04-09",
            "Councillors voted seven to two for the bus lanes after a long debate.",
        ),
        (
            "c",
            "2026-04-09",
            "By a 6–3 margin, the council backed the lanes; 40 residents spoke against them.",
        ),
    ]);
    let a = fact_with(&claims, "a", "6-3").expect("a split vote");
    assert_eq!(Some(a), fact_with(&claims, "b", "7-2"), "{claims:#?}");
    assert_eq!(Some(a), fact_with(&claims, "c", "6-3"), "{claims:#?}");
    let r = reconcile::reconcile(claims.clone(), vec![]);
    let fact = r.facts.iter().find(|f| f.id == a).unwrap();
    assert_eq!(fact.status, Status::Conflict);
}

/// Who placed where is a fact of the place: two sources that give second place to two
/// runners contradict, and the winner is another fact.
#[test]
fn placings_name_who_finished_where() {
    let claims = auto_claims(&[
        (
            "a",
            "2026-10-12",
            "Amal Haddad won in 2:06:10, and Kofi Adu finished second in 2:07:02.",
        ),
        (
            "b",
            "2026-10-12",
            "The second-place finisher, Yusuf Bello, said the wind had slowed the field.",
        ),
        (
            "c",
            "2026-10-12",
            "Last year's champion Kofi Adu came in second, a minute behind.",
        ),
    ]);
    let a = fact_with(&claims, "a", "Kofi Adu").expect("a placing");
    assert_eq!(
        Some(a),
        fact_with(&claims, "b", "Yusuf Bello"),
        "{claims:#?}"
    );
    assert_eq!(Some(a), fact_with(&claims, "c", "Kofi Adu"), "{claims:#?}");
    let r = reconcile::reconcile(claims.clone(), vec![]);
    let fact = r.facts.iter().find(|f| f.id == a).unwrap();
    assert_eq!(fact.status, Status::Conflict);
    let label = &claims.iter().find(|c| c.fact == a).unwrap().label;
    assert_eq!(label, "Who finished second");
}

#[test]
fn lengths_of_one_common_noun_meet_and_contradict() {
    // Three outlets give the viaduct's length in unlike words, one of them with the
    // opening year in the clause; the tanker's length is another fact.
    let claims = auto_claims(&[
        (
            "a",
            "2025-05-06",
            "Traffic was halted before the 2.1-mile span came down. \
             The 250-metre tanker lost power minutes earlier.",
        ),
        (
            "b",
            "2025-05-06",
            "The viaduct, which opened in 1981, stretches 2.4 miles across the estuary.",
        ),
        (
            "c",
            "2025-05-07",
            "Divers searched beneath the 2.4-mile-long, four-lane viaduct. \
             The tanker is 250 metres long.",
        ),
    ]);
    let length = fact_with(&claims, "a", "2.1 mi").expect("a's length is aligned");
    assert_eq!(fact_with(&claims, "b", "2.4 mi"), Some(length));
    assert_eq!(fact_with(&claims, "c", "2.4 mi"), Some(length));
    let tanker = fact_with(&claims, "a", "250 m").expect("the tanker's length");
    assert_ne!(tanker, length);
    let r = reconcile::reconcile(claims.clone(), vec![]);
    let f = r.facts.iter().find(|f| f.id == length).expect("the fact");
    assert_eq!(f.status, Status::Conflict);
    // The synonym table's name for a span or a viaduct.
    assert_eq!(f.label, "Length of the bridge");
}

/// A custodial term is one fact however it is worded ("sentenced to", "jailed for", "a
/// prison term"), and the seat of the court that passed it ("a court in Ostravia") is no
/// place the term belongs to: two lengths of it contradict.
#[test]
fn prison_terms_meet_across_wordings_and_contradict() {
    let claims = auto_claims(&[
        (
            "a",
            "2026-05-06",
            "A court in Ostravia sentenced former treasurer Lena Marsh to nine years in prison \
             on Tuesday for embezzlement.",
        ),
        (
            "b",
            "2026-05-06",
            "Lena Marsh, the former treasurer, was jailed for eleven years on Tuesday after \
             judges found her guilty of embezzlement.",
        ),
        (
            "c",
            "2026-05-07",
            "Marsh was handed a nine-year prison term for embezzlement.",
        ),
    ]);
    let a = fact_with(&claims, "a", "P9Y").expect("a prison term");
    assert_eq!(
        Some(a),
        fact_with(&claims, "b", "P11Y"),
        "{:?}",
        facts(&claims)
    );
    assert_eq!(
        Some(a),
        fact_with(&claims, "c", "P9Y"),
        "{:?}",
        facts(&claims)
    );
    let r = reconcile::reconcile(claims.clone(), vec![]);
    let fact = r.facts.iter().find(|f| f.id == a).unwrap();
    assert_eq!(fact.status, Status::Conflict);
}

/// A rival's figure that a sentence gives as the rival's ("Kestrel, which cut 900 jobs,
/// published results … with a margin of 10.5%") never contradicts the story entity's
/// figure of the same words: an entity's figures and those of no entity (or of the
/// story's own, which most sources name) may agree but not conflict.
#[test]
fn a_rivals_figure_does_not_contradict_the_story_entitys() {
    let claims = auto_claims(&[
        (
            "a",
            "2026-01-29",
            "Veltra cut 7,000 jobs. The company's comparable operating margin in the quarter \
             was 8.1%, said Veltra.",
        ),
        (
            "b",
            "2026-01-29",
            "Veltra shares fell 11%. Veltra's comparable operating margin was 8.1% in the \
             quarter, a filing by Veltra showed.",
        ),
        (
            "c",
            "2026-01-29",
            "Kestrel, which cut 900 jobs, published results on January 22 with a comparable \
             operating margin of 10.5% in the quarter. Analysts said Kestrel had won orders.",
        ),
        (
            "d",
            "2026-01-29",
            "Veltra will cut 7,000 jobs, Veltra said on Thursday.",
        ),
        (
            "e",
            "2026-01-29",
            "Veltra plans to cut about 7,000 jobs. Unions criticised Veltra.",
        ),
    ]);
    let a = fact_with(&claims, "a", "8.1%").expect("the margin");
    assert_eq!(
        Some(a),
        fact_with(&claims, "b", "8.1%"),
        "{:?}",
        facts(&claims)
    );
    assert_ne!(
        Some(a),
        fact_with(&claims, "c", "10.5%"),
        "{:?}",
        facts(&claims)
    );
}

/// The most a named person risks is one fact whatever dates its clauses carry, and two
/// sources' maxima of one person contradict; a pronoun stands for the person the
/// sentence before names, so another defendant's maximum stays apart.
#[test]
fn maximum_terms_of_one_person_contradict_across_clause_dates() {
    let claims = auto_claims(&[
        (
            "a",
            "2026-03-06",
            "Ada Kolb faces up to 20 years in prison when she is sentenced on June 12. The \
             main witness was Pieter Vosloo, a former banker. He faces up to five years.",
        ),
        (
            "b",
            "2026-03-06",
            "Kolb faces up to five years in prison when she is sentenced on June 21.",
        ),
        (
            "c",
            "2026-03-07",
            "Kolb, who wept as the verdict was read, faces up to 20 years in prison.",
        ),
    ]);
    let a = fact_with(&claims, "a", "P20Y").expect("a maximum");
    assert_eq!(
        Some(a),
        fact_with(&claims, "b", "P5Y"),
        "{:?}",
        facts(&claims)
    );
    assert_eq!(
        Some(a),
        fact_with(&claims, "c", "P20Y"),
        "{:?}",
        facts(&claims)
    );
    assert_ne!(
        Some(a),
        fact_with(&claims, "a", "P5Y"),
        "{:?}",
        facts(&claims)
    );
    let r = reconcile::reconcile(claims.clone(), vec![]);
    let fact = r.facts.iter().find(|f| f.id == a).unwrap();
    assert_eq!(fact.status, Status::Conflict);
}
