//! Clause structure of a sentence: where a figure's clause begins and ends (semicolons,
//! dashes, brackets, conjunctions after a comma), the asides inside it, and how far the
//! words around one figure reach before they belong to the next. A figure's event is
//! the words of its clause, so these bounds decide which words tie figures together.

use crate::extract::Mention;
use crate::wordset::WordSet;

use super::words::Token;

/// Words that open a new clause after a comma.
static CLAUSE_WORDS: WordSet = WordSet::new(&[
    "and",
    "but",
    "while",
    "whereas",
    "which",
    "who",
    "whom",
    "whose",
    "where",
    "when",
    "although",
    "though",
    "as",
    "after",
    "before",
    "because",
    "since",
    "until",
    "while",
    "including",
    "with",
    "bringing",
    "taking",
    "compared",
    "up",
    "down",
]);

/// Words that open a new clause even without a comma.
static STRONG_WORDS: WordSet =
    WordSet::new(&["while", "whereas", "although", "but", "which", "that"]);

/// A sentence's clauses: where they start, and the bracketed asides that interrupt
/// them. An aside is a clause of its own, and the words either side of it are one clause:
/// in "At a meeting on Wednesday, the committee (MPC) voted …" the date belongs to the
/// vote.
pub(super) struct Clauses {
    /// Positions where clauses start (besides 0), none inside an aside.
    bounds: Vec<usize>,
    /// Closed bracket pairs, outermost only, in order: `(` to one past `)`.
    asides: Vec<(usize, usize)>,
}

impl Clauses {
    /// The clause around a position: inside an aside, the aside; else from the last bound
    /// at or before it to the next.
    pub(super) fn of(&self, pos: usize, len: usize) -> (usize, usize) {
        if let Some((s, e)) = self.aside_at(pos) {
            return (s + 1, e - 1);
        }
        clause_of(&self.bounds, pos, len)
    }

    /// The aside a position lies inside, its brackets included (`(` to one past `)`).
    pub(super) fn aside_at(&self, pos: usize) -> Option<(usize, usize)> {
        let k = self.asides.partition_point(|&(s, _)| s < pos);
        let &(s, e) = self.asides.get(k.checked_sub(1)?)?;
        (pos < e - 1).then_some((s, e))
    }
}

/// The clauses of a sentence (see [`Clauses`]).
pub(super) fn clause_bounds(text: &str, toks: &[Token]) -> Clauses {
    let b = text.as_bytes();
    let mut out = Vec::new();
    let mut asides = Vec::new();
    // The open outermost bracket: the character that closes it, and where it opened.
    let mut open: Option<(char, usize)> = None;
    for (i, c) in text.char_indices() {
        match c {
            '(' if open.is_none() => open = Some((')', i)),
            '[' if open.is_none() => open = Some((']', i)),
            ')' | ']' => match open {
                Some((close, s)) if close == c => {
                    asides.push((s, i + 1));
                    open = None;
                }
                Some(_) => {}
                None => out.push(i),
            },
            '(' | '[' => {}
            ';' | '—' | '–' => out.push(i),
            ':' if b.get(i + 1) == Some(&b' ') => out.push(i),
            '-' if i > 0 && b[i - 1] == b' ' && b.get(i + 1) == Some(&b' ') => out.push(i),
            _ => {}
        }
    }
    // A bracket never closed in the sentence is a bound, as a dash is.
    if let Some((_, s)) = open {
        out.push(s);
    }
    for (k, t) in toks.iter().enumerate() {
        let before = text[..t.start].trim_end();
        let comma = before.ends_with(',');
        // ", ending five years of talks": a participle after a comma opens a clause.
        let participle = t.lower.len() > 5 && t.lower.ends_with("ing");
        if (comma && (CLAUSE_WORDS.contains(t.lower.as_str()) || participle))
            || (k > 0 && STRONG_WORDS.contains(t.lower.as_str()))
        {
            out.push(t.start);
        }
    }
    out.sort_unstable();
    out.dedup();
    let mut clauses = Clauses {
        bounds: Vec::new(),
        asides,
    };
    clauses.bounds = out
        .into_iter()
        .filter(|&p| clauses.aside_at(p).is_none())
        .collect();
    clauses
}

/// The clause around a position: from the last bound at or before it to the next
/// (`bounds` sorted).
fn clause_of(bounds: &[usize], pos: usize, len: usize) -> (usize, usize) {
    let at = bounds.partition_point(|&b| b <= pos);
    let start = at.checked_sub(1).map_or(0, |k| bounds[k]);
    let end = bounds.get(at).copied().unwrap_or(len);
    (start, end)
}

/// Bytes on either side of a figure that its clause is read within: a sentence of a
/// megabyte without a full stop costs as much per figure as a normal one.
const WINDOW: usize = 1_500;

/// The mentions of a sentence indexed by position, so that each figure looks only at its
/// own clause.
pub(super) struct Near<'t> {
    text: &'t str,
    /// Mentions are in order of their start (else every lookup spans them all).
    sorted: bool,
    starts: Vec<usize>,
    /// The largest end of the mentions up to each one.
    reach: Vec<usize>,
    /// Bytes covered by a mention, counted up to each offset.
    covered: Vec<u32>,
    spans: Vec<(usize, usize)>,
}

