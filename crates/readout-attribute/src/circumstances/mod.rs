//! The circumstances of each statement: the attributions with their
//! speakers, the entities, the events and the time expressions in; per
//! attribution when, to whom, through what and where the words were said
//! out ([`Circumstances`]).
//!
//! Two sources decide, in this order:
//! 1. The statement's own frame: the words of its sentence outside the
//!    quotation and the content ("said on Wednesday", "told reporters", "in
//!    an interview with Time", "speaking during a visit to Norway").
//! 2. The occasion it belongs to. A call or a meeting the text reports
//!    ("The Prime Minister spoke to Chancellor Scholz this morning") is the
//!    occasion of what its participants say after it: the channel is the
//!    call, the date the call's, the addressee the other party. A statement
//!    that names an occasion of its own ("earlier this week", "in a post")
//!    ends that: its speaker's later words are not the call's. A bare
//!    continuation ("he said", "he added", a paragraph that goes on) keeps
//!    the occasion of the words before it.
//!
//! Nothing is taken from the publication date alone, and an office's
//! framing voice ("A Downing Street spokesperson said:") is a statement,
//! made to nobody in particular.

mod addressee;
mod channel;
mod channel_words;
mod frame;
mod heading;
mod occasion;
#[cfg(test)]
mod test_support;
mod time_and_place;

pub(crate) use frame::Frame;

use crate::quotes::Attribution;
use crate::{AnalysedAddressee, AnalysedChannel, AnalysedEvent, Circumstances};
use occasion::{Occasion, Occasions};
use readout_entities::Mention;
use readout_record::EntityKind;
use readout_segment::Document;
use std::ops::Range;

/// What the circumstances are worked out from.
pub(crate) struct Statements<'a, 'd> {
    pub doc: &'a Document<'d>,
    /// Per token: inside a quotation.
    pub inside: &'a [bool],
    pub attributions: &'a [Attribution],
    /// Per attribution: the index of its speaker's entity.
    pub speakers: &'a [Option<usize>],
    /// The kind of every entity.
    pub kinds: &'a [EntityKind],
    pub mentions: &'a [Mention],
    /// Per mention: the index of its entity.
    pub mention_group: &'a [Option<usize>],
    pub events: &'a [AnalysedEvent],
    /// Time expressions: byte range and TIMEX3 value.
    pub times: &'a [(Range<usize>, String)],
    /// Time expressions of the page's date stamps and datelines.
    pub stamp_times: &'a [(Range<usize>, String)],
    /// The text is a readout: its opening reports a call or a meeting, so
    /// that occasion holds through the whole text.
    pub readout: bool,
}

/// The circumstances of every attribution, in the order of
/// `statements.attributions`.
pub(crate) fn circumstances(statements: &Statements) -> Vec<Circumstances> {
    let doc = statements.doc;
    let times = time_and_place::times_as_tokens(doc, statements.times);
    let mut occasions = Occasions::new(statements);
    let heading = heading::heading_occasion(statements);
    let mut out: Vec<Circumstances> = Vec::with_capacity(statements.attributions.len());
    let mut previous: Option<(usize, Occasion)> = None;
    for (index, attribution) in statements.attributions.iter().enumerate() {
        let speaker = statements.speakers[index];
        let Some(frame) = Frame::of(doc, statements.attributions, index, statements.inside) else {
            out.push(Circumstances::default());
            continue;
        };
        // Words reported inside other reported words ("has said that he
        // wants to end the war") share their occasion.
        let nested = index.checked_sub(1).is_some_and(|before| {
            statements.attributions[before].content.iter().any(|&(s, e)| s <= frame.anchor && frame.anchor < e)
        });
        if nested {
            let before = out.last().cloned().unwrap_or_default();
            out.push(before);
            continue;
        }
        let own = own_occasion(statements, &frame, attribution, &times);
        // "..., adding that ...": a second cue of the sentence, with no
        // source of its own or the same speaker, goes on from the
        // attribution before it, addressee and all ("told reporters …,
        // adding that …"); a later sentence may speak to someone else.
        let same_sentence = |at: usize, before: &Occasion| {
            doc.token_sentence[at] == doc.token_sentence[frame.anchor]
                && !frame.cue_is_passive()
                && (attribution.source.is_none() || (speaker.is_some() && before.speaker == speaker))
        };
        let continued = previous.as_ref().and_then(|(at, before)| {
            if same_sentence(*at, before) {
                Some(before.clone())
            } else if speaker.is_some() && before.speaker == speaker && continues(doc, &frame, *at) {
                Some(before.clone().carried_on())
            } else {
                None
            }
        });
        let occasion = if own.is_empty() {
            continued.or_else(|| occasions.of(&frame, speaker, &own))
        } else {
            occasions.of(&frame, speaker, &own).map(|event| own.clone().within(event)).or(Some(own))
        };
        // A transcript's turn is at the occasion its heading names, where
        // nothing nearer says otherwise (the heading's dateline dates a
        // meeting the text reports without a date).
        let turn = attribution.cue.is_some_and(|(cue, _)| doc.is_punct(cue, ":"));
        let occasion = match (occasion, &heading) {
            (Some(o), Some(heading)) if turn => Some(o.filled_from(heading)),
            (None, Some(heading)) if turn => Some(heading.clone()),
            (other, _) => other,
        };
        let occasion = occasion.map(|mut o| {
            o.speaker = speaker;
            o
        });
        if !frame.anchor_is_perfect() {
            if let Some(occasion) = &occasion {
                occasions.note_departure(speaker, frame.anchor, occasion);
            }
        }
        out.push(occasion.as_ref().map_or_else(Circumstances::default, |o| o.circumstances()));
        previous = occasion.map(|o| (frame.anchor, o));
    }
    out
}

