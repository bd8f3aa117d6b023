//! Reading one article's figures: each mention no rule claims becomes a [`Cand`], with
//! its kind, unit family, hedge, the event words of its clause, the dates beside it, its
//! role, place and owner, and the context words that explain a moving figure. This is
//! the per-article half of the automatic facts; nothing here looks across sources.

use std::borrow::Cow;
use std::collections::BTreeMap;

use crate::claim::Kind;
use crate::extract::{Mention, Reading};
use crate::numbers::NumKind;
use crate::numbers::clock::ClockKind;
use crate::rules::norm;
use crate::time::TimeKind;

use super::clause::{Near, clause_bounds, cut};
use super::words::{self, Synonyms, Token};
use super::{Cand, frame, owner, rank, vote};

pub(super) fn candidates(
    r: &Reading,
    di: usize,
    si: usize,
    taken: &[(usize, usize)],
    syn: &Synonyms,
    out: &mut Vec<Cand>,
) {
    let sentence = &r.sentences[si];
    let masked = &r.masked[si];
    let text = sentence.text.as_str();
    // An age ("Berg, 51,"), a vote ("seven to two") or a placing ("finished second") is
    // no mention of its own: a sentence without mentions is read only when it has a digit,
    // a word of voting or an ordinal.
    if masked.mentions.is_empty() && !text.bytes().any(|b| b.is_ascii_digit()) {
        let lower = text.to_ascii_lowercase();
        if !vote::may_hold(&lower) && !rank::may_hold(&lower) {
            return;
        }
    }
    // The sentence's words, split once by the reading and shared with every reader.
    let toks = r.tokens(si);
    let stems: Vec<String> = toks.iter().map(|t| words::stem(&t.lower)).collect();
    let quotes = quote_spans(text);
    let bounds = clause_bounds(text, toks);
    let mentions: Vec<&Mention> = masked.mentions.iter().collect();
    let near = Near::new(text, &mentions);
    // A named person's age, a split vote and who placed where are figures of their own,
    // whatever mentions their numbers are.
    let own = own_figures(text, toks, &stems, syn);
    for f in &own {
        let (s, e) = f.span;
        let (ds, de) = (sentence.start + s, sentence.start + e);
        if taken.iter().any(|&(ts, te)| ts < de && ds < te)
            || quotes.iter().any(|&(qs, qe)| qs <= s && e <= qe)
        {
            continue;
        }
        let (ss, se) = f.stated;
        out.push(Cand {
            doc: di,
            sentence: si,
            kind: f.kind,
            family: f.family.clone(),
            unit: f.unit.to_string(),
            value: f.value.clone(),
            hedge: String::new(),
            context: Vec::new(),
            stated: norm::fold_space(&text[ss..se]),
            start: sentence.start + ss,
            end: sentence.start + se,
            evidence: r.evidence_around(si, ss, se),
            evidence_ix: 0,
            line: r.doc.line_of(sentence.start + ss),
            span: (ds, de),
            words: f.words.clone(),
            when: Vec::new(),
            background: false,
            year_only: false,
            role: String::new(),
            subject: f.subject.clone(),
            owner: f.owner.clone(),
            tally: false,
            entity: String::new(),
        });
    }
    let pub_year: Option<i32> = r
        .doc
        .published
        .display()
        .get(..4)
        .and_then(|y| y.parse().ok());

    for (mi, m) in mentions.iter().enumerate() {
        let (ms, me) = m.span();
        if me > text.len() || !text.is_char_boundary(ms) || !text.is_char_boundary(me) {
            continue;
        }
        let Some(kind) = kind_of(m) else { continue };
        let (ds, de) = (sentence.start + ms, sentence.start + me);
        if taken.iter().any(|&(s, e)| s < de && ds < e) {
            continue;
        }
        // A speaker's figures are read when their unit says what they are (`a 46-degree
        // temperature`, `50 feet deep`); a quotation's bare numbers and dates are as often
        // manner of speech as claims.
        let quoted = quotes.iter().any(|&(qs, qe)| qs <= ms && me <= qe);
        if (quoted && kind != Kind::Measure) || own.iter().any(|f| f.span.0 < me && ms < f.span.1) {
            continue;
        }
        let (value, hedge, unit_text, family) = match m {
            Mention::Time(t) => {
                let Some(v) = t.value.clone().filter(|v| !v.is_empty()) else {
                    continue;
                };
                if is_noise_date(&t.text) {
                    continue;
                }
                (
                    v,
                    t.qualifier.clone().unwrap_or_default(),
                    None,
                    kind.as_str().to_string(),
                )
            }
            Mention::Measure(x) => (
                x.stated.clone(),
                x.qualifier.clone().unwrap_or_default(),
                rate_noun(x).map(str::to_string),
                format!("measure:{:?}", x.quantity).to_lowercase(),
            ),
            Mention::Clock(c) => (
                c.value.clone(),
                c.qualifier.clone().unwrap_or_default(),
                None,
                kind.as_str().to_string(),
            ),
            Mention::Number(n) => {
                if restates(text, &mentions, mi) {
                    continue;
                }
                let unit = n.unit.clone().unwrap_or_default();
                let family = match n.kind {
                    NumKind::Amount => format!("amount:{unit}{}", rate(text, toks, me)),
                    NumKind::Percent => {
                        if n.value.ends_with("pp") {
                            "percent:pp".to_string()
                        } else {
                            "percent:%".to_string()
                        }
                    }
                    NumKind::Count => String::new(), // from the canonical unit, below
                };
                (
                    n.value.clone(),
                    n.qualifier.clone().unwrap_or_default(),
                    Some(unit),
                    family,
                )
            }
        };

        // The clause (within a window of the figure), then the segment of it that belongs
        // to this figure.
        let (cs, ce) = near.window(bounds.of(ms, text.len()), ms, me);
        // Outside an aside, the asides' words are not the figure's.
        let aside = bounds.aside_at(ms).is_some();
        let hidden = |t: &Token| {
            near.covered(t.start, t.end)
                || (!aside && bounds.aside_at(t.start).is_some() && (t.end <= ms || t.start >= me))
        };
        let (lo, hi) = match near.overlapping(cs, ce) {
            (lo, hi) if (lo..hi).contains(&mi) => (lo, hi),
            _ => (0, mentions.len()),
        };
        // Two figures of one kind in a clause divide its words between them; a figure of
        // another kind ("$1.8 billion" beside "two countries") shares them.
        let is_time = matches!(m, Mention::Time(_));
        let mut left = cs;
        let mut right = ce;
        for (j, x) in mentions.iter().enumerate().take(hi).skip(lo) {
            if j == mi || kind_of(x) != Some(kind) {
                continue;
            }
            let (xs, xe) = x.span();
            if xe <= ms && xe > cs {
                left = left.max(cut(text, xe, ms, is_time));
            } else if xs >= me && xs < ce {
                right = right.min(cut(text, me, xs, is_time));
            }
        }

        // Event words, weighted by distance (in words) to the figure.
        let inside = hidden;
        let first = toks.partition_point(|t| t.start < left);
        let last = first + toks[first..].partition_point(|t| t.start < right);
        let seg: Vec<(&str, &str)> = toks[first..last]
            .iter()
            .zip(&stems[first..last])
            .filter(|(t, _)| t.end <= right && !inside(t))
            .map(|(t, s)| (t.lower.as_str(), s.as_str()))
            .collect();
        let before = toks[first..last]
            .iter()
            .filter(|t| t.end <= right && !inside(t) && t.end <= ms)
            .count();
        let mut event = weighted(syn, &seg, before);
        let mut unit = String::new();
        let mut family = family;
        if let Some(u) = unit_text {
            if kind == Kind::Measure {
                // A rate of a counted noun: what it counts is part of its key, as a
                // count's noun is ("vehicles a year" never meets "barrels a day").
                let ut = words::tokens(&u);
                let canon = syn.canonical(&ut);
                if let Some((_, w)) = canon.last() {
                    family = format!("{family}:{}", unit_family(w));
                }
                for (_, w) in &canon {
                    let e = event.entry(w.clone()).or_insert(0.0);
                    *e = e.max(1.0);
                }
            } else if kind == Kind::Count {
                let ut = words::tokens(&u);
                let canon = syn.canonical(&ut);
                unit = canon.last().map(|(_, w)| w.clone()).unwrap_or_default();
                for (_, w) in &canon {
                    let e = event.entry(w.clone()).or_insert(0.0);
                    *e = e.max(1.0);
                }
                family = if ut.last().is_some_and(|t| is_demonym(&u[t.start..t.end])) {
                    "count:people".to_string()
                } else {
                    format!("count:{}", unit_family(&unit))
                };
                // "35 families" and "37 households", "a dozen cars" and "seven vehicles"
                // count one thing: the family's name is a word of both.
                let named = &family["count:".len()..];
                if !["people", "", unit.as_str()].contains(&named) {
                    let e = event.entry(named.to_string()).or_insert(0.0);
                    *e = e.max(1.0);
                }
            } else {
                unit = u;
            }
        }

        // Other dates of the clause: the time this figure belongs to. It is background
        // when every one of them is: "detained in March 2023 and sentenced in July" is
        // this year's news.
        let mut when = Vec::new();
        let mut past = 0;
        if !matches!(kind, Kind::Date | Kind::Interval) {
            for x in &mentions[lo..hi] {
                let (xs, xe) = x.span();
                if let Mention::Time(t) = x
                    && t.kind == TimeKind::Date
                    && xs >= cs
                    && xe <= ce
                    && let Some(v) = t.value.as_deref().filter(|v| !v.is_empty())
                {
                    let year: Option<i32> = v.get(..4).and_then(|y| y.parse().ok());
                    if let (Some(y), Some(p)) = (year, pub_year)
                        && y < p
                    {
                        past += 1;
                    } else if year.is_some() && pub_year.is_none() && v.len() == 4 {
                        past += 1;
                    }
                    when.push(v.to_string());
                }
            }
        }
        let background = past > 0 && past == when.len();

        let seg_toks: Vec<&Token> = toks[first..last]
            .iter()
            .filter(|t| t.end <= right && !inside(t))
            .collect();
        // Roles part levels from changes: "cut 15,000 jobs" is not the 124,800 staff.
        let role = if matches!(kind, Kind::Date | Kind::Interval) {
            frame::date_role(&seg_toks, ms).to_string()
        } else if kind == Kind::Count {
            frame::count_role(&seg_toks, ms).key().to_string()
        } else {
            // The clause for what comes before; the sentence's next words for what
            // follows ("$12.94 billion that was the consensus" opens a clause).
            let from = toks.partition_point(|t| t.start < cs);
            let after = toks.partition_point(|t| t.start < me);
            let to = (after + 2 * frame::ROLE_WINDOW).min(toks.len()).max(from);
            let clause_toks: Vec<&Token> = toks[from..to]
                .iter()
                .filter(|t| (t.end <= ce || t.start >= me) && !inside(t))
                .collect();
            frame::role(text, &seg_toks, &clause_toks, ms, me)
                .key()
                .to_string()
        };
        let owned = match kind {
            Kind::Measure => owner::owner_of(text, toks, ms, me).or_else(|| {
                (family == "measure:length")
                    .then(|| super::distance::distance_from(text, toks, me))
                    .flatten()
            }),
            Kind::Duration => super::term::term_of(text, toks, ms, me, &|| {
                let before = si.checked_sub(1)?;
                super::term::opening_person(&r.sentences[before].text, r.tokens(before))
            }),
            _ => None,
        };
        let (subject, owner) = match owned {
            Some((name, key)) => {
                let e = event.entry(key.clone()).or_insert(0.0);
                *e = e.max(1.0);
                (key, name)
            }
            _ => (frame::subject(text, &seg_toks), String::new()),
        };
        let entity = if subject.is_empty() && owner.is_empty() {
            frame::entity(text, toks, r.inner_capitals())
        } else {
            String::new()
        };
        // The common noun a measure describes is a word of its event that no topic
        // hides: the bridge's length meets the span's, never the ship's.
        if kind == Kind::Measure
            && owner.is_empty()
            && let Some(j) = owner::thing_of(text, toks, ms, me)
            && let Some((0, w)) = syn.canonical(&toks[j..(j + 2).min(toks.len())]).first()
        {
            event.insert(format!("{}{w}", words::THING), 1.0);
        }
        let tally = kind == Kind::Count
            && event
                .iter()
                .any(|(w, &weight)| weight >= 0.5 && syn.is_tally(w));
        let mut context = context_qualifiers(text, toks, left, right, &mentions[lo..hi], mi - lo);
        if kind == Kind::Count
            && let Some(part) = included_part(text, &mentions, mi)
        {
            context.push(part);
        }
        let stated_start = m.stated_start(text);
        out.push(Cand {
            doc: di,
            sentence: si,
            kind,
            family,
            unit,
            year_only: kind == Kind::Date && (value.len() == 4),
            value,
            hedge,
            context,
            stated: norm::fold_space(&text[stated_start..me]),
            start: sentence.start + stated_start,
            end: de,
            span: (ds, de),
            evidence: r.evidence_around(si, stated_start, me),
            evidence_ix: 0,
            line: r.doc.line_of(sentence.start + stated_start),
            words: event,
            when,
            background,
            role,
            subject,
            owner,
            tally,
            entity,
        });
    }
}

