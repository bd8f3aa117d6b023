use factable::corpus::{self, LoadOptions};
use factable::extract::{self, Mention, Options};
use std::path::Path;

#[test]
#[ignore]
fn dump_mentions() {
    let dir = std::env::var("DUMP").unwrap();
    let docs = corpus::load(&[Path::new(&dir).to_path_buf()], &LoadOptions::default()).documents;
    for d in &docs {
        let r = extract::read(d, &Options::default());
        for (s, m) in r.sentences.iter().zip(&r.masked) {
            for x in &m.mentions {
                match x {
                    Mention::Time(t) => println!(
                        "{}\tT {:?}\t{:?}\t{:?}\t{:?}\trel={}",
                        d.id, t.text, t.value, t.kind, t.qualifier, t.relative
                    ),
                    Mention::Number(n) => println!(
                        "{}\tN {:?}\t{}\t{:?}\t{:?}\t{:?}",
                        d.id, n.text, n.value, n.kind, n.qualifier, n.unit
                    ),
                }
            }
            let _ = s;
        }
    }
}
