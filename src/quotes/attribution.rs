//! Attribution: who a quote is given to, read from the words after it ("…,” Muttaqi
//! said") or before it ("X told AFP: “…”"), and the subject a pronoun or a surname
//! stands for.

use crate::extract::Reading;
use crate::people::{self, Tok};
use crate::rules::norm;
use crate::wordset::WordSet;

/// Words of one sentence near a quote, as the reading split the sentence: the words
/// that lie whole between two points, with spans relative to `text` (the sentence),
/// which starts at byte `base` of the document.
#[derive(Clone, Copy)]
pub(super) struct Piece<'t> {
    pub(super) text: &'t str,
    pub(super) base: usize,
    pub(super) toks: &'t [Tok<'t>],
}

impl<'t> Piece<'t> {
    /// The words of sentence `si` lying whole in document bytes `from..to`.
    pub(super) fn of(reading: &'t Reading, si: usize, from: usize, to: usize) -> Self {
        let s = &reading.sentences[si];
        let all = reading.name_tokens(si);
        let (from, to) = (from.saturating_sub(s.start), to.saturating_sub(s.start));
        let a = all.partition_point(|t| t.start < from);
        let b = a + all[a..].partition_point(|t| t.end <= to);
        Piece {
            text: &s.text,
            base: s.start,
            toks: &all[a..b.max(a)],
        }
    }

    /// The document span of words `i..j`.
    fn span(&self, i: usize, j: usize) -> (usize, usize) {
        (
            self.base + self.toks[i].start,
            self.base + self.toks[j - 1].end,
        )
    }
}

/// The words around a quote: after it (to the sentence end or the next quote), before
/// it (from the sentence start or the last quote), and the sentence up to it.
pub(super) struct Context<'t> {
    pub(super) after: Piece<'t>,
    pub(super) before: Piece<'t>,
    pub(super) whole: Piece<'t>,
}

/// Who a quote is attributed to, and the attribution's span.
#[derive(Debug)]
pub(super) struct Attribution {
    pub(super) who: Who,
    pub(super) start: usize,
    pub(super) end: usize,
}

#[derive(Debug, Clone, PartialEq)]
pub(super) enum Who {
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
pub(super) fn attribute(c: &Context) -> Option<Attribution> {
    after(c).or_else(|| before(c))
}

/// "…,” Muttaqi said", "…,” said Mao Ning, a spokeswoman", "…,” he said".
fn after(c: &Context) -> Option<Attribution> {
    let p = c.after;
    let (s, toks) = (p.text, p.toks);
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
        let j = forward_phrase(toks, i + 1);
        let mut who = classify(s, toks, i + 1, j)?;
        let mut end = j;
        // "said the council's president, Fabiola Quiroga,".
        if who == Who::Unnamed
            && toks.get(j).is_some_and(|t| t.is(","))
            && let Some(ne) = people::name_run(toks, j + 1)
        {
            let name = people::name_text(s, toks, j + 1, ne);
            if !name.is_empty() {
                who = Who::Named(name, true);
                end = ne;
            }
        }
        let (a, b) = p.span(i, end);
        return Some(Attribution {
            who,
            start: a,
            end: b,
        });
    }
    // Speaker first: "Muttaqi said", "the ministry said in a statement".
    let j = forward_phrase(toks, i);
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
    let who = classify(s, toks, i, j)?;
    let (a, b) = p.span(i, k + 1);
    Some(Attribution {
        who,
        start: a,
        end: b,
    })
}

/// "X told AFP: “…”", "according to X, “…”", "X warned that the move “…”".
fn before(c: &Context) -> Option<Attribution> {
    let p = c.before;
    let (s, toks) = (p.text, p.toks);
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
        let j = forward_phrase(toks, a + 2);
        if j > a + 2 && (j == n || n - j <= 8) {
            let who = classify(s, toks, a + 2, j)?;
            let (x, y) = p.span(a, j);
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
        let j = forward_phrase(toks, v + 1);
        let who = classify(s, toks, v + 1, j)?;
        let (x, y) = p.span(v, j);
        return Some(Attribution {
            who,
            start: x,
            end: y,
        });
    }
    let ing = SPEECH_ING.contains(verb.as_str());
    if let Some((who, i, _)) = subject_before(s, toks, v)
        && (!ing || matches!(who, Who::Named(..)))
    {
        let (start, end) = p.span(i, v + 1);
        return Some(Attribution { who, start, end });
    }
    if !ing {
        return None;
    }
    // "X confirmed it to AFP, stating: “…”": the sentence's subject speaks.
    let w = c.whole;
    let (who, i, j) = sentence_subject(w.text, w.toks)?;
    let (start, end) = w.span(i, j);
    Some(Attribution { who, start, end })
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
pub(super) fn subject_of(
    reading: &Reading,
    si: usize,
    open: usize,
    names: &[(usize, String)],
) -> Option<String> {
    // The words of the quote's sentence before it, then the sentence before.
    let head = Piece::of(reading, si, reading.sentences[si].start, open);
    let mut candidates = vec![(head.text, head.toks)];
    if si > 0 {
        candidates.push((
            reading.sentences[si - 1].text.as_str(),
            reading.name_tokens(si - 1),
        ));
    }
    for (s, toks) in candidates {
        if let Some((Who::Named(n, titled), _, _)) = sentence_subject(s, toks) {
            if n.contains(' ') {
                return Some(n);
            }
            return people::resolve(names, &n, open).or(titled.then_some(n));
        }
    }
    None
}
