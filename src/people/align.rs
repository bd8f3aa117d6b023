//! Aligning role mentions across a story's sources into facts: group by role, attach
//! mentions without destination or qualifier to the one group their names fit, merge
//! groups that name one person under different qualifiers, and split a role by person
//! where it is not unique. The per-story half of person facts; see [`super`] for the
//! order of the steps.

use std::collections::{HashMap, HashSet};

use crate::rules::norm;

use super::lexicon::COUNTRIES;
use super::names::compatible;
use super::{Mention, Qual};

/// A fact: its id, label and member mentions.
#[derive(Debug, Clone)]
pub(super) struct Group {
    pub(super) id: String,
    pub(super) label: String,
    pub(super) members: Vec<usize>,
}

/// Mentions of a role whose names a new name must fit: a role that thousands of sources
/// name is judged by its first ones.
const FIT_WINDOW: usize = 64;

/// True when `name` fits the names of the first [`FIT_WINDOW`] members (each distinct
/// name compared once).
fn fits_all(ms: &[Mention], members: &[usize], name: &str) -> bool {
    let mut checked: Vec<&str> = Vec::new();
    members.iter().take(FIT_WINDOW).all(|&m| {
        let other = ms[m].name.as_str();
        if checked.contains(&other) {
            return true;
        }
        checked.push(other);
        compatible(other, name)
    })
}

/// A working cluster of unique-role mentions.
#[derive(Debug, Clone)]
struct Cluster {
    head: String,
    qual: Option<Qual>,
    dest: Option<Qual>,
    members: Vec<usize>,
}

