//! Quotations and their speakers, compared across sources.
//!
//! A quotation is the text between double quotes (straight, curly, `''`, `„`, `«»`, or
//! curly single quotes) of at least [`MIN_WORDS`] words — shorter ones are scare quotes
//! ("ally", "courageous") — that a speaker is attributed to, after the quote
//! ("…,” Muttaqi said", "…,” said Mao Ning", "…,” he said") or before it ("X told AFP:
//! “…”", "X added, “…”", "according to X, “…”", "X warned that the move “…”", "with X
//! saying “…”", "quoted X as calling it “…”"). A quote without an attribution is not read.
//!
//! The speaker is a full name when the article gives one: a surname alone resolves to the
//! one full name of the article that contains it, `he`/`she` to the speaker of the quote
//! just before or the person the sentence (or the one before) opens with. An
//! organisation, `it`, or a role without a name ("a spokesman") is an unnamed speaker,
//! whose value is empty (compatible with any name).
//!
//! Quotes of different sources are one statement when their content words overlap
//! ([`same_statement`]); each statement gives two facts: `quote-<speaker>-<words>` (kind
//! quote: the words, so a trimmed or reworded quote is partial) and `speaker-<words>`
//! (kind person: who said them, so the same words given to two people conflict).

use rayon::prelude::*;

use crate::claim::{Claim, Kind, Text};
use serde::{Deserialize, Serialize};

use crate::extract::Reading;
use crate::people::{self, Tok, tokenize};
use crate::reconcile::Source;
use crate::rules::norm;
use crate::value::{self, Relation};
use crate::wordset::WordSet;

/// Share of content words above which two quotations are the same words.
const VERBATIM_SHARE: f32 = 0.8;

/// Fewer words than this between quotes are scare quotes, not a statement.
pub const MIN_WORDS: usize = 4;

/// Quote claims (and speaker claims) per source, for readings of one story (the two
/// stages in one call, for tests and benchmarks).
pub fn claims(readings: &[Reading]) -> Vec<Claim> {
    let per_doc: Vec<Vec<Quote>> = readings.par_iter().map(quotes_in).collect();
    let sources = crate::extract::sources_of(readings);
    claims_of(
        &sources,
        crate::story::numbered(per_doc, |q, i| q.reading = i),
    )
}

/// The attributed quotations of one article: the per-article half of [`claims`].
pub fn quotes_in(reading: &Reading) -> Vec<Quote> {
    find(0, reading)
}

/// Quote and speaker claims from the quotations of a story's sources
/// (`quotes[i].reading` indexes `sources`): the per-story half of [`claims`].
pub fn claims_of(sources: &[Source], quotes: Vec<Quote>) -> Vec<Claim> {
    let groups = align(&quotes);
    let mut out = Vec::new();
    let mut ids = Ids::default();
    for g in &groups {
        let lead = &quotes[g.members[0].0];
        let named = g
            .members
            .iter()
            .find_map(|&(m, _)| quotes[m].speaker.clone().filter(|s| !s.is_empty()));
        let head = head_words(&lead.value, 4);
        let opening = opening(&lead.value);
        let quote_id = unique_id(
            &mut ids,
            match &named {
                Some(n) => format!(
                    "quote-{}-{}",
                    norm::slug(n.rsplit(' ').next().unwrap_or("")),
                    head_words(&lead.value, 3)
                ),
                None => format!("quote-{head}"),
            },
        );
        let quote_label = match &named {
            Some(n) => format!("{n}: \"{opening}\""),
            None => format!("Quote: \"{opening}\""),
        };
        let speaker_id = unique_id(&mut ids, format!("speaker-{head}"));
        let speaker_label = format!("Who said \"{opening}\"");
        for &(m, times) in &g.members {
            let q = &quotes[m];
            let doc = &sources[q.reading];
            let base = Claim {
                fact: quote_id.clone(),
                label: quote_label.clone(),
                kind: Kind::Quote,
                source: doc.id.clone(),
                published: doc.published.clone(),
                published_how: doc.published_how,
                stated: q.stated.clone(),
                value: q.value.clone(),
                qualifier: String::new(),
                evidence: q.evidence.clone(),
                line: q.line,
                start: q.start,
                end: q.end,
                rule: "quotes".into(),
                times,
                score: None,
                tally: false,
                published_note: doc.note.clone(),
            };
            if named.is_some() {
                let (start, end) = q.speaker_span;
                out.push(Claim {
                    fact: speaker_id.clone(),
                    label: speaker_label.clone(),
                    kind: Kind::Person,
                    stated: q.speaker_stated.clone(),
                    value: q.speaker.clone().unwrap_or_default(),
                    line: q.speaker_line,
                    start,
                    end,
                    ..base.clone()
                });
            }
            out.push(base);
        }
    }
    out
}

/// Ids handed out, and for each id asked for the suffix to try next.
#[derive(Default)]
struct Ids {
    taken: std::collections::HashSet<String>,
    next: std::collections::HashMap<String, usize>,
}

