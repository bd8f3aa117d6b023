//! Rule packs: declarative TOML rules that turn sentences and their mentions into claims.
//!
//! A pack (`rules/*.toml`) holds `[macros]`, `[lookups.*]` and `[[rule]]`s. Before a
//! sentence is matched, every recognized time expression and number in it is masked by a
//! token, so a rule writes `{date:when}` or `{amount:sum}` and never re-describes what a
//! date or an amount looks like; what the token stands for is normalized by
//! [`crate::time`] and [`crate::numbers`]. Built-in token macros: `date`, `interval`,
//! `duration`, `time` (any of the three), `amount`, `count`, `percent`, `number` (any of
//! the three). Qualifier words (`nearly`, `as early as`) stay visible before the token.
//!
//! All patterns of all packs compile once into one [`RegexSet`]: a sentence is scanned
//! once for every rule, and only the rules that match are run for their captures.

pub mod check;
mod gate;
pub mod lint;
pub mod norm;
mod pack;

use std::collections::{BTreeMap, HashMap, HashSet};
use std::path::Path;

use regex::bytes::{Regex, RegexBuilder};

use crate::claim::Kind;
use crate::error::Error;
pub use pack::Example;
use pack::PackFile;

include!(concat!(env!("OUT_DIR"), "/builtin_rules.rs"));

/// Marks a masked mention in a sentence: `MASK_OPEN`, a kind letter, an index, `MASK_CLOSE`.
pub const MASK_OPEN: char = '\u{E000}';
/// See [`MASK_OPEN`].
pub const MASK_CLOSE: char = '\u{E001}';

/// The built-in macros that match masked mentions, by name, with their kind letters.
const TOKEN_MACROS: &[(&str, &str)] = &[
    ("date", "D"),
    ("interval", "I"),
    ("duration", "U"),
    ("time", "DIU"),
    ("amount", "A"),
    ("count", "N"),
    ("percent", "P"),
    ("number", "ANP"),
    ("clock", "T"),
    ("measure", "M"),
];

/// Compiled size allowed per pattern; word classes are Unicode-aware and large.
const SIZE_LIMIT: usize = 64 << 20;

/// How a slot's captured words become a value.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Norm {
    /// The masked mention the slot captured (time or number), normalized by its recognizer.
    Mention,
    /// A name of an organisation, country or group, as a slug; aliases from the `aliases`
    /// lookup (`Soviet Union` → `soviet`).
    Entity,
    /// A person's name with titles and roles taken off; empty when no name is given.
    Person,
    /// The last word of a person's name, as a slug (`Vladimir Putin` → `putin`).
    Surname,
    /// The words as written, whitespace folded.
    Text,
    /// A lookup table: a written variant → its canonical form.
    Lookup(String),
}

impl Norm {
    fn parse(name: &str, lookups: &HashMap<String, Lookup>) -> Option<Norm> {
        Some(match name {
            "mention" => Norm::Mention,
            "entity" => Norm::Entity,
            "person" => Norm::Person,
            "surname" => Norm::Surname,
            "text" => Norm::Text,
            other if lookups.contains_key(other) => Norm::Lookup(other.to_string()),
            _ => return None,
        })
    }
}

/// A lookup table: written variant (lower case) → canonical form.
#[derive(Debug, Clone, Default)]
pub struct Lookup {
    pub map: HashMap<String, String>,
    /// Every variant, longest first, for the pattern alternation.
    variants: Vec<String>,
}

impl Lookup {
    /// The canonical form of a written variant, case-insensitively.
    pub fn get(&self, written: &str) -> Option<&str> {
        self.map.get(&written.to_lowercase()).map(String::as_str)
    }
}

/// Where in which pack something was written.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Origin {
    pub file: String,
    pub line: usize,
    pub column: usize,
}

impl std::fmt::Display for Origin {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}:{}:{}", self.file, self.line, self.column)
    }
}

