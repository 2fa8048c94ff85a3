//! Role mentions: a document and a token in, the role or office mention
//! that starts there ("the Prime Minister", "the incoming president",
//! "Number 10"), and the token after it, out.

use crate::mentions::{without_possessive, Mention, MentionForm};
use crate::name_words::is_capitalised_function_word;
use readout_record::EntityKind;
use readout_segment::Document;
use readout_segment::TokenKind;

const ROLE_MODIFIERS: &[&str] = &[
    "incoming",
    "outgoing",
    "former",
    "new",
    "current",
    "us",
    "u.s.",
    "british",
    "american",
    "french",
    "german",
    "russian",
    "ukrainian",
    "then",
    "acting",
    "late",
    "deputy",
];

const ROLE_HEADS: &[&str] = &[
    "prime minister",
    // "The PM expressed his sadness": the office table reads it as "prime
    // minister" (`role_nouns.tsv`).
    "pm",
    "president-elect",
    "president",
    "chancellor",
    "foreign secretary",
    "home secretary",
    "defence secretary",
    "health secretary",
    "secretary of state",
    "vice president",
    "king",
    "queen",
    "premier",
    "taoiseach",
    "first minister",
    "attorney general",
    "mayor",
    "governor",
    "speaker",
    "leader of the opposition",
    "opposition leader",
    "pope",
    // A major US party's candidate for president, from the convention's
    // nomination to election day ("the GOP nominee" is read as "the
    // Republican nominee").
    "republican presidential nominee",
    "republican nominee",
    "gop presidential nominee",
    "gop nominee",
    "democratic presidential nominee",
    "democratic nominee",
];

/// "Number 10", "No 10", "No. 10".
pub(crate) fn office_number(doc: &Document, index: usize) -> Option<(Mention, usize)> {
    let word = doc.word(index);
    if !matches!(word, "number" | "no" | "no.") || !doc.token(index).capitalized {
        return None;
    }
    let mut next = index + 1;
    if doc.is_punct(next.min(doc.len() - 1), ".") {
        next += 1;
    }
    if next < doc.len() && matches!(doc.word(next), "10" | "ten") {
        let bytes = doc.byte_range(index, next + 1);
        let mention = Mention {
            tokens: (index, next + 1),
            bytes,
            kind: EntityKind::Organization,
            form: MentionForm::Name { words: vec!["Downing".into(), "Street".into()], honorifics: vec![] },
            canonical: Some("Downing Street".into()),
            untyped: false,
        };
        return Some((mention, next + 1));
    }
    None
}

/// "the Prime Minister", "the incoming president", "the Chancellor".
pub(crate) fn role_mention(doc: &Document, index: usize) -> Option<(Mention, usize)> {
    if doc.word(index) != "the" || is_predicative(doc, index) {
        return None;
    }
    let mut at = index + 1;
    while at < doc.len() && ROLE_MODIFIERS.contains(&doc.word(at)) {
        at += 1;
    }
    for head in ROLE_HEADS {
        let words: Vec<&str> = head.split(' ').collect();
        let matches =
            words.iter().enumerate().all(|(i, w)| at + i < doc.len() && without_possessive(doc.word(at + i)) == *w);
        if !matches {
            continue;
        }
        let end = at + words.len();
        // "the President Donald Trump" is a name with a title, not a role.
        if end < doc.len()
            && doc.token(end).capitalized
            && doc.token(end).kind == TokenKind::Word
            && !is_capitalised_function_word(doc.word(end))
        {
            return None;
        }
        // "The President of Russia", "the President of the United States":
        // the country is part of the role, and says whose office it is.
        let end = country_after_of(doc, end).unwrap_or(end);
        // "the Prime Minister of Australia Anthony Albanese": a title, with
        // what it is of, before a name; the capitalised run takes it all.
        if end + 1 < doc.len()
            && doc.word(end) == "of"
            && doc.token(index + 1).capitalized
            && doc.token(end + 1).capitalized
            && doc.token(end + 1).kind == TokenKind::Word
        {
            return None;
        }
        let phrase = (index..end)
            .map(|t| match without_possessive(doc.word(t)) {
                "gop" => "republican",
                word => word,
            })
            .collect::<Vec<_>>()
            .join(" ");
        let first = index;
        let bytes =
            doc.token(first).range.start..doc.token(end - 1).range.start + without_possessive(doc.raw(end - 1)).len();
        let mention = Mention {
            tokens: (first, end),
            bytes,
            kind: EntityKind::Person,
            form: MentionForm::Role { phrase },
            canonical: None,
            untyped: false,
        };
        return Some((mention, end));
    }
    None
}

/// The end of "of Russia" or "of the United States" right after a role
/// ending at `end`, where no name follows the country.
fn country_after_of(doc: &Document, end: usize) -> Option<usize> {
    if end + 1 >= doc.len() || doc.word(end) != "of" {
        return None;
    }
    let first = if doc.word(end + 1) == "the" { end + 2 } else { end + 1 };
    (1..=3).rev().find_map(|length| {
        let country_end = first + length;
        if country_end > doc.len() || !(first..country_end).all(|t| doc.token(t).capitalized) {
            return None;
        }
        let country = (first..country_end).map(|t| without_possessive(doc.raw(t))).collect::<Vec<_>>().join(" ");
        let named_after = country_end < doc.len()
            && doc.token(country_end).capitalized
            && doc.token(country_end).kind == TokenKind::Word;
        let is_country = crate::gazetteer::country_code(&country).is_some()
            || readout_offices::country_of_cue(&country)
                .is_some_and(|_| !crate::name_words::looks_like_demonym(&country));
        (is_country && !named_after).then_some(country_end)
    })
}

/// Whether the phrase at `index` follows "as" ("served as the president",
/// "assume office as President"): a role said of someone, not a mention.
pub(crate) fn is_predicative(doc: &Document, index: usize) -> bool {
    index > 0 && doc.word(index - 1) == "as"
}

#[cfg(test)]
mod tests {
    use super::*;
    use readout_segment::segment;

    /// The role phrases `role_mention` finds in `text`.
    fn roles(text: &str) -> Vec<String> {
        let seg = segment(text, std::slice::from_ref(&(0..text.len())));
        let doc = Document::new(text, &seg);
        (0..doc.len())
            .filter_map(|t| role_mention(&doc, t))
            .map(|(mention, _)| match mention.form {
                MentionForm::Role { phrase } => phrase,
                other => format!("{other:?}"),
            })
            .collect()
    }

    #[test]
    fn the_pm_is_a_role() {
        assert_eq!(roles("The PM expressed his sadness at the damage."), ["the pm"]);
        assert_eq!(roles("The Prime Minister spoke to the PM's counterpart."), ["the prime minister", "the pm"]);
        // A title before a name is no role.
        assert!(roles("The PM Keir Starmer spoke.").is_empty());
    }

    #[test]
    fn a_partys_nominee_is_a_role() {
        assert_eq!(roles("The GOP nominee complained about his mic."), ["the republican nominee"]);
        assert_eq!(roles("the Democratic presidential nominee said"), ["the democratic presidential nominee"]);
        assert!(roles("The Republican nominee Donald Trump spoke.").is_empty());
    }
}