/// `id`, or `id-2`, `id-3`… the first not yet taken.
fn unique_id(ids: &mut Ids, id: String) -> String {
    let mut out = id.clone();
    let n = ids.next.entry(id.clone()).or_insert(2);
    if ids.taken.contains(&out) {
        loop {
            out = format!("{id}-{n}");
            *n += 1;
            if !ids.taken.contains(&out) {
                break;
            }
        }
    }
    ids.taken.insert(out.clone());
    out
}

/// The first `n` content words of a quote as a slug.
fn head_words(value: &str, n: usize) -> String {
    let words: Vec<String> = value
        .split(|c: char| !c.is_alphanumeric() && c != '\'')
        .map(|w| w.trim_matches('\'').to_lowercase())
        .filter(|w| !w.is_empty() && !STOPWORDS.contains(w.as_str()))
        .take(n)
        .collect();
    norm::slug(&words.join(" "))
}

/// The first words of a quote, for a label.
fn opening(value: &str) -> String {
    let words: Vec<&str> = value.split_whitespace().collect();
    if words.len() <= 8 {
        value.to_string()
    } else {
        format!("{}…", words[..8].join(" "))
    }
}

// ---------------------------------------------------------------------------------------
// Finding quotes

/// One attributed quotation of a document.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct Quote {
    /// The quote's source in the story (set when a story's quotes are laid together).
    #[serde(skip)]
    pub(crate) reading: usize,
    /// The words as written, whitespace folded.
    stated: String,
    /// The words normalized: straight quotes and apostrophes, no trailing comma or stop.
    value: String,
    /// Content words, stemmed, sorted, unique.
    words: Vec<String>,
    /// `Some("")` for an unnamed speaker.
    speaker: Option<String>,
    speaker_stated: String,
    speaker_span: (usize, usize),
    /// Byte span of the words in the document.
    start: usize,
    end: usize,
    line: usize,
    speaker_line: usize,
    #[serde(skip, default = "crate::claim::no_text")]
    pub(crate) evidence: Text,
    /// Index of `evidence` in the article's evidence table (see `article::Extraction`).
    #[serde(rename = "ev")]
    pub(crate) evidence_ix: usize,
}

/// A quoted span: the marks (`open..close_end`) and the words (`start..end`), in
/// document offsets, and the sentences it opens and closes in.
#[derive(Debug, Clone, Copy)]
struct Span {
    open: usize,
    close_end: usize,
    start: usize,
    end: usize,
    s_open: usize,
    s_close: usize,
}

#[derive(Debug, Clone, Copy, PartialEq)]
enum Mark {
    /// `“`, `„`, `«`: opens.
    Open,
    /// `”`, `»`: closes.
    Close,
    /// `"`, `''`: either.
    Both,
    /// `‘` opening a single-quoted span.
    SingleOpen,
    /// `’` closing one.
    SingleClose,
}

/// The quote mark at byte `i` of `s` and its length.
fn mark_at(s: &str, i: usize) -> Option<(Mark, usize)> {
    let c = s[i..].chars().next()?;
    let prev = s[..i].chars().next_back();
    let next = s[i + c.len_utf8()..].chars().next();
    let alnum = |c: Option<char>| c.is_some_and(char::is_alphanumeric);
    match c {
        '“' | '„' | '«' => Some((Mark::Open, c.len_utf8())),
        '”' | '»' => Some((Mark::Close, c.len_utf8())),
        '"' => Some((Mark::Both, 1)),
        '\'' if next == Some('\'') => Some((Mark::Both, 2)),
        '‘' if !alnum(prev) => Some((Mark::SingleOpen, c.len_utf8())),
        '’' if !alnum(next) => Some((Mark::SingleClose, c.len_utf8())),
        _ => None,
    }
}

/// Every quoted span of a document, across sentence breaks (a quote may hold several
/// sentences, at most four).
fn spans(reading: &Reading) -> Vec<Span> {
    let text = &reading.doc.text;
    let mut out = Vec::new();
    // (open mark offset, words start, sentence, single?)
    let mut open: Option<(usize, usize, usize, bool)> = None;
    let mut prev_end = 0;
    for (si, s) in reading.sentences.iter().enumerate() {
        if let Some((o, st, so, single)) = open {
            let gap = text.get(prev_end..s.start).unwrap_or("");
            let starts_quoted = s
                .text
                .trim_start()
                .chars()
                .next()
                .is_some_and(|c| matches!(c, '"' | '“' | '„' | '«'));
            if si - so > 3 || single && gap.contains('\n') {
                open = None;
            } else if gap.contains('\n') {
                // A quote running into the next paragraph reopens there by convention.
                if starts_quoted {
                    out.push(Span {
                        open: o,
                        close_end: prev_end,
                        start: st,
                        end: prev_end,
                        s_open: so,
                        s_close: si - 1,
                    });
                }
                open = None;
            }
        }
        let st = &s.text;
        let mut i = 0;
        while i < st.len() {
            if !st.is_char_boundary(i) {
                i += 1;
                continue;
            }
            let Some((mark, len)) = mark_at(st, i) else {
                i += st[i..].chars().next().map_or(1, char::len_utf8);
                continue;
            };
            let at = s.start + i;
            match (open, mark) {
                (None, Mark::Open | Mark::Both | Mark::Close) => {
                    open = Some((at, at + len, si, false));
                }
                (None, Mark::SingleOpen) => open = Some((at, at + len, si, true)),
                (None, Mark::SingleClose) => {}
                // A double quote closes at a closing or neutral mark, a single one at a
                // single closing mark.
                (Some((o, ws, so, false)), Mark::Close | Mark::Both)
                | (Some((o, ws, so, true)), Mark::SingleClose) => {
                    out.push(Span {
                        open: o,
                        close_end: at + len,
                        start: ws,
                        end: at,
                        s_open: so,
                        s_close: si,
                    });
                    open = None;
                }
                (Some((_, _, _, false)), Mark::Open) => open = Some((at, at + len, si, false)),
                (Some((_, _, _, false)), _) => {}
                (Some((_, _, _, true)), Mark::SingleOpen) => {}
                (Some((_, _, _, true)), _) => open = Some((at, at + len, si, false)),
            }
            i += len;
        }
        prev_end = s.end;
    }
    out
}

