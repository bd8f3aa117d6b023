use super::chrome::{BULLETS, TRAILING_NOISE, is_boilerplate};
use super::fold::key_and_words;
use super::*;
use crate::corpus::{self, LoadOptions, Published};
use std::collections::HashSet;
use std::path::Path;

fn doc(text: &str) -> Document {
    Document::from_text("t", text, Published::unknown())
}

fn texts(text: &str) -> Vec<String> {
    sentences(&doc(text)).into_iter().map(|s| s.text).collect()
}

fn seed(n: usize) -> Document {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("data/russia-taliban-2025");
    let mut corpus = corpus::load(&[dir], &LoadOptions::default());
    corpus.documents.swap_remove(n)
}

/// Spans point into the file, text is the span, lines are right, no stray space.
fn check_spans(doc: &Document, sentences: &[Sentence]) {
    for s in sentences {
        assert!(s.start >= doc.body_start && s.start < s.end);
        assert_eq!(s.text, &doc.text[s.start..s.end]);
        assert_eq!(s.line, doc.line_of(s.start));
        assert_eq!(s.text.trim(), s.text, "{:?}", s.text);
        assert!(!s.text.contains('\r'), "{:?}", s.text);
    }
}

#[test]
fn abbreviations() {
    assert_eq!(
        texts(
            "The U.S. Army arrived. Dr. Smith met Mr. Jones and Mrs. Lee on Jan. 5 at No. 10 \
             Downing St. in London. It was e.g. a test vs. nothing, i.e. a draw."
        ),
        [
            "The U.S. Army arrived.",
            "Dr. Smith met Mr. Jones and Mrs. Lee on Jan. 5 at No. 10 Downing St. in London.",
            "It was e.g. a test vs. nothing, i.e. a draw.",
        ]
    );
    assert_eq!(
        texts(
            "Prof. Ada Lee of Acme Inc. and Gen. Tom Ray, Sen. Ann Moe and Rep. Al Roe met \
             the U.K. and U.N. envoys in Sept. 2024, Oct. 3 and Feb. 2. Ms. Ray of Beta \
             Ltd. and Gamma Co. and Delta Corp. and John Smith Jr. left on Aug. 8, Nov. 9 \
             or Dec. 10."
        ),
        [
            "Prof. Ada Lee of Acme Inc. and Gen. Tom Ray, Sen. Ann Moe and Rep. Al Roe met \
             the U.K. and U.N. envoys in Sept. 2024, Oct. 3 and Feb. 2.",
            "Ms. Ray of Beta Ltd. and Gamma Co. and Delta Corp. and John Smith Jr. left on \
             Aug. 8, Nov. 9 or Dec. 10.",
        ]
    );
    // An abbreviation can still end a sentence before a word that starts one.
    assert_eq!(
        texts("Troops left the U.S. The talks began in Kabul."),
        ["Troops left the U.S.", "The talks began in Kabul."]
    );
    // A list number is not a sentence.
    assert_eq!(
        texts("1. Russia acted first.\n2. China followed."),
        ["1. Russia acted first.", "2. China followed."]
    );
    // "No." is a number sign only before a number.
    assert_eq!(
        texts("He said No. Then he left."),
        ["He said No.", "Then he left."]
    );
}

#[test]
fn initials_decimals_numbers() {
    assert_eq!(
        texts("The book by J. R. R. Tolkien sold well. George W. Bush read it in 2002."),
        [
            "The book by J. R. R. Tolkien sold well.",
            "George W. Bush read it in 2002."
        ]
    );
    assert_eq!(
        texts("Growth was 3.5 percent in 2024. Sales reached 1,000.5 tonnes. 2025 was worse."),
        [
            "Growth was 3.5 percent in 2024.",
            "Sales reached 1,000.5 tonnes.",
            "2025 was worse."
        ]
    );
}

