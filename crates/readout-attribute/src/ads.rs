//! The voice of an advertisement: a document, its entities and a source
//! that is an ad or its narrator ("The ad says", "a narrator in the
//! Clinton ad", "one of her ads") in, who paid for the ad out: a
//! candidate's campaign, or the organisation that ran it ("Our Principles
//! PAC").
//!
//! An ad speaks for its sponsor, not for the candidate it shows or
//! attacks: PolNeAR's annotators credit "The ad says" to "Jeb Bush
//! campaign" or to the PAC that ran it. The sponsor is named in the source
//! itself (before the ad's noun, or after "from" or "by"), or, for "the ad"
//! and "the narrator", in the sentence that named the ad last.

use crate::speakers::{head_part_end, Named};
use readout_entities::{is_group_word, without_possessive};
use readout_record::EntityKind;
use readout_segment::Document;

/// How many sentences back "the ad" looks for the ad it refers to.
const AD_REACH_SENTENCES: usize = 4;

/// Who speaks through an ad.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Sponsor {
    /// A person's campaign: the entity group of the person.
    Campaign(usize),
    /// An organisation that ran the ad: its entity group.
    Body(usize),
}

/// Nouns for an ad, which a text may name again as "the ad".
fn is_ad_noun(word: &str) -> bool {
    matches!(word, "ad" | "ads" | "advertisement" | "advertisements" | "commercial" | "commercials" | "spot" | "spots")
}

/// Nouns for an ad or the voice in it. A video or a clip is an ad only
/// where its sponsor is named with it: most are not ads.
fn is_ad_voice_noun(word: &str) -> bool {
    is_ad_noun(word) || matches!(word, "narrator" | "announcer" | "voice-over" | "voiceover" | "video" | "clip")
}

/// The sponsor of the ad a source at tokens `[first, end)` is, or is the
/// voice of, if the text names one.
pub(crate) fn sponsor_of_ad(doc: &Document, named: Named, (first, end): (usize, usize)) -> Option<Sponsor> {
    let head_end = head_part_end(doc, first, end);
    let head = (first..head_end).rev().find(|&t| doc.is_word(t))?;
    let head_word = without_possessive(doc.word(head));
    if !is_ad_voice_noun(head_word) {
        return None;
    }
    if let Some(sponsor) = sponsor_named_with(doc, named, head, (first, end)) {
        return Some(sponsor);
    }
    // "The ad", "the narrator", "this spot": the ad named last before it.
    let anaphoric = matches!(doc.word(first), "the" | "this" | "that")
        && !matches!(head_word, "video" | "clip")
        && (first + 1..head).all(|t| doc.is_word(t) && !doc.token(t).capitalized || doc.is_punct(t, "-"));
    if !anaphoric {
        return None;
    }
    let sentence = doc.token_sentence[first];
    let earliest = doc.seg.sentences[sentence.saturating_sub(AD_REACH_SENTENCES)].first_token;
    // "The spot concludes …" names no sponsor: an ad named before it may.
    (earliest..first).rev().filter(|&t| is_ad_noun(without_possessive(doc.word(t)))).find_map(|earlier_ad| {
        let (sentence_first, sentence_end) = doc.sentence_bounds(earlier_ad);
        sponsor_named_with(doc, named, earlier_ad, (sentence_first, sentence_end))
            .or_else(|| nearest_sponsor_before(named, earlier_ad, sentence_first))
    })
}

/// A sponsor named with the ad noun at `ad`, within `[first, end)`: just
/// before it ("one Clinton ad", "her ads", "Trump's new spot") or after
/// "from" or "by" ("a new ad from Our Principles PAC").
fn sponsor_named_with(doc: &Document, named: Named, ad: usize, (first, end): (usize, usize)) -> Option<Sponsor> {
    let Named { mentions, mention_group, .. } = named;
    let after_from = (ad + 1..end).find(|&t| matches!(doc.word(t), "from" | "by")).filter(|&t| t <= ad + 3);
    mentions
        .iter()
        .enumerate()
        .rev()
        .filter(|(_, m)| {
            let before = m.tokens.0 >= first && m.tokens.1 <= ad && modifies(doc, m.tokens.1, ad);
            let after = after_from.is_some_and(|from| m.tokens.0 > from && m.tokens.1 <= end && m.tokens.0 <= from + 3);
            before || after
        })
        .find_map(|(index, _)| sponsor_of_group(named, mention_group[index]?))
}

/// Whether only words that modify a noun ("new", "30-second", "TV") stand
/// between a name ending at `name_end` and the noun at `noun`.
fn modifies(doc: &Document, name_end: usize, noun: usize) -> bool {
    (name_end..noun).all(|t| doc.is_punct(t, "-") || doc.is_word(t) && !matches!(doc.word(t), "and" | "or" | "about"))
        && noun - name_end <= 3
}

/// "Bernie Sanders is releasing a new ad": the last person or body named
/// in the ad's sentence before it.
fn nearest_sponsor_before(named: Named, ad: usize, sentence_first: usize) -> Option<Sponsor> {
    let Named { mentions, mention_group, .. } = named;
    mentions
        .iter()
        .enumerate()
        .rev()
        .filter(|(_, m)| m.tokens.0 >= sentence_first && m.tokens.1 <= ad)
        .find_map(|(index, _)| sponsor_of_group(named, mention_group[index]?))
}

fn sponsor_of_group(named: Named, group: usize) -> Option<Sponsor> {
    let entity = &named.groups[group];
    if is_group_word(&entity.name) {
        return None;
    }
    match entity.kind {
        EntityKind::Person => Some(Sponsor::Campaign(group)),
        EntityKind::Organization => Some(Sponsor::Body(group)),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use crate::speakers::tests::check;

    #[test]
    fn an_ad_speaks_for_the_campaign_of_the_candidate_who_ran_it() {
        check(
            "Bernie Sanders has a new 30-second ad in New York. \"Nothing will change,\" the ad says.",
            &["Bernie Sanders campaign"],
        );
        check("\"If Trump wins, we lose,\" one Clinton ad declared.", &["Clinton campaign"]);
    }

    #[test]
    fn an_ad_run_by_a_body_speaks_for_the_body() {
        check(
            "The Club for Growth paid for a new ad in Iowa. \"He is a fraud,\" the narrator says.",
            &["Club for Growth"],
        );
    }

    #[test]
    fn the_candidate_an_ad_attacks_is_not_its_voice() {
        // Nothing names who ran the ad: no speaker, rather than the man it
        // is about.
        check(
            "A new ad against Donald Trump ran in Ohio on Monday. \"He cannot be trusted,\" the narrator says.",
            &[""],
        );
    }
}
