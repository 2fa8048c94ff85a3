//! Statements introduced by a colon: a document and the attributions found
//! so far in, an attribution for each sentence of an unquoted statement
//! that follows "A Downing Street spokesperson said:" or "The following is
//! attributable to Spokesperson Morgan Ortagus:" out.
//!
//! Government readouts give the office's account that way, without
//! quotation marks. A framing sentence with no cue of its own ("The Prime
//! Minister spoke to President Obama earlier today.") belongs to whoever
//! introduced the statement; a sentence with its own cue ("The Prime
//! Minister welcomed …") keeps its own attribution and gets none here.

use crate::quotes::{source_before, Attribution};
use readout_record::QuoteKind;
use readout_segment::Document;

/// How many paragraphs an introduced statement may run to in a readout,
/// where the office's account fills the page; elsewhere ("The governor
/// added:" before a block quotation) it is the one paragraph.
const READOUT_STATEMENT_PARAGRAPHS: usize = 8;

/// One introduced statement: who introduced it, with which cue, and the
/// sentences it runs over.
struct Statement {
    source: (usize, usize),
    cue: (usize, usize),
    sentences: Vec<usize>,
}

/// The introduced statements of a document, `readout` as
/// [`crate::genre::is_readout`] says.
fn statements(doc: &Document, readout: bool) -> Vec<Statement> {
    let paragraphs = if readout { READOUT_STATEMENT_PARAGRAPHS } else { 1 };
    let mut out = Vec::new();
    for sentence in 0..doc.seg.sentences.len() {
        let Some((source, cue)) = introduction(doc, sentence) else { continue };
        let intro_paragraph = doc.seg.sentences[sentence].paragraph;
        let end = (sentence + 1..doc.seg.sentences.len())
            .find(|&next| {
                let s = &doc.seg.sentences[next];
                s.paragraph > intro_paragraph + paragraphs || !is_statement_sentence(doc, s.first_token, s.end_token)
            })
            .unwrap_or(doc.seg.sentences.len());
        out.push(Statement { source, cue, sentences: (sentence + 1..end).collect() });
    }
    out.extend(remarks(doc));
    out
}

/// A text whose headline says it is someone's remarks or speech ("Opening
/// remarks by President von der Leyen at the joint press conference",
/// "Speech by the Prime Minister"): every sentence of running prose after
/// the headline is theirs.
fn remarks(doc: &Document) -> Option<Statement> {
    let headline = doc.seg.sentences.first()?;
    let (first, end) = (headline.first_token, headline.end_token);
    let cue = (first..end.min(first + 4))
        .find(|&t| matches!(doc.word(t), "remarks" | "speech" | "address") && doc.word(t + 1) == "by")?;
    let name_start = cue + 2;
    let name_end = (name_start..end)
        .find(|&t| !(doc.token(t).capitalized || matches!(doc.word(t), "von" | "der" | "de" | "van" | "the" | ".")))
        .unwrap_or(end);
    if name_end <= name_start || !doc.token(name_end - 1).capitalized {
        return None;
    }
    let sentences = (1..doc.seg.sentences.len())
        .filter(|&index| {
            let s = &doc.seg.sentences[index];
            s.paragraph > headline.paragraph && is_statement_sentence(doc, s.first_token, s.end_token)
        })
        .collect();
    Some(Statement { source: (name_start, name_end), cue: (cue, cue + 1), sentences })
}

/// The attributions of the sentences of introduced statements that no
/// attribution in `found` covers; and, in `found`, the attributions inside
/// such a statement whose source is both parties ("They discussed", "The
/// leaders agreed") given to the introducer: the office reports what the
/// two sides did, and no one of them said it.
pub(crate) fn introduced_statements(doc: &Document, found: &mut [Attribution], readout: bool) -> Vec<Attribution> {
    let mut out = Vec::new();
    for statement in statements(doc, readout) {
        let (source, cue) = (statement.source, statement.cue);
        let first_token = statement.sentences.first().map_or(doc.len(), |&s| doc.seg.sentences[s].first_token);
        let end_token = statement.sentences.last().map_or(0, |&s| doc.seg.sentences[s].end_token);
        for attribution in found.iter_mut() {
            let inside = attribution.content.first().is_some_and(|&(c0, _)| c0 >= first_token && c0 < end_token);
            if inside && attribution.source.is_some_and(|s| names_both_parties(doc, s)) {
                attribution.source = Some(source);
            }
        }
        for next in statement.sentences {
            let s = &doc.seg.sentences[next];
            // Where an attribution of its own starts inside the sentence, the
            // statement keeps the words before it: a sentence run on past
            // "D.C." holds the framing and a cued sentence.
            let own_start = found
                .iter()
                .chain(&out)
                .filter(|a| a.content.iter().any(|&(c0, c1)| c0 < s.end_token && s.first_token < c1))
                .filter_map(|a| {
                    let starts = a.content.iter().map(|c| c.0).chain(a.source.map(|s| s.0)).chain(a.cue.map(|c| c.0));
                    starts.min()
                })
                .min();
            let end = match own_start {
                Some(start) if start < s.first_token + 4 => continue,
                Some(start) => start.min(s.end_token),
                None => trim_final_stop(doc, s.first_token, s.end_token),
            };
            out.push(Attribution {
                kind: QuoteKind::Indirect,
                cue: Some(cue),
                source: Some(source),
                content: vec![(s.first_token, end)],
            });
        }
    }
    out
}

