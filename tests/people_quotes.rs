//! People, roles and quotes across sources: alignment, partial name variants, conflicts
//! for two names of one role and for one statement given to two speakers, and what is
//! never read (scare quotes, generic roles, roles whose country nobody states).

use chrono::NaiveDate;
use factable::claim::Claim;
use factable::corpus::{Document, Published, PublishedHow};
use factable::extract::{self, Options};
use factable::reconcile::{self, Fact, Report, Status};
use factable::{people, quotes};

fn docs(texts: &[&str]) -> Vec<Document> {
    let date = NaiveDate::from_ymd_opt(2026, 3, 12).unwrap();
    texts
        .iter()
        .enumerate()
        .map(|(i, t)| {
            Document::from_text(
                format!("s{i}"),
                *t,
                Published::known(date, PublishedHow::Header),
            )
        })
        .collect()
}

fn claims_of(texts: &[&str]) -> Vec<Claim> {
    let docs = docs(texts);
    let readings: Vec<extract::Reading> = docs
        .iter()
        .map(|d| extract::read(d, &Options::default()))
        .collect();
    let mut claims = people::claims(&readings);
    claims.extend(quotes::claims(&readings));
    claims
}

fn table(texts: &[&str]) -> Report {
    reconcile::reconcile(claims_of(texts), vec![])
}

fn fact<'r>(report: &'r Report, prefix: &str) -> &'r Fact {
    report
        .facts
        .iter()
        .find(|f| f.id.starts_with(prefix))
        .unwrap_or_else(|| {
            let ids: Vec<&str> = report.facts.iter().map(|f| f.id.as_str()).collect();
            panic!("no fact {prefix}*: {ids:?}")
        })
}

/// (source, value) of a fact's claims, by source.
fn values(f: &Fact) -> Vec<(&str, &str)> {
    let mut v: Vec<(&str, &str)> = f
        .claims
        .iter()
        .map(|c| (c.source.as_str(), c.value.as_str()))
        .collect();
    v.sort_unstable();
    v
}

fn no_conflict(r: &Report) {
    for f in &r.facts {
        assert_ne!(f.status, Status::Conflict, "false conflict: {f:?}");
    }
}

#[test]
fn one_role_in_different_words_is_one_fact() {
    let r = table(&[
        "Afghan Foreign Minister Amir Khan Muttaqi welcomed the decision on Thursday.",
        "The talks were led by Taliban Foreign Minister Amir Khan Muttaqi in Kabul.",
        "Afghanistan's Foreign Minister, Amir Khan Muttaqi, spoke to reporters.",
        "Foreign Minister Muttaqi later met the delegation.",
    ]);
    let f = fact(&r, "role-afghan-foreign-minister");
    assert_eq!(f.label, "Afghan foreign minister");
    assert_eq!(
        values(f),
        [
            ("s0", "Amir Khan Muttaqi"),
            ("s1", "Amir Khan Muttaqi"),
            ("s2", "Amir Khan Muttaqi"),
            ("s3", "Muttaqi"),
        ]
    );
    // A surname alone is the same person, less precisely named.
    assert_eq!(f.status, Status::Partial);
    assert_eq!(
        r.facts.iter().filter(|f| f.id.starts_with("role-")).count(),
        1
    );
}

#[test]
fn an_envoy_with_and_without_destination_aligns() {
    let r = table(&[
        "The announcement came during a meeting with Russia's Ambassador to Afghanistan, Dmitry Zhirnov.",
        "Muttaqi met Dmitry Zhirnov, Russia's ambassador to Afghanistan, in Kabul.",
        "He spoke during a meeting with Russian Ambassador Dmitri Zhirnov.",
    ]);
    let f = fact(&r, "role-russian-ambassador-to-afghanistan");
    assert_eq!(f.claims.len(), 3, "{f:?}");
    // Dmitry / Dmitri: a transliteration a letter apart.
    assert_eq!(f.status, Status::Partial);
}