#[test]
fn quotes_dashes_ellipses() {
    assert_eq!(
        texts(
            "\u{201c}We will go,\u{201d} he said. \u{201c}It is done.\u{201d} Next, the minister left."
        ),
        [
            "\u{201c}We will go,\u{201d} he said.",
            "\u{201c}It is done.\u{201d}",
            "Next, the minister left."
        ]
    );
    assert_eq!(
        texts("He said \"yes.\" Then he left. \u{201c}Why now?\u{201d} he asked."),
        [
            "He said \"yes.\"",
            "Then he left.",
            "\u{201c}Why now?\u{201d} he asked."
        ]
    );
    assert_eq!(
        texts("Koofi warned it would \u{201c}legitimize impunity\u{201d}. The UN agreed!"),
        [
            "Koofi warned it would \u{201c}legitimize impunity\u{201d}.",
            "The UN agreed!"
        ]
    );
    assert_eq!(
        texts(
            "Three countries\u{2014}Saudi Arabia, Pakistan\u{2014}recognised it. Russia did too."
        ),
        [
            "Three countries\u{2014}Saudi Arabia, Pakistan\u{2014}recognised it.",
            "Russia did too."
        ]
    );
    assert_eq!(
        texts("He paused... Then he spoke. She waited\u{2026} Nothing came... of it."),
        [
            "He paused...",
            "Then he spoke.",
            "She waited\u{2026}",
            "Nothing came... of it."
        ]
    );
}

#[test]
fn missing_space_after_full_stop() {
    assert_eq!(
        texts(
            "Moscow removed the group from its list of outlawed organisations.The Russian ministry agreed."
        ),
        [
            "Moscow removed the group from its list of outlawed organisations.",
            "The Russian ministry agreed."
        ]
    );
    for text in [
        "Soldiers of the U.S.Army base were there.",
        "He posted it on X.com yesterday.",
        "See www.example.com for more.",
        "Visit https://news.example/World.Today for more.",
    ] {
        assert_eq!(texts(text), [text]);
    }
}

#[test]
fn line_breaks_and_hard_wraps() {
    assert_eq!(
        texts("Russia recognises the Taliban\nIn a landmark move, Russia acted.\nAnother line"),
        [
            "Russia recognises the Taliban",
            "In a landmark move, Russia acted.",
            "Another line"
        ]
    );
    let d = doc(
        "The minister said that the\nagreement was signed\nin Kabul, with\nRussia present. Next.\n",
    );
    let s = sentences(&d);
    check_spans(&d, &s);
    assert_eq!(s.len(), 2);
    assert_eq!(
        s[0].text,
        "The minister said that the\nagreement was signed\nin Kabul, with\nRussia present."
    );
    assert_eq!((s[0].line, s[1].line), (1, 4));
}

#[test]
fn crlf_and_line_numbers() {
    let d = doc("First line here.\r\nSecond line, here.\r\n\r\nThird. Fourth!\r\n");
    let s = sentences(&d);
    check_spans(&d, &s);
    let got: Vec<(&str, usize)> = s.iter().map(|s| (s.text.as_str(), s.line)).collect();
    assert_eq!(
        got,
        [
            ("First line here.", 1),
            ("Second line, here.", 2),
            ("Third.", 4),
            ("Fourth!", 4)
        ]
    );
}

/// The phrase-by-phrase reading of [`BOILERPLATE`] that the patterns compile.
fn boilerplate_by_phrase(line: &str) -> bool {
    let mut lower = String::new();
    for word in line
        .trim_start_matches(|c: char| BULLETS.contains(&c) || c.is_whitespace())
        .split_whitespace()
    {
        if !lower.is_empty() {
            lower.push(' ');
        }
        lower.extend(word.chars().flat_map(char::to_lowercase));
    }
    let whole = lower.trim_end_matches(|c: char| TRAILING_NOISE.contains(&c) || c.is_whitespace());
    BOILERPLATE
        .iter()
        .any(|&(phrase, placement)| match placement {
            Placement::Whole => whole == phrase,
            Placement::Start => {
                lower.starts_with(phrase)
                    && (phrase.ends_with(|c: char| !c.is_alphanumeric())
                        || !lower[phrase.len()..].starts_with(char::is_alphanumeric))
            }
            Placement::Anywhere => lower.contains(phrase),
        })
}

