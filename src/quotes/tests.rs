use super::*;
use crate::corpus::{Document, Published, PublishedHow};
use crate::extract::{self, Options};

fn quotes_of(text: &str) -> Vec<(String, Option<String>)> {
    let d = chrono::NaiveDate::from_ymd_opt(2025, 7, 4).unwrap();
    let doc = Document::from_text("a", text, Published::known(d, PublishedHow::Header));
    let r = extract::read(&doc, &Options::default());
    find(0, &r)
        .into_iter()
        .map(|q| (q.value, q.speaker))
        .collect()
}

#[test]
fn speakers_after_and_before() {
    let q = quotes_of(
        "Foreign Minister Amir Khan Muttaqi met the envoy.\n\
         \"This is a new phase of relations,\" Muttaqi said.\n\
         \"We welcome the decision of Russia,\" said Mao Ning, a spokeswoman.\n\
         The ministry said in a statement: “Talks will continue next week in Kabul.”\n\
         “Nobody will be left behind,” he said.\n",
    );
    assert_eq!(
        q,
        [
            (
                "This is a new phase of relations".into(),
                Some("Amir Khan Muttaqi".into())
            ),
            (
                "We welcome the decision of Russia".into(),
                Some("Mao Ning".into())
            ),
            (
                "Talks will continue next week in Kabul".into(),
                Some(String::new())
            ),
            ("Nobody will be left behind".into(), Some(String::new())),
        ]
    );
}

#[test]
fn scare_quotes_and_unattributed_quotes_are_skipped() {
    assert!(quotes_of("Putin called the Taliban an “ally” in the fight.").is_empty());
    assert!(quotes_of("The film “A Long Way Home Again” opened on Friday.").is_empty());
}

#[test]
fn quotes_run_over_sentence_breaks() {
    let q = quotes_of(
        "\"The overlap is limited. The review is the wild card,\" said Priya Natarajan, an analyst.",
    );
    assert_eq!(
        q,
        [(
            "The overlap is limited. The review is the wild card".into(),
            Some("Priya Natarajan".into())
        )]
    );
}

#[test]
fn word_diff_shows_removed_and_added_words() {
    assert_eq!(
        word_diff(
            "This election is not decided. The real campaign starts today",
            "the real campaign starts now"
        ),
        "-This -election -is -not -decided … -today +now"
    );
    assert_eq!(word_diff("Same words, here.", "same words here"), "");
    assert_eq!(
        word_diff(
            "a new phase of relations",
            "This is a new phase of relations"
        ),
        "+This +is"
    );
}
