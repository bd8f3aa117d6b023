//! The on-disk shape of a rule pack (TOML), deserialized with spans so every fault can be
//! reported at its file, line and column.

use std::collections::BTreeMap;

use serde::Deserialize;
use toml::Spanned;

use crate::claim::Kind;

/// One `rules/*.toml` file.
#[derive(Debug, Deserialize, Default)]
#[serde(deny_unknown_fields)]
pub struct PackFile {
    /// Reusable pattern pieces: `{name}` expands one, `{name:slot}` captures it.
    #[serde(default)]
    pub macros: BTreeMap<String, Spanned<String>>,
    /// Lookup tables: canonical form → written variants. `{lookup_name}` in a pattern
    /// matches any variant; the normalizer `lookup_name` maps a variant to its canonical.
    #[serde(default)]
    pub lookups: BTreeMap<String, Spanned<BTreeMap<String, Vec<String>>>>,
    #[serde(default)]
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
