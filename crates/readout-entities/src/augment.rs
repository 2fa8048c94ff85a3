//! Headline practice: a GUM document and its gold names in, the same text
//! with some of its sentences appended again as headline paragraphs out,
//! each in title case or upper case, with its gold names moved along.
//!
//! GUM's own headings are in sentence case, while news headlines are often
//! in title case ("Mayor Holt Says Budget Talks Will Resume in May"),
//! where capitals say nothing about names. Copies of the
//! document's headings and of every fourth sentence of moderate length are
//! recased (only ASCII letters change, so byte offsets stay put) and
//! appended after the document as paragraphs of their own, so the document
//! around them still shows how each word is normally written. The styles
//! cycle: every word capitalised, every word but short function words
//! capitalised, upper case; half of the copies lose their final period.

use crate::gum::GumDocument;
use crate::lexicon::is_minor_word;
use readout_record::EntityKind;
use std::ops::Range;

/// A text with headline copies appended from byte `appended` on.
pub(crate) struct Augmented {
    pub text: String,
    pub names: Vec<(Range<usize>, EntityKind)>,
    pub appended: usize,
}

#[derive(Clone, Copy)]
enum Style {
    EveryWord,
    Headline,
    Upper,
}

/// `doc` with headline copies, or `None` when no sentence qualifies.
pub(crate) fn with_headlines(doc: &GumDocument, names: &[(Range<usize>, EntityKind)]) -> Option<Augmented> {
    let body = doc.text.trim_end_matches('\n');
    let mut text = body.to_string();
    let mut out_names = names.to_vec();
    let appended = text.len();
    let mut copies = 0usize;
    for (index, sentence) in doc.sentences.iter().enumerate() {
        let len = sentence.bytes.len();
        let chosen = sentence.heading || (index % 4 == 1 && (30..=160).contains(&len));
        if !chosen || len == 0 {
            continue;
        }
        let style = [Style::EveryWord, Style::Headline, Style::Upper][copies % 3];
        let mut source = &doc.text[sentence.bytes.clone()];
        if copies % 2 == 1 {
            source = source.strip_suffix('.').unwrap_or(source);
        }
        copies += 1;
        text.push_str("\n\n");
        let start = text.len();
        text.push_str(&recase(source, style));
        for (range, kind) in names {
            if range.start >= sentence.bytes.start && range.end <= sentence.bytes.start + source.len() {
                let shift = start - sentence.bytes.start;
                out_names.push((range.start + shift..range.end + shift, *kind));
            }
        }
    }
    text.push('\n');
    (copies > 0).then_some(Augmented { text, names: out_names, appended })
}

fn recase(sentence: &str, style: Style) -> String {
    if let Style::Upper = style {
        return sentence.to_ascii_uppercase();
    }
    let mut out = String::with_capacity(sentence.len());
    for (n, word) in sentence.split(' ').enumerate() {
        if n > 0 {
            out.push(' ');
        }
        let minor = is_minor_word(&word.to_ascii_lowercase());
        let keep = matches!(style, Style::Headline) && minor && n > 0;
        let mut chars = word.chars();
        match chars.next() {
            Some(c) if c.is_ascii_lowercase() && !keep => {
                out.push(c.to_ascii_uppercase());
                out.push_str(chars.as_str());
            }
            _ => out.push_str(word),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::gum::GumSentence;

    /// Augment a document of `sentences` (one paragraph each; a name `Kim
    /// Lee` in each is a person); show the appended part and its names.
    fn check(sentences: &[&str], expect: &str) {
        let mut doc = GumDocument::default();
        let mut names = Vec::new();
        for s in sentences {
            if !doc.text.is_empty() {
                doc.text.push_str("\n\n");
            }
            let start = doc.text.len();
            doc.text.push_str(s);
            if let Some(at) = s.find("Kim Lee") {
                names.push((start + at..start + at + 7, EntityKind::Person));
            }
            doc.sentences.push(GumSentence { bytes: start..doc.text.len(), new_paragraph: true, heading: start == 0 });
        }
        doc.text.push('\n');
        let a = with_headlines(&doc, &names).unwrap();
        let mut shown = vec![format!("{:?}", &a.text[a.appended..])];
        for (r, _) in &a.names[names.len()..] {
            shown.push(a.text[r.clone()].to_string());
        }
        assert_eq!(shown.join(" | "), expect);
    }

    #[test]
    fn copies_are_recased_and_keep_their_names() {
        check(
            &[
                r"Kim Lee wins the vote",
                r"A short one.",
                r"Voters in the north said that Kim Lee was the one to watch.",
            ],
            r#""\n\nKim Lee Wins The Vote\n" | Kim Lee"#,
        );
        assert_eq!(recase("a plan for the city of Rome.", Style::Headline), "A Plan for the City of Rome.");
        assert_eq!(recase("Kim Lee’s plan", Style::Upper), "KIM LEE’S PLAN");
    }
}
