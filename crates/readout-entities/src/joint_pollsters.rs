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
    let MentionForm::Name { words, .. } = &mention.form else { return None };
    if mention.kind != EntityKind::Organization || !before_a_poll(doc, mention.tokens.1) {
        return None;
    }
    // The word that holds the hyphen: a name's last word glued to the next
    // name's first ("Post-ABC", "Press-GfK", "NBC-Wall").
    let (word_index, hyphen) = words.iter().enumerate().find_map(|(index, word)| {
        let hyphen = word.find('-')?;
        let (left, right) = (&word[..hyphen], &word[hyphen + 1..]);
        let names =
            left.chars().next().is_some_and(char::is_uppercase) && right.chars().next().is_some_and(char::is_uppercase);
        names.then_some((index, hyphen))
    })?;
    let text = doc.text;
    let span = &text[mention.bytes.clone()];
    let hyphen_byte = mention.bytes.start + span.find(&words[word_index][..=hyphen])? + hyphen;
    let token = (mention.tokens.0..mention.tokens.1).find(|&t| doc.token(t).range.contains(&hyphen_byte))?;
    let mut left_words: Vec<String> = words[..word_index].to_vec();
    left_words.push(words[word_index][..hyphen].to_string());
    let mut right_words = vec![words[word_index][hyphen + 1..].to_string()];
    right_words.extend(words[word_index + 1..].iter().cloned());
    let part = |tokens: (usize, usize), bytes: std::ops::Range<usize>, words: Vec<String>| Mention {
        tokens,
        bytes,
        kind: EntityKind::Organization,
        canonical: Some(words.join(" ")),
        form: MentionForm::Name { words, honorifics: vec![] },
        untyped: false,
    };
    Some((
        part((mention.tokens.0, token + 1), mention.bytes.start..hyphen_byte, left_words),
        part((token, mention.tokens.1), hyphen_byte + 1..mention.bytes.end, right_words),
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
    use readout_segment::segment;

    /// The names of `text`'s mentions after splitting, as "kind:text".
    fn check(text: &str, expect: &[&str]) {
        let seg = segment(text, std::slice::from_ref(&(0..text.len())));
        let doc = Document::new(text, &seg);
        let names = crate::NameTagger::builtin().tag(text, &seg);
        let mentions = split_joint_pollsters(&doc, crate::mentions::find_mentions(&doc, &names));
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
    }

    #[test]
    fn a_hyphenated_name_that_takes_no_poll_stays_whole() {
        check(
            "The Charlotte-Mecklenburg Police Department said so.",
            &["organization:Charlotte-Mecklenburg Police Department"],
        );
    }
}
