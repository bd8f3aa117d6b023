//! Reading role mentions in one article: a role phrase (head, qualifier, destination)
//! found around a head word, and the name it gives before, after or beside it. The
//! per-article half of person facts; see [`super`] for the patterns.

use crate::extract::Reading;
use crate::rules::norm;
use crate::wordset::with_lower;

use super::lexicon::{
    BODY, Class, DETERMINERS, HEADS, NOT_UNIQUE, PORTFOLIO, SKIPPED, STOP, TITLE_WORDS, country,
    modifier,
};
use super::names::{Tok, name_run, name_run_back, name_text};
use super::{Mention, Qual};

/// A role phrase found around a head.
#[derive(Debug, Clone)]
struct Role {
    head: String,
    class: Class,
    qual: Option<Qual>,
    dest: Option<Qual>,
    not_unique: bool,
    /// "former", "deputy": part of the role's name.
    mods: Vec<&'static str>,
    indefinite: bool,
    /// Determined by a possessive, `the` or an organisation: "Russia's ambassador".
    determined: bool,
    /// Token span of the role phrase.
    start: usize,
    end: usize,
    /// The phrase ends in a capitalized run (an organisation): no name may follow directly.
    closed: bool,
}

/// A head of a role starting at token `i`: (end, canonical head, class).
fn head_at(toks: &[Tok], i: usize) -> Option<(usize, String, Class)> {
    // Nearly every word starts no role: one lookup settles it.
    static FIRST: std::sync::LazyLock<rustc_hash::FxHashSet<&'static str>> =
        std::sync::LazyLock::new(|| {
            let heads = HEADS.iter().map(|(words, _, _)| words[0]);
            let portfolios = PORTFOLIO.iter().map(|(w, _)| *w);
            heads.chain(portfolios).chain(["minister"]).collect()
        });
    let may_start = with_lower(toks.get(i)?.bare(), |w| {
        let w = ["ex-", "then-", "former-"]
            .iter()
            .find_map(|p| w.strip_prefix(p))
            .unwrap_or(w);
        FIRST.contains(w)
    });
    if !may_start {
        return None;
    }
    let low = |k: usize| toks.get(k).map(|t| t.low());
    let first = low(i)?;
    let first = first
        .strip_prefix("ex-")
        .or_else(|| first.strip_prefix("then-"))
        .or_else(|| first.strip_prefix("former-"))
        .unwrap_or(&first)
        .to_string();
    // Portfolios: "trade minister", "defence secretary", "trade cabinet secretary".
    if let Some((_, p)) = PORTFOLIO.iter().find(|(w, _)| *w == first) {
        match low(i + 1).as_deref() {
            Some("minister") => {
                let head = if *p == "foreign" {
                    "foreign minister".to_string()
                } else {
                    format!("{p} minister")
                };
                return Some((i + 2, head, Class::Unique));
            }
            Some("secretary") if *p != "foreign" => {
                return Some((i + 2, format!("{p} secretary"), Class::Unique));
            }
            Some("cabinet") if low(i + 2).as_deref() == Some("secretary") => {
                return Some((i + 3, format!("{p} minister"), Class::Unique));
            }
            _ => {}
        }
    }
    // "Minister of Foreign Affairs", "minister for trade".
    if first == "minister" && matches!(low(i + 1).as_deref(), Some("of" | "for")) {
        let mut k = i + 2;
        if low(k).as_deref() == Some("the") {
            k += 1;
        }
        if let Some(w) = low(k)
            && let Some((_, p)) = PORTFOLIO.iter().find(|(x, _)| *x == w)
        {
            let mut end = k + 1;
            if low(end).as_deref() == Some("affairs") {
                end += 1;
            }
            return Some((end, format!("{p} minister"), Class::Unique));
        }
    }
    let mut best: Option<(usize, String, Class)> = None;
    for (words, canon, class) in HEADS {
        let fits = words.iter().enumerate().all(|(k, w)| {
            if k == 0 {
                first == *w
            } else {
                low(i + k).as_deref() == Some(*w)
            }
        });
        if fits && best.as_ref().is_none_or(|b| i + words.len() > b.0) {
            best = Some((i + words.len(), canon.to_string(), *class));
        }
    }
    best
}

