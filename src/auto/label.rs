//! A generic fact's label as its sources word it: the words around the figure in one
//! member's sentence, the figure itself left out ("leaving … people missing", "interest
//! rates to …"). A bag of stems ("Leaving, missing") tells an editor less than the
//! phrase it came from.

use super::Cand;
use super::words;
use crate::claim::Kind;

/// Words read on each side of the figure, at most.
const SIDE: usize = 4;

/// Members whose phrases are weighed for the label.
const READ: usize = 8;

/// Words that begin another clause or another figure's phrase: the window stops there.
const BREAKS: &[&str] = &[
    "and",
    "but",
    "while",
    "as",
    "after",
    "before",
    "when",
    "which",
    "who",
    "whom",
    "that",
    "where",
    "because",
    "with",
    "said",
    "says",
    "say",
    "according",
    "or",
    "nor",
    "than",
    "since",
    "until",
    "including",
    "plus",
];

/// Words a date's phrase opens with that say how it dates its clause: kept in the label
/// ("Opened in …", "Officials said on …").
const DATE_PREPOSITIONS: &[&str] = &[
    "on", "in", "at", "since", "by", "from", "until", "till", "through", "during", "before",
    "after", "for", "as", "of",
];

/// Verbs of saying: a date just after one dates the saying ("officials said on Tuesday"),
/// so for a date they do not end the window.
const SAYING: &[&str] = &["said", "says", "say"];

/// The phrase around the figure of the member that best shows the fact's `names` (the
/// stems its members share), or `None` when no member's figure has words of its own
/// clause beside it.
pub(super) fn phrase(
    cands: &[Cand],
    members: &[usize],
    names: &[&str],
    unit: &str,
) -> Option<String> {
    // One member has no rival phrase to weigh.
    if let [one] = members {
        return around(&cands[*one], unit).map(|(p, _)| p);
    }
    let mut best: Option<(i64, String)> = None;
    for &i in members.iter().take(READ) {
        let Some((p, shown)) = around(&cands[i], unit) else {
            continue;
        };
        // Words the members share count for a phrase, a word of its own sentence alone
        // against it ("killed … people in the Philippines" for a country's toll).
        let score: i64 = shown
            .iter()
            .map(|w| {
                let lower = w.to_lowercase();
                if names.contains(&words::stem(&lower).as_str()) {
                    2
                } else if words::is_stopword(&lower) {
                    0
                } else if w.starts_with(char::is_uppercase) {
                    // A name only this sentence gives places the fact where the others
                    // may not.
                    -3
                } else {
                    -1
                }
            })
            .sum();
        let better = best.as_ref().is_none_or(|(s, b)| {
            score > *s || (score == *s && p.split(' ').count() < b.split(' ').count())
        });
        if better {
            best = Some((score, p));
        }
    }
    best.map(|(_, p)| p)
}

