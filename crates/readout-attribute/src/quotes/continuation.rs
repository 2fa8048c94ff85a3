//! Attributions carried on: a document, the quoted segments, which of them a
//! cue has claimed and the attributions found so far in, those attributions
//! out with sources and quotes carried on from the attribution before, plus
//! one for each unclaimed quote that carries its cue at its end.
//!
//! A cue with no subject of its own takes the source of the cue before it
//! in the same sentence, and a participle whose subject was cut short takes
//! the whole one an earlier cue found. A quoted sentence that no cue claimed continues
//! the quotation before it, unless a short tail after it (`“…,” Vitter
//! demanded.`) or a dash and a name (`“…” ― Steve Quinlan`) attribute it
//! themselves.

use super::clause_before::is_adverbial_opener;
use super::source_phrase::strip_auxiliaries;
use super::{trim_end, Attribution, TokenRange};
use crate::lexicon::{is_determiner, is_pronoun_subject, is_speech_verb, stops_noun_phrase};
use crate::quote_marks::QuotedSegment;
use readout_record::QuoteKind;
use readout_segment::Document;

/// In a readout, reported speech runs on: "Vladimir Putin noted that the
/// current government … is imposing illegitimate decisions. Russia cannot
/// ignore calls for help on this matter." The sentence after one whose
/// reported clause runs to its end, in the same paragraph, with no
/// attribution of its own, is more of what the same speaker said.
pub(super) fn continue_reported_speech(doc: &Document, attributions: &mut Vec<Attribution>) {
    let mut added = Vec::new();
    for attribution in attributions.iter().filter(|a| a.kind == QuoteKind::Indirect) {
        let (Some(cue), Some(&(_, content_end))) = (attribution.cue, attribution.content.last()) else { continue };
        let sentence = doc.token_sentence[cue.0];
        let Some(next) = doc.seg.sentences.get(sentence + 1) else { continue };
        let (_, sentence_end) = doc.sentence_bounds(cue.0);
        // The reported clause runs to the sentence's end, bar its stop.
        let to_the_end =
            content_end + 1 >= sentence_end && doc.token_sentence[content_end.saturating_sub(1)] == sentence;
        let same_paragraph = next.paragraph == doc.seg.sentences[sentence].paragraph;
        let own = attributions.iter().any(|a| {
            a.cue.is_some_and(|c| doc.token_sentence[c.0] == sentence + 1)
                || a.content.iter().any(|&(c0, c1)| c0 < next.end_token && next.first_token < c1)
        });
        let prose = next.end_token > next.first_token + 3 && doc.is_punct(next.end_token - 1, ".");
        if to_the_end && same_paragraph && !own && prose {
            added.push(Attribution {
                kind: QuoteKind::Indirect,
                cue: Some(cue),
                source: attribution.source,
                content: vec![(next.first_token, next.end_token - 1)],
            });
        }
    }
    attributions.extend(added);
}

/// `…, but insisted that …`: a cue with no subject of its own shares the
/// subject of the cue before it in the same sentence.
pub(super) fn inherit_sources(doc: &Document, attributions: &mut [Attribution]) {
    for index in 1..attributions.len() {
        if attributions[index].source.is_some() {
            continue;
        }
        let Some(cue) = attributions[index].cue else { continue };
        let previous = &attributions[index - 1];
        let same_sentence = previous.cue.is_some_and(|c| doc.token_sentence[c.0] == doc.token_sentence[cue.0]);
        if same_sentence {
            attributions[index].source = previous.source;
        }
    }
}

/// `Hillary Clinton's campaign manager Robby Mook said …, arguing that …`:
/// a participle or a coordinated verb takes the sentence's opening noun
/// phrase as its subject, and that walk stops at the first word that is no
/// name or title ("campaign"). An earlier cue of the same sentence whose
/// source opens at the same token found the whole subject; the later cue
/// shares it.
pub(super) fn share_sentence_subjects(doc: &Document, attributions: &mut [Attribution]) {
    for index in 0..attributions.len() {
        let (Some(cue), Some(source)) = (attributions[index].cue, attributions[index].source) else { continue };
        let wider = earlier_in_sentence(doc, attributions, cue)
            .filter(|&(other_cue, other_source)| {
                other_source.0 == source.0 && other_source.1 > source.1 && other_source.1 <= other_cue.0
            })
            .map(|(_, other_source)| other_source)
            .max_by_key(|other_source| other_source.1);
        if let Some(wider) = wider {
            attributions[index].source = Some(wider);
        }
    }
}

