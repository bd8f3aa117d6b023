//! Extraction: a document's sentences, their recognized mentions and the rule packs
//! become claims, one per fact and source.

use std::collections::{BTreeMap, HashMap, HashSet};
use std::sync::OnceLock;

use rayon::prelude::*;

use crate::claim::{Claim, Kind, Text};
use crate::clean::{self, Sentence};
use serde::{Deserialize, Serialize};

use crate::auto::words::Token;
use crate::corpus::Document;
use crate::numbers::clock::{ClockKind, ClockMention};
use crate::numbers::measure::Measure;
use crate::numbers::{self, NumKind, NumMention};
use crate::people::{self, Tok};
use crate::reconcile::Source;
use crate::rules::{MASK_CLOSE, MASK_OPEN, Norm, RuleSet, norm};
use crate::time::{self, Anchor, TimeKind, TimeMention, TimeOptions};

/// Options of extraction.
#[derive(Debug, Clone, Copy, Default)]
pub struct Options {
    pub time: TimeOptions,
}

/// A recognized value in a sentence: a time expression or a number.
#[derive(Debug, Clone)]
pub enum Mention {
    Time(TimeMention),
    Number(NumMention),
    /// A measure with its unit (`a 984-foot ship`).
    Measure(Measure),
    /// A clock time or an elapsed time (`at 1:27 a.m.`, `in 2:00:35`).
    Clock(ClockMention),
}

impl Mention {
    pub fn span(&self) -> (usize, usize) {
        match self {
            Mention::Time(m) => (m.start, m.end),
            Mention::Number(m) => (m.start, m.end),
            Mention::Measure(m) => (m.start, m.end),
            Mention::Clock(m) => (m.start, m.end),
        }
    }

    pub fn letter(&self) -> char {
        match self {
            Mention::Time(m) => match m.kind {
                TimeKind::Date => 'D',
                TimeKind::Interval => 'I',
                TimeKind::Duration => 'U',
            },
            Mention::Number(m) => match m.kind {
                NumKind::Amount => 'A',
                NumKind::Count => 'N',
                NumKind::Percent => 'P',
            },
            Mention::Measure(_) => 'M',
            Mention::Clock(m) => match m.kind {
                ClockKind::Time => 'T',
                ClockKind::Duration => 'U',
            },
        }
    }

    pub fn qualifier(&self) -> Option<&str> {
        match self {
            Mention::Time(m) => m.qualifier.as_deref(),
            Mention::Number(m) => m.qualifier.as_deref(),
            Mention::Measure(m) => m.qualifier.as_deref(),
            Mention::Clock(m) => m.qualifier.as_deref(),
        }
    }

    pub fn text(&self) -> &str {
        match self {
            Mention::Time(m) => &m.text,
            Mention::Number(m) => &m.text,
            Mention::Measure(m) => &m.text,
            Mention::Clock(m) => &m.text,
        }
    }

    /// Where the stated words of this mention start in `sentence`: a temporal
    /// preposition just before a time expression belongs to them ("in April", "On
    /// Thursday"); otherwise the mention's own start.
    pub fn stated_start(&self, sentence: &str) -> usize {
        let (start, _) = self.span();
        let Mention::Time(t) = self else { return start };
        let Some(p) = &t.preposition else {
            return start;
        };
        let before = sentence[..start].trim_end();
        if before.len() >= p.len() && before.is_char_boundary(before.len() - p.len()) {
            let cand = &before[before.len() - p.len()..];
            let boundary = before[..before.len() - p.len()]
                .chars()
                .next_back()
                .is_none_or(|c| !c.is_alphanumeric());
            if cand.eq_ignore_ascii_case(p) && boundary {
                return before.len() - p.len();
            }
        }
        start
    }

    /// The kind of claim this mention can be the value of.
    pub fn fits(&self, kind: Kind) -> bool {
        matches!(
            (self.letter(), kind),
            ('D', Kind::Date)
                | ('I', Kind::Interval)
                | ('U', Kind::Duration)
                | ('A', Kind::Amount)
                | ('N', Kind::Count)
                | ('P', Kind::Percent)
                | ('M', Kind::Measure)
                | ('T', Kind::Time)
        )
    }
}