/// The label phrase of one candidate and its words (the figure left out).
fn around(c: &Cand, unit: &str) -> Option<(String, Vec<String>)> {
    let e: &str = &c.evidence;
    let (fs, fe) = whole(e, &c.stated)?;
    let dated = matches!(c.kind, Kind::Date | Kind::Time | Kind::Interval);
    let (left, first) = side(e[..fs].split_whitespace().rev(), true, dated);
    let n_left = left.len();
    // A date's prepositions, as written ("On …", "as of …").
    let prep: Vec<&str> = c
        .stated
        .split_whitespace()
        .take_while(|w| dated && DATE_PREPOSITIONS.contains(&w.to_lowercase().as_str()))
        .collect();
    // A date that opens its sentence dates the clause after its comma ("On …, a bridge
    // collapsed").
    let tail = &e[fe..];
    let opens = dated && left.is_empty() && tail.starts_with(',');
    let (right, _) = side(
        tail.strip_prefix(',')
            .filter(|_| opens)
            .unwrap_or(tail)
            .split_whitespace(),
        false,
        dated,
    );
    let content = |ws: &[String]| {
        ws.iter()
            .filter(|w| w.chars().count() > 2 && !words::is_stopword(&w.to_lowercase()))
            .count()
    };
    // "On …, the bank" says less than the stems do.
    if left.is_empty() && (right.is_empty() || opens && content(&right) < 2) {
        return None;
    }
    // A count keeps the noun it counts: "… people missing", "… pumping stations".
    let stated: Vec<&str> = c.stated.split_whitespace().collect();
    let counts = !unit.is_empty() && stated.last().is_some_and(|w| w.eq_ignore_ascii_case(unit));
    let noun = counts.then(|| {
        let after_digits = stated
            .iter()
            .rposition(|w| w.chars().any(|c| c.is_ascii_digit()))
            .map(|k| {
                // The scale belongs to the figure: "1.5 million people" counts people.
                let mut k = k + 1;
                while stated.get(k).is_some_and(|w| {
                    matches!(
                        w.to_lowercase().as_str(),
                        "thousand" | "million" | "billion" | "trillion"
                    )
                }) {
                    k += 1;
                }
                &stated[k..]
            })
            .filter(|tail| {
                !tail.is_empty() && tail.iter().all(|w| w.chars().all(char::is_alphabetic))
            });
        after_digits.map_or_else(|| unit.to_string(), |tail| tail.join(" "))
    });
    let mut out = String::new();
    for w in left.iter().rev() {
        out.push_str(w);
        out.push(' ');
    }
    for p in &prep {
        out.push_str(p);
        out.push(' ');
    }
    out.push('…');
    if opens && !right.is_empty() {
        out.push(',');
    }
    if let Some(n) = &noun {
        out.push(' ');
        out.push_str(n);
    }
    for w in &right {
        if !w.starts_with(['\'', '’']) {
            out.push(' ');
        }
        out.push_str(w);
    }
    // A sentence's first word has its capital from its place, not as a name.
    let mut shown: Vec<String> = left.into_iter().chain(right).collect();
    if first && n_left > 0 {
        shown[n_left - 1] = shown[n_left - 1].to_lowercase();
    }
    // A lone word beside the figure ("Target …", "Drop …") says less than the stems do;
    // a word of content and one more ("Reduced from …", "… properties have been
    // damaged": the counted noun is one) say what the figure is.
    let nouns = noun.as_deref().map_or(0, |n| n.split(' ').count());
    let content = nouns + content(&shown);
    (content >= 1 && shown.len() + nouns + prep.len() >= 2).then(|| (capitalized(&out), shown))
}

/// The first place `stated` stands whole in `text`: not inside a longer word or number
/// ("5 percent" is not in "0.25 percentage").
fn whole(text: &str, stated: &str) -> Option<(usize, usize)> {
    if stated.is_empty() {
        return None;
    }
    let glued = |c: Option<char>| c.is_some_and(|c| c.is_alphanumeric() || c == '.' || c == ',');
    text.match_indices(stated)
        .map(|(s, _)| (s, s + stated.len()))
        .find(|&(s, e)| {
            let before = text[..s].chars().next_back();
            let after = text[e..].chars().next();
            !glued(before) && !after.is_some_and(char::is_alphanumeric)
        })
}

/// Up to [`SIDE`] words of the figure's own clause on one side (`words` in order away
/// from the figure), stopwords trimmed from the far end; and whether they run to the end
/// of the text (leftward: the sentence's first word is among them).
fn side<'a>(
    words_away: impl Iterator<Item = &'a str>,
    leftward: bool,
    dated: bool,
) -> (Vec<String>, bool) {
    let mut out: Vec<String> = Vec::new();
    let mut words_away = words_away.peekable();
    let mut to_end = true;
    while let Some(raw) = words_away.next() {
        let w = raw.trim_matches(|c: char| !c.is_alphanumeric() && c != '\'' && c != '’');
        let opens = raw.starts_with(['(', '[', '"', '“', '”', '—', '–', '-', '•', ';', ':']);
        let closes = raw.ends_with([
            ',', ';', ':', '.', '!', '?', ')', ']', '"', '“', '”', '—', '–',
        ]);
        let lower = w.to_lowercase();
        let stop = w.is_empty()
            || w.chars().any(|c| c.is_ascii_digit())
            || BREAKS.contains(&lower.as_str())
                && !(dated && leftward && SAYING.contains(&lower.as_str()));
        // Leftward, a word that ends in a comma ends the clause before the figure; a word
        // that opens one is the clause's first.
        if stop || (leftward && closes) || (!leftward && opens) || w.starts_with('…') {
            to_end = false;
            break;
        }
        // One straight apostrophe for a clitic ("’s" → "'s").
        let bare = w.trim_start_matches(['\'', '’']).replace('’', "'");
        out.push(if raw.starts_with(['\'', '’']) {
            format!("'{bare}")
        } else {
            bare
        });
        if out.len() == SIDE || (leftward && opens) || (!leftward && closes) {
            to_end = words_away.peek().is_none();
            break;
        }
    }
    while out
        .last()
        .is_some_and(|w| words::is_stopword(&w.to_lowercase()) || w.starts_with('\''))
    {
        out.pop();
        to_end = false;
    }
    (out, to_end)
}