/// A compiled rule.
#[derive(Debug, Clone)]
pub struct Rule {
    pub id: String,
    /// Fact id template (`{group}-delisting`, `@lead`, or a plain id).
    pub fact: String,
    pub label: String,
    pub kind: Kind,
    /// The slot that holds the value.
    pub value_slot: String,
    /// Normalizers of the slots other than the value.
    pub slots: BTreeMap<String, Norm>,
    pub lead: bool,
    /// A running tally (see [`Claim::tally`](crate::claim::Claim)).
    pub tally: bool,
    pub origin: Origin,
    pub examples: Vec<(Example, Origin)>,
    pub reject: Vec<(String, Origin)>,
}

/// One compiled pattern: which rule it belongs to and whether it only marks context.
#[derive(Debug)]
pub(crate) struct Pattern {
    pub rule: usize,
    pub regex: Regex,
    pub context: bool,
}

/// Every rule of every pack, compiled once.
#[derive(Debug)]
pub struct RuleSet {
    pub rules: Vec<Rule>,
    pub(crate) patterns: Vec<Pattern>,
    pub(crate) set: Prefilter,
    pub lookups: HashMap<String, Lookup>,
    /// The synonym table as generic claims use it (stemmed), built once on first use.
    pub(crate) synonyms: std::sync::OnceLock<crate::auto::words::Synonyms>,
    /// The packs read, in order.
    pub files: Vec<String>,
}

impl RuleSet {
    /// The built-in packs, then every `*.toml` of each extra folder, in name order.
    pub fn load(extra_dirs: &[impl AsRef<Path>]) -> Result<RuleSet, Error> {
        let mut sources: Vec<(String, String)> = BUILTIN
            .iter()
            .map(|(n, t)| (n.to_string(), t.to_string()))
            .collect();
        for dir in extra_dirs {
            sources.extend(read_dir_packs(dir.as_ref())?);
        }
        RuleSet::from_sources(&sources)
    }

    /// Only the packs of these folders (no built-in packs): for `rules lint --rules DIR`.
    pub fn load_only(dirs: &[impl AsRef<Path>]) -> Result<RuleSet, Error> {
        let mut sources = Vec::new();
        for dir in dirs {
            sources.extend(read_dir_packs(dir.as_ref())?);
        }
        RuleSet::from_sources(&sources)
    }

    /// Compiles packs given as (file name, contents), in order.
    pub fn from_sources(sources: &[(String, String)]) -> Result<RuleSet, Error> {
        let (set, mut faults) = RuleSet::checked(&[], sources);
        match faults.is_empty() {
            true => Ok(set),
            false => Err(faults.remove(0)),
        }
    }

    /// Compiles `packs` after the `library` packs, whose macros and lookups they may use
    /// but whose rules are left out, and returns every fault found on the way (each
    /// `file:line:column: message`) with the rules that compiled: what
    /// `rules lint` reports in one run.
    pub fn checked(
        library: &[(String, String)],
        packs: &[(String, String)],
    ) -> (RuleSet, Vec<Error>) {
        let mut faults = Vec::new();
        let mut parsed = Vec::new();
        for (i, (file, text)) in library.iter().chain(packs).enumerate() {
            let ctx = Ctx { file, text };
            match PackFile::read(text) {
                Ok((mut pack, read_faults)) => {
                    faults.extend(read_faults.into_iter().map(|f| ctx.err(f.at, f.message)));
                    if i < library.len() {
                        pack.rule.clear();
                    }
                    parsed.push((file.as_str(), text.as_str(), pack, i < library.len()));
                }
                Err(e) => faults.push(ctx.err(
                    e.span().map_or(0, |s| s.start),
                    format!("bad TOML: {}", e.message().trim()),
                )),
            }
        }
        let set = compile(&parsed, &mut faults);
        lint::sort(&mut faults);
        (set, faults)
    }

