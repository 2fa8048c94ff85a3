//! HTML pages in, article title, date, text and boilerplate out.
//!
//! [`extract`] decodes the bytes ([`charset`]), parses them into a flat tree
//! ([`dom`]), finds the main content with readability-style scoring
//! ([`score`], [`clean`], [`render`]), marks appeals and prompts inside it as
//! boilerplate ([`boilerplate`]) and reads the title and publication date
//! ([`title`], [`date`]). It never panics and never recurses on markup depth.

pub mod body;
pub mod boilerplate;
pub mod charset;
pub mod classes;
pub mod clean;
pub mod date;
pub mod dom;
pub mod entities;
mod entity_table;
pub mod features;
pub mod render;
pub mod score;
pub mod sniff;
pub mod tags;
pub mod title;
pub mod tokenizer;
pub mod tree_builder;

use std::ops::Range;

pub use sniff::looks_like_html;

/// What is known about a page besides its bytes.
#[derive(Clone, Copy, Debug, Default)]
pub struct PageHints<'a> {
    /// The page's URL (used for a date in the path).
    pub url: Option<&'a str>,
    /// The charset from the HTTP `Content-Type` header.
    pub http_charset: Option<&'a str>,
}

/// The main content of a page.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Article {
    /// Headline.
    pub title: Option<String>,
    /// Publication date, `YYYY-MM-DD`.
    pub date: Option<String>,
    /// Article body, paragraphs separated by one blank line.
    pub text: String,
    /// Byte ranges of `text` that are not article (appeals, prompts, link lines).
    pub boilerplate: Vec<Range<usize>>,
    /// Notes on what went wrong or was guessed.
    pub diagnostics: Vec<String>,
}

/// Extracts the article from an HTML page. Never fails: bad input gives an
/// empty text and a diagnostic.
pub fn extract(html: &[u8], hints: &PageHints) -> Article {
    let mut article = Article::default();
    if !looks_like_html(html) {
        article.diagnostics.push("page is not HTML".into());
        return article;
    }
    let text = charset::decode(html, hints.http_charset, &mut article.diagnostics);
    let dom = dom::parse(&text);
    drop(text);
    if dom.truncated {
        article.diagnostics.push("page too large, only its start was read".into());
    }
    article.title = title::title(&dom);
    article.date = date::publication_date(&dom, hints.url);
    let body = body::extract(&dom);
    if body.text.is_empty() {
        article.diagnostics.push("no article body found".into());
    }
    article.text = body.text;
    article.boilerplate = body.boilerplate;
    article
}