/// `“…,” Clinton spokesman Josh Schwerin said at the time, explaining …`:
/// a participle after a comma has the subject of the verb of saying
/// before it in its sentence, which the earlier cue found as its source.
/// The sentence's opening phrase, which the participle takes otherwise,
/// is here the quotation.
pub(super) fn participles_share_the_speakers_subject(doc: &Document, attributions: &mut [Attribution]) {
    for index in 0..attributions.len() {
        let Some(cue) = attributions[index].cue else { continue };
        // "according to" is no participle: its agent is its source.
        // `“…,” Rubio responded before adding that …`: a gerund after a
        // preposition of time right after the verb of saying is as much
        // that speaker's as a participle after a comma.
        let joined_by = (cue.0 > 0
            && (doc.is_punct(cue.0 - 1, ",") || matches!(doc.word(cue.0 - 1), "before" | "after" | "while")))
        .then(|| cue.0 - 1);
        let participle = doc.word(cue.0).ends_with("ing") && doc.word(cue.0) != "according" && joined_by.is_some();
        // Only where the opening phrase failed it: no source, or one that
        // holds a quotation mark (it was taken from inside the quotation).
        // Or where the verb of saying stands right before the comma ("he
        // said, adding"): the participle is that speaker's, whatever opens
        // the sentence ("Let's see what happens,” he said, adding …").
        let opening_failed =
            attributions[index].source.is_none_or(|(first, end)| (first..end).any(|t| doc.token(t).is_quote()));
        let speakers_verb_before = |other_cue: TokenRange| joined_by == Some(other_cue.1);
        let earlier = earlier_in_sentence(doc, attributions, cue)
            .filter(|&(other_cue, other_source)| {
                is_speech_verb(doc.word(other_cue.0))
                    && !doc.word(other_cue.0).ends_with("ing")
                    && other_source.1 <= cue.0
                    && (opening_failed || speakers_verb_before(other_cue))
            })
            .max_by_key(|&(other_cue, _)| other_cue.0)
            .map(|(_, other_source)| other_source);
        if !participle {
            continue;
        }
        if let Some(earlier) = earlier {
            attributions[index].source = Some(earlier);
        }
    }
}

/// The cues and sources of the attributions whose cue comes before `cue`
/// in its sentence.
fn earlier_in_sentence<'a>(
    doc: &'a Document,
    attributions: &'a [Attribution],
    cue: TokenRange,
) -> impl Iterator<Item = (TokenRange, TokenRange)> + 'a {
    let sentence = doc.token_sentence[cue.0];
    attributions
        .iter()
        .filter_map(|other| Some((other.cue?, other.source?)))
        .filter(move |&(other_cue, _)| other_cue.0 < cue.0 && doc.token_sentence[other_cue.0] == sentence)
}

/// Quoted segments no cue claimed that open a sentence right after an
/// attribution continue it: `“…,” he said. “More.”`.
pub(super) fn continue_quotes(
    doc: &Document,
    segments: &[QuotedSegment],
    claimed: &mut [bool],
    out: &mut Vec<Attribution>,
) {
    out.sort_by_key(Attribution::content_start);
    for (index, segment) in segments.iter().enumerate() {
        if claimed[index] {
            continue;
        }
        let first = segment.first_token();
        let (sentence_first, _) = doc.sentence_bounds(first);
        let opens_sentence = first == sentence_first;
        if !opens_sentence || segment.end_token() - first < 4 {
            continue;
        }
        // `“…,” the article read.`: a short subject and a verb after the
        // quote that end its sentence attribute it, whatever the verb.
        // Kept in text order, so that the attribution just before a later
        // quote is found.
        if let Some(tailed) = tail_cue(doc, segment) {
            out.push(tailed);
            out.sort_by_key(Attribution::content_start);
            claimed[index] = true;
            continue;
        }
        // `“…” — Name`: a quote signed with a dash.
        if let Some(signed) = dash_signature(doc, segment) {
            out.push(signed);
            out.sort_by_key(Attribution::content_start);
            claimed[index] = true;
            continue;
        }
        // The attribution just before, when this quote opens the sentence
        // right after it, in the same paragraph or the next.
        // Indirect speech reported in between ("he was called to …") does
        // not interrupt a quotation.
        let cue_starts: Vec<usize> = out.iter().filter_map(|a| a.cue.map(|c| c.0)).collect();
        let Some(previous) = out
            .iter_mut()
            .rev()
            .find(|a| a.kind != QuoteKind::Indirect && a.content.last().is_some_and(|c| c.1 <= first))
        else {
            continue;
        };
        let last_token =
            [previous.content.last().map(|c| c.1 - 1), previous.cue.map(|c| c.1 - 1), previous.source.map(|s| s.1 - 1)]
                .into_iter()
                .flatten()
                .max()
                .unwrap_or(0);
        let next_sentence = doc.token_sentence[first] == doc.token_sentence[last_token] + 1;
        let gap_paragraphs = doc.token_paragraph[first] - doc.token_paragraph[last_token];
        // `“…,” Obama said. He didn't suggest retaliation. “Our goal …”`: one
        // narrating sentence without quotes may stand between the parts.
        let skipped_sentence = doc.token_sentence[first] == doc.token_sentence[last_token] + 2
            && gap_paragraphs == 0
            && (last_token + 1..first).all(|t| !doc.token(t).is_quote())
            && !cue_starts.iter().any(|&c| c > last_token && c < first);
        if gap_paragraphs <= 1 && (next_sentence || skipped_sentence) {
            previous.content.extend(segment.pieces.iter().copied());
            claimed[index] = true;
        }
    }
}