    /// `rules lint --rules DIR`: the packs of these folders, checked against the
    /// built-in macros and lookups (a built-in pack of the same file name is replaced by
    /// the folder's, so an unchanged copy of a built-in pack lints clean).
    pub fn lint_dirs(dirs: &[impl AsRef<Path>]) -> Result<(RuleSet, Vec<Error>), Error> {
        let mut packs = Vec::new();
        for dir in dirs {
            packs.extend(read_dir_packs(dir.as_ref())?);
        }
        let name = |f: &str| {
            Path::new(f)
                .file_name()
                .map(|n| n.to_string_lossy().into_owned())
                .unwrap_or_default()
        };
        let shadowed: HashSet<String> = packs.iter().map(|(f, _)| name(f)).collect();
        let library: Vec<(String, String)> = BUILTIN
            .iter()
            .filter(|(n, _)| !shadowed.contains(&name(n)))
            .map(|(n, t)| (n.to_string(), t.to_string()))
            .collect();
        let (mut set, faults) = RuleSet::checked(&library, &packs);
        set.files.retain(|f| packs.iter().any(|(p, _)| p == f));
        Ok((set, faults))
    }
}

fn read_dir_packs(dir: &Path) -> Result<Vec<(String, String)>, Error> {
    let rd = std::fs::read_dir(dir).map_err(|e| Error::io(dir, e))?;
    let mut files: Vec<_> = rd
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "toml"))
        .collect();
    files.sort();
    if files.is_empty() {
        return Err(Error::Input(format!(
            "{}: no rule packs (*.toml) in this folder",
            dir.display()
        )));
    }
    files
        .into_iter()
        .map(|p| {
            let text = std::fs::read_to_string(&p).map_err(|e| Error::io(&p, e))?;
            Ok((p.display().to_string(), text))
        })
        .collect()
}

/// A message of several lines (a regex error with its caret) on one line.
fn one_line(message: &str) -> String {
    message
        .lines()
        .map(str::trim)
        .filter(|l| !l.is_empty() && !l.chars().all(|c| c == '^' || c == ' '))
        .collect::<Vec<_>>()
        .join(": ")
}

/// 1-based line and column (in characters) of a byte offset.
pub(crate) fn line_col(text: &str, byte: usize) -> (usize, usize) {
    let byte = byte.min(text.len());
    let before = &text[..byte];
    let line = before.matches('\n').count() + 1;
    let col = before.rsplit('\n').next().map_or(0, |l| l.chars().count()) + 1;
    (line, col)
}

struct Ctx<'a> {
    file: &'a str,
    text: &'a str,
}

impl Ctx<'_> {
    fn origin(&self, byte: usize) -> Origin {
        let (line, column) = line_col(self.text, byte);
        Origin {
            file: self.file.to_string(),
            line,
            column,
        }
    }

    fn err(&self, byte: usize, message: impl Into<String>) -> Error {
        let o = self.origin(byte);
        Error::Rules {
            file: o.file,
            line: o.line,
            column: o.column,
            message: message.into(),
        }
    }
}

