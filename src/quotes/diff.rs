//! A word-level difference of two quotations, for the note of a partial quote fact.

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