/// Every mention of a sentence, in order and without overlaps: time expressions first,
/// then clock times and measures (each takes the place of time expressions it spans:
/// "at 1:27 a.m. on Tuesday", "31,000 cars a day"), and numbers where nothing else
/// stands. Each overlap test is a lookup in the spans taken so far, so a sentence costs
/// O(m log m) in its mentions.
fn recognize(sentence: &str, anchor: Anchor, options: &Options) -> Vec<Mention> {
    let mut taken: BTreeMap<usize, (usize, Mention)> = BTreeMap::new();
    for t in time::tag(sentence, anchor, options.time) {
        taken.insert(t.start, (t.end, Mention::Time(t)));
    }
    for c in numbers::clock::find(sentence) {
        take_over(&mut taken, c.start, c.end, Mention::Clock(c));
    }
    // "11 million vehicles a year" is a rate, not a count beside a duration.
    for m in numbers::measure::find(sentence) {
        take_over(&mut taken, m.start, m.end, Mention::Measure(m));
    }
    for n in numbers::find(sentence) {
        if overlapping(&taken, n.start, n.end).is_empty() {
            taken.insert(n.start, (n.end, Mention::Number(n)));
        }
    }
    taken.into_values().map(|(_, m)| m).collect()
}

/// The spans of `taken` that overlap `s..e`. The spans taken are disjoint, so their ends
/// grow with their starts: those that overlap are the last ones starting before `e`,
/// back to the first ending by `s`.
fn overlapping(taken: &BTreeMap<usize, (usize, Mention)>, s: usize, e: usize) -> Vec<usize> {
    taken
        .range(..e)
        .rev()
        .take_while(|(_, (end, _))| *end > s)
        .map(|(&k, _)| k)
        .collect()
}

/// Takes `s..e` for `m` when it overlaps nothing taken, or only time expressions that lie
/// inside it (and are not the very same span), which it then reads as its own.
fn take_over(taken: &mut BTreeMap<usize, (usize, Mention)>, s: usize, e: usize, m: Mention) {
    let hit = overlapping(taken, s, e);
    let inside = hit.iter().all(|k| {
        let (end, x) = &taken[k];
        matches!(x, Mention::Time(_)) && *k >= s && *end <= e && (*k, *end) != (s, e)
    });
    if hit.is_empty() || inside {
        for k in hit {
            taken.remove(&k);
        }
        taken.insert(s, (e, m));
    }
}

/// A sentence with its mentions masked by tokens, and the way back to original offsets.
#[derive(Debug)]
pub struct Masked {
    pub text: String,
    pub mentions: Vec<Mention>,
    /// (masked start, masked end, original start, original end, mention index) per piece.
    pieces: Vec<(usize, usize, usize, usize, Option<usize>)>,
}