pub(super) fn align(ms: &[Mention]) -> Vec<Group> {
    let mut groups: Vec<Group> = Vec::new();
    // Roles held by many: one fact per role and person.
    let mut plural: Vec<(String, String, Vec<usize>)> = Vec::new();
    let mut by_label: Vec<(String, Vec<usize>)> = Vec::new();
    let mut label_at: HashMap<String, usize> = HashMap::new();
    for (i, m) in ms.iter().enumerate().filter(|(_, m)| m.plural) {
        let label = label_of(&m.mods, &m.head, m.qual.as_ref(), m.dest.as_ref());
        match label_at.get(&label) {
            Some(&l) => by_label[l].1.push(i),
            None => {
                label_at.insert(label.clone(), by_label.len());
                by_label.push((label, vec![i]));
            }
        }
    }
    for (label, members) in by_label {
        for p in by_person(ms, &members) {
            let lead = fullest(ms, &p);
            let surname = norm::slug(ms[lead].name.rsplit(' ').next().unwrap_or(""));
            let id = format!("role-{}-{surname}", norm::slug(&label));
            plural.push((id, label.clone(), p));
        }
    }

    // Unique roles, qualified: by head, qualifier, destination.
    let mut clusters: Vec<Cluster> = Vec::new();
    let unique: Vec<usize> = (0..ms.len())
        .filter(|&i| !ms[i].plural && !ms[i].name.is_empty())
        .collect();
    type RoleKey<'a> = (&'a str, Option<&'a Qual>, Option<&'a Qual>);
    let mut cluster_at: HashMap<RoleKey, usize> = HashMap::new();
    for &i in unique.iter().filter(|&&i| ms[i].qual.is_some()) {
        let m = &ms[i];
        let key = (m.head.as_str(), m.qual.as_ref(), m.dest.as_ref());
        match cluster_at.get(&key) {
            Some(&c) => clusters[c].members.push(i),
            None => {
                cluster_at.insert(key, clusters.len());
                clusters.push(Cluster {
                    head: m.head.clone(),
                    qual: m.qual.clone(),
                    dest: m.dest.clone(),
                    members: vec![i],
                });
            }
        }
    }
    // Clusters by head and qualifier, in order.
    let mut by_role: HashMap<(String, Option<Qual>), Vec<usize>> = HashMap::new();
    for (t, c) in clusters.iter().enumerate() {
        by_role
            .entry((c.head.clone(), c.qual.clone()))
            .or_default()
            .push(t);
    }
    // No destination: the one destination of the role whose names fit.
    for ci in 0..clusters.len() {
        if clusters[ci].dest.is_some() {
            continue;
        }
        let members = std::mem::take(&mut clusters[ci].members);
        let mut keep = Vec::new();
        let same = &by_role[&(clusters[ci].head.clone(), clusters[ci].qual.clone())];
        for m in members {
            let targets: Vec<usize> = same
                .iter()
                .copied()
                .filter(|&t| {
                    let c = &clusters[t];
                    t != ci
                        && c.dest.is_some()
                        && c.head == clusters[ci].head
                        && c.qual == clusters[ci].qual
                        && fits_all(ms, &c.members, &ms[m].name)
                })
                .collect();
            match targets.as_slice() {
                [t] => clusters[*t].members.push(m),
                _ => keep.push(m),
            }
        }
        clusters[ci].members = keep;
    }
    clusters.retain(|c| !c.members.is_empty());
    let mut clusters = merge_qualifiers(ms, clusters);
    // Unnamed ("Japan's chief negotiator said"): the one cluster of that exact role, in
    // a source that names nobody for it.
    let mut of_head: HashMap<String, Vec<usize>> = HashMap::new();
    for (t, c) in clusters.iter().enumerate() {
        of_head.entry(c.head.clone()).or_default().push(t);
    }
    // Per cluster: the qualifiers its members give, and the sources that name someone.
    let mut quals: Vec<HashSet<Option<&Qual>>> = clusters
        .iter()
        .map(|c| c.members.iter().map(|&x| ms[x].qual.as_ref()).collect())
        .collect();
    let naming: Vec<HashSet<usize>> = clusters
        .iter()
        .map(|c| {
            c.members
                .iter()
                .filter(|&&x| !ms[x].name.is_empty())
                .map(|&x| ms[x].reading)
                .collect()
        })
        .collect();
    let mut unnamed: Vec<(usize, usize)> = Vec::new();
    for i in (0..ms.len()).filter(|&i| ms[i].name.is_empty()) {
        let m = &ms[i];
        let targets: Vec<usize> = of_head
            .get(m.head.as_str())
            .map_or(&[][..], Vec::as_slice)
            .iter()
            .copied()
            .filter(|&t| {
                let c = &clusters[t];
                quals[t].contains(&m.qual.as_ref()) && (m.dest.is_none() || c.dest == m.dest)
            })
            .collect();
        if let [t] = targets.as_slice()
            && !naming[*t].contains(&m.reading)
        {
            quals[*t].insert(m.qual.as_ref());
            unnamed.push((*t, i));
        }
    }
    drop(quals);
    for (t, i) in unnamed {
        clusters[t].members.push(i);
    }
    // Unqualified: the one qualified cluster of the head whose names fit.
    let mut loose: Vec<Cluster> = Vec::new();
    let mut loose_at: HashMap<(&str, Option<&Qual>), usize> = HashMap::new();
    for &i in unique.iter().filter(|&&i| ms[i].qual.is_none()) {
        let m = &ms[i];
        let targets: Vec<usize> = of_head
            .get(m.head.as_str())
            .map_or(&[][..], Vec::as_slice)
            .iter()
            .copied()
            .filter(|&t| {
                let c = &clusters[t];
                (m.dest.is_none() || c.dest.is_none() || c.dest == m.dest)
                    && fits_all(ms, &c.members, &m.name)
            })
            .collect();
        if let [t] = targets.as_slice() {
            clusters[*t].members.push(i);
            continue;
        }
        match loose_at.get(&(m.head.as_str(), m.dest.as_ref())) {
            Some(&l) => loose[l].members.push(i),
            None => {
                loose_at.insert((m.head.as_str(), m.dest.as_ref()), loose.len());
                loose.push(Cluster {
                    head: m.head.clone(),
                    qual: None,
                    dest: m.dest.clone(),
                    members: vec![i],
                });
            }
        }
    }
    for c in clusters.iter_mut() {
        c.members.sort_unstable();
    }
    let mut out: Vec<(String, String, Vec<usize>)> = Vec::new();
    for (c, loose) in clusters
        .iter()
        .map(|c| (c, false))
        .chain(loose.iter().map(|c| (c, true)))
    {
        let label = label_of("", &c.head, c.qual.as_ref(), c.dest.as_ref());
        let id = format!("role-{}", norm::slug(&label));
        let parts = if loose || self_contradicts(ms, &c.members) {
            by_person(ms, &c.members)
        } else {
            vec![c.members.clone()]
        };
        if parts.len() == 1 {
            out.push((id, label, parts.into_iter().next().unwrap_or_default()));
        } else {
            for p in parts {
                let lead = fullest(ms, &p);
                let surname = norm::slug(ms[lead].name.rsplit(' ').next().unwrap_or(""));
                out.push((
                    format!("{id}-{surname}"),
                    format!("{label} ({})", ms[lead].name),
                    p,
                ));
            }
        }
    }
    out.extend(plural);
    let mut ids: HashSet<String> = HashSet::new();
    for (id, label, members) in out {
        let mut id = id;
        let mut n = 2;
        while ids.contains(&id) {
            id = format!("{id}-{n}");
            n += 1;
        }
        ids.insert(id.clone());
        groups.push(Group { id, label, members });
    }
    groups
}