/// The occasion a statement's own frame names: its date, channel,
/// addressee and place, any of them missing.
fn own_occasion(
    statements: &Statements,
    frame: &Frame,
    attribution: &Attribution,
    times: &[((usize, usize), String)],
) -> Occasion {
    let doc = statements.doc;
    let channel = channel::channel_in(frame)
        .or_else(|| attribution.source.and_then(|source| channel::source_is_statement(frame, source)));
    let addressee = addressee::addressee_in(frame).map(|(start, end)| AnalysedAddressee {
        entity: entity_within(statements, start, end),
        mention: Some(doc.byte_range(start, end)),
    });
    Occasion {
        channel: channel.map(|c| AnalysedChannel {
            kind: c.kind,
            name: c.name,
            mention: Some(doc.byte_range(c.mention.0, c.mention.1)),
        }),
        date: time_and_place::date_in(frame, times),
        addressee,
        place: time_and_place::place_in(frame, statements),
        participants: Vec::new(),
        speaker: None,
    }
}

/// The entity of the last mention inside tokens `[start, end)`: the head of
/// a noun phrase comes last ("the German Chancellor Olaf Scholz").
fn entity_within(statements: &Statements, start: usize, end: usize) -> Option<usize> {
    statements
        .mentions_from(start, end)
        .filter(|&index| statements.mentions[index].tokens.1 <= end)
        .filter_map(|index| statements.mention_group[index])
        .next_back()
}

impl Statements<'_, '_> {
    /// The indexes of the mentions that start in tokens `[start, end)`:
    /// mentions come in text order, so a statement looks at its own
    /// sentence's, not at every mention of a long text.
    fn mentions_from(&self, start: usize, end: usize) -> std::ops::Range<usize> {
        let first = self.mentions.partition_point(|m| m.tokens.0 < start);
        let last = self.mentions.partition_point(|m| m.tokens.0 < end);
        first..last.max(first)
    }
}

/// Whether a statement goes on from the one at token `before`: it has no
/// cue of its own (a paragraph that continues), or a bare "he said" or
/// "she added" in the next sentence or two.
fn continues(doc: &Document, frame: &Frame, before: usize) -> bool {
    let sentences = doc.token_sentence[frame.anchor].saturating_sub(doc.token_sentence[before]);
    let paragraphs = doc.token_paragraph[frame.anchor].saturating_sub(doc.token_paragraph[before]);
    if frame.cue.is_none() {
        return paragraphs <= 2;
    }
    let bare = frame.source_is_pronoun() || frame.cue.is_some_and(|(cue, _)| is_going_on(doc.word(cue)));
    bare && sentences <= 2 && paragraphs <= 1
}

/// Cues that say a speaker goes on with what they were saying.
fn is_going_on(word: &str) -> bool {
    matches!(word, "added" | "adds" | "continued" | "continues")
}

#[cfg(test)]
mod tests {
    use super::test_support::check;

    #[test]
    fn a_readout_call_is_the_occasion_of_what_its_parties_say() {
        check(
            "Rishi Sunak spoke to German Chancellor Olaf Scholz on 2 August 2023.\n\nMr Sunak said that the two countries can keep working together.",
            &["call | 2023-08-02 | Olaf Scholz | -"],
        );
    }

    #[test]
    fn an_occasion_of_its_own_ends_the_call() {
        check(
            "Keir Starmer spoke to Donald Trump on 18 December 2024.\n\nOn 16 December 2024, Sir Keir said that it would be a mistake to stop.\n\n“It is important,” he said.",
            &["- | 2024-12-16 | - | -", "- | 2024-12-16 | - | -"],
        );
    }

    #[test]
    fn an_office_statement_is_a_statement_to_nobody() {
        check(
            "Rishi Sunak spoke to Joe Biden on 2 August 2023.\n\nA Downing Street spokesperson said: “The leaders discussed Ukraine.”",
            &["statement | - | - | -"],
        );
    }

    #[test]
    fn regression_perfect_tense_is_no_occasion() {
        check(
            "Keir Starmer spoke to Donald Trump on 18 December 2024.\n\nMr Trump has said that he wants to end the war.",
            // The second is the intention inside the first.
            &["- | - | - | -", "- | - | - | -"],
        );
    }
}