impl Masked {
    /// Recognizes the mentions of `sentence` and masks them; qualifier words stay visible.
    pub fn new(sentence: &str, anchor: Anchor, options: &Options) -> Masked {
        let mentions = recognize(sentence, anchor, options);
        let mut text = String::with_capacity(sentence.len() + 16);
        let mut pieces = Vec::new();
        let mut pos = 0;
        for (i, m) in mentions.iter().enumerate() {
            let (s, e) = m.span();
            if s < pos
                || e > sentence.len()
                || !sentence.is_char_boundary(s)
                || !sentence.is_char_boundary(e)
            {
                continue;
            }
            // Keep a leading qualifier ("nearly", "as early as") visible to patterns.
            let mut core = s;
            if let Some(q) = m.qualifier() {
                let t = m.text();
                if t.len() > q.len()
                    && t.is_char_boundary(q.len())
                    && t[..q.len()].eq_ignore_ascii_case(q)
                {
                    core = s + q.len();
                    while core < e && sentence.as_bytes()[core] == b' ' {
                        core += 1;
                    }
                }
            }
            // A temporal preposition just before a time expression joins its token, so
            // patterns write `came {date}` for "came on Thursday".
            if core == s {
                let p = m.stated_start(sentence);
                if p >= pos {
                    core = p;
                }
            }
            if core > pos {
                let ms = text.len();
                text.push_str(&sentence[pos..core]);
                pieces.push((ms, text.len(), pos, core, None));
            }
            // Keep a count's noun visible too ("only ⟦N0⟧ countries"): rules read it.
            let mut token_end = e;
            if let Mention::Number(n) = m
                && let Some(unit) = n.unit.as_deref().filter(|_| n.kind == NumKind::Count)
                && unit.len() < e - core
                && sentence[core..e].ends_with(unit)
            {
                token_end = e - unit.len();
                while token_end > core && sentence.as_bytes()[token_end - 1] == b' ' {
                    token_end -= 1;
                }
            }
            let ms = text.len();
            text.push(MASK_OPEN);
            text.push(m.letter());
            text.push_str(&i.to_string());
            text.push(MASK_CLOSE);
            pieces.push((ms, text.len(), core, token_end, Some(i)));
            if token_end < e {
                let ms = text.len();
                text.push_str(&sentence[token_end..e]);
                pieces.push((ms, text.len(), token_end, e, None));
            }
            pos = e;
        }
        if pos < sentence.len() {
            let ms = text.len();
            text.push_str(&sentence[pos..]);
            pieces.push((ms, text.len(), pos, sentence.len(), None));
        }
        Masked {
            text,
            mentions,
            pieces,
        }
    }

    /// The original offset of a masked offset (a token maps to its mention's ends).
    pub fn original(&self, masked: usize, is_end: bool) -> usize {
        for &(ms, me, os, oe, token) in &self.pieces {
            if masked >= ms && masked <= me {
                if token.is_some() {
                    return if is_end { oe } else { os };
                }
                if masked < me || is_end {
                    return os + (masked - ms);
                }
            }
        }
        self.pieces.last().map_or(0, |p| p.3)
    }

    /// The first mention whose token lies inside a masked range.
    pub fn mention_in(&self, start: usize, end: usize) -> Option<&Mention> {
        let t = &self.text[start..end];
        let open = t.find(MASK_OPEN)?;
        let digits: String = t[open + MASK_OPEN.len_utf8() + 1..]
            .chars()
            .take_while(char::is_ascii_digit)
            .collect();
        self.mentions.get(digits.parse::<usize>().ok()?)
    }
}

/// One rule match, before claims are merged per fact and source.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct Hit {
    /// The rule's index in the rule set that read it (within one process only).
    #[serde(skip)]
    pub rule: usize,
    /// The rule's id: what the claim names, and what facts of one rule align by.
    #[serde(rename = "rule")]
    pub rule_id: String,
    /// Fact id with `*` where a slot of the template was not captured.
    pub fact: String,
    pub label: String,
    pub kind: Kind,
    /// Normalized slots, the value slot included.
    pub slots: BTreeMap<String, String>,
    pub stated: String,
    pub value: String,
    pub qualifier: String,
    pub start: usize,
    pub end: usize,
    pub sentence: usize,
    /// A running tally (from the rule).
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub tally: bool,
    /// True for a context pattern: the fact is talked about, its value not stated.
    #[serde(skip)]
    pub context: bool,
    /// The sentence, whitespace folded: the claim's evidence.
    #[serde(skip, default = "crate::claim::no_text")]
    pub evidence: Text,
    /// Index of `evidence` in the article's evidence table (see `article::Extraction`).
    #[serde(rename = "ev")]
    pub evidence_ix: usize,
    /// 1-based line of `start`.
    pub line: usize,
}

/// Bytes of a sentence given whole as evidence; of a longer one, the words around each
/// mention (see [`Reading::evidence_around`]).
pub const EVIDENCE_MAX: usize = 1200;