/// Whether a source names both parties of a call or meeting and no one
/// else: "They", "They both", "The leaders", "Both leaders", "the two
/// leaders".
fn names_both_parties(doc: &Document, (first, end): (usize, usize)) -> bool {
    let words: Vec<&str> = (first..end).map(|t| doc.word(t)).collect();
    matches!(
        words.as_slice(),
        ["they"] | ["they", "both"] | ["both"] | ["the", "leaders"] | ["both", "leaders"] | ["the", "two", "leaders"]
    )
}

/// The source and cue of a sentence that introduces a statement: it ends
/// its paragraph with a colon, and either a speech verb has a subject
/// before it ("A Downing Street spokesperson said:") or it says whom the
/// statement is "attributable to".
fn introduction(doc: &Document, sentence: usize) -> Option<((usize, usize), (usize, usize))> {
    let s = &doc.seg.sentences[sentence];
    let (first, end) = (s.first_token, s.end_token);
    if end < first + 3 || !doc.is_punct(end - 1, ":") {
        return None;
    }
    let next_opens_quote = end < doc.len() && doc.token(end).is_quote();
    if next_opens_quote {
        return None;
    }
    let colon = end - 1;
    // "The following is attributable to Spokesperson Morgan Ortagus:"
    if let Some(to) = (first..colon).find(|&t| doc.word(t) == "attributable" && doc.word(t + 1) == "to") {
        return (to + 2 < colon).then_some(((to + 2, colon), (to, to + 2)));
    }
    // "As stated by Spokesperson Matthew Miller:"
    let by = (first + 1..colon).find(|&t| {
        doc.word(t) == "by" && matches!(doc.word(t - 1), "stated" | "said" | "announced" | "released" | "issued")
    });
    if let Some(by) = by {
        return (by + 1 < colon).then_some(((by + 1, colon), (by - 1, by)));
    }
    let verb = colon - 1;
    if !crate::lexicon::is_speech_verb(doc.word(verb)) {
        return None;
    }
    let source = source_before(doc, verb, first)?;
    Some((source, (verb, verb + 1)))
}

/// A sentence of running prose (it ends with a full stop and has a
/// lower-case word), not a dateline, a heading or "Published 24 September".
fn is_statement_sentence(doc: &Document, first: usize, end: usize) -> bool {
    let last = end.saturating_sub(1);
    let prose = (first..end).any(|t| doc.is_word(t) && !doc.token(t).capitalized);
    let published = matches!(doc.word(first), "published" | "updated" | "share" | "print");
    // "… in Washington, D.C." ends on its abbreviation's stop.
    let stop = matches!(doc.word(last), "." | "!" | "?") || doc.raw(last).ends_with('.');
    end > first + 3 && prose && !published && stop
}

fn trim_final_stop(doc: &Document, first: usize, end: usize) -> usize {
    if end > first + 1 && matches!(doc.word(end - 1), "." | "!" | "?") {
        end - 1
    } else {
        end
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use readout_segment::segment;

    /// Each introduced attribution as `source | content`.
    fn check(text: &str, expect: &[&str]) {
        let seg = segment(text, std::slice::from_ref(&(0..text.len())));
        let doc = Document::new(text, &seg);
        let got: Vec<String> = introduced_statements(&doc, &mut [], crate::genre::is_readout(&doc))
            .iter()
            .map(|a| {
                let (s0, s1) = a.source.expect("source");
                let (c0, c1) = a.content[0];
                format!("{} | {}", &text[doc.byte_range(s0, s1)], &text[doc.byte_range(c0, c1)])
            })
            .collect();
        assert_eq!(got, expect);
    }

    #[test]
    fn a_spokespersons_unquoted_statement_is_theirs() {
        check(
            "PM call with President Obama\n\nA Downing Street spokesperson said:\n\nThe Prime Minister spoke to President Obama earlier today.\n\n\
             Published 24 September 2015",
            &["A Downing Street spokesperson | The Prime Minister spoke to President Obama earlier today"],
        );
        // Outside a readout the statement is one paragraph: a block quotation.
        check(
            "The governor added:\n\nIt is typical of her.\n\nThe facts are still being gathered.",
            &["The governor | It is typical of her"],
        );
        check(
            "The following is attributable to Spokesperson Morgan Ortagus:\n\nSecretary Pompeo met with \
             Prime Minister al-Kadhimi today in Washington, D.C.",
            &["Spokesperson Morgan Ortagus | Secretary Pompeo met with Prime Minister al-Kadhimi today in Washington, D.C."],
        );
    }

    #[test]
    fn a_statement_stated_by_someone_is_theirs() {
        check(
            "As stated by Spokesperson Matthew Miller:
Secretary Blinken spoke with Prime Minister al-Sudani.",
            &["Spokesperson Matthew Miller | Secretary Blinken spoke with Prime Minister al-Sudani"],
        );
    }

    #[test]
    fn a_speech_is_its_speakers_after_the_headline() {
        check(
            "Opening remarks by President von der Leyen at the press conference\n\nLet me start by thanking you.\n\n\
             We will have delivered many doses.",
            &[
                "President von der Leyen | Let me start by thanking you",
                "President von der Leyen | We will have delivered many doses",
            ],
        );
        check("Remarks on the economy\n\nThe economy grew.", &[]);
    }

    #[test]
    fn a_quoted_statement_or_a_heading_is_not() {
        check("A spokesperson said:\n\n\u{201c}We agreed.\u{201d}", &[]);
        check("A spokesperson said:\n\nPublished 24 September 2015", &[]);
    }
}