fn compile(packs: &[(&str, &str, PackFile, bool)], faults: &mut Vec<Error>) -> RuleSet {
    // Macros and lookups are shared by all packs: a later pack may use an earlier one's.
    let mut macros: HashMap<String, (String, usize, usize)> = HashMap::new(); // name → (source, pack, span start)
    let mut lookups: HashMap<String, Lookup> = HashMap::new();
    for (pi, (file, text, pack, _)) in packs.iter().enumerate() {
        let ctx = Ctx { file, text };
        for (name, body) in &pack.macros {
            if TOKEN_MACROS.iter().any(|(n, _)| n == name) {
                faults.push(ctx.err(body.span().start, format!("macro '{name}' is built in")));
                continue;
            }
            if macros.contains_key(name) || lookups.contains_key(name) {
                faults.push(ctx.err(
                    body.span().start,
                    format!("macro '{name}' is defined twice"),
                ));
                continue;
            }
            macros.insert(
                name.clone(),
                (body.get_ref().clone(), pi, body.span().start),
            );
        }
        for (name, table) in &pack.lookups {
            if macros.contains_key(name) || lookups.contains_key(name) {
                faults.push(ctx.err(
                    table.span().start,
                    format!("lookup '{name}' is defined twice"),
                ));
                continue;
            }
            let mut lookup = Lookup::default();
            for (canonical, variants) in table.get_ref() {
                for v in variants.iter().chain(std::iter::once(canonical)) {
                    lookup.map.insert(v.to_lowercase(), canonical.clone());
                    lookup.variants.push(v.clone());
                }
            }
            lookup
                .variants
                .sort_by(|a, b| b.len().cmp(&a.len()).then(a.cmp(b)));
            lookup.variants.dedup();
            lookups.insert(name.clone(), lookup);
        }
    }

    let mut rules = Vec::new();
    let mut patterns = Vec::new();
    let mut ids: HashSet<String> = HashSet::new();
    let mut files = Vec::new();
    for (file, text, pack, library) in packs {
        if !library {
            files.push(file.to_string());
        }
        let ctx = Ctx { file, text };
        for def in &pack.rule {
            let id = def.id.get_ref().clone();
            let at = def.id.span().start;
            let before = faults.len();
            let stand_in_id = def.broken && id.is_empty();
            if !stand_in_id && !ids.insert(id.clone()) {
                faults.push(ctx.err(at, format!("rule '{id}': duplicate id")));
                continue;
            }
            if def.patterns.is_empty() && !def.broken {
                faults.push(ctx.err(at, format!("rule '{id}': no patterns")));
            }
            let value_slot = def.value.clone().unwrap_or_else(|| "value".into());
            let mut slots = BTreeMap::new();
            for (slot, norm) in &def.slots {
                match Norm::parse(norm, &lookups) {
                    Some(n) => {
                        slots.insert(slot.clone(), n);
                    }
                    None => faults.push(ctx.err(
                        at,
                        format!(
                            "rule '{id}': slot '{slot}': unknown normalizer '{norm}' (entity, person, surname, text, mention, or a lookup name)"
                        ),
                    )),
                }
            }
            let fact = def.fact.clone().unwrap_or_else(|| id.clone());
            for name in template_slots(&fact).chain(template_slots(&def.label)) {
                if name != value_slot && !slots.contains_key(name) && !def.slots.contains_key(name)
                {
                    faults.push(ctx.err(
                        at,
                        format!("rule '{id}': template names slot '{name}', which has no normalizer in `slots`"),
                    ));
                }
            }
            let rule_index = rules.len();
            let mut own = Vec::new();
            for (context, list) in [(false, &def.patterns), (true, &def.context)] {
                for p in list {
                    let source = match expand(p.get_ref(), &macros, &lookups, 0) {
                        Ok(s) => compact_classes(&s),
                        Err(m) => {
                            faults.push(ctx.err(p.span().start, format!("rule '{id}': {m}")));
                            continue;
                        }
                    };
                    let regex = match RegexBuilder::new(&source).size_limit(SIZE_LIMIT).build() {
                        Ok(r) => r,
                        Err(e) => {
                            faults.push(ctx.err(
                                p.span().start,
                                format!("rule '{id}': bad pattern: {}", one_line(&e.to_string())),
                            ));
                            continue;
                        }
                    };
                    let names: Vec<&str> = regex.capture_names().flatten().collect();
                    if !context && !names.contains(&value_slot.as_str()) {
                        faults.push(ctx.err(
                            p.span().start,
                            format!("rule '{id}': pattern does not capture the value slot '{value_slot}' (write {{date:{value_slot}}} or similar)"),
                        ));
                    }
                    for n in &names {
                        if *n != value_slot && !def.slots.contains_key(*n) {
                            faults.push(ctx.err(
                                p.span().start,
                                format!("rule '{id}': pattern captures slot '{n}', which has no normalizer in `slots`"),
                            ));
                        }
                    }
                    own.push(Pattern {
                        rule: rule_index,
                        regex,
                        context,
                    });
                }
            }
            if faults.len() > before || def.broken {
                // A rule with a fault is left out; its faults are all reported.
                continue;
            }
            patterns.extend(own);
            let examples = def
                .examples
                .iter()
                .map(|e| (e.get_ref().clone(), ctx.origin(e.span().start)))
                .collect();
            let reject = def
                .reject
                .iter()
                .map(|r| (r.get_ref().clone(), ctx.origin(r.span().start)))
                .collect();
            rules.push(Rule {
                id,
                fact,
                label: def.label.clone(),
                kind: def.kind,
                value_slot,
                slots,
                lead: def.lead,
                tally: def.tally,
                origin: ctx.origin(at),
                examples,
                reject,
            });
        }
    }
    let set = Prefilter::new(&rules, &patterns);
    RuleSet {
        rules,
        patterns,
        set,
        lookups,
        synonyms: std::sync::OnceLock::new(),
        files,
    }
}