/// A document read through clean and recognize: its sentences, each with its mentions
/// masked. Every extractor (rules, and the generic ones) reads this, so a document is
/// segmented and tagged once.
#[derive(Debug)]
pub struct Reading<'d> {
    pub doc: &'d Document,
    pub sentences: Vec<Sentence>,
    /// One per sentence, in order.
    pub masked: Vec<Masked>,
    /// Each sentence whitespace folded, made once and shared by what is read from it.
    evidence: Vec<OnceLock<Text>>,
    /// Each sentence's words ([`Reading::tokens`]), split once for every reader of them.
    tokens: Vec<OnceLock<Vec<Token>>>,
    /// Each sentence's words and marks as names are read ([`Reading::name_tokens`]).
    name_tokens: Vec<OnceLock<Vec<Tok<'d>>>>,
    /// Words the document capitalizes inside a sentence ([`Reading::inner_capitals`]).
    capitals: OnceLock<HashSet<String>>,
}

/// The sources of readings as a report lists them, for the calls that run both stages
/// over readings at once (tests and benchmarks).
pub fn sources_of(readings: &[Reading]) -> Vec<Source> {
    readings
        .iter()
        .map(|r| crate::article::Origin::of(r.doc).source())
        .collect()
}

impl<'d> Reading<'d> {
    /// The words of sentence `si` ([`crate::tokens::words`], spans relative to the
    /// sentence), cut from its marks ([`Reading::name_tokens`]) the first time a reader
    /// asks and shared by every later one: the figures of a sentence and the clauses
    /// around each read the same words, and the words of the names read there.
    pub(crate) fn tokens(&self, si: usize) -> &[Token] {
        self.tokens[si].get_or_init(|| crate::tokens::words(self.name_tokens(si)))
    }

    /// The marks of sentence `si`, words and punctuation as people and quotes read them
    /// ([`crate::tokens::tokenize`]: abbreviations, initials, inner hyphens kept): the
    /// one split of the sentence, which its words are cut from. They borrow the
    /// document's text, of which the sentence is a copy.
    pub(crate) fn name_tokens(&self, si: usize) -> &[Tok<'d>] {
        self.name_tokens[si].get_or_init(|| {
            let s = &self.sentences[si];
            let text = &self.doc.text[s.start..s.end];
            debug_assert_eq!(text, s.text);
            people::tokenize(text)
        })
    }

    /// The lower-case words the document writes with a capital where no sentence starts
    /// ("rival Kestrel", "said Veltra"): its names, which a sentence's first word alone
    /// does not show ("Officials said"). Read once, the first time a reader asks.
    pub(crate) fn inner_capitals(&self) -> &HashSet<String> {
        self.capitals.get_or_init(|| {
            let mut out = HashSet::new();
            for si in 0..self.sentences.len() {
                let text = &self.sentences[si].text;
                for t in self.tokens(si).iter().skip(1) {
                    if text[t.start..].starts_with(char::is_uppercase) {
                        out.insert(t.lower.clone());
                    }
                }
            }
            out
        })
    }

    /// Sentence `si`, whitespace folded: the evidence of what is read from it.
    pub fn evidence(&self, si: usize) -> Text {
        self.evidence[si]
            .get_or_init(|| norm::fold_space(&self.sentences[si].text).into())
            .clone()
    }

    /// The evidence of a mention at bytes `start..end` of sentence `si`: the sentence, or
    /// of a sentence longer than [`EVIDENCE_MAX`] (a page with no full stops) the words
    /// around the mention, cut at spaces and marked `…`, so a table cell stays readable and
    /// a table of a long sentence's figures does not hold the sentence once per figure.
    pub fn evidence_around(&self, si: usize, start: usize, end: usize) -> Text {
        let text = &self.sentences[si].text;
        if text.len() <= EVIDENCE_MAX {
            return self.evidence(si);
        }
        let floor = |mut i: usize| {
            while !text.is_char_boundary(i) {
                i -= 1;
            }
            i
        };
        let lo = floor(start.saturating_sub(EVIDENCE_MAX / 2));
        let hi = floor((end + EVIDENCE_MAX / 2).min(text.len()));
        let lo = if lo == 0 {
            0
        } else {
            text[lo..start.max(lo)].find(' ').map_or(lo, |k| lo + k + 1)
        };
        let hi = if hi == text.len() {
            hi
        } else {
            text[end.min(hi)..hi]
                .rfind(' ')
                .map_or(hi, |k| end.min(hi) + k)
        };
        let mut out = String::with_capacity(hi - lo + 8);
        if lo > 0 {
            out.push('…');
        }
        out.push_str(&norm::fold_space(&text[lo..hi]));
        if hi < text.len() {
            out.push('…');
        }
        out.into()
    }
}