/// Every attributed quote of a document, in order.
fn find(ri: usize, reading: &Reading) -> Vec<Quote> {
    let doc = reading.doc;
    let text = &doc.text;
    let spans = spans(reading);
    if spans.is_empty() {
        return Vec::new();
    }
    // Full names resolve a surname or a pronoun; most quotes give the whole name.
    let names = std::cell::OnceCell::new();
    let names = || names.get_or_init(|| people::full_names(reading));
    let mut out: Vec<Quote> = Vec::new();
    // The last named speaker and the sentence of the quote, for `he said`.
    let mut last: Option<(usize, String)> = None;
    // Speakers a pronoun stood for: (name, female).
    let mut genders: Vec<(String, bool)> = Vec::new();
    for (k, sp) in spans.iter().enumerate() {
        // The words without the spaces and the comma or stop inside the marks.
        let raw = &text[sp.start..sp.end];
        let edge = |c: char| c.is_whitespace() || matches!(c, ',' | '.' | ';' | ':' | '…');
        let (start, end) = (
            sp.start + (raw.len() - raw.trim_start_matches(edge).len()),
            sp.end - (raw.len() - raw.trim_end_matches(edge).len()),
        );
        if start >= end {
            continue;
        }
        let stated = norm::fold_space(&text[start..end]);
        let value = normalize(&stated);
        if value.split_whitespace().count() < MIN_WORDS || value.len() > 1200 {
            continue;
        }
        let so = &reading.sentences[sp.s_open];
        let sc = &reading.sentences[sp.s_close];
        // Before: from the sentence start, or from the previous quote in the sentence.
        let tail_from = k
            .checked_sub(1)
            .map(|p| spans[p])
            .filter(|p| p.s_close == sp.s_open)
            .map_or(so.start, |p| p.close_end);
        let after_to = spans
            .get(k + 1)
            .filter(|n| n.s_open == sp.s_close)
            .map_or(sc.end, |n| n.open);
        let ctx = Context {
            text,
            sentence_start: so.start,
            tail_from,
            open: sp.open,
            close_end: sp.close_end,
            after_to,
        };
        let Some(att) = attribute(&ctx) else { continue };
        let speaker = match att.who {
            Who::Named(n, titled) => {
                if n.contains(' ') {
                    Some(n)
                } else {
                    match people::resolve(names(), &n, sp.start) {
                        Some(full) => Some(full),
                        None if titled => Some(n),
                        None => Some(String::new()),
                    }
                }
            }
            Who::Unnamed => Some(String::new()),
            Who::Pronoun(female) => {
                // `she` is not a man `he` stood for before.
                let fits = |n: &String| !genders.iter().any(|(g, f)| g == n && *f != female);
                let who = last
                    .as_ref()
                    .filter(|(s, n)| s + 2 >= sp.s_open && fits(n))
                    .map(|(_, n)| n.clone())
                    .or_else(|| {
                        subject_of(reading, sp.s_open, sp.open, names()).filter(|n| fits(n))
                    })
                    .unwrap_or_default();
                if !who.is_empty() && !genders.iter().any(|(g, _)| *g == who) {
                    genders.push((who.clone(), female));
                }
                Some(who)
            }
        };
        // Only the quote just before speaks for `he said`.
        last = speaker
            .as_ref()
            .filter(|n| !n.is_empty())
            .map(|n| (sp.s_close, n.clone()));
        let evidence: Text = if sp.s_open == sp.s_close {
            reading.evidence(sp.s_open)
        } else {
            (sp.s_open..=sp.s_close)
                .map(|si| reading.evidence(si))
                .collect::<Vec<_>>()
                .join(" ")
                .into()
        };
        out.push(Quote {
            reading: ri,
            words: content_words(&value),
            stated,
            value,
            speaker,
            speaker_stated: norm::fold_space(text.get(att.start..att.end).unwrap_or("")),
            speaker_span: (att.start, att.end),
            start,
            end,
            line: doc.line_of(start),
            speaker_line: doc.line_of(att.start),
            evidence,
            evidence_ix: 0,
        });
    }
    out
}

