//! The occasion a transcript's heading names: the text, its time
//! expressions and entities in; the channel, date and place that the lines
//! above its first turn give out ("Remarks With Foreign Minister Lavrov
//! Before Their Meeting / Rome, Italy / December 14, 2014": remarks to the
//! press in Rome on that day).
//!
//! It is the occasion of the transcript's turns (`KERRY: …`) that no
//! reported call or meeting claims; prose quotes keep their own.

use super::occasion::Occasion;
use super::Statements;
use crate::AnalysedChannel;
use readout_record::{ChannelKind, EntityKind};

/// How many sentences above the first turn count as the heading.
const HEADING_SENTENCES: usize = 15;

/// The channel the heading's words name.
fn heading_channel(words: &[&str]) -> Option<ChannelKind> {
    let has = |word: &str| words.contains(&word);
    let pair = |first: &str, second: &str| words.windows(2).any(|w| w[0] == first && w[1] == second);
    if pair("press", "conference") || pair("news", "conference") || pair("press", "availability") || has("briefing") {
        Some(ChannelKind::PressConference)
    } else if has("remarks") && (has("before") || has("ahead")) && has("meeting") {
        // Remarks before a meeting are made to the press in the room.
        Some(ChannelKind::PressConference)
    } else if has("meets") || has("meeting") || has("bilateral") || has("talks") {
        Some(ChannelKind::Meeting)
    } else if has("interview") {
        Some(ChannelKind::Interview)
    } else if has("remarks") || has("speech") || has("address") {
        Some(ChannelKind::Speech)
    } else {
        None
    }
}

/// The heading's occasion, or `None` where the text has no transcript turns
/// or its heading names no channel.
pub(super) fn heading_occasion(statements: &Statements) -> Option<Occasion> {
    let doc = statements.doc;
    let first_turn = statements.attributions.iter().find_map(|a| a.cue.filter(|&(cue, _)| doc.is_punct(cue, ":")))?;
    let first_sentence = doc.token_sentence[first_turn.0].saturating_sub(HEADING_SENTENCES);
    let start = doc.seg.sentences.get(first_sentence).map_or(0, |s| s.first_token);
    let end = doc.sentence_bounds(first_turn.0).0;
    let words: Vec<&str> = (start..end).map(|t| doc.word(t)).collect();
    let kind = heading_channel(&words)?;
    // The dateline's date may be a page stamp, outside the article's tokens:
    // compare bytes.
    let (heading_start, heading_end) = (doc.token(start).range.start, doc.token(end).range.start);
    let date = statements
        .times
        .iter()
        .chain(statements.stamp_times)
        .filter(|(range, value)| range.start < heading_end && range.end > heading_start && value.len() >= 10)
        .min_by_key(|(range, _)| range.start)
        .map(|(_, value)| value.clone());
    // A dateline names the place on a line of its own: "Sochi, Russia".
    let place = statements
        .mentions
        .iter()
        .zip(statements.mention_group)
        .filter(|(m, _)| m.tokens.0 >= start && m.tokens.1 <= end)
        .filter(|(m, _)| m.tokens.0 == 0 || doc.text[..doc.token(m.tokens.0).range.start].ends_with('\n'))
        .find_map(|(_, group)| group.filter(|&g| statements.kinds[g] == EntityKind::Place));
    Some(Occasion {
        channel: Some(AnalysedChannel { kind, name: None, mention: None }),
        date,
        place,
        ..Occasion::default()
    })
}

#[cfg(test)]
mod tests {
    use super::super::test_support::check;

    #[test]
    fn a_transcript_heading_dates_and_places_its_turns() {
        check(
            "Remarks With Foreign Minister Ivan Petrov Before Their Meeting\n\nRome, Italy\nDecember 14, 2014\n\nSECRETARY KERRY: Well, thanks everybody. We are delighted to be here.\n",
            &["press_conference | 2014-12-14 | - | Rome"],
        );
    }

    #[test]
    fn prose_under_a_heading_keeps_its_own() {
        check("Press conference on the budget\n\nThe minister said that taxes would fall.\n", &["- | - | - | -"]);
    }
}