/// A label's words with a capital first letter (the words keep their own capitals).
pub(super) fn capitalized(s: &str) -> String {
    let mut c = s.chars();
    match c.next() {
        Some(f) => f.to_uppercase().chain(c).collect(),
        None => String::new(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn cand(kind: Kind, stated: &str, evidence: &str) -> Cand {
        Cand {
            doc: 0,
            sentence: 0,
            kind,
            family: String::new(),
            unit: String::new(),
            value: String::new(),
            hedge: String::new(),
            context: Vec::new(),
            stated: stated.into(),
            start: 0,
            end: 0,
            evidence: evidence.to_string().into(),
            evidence_ix: 0,
            line: 1,
            span: (0, 0),
            words: Default::default(),
            when: Vec::new(),
            background: false,
            year_only: false,
            role: String::new(),
            subject: String::new(),
            owner: String::new(),
            tally: false,
            entity: String::new(),
        }
    }

    fn label(kind: Kind, stated: &str, evidence: &str) -> Option<String> {
        around(&cand(kind, stated, evidence), "").map(|(p, _)| p)
    }

    #[test]
    fn a_date_keeps_how_it_dates_its_clause() {
        let date = |stated, evidence| label(Kind::Date, stated, evidence);
        // Its preposition: one word beside the date and the preposition say enough.
        assert_eq!(
            date(
                "in 1998",
                "The footbridge reopened in 1998, the council said."
            )
            .as_deref(),
            Some("Footbridge reopened in …")
        );
        assert_eq!(
            date("as of March 3", "It had 9,200 staff as of March 3.").as_deref(),
            Some("Staff as of …")
        );
        // A date after a verb of saying dates the saying.
        assert_eq!(
            date(
                "on Friday",
                "The pier was shut, port officials said on Friday."
            )
            .as_deref(),
            Some("Port officials said on …")
        );
        // A date that opens the sentence dates the clause after its comma, when that
        // clause says something.
        assert_eq!(
            date(
                "On Monday",
                "On Monday, a footbridge collapsed near the weir."
            )
            .as_deref(),
            Some("On …, a footbridge collapsed")
        );
        assert_eq!(date("On Monday", "On Monday, the council said so."), None);
        // A figure's window still ends at a verb of saying.
        assert_eq!(
            label(
                Kind::Count,
                "12",
                "Officials said 12 boats sank at the quay."
            )
            .as_deref(),
            Some("… boats sank")
        );
    }

    fn words(s: &[&str]) -> Vec<String> {
        s.iter().map(|w| w.to_string()).collect()
    }

    #[test]
    fn a_side_keeps_the_figures_own_clause() {
        let left = "The dam gave way overnight, and floods were leaving";
        assert_eq!(
            side(left.split_whitespace().rev(), true, false),
            (words(&["leaving", "were", "floods"]), false)
        );
        assert_eq!(
            side("Engineers repaired".split_whitespace().rev(), true, false),
            (words(&["repaired", "Engineers"]), true)
        );
        let right = "still missing, officials said on Friday";
        assert_eq!(
            side(right.split_whitespace(), false, false).0,
            words(&["still", "missing"])
        );
        // Another figure, or a word that begins another clause, ends the window.
        assert_eq!(
            side("hurt and 12 dead".split_whitespace(), false, false).0,
            words(&["hurt"])
        );
        assert_eq!(
            side("in 2019 the".split_whitespace(), false, false).0,
            Vec::<String>::new()
        );
        // A figure stands whole, not inside a longer one.
        assert_eq!(
            whole("by 0.25 percentage point, to 5 percent", "5 percent"),
            Some((29, 38))
        );
        // Stopwords at the far end go.
        assert_eq!(
            side("the water of the".split_whitespace(), false, false).0,
            words(&["the", "water"])
        );
    }
}
