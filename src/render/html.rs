//! HTML: a story's report as one self-contained page (inline CSS and SVG, no script, no
//! request of any kind), and an index page of several stories.
//!
//! The templates are files in `templates/`, embedded at build time and rendered with
//! minijinja, whose auto-escaping for `.html` templates escapes every piece of article
//! text (in HTML and in SVG alike). The view model ([`super::html_view`]) computes every
//! position and word; the templates only lay them out.

use std::sync::LazyLock;

use minijinja::syntax::SyntaxConfig;
use minijinja::value::Serde;
use minijinja::{Environment, UndefinedBehavior};
use serde::Serialize;

use crate::error::Error;
use crate::reconcile::Report;

use super::html_view::{self, web_href};

/// The templates, embedded so the binary needs no file beside it.
const TEMPLATES: [(&str, &str); 3] = [
    ("style.css", include_str!("../../templates/style.css")),
    ("report.html", include_str!("../../templates/report.html")),
    ("index.html", include_str!("../../templates/index.html")),
];

static ENV: LazyLock<Environment<'static>> = LazyLock::new(|| {
    let mut env = Environment::new();
    env.set_undefined_behavior(UndefinedBehavior::Strict);
    env.set_syntax(
        SyntaxConfig::builder()
            .trim_blocks(true)
            .lstrip_blocks(true)
            .build()
            .expect("the default delimiters are valid"),
    );
    for (name, source) in TEMPLATES {
        env.add_template(name, source)
            .expect("the embedded templates parse (tested)");
    }
    env
});

/// Renders a template with a serializable context.
fn render<S: Serialize>(name: &str, ctx: &S) -> Result<Vec<u8>, Error> {
    let template = ENV
        .get_template(name)
        .map_err(|e| Error::Input(format!("html template {name}: {e}")))?;
    template
        .render(Serde(ctx))
        .map(String::into_bytes)
        .map_err(|e| Error::Input(format!("html template {name}: {e:#}")))
}

/// The story page of a report: header, facts (conflicts first) with each source's value,
/// hedge, words and evidence, the timeline of the date facts, a range chart per numeric
/// fact, and the sources.
pub fn report(report: &Report) -> Result<Vec<u8>, Error> {
    #[derive(Serialize)]
    struct Ctx {
        page: html_view::Page,
    }
    render(
        "report.html",
        &Ctx {
            page: html_view::page(report),
        },
    )
}

/// One story of an index page.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct IndexEntry {
    /// The story's name.
    pub story: String,
    /// The link to its page: a relative path, or an http(s) address (anything else is
    /// shown unlinked).
    pub href: String,
    /// Number of sources, facts, facts in conflict and partial facts.
    pub sources: usize,
    pub facts: usize,
    pub conflicts: usize,
    pub partial: usize,
}

/// A row of the index as the template shows it.
#[derive(Debug, Serialize)]
struct IndexRow<'a> {
    entry: &'a IndexEntry,
    /// The link target, when the href is safe to follow.
    link: Option<String>,
}

/// A relative path (no scheme) or an http(s) address as a link target.
fn index_href(href: &str) -> Option<String> {
    let h = href.trim();
    if h.is_empty() || h.chars().any(|c| c.is_control()) {
        return None;
    }
    // A scheme is letters, digits, `+`, `-`, `.` before the first `:`; a relative path
    // has none (a `:` after a `/`, `?` or `#` is no scheme).
    let scheme_end = h.find([':', '/', '?', '#']);
    match scheme_end {
        Some(i) if h[i..].starts_with(':') => web_href(h),
        _ => Some(h.to_string()),
    }
}