/// Quote words normalized: straight quotes and apostrophes, folded space, no trailing
/// comma, stop or dash, no ellipsis at either end.
pub fn normalize(s: &str) -> String {
    let s: String = s
        .chars()
        .map(|c| match c {
            '’' | '‘' | '`' => '\'',
            '“' | '”' | '„' => '"',
            _ => c,
        })
        .collect();
    let s = norm::fold_space(&s);
    s.trim_matches(|c: char| {
        c.is_whitespace() || matches!(c, ',' | '.' | ';' | ':' | '…' | '—' | '–' | '-')
    })
    .to_string()
}

/// The text around a quote.
struct Context<'t> {
    text: &'t str,
    sentence_start: usize,
    tail_from: usize,
    open: usize,
    close_end: usize,
    after_to: usize,
}

/// Who a quote is attributed to, and the attribution's span.
#[derive(Debug)]
struct Attribution {
    who: Who,
    start: usize,
    end: usize,
}

#[derive(Debug, Clone, PartialEq)]
enum Who {
    /// A name as written; true when a title or honorific precedes it.
    Named(String, bool),
    /// `he` (false), `she` (true).
    Pronoun(bool),
    /// An organisation, `it`, or a role without a name.
    Unnamed,
}

/// Verbs that attribute words to a speaker.
#[rustfmt::skip]
static SPEECH: WordSet = WordSet::new(&[
    "said", "says", "say", "added", "adds", "add", "told", "tells", "tell", "stated", "states",
    "wrote", "writes", "noted", "notes", "warned", "warns", "warn", "explained", "explains",
    "insisted", "insists", "declared", "declares", "continued", "argued", "argues", "replied",
    "recalled", "acknowledged", "conceded", "cautioned", "stressed", "emphasised", "emphasized",
    "remarked", "asked", "tweeted", "posted", "announced", "predicted", "vowed", "pledged",
    "promised", "urged", "admitted", "commented", "observed", "suggested", "maintained",
    "claimed", "described", "called", "welcomed", "responded", "confirmed", "quipped",
    "wrote", "exclaimed", "countered", "insist", "says", "reiterated", "acknowledges",
]);

/// The -ing forms: their subject is the sentence's.
#[rustfmt::skip]
static SPEECH_ING: WordSet = WordSet::new(&[
    "saying", "stating", "adding", "warning", "noting", "telling", "declaring", "insisting",
    "arguing", "explaining", "writing", "calling", "describing", "urging", "stressing",
    "calling", "welcoming", "predicting", "vowing", "pledging", "promising", "claiming",
]);

/// Words between a speaker and the verb: "Muttaqi also said", "Koofi went on to warn".
#[rustfmt::skip]
static AUX: WordSet = WordSet::new(&[
    "also", "later", "then", "has", "had", "have", "was", "is", "previously", "further",
    "once", "again", "reportedly", "would", "will", "went", "on", "to", "had", "earlier",
    "separately", "subsequently", "simply", "flatly", "publicly", "repeatedly", "recently",
]);

/// Lower-case words a speaker phrase may hold: "the ministry", "a Lavrenne spokeswoman".
#[rustfmt::skip]
static PHRASE_WORDS: WordSet = WordSet::new(&[
    "the", "a", "an", "its", "his", "her", "their", "former", "foreign", "ministry", "office",
    "spokesman", "spokeswoman", "spokesperson", "chief", "executive", "minister", "official",
    "officials", "president", "ambassador", "prime", "deputy", "secretary", "general", "head",
    "director", "chairman", "chairwoman", "chair", "leader", "analyst", "negotiator",
    "company", "government", "authority", "council", "department", "commission", "agency",
    "statement", "ministry's", "company's", "council's", "authority's", "government's",
    "trade", "finance", "defence", "defense", "interior", "economy", "health", "justice",
    "senior", "top", "acting", "interim", "new", "newly", "appointed", "national", "security",
    "adviser", "advisor", "cabinet", "governor", "mayor", "lawmaker", "politician", "envoy",
    "diplomat", "spokespeople", "representative", "group", "bank", "board", "union",
]);

fn low(t: &Tok) -> String {
    t.text.to_lowercase()
}

fn is_in(t: &Tok, set: &WordSet) -> bool {
    set.contains_lower(t.text)
}

/// A word that can belong to a speaker phrase.
fn phrase_tok(t: &Tok) -> bool {
    t.is_word() && (t.is_cap() || is_in(t, &PHRASE_WORDS) || people::is_name_tok(t))
}

/// The speaker phrase starting at `i`: its end (at most ten words).
fn forward_phrase(toks: &[Tok], i: usize) -> usize {
    if toks
        .get(i)
        .is_some_and(|t| matches!(low(t).as_str(), "he" | "she" | "it" | "they" | "we"))
    {
        return i + 1;
    }
    let mut j = i;
    while j < toks.len() && j - i < 10 && phrase_tok(&toks[j]) {
        j += 1;
    }
    j
}

