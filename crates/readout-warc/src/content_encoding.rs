//! An HTTP payload and its `Content-Encoding` header value in, the decoded payload out.
//! Handles `gzip`/`x-gzip`, `deflate` (zlib-wrapped or raw) and `identity`, applied in
//! reverse order for lists. Output is capped so a small compressed bomb cannot allocate
//! without bound. A payload labelled gzip that does not start with gzip magic is taken to
//! be already decoded, as Common Crawl stores decoded payloads.

use std::io::Read;

use flate2::read::{DeflateDecoder, MultiGzDecoder, ZlibDecoder};

use crate::member_stream::GZIP_MAGIC;

/// Why a payload could not be decoded.
#[derive(Debug, PartialEq, Eq)]
pub(crate) struct EncodingFailure {
    pub(crate) encoding: String,
    pub(crate) detail: String,
}

/// Undoes every coding listed in `content_encoding` (last applied first).
pub(crate) fn decode_content(
    payload: Vec<u8>,
    content_encoding: &str,
    limit: usize,
) -> Result<Vec<u8>, EncodingFailure> {
    let codings: Vec<String> = content_encoding
        .split(',')
        .map(|coding| coding.trim().to_ascii_lowercase())
        .filter(|coding| !coding.is_empty())
        .collect();
    let mut payload = payload;
    for coding in codings.iter().rev() {
        payload = match coding.as_str() {
            "identity" | "none" => payload,
            "gzip" | "x-gzip" => {
                if !payload.starts_with(&GZIP_MAGIC[..2]) {
                    payload
                } else {
                    read_capped(MultiGzDecoder::new(&payload[..]), limit).map_err(|detail| failure(coding, detail))?
                }
            }
            "deflate" => match read_capped(ZlibDecoder::new(&payload[..]), limit) {
                Ok(decoded) => decoded,
                Err(zlib_detail) => {
                    read_capped(DeflateDecoder::new(&payload[..]), limit).map_err(|_| failure(coding, zlib_detail))?
                }
            },
            other => return Err(failure(other, "unsupported coding".to_string())),
        };
    }
    Ok(payload)
}

fn failure(encoding: &str, detail: String) -> EncodingFailure {
    EncodingFailure { encoding: encoding.to_string(), detail }
}

fn read_capped(decoder: impl Read, limit: usize) -> Result<Vec<u8>, String> {
    let mut decoded = Vec::new();
    let cap = u64::try_from(limit).unwrap_or(u64::MAX).saturating_add(1);
    decoder.take(cap).read_to_end(&mut decoded).map_err(|error| error.to_string().to_lowercase())?;
    if decoded.len() > limit {
        return Err(format!("decoded payload exceeds the limit of {limit} bytes"));
    }
    Ok(decoded)
}

#[cfg(test)]
mod tests {
    use super::*;
    use flate2::write::{DeflateEncoder, GzEncoder, ZlibEncoder};
    use flate2::Compression;
    use std::io::Write;

    fn gzip(bytes: &[u8]) -> Vec<u8> {
        let mut encoder = GzEncoder::new(Vec::new(), Compression::default());
        encoder.write_all(bytes).unwrap();
        encoder.finish().unwrap()
    }

    fn check(payload: Vec<u8>, encoding: &str, expect: Result<&[u8], &str>) {
        let outcome = decode_content(payload, encoding, 1000);
        match (outcome, expect) {
            (Ok(decoded), Ok(expected)) => assert_eq!(decoded, expected, "encoding {encoding}"),
            (Err(failure), Err(expected_encoding)) => {
                assert_eq!(failure.encoding, expected_encoding)
            }
            (outcome, expect) => {
                panic!("encoding {encoding}: got {outcome:?}, expected {expect:?}")
            }
        }
    }

    #[test]
    fn undoes_gzip_and_both_deflate_flavours() {
        check(gzip(b"<p>hi</p>"), "gzip", Ok(b"<p>hi</p>"));
        check(gzip(b"<p>hi</p>"), "X-GZIP", Ok(b"<p>hi</p>"));
        let mut zlib = ZlibEncoder::new(Vec::new(), Compression::default());
        zlib.write_all(b"zlib body").unwrap();
        check(zlib.finish().unwrap(), "deflate", Ok(b"zlib body"));
        let mut raw = DeflateEncoder::new(Vec::new(), Compression::default());
        raw.write_all(b"raw body").unwrap();
        check(raw.finish().unwrap(), "deflate", Ok(b"raw body"));
    }

    #[test]
    fn lists_are_undone_in_reverse_and_identity_is_kept() {
        check(gzip(&gzip(b"twice")), "gzip, gzip", Ok(b"twice"));
        check(b"plain".to_vec(), "identity", Ok(b"plain"));
        check(b"plain".to_vec(), "", Ok(b"plain"));
    }

    #[test]
    fn gzip_label_on_decoded_payload_keeps_the_payload() {
        check(b"<html>already decoded</html>".to_vec(), "gzip", Ok(b"<html>already decoded</html>"));
    }

    #[test]
    fn failures_name_the_coding() {
        let mut truncated = gzip(&b"abc".repeat(100));
        truncated.truncate(truncated.len() - 10);
        check(truncated, "gzip", Err("gzip"));
        check(b"not deflate at all".to_vec(), "deflate", Err("deflate"));
        check(b"x".to_vec(), "br", Err("br"));
        check(gzip(&vec![b'a'; 5000]), "gzip", Err("gzip"));
    }
}