impl<'t> Near<'t> {
    pub(super) fn new(text: &'t str, mentions: &[&Mention]) -> Near<'t> {
        let spans: Vec<(usize, usize)> = mentions.iter().map(|m| m.span()).collect();
        let starts: Vec<usize> = spans.iter().map(|s| s.0).collect();
        let mut reach = Vec::with_capacity(spans.len());
        let mut max = 0;
        for &(_, e) in &spans {
            max = max.max(e);
            reach.push(max);
        }
        let mut depth = vec![0i32; text.len() + 1];
        for &(s, e) in &spans {
            if s < e && e <= text.len() {
                depth[s] += 1;
                depth[e] -= 1;
            }
        }
        let mut covered = Vec::with_capacity(text.len() + 1);
        let (mut d, mut n) = (0i32, 0u32);
        covered.push(0);
        for x in &depth[..text.len()] {
            d += x;
            n += u32::from(d > 0);
            covered.push(n);
        }
        Near {
            text,
            sorted: starts.is_sorted(),
            starts,
            reach,
            covered,
            spans,
        }
    }

    /// True when a mention overlaps `start..end`.
    pub(super) fn covered(&self, start: usize, end: usize) -> bool {
        if end <= self.text.len() && start < end {
            return self.covered[end] > self.covered[start];
        }
        self.spans.iter().any(|&(xs, xe)| start < xe && xs < end)
    }

    /// A clause cut to [`WINDOW`] bytes either side of the figure `ms..me`.
    pub(super) fn window(&self, (cs, ce): (usize, usize), ms: usize, me: usize) -> (usize, usize) {
        let mut cs = cs.max(ms.saturating_sub(WINDOW));
        while !self.text.is_char_boundary(cs) {
            cs -= 1;
        }
        let mut ce = ce.min(me + WINDOW).min(self.text.len());
        while !self.text.is_char_boundary(ce) {
            ce += 1;
        }
        (cs, ce)
    }

    /// The range of mentions that may overlap `cs..ce`: every one ending after `cs` and
    /// starting before `ce`, and perhaps a few others.
    pub(super) fn overlapping(&self, cs: usize, ce: usize) -> (usize, usize) {
        if !self.sorted {
            return (0, self.starts.len());
        }
        let lo = self.reach.partition_point(|&e| e <= cs);
        let hi = self.starts.partition_point(|&s| s < ce).max(lo);
        (lo, hi)
    }
}

/// Where the words between two figures are divided between them: at a conjunction or a
/// comma between them; else, for two time expressions, right after the first (a date
/// follows its verb: "struck on Sunday, rose to 34 on Monday"), and halfway for numbers
/// ("1,243 people injured … 14 missing").
pub(super) fn cut(text: &str, from: usize, to: usize, time: bool) -> usize {
    let gap = &text[from..to];
    let lower = gap.to_lowercase();
    // "3.1% of GDP, or RD$268 billion": the second figure restates the one before it, so
    // it shares that figure's words and the division falls before them.
    let trimmed = lower.trim_end();
    let restating = [", or", ", or about", ", or around", ", or roughly"]
        .iter()
        .find_map(|end| trimmed.strip_suffix(end));
    let searched = restating.unwrap_or(&lower);
    for sep in [",", " and ", " or ", " but ", " while ", " plus "] {
        if let Some(i) = searched.rfind(sep) {
            return from + i;
        }
    }
    if let Some(kept) = restating {
        return from + kept.len();
    }
    if time {
        return from;
    }
    let mut mid = from + gap.len() / 2;
    while !text.is_char_boundary(mid) {
        mid += 1;
    }
    mid
}

#[cfg(test)]
mod tests {
    use super::super::words;
    use super::*;

    #[test]
    fn clauses_split_at_conjunctions() {
        let t = "Officials said 1,243 people were injured, and 14 were missing; rescuers worked.";
        let b = clause_bounds(t, &words::tokens(t));
        let (s, e) = b.of(t.find("14").unwrap(), t.len());
        assert_eq!(&t[s..e], "and 14 were missing");
    }

    #[test]
    fn an_aside_is_its_own_clause_and_does_not_cut_the_one_around_it() {
        let t = "On Friday, the Harbour Board (HB), which met in Dover, approved 12 berths.";
        let b = clause_bounds(t, &words::tokens(t));
        let (s, e) = b.of(t.find("Friday").unwrap(), t.len());
        assert_eq!(&t[s..e], "On Friday, the Harbour Board (HB), ");
        let (s, e) = b.of(t.find("HB").unwrap(), t.len());
        assert_eq!(&t[s..e], "HB");
        let t = "At a hearing on Monday, the panel (led by Ms Ito) voted 7-2 to pass it.";
        let b = clause_bounds(t, &words::tokens(t));
        let (s, e) = b.of(t.find("Monday").unwrap(), t.len());
        assert_eq!(&t[s..e], t);
        // A bracket never closed still ends the clause before it.
        let t = "Prices rose 4% (the most since 2019, officials said";
        let b = clause_bounds(t, &words::tokens(t));
        let (s, e) = b.of(0, t.len());
        assert_eq!(&t[s..e], "Prices rose 4% ");
    }

    #[test]
    fn cuts_fall_on_conjunctions() {
        let t = "1,423 people had been injured and 14 were missing";
        let c = cut(t, 12, t.find("14").unwrap(), false);
        assert_eq!(&t[..c], "1,423 people had been injured");
        // A restatement in other units keeps the words of the figure it restates.
        let t = "spending of $9bn and a deficit of 3% of output, or $2bn, this year";
        let c = cut(t, t.find(" and").unwrap(), t.find("$2bn").unwrap(), false);
        assert_eq!(
            &t[c..t.find("$2bn").unwrap()],
            " and a deficit of 3% of output, or "
        );
    }
}