/// Rewrites classes that make automata large or slow, without changing what a pattern
/// means for news text: `\b` becomes the ASCII word boundary `(?-u:\b)` (a Unicode
/// boundary stops the fast DFA on the first non-ASCII byte, and every masked sentence has
/// some); `\w` becomes ASCII word characters plus every non-ASCII character (so "Cárdenas"
/// is still a word, and the class compiles to a few byte ranges instead of hundreds);
/// `\d` becomes `[0-9]`.
fn compact_classes(pattern: &str) -> String {
    const WORD: &str = r"0-9A-Za-z_\x{80}-\x{10FFFF}";
    let mut out = String::with_capacity(pattern.len() + 32);
    let mut chars = pattern.chars().peekable();
    let mut in_class = false;
    while let Some(c) = chars.next() {
        match c {
            '\\' => match chars.next() {
                Some('b') if !in_class => out.push_str(r"(?-u:\b)"),
                Some('B') if !in_class => out.push_str(r"(?-u:\B)"),
                Some('w') if in_class => out.push_str(WORD),
                Some('w') => {
                    out.push('[');
                    out.push_str(WORD);
                    out.push(']');
                }
                Some('d') if in_class => out.push_str("0-9"),
                Some('d') => out.push_str("[0-9]"),
                Some(n) => {
                    out.push('\\');
                    out.push(n);
                }
                None => out.push('\\'),
            },
            '[' if !in_class => {
                in_class = true;
                out.push(c);
                // A leading ^ or ] belongs to the class.
                if chars.peek() == Some(&'^') {
                    out.push(chars.next().unwrap());
                }
                if chars.peek() == Some(&']') {
                    out.push(chars.next().unwrap());
                }
            }
            ']' if in_class => {
                in_class = false;
                out.push(c);
            }
            _ => out.push(c),
        }
    }
    out
}

/// Which patterns may match a sentence.
///
/// Patterns are grouped by the mention their value needs (a count rule needs a count in
/// the sentence), and each has a gate of required words (see [`gate`]): a sentence is
/// only searched by the patterns whose mention and words it has. The pattern itself then
/// searches and captures; a second, looser automaton before it (a set of relaxed
/// patterns, tried before) cost more than it saved once the gates were there.
#[derive(Debug)]
pub(crate) struct Prefilter {
    /// Required words of every pattern, checked in one pass.
    gates: gate::Gates,
    /// Per mention letter the patterns need (or none): those patterns.
    groups: Vec<(Option<char>, Vec<usize>)>,
}

impl Prefilter {
    fn new(rules: &[Rule], patterns: &[Pattern]) -> Prefilter {
        let gates = gate::Gates::new(patterns.iter().map(|p| p.regex.as_str()));
        let mut groups: Vec<(Option<char>, Vec<usize>)> = Vec::new();
        for (i, p) in patterns.iter().enumerate() {
            let need = if p.context {
                None
            } else {
                mention_letter(rules[p.rule].kind)
            };
            match groups.iter_mut().find(|(n, _)| *n == need) {
                Some((_, v)) => v.push(i),
                None => groups.push((need, vec![i])),
            }
        }
        Prefilter { gates, groups }
    }