/// A qualifier made of tokens `i..j`: a country when the words name one, else an
/// organisation.
fn qual_of(text: &str, toks: &[Tok], i: usize, j: usize) -> Option<Qual> {
    if i >= j {
        return None;
    }
    let last = &toks[j - 1];
    let written = norm::fold_space(&text[toks[i].start..last.start + last.bare().len()]);
    let low = written.to_lowercase();
    let low = low.strip_prefix("the ").unwrap_or(&low);
    if let Some((key, adj)) = country(low) {
        return Some(Qual {
            key: key.into(),
            label: adj.into(),
            country: true,
        });
    }
    let written = written
        .strip_prefix("the ")
        .or_else(|| written.strip_prefix("The "))
        .unwrap_or(&written)
        .to_string();
    let key = norm::slug(&written);
    (!key.is_empty()).then_some(Qual {
        key,
        label: written,
        country: false,
    })
}

/// Where a qualifier run ending at `j` starts: a country (one to three words) or a run of
/// capitalized words (an organisation), at most three.
fn qual_run_back(toks: &[Tok], j: usize) -> Option<usize> {
    for n in (1..=3).rev() {
        if j < n {
            continue;
        }
        let words: Vec<String> = toks[j - n..j].iter().map(|t| t.low()).collect();
        if toks[j - n..j].iter().all(Tok::is_word) && country(&words.join(" ")).is_some() {
            return Some(j - n);
        }
    }
    let mut i = j;
    while i > 0 && j - i < 3 {
        let t = &toks[i - 1];
        let l = t.low();
        if t.is_word()
            && t.is_cap()
            && !STOP.contains(l.as_str())
            && !TITLE_WORDS.contains(l.as_str())
            && (i == j || !t.possessive())
        {
            i -= 1;
        } else {
            break;
        }
    }
    (i < j).then_some(i)
}

/// A country run starting at `i`: its end.
fn country_run(toks: &[Tok], i: usize) -> Option<usize> {
    for n in (1..=3).rev() {
        if i + n > toks.len() {
            continue;
        }
        let words: Vec<String> = toks[i..i + n].iter().map(|t| t.low()).collect();
        if toks[i..i + n].iter().all(Tok::is_word) && country(&words.join(" ")).is_some() {
            return Some(i + n);
        }
    }
    None
}