/// The counted noun of a rate ("vehicles" of `11.5 million vehicles/yr`), none for a
/// rate of a physical unit (`bbl/d`).
fn rate_noun(x: &crate::numbers::measure::Measure) -> Option<&str> {
    if x.quantity != crate::numbers::measure::Quantity::Rate {
        return None;
    }
    // A physical rate is written in its canonical unit (`l/d`); a counted one keeps its
    // noun (`vehicles/d`).
    let (num, _) = x.unit.split_once('/')?;
    let canonical = x.value.rsplit(' ').next()?;
    (canonical.strip_prefix(num)?.starts_with('/')).then_some(num)
}

fn kind_of(m: &Mention) -> Option<Kind> {
    Some(match m {
        Mention::Time(t) => match t.kind {
            TimeKind::Date => Kind::Date,
            TimeKind::Interval => Kind::Interval,
            TimeKind::Duration => Kind::Duration,
        },
        Mention::Number(n) => match n.kind {
            NumKind::Amount => Kind::Amount,
            NumKind::Count => Kind::Count,
            NumKind::Percent => Kind::Percent,
        },
        Mention::Measure(_) => Kind::Measure,
        Mention::Clock(c) => match c.kind {
            ClockKind::Time => Kind::Time,
            ClockKind::Duration => Kind::Duration,
        },
    })
}

