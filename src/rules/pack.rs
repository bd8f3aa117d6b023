//! The on-disk shape of a rule pack (TOML), deserialized with spans so every fault can be
//! reported at its file, line and column.

use std::collections::BTreeMap;

use serde::Deserialize;
use toml::Spanned;
use toml::de::{DeArray, DeTable, DeValue, ValueDeserializer};

use crate::claim::Kind;

/// One `rules/*.toml` file, read by [`PackFile::read`].
#[derive(Debug, Default)]
pub struct PackFile {
    /// Reusable pattern pieces: `{name}` expands one, `{name:slot}` captures it.
    pub macros: BTreeMap<String, Spanned<String>>,
    /// Lookup tables: canonical form → written variants. `{lookup_name}` in a pattern
    /// matches any variant; the normalizer `lookup_name` maps a variant to its canonical.
    pub lookups: BTreeMap<String, Spanned<BTreeMap<String, Vec<String>>>>,
    pub rule: Vec<RuleDef>,
}

/// One `[[rule]]`.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RuleDef {
    /// The rule's id, unique across all packs.
    pub id: Spanned<String>,
    /// The fact id its claims carry; `{slot}` inserts a normalized slot (`{group}-delisting`),
    /// `@lead` the article's lead event. Defaults to the id.
    #[serde(default)]
    pub fact: Option<String>,
    /// A readable label; `{slot}` inserts the slot as written.
    pub label: String,
    pub kind: Kind,
    /// Patterns over sentences (mentions masked, see [`super`]); each must capture the
    /// value slot.
    pub patterns: Vec<Spanned<String>>,
    /// Which slot holds the value (default `value`).
    #[serde(default)]
    pub value: Option<String>,
    /// Normalizers of the other slots: `entity`, `person`, `surname`, `text`, or a lookup.
    #[serde(default)]
    pub slots: BTreeMap<String, String>,
    /// True when the fact is a running tally of an ongoing event (a death toll): sources
    /// that report it at different moments are partial, not in conflict.
    #[serde(default)]
    pub tally: bool,
    /// True when this rule's fact can be an article's lead event (for `@lead` rules).
    #[serde(default)]
    pub lead: bool,
    /// Patterns that show an article is about this fact without stating its value (a lead
    /// sentence with no date); only used for `lead` rules.
    #[serde(default)]
    pub context: Vec<Spanned<String>>,
    /// Sentences the rule must read, with the slot values it must give.
    #[serde(default)]
    pub examples: Vec<Spanned<Example>>,
    /// Sentences the rule must not read.
    #[serde(default)]
    pub reject: Vec<Spanned<String>>,
    /// Set when the rule had a fault of shape (a missing, unknown or mistyped key): it
    /// is checked further but never compiled into the set.
    #[serde(skip)]
    pub broken: bool,
}

/// A rule example: a text, the publication date it is read against, and the expected
/// normalized slots (`value` or the value slot's name for the value; `fact` for the id).
#[derive(Debug, Deserialize, Clone)]
#[serde(deny_unknown_fields)]
pub struct Example {
    pub text: String,
    #[serde(default)]
    pub published: Option<String>,
    pub expect: BTreeMap<String, String>,
}

/// A fault found while reading a pack: the byte offset it is at and what is wrong.
#[derive(Debug)]
pub(super) struct Fault {
    pub at: usize,
    pub message: String,
}

/// The keys a `[[rule]]` must have, each with a stand-in used after its fault is reported
/// so the rest of the rule can still be read (and its own faults found).
const REQUIRED: &[&str] = &["id", "label", "kind", "patterns"];

fn stand_in(key: &str) -> Option<DeValue<'static>> {
    Some(match key {
        "id" | "label" => DeValue::String("".into()),
        "kind" => DeValue::String("date".into()),
        "patterns" => DeValue::Array(DeArray::new()),
        _ => return None,
    })
}

impl PackFile {
    /// Reads a pack. A TOML syntax error ends the reading (the parser stops there); after
    /// that every macro, lookup and `[[rule]]` is read on its own, so one fault hides no
    /// other: unknown keys, missing keys and wrong types are all returned. A rule with
    /// such a fault is kept, marked `broken`, so its patterns can still be checked.
    pub(super) fn read(text: &str) -> Result<(PackFile, Vec<Fault>), toml::de::Error> {
        let root = DeTable::parse(text)?;
        let mut pack = PackFile::default();
        let mut faults = Vec::new();
        for (key, value) in root.into_inner() {
            let at = value.span().start;
            match key.get_ref().as_ref() {
                "macros" => {
                    for (name, body) in entries(value, "macros", &mut faults) {
                        if let Some(b) = read_value(body, &format!("macro '{name}'"), &mut faults) {
                            pack.macros.insert(name, b);
                        }
                    }
                }
                "lookups" => {
                    for (name, table) in entries(value, "lookups", &mut faults) {
                        if let Some(t) = read_value(table, &format!("lookup '{name}'"), &mut faults)
                        {
                            pack.lookups.insert(name, t);
                        }
                    }
                }
                "rule" => match value.into_inner() {
                    DeValue::Array(items) => {
                        for item in items {
                            if let Some(def) = read_rule(item, &mut faults) {
                                pack.rule.push(def);
                            }
                        }
                    }
                    _ => faults.push(Fault {
                        at,
                        message: "`rule` must be written [[rule]] (an array of tables)".into(),
                    }),
                },
                other => faults.push(Fault {
                    at: key.span().start,
                    message: format!(
                        "unknown key `{other}`, expected `macros`, `lookups` or `rule`"
                    ),
                }),
            }
        }
        Ok((pack, faults))
    }
}