/// The speaker phrase ending at `j`: its start.
fn backward_phrase(toks: &[Tok], j: usize) -> usize {
    if j > 0
        && matches!(
            low(&toks[j - 1]).as_str(),
            "he" | "she" | "it" | "they" | "we"
        )
    {
        return j - 1;
    }
    let mut i = j;
    while i > 0 && j - i < 10 && phrase_tok(&toks[i - 1]) {
        i -= 1;
    }
    i
}

/// What a speaker phrase (tokens `i..j` of `text`) says about who spoke.
fn classify(text: &str, toks: &[Tok], i: usize, j: usize) -> Option<Who> {
    if i >= j {
        return None;
    }
    if j - i == 1 {
        match low(&toks[i]).as_str() {
            "he" => return Some(Who::Pronoun(false)),
            "she" => return Some(Who::Pronoun(true)),
            "it" | "they" | "we" => return Some(Who::Unnamed),
            _ => {}
        }
    }
    let phrase = &text[toks[i].start..toks[j - 1].end];
    let name = norm::person(phrase);
    let name = name
        .trim_end_matches("'s")
        .trim_end_matches("’s")
        .to_string();
    if name.is_empty() || !people::plausible_name(&name) || name.split(' ').count() > 5 {
        return Some(Who::Unnamed);
    }
    // A title just before the name: "Chief executive Whitfield", "Mr Fabre".
    let n = name.split(' ').count();
    let titled = j - i > n && people::is_title_word(toks[j - n - 1].text);
    Some(Who::Named(name, titled))
}

/// The speaker of a quote, from the words after it, then the words before it.
fn attribute(c: &Context) -> Option<Attribution> {
    after(c).or_else(|| before(c))
}

fn span_of(base: usize, toks: &[Tok], i: usize, j: usize) -> (usize, usize) {
    (base + toks[i].start, base + toks[j - 1].end)
}

/// "…,” Muttaqi said", "…,” said Mao Ning, a spokeswoman", "…,” he said".
fn after(c: &Context) -> Option<Attribution> {
    let s = c.text.get(c.close_end..c.after_to)?;
    let toks = tokenize(s);
    let mut i = 0;
    while i < toks.len() && matches!(toks[i].text, "," | "—" | "–" | "-") {
        i += 1;
    }
    let first = toks.get(i)?;
    if !first.is_word() {
        return None;
    }
    if is_in(first, &SPEECH) {
        // Verb first: "said Lumaris CEO Rohan Mehta".
        let j = forward_phrase(&toks, i + 1);
        let mut who = classify(s, &toks, i + 1, j)?;
        let mut end = j;
        // "said the council's president, Fabiola Quiroga,".
        if who == Who::Unnamed
            && toks.get(j).is_some_and(|t| t.is(","))
            && let Some(ne) = people::name_run(&toks, j + 1)
        {
            let name = people::name_text(s, &toks, j + 1, ne);
            if !name.is_empty() {
                who = Who::Named(name, true);
                end = ne;
            }
        }
        let (a, b) = span_of(c.close_end, &toks, i, end);
        return Some(Attribution {
            who,
            start: a,
            end: b,
        });
    }
    // Speaker first: "Muttaqi said", "the ministry said in a statement".
    let j = forward_phrase(&toks, i);
    if j == i {
        return None;
    }
    let mut k = j;
    // "Mónica Aliaga, head of the Institute, told local radio".
    if toks.get(k).is_some_and(|t| t.is(",")) {
        let close = (k + 1..toks.len().min(k + 16)).find(|&x| toks[x].is(","))?;
        k = close + 1;
    }
    while k < toks.len() && is_in(&toks[k], &AUX) && k - j < 3 {
        k += 1;
    }
    if !toks.get(k).is_some_and(|t| is_in(t, &SPEECH)) {
        return None;
    }
    let who = classify(s, &toks, i, j)?;
    let (a, b) = span_of(c.close_end, &toks, i, k + 1);
    Some(Attribution {
        who,
        start: a,
        end: b,
    })
}