proptest::proptest! {
    #[test]
    fn boilerplate_patterns_read_lines_as_the_table_says(
        parts in proptest::collection::vec(
            proptest::prop_oneof![
                proptest::sample::select(BOILERPLATE.iter().map(|p| p.0).collect::<Vec<_>>()),
                proptest::sample::select(vec![
                    " ", "  ", "\t", "• ", "- ", "» ", ":", ".", "…", "!", "|", "Photo",
                    "FOLLOW", "Us", "news", "2025", "x", "é", "Reuters", "menu", "s",
                ]),
            ],
            0..6,
        )
    ) {
        let line = parts.concat();
        proptest::prop_assert_eq!(is_boilerplate(&line), boilerplate_by_phrase(&line), "{:?}", line);
    }
}

#[test]
fn chrome_lines_are_dropped() {
    let text = "Left Menu\nAdvertisement\nHome | World | Business & Finance\n\
                News \u{2022} Sport \u{2022} Weather\nShare this article\nSkip to content\n\
                Read more: Russia and the Taliban\nSubscribe now\n\
                Sign up for our newsletter\nFollow us on Twitter and Facebook\n\
                \u{a9} 2025 Example News\nCopyright 2025 AP. All rights reserved.\n\
                Photo: Reuters/John Smith\nImage caption, The minister in Kabul\n* * *\n\
                Russia recognises the Taliban\nThe article text starts here.\n";
    assert_eq!(
        texts(text),
        [
            "Russia recognises the Taliban",
            "The article text starts here."
        ]
    );
    // Lines that only start like chrome words are article text.
    for text in [
        "Subscribers grew in 2024.",
        "Home prices rose in April.",
        "Readers read more books.",
        "Sharing power | A new deal for Kabul",
    ] {
        assert_eq!(texts(text), [text]);
    }
}

#[test]
fn other_script_lines_in_an_english_article() {
    let d = seed(4);
    let s = sentences(&d);
    check_spans(&d, &s);
    assert_eq!(
        s[0].text,
        "Russia becomes first nation to officially recognize Taliban government"
    );
    assert_eq!(s[0].line, 3);
    let arabic = |t: &str| t.chars().any(|c| ('\u{0600}'..='\u{06FF}').contains(&c));
    assert!(s.iter().all(|s| !arabic(&s.text)));
    assert!(s.last().unwrap().text.ends_with("in a post-American era."));
    assert!(
        s.iter()
            .any(|s| s.text.contains("annual St. Petersburg International"))
    );
    assert!(s.iter().any(|s| {
        s.text
            .starts_with("Since the chaotic withdrawal of U.S. troops")
    }));
    // In an article in another script, its lines are the text.
    let arabic_line =
        "\u{0627}\u{0644}\u{0639}\u{0631}\u{0628}\u{064a}\u{0629} \u{0646}\u{0635} ".repeat(4);
    let d = doc(&format!("{arabic_line}\nOK.\n{arabic_line} \u{0646}"));
    assert_eq!(sentences(&d).len(), 3);
}

#[test]
fn header_and_left_menu_of_001() {
    let d = seed(1);
    let s = sentences(&d);
    check_spans(&d, &s);
    assert!(
        s.iter()
            .all(|s| !s.text.contains("Left Menu") && !s.text.contains("2025-07-04"))
    );
    assert_eq!(
        s[0].text,
        "Russia becomes first country to formally recognise Taliban's latest rule in Afghanistan"
    );
    assert_eq!(s[0].line, 3);
}

#[test]
fn header_line_text_of_003() {
    let d = seed(3);
    let s = sentences(&d);
    check_spans(&d, &s);
    assert_eq!(s[0].start, d.body_start);
    assert_eq!(s[0].line, 1);
    assert!(s[0].text.starts_with("Russia has become the first country"));
    assert!(
        s.iter()
            .any(|s| s.text == "Most countries closed their embassies after 2021.")
    );
    assert!(s.iter().any(|s| {
        s.text
            .contains("approximately $9bn (\u{a3}6.6bn) in assets.")
    }));
}