/// The entries of a table-valued top-level key (`[macros]`, `[lookups]`).
fn entries<'i>(
    value: Spanned<DeValue<'i>>,
    key: &str,
    faults: &mut Vec<Fault>,
) -> Vec<(String, Spanned<DeValue<'i>>)> {
    let at = value.span().start;
    match value.into_inner() {
        DeValue::Table(t) => t
            .into_iter()
            .map(|(k, v)| (k.into_inner().into_owned(), v))
            .collect(),
        _ => {
            faults.push(Fault {
                at,
                message: format!("`{key}` must be a table"),
            });
            Vec::new()
        }
    }
}

fn read_value<'de, T: Deserialize<'de>>(
    value: Spanned<DeValue<'de>>,
    what: &str,
    faults: &mut Vec<Fault>,
) -> Option<T> {
    let at = value.span().start;
    T::deserialize(ValueDeserializer::from(value))
        .map_err(|e| faults.push(fault(&e, at, what)))
        .ok()
}

fn fault(e: &toml::de::Error, at: usize, what: &str) -> Fault {
    Fault {
        at: e.span().map_or(at, |s| s.start),
        message: format!("{what}: {}", e.message().trim()),
    }
}

/// Reads one `[[rule]]`: each fault is reported and the key at fault dropped (or, when
/// required, given a stand-in) until the rest reads.
fn read_rule(item: Spanned<DeValue<'_>>, faults: &mut Vec<Fault>) -> Option<RuleDef> {
    let span = item.span();
    let DeValue::Table(mut table) = item.into_inner() else {
        faults.push(Fault {
            at: span.start,
            message: "a [[rule]] must be a table".into(),
        });
        return None;
    };
    let what = match table.get("id").and_then(|v| v.get_ref().as_str()) {
        Some(id) => format!("rule '{id}'"),
        None => "rule".to_string(),
    };
    let mut broken = false;
    for key in REQUIRED {
        if table.get(*key).is_none() {
            faults.push(Fault {
                at: span.start,
                message: format!("{what}: missing key `{key}`"),
            });
            let value = stand_in(key).expect("a required key has a stand-in");
            table.insert(
                Spanned::new(span.clone(), (*key).into()),
                Spanned::new(span.clone(), value),
            );
            broken = true;
        }
    }
    // Each pass drops or replaces one key, so this ends.
    for _ in 0..=table.len() {
        let value = Spanned::new(span.clone(), DeValue::Table(table.clone()));
        let e = match RuleDef::deserialize(ValueDeserializer::from(value)) {
            Ok(mut def) => {
                def.broken = broken;
                return Some(def);
            }
            Err(e) => e,
        };
        broken = true;
        let mut f = fault(&e, span.start, &what);
        let at = f.at;
        let culprit = table
            .iter()
            .find(|(k, v)| k.span().contains(&at) || v.span().contains(&at))
            .map(|(k, v)| (k.clone(), v.span()));
        let Some((key, value_span)) = culprit else {
            faults.push(f);
            return None;
        };
        if value_span.contains(&at) {
            // A value of the wrong type: say whose.
            f.message = format!("{what}: `{}`: {}", key.get_ref(), e.message().trim());
        }
        faults.push(f);
        table.remove(key.get_ref().as_ref());
        if let Some(value) = stand_in(key.get_ref()) {
            table.insert(key, Spanned::new(value_span, value));
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    fn faults(text: &str) -> Vec<(usize, String)> {
        let (_, faults) = PackFile::read(text).unwrap();
        faults
            .into_iter()
            .map(|f| (super::super::line_col(text, f.at).0, f.message))
            .collect()
    }

    #[test]
    fn one_bad_rule_hides_no_other_fault() {
        let text = "[[rule]]\nid = \"a\"\nlabel = \"A\"\nkind = \"date\"\ncolour = 1\nshade = 2\npatterns = ['x']\n\n[[rule]]\nid = \"b\"\nkind = 5\npatterns = ['y']\n";
        let got = faults(text);
        let lines: Vec<usize> = got.iter().map(|(l, _)| *l).collect();
        assert_eq!(lines, [5, 6, 9, 11], "{got:?}");
        assert!(
            got[0].1.contains("rule 'a'") && got[0].1.contains("colour"),
            "{got:?}"
        );
        assert!(got[1].1.contains("shade"), "{got:?}");
        assert!(
            got[2].1.contains("rule 'b': missing key `label`"),
            "{got:?}"
        );
        assert!(got[3].1.contains("`kind`"), "{got:?}");
    }

    #[test]
    fn broken_rules_are_kept_marked_and_good_ones_read() {
        let text = "[[rule]]\nid = \"a\"\nlabel = \"A\"\nkind = \"date\"\npatterns = ['x']\n[[rule]]\nid = \"b\"\npatterns = ['y']\n";
        let (pack, faults) = PackFile::read(text).unwrap();
        assert_eq!(faults.len(), 2, "{faults:?}");
        assert_eq!(pack.rule.len(), 2);
        assert!(!pack.rule[0].broken);
        assert!(pack.rule[1].broken);
        assert_eq!(pack.rule[1].patterns[0].get_ref(), "y");
    }

    #[test]
    fn top_level_faults_are_each_reported() {
        let mut got = faults("bogus = 1\n[macros]\ngood = 'x'\nbad = 3\n[lookups]\nl = 4\n");
        got.sort();
        let lines: Vec<usize> = got.iter().map(|(l, _)| *l).collect();
        assert_eq!(lines, [1, 4, 6], "{got:?}");
        assert!(got[1].1.starts_with("macro 'bad'"), "{got:?}");
        assert!(got[2].1.starts_with("lookup 'l'"), "{got:?}");
    }

    #[test]
    fn a_syntax_error_ends_the_file() {
        assert!(PackFile::read("[[rule]\nid = 1\n").is_err());
    }
}