/// Time words that only say when the article was written.
fn is_noise_date(text: &str) -> bool {
    matches!(
        text.trim().to_lowercase().as_str(),
        "now"
            | "today"
            | "tonight"
            | "currently"
            | "recently"
            | "at present"
            | "nowadays"
            | "these days"
            | "this week"
            | "right now"
            | "at the moment"
    )
}

/// Counted nouns that are all people: one unit family, so "34 people" and "34 dead" can
/// meet (the event words still tell a death toll from a count of passengers).
fn unit_family(unit: &str) -> &str {
    const PEOPLE: &[&str] = &[
        "people",
        "peopl",
        "person",
        "individual",
        "resident",
        "civilian",
        "victim",
        "passeng",
        "passenger",
        "crew",
        "killed",
        "injured",
        "missing",
        "survivors",
        "children",
        "adult",
        "men",
        "women",
        "inhabitant",
        "citizen",
        "rescued",
        "displaced",
        "evacuated",
        "",
    ];
    // A workforce is counted in jobs, posts or the people who hold them.
    const JOBS: &[&str] = &[
        "job",
        "jobs",
        "posit",
        "position",
        "post",
        "role",
        "employees",
        "employe",
        "employee",
        "worker",
        "workers",
        "staff",
        "headcount",
        "workforc",
    ];
    // Road vehicles are counted by kind as often as in general ("a dozen cars", "seven
    // vehicles"); homes of a place by households or families.
    const VEHICLES: &[&str] = &[
        "vehicl", "vehicle", "vehicles", "car", "cars", "truck", "trucks", "lorri", "lorry", "van",
        "vans", "bus", "buse", "buses", "suv", "suvs",
    ];
    const HOUSEHOLDS: &[&str] = &["household", "households", "famili", "family", "families"];
    if PEOPLE.contains(&unit) {
        "people"
    } else if JOBS.contains(&unit) {
        "jobs"
    } else if VEHICLES.contains(&unit) {
        "vehicles"
    } else if HOUSEHOLDS.contains(&unit) {
        "households"
    } else {
        unit
    }
}