#[test]
fn two_names_for_one_role_conflict() {
    let r = table(&[
        "Kenya's chief negotiator, Agnes Chelimo, said the text was final.",
        "The deal was closed late on Tuesday, Kenya's chief negotiator, Agnes Cherono, said.",
        "Halvorsen Group CEO Marta Vik said the fine was unfair.",
        "Halvorsen Group chief executive Jonas Berg called the ruling a surprise.",
    ]);
    let f = fact(&r, "role-kenyan-chief-negotiator");
    assert_eq!(f.status, Status::Conflict, "{f:?}");
    let f = fact(&r, "role-halvorsen-group-chief-executive");
    assert_eq!(f.status, Status::Conflict, "{f:?}");
    assert_eq!(values(f), [("s2", "Marta Vik"), ("s3", "Jonas Berg")]);
}

#[test]
fn a_role_whose_country_nobody_states_never_conflicts() {
    // Two foreign ministers of two countries, each called "Foreign Minister".
    let r = table(&[
        "Afghan Foreign Minister Amir Khan Muttaqi hailed the step. The decision followed advice from Foreign Minister Sergey Lavrov.",
        "Foreign Minister Amir Khan Muttaqi said it was courageous.",
        "At the time, Foreign Minister Sergey Lavrov declared the new authorities a reality.",
    ]);
    no_conflict(&r);
    let f = fact(&r, "role-afghan-foreign-minister");
    assert_eq!(
        values(f),
        [("s0", "Amir Khan Muttaqi"), ("s1", "Amir Khan Muttaqi")]
    );
    let f = fact(&r, "role-foreign-minister");
    assert_eq!(
        values(f),
        [("s0", "Sergey Lavrov"), ("s2", "Sergey Lavrov")]
    );
    assert_eq!(f.status, Status::Agree);
}

#[test]
fn former_and_indefinite_roles_are_per_person() {
    let r = table(&[
        "Mariam Solaimankhil, a former Afghan parliamentarian, condemned the move. Prime Minister Ana Ruiz was silent.",
        "Fawzia Koofi, a former Afghan parliamentarian, said it would not bring peace. Former Prime Minister Luis Mora agreed.",
    ]);
    no_conflict(&r);
    assert!(
        fact(&r, "role-former-afghan-parliamentarian-solaimankhil")
            .claims
            .len()
            == 1
    );
    assert!(
        fact(&r, "role-former-afghan-parliamentarian-koofi")
            .claims
            .len()
            == 1
    );
    let f = fact(&r, "role-prime-minister");
    assert_eq!(values(f), [("s0", "Ana Ruiz")]);
}

#[test]
fn an_unnamed_holder_of_a_named_role_is_partial() {
    let r = table(&[
        "Japan's chief negotiator, Kenji Arakawa, said the text was final. \
         Ana Ruiz, head of the National Seismic Institute (INSI), said the count was provisional.",
        "Japan's chief negotiator told this newspaper that the deal was built to last.",
    ]);
    let f = fact(&r, "role-japanese-chief-negotiator");
    assert_eq!(values(f), [("s0", "Kenji Arakawa"), ("s1", "")]);
    assert_eq!(f.status, Status::Partial);
    let f = fact(&r, "role-national-seismic-institute-head");
    assert_eq!(values(f), [("s0", "Ana Ruiz")]);
}

#[test]
fn generic_roles_are_not_read() {
    let claims = claims_of(&[
        "An official, Omar Haidari, declined to comment. Analyst Jane Roe expects a fall. \
         In Kabul, the foreign minister said nothing. As prime minister, Johnson oversaw talks.",
    ]);
    assert!(claims.is_empty(), "{claims:?}");
}

#[test]
fn the_same_words_given_to_two_speakers_conflict() {
    let r = table(&[
        "Corvane Chief Executive Dana Whitfield announced the deal.\n\
         \"Together we can get faster diagnostics to millions more patients,\" Whitfield said in a statement.",
        "\u{201c}Together we can get faster diagnostics to millions more patients,\u{201d} said Lumaris CEO Rohan Mehta.",
    ]);
    let q = fact(&r, "quote-whitfield-together");
    assert_eq!(q.status, Status::Agree, "{q:?}");
    let s = fact(&r, "speaker-together");
    assert_eq!(s.status, Status::Conflict, "{s:?}");
    // The surname resolves to the full name the article gave before.
    assert_eq!(values(s), [("s0", "Dana Whitfield"), ("s1", "Rohan Mehta")]);
}

