use super::*;
use crate::corpus::{Document, Published, PublishedHow};
use crate::extract::{self, Options};

fn doc(id: &str, text: &str) -> Document {
    let d = chrono::NaiveDate::from_ymd_opt(2025, 7, 4).unwrap();
    Document::from_text(id, text, Published::known(d, PublishedHow::Header))
}

fn roles(text: &str) -> Vec<(String, String)> {
    let d = doc("a", text);
    let r = extract::read(&d, &Options::default());
    claims(&[r])
        .into_iter()
        .map(|c| (c.fact, c.value))
        .collect()
}

#[test]
fn title_before_name() {
    assert_eq!(
        roles("Afghan Foreign Minister Amir Khan Muttaqi welcomed the move."),
        [(
            "role-afghan-foreign-minister".into(),
            "Amir Khan Muttaqi".into()
        )]
    );
    assert_eq!(
        roles("The deal was approved by Corvane CEO Dana Whitfield on Monday."),
        [(
            "role-corvane-chief-executive".into(),
            "Dana Whitfield".into()
        )]
    );
}

#[test]
fn appositives_both_ways() {
    assert_eq!(
        roles("Russia's ambassador to Afghanistan, Dmitry Zhirnov, said so."),
        [(
            "role-russian-ambassador-to-afghanistan".into(),
            "Dmitry Zhirnov".into()
        )]
    );
    assert_eq!(
        roles("He met Dmitry Zhirnov, Russia's ambassador to Afghanistan, in Kabul."),
        [(
            "role-russian-ambassador-to-afghanistan".into(),
            "Dmitry Zhirnov".into()
        )]
    );
    assert_eq!(
        roles("Mao Ning, a spokeswoman for China's Foreign Ministry, said it."),
        [(
            "role-chinese-foreign-ministry-spokesperson-ning".into(),
            "Mao Ning".into()
        )]
    );
}

#[test]
fn generic_roles_are_skipped() {
    assert!(roles("A spokesman, John Smith, declined to comment.").is_empty());
    assert!(roles("In Kabul, the foreign minister said nothing.").is_empty());
    assert!(roles("As prime minister, Johnson oversaw the talks.").is_empty());
    assert!(roles("Analyst Jane Roe said shares could fall.").is_empty());
}

#[test]
fn surnames_resolve_to_the_one_full_name() {
    let names = vec![
        (0, "Amir Khan Muttaqi".to_string()),
        (50, "Vladimir Putin".to_string()),
        (90, "Mariana Velasco Toral".to_string()),
    ];
    assert_eq!(
        resolve(&names, "Muttaqi", 100).as_deref(),
        Some("Amir Khan Muttaqi")
    );
    assert_eq!(
        resolve(&names, "Velasco", 100).as_deref(),
        Some("Mariana Velasco Toral")
    );
    assert_eq!(
        resolve(&names, "Khan", 100).as_deref(),
        Some("Amir Khan Muttaqi")
    );
    assert_eq!(resolve(&names, "Lavrov", 100), None);
}