/// Segments a document and recognizes the mentions of each sentence against its
/// publication date (or window).
pub fn read<'d>(doc: &'d Document, options: &Options) -> Reading<'d> {
    let anchor = doc.published.anchor();
    let sentences = clean::sentences(doc);
    // Sentences are read side by side: a long article is not left to one thread.
    let masked = sentences
        .par_iter()
        .map(|s| Masked::new(&s.text, anchor, options))
        .collect();
    // Made when first asked for, one per sentence.
    fn lazy<T>(n: usize) -> Vec<OnceLock<T>> {
        (0..n).map(|_| OnceLock::new()).collect()
    }
    let n = sentences.len();
    let (evidence, tokens, name_tokens) = (lazy(n), lazy(n), lazy(n));
    Reading {
        doc,
        sentences,
        masked,
        evidence,
        tokens,
        name_tokens,
        capitals: OnceLock::new(),
    }
}

/// Every rule match of every sentence of a document, in order.
pub fn hits(reading: &Reading, rules: &RuleSet) -> Vec<Hit> {
    let per_sentence: Vec<Vec<Hit>> = reading
        .masked
        .par_iter()
        .enumerate()
        .map(|(si, masked)| {
            let mut out = Vec::new();
            let present: Vec<char> = masked.mentions.iter().map(Mention::letter).collect();
            for pi in rules.set.candidates(masked.text.as_bytes(), &present) {
                let pattern = &rules.patterns[pi];
                for caps in pattern.regex.captures_iter(masked.text.as_bytes()) {
                    if let Some(hit) =
                        read_hit(rules, pattern.rule, pattern.context, &caps, reading, si)
                    {
                        out.push(hit);
                    }
                }
            }
            out
        })
        .collect();
    let mut out: Vec<Hit> = per_sentence.into_iter().flatten().collect();
    out.sort_by_key(|h| (h.sentence, h.start, h.rule));
    out
}

fn read_hit(
    rules: &RuleSet,
    ri: usize,
    context: bool,
    caps: &regex::bytes::Captures,
    reading: &Reading,
    si: usize,
) -> Option<Hit> {
    let (masked, sentence) = (&reading.masked[si], &reading.sentences[si]);
    let rule = &rules.rules[ri];
    let mut slots = BTreeMap::new();
    let mut written: BTreeMap<String, String> = BTreeMap::new();
    for (name, norm) in &rule.slots {
        let Some(m) = caps.name(name) else { continue };
        let (os, oe) = (
            masked.original(m.start(), false),
            masked.original(m.end(), true),
        );
        let words = sentence.text.get(os..oe).unwrap_or("").trim();
        let value = match norm {
            Norm::Mention => masked
                .mention_in(m.start(), m.end())
                .and_then(mention_value)
                .unwrap_or_default(),
            Norm::Entity => norm::entity(words, &rules.lookups),
            Norm::Person => norm::person(words),
            Norm::Surname => norm::surname(words),
            Norm::Text => norm::fold_space(words),
            Norm::Lookup(name) => rules.lookups[name]
                .get(&norm::fold_space(words))
                .unwrap_or_default()
                .to_string(),
        };
        if !value.is_empty() {
            let shown = match norm {
                Norm::Person | Norm::Surname => norm::person(words),
                _ => norm::fold_space(words.trim_start_matches("the ").trim_start_matches("The ")),
            };
            written.insert(name.clone(), shown);
            slots.insert(name.clone(), value);
        }
    }

    let (stated, value, qualifier, start, end) = if context {
        let m = caps.get(0)?;
        let (os, oe) = (
            masked.original(m.start(), false),
            masked.original(m.end(), true),
        );
        (String::new(), String::new(), String::new(), os, oe)
    } else {
        let m = caps.name(&rule.value_slot)?;
        match rule.kind {
            Kind::Date
            | Kind::Interval
            | Kind::Duration
            | Kind::Amount
            | Kind::Count
            | Kind::Percent
            | Kind::Measure
            | Kind::Time => {
                let mention = masked.mention_in(m.start(), m.end())?;
                if !mention.fits(rule.kind) {
                    return None;
                }
                let (_, e) = mention.span();
                let s = mention.stated_start(&sentence.text);
                (
                    norm::fold_space(&sentence.text[s..e]),
                    mention_value(mention).unwrap_or_default(),
                    mention.qualifier().unwrap_or("").to_string(),
                    s,
                    e,
                )
            }
            Kind::Person | Kind::Place | Kind::Quote => {
                let (os, oe) = (
                    masked.original(m.start(), false),
                    masked.original(m.end(), true),
                );
                let words = sentence.text.get(os..oe)?.trim();
                let value = match rule.kind {
                    Kind::Person => norm::person(words),
                    _ => norm::fold_space(words),
                };
                (norm::fold_space(words), value, String::new(), os, oe)
            }
        }
    };
    slots.insert(rule.value_slot.clone(), value.clone());
    let fact = fill(&rule.fact, &slots, "*");
    let label = fill(&rule.label, &written, "");
    Some(Hit {
        rule: ri,
        rule_id: rule.id.clone(),
        tally: rule.tally,
        fact,
        label: norm::fold_space(&label),
        kind: rule.kind,
        slots,
        stated,
        value,
        qualifier,
        start: sentence.start + start,
        end: sentence.start + end,
        sentence: si,
        context,
        evidence: reading.evidence(si),
        evidence_ix: 0,
        line: reading.doc.line_of(sentence.start + start),
    })
}

