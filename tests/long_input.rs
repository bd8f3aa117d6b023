//! A megabyte of one sentence without a full stop (figures, dates, names and commas)
//! must be read to the end: every look-back and look-ahead is bounded. The test checks
//! that `table` completes with exit code 0 and quotes each figure's own words as its
//! evidence; how long it takes is a benchmark figure (README, Performance), never an
//! assertion.

use assert_cmd::Command;

const MONTHS: [&str; 12] = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
];
const SYLLABLES: [&str; 10] = ["ka", "lo", "mi", "ne", "ra", "so", "tu", "va", "dor", "bel"];

/// A deterministic generator, so the article is the same on every run.
struct Lcg(u64);

impl Lcg {
    fn next(&mut self, n: u64) -> u64 {
        self.0 = self
            .0
            .wrapping_mul(6364136223846793005)
            .wrapping_add(1442695040888963407);
        (self.0 >> 33) % n
    }

    fn name(&mut self) -> String {
        let word = |r: &mut Lcg| -> String {
            let w: String = (0..2 + r.next(2))
                .map(|_| SYLLABLES[r.next(10) as usize])
                .collect();
            let mut c = w.chars();
            c.next()
                .map(|f| f.to_uppercase().chain(c).collect())
                .unwrap_or_default()
        };
        format!("{} {}", word(self), word(self))
    }
}

fn one_sentence(bytes: usize) -> String {
    let mut r = Lcg(7);
    let mut parts: Vec<String> = Vec::new();
    let mut size = 0;
    while size < bytes {
        let who = r.name();
        let day = 1 + r.next(28);
        let month = MONTHS[r.next(12) as usize];
        let year = 1990 + r.next(40);
        let figure = 2 + r.next(90_000);
        let piece = match r.next(5) {
            0 => format!("{who} said on {day} {month} {year} that {figure} people had been moved"),
            1 => format!("about {figure} homes were lost in {month} {year}, according to {who}"),
            2 => format!("a further ${figure} million was pledged by {who} on {month} {day}"),
            3 => format!(
                "some {}% of the {figure} voters backed {who} in {year}",
                figure % 100
            ),
            _ => format!(
                "{who}, the minister, said {figure} tonnes arrived between {year} and {}",
                year + 3
            ),
        };
        size += piece.len() + 2;
        parts.push(piece);
    }
    format!("date 2025-07-04\n\n{}\n", parts.join(", "))
}

#[test]
fn a_megabyte_sentence_without_full_stops_completes() {
    let dir = tempfile::tempdir().expect("a temporary folder");
    let text = one_sentence(1 << 20);
    assert!(text.len() >= 1 << 20 && !text[20..].contains('.'));
    std::fs::write(dir.path().join("long.txt"), &text).expect("the article is written");
    // A second source, so the story stage aligns the long one's figures with another's.
    std::fs::write(dir.path().join("short.txt"), one_sentence(4 << 10)).expect("written");
    let out = Command::cargo_bin("factable")
        .expect("the binary")
        .args(["table", "--format", "csv"])
        .arg(dir.path())
        .assert()
        .code(0)
        .get_output()
        .stdout
        .clone();
    // Each figure's evidence is the words around it, not the megabyte once per figure.
    let mut rows = csv::Reader::from_reader(out.as_slice());
    let headers = rows.headers().expect("a header").clone();
    let col = |name: &str| headers.iter().position(|h| h == name).expect(name);
    let (evidence, stated, source) = (col("evidence"), col("stated"), col("source"));
    let mut long_rows = 0;
    for row in rows.records() {
        let row = row.expect("a row");
        if &row[source] != "long" {
            continue;
        }
        long_rows += 1;
        assert!(row[evidence].len() < 1400, "{} bytes", row[evidence].len());
        assert!(row[evidence].contains(&row[stated]), "{:?}", &row);
    }
    assert!(long_rows > 100, "{long_rows} rows of the long source");
}
