//! The writer of a first-person text: the document's mentions and entities
//! in, the person whose "I" the narration is out, for each paragraph.
//!
//! Opinion pieces and letters are written in the first person, and the
//! writer is named where news writing names them: a closing line that
//! describes them ("Charlotte Meehan is playwright-in-residence at …"), a
//! byline ("By Jane Smith"), or, on a letters page, the signature under
//! each letter ("Toni LeAnn Williams."). An "I" outside any quote that
//! speaks is that writer.

use crate::speakers::Named;
use readout_record::EntityKind;
use readout_segment::Document;
use std::ops::Range;

/// Words that, right after a person's name opening a closing paragraph,
/// describe the writer: "X is a professor", "X, a former diplomat, …".
const BIO_VERBS: &[&str] = &["is", "was", "has", "writes", "teaches", "served", "works", "lives", "covers", ","];

/// The paragraphs that have tokens, in order: each one's index and token
/// range.
fn paragraph_tokens(doc: &Document) -> Vec<(usize, (usize, usize))> {
    let mut out: Vec<(usize, (usize, usize))> = Vec::new();
    for sentence in doc.seg.sentences.iter().filter(|s| s.first_token < s.end_token) {
        match out.last_mut() {
            Some((paragraph, range)) if *paragraph == sentence.paragraph => range.1 = sentence.end_token,
            _ => out.push((sentence.paragraph, (sentence.first_token, sentence.end_token))),
        }
    }
    out
}

/// The person a mention opening `paragraph` names, with the token after it.
fn person_opening(named: Named, (first, end): (usize, usize)) -> Option<(usize, usize)> {
    let Named { mentions, mention_group, groups } = named;
    let (index, mention) = mentions.iter().enumerate().find(|(_, m)| m.tokens.0 == first && m.tokens.1 <= end)?;
    let group = mention_group[index]?;
    // A writer is named in full.
    (groups[group].kind == EntityKind::Person && groups[group].name.contains(' ')).then_some((group, mention.tokens.1))
}

/// For each paragraph (by its index in the segmentation), the writer its
/// first-person narration is, if the text names one.
fn narrators(doc: &Document, named: Named) -> Vec<Option<usize>> {
    let paragraphs = paragraph_tokens(doc);
    let words = |(first, end): (usize, usize)| (first..end).filter(|&t| doc.is_word(t)).count();
    // A letter's signature: a short paragraph that is a name and at most a
    // place after a comma.
    let signature = |paragraph: (usize, usize)| {
        let (group, after) = person_opening(named, paragraph)?;
        let rest_is_place =
            after == paragraph.1 || doc.is_punct(after, ".") || (doc.is_punct(after, ",") && words(paragraph) <= 8);
        (rest_is_place && words(paragraph) <= 8).then_some(group)
    };
    let signatures: Vec<Option<usize>> = paragraphs.iter().map(|&(_, p)| signature(p)).collect();
    let mut out = vec![None; doc.seg.paragraphs.len()];
    if signatures.iter().flatten().count() >= 2 {
        // A letters page: each letter runs up to the signature under it.
        let mut next = None;
        for (&(paragraph, _), signature) in paragraphs.iter().zip(&signatures).rev() {
            if signature.is_some() {
                next = *signature;
            }
            out[paragraph] = next;
        }
        return out;
    }
    let bio = paragraphs.iter().rev().take(2).find_map(|&(_, paragraph)| {
        let (group, after) = person_opening(named, paragraph)?;
        (after < paragraph.1 && BIO_VERBS.contains(&doc.word(after))).then_some(group)
    });
    let byline = paragraphs.iter().take(3).find_map(|&(_, (first, end))| {
        (doc.word(first) == "by" && words((first, end)) <= 6)
            .then(|| person_opening(named, (first + 1, end)))
            .flatten()
            .map(|(group, _)| group)
    });
    // A book excerpt's credit line: "From STEALING AMERICA by Dinesh
    // D’Souza.", "Excerpted from “The Farm” by …": a short closing
    // paragraph, and a title in capitals or quotation marks right before
    // "by" (not "From 2010, the farm was run by Tom Ellis").
    let credit = paragraphs.iter().rev().take(2).find_map(|&(_, (first, end))| {
        if !matches!(doc.word(first), "from" | "excerpted" | "adapted" | "reprinted") || words((first, end)) > 30 {
            return None;
        }
        let after_a_title = |by: usize| by > first && (doc.token(by - 1).capitalized || doc.token(by - 1).is_quote());
        (first..end)
            .filter(|&t| doc.word(t) == "by" && after_a_title(t))
            .find_map(|t| person_opening(named, (t + 1, end)).map(|(group, _)| group))
    });
    let writer = bio.or(byline).or(credit).or_else(|| signatures.iter().rev().take(2).flatten().next().copied());
    out.fill(writer);
    out
}