/// The role phrase around the head at tokens `hs..he`.
fn role_around(text: &str, toks: &[Tok], hs: usize, he: usize, head: String, class: Class) -> Role {
    let mut role = Role {
        head,
        class,
        qual: None,
        dest: None,
        not_unique: false,
        mods: Vec::new(),
        indefinite: false,
        determined: false,
        start: hs,
        end: he,
        closed: false,
    };
    let first = toks[hs].low();
    if first.starts_with("ex-") || first.starts_with("then-") || first.starts_with("former-") {
        role.not_unique = true;
        role.mods.push("former");
    }
    let mut body: Vec<String> = Vec::new();
    let mut prefix: Vec<&str> = Vec::new();
    let mut j = hs;
    while j > 0 {
        let t = &toks[j - 1];
        let l = t.low();
        if role.head == "vice president" && l == "vice" {
            break;
        }
        if NOT_UNIQUE.contains(l.as_str()) {
            role.not_unique = true;
            let m = modifier(&l);
            if !m.is_empty() && !role.mods.contains(&m) {
                role.mods.insert(0, m);
            }
            j -= 1;
            continue;
        }
        if l == "acting" || l == "interim" {
            prefix.push(if l == "acting" { "acting" } else { "interim" });
            j -= 1;
            continue;
        }
        if SKIPPED.contains(l.as_str()) {
            j -= 1;
            continue;
        }
        if role.qual.is_none()
            && body.is_empty()
            && matches!(role.class, Class::NeedsQual)
            && BODY.contains(l.as_str())
            && !t.possessive()
        {
            body.push(l);
            j -= 1;
            if j > 0
                && let Some((_, p)) = PORTFOLIO.iter().find(|(w, _)| *w == toks[j - 1].low())
            {
                body.insert(0, (*p).to_string());
                j -= 1;
            }
            continue;
        }
        if role.qual.is_none() && t.is_word() {
            if t.possessive() {
                if t.is_cap() {
                    let i = qual_run_back(toks, j).unwrap_or(j - 1);
                    role.qual = qual_of(text, toks, i, j);
                    role.determined = true;
                    j = i;
                } else {
                    // "the council's": an anaphoric qualifier says nothing about which.
                    role.determined = true;
                    j -= 1;
                }
                continue;
            }
            if t.is_cap()
                && !STOP.contains(l.as_str())
                && !TITLE_WORDS.contains(l.as_str())
                && let Some(i) = qual_run_back(toks, j)
            {
                role.qual = qual_of(text, toks, i, j);
                role.determined = true;
                j = i;
                continue;
            }
            // "U.S." keeps its stop, "US" is a word: both are countries.
            if let Some((key, adj)) = country(&l) {
                role.qual = Some(Qual {
                    key: key.into(),
                    label: adj.into(),
                    country: true,
                });
                role.determined = true;
                j -= 1;
                continue;
            }
        }
        if DETERMINERS.contains(l.as_str()) {
            role.determined = true;
            role.indefinite = matches!(l.as_str(), "a" | "an" | "another");
            if l == "another" {
                role.not_unique = true;
            }
            j -= 1;
        }
        break;
    }
    role.start = j;
    // After the head: "to Afghanistan", "for China's Foreign Ministry", "of the Council".
    let mut e = he;
    let after = toks.get(e).map(|t| t.low()).unwrap_or_default();
    if matches!(after.as_str(), "to" | "for" | "of" | "at") {
        let mut k = e + 1;
        if toks.get(k).is_some_and(|t| t.is("the")) {
            k += 1;
        }
        let dest_head = matches!(role.head.as_str(), "ambassador" | "envoy" | "special envoy");
        if after == "to" && dest_head {
            if let Some(ce) = country_run(toks, k) {
                role.dest = qual_of(text, toks, k, ce);
                e = ce;
            } else if let Some(ne) = cap_run(toks, k) {
                role.dest = qual_of(text, toks, k, ne);
                e = ne;
                role.closed = true;
            }
        } else if after != "to" && role.qual.is_none() {
            // A possessive first: "for China's Foreign Ministry".
            if toks.get(k).is_some_and(|t| t.is_cap() && t.possessive()) {
                role.qual = qual_of(text, toks, k, k + 1);
                k += 1;
            } else if let Some(pe) = cap_run(toks, k)
                && let Some(p) = (k..pe).find(|&x| toks[x].possessive())
            {
                role.qual = qual_of(text, toks, k, p + 1);
                k = p + 1;
            }
            if let Some(ce) = cap_run(toks, k) {
                if role.qual.is_some() {
                    // The body after the possessive: "Foreign Ministry".
                    let words: Vec<String> = toks[k..ce].iter().map(|t| t.low()).collect();
                    if words.last().is_some_and(|w| BODY.contains(w.as_str())) {
                        body = words;
                        e = ce;
                        role.closed = true;
                    }
                } else if let Some(cr) = country_run(toks, k) {
                    role.qual = qual_of(text, toks, k, cr);
                    role.determined = true;
                    e = cr;
                } else {
                    role.qual = qual_of(text, toks, k, ce);
                    role.determined = true;
                    e = ce;
                    role.closed = true;
                    // An acronym in brackets: "(INDECI)".
                    if toks.get(e).is_some_and(|t| t.is("("))
                        && toks.get(e + 2).is_some_and(|t| t.is(")"))
                    {
                        e += 3;
                    }
                }
            } else if role.qual.is_some() {
                e = k;
            }
        }
    }
    role.end = e;
    if !body.is_empty() {
        role.head = format!("{} {}", body.join(" "), role.head);
    }
    if !prefix.is_empty() {
        role.head = format!("{} {}", prefix.join(" "), role.head);
    }
    role
}

/// A run of capitalized words starting at `i` (at most five): its end.
fn cap_run(toks: &[Tok], i: usize) -> Option<usize> {
    let mut j = i;
    while j < toks.len() && j - i < 5 {
        let t = &toks[j];
        let word = t.is_word() && t.is_cap() && !STOP.contains_lower(t.bare());
        let joint = j > i
            && matches!(t.low().as_str(), "of" | "and" | "for")
            && toks.get(j + 1).is_some_and(Tok::is_cap);
        if !(word || joint) {
            break;
        }
        j += 1;
    }
    (j > i).then_some(j)
}

fn is_boundary(t: Option<&Tok>) -> bool {
    match t {
        None => true,
        Some(t) => {
            matches!(
                t.text,
                "," | "." | ";" | ":" | ")" | "—" | "–" | "\"" | "”" | "?" | "!"
            ) || (t.is_word() && !t.is_cap())
        }
    }
}