    /// Indices of the patterns that may match a masked sentence whose mentions have the
    /// kind letters `present`, in order: those whose mentions and required words are there.
    pub(crate) fn candidates(&self, text: &[u8], present: &[char]) -> Vec<usize> {
        let needed = |need: &Option<char>| need.is_none_or(|n| present.contains(&n));
        let mut out = Vec::new();
        if !self.groups.iter().any(|(need, _)| needed(need)) {
            return out;
        }
        let words = self.gates.present(text);
        for (need, members) in &self.groups {
            if needed(need) {
                out.extend(members.iter().filter(|&&i| self.gates.open(i, &words)));
            }
        }
        out.sort_unstable();
        out
    }
}

/// The mention letter a value of this kind is read from (see [`MASK_OPEN`]), if any.
fn mention_letter(kind: Kind) -> Option<char> {
    Some(match kind {
        Kind::Date => 'D',
        Kind::Interval => 'I',
        Kind::Duration => 'U',
        Kind::Amount => 'A',
        Kind::Count => 'N',
        Kind::Percent => 'P',
        Kind::Measure => 'M',
        Kind::Time => 'T',
        Kind::Person | Kind::Place | Kind::Quote => return None,
    })
}

/// The `{slot}` names of a fact or label template.
pub(crate) fn template_slots(template: &str) -> impl Iterator<Item = &str> {
    template
        .split('{')
        .skip(1)
        .filter_map(|s| s.split_once('}').map(|(name, _)| name))
}

