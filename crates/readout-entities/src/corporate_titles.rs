//! Companies a document names through their executives: a document in, the
//! names that stand right before "CEO", "CFO", "COO" or "CTO" in a
//! capitalised run out ("Wells Fargo CEO John Stumpf", "Exxon Mobil CEO Rex
//! Tillerson"), keyed as [`crate::document_kinds`] keys names.
//!
//! An executive's title says the name before it is a company's wherever
//! else the text writes it, even where its first word is someone's first
//! name ("Wells") and the tagger, which knows no companies, takes it for a
//! person.

use readout_segment::Document;
use std::collections::HashSet;

/// Titles only a company's executives hold. Not "chairman" or "president",
/// which a party, a country or a campaign has too.
pub(crate) fn is_executive_title(raw: &str) -> bool {
    matches!(raw, "CEO" | "CFO" | "COO" | "CTO")
}

/// How many capitalised words before the title a company's name may run to.
const MAX_NAME_WORDS: usize = 4;

/// The keys of the names that stand before an executive's title.
pub(crate) fn companies_by_title(doc: &Document) -> HashSet<String> {
    let mut out = HashSet::new();
    for title in (1..doc.len()).filter(|&t| is_executive_title(doc.raw(t))) {
        let (sentence_first, _) = doc.sentence_bounds(title);
        let mut start = title;
        // Back over the company's capitalised words, not a title, a
        // description or a headline's verb before them ("Former Wells Fargo
        // CEO", "Warren Hammers Wells Fargo CEO").
        let part_of_name = |t: usize| {
            let word = doc.word(t);
            doc.is_word(t)
                && doc.token(t).capitalized
                && !matches!(word, "the" | "a" | "an")
                && !crate::kind_words::is_honorific(word)
                && !crate::name_words::is_descriptor_word(word)
                && !crate::name_runs::is_headline_verb(word)
        };
        while start > sentence_first && title - start < MAX_NAME_WORDS && part_of_name(start - 1) {
            start -= 1;
        }
        // A possessive is someone's: "Trump's CEO" names no company.
        let possessive = title > start && crate::mentions::without_possessive(doc.raw(title - 1)) != doc.raw(title - 1);
        if title > start && !possessive {
            out.insert(crate::document_kinds::key(doc, start, title));
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use readout_segment::segment;

    fn check(text: &str, expect: &[&str]) {
        let seg = segment(text, std::slice::from_ref(&(0..text.len())));
        let doc = Document::new(text, &seg);
        let mut found: Vec<String> = companies_by_title(&doc).into_iter().collect();
        found.sort();
        assert_eq!(found, expect);
    }

    #[test]
    fn the_name_before_an_executives_title_is_a_company() {
        check("Senator Warren grilled Wells Fargo CEO John Stumpf on Tuesday.", &["wells fargo"]);
        check("The Exxon Mobil CEO said so.", &["exxon mobil"]);
        check("Warren Hammers Wells Fargo CEO. Former Wells Fargo CEO John Stumpf left.", &["wells fargo"]);
    }

    #[test]
    fn a_possessive_or_a_lone_title_names_none() {
        check("Trump's CEO said so. CEO pay rose.", &[] as &[&str]);
    }
}