/// "X told AFP: “…”", "according to X, “…”", "X warned that the move “…”".
fn before(c: &Context) -> Option<Attribution> {
    let s = c.text.get(c.tail_from..c.open)?;
    let toks = tokenize(s);
    let mut n = toks.len();
    while n > 0 && matches!(toks[n - 1].text, ":" | "," | "—" | "–" | "-" | "(") {
        n -= 1;
    }
    if n == 0 {
        return None;
    }
    // "according to X, “…”".
    if let Some(a) = (0..n.saturating_sub(1))
        .rev()
        .find(|&a| low(&toks[a]) == "according" && toks[a + 1].is("to"))
    {
        let j = forward_phrase(&toks, a + 2);
        if j > a + 2 && (j == n || n - j <= 8) {
            let who = classify(s, &toks, a + 2, j)?;
            let (x, y) = span_of(c.tail_from, &toks, a, j);
            return Some(Attribution {
                who,
                start: x,
                end: y,
            });
        }
    }
    // The last speech verb, close to the quote and in the same clause ("quoted X as"
    // first: the verbs after it are the speaker's).
    let clause = |v: usize| {
        !toks[v + 1..n]
            .iter()
            .any(|t| matches!(t.text, "." | ";" | "?" | "!"))
    };
    let v = (0..n)
        .rev()
        .take(20)
        .find(|&v| low(&toks[v]) == "quoted" && clause(v))
        .or_else(|| {
            (0..n)
                .rev()
                .take(15)
                .find(|&v| (is_in(&toks[v], &SPEECH) || is_in(&toks[v], &SPEECH_ING)) && clause(v))
        })?;
    let verb = low(&toks[v]);
    if verb == "quoted" {
        // "quoted Foreign Minister Amir Khan Muttaqi as welcoming".
        let j = forward_phrase(&toks, v + 1);
        let who = classify(s, &toks, v + 1, j)?;
        let (x, y) = span_of(c.tail_from, &toks, v, j);
        return Some(Attribution {
            who,
            start: x,
            end: y,
        });
    }
    let ing = SPEECH_ING.contains(verb.as_str());
    if let Some((who, i, _)) = subject_before(s, &toks, v)
        && (!ing || matches!(who, Who::Named(..)))
    {
        return Some(Attribution {
            who,
            start: c.tail_from + toks[i].start,
            end: c.tail_from + toks[v].end,
        });
    }
    if !ing {
        return None;
    }
    // "X confirmed it to AFP, stating: “…”": the sentence's subject speaks.
    let whole = c.text.get(c.sentence_start..c.open)?;
    let wt = tokenize(whole);
    let (who, i, j) = sentence_subject(whole, &wt)?;
    Some(Attribution {
        who,
        start: c.sentence_start + wt[i].start,
        end: c.sentence_start + wt[j - 1].end,
    })
}

/// The speaker phrase just before the verb at `v`, over auxiliaries and an appositive.
fn subject_before(s: &str, toks: &[Tok], v: usize) -> Option<(Who, usize, usize)> {
    let mut k = v;
    while k > 0 && is_in(&toks[k - 1], &AUX) && v - k < 3 {
        k -= 1;
    }
    // "Mariam Solaimankhil, a former Afghan parliamentarian, warned".
    if k > 0 && toks[k - 1].is(",") {
        let p = (k.saturating_sub(16)..k - 1)
            .rev()
            .find(|&p| toks[p].is(","))?;
        // "Lumaris's chief executive, Rohan Mehta, called": the name between the commas.
        if people::name_run(toks, p + 1) == Some(k - 1) {
            let name = people::name_text(s, toks, p + 1, k - 1);
            if !name.is_empty() {
                return Some((Who::Named(name, true), p + 1, k - 1));
            }
        }
        let seg = toks.get(p + 1)?;
        if !(matches!(
            low(seg).as_str(),
            "a" | "an" | "the" | "another" | "who" | "its" | "his" | "her"
        ) || seg.possessive())
        {
            return None;
        }
        k = p;
    }
    let i = backward_phrase(toks, k);
    let who = classify(s, toks, i, k)?;
    Some((who, i, k))
}

/// The person a sentence opens with (after an opener such as "However,").
fn sentence_subject(s: &str, toks: &[Tok]) -> Option<(Who, usize, usize)> {
    let mut i = 0;
    while i < toks.len()
        && (toks[i].is(",")
            || matches!(
                low(&toks[i]).as_str(),
                "however" | "meanwhile" | "but" | "and" | "still" | "also" | "separately" | "later"
            ))
    {
        i += 1;
    }
    let j = forward_phrase(toks, i);
    let who = classify(s, toks, i, j)?;
    Some((who, i, j))
}

/// The named person the sentence of a quote (before it), or the sentence before, opens
/// with: who `he` or `she` is.
fn subject_of(
    reading: &Reading,
    si: usize,
    open: usize,
    names: &[(usize, String)],
) -> Option<String> {
    let text = &reading.doc.text;
    let here = &reading.sentences[si];
    let mut candidates = vec![text.get(here.start..open).unwrap_or("")];
    if si > 0 {
        candidates.push(reading.sentences[si - 1].text.as_str());
    }
    for s in candidates {
        let toks = tokenize(s);
        if let Some((Who::Named(n, titled), _, _)) = sentence_subject(s, &toks) {
            if n.contains(' ') {
                return Some(n);
            }
            return people::resolve(names, &n, open).or(titled.then_some(n));
        }
    }
    None
}

// ---------------------------------------------------------------------------------------
// Alignment

/// Words that say nothing about a statement's content.
#[rustfmt::skip]
static STOPWORDS: WordSet = WordSet::new(&[
    "a", "an", "the", "and", "or", "but", "of", "to", "in", "on", "at", "for", "from", "by",
    "with", "as", "is", "are", "was", "were", "be", "been", "being", "it", "its", "it's",
    "this", "that", "these", "those", "we", "our", "us", "you", "your", "they", "their",
    "them", "he", "his", "him", "she", "her", "i", "me", "my", "will", "would", "can",
    "could", "should", "shall", "may", "might", "must", "do", "does", "did", "has", "have",
    "had", "there", "here", "so", "than", "then", "such", "which", "who", "whom", "what",
    "when", "where", "how", "all", "any", "each", "also", "just", "very", "more", "most",
    "into", "about", "over", "s", "t", "if", "because", "while", "out", "up", "one",
]);

