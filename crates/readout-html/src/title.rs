//! A parsed page in, its cleaned headline out: `og:title`, `twitter:title`,
//! `<title>` or the first `<h1>`, with a " | Site Name" style suffix (or
//! prefix) removed where the rest still reads as a headline.

use crate::dom::Dom;
use crate::score::subtree_end;
use crate::tags;

const SEPARATORS: &[&str] = &[" | ", " - ", " \u{2013} ", " \u{2014} ", " :: ", " \u{bb} ", " \u{b7} ", " / "];

/// The page's title, if any.
pub fn title(dom: &Dom) -> Option<String> {
    let meta = |key: &str| dom.metas.iter().find(|(k, v)| k == key && !v.trim().is_empty()).map(|(_, v)| v.clone());
    let h1 = first_h1(dom);
    let raw = meta("og:title")
        .or_else(|| meta("twitter:title"))
        .or_else(|| (!dom.title.trim().is_empty()).then(|| dom.title.clone()))
        .or_else(|| h1.clone())?;
    Some(clean(&collapse(&raw), h1.as_deref()))
}

fn collapse(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

fn first_h1(dom: &Dom) -> Option<String> {
    let i = dom.nodes.iter().position(|n| n.tag == tags::H1)?;
    let end = subtree_end(dom, i);
    let text: String = (i..end).map(|k| dom.text_of(k)).collect();
    let text = collapse(&text);
    (!text.is_empty()).then_some(text)
}

/// Removes a site-name part from a title.
pub fn clean(title: &str, h1: Option<&str>) -> String {
    let Some(sep) = SEPARATORS.iter().find(|s| title.contains(*s)) else {
        return title.to_owned();
    };
    let parts: Vec<&str> = title.split(sep).map(str::trim).collect();
    if let Some(h1) = h1 {
        if let Some(p) = parts.iter().find(|p| p.eq_ignore_ascii_case(h1)) {
            return (*p).to_owned();
        }
        if title.eq_ignore_ascii_case(h1) {
            return title.to_owned();
        }
    }
    let words = |s: &str| s.split_whitespace().count();
    // Drop a short trailing site name, else a short leading one.
    if let Some((last, head)) = parts.split_last() {
        if words(last) <= 4 && words(&head.join(sep)) >= 3 {
            return head.join(sep);
        }
    }
    if let Some((first, tail)) = parts.split_first() {
        if words(first) <= 4 && words(&tail.join(sep)) >= 3 {
            return tail.join(sep);
        }
    }
    title.to_owned()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn check(input: &str, h1: Option<&str>, expect: &str) {
        assert_eq!(clean(input, h1), expect, "{input}");
    }

    #[test]
    fn cleaning() {
        check("Budget passes after long night | The Daily Planet", None, "Budget passes after long night");
        check("Planet News - Budget passes after long night", None, "Budget passes after long night");
        check("Budget passes | Daily Planet", Some("Budget passes"), "Budget passes");
        check("Short | Title", None, "Short | Title");
        check("No separator here", None, "No separator here");
    }
}
