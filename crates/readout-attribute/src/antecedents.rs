//! Sources that are a relative pronoun ("who", "which") or the neuter
//! pronoun "it" in, the entity they stand for out, where the
//! text before them settles it.
//!
//! The pronoun ranker (`pronouns.rs` of `readout-entities`) resolves "he"
//! and "she" to people. These sources are different: a relative pronoun's
//! antecedent is the noun phrase the clause hangs on ("David Kamin, a law
//! professor, who emphasized"), and an attribution's "it" is nearly always
//! a body that speaks ("the FBI … it wants"), so the nearest organisation
//! before it is a strong reading on its own.

use crate::speakers::Named;
use readout_record::EntityKind;
use readout_segment::Document;

/// How many sentences back an "it" may look for its
/// organisation: further than that, a reader would want the name again.
const NEUTER_REACH_SENTENCES: usize = 2;

/// The entity a one-word source at tokens `[first, end)` stands for, if
/// it is a relative or neuter pronoun whose antecedent the text gives.
pub(crate) fn speaker_of_pronoun_source(doc: &Document, named: Named, (first, end): (usize, usize)) -> Option<usize> {
    let Named { mentions, mention_group, groups } = named;
    // "who", "who's", "which": the source may run on over auxiliaries
    // ("which has long reported"), so only its first word is asked.
    let word = doc.word(first);
    let word = word.strip_suffix("’s").or_else(|| word.strip_suffix("'s")).unwrap_or(word);
    let wanted: &[EntityKind] = match word {
        "who" => &[EntityKind::Person],
        "which" => &[EntityKind::Organization, EntityKind::Place],
        // "they" is left alone: as a source it names people as often as
        // a body, and a group of people is no one speaker.
        "it" if end - first == 1 => &[EntityKind::Organization],
        _ => return None,
    };
    let relative = matches!(word, "who" | "which");
    let sentence = doc.token_sentence[first];
    let earliest_sentence = if relative { sentence } else { sentence.saturating_sub(NEUTER_REACH_SENTENCES) };
    // The nearest mention before the pronoun of an entity of the wanted
    // kind: for a relative pronoun in its own sentence (an appositive may
    // come between: "Kamin, a professor at N.Y.U., who"), for "it" within
    // the last sentences.
    mentions
        .iter()
        .enumerate()
        .filter(|(_, m)| m.tokens.1 <= first && doc.token_sentence[m.tokens.0] >= earliest_sentence)
        .filter_map(|(index, m)| Some((m.tokens.1, mention_group[index]?)))
        .filter(|&(_, group)| wanted.contains(&groups[group].kind))
        .max_by_key(|&(mention_end, _)| mention_end)
        .map(|(_, group)| group)
}

/// The entity a source like "the message" or "the statement" stands for:
/// whoever the text, in the last sentences, said sent or issued one
/// ("Vladimir Putin sent Angela Merkel a message. The message reads: …"):
/// the first person or body named in the sentence that introduced it with
/// "a" or "an".
pub(crate) fn speaker_of_work_source(doc: &Document, named: Named, (first, end): (usize, usize)) -> Option<usize> {
    let Named { mentions, mention_group, groups } = named;
    if end != first + 2 || doc.word(first) != "the" {
        return None;
    }
    let noun = doc.word(first + 1);
    if !matches!(noun, "message" | "letter" | "statement" | "note" | "email" | "tweet" | "post") {
        return None;
    }
    let sentence = doc.token_sentence[first];
    let earliest = doc.seg.sentences[sentence.saturating_sub(NEUTER_REACH_SENTENCES)].first_token;
    let introduced = (earliest..first).rev().find(|&t| {
        doc.word(t) == noun && (t.saturating_sub(3)..t).any(|before| matches!(doc.word(before), "a" | "an"))
    })?;
    let (sentence_first, _) = doc.sentence_bounds(introduced);
    mentions
        .iter()
        .enumerate()
        .filter(|(_, m)| m.tokens.0 >= sentence_first && m.tokens.1 <= introduced)
        .filter_map(|(index, _)| mention_group[index])
        .find(|&g| matches!(groups[g].kind, EntityKind::Person | EntityKind::Organization))
}

#[cfg(test)]
mod tests {
    use crate::speakers::tests::check;

    #[test]
    fn a_relative_pronoun_speaks_for_the_phrase_it_hangs_on() {
        check(
            "The plan drew support from David Kamin, a law professor at New York University, who emphasized that it was fair.",
            &["David Kamin"],
        );
        check(
            "The figures came from the Chicago Police Department, which reported 500 murders this year.",
            &["Chicago Police Department"],
        );
    }

    #[test]
    fn the_message_is_its_senders() {
        check(
            "Earlier, Vladimir Putin sent Angela Merkel a message. The message reads, in part: \"Your leadership is valued.\"",
            &["Vladimir Putin"],
        );
        // No message introduced before: no speaker.
        check("The message reads, in part: \"Your leadership is valued.\"", &[""]);
    }

    #[test]
    fn an_attributions_it_is_the_nearest_organisation() {
        check("The FBI closed the case on Tuesday. It said that no charges were appropriate.", &["FBI"]);
        // Too far back: three sentences lie between.
        check(
            "The FBI closed the case. The weather was fine. Nobody came. The roads were empty. It said that no charges were appropriate.",
            &[""],
        );
    }
}