fn mention_value(m: &Mention) -> Option<String> {
    match m {
        Mention::Time(t) => t.value.clone(),
        Mention::Number(n) => Some(n.value.clone()),
        // The stated figure and unit: comparing them keeps the stated precision.
        Mention::Measure(x) => Some(x.stated.clone()),
        Mention::Clock(c) => Some(c.value.clone()),
    }
}

/// Fills `{slot}` of a template; a missing slot becomes `missing`.
fn fill(template: &str, slots: &BTreeMap<String, String>, missing: &str) -> String {
    let mut out = String::with_capacity(template.len() + 16);
    let mut rest = template;
    while let Some(i) = rest.find('{') {
        out.push_str(&rest[..i]);
        let Some(close) = rest[i..].find('}') else {
            break;
        };
        let name = &rest[i + 1..i + close];
        out.push_str(slots.get(name).map_or(missing, String::as_str));
        rest = &rest[i + close + 1..];
    }
    out.push_str(rest);
    out
}

/// The claims of one document: hits with the lead event resolved, before the corpus-wide
/// alignment of facts whose template slot was missing.
pub fn document_hits(reading: &Reading, rules: &RuleSet) -> Vec<Hit> {
    let mut hits = hits(reading, rules);
    // The lead event: the earliest fact of a `lead` rule the article talks about.
    let lead = hits
        .iter()
        .find(|h| rules.rules[h.rule].lead && !h.fact.contains('*'))
        .map(|h| (h.fact.clone(), h.label.clone(), h.kind));
    hits.retain_mut(|h| {
        if h.fact == "@lead" {
            match &lead {
                Some((fact, label, kind)) if *kind == h.kind => {
                    h.fact = fact.clone();
                    h.label = label.clone();
                    true
                }
                _ => false,
            }
        } else {
            true
        }
    });
    hits.retain(|h| !h.context);
    hits.into_iter()
        .map(|mut h| {
            h.label = if h.label.is_empty() {
                h.fact.clone()
            } else {
                h.label
            };
            h
        })
        .collect()
}

/// Claims of many documents, one per fact and source. Documents are read in parallel; a
/// fact whose template slot a source left unsaid (`*-delisting` from "removed the group")
/// joins the one fact of that rule the other sources name, if there is exactly one.
pub fn extract(readings: &[Reading], rules: &RuleSet) -> Vec<Claim> {
    let per_doc: Vec<Vec<Hit>> = readings
        .par_iter()
        .map(|r| document_hits(r, rules))
        .collect();
    let sources = crate::extract::sources_of(readings);
    let per_doc: Vec<&[Hit]> = per_doc.iter().map(Vec::as_slice).collect();
    claims_of(&sources, &per_doc)
}

