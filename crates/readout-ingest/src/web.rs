//! Web inputs: HTML pages (plain or gzip-compressed) and WARC archives in,
//! [`Document`]s whose text is the extracted article out.
//!
//! The article's own boilerplate (appeals inside the article container)
//! travels as `known_boilerplate`, so the record flags it. A WARC archive is
//! read as a stream: one record at a time, whatever the archive's size.

use crate::{InputError, Limits};
use readout_html::{extract, PageHints};
use readout_record::{stable_id, Document};
use std::io::Read;
use std::path::Path;

/// What a path holds, by its name.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum InputKind {
    Text,
    Html,
    Warc,
}

pub fn input_kind(path: &Path) -> InputKind {
    let name = path.file_name().and_then(|n| n.to_str()).unwrap_or("").to_ascii_lowercase();
    let name = name.strip_suffix(".gz").unwrap_or(&name);
    if name.ends_with(".warc") || name.ends_with(".arc") {
        InputKind::Warc
    } else if name.ends_with(".html") || name.ends_with(".htm") || name.ends_with(".xhtml") {
        InputKind::Html
    } else {
        InputKind::Text
    }
}

/// A document from an HTML page already in memory.
pub fn document_from_html(source: &str, html: &[u8], hints: &PageHints) -> Result<Document, String> {
    let article = extract(html, hints);
    if article.text.trim().is_empty() {
        let why = article.diagnostics.first().cloned().unwrap_or_else(|| "no article body found".to_string());
        return Err(why);
    }
    Ok(Document {
        id: stable_id(source, &article.text),
        source: source.to_string(),
        title: article.title,
        date: article.date,
        text: article.text,
        known_boilerplate: article.boilerplate,
    })
}

pub fn read_html_file(path: &Path, limits: Limits) -> Result<Document, InputError> {
    let read_error = |source| InputError::Read { path: path.to_path_buf(), source };
    let file = std::fs::File::open(path).map_err(read_error)?;
    let gzipped = path.extension().is_some_and(|e| e == "gz");
    let mut reader: Box<dyn Read> =
        if gzipped { Box::new(flate2::read::MultiGzDecoder::new(file)) } else { Box::new(file) };
    let mut bytes = Vec::new();
    (&mut reader).take(limits.max_bytes + 1).read_to_end(&mut bytes).map_err(read_error)?;
    if bytes.len() as u64 > limits.max_bytes {
        return Err(InputError::TooLarge {
            path: path.to_path_buf(),
            size: bytes.len() as u64,
            limit: limits.max_bytes,
        });
    }
    if bytes.iter().all(u8::is_ascii_whitespace) {
        return Err(InputError::Empty { path: path.to_path_buf() });
    }
    let source = path.display().to_string();
    document_from_html(&source, &bytes, &PageHints::default())
        .map_err(|message| InputError::Page { input: source, message })
}

/// The documents of a WARC archive, one HTML response at a time; other
/// records are skipped, and a damaged record becomes an error naming the
/// archive and the record's offset.
pub fn warc_documents(path: &Path) -> Result<impl Iterator<Item = Result<Document, InputError>>, InputError> {
    let reader = readout_warc::open(path).map_err(|source| InputError::Read { path: path.to_path_buf(), source })?;
    let archive = path.display().to_string();
    Ok(reader.filter_map(move |item| match item {
        Err(error) => Some(Err(InputError::Page { input: archive.clone(), message: error.to_string() })),
        Ok(record) if !record.is_html_response() => None,
        Ok(record) => {
            let http = record.http.as_ref()?;
            let source = record.target_uri.clone().unwrap_or_else(|| format!("{archive}@{}", record.offset));
            let hints = PageHints { url: record.target_uri.as_deref(), http_charset: http.charset.as_deref() };
            Some(match document_from_html(&source, &http.body, &hints) {
                Ok(mut document) => {
                    if document.date.is_none() {
                        document.date = record.date_ymd();
                    }
                    Ok(document)
                }
                Err(message) => {
                    Err(InputError::Page { input: format!("{archive}: record at byte {}", record.offset), message })
                }
            })
        }
    }))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn kinds_by_name() {
        assert_eq!(input_kind(Path::new("a/page.html.gz")), InputKind::Html);
        assert_eq!(input_kind(Path::new("CC-NEWS-1.warc.gz")), InputKind::Warc);
        assert_eq!(input_kind(Path::new("story.txt")), InputKind::Text);
    }

    #[test]
    fn html_page_gives_its_article() {
        let html = b"<html><head><title>Talks resume</title></head><body><article><p>The minister said the talks would resume on Monday after a long pause in the negotiations between the two sides.</p><p>Officials said that progress had been made and that a deal was close, according to people familiar with it.</p></article></body></html>";
        let document = document_from_html("page.html", html, &PageHints::default()).unwrap();
        assert!(document.text.contains("talks would resume"), "{}", document.text);
    }

    #[test]
    fn non_html_is_an_error() {
        assert!(document_from_html("x.html", b"\x00\x01\x02 binary", &PageHints::default()).is_err());
    }
}
