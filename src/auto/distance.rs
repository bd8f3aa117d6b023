//! Distances from a named place: "40 km north of Izmir", "12 nautical miles off
//! Terschelling", "about 60 miles from the city of Hilo", "30 km south-west of the
//! capital, Lima". The place is the figure's owner, as a ship is a length's (see
//! [`super::owner`]): two sources' distances from one place are one fact and may
//! contradict, and distances from two places never meet, though both are lengths.

use super::owner::name_run;
use super::words::Token;
use crate::wordset::WordSet;

/// Prefix of the subject key of a distance from a place: a place's own figures (its toll)
/// and the distance to it are different facts.
pub const FROM: &str = "from:";

/// Compass words before "of" ("north of", "north-east of", "northwest of").
static COMPASS: WordSet = WordSet::new(&[
    "north",
    "south",
    "east",
    "west",
    "northeast",
    "northwest",
    "southeast",
    "southwest",
    "northern",
    "southern",
    "eastern",
    "western",
    "nne",
    "ene",
    "ese",
    "sse",
    "ssw",
    "wsw",
    "wnw",
    "nnw",
]);

/// Words after the figure that lead to the place ("from", "off", "outside").
static LEADS: WordSet = WordSet::new(&["from", "off", "outside", "of", "away", "short"]);

/// Common nouns between "of" and the place's name ("the city of Hilo", "the coast of").
static PLACE_NOUNS: WordSet = WordSet::new(&[
    "the", "city", "town", "village", "port", "coast", "island", "capital", "province", "region",
    "state", "county", "district", "resort", "border", "centre", "center", "southern", "northern",
    "eastern", "western", "central",
]);

/// The named place a length ending at byte `me` is a distance from, as written, and its subject
/// key ([`FROM`] and the name's last word, lower case).
pub fn distance_from(text: &str, toks: &[Token], me: usize) -> Option<(String, String)> {
    let mut i = toks.partition_point(|t| t.start < me);
    let is = |i: usize, set: &WordSet| toks.get(i).is_some_and(|t| set.contains(&t.lower));
    let word = |i: usize, w: &str| toks.get(i).is_some_and(|t| t.lower == w);
    // "north of", "north-east of", "to the north of".
    let mut compass = false;
    if word(i, "to") && word(i + 1, "the") && is(i + 2, &COMPASS) {
        i += 2;
    }
    while is(i, &COMPASS) && i - toks.partition_point(|t| t.start < me) < 3 {
        i += 1;
        compass = true;
    }
    if compass {
        if !word(i, "of") {
            return None;
        }
        i += 1;
    } else {
        // "from", "off", "away from", "outside", "short of".
        if !is(i, &LEADS) || word(i, "of") {
            return None;
        }
        if word(i, "away") || word(i, "short") {
            if !(word(i + 1, "from") || word(i + 1, "of")) {
                return None;
            }
            i += 1;
        }
        i += 1;
    }
    // "the city of Hilo", "the capital, Lima", "the coast of Terschelling".
    // Written in lower case: "Port Alder" is a name.
    let common = |k: usize| {
        is(k, &PLACE_NOUNS) && text[toks[k].start..].starts_with(|c: char| c.is_lowercase())
    };
    // A nation's adjective before a common noun ("the Dutch island of") is no name.
    let adjective = |k: usize| {
        toks.get(k)
            .is_some_and(|t| text[t.start..].starts_with(|c: char| c.is_uppercase()))
            && common(k + 1)
    };
    let mut k = i;
    while (common(k) || adjective(k)) && k - i < 4 {
        k += 1;
    }
    if k > i && word(k, "of") {
        k += 1;
    } else if k > i
        && toks
            .get(k)
            .is_some_and(|t| text[toks[k - 1].end..t.start].trim() == ",")
    {
        // "the capital, Lima".
    } else if k > i && name_run(text, toks, k).is_none() {
        return None;
    }
    let j = name_run(text, toks, k)?;
    let name = &text[toks[k].start..toks[j].end];
    Some((name.to_string(), format!("{FROM}{}", toks[j].lower)))
}

#[cfg(test)]
mod tests {
    use super::super::words::tokens;
    use super::*;

    fn from(text: &str, figure: &str) -> Option<String> {
        let ms = text.find(figure).unwrap();
        distance_from(text, &tokens(text), ms + figure.len()).map(|(name, key)| {
            assert!(key.starts_with(FROM));
            name
        })
    }

    #[test]
    fn a_distance_belongs_to_the_place_it_is_measured_from() {
        let cases = [
            (
                "The quake struck 40 km north of Izmir at dawn.",
                "40 km",
                "Izmir",
            ),
            (
                "Its epicentre lay 25 miles north-east of Port Alder.",
                "25 miles",
                "Port Alder",
            ),
            (
                "The trawler sank 12 nautical miles off Terschelling.",
                "12 nautical miles",
                "Terschelling",
            ),
            (
                "It came ashore about 60 miles from the city of Hilo.",
                "60 miles",
                "Hilo",
            ),
            (
                "The camp is 30 km south-west of the capital, Lima.",
                "30 km",
                "Lima",
            ),
            (
                "The village lies 8 km to the west of Kessa.",
                "8 km",
                "Kessa",
            ),
            (
                "It sank 25 miles north of the Dutch island of Vlist.",
                "25 miles",
                "Vlist",
            ),
            (
                "Troops stopped 20 miles short of Ostrava.",
                "20 miles",
                "Ostrava",
            ),
        ];
        for (text, figure, want) in cases {
            assert_eq!(from(text, figure).as_deref(), Some(want), "{text}");
        }
    }

    #[test]
    fn other_lengths_are_no_distance_from_a_place() {
        for (text, figure) in [
            ("The bridge is 2.6 km long.", "2.6 km"),
            ("A 40 km stretch of the coast was closed.", "40 km"),
            ("The quake struck at a depth of 10 km.", "10 km"),
            (
                "Floodwater rose 2 metres from Monday to Tuesday.",
                "2 metres",
            ),
            ("It moved 30 km north of the border town.", "30 km"),
            ("They walked 5 km from the village.", "5 km"),
        ] {
            assert_eq!(from(text, figure), None, "{text}");
        }
    }
}