#[test]
fn a_trimmed_quote_is_partial_and_its_speaker_agrees() {
    let r = table(&[
        "\"No family will be left without a roof over its head, and no town will be forgotten,\" \
         Prime Minister Raúl Cárdenas told reporters.",
        "Cárdenas, who visited the area on Sunday, promised that \u{201c}no family will be left without a roof\u{201d}.",
        "\"This election is not decided. The real campaign starts today,\" Esteban Larrea said.",
        "Larrea told his supporters that \"the real campaign starts now\".",
    ]);
    no_conflict(&r);
    let q = fact(&r, "quote-cárdenas-no-family-left");
    assert_eq!(q.status, Status::Partial, "{q:?}");
    assert_eq!(
        values(q)[1],
        ("s1", "no family will be left without a roof")
    );
    // "Cárdenas" resolves to nobody in its own article: unnamed, compatible.
    let s = fact(&r, "speaker-no-family-left");
    assert_eq!(s.status, Status::Partial, "{s:?}");
    let q = fact(&r, "quote-larrea-election-not-decided");
    assert_eq!(q.status, Status::Partial, "{q:?}");
    assert_eq!(
        quotes::word_diff(&q.claims[0].value, &q.claims[1].value),
        "-This -election -is -not -decided … -today +now"
    );
}

#[test]
fn an_unnamed_speaker_is_compatible() {
    let r = table(&[
        "\"These practices deprived pharmacies of a free choice of supplier,\" the authority said in a statement.",
        "\"These practices deprived pharmacies of a free choice of supplier,\" said its president, Hélène Roussel.",
    ]);
    no_conflict(&r);
    let s = fact(&r, "speaker-practices-deprived");
    assert_eq!(values(s), [("s0", ""), ("s1", "Hélène Roussel")]);
    assert_eq!(s.status, Status::Partial);
}

#[test]
fn different_statements_by_one_speaker_stay_apart() {
    let r = table(&[
        "\"We will appeal the decision before the end of the month,\" Marchal said.",
        "\"Our pharmacies were supplied through the worst shortages,\" Marchal said.",
    ]);
    no_conflict(&r);
    assert_eq!(
        r.facts
            .iter()
            .filter(|f| f.id.starts_with("quote-"))
            .count(),
        2
    );
}

#[test]
fn scare_quotes_and_unattributed_quotes_are_skipped() {
    let claims = claims_of(&[
        "Putin called the Taliban an \u{201c}ally\u{201d} in the fight against terrorism. \
         The UN condemned what it called \"gender apartheid\". \
         The film \"A Long Way Home Again\" opened on Friday.",
    ]);
    assert!(claims.is_empty(), "{claims:?}");
}

#[test]
fn attributions_before_the_quote() {
    let r = table(&[
        "Dr Rangin Dadfar Spanta, a former national security adviser, described the decision as regrettable, \
         adding: \u{201c}This is just the beginning; others will follow Russia.\u{201d}\n\
         Taliban spokesman Zia Ahmad Takal confirmed the development to AFP, stating, \
         \u{201c}Russia is the first country which has officially recognised us.\u{201d}\n\
         According to Mao Ning, \"the Chinese side has always believed in engagement.\"\n\
         The ministry quoted Foreign Minister Amir Khan Muttaqi as welcoming the decision as \
         ''a good example for other countries.\"",
    ]);
    let speakers: Vec<&str> = r
        .facts
        .iter()
        .filter(|f| f.id.starts_with("speaker-"))
        .map(|f| f.claims[0].value.as_str())
        .collect();
    for who in [
        "Rangin Dadfar Spanta",
        "Zia Ahmad Takal",
        "Mao Ning",
        "Amir Khan Muttaqi",
    ] {
        assert!(speakers.contains(&who), "{who} not in {speakers:?}");
    }
}

#[test]
fn word_diff_is_compact() {
    assert_eq!(quotes::word_diff("same words", "Same words."), "");
    assert_eq!(
        quotes::word_diff(
            "firmly contests the analysis and will appeal",
            "contests the analysis and will use all remedies"
        ),
        "-firmly … -appeal +use +all +remedies"
    );
}