/// Whether a counted noun names people by nation or group ("Russians", "Britons",
/// "Israelis", "Japanese", "Spaniards"): a count of them is a count of people, never a
/// count of a specific thing that a story gives once.
fn is_demonym(word: &str) -> bool {
    word.chars().next().is_some_and(char::is_uppercase)
        && word.chars().skip(1).all(char::is_lowercase)
        && ["ans", "ons", "ese", "is", "ards", "ites"]
            .iter()
            .any(|end| word.ends_with(end))
}

/// The denominator of a rate written after an amount: "$48 a share" is `/share`, "$1.6
/// billion a year" is `/year`; a plain amount has none. A price per share and a deal
/// value are different units.
/// `text` is the sentence, `toks` its words, `end` where the amount ends.
fn rate(text: &str, toks: &[words::Token], end: usize) -> String {
    let after = &text[end..];
    let mut to = (end + 40).min(text.len());
    while !text.is_char_boundary(to) {
        to -= 1;
    }
    let mut words = words::within(text, toks, end, to);
    let (first, second) = (words.next(), words.next());
    let lead = after.trim_start();
    let right_after = |t: &(usize, usize, _)| text[end..t.0].trim().is_empty();
    let first_is = |set: &[&str]| first.as_ref().is_some_and(|t| set.contains(&&*t.2));
    let per = lead.starts_with('/')
        || first_is(&["a", "an", "per", "each", "every"])
            && first.as_ref().is_some_and(right_after);
    if first_is(&["annually", "yearly"]) && first.as_ref().is_some_and(right_after) {
        return "/year".into();
    }
    if !per {
        return String::new();
    }
    let word = if lead.starts_with('/') { first } else { second };
    match word.map(|t| words::stem(&t.2)) {
        Some(w) if w == "annum" => "/year".into(),
        Some(w) if !words::is_stopword(&w) => format!("/{w}"),
        _ => String::new(),
    }
}

