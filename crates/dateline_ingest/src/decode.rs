//! Bytes to text: byte order marks, UTF-8, then the charset the page declares.
//!
//! Valid UTF-8 wins over a declared charset, because pages that say `iso-8859-1` while serving
//! UTF-8 are far more common than Latin-1 text that happens to be valid UTF-8.

use encoding_rs::Encoding;

/// Decoded text and the name of the encoding it was decoded from.
#[derive(Debug)]
pub struct DecodedText {
    pub text: String,
    pub encoding: &'static str,
    /// Whether some bytes could not be decoded and were replaced by U+FFFD.
    pub had_replacements: bool,
}

/// Why bytes could not be decoded; the caller adds the input's name.
#[derive(Debug, PartialEq, Eq)]
pub enum DecodeFailure {
    Binary(String),
    InvalidUtf8 { offset: usize },
}

/// How far into a page to look for a `<meta charset>` declaration, as browsers do.
const CHARSET_SNIFF_BYTES: usize = 4096;

/// Decodes `bytes`, refusing binary data and undeclared non-UTF-8 text. Takes the bytes by value
/// so that UTF-8, the common case, becomes the text without a copy.
pub fn decode(bytes: Vec<u8>) -> Result<DecodedText, DecodeFailure> {
    if let Some((encoding, bom_length)) = Encoding::for_bom(&bytes) {
        let (text, had_replacements) = encoding.decode_without_bom_handling(&bytes[bom_length..]);
        return Ok(DecodedText {
            text: text.into_owned(),
            encoding: encoding.name(),
            had_replacements,
        });
    }
    check_not_binary(&bytes)?;
    match String::from_utf8(bytes) {
        Ok(text) => Ok(DecodedText {
            text,
            encoding: "UTF-8",
            had_replacements: false,
        }),
        Err(error) => {
            let offset = error.utf8_error().valid_up_to();
            let bytes = error.into_bytes();
            let declared = declared_charset(&bytes[..bytes.len().min(CHARSET_SNIFF_BYTES)])
                .and_then(|label| Encoding::for_label(label.as_bytes()));
            match declared {
                Some(encoding) if encoding != encoding_rs::UTF_8 => {
                    let (text, _, had_replacements) = encoding.decode(&bytes);
                    Ok(DecodedText {
                        text: text.into_owned(),
                        encoding: encoding.name(),
                        had_replacements,
                    })
                }
                _ => Err(DecodeFailure::InvalidUtf8 { offset }),
            }
        }
    }
}

/// Refuses data with NUL bytes or many control characters near its start: such input is an
/// image, an archive or random bytes, and decoding it would only produce noise.
fn check_not_binary(bytes: &[u8]) -> Result<(), DecodeFailure> {
    let head = &bytes[..bytes.len().min(8192)];
    if head.contains(&0) {
        return Err(DecodeFailure::Binary("it contains NUL bytes".to_string()));
    }
    let control_bytes = head
        .iter()
        .filter(|&&byte| byte < 0x20 && !matches!(byte, b'\n' | b'\r' | b'\t' | 0x0c))
        .count();
    if control_bytes * 100 > head.len().max(1) * 2 {
        return Err(DecodeFailure::Binary(format!(
            "{control_bytes} control bytes in its first {} bytes",
            head.len()
        )));
    }
    Ok(())
}

/// Finds `charset=NAME` in `<meta charset="...">` or `<meta http-equiv content="...; charset=...">`.
fn declared_charset(head: &[u8]) -> Option<String> {
    let lowered: Vec<u8> = head.iter().map(u8::to_ascii_lowercase).collect();
    let mut search_from = 0;
    while let Some(position) = find(&lowered[search_from..], b"charset") {
        let mut index = search_from + position + b"charset".len();
        search_from = index;
        while index < lowered.len() && lowered[index].is_ascii_whitespace() {
            index += 1;
        }
        if lowered.get(index) != Some(&b'=') {
            continue;
        }
        index += 1;
        while index < lowered.len() && matches!(lowered[index], b' ' | b'"' | b'\'') {
            index += 1;
        }
        let start = index;
        while index < lowered.len()
            && (lowered[index].is_ascii_alphanumeric()
                || matches!(lowered[index], b'-' | b'_' | b':' | b'.'))
        {
            index += 1;
        }
        if index > start {
            return Some(String::from_utf8_lossy(&lowered[start..index]).into_owned());
        }
    }
    None
}

fn find(haystack: &[u8], needle: &[u8]) -> Option<usize> {
    haystack
        .windows(needle.len())
        .position(|window| window == needle)
}

/// Whether decoded text is an HTML page rather than plain text: it must open with markup and
/// carry at least one structural tag near its start.
pub fn looks_like_html(text: &str) -> bool {
    let head: String = text
        .trim_start_matches('\u{feff}')
        .trim_start()
        .chars()
        .take(4096)
        .collect::<String>()
        .to_ascii_lowercase();
    if !head.starts_with('<') {
        return false;
    }
    [
        "<!doctype html",
        "<html",
        "<head",
        "<body",
        "<meta",
        "<div",
        "<p>",
        "<p ",
        "<article",
        "<title",
        "<!--",
    ]
    .iter()
    .any(|tag| head.contains(tag))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn declared_latin1_is_decoded() {
        let page = b"<html><head><meta charset=\"ISO-8859-1\"></head><body>Caf\xe9</body></html>";
        let decoded = decode(page.to_vec()).unwrap();
        assert!(decoded.text.contains("Café"));
        assert_eq!(decoded.encoding, "windows-1252");
    }

    #[test]
    fn http_equiv_charset_is_found() {
        let page = b"<meta http-equiv=\"Content-Type\" content=\"text/html; charset=windows-1251\"><p>\xcf\xf0\xe8\xe2\xe5\xf2</p>";
        assert!(decode(page.to_vec()).unwrap().text.contains("Привет"));
    }

    #[test]
    fn undeclared_invalid_utf8_is_refused() {
        assert_eq!(
            decode(b"plain caf\xe9 text".to_vec()).unwrap_err(),
            DecodeFailure::InvalidUtf8 { offset: 9 }
        );
    }

    #[test]
    fn nul_bytes_mean_binary() {
        assert!(matches!(
            decode(b"abc\0def".to_vec()).unwrap_err(),
            DecodeFailure::Binary(_)
        ));
    }

    #[test]
    fn utf16_with_bom_is_decoded() {
        let mut bytes = vec![0xff, 0xfe];
        for unit in "Hi é".encode_utf16() {
            bytes.extend_from_slice(&unit.to_le_bytes());
        }
        assert_eq!(decode(bytes).unwrap().text, "Hi é");
    }

    #[test]
    fn html_is_told_from_text() {
        assert!(looks_like_html("<!DOCTYPE html><html><body></body></html>"));
        assert!(looks_like_html("\n  <div class=x><p>Hi</p></div>"));
        assert!(!looks_like_html("WASHINGTON (Reuters) - The <b> tag"));
        assert!(!looks_like_html("<3 this story"));
    }
}
