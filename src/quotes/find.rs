//! Finding quotes in one article: the quoted spans between matching marks, and the
//! attributed quotations among them, with their words normalized. The per-article half
//! of quote facts.

use crate::claim::Text;
use crate::extract::Reading;
use crate::people;
use crate::rules::norm;

use super::align::content_words;
use super::attribution::{Context, Piece, Who, attribute, subject_of};
use super::{MIN_WORDS, Quote};

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
pub(super) fn find(ri: usize, reading: &Reading) -> Vec<Quote> {
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
            after: Piece::of(reading, sp.s_close, sp.close_end, after_to),
            before: Piece::of(reading, sp.s_open, tail_from, sp.open),
            whole: Piece::of(reading, sp.s_open, so.start, sp.open),
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