/// A figure restating the one before it in brackets or after "or" (`$9bn (£6.6bn)`):
/// the same amount, not a second claim.
fn restates(text: &str, mentions: &[&Mention], mi: usize) -> bool {
    let Some(prev) = mi.checked_sub(1).map(|i| mentions[i]) else {
        return false;
    };
    if !matches!(prev, Mention::Number(_)) {
        return false;
    }
    let gap = &text[prev.span().1.min(mentions[mi].span().0)..mentions[mi].span().0];
    let g = gap.trim().to_lowercase();
    matches!(
        g.as_str(),
        "(" | "[" | "/" | "or" | "(or" | "—" | "–" | ", or"
    )
}

/// Byte spans of quotations (between curly quotes, or pairs of straight double quotes).
fn quote_spans(text: &str) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    let mut open: Option<usize> = None;
    let mut straight: Option<usize> = None;
    for (i, c) in text.char_indices() {
        match c {
            '“' | '«' => open = Some(i),
            '”' | '»' => {
                if let Some(s) = open.take() {
                    out.push((s, i + c.len_utf8()));
                }
            }
            '"' => match straight.take() {
                Some(s) => out.push((s, i + 1)),
                None => straight = Some(i),
            },
            _ => {}
        }
    }
    // An opening quote never closed in the sentence runs to its end.
    if let Some(s) = open.or(straight) {
        out.push((s, text.len()));
    }
    out
}