/// The index page of several stories (for `factable batch --out-dir`): stories with
/// conflicts first (most first), then by partial facts, then by name, each linking to
/// its page.
pub fn index(entries: &[IndexEntry]) -> Result<Vec<u8>, Error> {
    let mut sorted: Vec<&IndexEntry> = entries.iter().collect();
    sorted.sort_by(|a, b| {
        b.conflicts
            .cmp(&a.conflicts)
            .then(b.partial.cmp(&a.partial))
            .then_with(|| a.story.cmp(&b.story))
    });
    let rows: Vec<IndexRow> = sorted
        .into_iter()
        .map(|entry| IndexRow {
            entry,
            link: index_href(&entry.href),
        })
        .collect();
    let conflicts: usize = entries.iter().map(|e| e.conflicts).sum();
    let with_conflict = entries.iter().filter(|e| e.conflicts > 0).count();
    #[derive(Serialize)]
    struct Ctx<'a> {
        rows: Vec<IndexRow<'a>>,
        conflicts: usize,
        with_conflict: usize,
        stories: usize,
    }
    render(
        "index.html",
        &Ctx {
            rows,
            conflicts,
            with_conflict,
            stories: entries.len(),
        },
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    fn entry(story: &str, href: &str, conflicts: usize, partial: usize) -> IndexEntry {
        IndexEntry {
            story: story.into(),
            href: href.into(),
            sources: 5,
            facts: 20,
            conflicts,
            partial,
        }
    }

    #[test]
    fn the_index_lists_conflicts_first_and_links_each_story() {
        let html = index(&[
            entry("calm-story", "calm-story.html", 0, 3),
            entry("busy-story", "busy-story/index.html", 2, 1),
            entry("odd-story", "odd-story.html", 1, 0),
        ])
        .unwrap();
        let html = String::from_utf8(html).unwrap();
        let at = |s: &str| html.find(s).unwrap_or_else(|| panic!("{s} missing"));
        assert!(at("busy-story") < at("odd-story") && at("odd-story") < at("calm-story"));
        // minijinja escapes `/` too; a browser reads `&#x2f;` as `/`.
        assert!(
            html.contains(r#"href="busy-story&#x2f;index.html""#),
            "{html}"
        );
        assert!(html.contains(r#"href="calm-story.html""#));
        assert!(html.contains(">3</span> stories"), "{html}");
        assert!(html.contains("Content-Security-Policy"));
        assert!(!html.contains("<script"));
    }

    #[test]
    fn the_index_escapes_names_and_links_no_script_url() {
        let html = index(&[
            entry("<script>alert(1)</script>", "javascript:alert(1)", 1, 0),
            entry("a\"><img src=x onerror=alert(1)>", "a.html", 0, 0),
        ])
        .unwrap();
        let html = String::from_utf8(html).unwrap();
        assert!(!html.contains("<script>alert"), "{html}");
        assert!(!html.contains("<img"), "{html}");
        assert!(
            html.contains("&lt;script&gt;alert(1)&lt;&#x2f;script&gt;"),
            "{html}"
        );
        assert!(!html.contains("href=\"javascript"), "{html}");
    }

    #[test]
    fn hrefs_are_relative_paths_or_web_addresses() {
        assert_eq!(index_href("a/b.html").as_deref(), Some("a/b.html"));
        assert_eq!(index_href("a.html#x:y").as_deref(), Some("a.html#x:y"));
        assert_eq!(
            index_href("https://example.com/a").as_deref(),
            Some("https://example.com/a")
        );
        assert_eq!(index_href("javascript:alert(1)"), None);
        assert_eq!(index_href(" JavaScript:alert(1)"), None);
        assert_eq!(index_href("data:text/html,x"), None);
        assert_eq!(index_href(""), None);
    }

    fn hostile_report() -> Report {
        use crate::claim::{Claim, Kind};
        use crate::corpus::PublishedHow;
        use crate::reconcile::{Source, reconcile};
        let evil = "<script>alert(1)</script> </style> \"><img src=x onerror=alert(1)>";
        let claim = |source: &str, value: &str| Claim {
            fact: format!("f{evil}"),
            label: format!("Label {evil}"),
            kind: Kind::Date,
            source: source.into(),
            published: "2025-07-04".into(),
            published_how: PublishedHow::Header,
            stated: format!("in {evil}"),
            value: value.into(),
            qualifier: evil.into(),
            evidence: format!("It happened in {evil} indeed.").into(),
            line: 3,
            start: 0,
            end: 0,
            rule: evil.into(),
            times: 1,
            score: None,
            tally: false,
            published_note: String::new(),
        };
        let source = |id: &str, url: &str| Source {
            id: id.into(),
            file: format!("{id}.txt"),
            outlet: format!("Outlet {evil}"),
            url: url.into(),
            published: "2025-07-04".into(),
            published_how: PublishedHow::Header,
            note: evil.into(),
        };
        let mut r = reconcile(
            vec![claim("a", "2025-04"), claim("b", "2025-07")],
            vec![
                source("a", "javascript:alert(1)"),
                source("b", "https://example.com/?q=\"><script>"),
            ],
        );
        r.story = evil.into();
        r
    }

    #[test]
    fn article_text_is_escaped_everywhere() {
        let html = String::from_utf8(report(&hostile_report()).unwrap()).unwrap();
        assert!(!html.contains("<script"), "{html}");
        assert!(!html.contains("<img"), "{html}");
        assert_eq!(html.matches("</style>").count(), 1, "only the page's own");
        assert!(html.contains("&quot;&gt;&lt;img src=x onerror=alert(1)&gt;"));
        assert!(!html.contains("href=\"javascript"), "{html}");
        assert!(html.contains("javascript:alert(1)"), "shown as text");
        assert!(html.contains("&lt;script&gt;alert(1)&lt;&#x2f;script&gt;"));
        assert!(
            html.contains("<mark>in &lt;script&gt;"),
            "the stated words are marked"
        );
    }

    #[test]
    fn the_page_has_its_parts() {
        let html = String::from_utf8(report(&hostile_report()).unwrap()).unwrap();
        for part in [
            "Content-Security-Policy",
            "prefers-color-scheme: dark",
            "@media print",
            "<svg class=\"timeline\"",
            "<tr class=\"fact conflict\"",
            "<details>",
        ] {
            assert!(html.contains(part), "{part} missing");
        }
    }
}