/// `“Why isn't this proof?” Vitter demanded.`: after a quote that ends with a
/// comma, question or exclamation mark, two to five words end the sentence,
/// the last a lower-case verb (the cue) and the rest its subject.
fn tail_cue(doc: &Document, segment: &QuotedSegment) -> Option<Attribution> {
    let end = segment.end_token();
    if end >= doc.len() || end < 2 || doc.token_paragraph[end] != doc.token_paragraph[end - 1] {
        return None;
    }
    // A question or exclamation mark may end the sentence for the
    // segmenter; the tail after it still belongs to the quote.
    let asks = doc.is_punct(end - 2, "?") || doc.is_punct(end - 2, "!");
    let ends_clause = doc.is_punct(end - 2, ",") || asks;
    let (tail_first, sentence_end) = doc.sentence_bounds(end);
    if doc.token_sentence[end] != doc.token_sentence[end - 1] && !(asks && tail_first == end) {
        return None;
    }
    let tail_end = trim_end(doc, end, sentence_end);
    let words = tail_end.saturating_sub(end);
    let all_words = (end..tail_end).all(|t| doc.is_word(t) || doc.is_punct(t, "."));
    if !ends_clause {
        return None;
    }
    let verb =
        if (2..=5).contains(&words) && all_words { tail_end - 1 } else { adverbial_tail_verb(doc, end, tail_end)? };
    let subject_opens = doc.token(end).capitalized || is_determiner(doc.word(end)) || is_pronoun_subject(doc.word(end));
    if doc.token(verb).capitalized || !subject_opens || stops_noun_phrase(doc.word(verb)) {
        return None;
    }
    Some(Attribution {
        kind: QuoteKind::Direct,
        cue: Some((verb, verb + 1)),
        source: Some(strip_auxiliaries(doc, end, verb)),
        content: segment.pieces.clone(),
    })
}

/// `“…,” she yells while moving along the street`: a short subject and a
/// verb, then an adverbial that runs to the sentence end; returns the verb.
fn adverbial_tail_verb(doc: &Document, end: usize, tail_end: usize) -> Option<usize> {
    let opener = (end + 2..(end + 6).min(tail_end))
        .find(|&t| is_adverbial_opener(doc.word(t)) || matches!(doc.word(t), "while" | "as"))?;
    let verb = opener - 1;
    let word = doc.word(verb);
    let verb_like = is_speech_verb(word) || word.ends_with('s') || word.ends_with("ed");
    let subject_words = (end..verb).all(|t| doc.is_word(t));
    (verb_like && subject_words && !doc.token(verb).capitalized && !is_determiner(word)).then_some(verb)
}