/// One person under two qualifiers ("Taliban" and "Afghan" foreign minister): clusters
/// of one head merged, the first mergeable pair first, until none is left. Clusters of
/// different heads never merge, so each head is merged apart.
fn merge_qualifiers(ms: &[Mention], all: Vec<Cluster>) -> Vec<Cluster> {
    let mut heads: Vec<Vec<(usize, Cluster)>> = Vec::new();
    let mut head_at: HashMap<String, usize> = HashMap::new();
    for (pos, c) in all.into_iter().enumerate() {
        let h = *head_at.entry(c.head.clone()).or_insert_with(|| {
            heads.push(Vec::new());
            heads.len() - 1
        });
        heads[h].push((pos, c));
    }
    let mut out: Vec<(usize, Cluster)> = Vec::new();
    for placed in heads {
        // Each cluster with a version that changes when it absorbs another, so a pair
        // found apart stays apart until one of them changes.
        let mut clusters: Vec<(usize, usize, Cluster)> = placed
            .into_iter()
            .enumerate()
            .map(|(v, (pos, c))| (pos, v, c))
            .collect();
        let mut next_version = clusters.len();
        let mut apart: HashSet<(usize, usize)> = HashSet::new();
        loop {
            let mut found = None;
            'pairs: for a in 0..clusters.len() {
                for b in a + 1..clusters.len() {
                    let ((_, va, x), (_, vb, y)) = (&clusters[a], &clusters[b]);
                    if apart.contains(&(*va, *vb)) {
                        continue;
                    }
                    if mergeable(ms, x, y) {
                        found = Some((a, b));
                        break 'pairs;
                    }
                    apart.insert((*va, *vb));
                }
            }
            let Some((a, b)) = found else {
                break;
            };
            let (_, _, y) = clusters.remove(b);
            let (_, v, x) = &mut clusters[a];
            *v = next_version;
            next_version += 1;
            // A country names the role better than an organisation; else the larger.
            let prefer_y = match (&x.qual, &y.qual) {
                (Some(q), Some(r)) => {
                    (r.country && !q.country)
                        || (r.country == q.country && y.members.len() > x.members.len())
                }
                _ => false,
            };
            if prefer_y {
                x.qual = y.qual;
            }
            if x.dest.is_none() {
                x.dest = y.dest;
            }
            x.members.extend(y.members);
            x.members.sort_unstable();
        }
        out.extend(clusters.into_iter().map(|(pos, _, c)| (pos, c)));
    }
    out.sort_by_key(|(pos, _)| *pos);
    out.into_iter().map(|(_, c)| c).collect()
}

