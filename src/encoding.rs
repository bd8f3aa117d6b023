//! Text that is not UTF-8: its encoding detected (`chardetng`), decoded (`encoding_rs`),
//! and a map kept from offsets into the decoded text back to bytes of the original file,
//! so every offset factable prints still points into the file as it is on disk. Lines are
//! the same in both (every encoding detected keeps line feeds as they are).

use serde::{Deserialize, Serialize};

/// Offsets of decoded text mapped to bytes of the original: the points where the two
/// stop advancing together, `(decoded, original)`, in order. Between two points (and
/// after the last) both advance byte for byte.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct OffsetMap(Vec<(usize, usize)>);

impl OffsetMap {
    /// The byte of the original file at a character boundary of the decoded text.
    pub fn original(&self, decoded: usize) -> usize {
        let i = self.0.partition_point(|&(d, _)| d <= decoded);
        match i.checked_sub(1).map(|i| self.0[i]) {
            Some((d, o)) => o + (decoded - d),
            None => decoded,
        }
    }

    /// True when offsets are the same in both.
    pub fn is_identity(&self) -> bool {
        self.0.is_empty()
    }
}

/// Bytes as text.
#[derive(Debug)]
pub struct Decoded {
    pub text: String,
    /// The encoding the bytes were read in, when it is not UTF-8.
    pub encoding: Option<&'static str>,
    /// The first byte that is not valid UTF-8, when the bytes were read as UTF-8 anyway
    /// (each such byte became `?`, so offsets stay those of the file).
    pub first_bad: Option<usize>,
    /// Decoded offsets to original bytes, when they differ.
    pub offsets: Option<OffsetMap>,
}

/// UTF-8 as it is; otherwise the encoding chardetng finds most likely. When that is
/// UTF-8 after all (a few stray bytes in UTF-8 text), each invalid byte reads as `?`.
pub fn decode(bytes: Vec<u8>) -> Decoded {
    if std::str::from_utf8(&bytes).is_ok() {
        let text = String::from_utf8(bytes).expect("checked");
        return Decoded {
            text,
            encoding: None,
            first_bad: None,
            offsets: None,
        };
    }
    if mostly_utf8(&bytes) {
        let (text, first_bad) = crate::corpus::decode_lossy(bytes);
        return Decoded {
            text,
            encoding: None,
            first_bad,
            offsets: None,
        };
    }
    let mut detector = chardetng::EncodingDetector::new(chardetng::Iso2022JpDetection::Deny);
    detector.feed(&bytes, true);
    let encoding = detector.guess(None, chardetng::Utf8Detection::Allow);
    if encoding == encoding_rs::UTF_8 {
        let (text, first_bad) = crate::corpus::decode_lossy(bytes);
        return Decoded {
            text,
            encoding: None,
            first_bad,
            offsets: None,
        };
    }
    let (text, offsets) = decode_mapped(&bytes, encoding);
    Decoded {
        text,
        encoding: Some(encoding.name()),
        first_bad: None,
        offsets: Some(offsets).filter(|m| !m.is_identity()),
    }
}

/// UTF-8 text with a few damaged bytes: at least as many valid non-ASCII characters as
/// invalid sequences (text in a single-byte encoding almost never holds valid UTF-8
/// sequences).
fn mostly_utf8(bytes: &[u8]) -> bool {
    let (mut good, mut bad) = (0usize, 0usize);
    for chunk in bytes.utf8_chunks() {
        good += chunk.valid().chars().filter(|c| !c.is_ascii()).count();
        bad += usize::from(!chunk.invalid().is_empty());
    }
    good > 0 && good >= bad
}

/// Decodes byte by byte, noting where decoded and original offsets part. Malformed
/// sequences become U+FFFD.
fn decode_mapped(bytes: &[u8], encoding: &'static encoding_rs::Encoding) -> (String, OffsetMap) {
    let mut decoder = encoding.new_decoder_without_bom_handling();
    let mut text = String::with_capacity(bytes.len() + bytes.len() / 2);
    let mut points = Vec::new();
    let mut delta: isize = 0;
    for (i, b) in bytes.iter().enumerate() {
        let last = i + 1 == bytes.len();
        let need = decoder.max_utf8_buffer_length(1).unwrap_or(16);
        text.reserve(need.max(16));
        let before = text.len();
        let _ = decoder.decode_to_string(std::slice::from_ref(b), &mut text, last);
        if text.len() != before {
            let now = text.len() as isize - (i + 1) as isize;
            if now != delta {
                points.push((text.len(), i + 1));
                delta = now;
            }
        }
    }
    if bytes.is_empty() {
        let _ = decoder.decode_to_string(&[], &mut text, true);
    }
    (text, OffsetMap(points))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn windows_1252_maps_offsets_back() {
        let bytes = b"Caf\xe9 in S\xe3o Paulo on 4 July, \x93quoted\x94.\n".to_vec();
        let d = decode(bytes.clone());
        assert_eq!(
            d.text,
            "Café in São Paulo on 4 July, \u{201c}quoted\u{201d}.\n"
        );
        assert!(d.encoding.is_some());
        let map = d.offsets.unwrap();
        let at = d.text.find("July").unwrap();
        let orig = map.original(at);
        assert_eq!(&bytes[orig..orig + 4], b"July");
        let q = d.text.find("quoted").unwrap();
        assert_eq!(&bytes[map.original(q)..map.original(q) + 6], b"quoted");
        assert_eq!(map.original(d.text.len()), bytes.len());
    }

    #[test]
    fn utf8_with_a_stray_byte_stays_utf8() {
        let mut bytes = "Plain café text that is long enough, \u{2019}ok\u{2019}. "
            .as_bytes()
            .to_vec();
        bytes.push(0xff);
        let d = decode(bytes);
        assert_eq!(d.encoding, None);
        assert!(d.first_bad.is_some());
    }
}