#[test]
fn repeated_lead_of_001_is_kept_once_in_its_better_copy() {
    let d = seed(1);
    let s = sentences(&d);
    let count = |needle: &str| s.iter().filter(|s| s.text.contains(needle)).count();
    assert_eq!(count("Russia on Thursday became the first country"), 1);
    assert_eq!(count("The Russian Foreign Ministry announced"), 1);
    assert_eq!(count("Talibans"), 0);
    assert_eq!(count("Afghanistans"), 0);
    assert_eq!(count("organisations.The"), 0);
    assert_eq!(count("recognise the Taliban's government"), 1);
    assert_eq!(count("from Afghanistan's newly appointed Ambassador"), 1);
    // Everything else of the article is there, once.
    assert_eq!(s.len(), 14);
    assert_eq!(s[1].line, 7);
    let mut starts: Vec<usize> = s.iter().map(|s| s.start).collect();
    starts.sort_unstable();
    starts.dedup();
    assert_eq!(starts.len(), s.len());
}

#[test]
fn repeated_body_of_002_is_kept_once() {
    let d = seed(2);
    let s = sentences(&d);
    check_spans(&d, &s);
    // The repeated body starts at line 12; nothing from it survives.
    assert!(s.iter().all(|s| s.line <= 11), "{s:?}");
    assert_eq!(
        s.iter()
            .filter(|s| s.text.starts_with("Russia Sets Precedent"))
            .count(),
        1
    );
    assert_eq!(
        s.iter()
            .filter(|s| s.text.contains("This month, Russia removed"))
            .count(),
        1
    );
    assert_eq!(s.len(), 19);
    let keys: HashSet<String> = s.iter().map(|s| key_and_words(&s.text).0).collect();
    assert_eq!(keys.len(), s.len());
}

#[test]
fn short_sentences_may_repeat() {
    assert_eq!(
        texts("Russia acted. He said.\n\nThe Taliban welcomed it. He said."),
        [
            "Russia acted.",
            "He said.",
            "The Taliban welcomed it.",
            "He said."
        ]
    );
    // A long sentence repeated with other spacing and quotes is one sentence.
    assert_eq!(
        texts(
            "The ministry said it received the ambassador's credentials.\n\n\
               The ministry said it received the ambassador\u{2019}s  credentials."
        ),
        ["The ministry said it received the ambassador's credentials."]
    );
}

#[test]
fn every_seed_article_has_exact_spans() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("data/russia-taliban-2025");
    let corpus = corpus::load(&[dir], &LoadOptions::default());
    assert_eq!(corpus.documents.len(), 5);
    for d in &corpus.documents {
        let s = sentences(d);
        assert!(s.len() >= 14, "{}", d.id);
        check_spans(d, &s);
        for w in s.windows(2) {
            assert!(w[0].end <= w[1].start || d.id.starts_with("001"));
        }
    }
}

#[test]
fn long_single_line_is_linear() {
    // 50 MB in release; less in debug builds, which are many times slower.
    let size = if cfg!(debug_assertions) {
        5 << 20
    } else {
        50 << 20
    };
    let unit = "Russia recognised the Taliban on Thursday, officials said. \
                Growth was 3.5 percent in the U.S. last year\u{2014}a record. ";
    let mut text = unit.repeat(size / unit.len() + 1);
    text.push_str("The end of an unusual and very long line of text.");
    let d = doc(&text);
    let started = std::time::Instant::now();
    let s = sentences(&d);
    assert!(started.elapsed().as_secs() < 60);
    // Every repeat of a long sentence is folded into its first copy.
    assert_eq!(
        s.iter().map(|s| s.text.as_str()).collect::<Vec<_>>(),
        [
            "Russia recognised the Taliban on Thursday, officials said.",
            "Growth was 3.5 percent in the U.S. last year\u{2014}a record.",
            "The end of an unusual and very long line of text."
        ]
    );
    // No spaces at all: one enormous token with full stops in it.
    let d = doc(&"word.word.".repeat(size / 20));
    assert_eq!(sentences(&d).len(), 1);
}