/// A figure read whole by its own reader rather than from a mention: an age, a split
/// vote, a placing.
struct OwnFigure {
    /// Byte span of the figure in the sentence, and of the words shown as stated.
    span: (usize, usize),
    stated: (usize, usize),
    kind: Kind,
    family: String,
    unit: &'static str,
    value: String,
    words: BTreeMap<String, f32>,
    subject: String,
    owner: String,
}

/// The ages, split votes and placings of a sentence.
fn own_figures(text: &str, toks: &[Token], stems: &[String], syn: &Synonyms) -> Vec<OwnFigure> {
    let ages = owner::ages(text, toks).into_iter().map(|a| OwnFigure {
        span: (a.start, a.end),
        stated: a.stated,
        kind: Kind::Count,
        family: "count:age".to_string(),
        unit: "age",
        value: a.years.to_string(),
        words: BTreeMap::from([(a.name.clone(), 1.0)]),
        subject: a.name,
        owner: a.owner,
    });
    let votes = vote::votes(text, toks).into_iter().map(|v| {
        // A vote is a vote however it is worded ("a 6-3 margin", "voted seven to two"),
        // as a count's noun is part of its words.
        let mut words = window_words(toks, stems, syn, v.start, v.end);
        words.insert("vote".to_string(), 1.0);
        OwnFigure {
            span: (v.start, v.end),
            stated: (v.start, v.end),
            kind: Kind::Count,
            family: "count:vote".to_string(),
            unit: "vote",
            value: v.value,
            words,
            subject: String::new(),
            owner: String::new(),
        }
    });
    // Who placed where is a fact of the place: the person is its value.
    let ranks = rank::ranks(text, toks).into_iter().map(|k| OwnFigure {
        span: (k.start, k.end),
        stated: (k.start, k.end),
        kind: Kind::Person,
        family: format!("rank:{}", k.place),
        unit: "rank",
        value: k.name,
        words: BTreeMap::from([("rank".to_string(), 1.0)]),
        subject: String::new(),
        owner: String::new(),
    });
    ages.chain(votes).chain(ranks).collect()
}

/// Words this many tokens either side of a figure read as its event when it has no
/// clause of its own (a vote).
const NEAR_WORDS: usize = 5;

/// The canonical words within [`NEAR_WORDS`] tokens of `start..end`, weighted by
/// distance as clause words are, the figure's own words left out.
fn window_words(
    toks: &[Token],
    stems: &[String],
    syn: &Synonyms,
    start: usize,
    end: usize,
) -> BTreeMap<String, f32> {
    let first = toks.partition_point(|t| t.start < start);
    let after = toks.partition_point(|t| t.start < end);
    let lo = first.saturating_sub(NEAR_WORDS);
    let hi = (after + NEAR_WORDS).min(toks.len());
    let seg: Vec<(&str, &str)> = (lo..first)
        .chain(after..hi)
        .map(|i| (toks[i].lower.as_str(), stems[i].as_str()))
        .collect();
    weighted(syn, &seg, first - lo)
}