/// Every role mention of a document.
pub(super) fn mentions(ri: usize, reading: &Reading) -> Vec<Mention> {
    let mut out = Vec::new();
    for (si, s) in reading.sentences.iter().enumerate() {
        let text = &s.text;
        // The sentence's words, split once by the reading (quotes read them too).
        let toks = reading.name_tokens(si);
        let mut i = 0;
        while i < toks.len() {
            let Some((he, head, class)) = head_at(toks, i) else {
                i += 1;
                continue;
            };
            let role = role_around(text, toks, i, he, head, class);
            i = he.max(i + 1);
            let plural = role.not_unique || role.indefinite || role.class == Class::Plural;
            let Some((ns, ne)) = name_for(toks, &role) else {
                // "Japan's chief negotiator told this newspaper": nobody named, kept to
                // join the role's fact if other sources name someone.
                if role.qual.is_some()
                    && role.determined
                    && !role.not_unique
                    && role.class != Class::Plural
                    && role.end > role.start
                {
                    let b_end = toks[role.end - 1].start + toks[role.end - 1].bare().len();
                    out.push(Mention {
                        reading: ri,
                        sentence: si,
                        head: role_key(&role),
                        mods: String::new(),
                        qual: role.qual.clone(),
                        dest: role.dest.clone(),
                        plural: false,
                        name: String::new(),
                        stated: norm::fold_space(&text[toks[role.start].start..b_end]),
                        evidence: reading.evidence(si),
                        evidence_ix: 0,
                        start: s.start + toks[role.start].start,
                        end: s.start + b_end,
                        line: reading.doc.line_of(s.start + toks[role.start].start),
                    });
                }
                continue;
            };
            {
                let name = name_text(text, toks, ns, ne);
                if name.is_empty() {
                    continue;
                }
                let (a, b) = (ns.min(role.start), ne.max(role.end));
                let b_end = toks[b - 1].start + toks[b - 1].bare().len();
                let qualified = role.qual.is_some();
                if !qualified && role.class != Class::Unique {
                    continue;
                }
                out.push(Mention {
                    reading: ri,
                    sentence: si,
                    head: role_key(&role),
                    mods: role.mods.join(" "),
                    qual: role.qual.clone(),
                    dest: role.dest.clone(),
                    plural,
                    name,
                    stated: norm::fold_space(&text[toks[a].start..b_end]),
                    evidence: reading.evidence(si),
                    evidence_ix: 0,
                    start: s.start + toks[a].start,
                    end: s.start + b_end,
                    line: reading.doc.line_of(s.start + toks[a].start),
                });
                i = i.max(ne);
            }
        }
    }
    out
}

/// The role words of the key: `deputy foreign minister` (qualifier apart).
fn role_key(role: &Role) -> String {
    role.head.clone()
}

/// The name a role phrase gives: right after it, after a comma, or before it.
fn name_for(toks: &[Tok], role: &Role) -> Option<(usize, usize)> {
    let e = role.end;
    // Title before the name: "Foreign Minister Amir Khan Muttaqi".
    if !role.closed
        && let Some(ne) = name_run(toks, e)
        && !toks[e..ne]
            .iter()
            .any(|t| t.text.ends_with('.') && t.text.len() > 2)
    {
        return Some((e, ne));
    }
    // Title, comma, name: "Russia's ambassador to Afghanistan, Dmitry Zhirnov".
    if role.determined
        && !role.indefinite
        && toks.get(e).is_some_and(|t| t.is(","))
        && let Some(ne) = name_run(toks, e + 1)
        && is_boundary(toks.get(ne))
    {
        return Some((e + 1, ne));
    }
    // Name, appositive: "Mariam Solaimankhil, a former Afghan parliamentarian,".
    let closes = matches!(
        toks.get(e).map(|t| t.text),
        None | Some("," | "." | ";" | ":" | ")" | "who" | "whose")
    );
    if role.start >= 2
        && toks[role.start - 1].is(",")
        && role.determined
        && closes
        && let Some(ns) = name_run_back(toks, role.start - 1)
    {
        let ne = role.start - 1;
        let before = ns.checked_sub(1).map(|k| &toks[k]);
        let lone_ok = ne - ns >= 2
            || before.is_none_or(|b| !b.is_word() || matches!(b.text, "and" | "said" | "says"));
        if lone_ok {
            return Some((ns, ne));
        }
    }
    None
}