/// Content words of a quote, stemmed, sorted and unique.
fn content_words(value: &str) -> Vec<String> {
    let mut out: Vec<String> = value
        .split(|c: char| !c.is_alphanumeric() && c != '\'')
        .map(|w| w.trim_matches('\'').to_lowercase())
        .filter(|w| !w.is_empty() && !STOPWORDS.contains(w.as_str()))
        .map(|w| stem(&w))
        .collect();
    out.sort_unstable();
    out.dedup();
    out
}

/// A word's stem, its possessive dropped ("Bailey's" → "bailey").
fn stem(w: &str) -> String {
    crate::auto::words::stem(w.strip_suffix("'s").unwrap_or(w))
}

/// Common content words and the share of the smaller quote they make.
fn overlap(a: &[String], b: &[String]) -> (usize, f32) {
    let (mut i, mut j, mut common) = (0, 0, 0);
    while i < a.len() && j < b.len() {
        match a[i].cmp(&b[j]) {
            std::cmp::Ordering::Less => i += 1,
            std::cmp::Ordering::Greater => j += 1,
            std::cmp::Ordering::Equal => {
                common += 1;
                i += 1;
                j += 1;
            }
        }
    }
    let smaller = a.len().min(b.len()).max(1);
    (common, common as f32 / smaller as f32)
}

/// Two quotes are one statement: at least three content words in common making half of
/// the shorter quote, words the value comparison does not call disjoint, and — when they
/// are given to two different people — nearly the same words (four in five, five or more).
/// Returns the overlap score.
fn same_statement(a: &Quote, b: &Quote) -> Option<f32> {
    let (common, share) = overlap(&a.words, &b.words);
    if common < 3 || share < 0.5 {
        return None;
    }
    if value::compare(Kind::Quote, (&a.value, ""), (&b.value, "")) == Relation::Disjoint {
        return None;
    }
    let (x, y) = (
        a.speaker.as_deref().unwrap_or(""),
        b.speaker.as_deref().unwrap_or(""),
    );
    if !people::compatible(x, y) && (common < 5 || share < 0.8) {
        return None;
    }
    Some(share)
}

/// A statement: (quote, times the source states it) per source, first source first.
#[derive(Debug)]
struct Group {
    members: Vec<(usize, usize)>,
    /// Members with distinct words and speaker (the first of each), which are all a new
    /// quote needs comparing with; at most [`VERSIONS`].
    versions: Vec<usize>,
}

/// Distinct versions of a statement a new quote is compared with: a statement that
/// thousands of sources quote is judged by its first versions.
const VERSIONS: usize = 16;

/// A content word held by more statements than this proposes none of them: it is too
/// common to tell statements apart (the others words of a quote still do).
const BLOCK: usize = 256;

fn align(quotes: &[Quote]) -> Vec<Group> {
    type Key<'a> = (&'a str, Option<&'a str>, &'a [String]);
    fn key(q: &Quote) -> Key<'_> {
        (q.value.as_str(), q.speaker.as_deref(), q.words.as_slice())
    }
    let mut groups: Vec<Group> = Vec::new();
    let mut versions: std::collections::HashSet<(usize, Key)> = std::collections::HashSet::new();
    // Content word → groups holding it, so a quote is compared with few groups.
    let mut index: std::collections::HashMap<&str, Vec<usize>> = std::collections::HashMap::new();
    // Groups already proposed for the quote at hand.
    let mut seen_at: Vec<usize> = Vec::new();
    let candidates = |index: &std::collections::HashMap<&str, Vec<usize>>,
                      seen_at: &mut Vec<usize>,
                      q: usize,
                      range: std::ops::Range<usize>|
     -> Vec<usize> {
        seen_at.resize(range.end.max(seen_at.len()), usize::MAX);
        let mut seen: Vec<usize> = Vec::new();
        for w in &quotes[q].words {
            let Some(list) = index.get(w.as_str()) else {
                continue;
            };
            if list.len() > BLOCK {
                continue;
            }
            for &g in list {
                if range.contains(&g) && seen_at[g] != q {
                    seen_at[g] = q;
                    seen.push(g);
                }
            }
        }
        seen
    };
    let mut start = 0;
    while start < quotes.len() {
        let r = quotes[start].reading;
        let end = (start..quotes.len())
            .find(|&k| quotes[k].reading != r)
            .unwrap_or(quotes.len());
        let existing = groups.len();
        // Candidate pairs (score, quote, group) against the groups of earlier sources.
        let mut pairs: Vec<(f32, usize, usize)> = Vec::new();
        for q in start..end {
            for g in candidates(&index, &mut seen_at, q, 0..existing) {
                let scores: Vec<Option<f32>> = groups[g]
                    .versions
                    .iter()
                    .map(|&m| same_statement(&quotes[m], &quotes[q]))
                    .collect();
                // A quote joins a statement when it is the same statement as every
                // source's version so far, or when it repeats one of them nearly word
                // for word (a trimmed version elsewhere in the group is no reason to
                // split the same words given to another speaker off).
                let best = scores.iter().flatten().fold(0.0f32, |a, &b| a.max(b));
                if scores.iter().all(Option::is_some) || best >= VERBATIM_SHARE {
                    pairs.push((best, q, g));
                }
            }
        }
        pairs.sort_by(|a, b| b.0.total_cmp(&a.0).then(a.1.cmp(&b.1)).then(a.2.cmp(&b.2)));
        let mut taken_q = vec![false; end - start];
        let mut taken_g: std::collections::HashSet<usize> = std::collections::HashSet::new();
        for (_, q, g) in pairs {
            if taken_q[q - start] || taken_g.contains(&g) {
                continue;
            }
            taken_q[q - start] = true;
            taken_g.insert(g);
            groups[g].members.push((q, 1));
            if groups[g].versions.len() < VERSIONS && versions.insert((g, key(&quotes[q]))) {
                groups[g].versions.push(q);
            }
        }
        for q in start..end {
            if taken_q[q - start] {
                continue;
            }
            // The source repeating a statement it made: counted, not a new fact.
            let again = candidates(&index, &mut seen_at, q, existing..groups.len())
                .into_iter()
                .filter(|&g| {
                    let (m, _) = groups[g].members[0];
                    let (common, share) = overlap(&quotes[m].words, &quotes[q].words);
                    common >= 3 && share >= 0.8
                })
                .min();
            if let Some(g) = again {
                groups[g].members[0].1 += 1;
                continue;
            }
            let g = groups.len();
            groups.push(Group {
                members: vec![(q, 1)],
                versions: vec![q],
            });
            versions.insert((g, key(&quotes[q])));
            for w in &quotes[q].words {
                index.entry(w.as_str()).or_default().push(g);
            }
        }
        start = end;
    }
    groups
}