/// `“…” ― Pamela Padilla`: a dash and a name after a quote that ends its
/// paragraph.
fn dash_signature(doc: &Document, segment: &QuotedSegment) -> Option<Attribution> {
    let dash = segment.end_token();
    if dash >= doc.len() || !matches!(doc.raw(dash), "―" | "—" | "–" | "-") {
        return None;
    }
    let paragraph = doc.token_paragraph[dash];
    let mut end = dash + 1;
    while end < doc.len() && doc.token_paragraph[end] == paragraph && end < dash + 12 {
        end += 1;
    }
    let ends_paragraph = end >= doc.len() || doc.token_paragraph[end] != paragraph;
    let named = dash + 1 < end && doc.token(dash + 1).capitalized;
    (ends_paragraph && named).then(|| Attribution {
        kind: QuoteKind::Direct,
        cue: Some((dash, dash + 1)),
        source: Some((dash + 1, trim_end(doc, dash + 1, end))),
        content: segment.pieces.clone(),
    })
}

#[cfg(test)]
mod tests {
    use crate::quotes::test_support::{check, check_with_cue_words};

    #[test]
    fn regression_a_participle_cut_its_subject_at_a_possessive() {
        check(
            "Hillary Clinton's campaign manager Robby Mook said as much on Thursday, arguing that Trump lashed out.",
            &[
                "indirect | Hillary Clinton's campaign manager Robby Mook | said | as much on Thursday",
                "indirect | Hillary Clinton's campaign manager Robby Mook | arguing | that Trump lashed out",
            ],
        );
    }

    #[test]
    fn a_participle_after_a_quotation_takes_the_speakers_subject() {
        check(
            "“It is outrageous,” Clinton spokesman Josh Schwerin said at the time, explaining the campaign's view.",
            &[
                "direct | Clinton spokesman Josh Schwerin | said | “It is outrageous,”",
                "indirect | Clinton spokesman Josh Schwerin | explaining | the campaign's view",
            ],
        );
    }

    #[test]
    fn regression_according_to_after_said_kept_the_speaker_for_its_source() {
        check(
            "“I'll be voting,” Welch said, according to Vermont Edition.",
            &[
                "direct | Welch | said | “I'll be voting,”",
                "mixed | Vermont Edition | according to | “I'll be voting,” Welch said",
            ],
        );
    }

    #[test]
    fn regression_a_participle_right_after_said_took_a_word_inside_the_quote_for_its_subject() {
        check_with_cue_words(
            "“First of all, I have the delegates, OK? Let us see what happens,” he said, adding that there was no magic number.",
            &["adding"],
            &[
                "direct | he | said | “First of all, I have the delegates, OK? Let us see what happens,”",
                "indirect | he | adding | that there was no magic number",
            ],
        );
    }

    #[test]
    fn uncued_quote_continues_the_one_before() {
        check(
            "“We will win,” he said.\n\n“And we will win again.”",
            &["direct | he | said | “We will win,” + “And we will win again.”"],
        );
    }

    #[test]
    fn quote_continues_over_one_narrating_sentence() {
        check(
            "“We have had problems with Russia,” Obama said. He did not suggest retaliation. “Our goal is not escalation.”",
            &["direct | Obama | said | “We have had problems with Russia,” + “Our goal is not escalation.”"],
        );
    }

    #[test]
    fn short_tail_after_a_quote_names_speaker_and_cue() {
        check(
            "“Why is this not proof that the bank is too big?” Vitter demanded.",
            &["direct | Vitter | demanded | “Why is this not proof that the bank is too big?”"],
        );
        check(
            "“Business leaders honored Donald Trump yesterday,” the article read.",
            &["direct | the article | read | “Business leaders honored Donald Trump yesterday,”"],
        );
    }

    #[test]
    fn tail_cue_before_an_adverbial() {
        check(
            "“Where is he? Tell me now,” she yells while running down the road.",
            &["direct | she | yells | “Where is he? Tell me now,”"],
        );
    }

    #[test]
    fn a_readouts_reported_speech_runs_on_in_its_paragraph() {
        let readout =
            "Putin call with President Obama\n\nVladimir Putin had a telephone conversation with Barack Obama.\n\n\
                       Vladimir Putin said that the decisions were illegitimate. Russia cannot ignore the appeals.\n\n\
                       The weather in Moscow was cold.";
        check(
            readout,
            &[
                "indirect | Vladimir Putin | said | that the decisions were illegitimate",
                "indirect | Vladimir Putin | said | Russia cannot ignore the appeals",
            ],
        );
        // Not in news.
        check(
            "Vladimir Putin said that the decisions were illegitimate. Russia cannot ignore the appeals.",
            &["indirect | Vladimir Putin | said | that the decisions were illegitimate"],
        );
    }
}