/// The writer of each paragraph, worked out once, and only when a
/// first-person word asks: most texts have no first-person narration.
pub(crate) struct Narrators<'a, 'd> {
    doc: &'a Document<'d>,
    named: Named<'a>,
    by_paragraph: std::cell::OnceCell<Vec<Option<usize>>>,
}

impl<'a, 'd> Narrators<'a, 'd> {
    pub(crate) fn new(doc: &'a Document<'d>, named: Named<'a>) -> Self {
        Narrators { doc, named, by_paragraph: std::cell::OnceCell::new() }
    }

    /// The writer whose narration the paragraph `paragraph` is, if named.
    fn of_paragraph(&self, paragraph: usize) -> Option<usize> {
        self.by_paragraph.get_or_init(|| narrators(self.doc, self.named)).get(paragraph).copied().flatten()
    }
}

/// Gives each first-person source outside any quote ("I said", "I
/// believe") the writer of its paragraph, where it has no speaker yet.
pub(crate) fn first_person_narration(
    doc: &Document,
    narrators: &Narrators,
    attributions: &[crate::quotes::Attribution],
    speakers: &mut [Option<usize>],
) {
    for (index, attribution) in attributions.iter().enumerate() {
        let Some((first, end)) = attribution.source else { continue };
        let first_person = matches!(doc.word(first), "i" | "me")
            && (first + 1..end).all(|t| crate::lexicon::is_auxiliary_or_adverb(doc.word(t)));
        if speakers[index].is_some() || !first_person {
            continue;
        }
        let inside_quote = attributions.iter().any(|a| a.content.iter().any(|&(s, e)| s <= first && end <= e));
        if inside_quote {
            continue;
        }
        speakers[index] = narrators.of_paragraph(doc.token_paragraph[first]);
    }
}

/// The writer's own first-person words outside quotation marks ("I grew
/// up", "my father"), each as `(writer, byte range)`, in texts that name
/// their writer: the record lists every mention of a person, and these are
/// the writer's.
pub(crate) fn narration_mentions(
    doc: &Document,
    narrators: &Narrators,
    inside_quote: &[bool],
) -> Vec<(usize, Range<usize>)> {
    let first_person = |t: usize| {
        doc.is_word(t)
            && !inside_quote.get(t).copied().unwrap_or(false)
            && readout_entities::clause_words::is_first_person_singular(doc.word(t))
            && crate::discourse_persons::is_pronoun_i(doc, t)
    };
    (0..doc.len())
        .filter(|&t| first_person(t))
        .filter_map(|t| Some((narrators.of_paragraph(doc.token_paragraph[t])?, doc.token(t).range.clone())))
        .collect()
}

#[cfg(test)]
mod tests {
    use crate::speakers::tests::{analysis_of, check};

    /// The mentions of the entity named `name`, as written.
    fn mentions_of(text: &str, name: &str) -> Vec<String> {
        let analysis = analysis_of(Some("2016-10-01"), text);
        let entity = analysis.entities.iter().find(|e| e.name == name).expect("entity");
        entity.mentions.iter().map(|range| text[range.clone()].to_string()).collect()
    }

    #[test]
    fn the_named_writers_first_person_words_are_their_mentions() {
        assert_eq!(
            mentions_of(
                "I grew up in a small town. My father said \"I will stay.\"\n\nJane Porter is a playwright in Boston.",
                "Jane Porter"
            ),
            ["I", "My", "Jane Porter"]
        );
    }

    #[test]
    fn an_opinion_pieces_i_is_the_writer_its_closing_line_names() {
        check(
            "I grew up in a small town.\n\nI said then that it would not last.\n\nJane Porter is a playwright in Boston.",
            &["Jane Porter"],
        );
    }

    #[test]
    fn a_book_excerpts_credit_line_names_the_narrator() {
        check(
            "I told my father the farm would fail.\n\nFrom THE FARM by Tom Ellis. Copyright 2015 by Tom Ellis.",
            &["Tom Ellis"],
        );
        // A closing sentence about someone is no credit line.
        check("I told my father the farm would fail.\n\nFrom 2010 to 2014, the farm was run by Tom Ellis.", &[""]);
    }

    #[test]
    fn a_bylines_writer_is_the_narrator() {
        check("By Tom Ellis\n\nI told my father the farm would fail.", &["Tom Ellis"]);
    }

    #[test]
    fn each_letter_is_its_signatures() {
        check(
            "I believe the plan is a fraud.\n\nAnn Lee.\n\nI think the plan will work.\n\nBob Stone, Dayton.",
            &["Ann Lee", "Bob Stone"],
        );
    }

    #[test]
    fn a_text_that_names_no_writer_leaves_i_unresolved() {
        check("I grew up in a small town.\n\nI said then that it would not last.", &[""]);
    }
}