/// The canonical words of a figure's segment (`before` of them precede the figure), each
/// weighted by its distance in words to the figure (the highest weight per word).
fn weighted(syn: &Synonyms, seg: &[(&str, &str)], before: usize) -> BTreeMap<String, f32> {
    let mut out = BTreeMap::new();
    for (k, w) in syn.canonical_words(seg) {
        let d = if k < before {
            before - 1 - k
        } else {
            k - before
        };
        let weight = 1.0 / (1.0 + d as f32 / 3.0);
        let e = out.entry(w).or_insert(0.0f32);
        *e = e.max(weight);
    }
    out
}

/// The part a count says it includes, "including 2 minors" of "Ten Russians, including
/// two minors": a source that counts 8 Russians does not contradict it.
fn included_part(text: &str, mentions: &[&Mention], mi: usize) -> Option<String> {
    let Some(Mention::Number(n)) = mentions.get(mi + 1) else {
        return None;
    };
    if n.kind != NumKind::Count {
        return None;
    }
    let gap = text.get(mentions[mi].span().1..n.start)?.trim();
    let gap = gap.trim_start_matches([',', '(']).trim_start();
    if !gap.eq_ignore_ascii_case("including") {
        return None;
    }
    // Only a whole number: a part is counted in units.
    n.value.parse::<u64>().ok()?;
    Some(norm::fold_space(&format!(
        "including {} {}",
        n.value,
        n.unit.as_deref().unwrap_or("")
    )))
}

/// Phrases that explain why a figure may differ from another source's.
const MOVING: &[&str] = &[
    "so far",
    "to date",
    "up to now",
    "until now",
    "at the time of writing",
    "provisional",
    "provisionally",
    "preliminary",
    "initial",
    "initially",
    "early count",
    "early projection",
    "early projections",
    "projection",
    "projections",
    "projected",
    "partial results",
    "partial count",
    "officially",
    "official toll",
    "official count",
    "official figures",
    "confirmed",
    "unconfirmed",
    "latest",
    "updated",
    "revised",
    "final",
    "estimate",
    "estimates",
];

/// The moving-figure words of a figure's segment `left..right` of the sentence whose
/// words are `toks`, and "as of …" / "by …" before a time expression of the clause.
fn context_qualifiers(
    text: &str,
    toks: &[Token],
    left: usize,
    right: usize,
    mentions: &[&Mention],
    mi: usize,
) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    let (ms, me) = mentions[mi].span();
    // The segment's words (the sentence's, cut at its edges), the figure's left out.
    let seg: Vec<Cow<str>> = words::within(text, toks, left, right)
        .filter(|&(s, e, _)| !(s < me && ms < e))
        .map(|(_, _, w)| w)
        .collect();
    let lower: Vec<&str> = seg.iter().map(|w| w.as_ref()).collect();
    for p in MOVING {
        let phrase: Vec<&str> = p.split(' ').collect();
        if lower.windows(phrase.len()).any(|w| w == phrase.as_slice())
            && !out.iter().any(|o| o.contains(p))
        {
            out.push((*p).to_string());
        }
    }
    // "as of Tuesday evening", "by Monday".
    for (j, x) in mentions.iter().enumerate() {
        let (xs, xe) = x.span();
        if j == mi || xs < left || xe > right {
            continue;
        }
        let Mention::Time(t) = x else { continue };
        if t.kind != TimeKind::Date {
            continue;
        }
        let before = text[left..xs].trim_end().to_lowercase();
        for p in ["as of", "as at", "by"] {
            if before.ends_with(p)
                && before[..before.len() - p.len()]
                    .chars()
                    .next_back()
                    .is_none_or(|c| !c.is_alphanumeric())
            {
                out.push(format!("{p} {}", norm::fold_space(&text[xs..xe])));
                break;
            }
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn quotes_are_found() {
        let t = "He said “we lost 30 people” on Monday.";
        let q = quote_spans(t);
        assert_eq!(q.len(), 1);
        assert!(t[q[0].0..q[0].1].contains("30"));
    }
}
