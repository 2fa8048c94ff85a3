//! Polls two bodies conduct together: a document's name mentions in, the
//! same mentions out with each joint pollster ("the Washington
//! Post-ABC News poll", "a new Associated Press-GfK poll") split into its
//! two bodies, the first kept first.
//!
//! The pair is written as one capitalised run with a hyphen between two
//! names. The poll speaks for both, and each is an organisation the text
//! and the store know by its own name ("The Washington Post"), so neither
//! the pair's name nor a run of two bodies is an entity.

use crate::mentions::{Mention, MentionForm};
use readout_record::EntityKind;
use readout_segment::Document;

/// `mentions` with every organisation name that joins two bodies by a
/// hyphen before a poll's noun made two mentions.
pub(crate) fn split_joint_pollsters(doc: &Document, mentions: Vec<Mention>) -> Vec<Mention> {
    let mut out = Vec::with_capacity(mentions.len());
    for mention in mentions {
        match split(doc, &mention) {
            Some((first, second)) => {
                out.push(first);
                out.push(second);
            }
            None => out.push(mention),
        }
    }
    out
}

fn split(doc: &Document, mention: &Mention) -> Option<(Mention, Mention)> {
    if !matches!(mention.form, MentionForm::Name { .. })
        || mention.kind != EntityKind::Organization
        || !before_a_poll(doc, mention.tokens.1)
    {
        return None;
    }
    // The token that holds the hyphen: a name's last word glued to the next
    // name's first ("Post-ABC", "Press-GfK", "NBC-Wall"). Found in the
    // token's own text, so that nothing else in the mention is mistaken for
    // it ("The ABC-7 ABC-Ipsos poll").
    let (token, hyphen_byte) = (mention.tokens.0..mention.tokens.1).find_map(|t| {
        let raw = doc.raw(t);
        let hyphen = raw.find('-')?;
        let names = raw[..hyphen].chars().next().is_some_and(char::is_uppercase)
            && raw[hyphen + 1..].chars().next().is_some_and(char::is_uppercase);
        names.then(|| (t, doc.token(t).range.start + hyphen))
    })?;
    if !(mention.bytes.start < hyphen_byte && hyphen_byte + 1 < mention.bytes.end) {
        return None;
    }
    // Each part's words as the name finder writes them: apostrophes made
    // straight.
    let words = |bytes: std::ops::Range<usize>| -> Vec<String> {
        doc.text[bytes].split_whitespace().map(|word| word.replace('’', "'")).collect()
    };
    let part = |tokens: (usize, usize), bytes: std::ops::Range<usize>| {
        let words = words(bytes.clone());
        Mention {
            tokens,
            bytes,
            kind: EntityKind::Organization,
            canonical: Some(words.join(" ")),
            form: MentionForm::Name { words, honorifics: vec![] },
            untyped: false,
        }
    };
    Some((
        part((mention.tokens.0, token + 1), mention.bytes.start..hyphen_byte),
        part((token, mention.tokens.1), hyphen_byte + 1..mention.bytes.end),
    ))
}

/// Whether a poll's noun follows token `end`, after at most two lower-case
/// words ("poll", "opinion poll", "national tracking poll").
fn before_a_poll(doc: &Document, end: usize) -> bool {
    (end..(end + 3).min(doc.len()))
        .take_while(|&t| doc.is_word(t) && !doc.token(t).capitalized)
        .any(|t| matches!(doc.word(t), "poll" | "polls" | "survey"))
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The names of `text`'s mentions, split where joint, as "kind:text".
    fn check(text: &str, expect: &[&str]) {
        let mentions = crate::mentions::tagged_mentions(text);
        let got: Vec<String> = mentions
            .iter()
            .filter(|m| matches!(m.form, MentionForm::Name { .. }))
            .map(|m| format!("{}:{}", m.kind.as_str(), &text[m.bytes.clone()]))
            .collect();
        assert_eq!(got, expect);
    }

    #[test]
    fn a_joint_poll_names_both_pollsters() {
        check(
            "A new Washington Post-ABC News poll shows a tie.",
            &["organization:Washington Post", "organization:ABC News"],
        );
        check("The Associated Press-GfK poll found the same.", &["organization:Associated Press", "organization:GfK"]);
        // Regression: a curly apostrophe in the name stopped the split, and
        // an earlier hyphenated word was taken for the pair's.
        check("A new O’Neill-ABC poll shows a tie.", &["organization:O’Neill", "organization:ABC"]);
        check("The ABC-7 ABC-Ipsos poll found a tie.", &["organization:ABC-7 ABC", "organization:Ipsos"]);
    }

    #[test]
    fn a_hyphenated_name_that_takes_no_poll_stays_whole() {
        check(
            "The Charlotte-Mecklenburg Police Department said so.",
            &["organization:Charlotte-Mecklenburg Police Department"],
        );
    }
}