// ---------------------------------------------------------------------------------------
// Word diff

/// A word-level difference of two quotations, for the note of a partial quote fact:
/// `-removed +added` words, hunks separated by ` … `. Words compare without case and
/// punctuation; an empty string when they are the same words.
pub fn word_diff(a: &str, b: &str) -> String {
    const MAX_WORDS: usize = 400;
    const MAX_SHOWN: usize = 14;
    let aw: Vec<&str> = a.split_whitespace().take(MAX_WORDS).collect();
    let bw: Vec<&str> = b.split_whitespace().take(MAX_WORDS).collect();
    let key = |w: &str| -> String {
        w.chars()
            .filter(|c| c.is_alphanumeric())
            .flat_map(char::to_lowercase)
            .collect()
    };
    let ak: Vec<String> = aw.iter().map(|w| key(w)).collect();
    let bk: Vec<String> = bw.iter().map(|w| key(w)).collect();
    // Longest common subsequence, table from the end.
    let (n, m) = (ak.len(), bk.len());
    let mut lcs = vec![0u16; (n + 1) * (m + 1)];
    let at = |i: usize, j: usize| i * (m + 1) + j;
    for i in (0..n).rev() {
        for j in (0..m).rev() {
            lcs[at(i, j)] = if ak[i] == bk[j] {
                lcs[at(i + 1, j + 1)] + 1
            } else {
                lcs[at(i + 1, j)].max(lcs[at(i, j + 1)])
            };
        }
    }
    let shown = |w: &str| -> String {
        w.trim_matches(|c: char| !c.is_alphanumeric())
            .replace('’', "'")
            .to_string()
    };
    let mut hunks: Vec<String> = Vec::new();
    let mut cur: Vec<String> = Vec::new();
    let mut added: Vec<String> = Vec::new();
    let flush = |cur: &mut Vec<String>, added: &mut Vec<String>, hunks: &mut Vec<String>| {
        cur.append(added);
        if !cur.is_empty() {
            hunks.push(cur.join(" "));
            cur.clear();
        }
    };
    let (mut i, mut j) = (0, 0);
    while i < n || j < m {
        if i < n && j < m && ak[i] == bk[j] {
            flush(&mut cur, &mut added, &mut hunks);
            i += 1;
            j += 1;
        } else if j < m && (i == n || lcs[at(i, j + 1)] >= lcs[at(i + 1, j)]) {
            if !bk[j].is_empty() {
                added.push(format!("+{}", shown(bw[j])));
            }
            j += 1;
        } else {
            if !ak[i].is_empty() {
                cur.push(format!("-{}", shown(aw[i])));
            }
            i += 1;
        }
    }
    flush(&mut cur, &mut added, &mut hunks);
    let mut out = String::new();
    let mut count = 0;
    for h in hunks {
        let words = h.split(' ').count();
        if count + words > MAX_SHOWN && count > 0 {
            out.push_str(" …");
            break;
        }
        if !out.is_empty() {
            out.push_str(" … ");
        }
        out.push_str(&h);
        count += words;
    }
    out
}

#[cfg(test)]
mod tests {
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
}