/// Claims from each source's hits (see [`document_hits`]; `per_doc[i]` are the hits of
/// `sources[i]`), with facts aligned across the sources as [`extract`] does.
pub fn claims_of(sources: &[Source], per_doc: &[&[Hit]]) -> Vec<Claim> {
    let mut named: HashMap<&str, Vec<String>> = HashMap::new();
    let mut labels: HashMap<String, String> = HashMap::new();
    let mut seen: std::collections::HashSet<(&str, &str)> = std::collections::HashSet::new();
    for h in per_doc.iter().flat_map(|hits| hits.iter()) {
        if !h.fact.contains('*') {
            labels
                .entry(h.fact.clone())
                .or_insert_with(|| h.label.clone());
            if seen.insert((h.rule_id.as_str(), h.fact.as_str())) {
                named
                    .entry(h.rule_id.as_str())
                    .or_default()
                    .push(h.fact.clone());
            }
        }
    }
    let mut claims = Vec::new();
    let mut resolved: HashMap<(&str, &str), String> = HashMap::new();
    for (doc, hits) in sources.iter().zip(per_doc) {
        let mut by_fact: Vec<(String, Vec<&Hit>)> = Vec::new();
        let mut fact_at: HashMap<String, usize> = HashMap::new();
        for h in hits.iter() {
            let fact = if h.fact.contains('*') {
                // The one fact of the rule the wildcard fits, looked up once per pattern.
                resolved
                    .entry((h.rule_id.as_str(), h.fact.as_str()))
                    .or_insert_with(|| {
                        let candidates: Vec<&String> = named
                            .get(h.rule_id.as_str())
                            .map(|v| v.iter().filter(|f| wildcard(&h.fact, f)).collect())
                            .unwrap_or_default();
                        match candidates.as_slice() {
                            [one] => (*one).clone(),
                            _ => h.fact.replace("*-", "").replace("-*", "").replace('*', ""),
                        }
                    })
                    .clone()
            } else {
                h.fact.clone()
            };
            match fact_at.get(&fact) {
                Some(&i) => by_fact[i].1.push(h),
                None => {
                    fact_at.insert(fact.clone(), by_fact.len());
                    by_fact.push((fact, vec![h]));
                }
            }
        }
        for (fact, hits) in by_fact {
            claims.push(to_claim(doc, &fact, &hits));
        }
    }
    // Labels: the first label of a fact read with all its slots serves all its claims.
    for c in &mut claims {
        if let Some(l) = labels.get(&c.fact) {
            c.label = l.clone();
        }
    }
    claims
}

fn wildcard(pattern: &str, fact: &str) -> bool {
    let Some((pre, post)) = pattern.split_once('*') else {
        return pattern == fact;
    };
    fact.len() > pre.len() + post.len() && fact.starts_with(pre) && fact.ends_with(post)
}

fn to_claim(doc: &Source, fact: &str, hits: &[&Hit]) -> Claim {
    // The first statement with a value speaks for the source, unless a later one says
    // the same more precisely ("in 2021", then "in August 2021"); all are counted.
    let mut best = hits
        .iter()
        .find(|h| !h.value.is_empty())
        .copied()
        .unwrap_or(hits[0]);
    for h in hits {
        if h.value != best.value && crate::value::is_inside(h.kind, &h.value, &best.value) {
            best = h;
        }
    }
    let mut sentences: Vec<usize> = hits.iter().map(|h| h.sentence).collect();
    sentences.dedup();
    Claim {
        fact: fact.to_string(),
        label: best.label.clone(),
        kind: best.kind,
        source: doc.id.clone(),
        published: doc.published.clone(),
        published_how: doc.published_how,
        stated: best.stated.clone(),
        value: best.value.clone(),
        qualifier: best.qualifier.clone(),
        evidence: best.evidence.clone(),
        line: best.line,
        start: best.start,
        end: best.end,
        rule: best.rule_id.clone(),
        times: sentences.len(),
        score: None,
        tally: hits.iter().any(|h| h.tally),
        published_note: doc.note.clone(),
    }
}