/// Expands `{name}` and `{name:slot}` in a pattern. `{` followed by a digit or comma is a
/// regex repetition and is left alone, as is an escaped `\{`.
fn expand(
    pattern: &str,
    macros: &HashMap<String, (String, usize, usize)>,
    lookups: &HashMap<String, Lookup>,
    depth: usize,
) -> Result<String, String> {
    if depth > 16 {
        return Err("macros nest too deep (a macro that uses itself?)".into());
    }
    let mut out = String::with_capacity(pattern.len() * 2);
    let mut rest = pattern;
    while let Some(i) = rest.find('{') {
        let escaped = rest[..i].ends_with('\\') && !rest[..i].ends_with("\\\\");
        out.push_str(&rest[..i]);
        let after = &rest[i + 1..];
        let is_macro = !escaped
            && after
                .chars()
                .next()
                .is_some_and(|c| c.is_ascii_alphabetic() || c == '_');
        if !is_macro {
            out.push('{');
            rest = after;
            continue;
        }
        let Some(close) = after.find('}') else {
            return Err(format!("unclosed '{{' in pattern: {pattern}"));
        };
        let inner = &after[..close];
        let (name, slot) = match inner.split_once(':') {
            Some((n, s)) => (n, Some(s)),
            None => (inner, None),
        };
        if !name.chars().all(|c| c.is_ascii_alphanumeric() || c == '_') {
            return Err(format!("'{{{inner}}}' is not a macro name"));
        }
        let body = if let Some((_, letters)) = TOKEN_MACROS.iter().find(|(n, _)| *n == name) {
            format!("{MASK_OPEN}[{letters}][0-9]+{MASK_CLOSE}")
        } else if let Some((src, _, _)) = macros.get(name) {
            expand(src, macros, lookups, depth + 1)?
        } else if let Some(lookup) = lookups.get(name) {
            let alts: Vec<String> = lookup.variants.iter().map(|v| regex::escape(v)).collect();
            alts.join("|")
        } else {
            return Err(format!("unknown macro '{{{name}}}'"));
        };
        match slot {
            Some(s) => {
                if s.is_empty() || !s.chars().all(|c| c.is_ascii_alphanumeric() || c == '_') {
                    return Err(format!("'{{{inner}}}': bad slot name '{s}'"));
                }
                out.push_str(&format!("(?P<{s}>{body})"));
            }
            None => out.push_str(&format!("(?:{body})")),
        }
        rest = &after[close + 1..];
    }
    out.push_str(rest);
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn set(toml: &str) -> Result<RuleSet, Error> {
        RuleSet::from_sources(&[("t.toml".into(), toml.into())])
    }

    #[test]
    fn macros_expand_and_capture() {
        let rs = set(r#"
[macros]
verb = 'remov(?:ed|es)'
[[rule]]
id = "x"
label = "x"
kind = "date"
patterns = ['{verb}.{0,20}{date:value}']
"#)
        .unwrap();
        let src = rs.patterns[0].regex.as_str();
        assert!(src.contains("(?:remov(?:ed|es))"), "{src}");
        assert!(
            src.contains("(?P<value>\u{E000}[D][0-9]+\u{E001})"),
            "{src}"
        );
        assert!(src.contains(".{0,20}"), "{src}");
    }

    fn fault(toml: &str) -> (usize, usize, String) {
        match set(toml) {
            Err(Error::Rules {
                line,
                column,
                message,
                ..
            }) => (line, column, message),
            other => panic!("expected a rules error, got {other:?}"),
        }
    }

    #[test]
    fn faults_name_line_and_column() {
        let (l, _, m) = fault(
            "[[rule]]\nid = \"x\"\nlabel = \"x\"\nkind = \"date\"\npatterns = ['{date:value}']\nbogus = 1\n",
        );
        assert_eq!(l, 6, "{m}");
        assert!(m.contains("bogus"), "{m}");

        let (l, c, m) = fault(
            "[[rule]]\nid = \"x\"\nlabel = \"x\"\nkind = \"date\"\npatterns = ['(unclosed {date:value}']\n",
        );
        assert_eq!((l, c), (5, 13), "{m}");
        assert!(m.contains("bad pattern"), "{m}");

        let (l, _, m) = fault(
            "[[rule]]\nid = \"x\"\nlabel = \"x\"\nkind = \"date\"\npatterns = ['{nosuch} {date:value}']\n",
        );
        assert_eq!(l, 5);
        assert!(m.contains("unknown macro '{nosuch}'"), "{m}");

        let (l, _, m) = fault(
            "[[rule]]\nid = \"x\"\nlabel = \"x\"\nkind = \"date\"\npatterns = ['{date:value}']\n[[rule]]\nid = \"x\"\nlabel = \"y\"\nkind = \"date\"\npatterns = ['{date:value}']\n",
        );
        assert_eq!(l, 7);
        assert!(m.contains("duplicate id"), "{m}");

        let (l, _, m) = fault("[[rule]\nid = 1\n");
        assert_eq!(l, 1, "{m}");

        let (_, _, m) = fault(
            "[[rule]]\nid = \"x\"\nlabel = \"x\"\nkind = \"date\"\npatterns = ['{date:when}']\n",
        );
        assert!(m.contains("value slot"), "{m}");

        let (_, _, m) = fault(
            "[[rule]]\nid = \"x\"\nlabel = \"x\"\nkind = \"weather\"\npatterns = ['{date:value}']\n",
        );
        assert!(m.contains("weather"), "{m}");
    }

    #[test]
    fn classes_are_compacted_without_changing_meaning() {
        assert_eq!(
            compact_classes(r"\bx\w+[\w’-]\d"),
            r"(?-u:\b)x[0-9A-Za-z_\x{80}-\x{10FFFF}]+[0-9A-Za-z_\x{80}-\x{10FFFF}’-][0-9]"
        );
        assert_eq!(compact_classes(r"\\b[^\]b]\.\s"), r"\\b[^\]b]\.\s");
        let re = Regex::new(&compact_classes(r"\b\w+\b")).unwrap();
        let m = re.find("— Cárdenas said".as_bytes()).unwrap();
        assert_eq!(&"— Cárdenas said"[m.start()..m.end()], "Cárdenas");
    }

    #[test]
    fn repetition_braces_are_not_macros() {
        let out = expand(r"a{2,3}b{0,9}\{x}", &HashMap::new(), &HashMap::new(), 0).unwrap();
        assert_eq!(out, r"a{2,3}b{0,9}\{x}");
    }
}
