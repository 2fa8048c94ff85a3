//! Names a text defines by their acronym: a document's name mentions in,
//! the same mentions out with each name written out before its acronym in
//! brackets ("the Alliance to Reclaim Our Schools (AROS)") made one
//! organisation mention.
//!
//! A name of several words with a lower-case "to", "for" or "of" inside
//! comes out of the capitalised runs in pieces ("Alliance", "Reclaim Our
//! Schools"), and the pieces are no one the text names. The acronym
//! right after it says where the name begins: its letters are the
//! initials of the name's capitalised words. The acronym's own mentions
//! then join the whole name (`joins.rs`), which gives the entity its name.

use crate::mentions::{Mention, MentionForm};
use readout_record::EntityKind;
use readout_segment::Document;

/// Words inside a name that its acronym skips (lower case): "of", "to".
pub(crate) fn is_name_function_word(word: &str) -> bool {
    matches!(word, "of" | "the" | "for" | "and" | "on" | "in" | "to" | "at" | "&")
}

/// `mentions` with each name its acronym defines made one mention, in
/// text order.
pub(crate) fn with_defined_acronyms(doc: &Document, mentions: Vec<Mention>) -> Vec<Mention> {
    let mut defined = defined_names(doc);
    if defined.is_empty() {
        return mentions;
    }
    // A piece of a defined name is no mention of its own.
    let mut out: Vec<Mention> = mentions
        .into_iter()
        .filter(|m| !defined.iter().any(|d| d.tokens.0 <= m.tokens.0 && m.tokens.1 <= d.tokens.1))
        .collect();
    out.append(&mut defined);
    out.sort_by_key(|m| (m.tokens.0, std::cmp::Reverse(m.tokens.1)));
    out
}

/// Every name the text defines by an acronym in brackets after it, in
/// text order.
fn defined_names(doc: &Document) -> Vec<Mention> {
    (1..doc.len().saturating_sub(2))
        .filter(|&open| doc.is_punct(open, "(") && doc.is_punct(open + 2, ")"))
        .filter_map(|open| defined_name(doc, open))
        .collect()
}

/// The name written out before the acronym in brackets at `open + 1`,
/// as an organisation mention, when the initials of the capitalised words
/// before the bracket spell the acronym and a lower-case word stands among
/// them (a name of capitalised words only is found whole already).
fn defined_name(doc: &Document, open: usize) -> Option<Mention> {
    let acronym = doc.raw(open + 1);
    if !(2..=8).contains(&acronym.len()) || !acronym.chars().all(|c| c.is_ascii_uppercase()) {
        return None;
    }
    let (sentence_first, _) = doc.sentence_bounds(open);
    let mut letters = acronym.chars().rev().peekable();
    let mut start = open;
    let mut function_words = 0;
    while letters.peek().is_some() && start > sentence_first {
        let t = start - 1;
        let word = doc.word(t);
        if doc.is_word(t) && doc.token(t).capitalized {
            let initial = doc.raw(t).chars().next()?.to_ascii_uppercase();
            if letters.next() != Some(initial) {
                return None;
            }
        } else if doc.is_word(t) && is_name_function_word(word) && start < open {
            function_words += 1;
        } else {
            return None;
        }
        start = t;
    }
    let spelled = letters.peek().is_none() && doc.token(start).capitalized;
    if !spelled || function_words == 0 {
        return None;
    }
    let words: Vec<String> = (start..open).map(|t| doc.raw(t).to_string()).collect();
    // Not a country's long name ("the Democratic Republic of the Congo
    // (DRC)", "the District of Columbia (DC)"), an office ("Director of
    // National Intelligence (DNI)") or a law ("the Tax Cuts and Jobs Act
    // (TCJA)"): those are no organisation.
    let names_a_place = (start..open).any(|t| crate::is_place(doc.raw(t)))
        || crate::is_place(&words.join(" "))
        || words.iter().any(|w| {
            matches!(
                w.as_str(),
                "Republic" | "Kingdom" | "District" | "Commonwealth" | "Federation" | "Emirates" | "Islands"
            )
        });
    let office_or_law = crate::kind_words::is_honorific(&words[0].to_lowercase())
        || matches!(words[0].to_lowercase().as_str(), "director" | "chairman" | "chair" | "secretary" | "minister")
        || matches!(
            words[words.len() - 1].as_str(),
            "Act" | "Arrivals" | "Program" | "Programme" | "Agreement" | "Treaty"
        );
    if names_a_place || office_or_law {
        return None;
    }
    Some(Mention {
        tokens: (start, open),
        bytes: doc.byte_range(start, open),
        kind: EntityKind::Organization,
        form: MentionForm::Name { words, honorifics: vec![] },
        canonical: None,
        untyped: false,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use readout_segment::segment;

    fn check(text: &str, expect: &[&str]) {
        let seg = segment(text, std::slice::from_ref(&(0..text.len())));
        let doc = Document::new(text, &seg);
        let found: Vec<&str> = defined_names(&doc).into_iter().map(|m| &text[m.bytes]).collect();
        assert_eq!(found, expect);
    }

    #[test]
    fn a_name_with_lower_case_words_before_its_acronym_is_one_name() {
        check(
            "The rallies were led by the Alliance to Reclaim Our Schools (AROS) on Thursday.",
            &["Alliance to Reclaim Our Schools"],
        );
        check("She joined the Organization of American States (OAS) in May.", &["Organization of American States"]);
    }

    #[test]
    fn initials_that_do_not_spell_the_acronym_define_nothing() {
        check("He spoke to the Friends of the Earth (FOTE) on Friday.", &[]);
        check("Shares of Acme Corp (NYSE) rose.", &[]);
        // Capitalised words only: the name tagger finds that name whole.
        check("The World Health Organization (WHO) said so.", &[]);
        // Places, offices and laws are no organisation.
        check("He flew to the Democratic Republic of the Congo (DRC) on Monday.", &[]);
        check("She met the Director of National Intelligence (DNI) on Monday.", &[]);
        check("They passed the Tax Cuts and Jobs Act (TCJA) in 2017.", &[]);
    }
}