/// Two clusters of one head under different qualifiers are one person's: a full name in
/// common, and every name of one fits the other's (their first mentions speak).
fn mergeable(ms: &[Mention], x: &Cluster, y: &Cluster) -> bool {
    if x.head != y.head
        || x.qual == y.qual
        || (x.dest.is_some() && y.dest.is_some() && x.dest != y.dest)
    {
        return false;
    }
    let distinct = |c: &Cluster| -> Vec<&str> {
        let mut v: Vec<&str> = Vec::new();
        for &m in c.members.iter().take(FIT_WINDOW) {
            if !v.contains(&ms[m].name.as_str()) {
                v.push(ms[m].name.as_str());
            }
        }
        v
    };
    let (xs, ys) = (distinct(x), distinct(y));
    let shares = xs
        .iter()
        .any(|p| p.contains(' ') && ys.iter().any(|q| q.contains(' ') && compatible(p, q)));
    shares && xs.iter().all(|p| ys.iter().all(|q| compatible(q, p)))
}

/// The member with the fullest name (the first of those).
fn fullest(ms: &[Mention], members: &[usize]) -> usize {
    members
        .iter()
        .copied()
        .max_by_key(|&m| (ms[m].name.split_whitespace().count(), std::cmp::Reverse(m)))
        .unwrap_or(members[0])
}

/// True when one source names two different people for the role.
fn self_contradicts(ms: &[Mention], members: &[usize]) -> bool {
    // Each source's distinct names, compared among themselves.
    let mut names: HashMap<usize, Vec<&str>> = HashMap::new();
    for &m in members {
        let v = names.entry(ms[m].reading).or_default();
        if !v.contains(&ms[m].name.as_str()) {
            v.push(ms[m].name.as_str());
        }
    }
    names.values().any(|v| {
        v.iter()
            .enumerate()
            .any(|(k, a)| v[k + 1..].iter().any(|b| !compatible(a, b)))
    })
}

/// Members split into groups of compatible names (fullest names first).
fn by_person(ms: &[Mention], members: &[usize]) -> Vec<Vec<usize>> {
    let mut order = members.to_vec();
    order.sort_by_key(|&m| (std::cmp::Reverse(ms[m].name.split_whitespace().count()), m));
    let mut parts: Vec<Vec<usize>> = Vec::new();
    for m in order {
        match parts.iter_mut().find(|p| fits_all(ms, p, &ms[m].name)) {
            Some(p) => p.push(m),
            None => parts.push(vec![m]),
        }
    }
    for p in parts.iter_mut() {
        p.sort_unstable();
    }
    parts.sort_by_key(|p| p[0]);
    parts
}

/// A readable label: "Afghan foreign minister", "Russian ambassador to Afghanistan".
fn label_of(mods: &str, head: &str, qual: Option<&Qual>, dest: Option<&Qual>) -> String {
    let mut label = String::new();
    if !mods.is_empty() {
        label.push_str(mods);
        label.push(' ');
    }
    if let Some(q) = qual {
        label.push_str(&q.label);
        label.push(' ');
    }
    label.push_str(head);
    if let Some(d) = dest {
        label.push_str(" to ");
        label.push_str(&country_name(d));
    }
    label
}

fn country_name(q: &Qual) -> String {
    if q.country {
        COUNTRIES
            .iter()
            .find(|(k, _, _)| *k == q.key)
            .map(|(_, _, forms)| {
                let f = forms[0];
                if f.len() <= 3 {
                    f.to_uppercase()
                } else {
                    f.split(' ')
                        .map(|w| {
                            let mut c = w.chars();
                            c.next()
                                .map(|f| f.to_uppercase().chain(c).collect::<String>())
                                .unwrap_or_default()
                        })
                        .collect::<Vec<_>>()
                        .join(" ")
                }
            })
            .unwrap_or_else(|| q.label.clone())
    } else {
        q.label.clone()
    }
}
