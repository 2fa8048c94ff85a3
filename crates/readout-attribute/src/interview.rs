//! The answers of a question-and-answer interview: a document, its
//! entities and its attributions in, the person interviewed as the speaker
//! of each answer out.
//!
//! News outlets print interviews as turns labelled `Q:` and `A:` under an
//! introduction that names who was interviewed ("Q&A with Vice President
//! Joe Biden", "He spoke with POLITICO …"). The `A:` turns are that
//! person's words, and so is every "I" that speaks inside them (left to
//! [`crate::speakers::first_person_inside_quotes`], which runs after this
//! pass); a "you" that speaks inside a question is that person too ("You've
//! said that …").

use crate::quotes::Attribution;
use crate::speakers::Named;
use readout_record::EntityKind;
use readout_segment::Document;

/// How many labelled turns of each kind make a text an interview.
const TURNS: usize = 2;

/// Gives the `A:` turns of an interview, and the "you" sources inside its
/// `Q:` turns, the person interviewed, where they have no speaker yet.
pub(crate) fn answers_of_an_interview(
    doc: &Document,
    named: Named,
    attributions: &[Attribution],
    speakers: &mut [Option<usize>],
) {
    let label = |attribution: &Attribution| -> Option<&str> {
        let (first, end) = attribution.source?;
        let cue = attribution.cue?;
        (end == first + 1 && doc.is_punct(cue.0, ":")).then(|| doc.raw(first)).filter(|raw| matches!(*raw, "Q" | "A"))
    };
    let questions: Vec<usize> = (0..attributions.len()).filter(|&i| label(&attributions[i]) == Some("Q")).collect();
    let answers: Vec<usize> = (0..attributions.len()).filter(|&i| label(&attributions[i]) == Some("A")).collect();
    // A scraped page can lose the colon of a bold "Q" and glue the label to
    // the question ("QThere's no shortage …"): such paragraphs are turns.
    let glued_questions = doc
        .seg
        .paragraphs
        .iter()
        .filter(|paragraph| {
            let mut chars = doc.text[(*paragraph).clone()].chars();
            chars.next() == Some('Q')
                && chars.next().is_some_and(char::is_uppercase)
                && chars.next().is_some_and(char::is_lowercase)
        })
        .count();
    if questions.len().max(glued_questions) < TURNS || answers.len() < TURNS {
        return;
    }
    let first_turn = questions.iter().chain(&answers).filter_map(|&i| attributions[i].source).map(|s| s.0).min();
    let Some(interviewee) = first_turn.and_then(|first_turn| interviewee(named, first_turn)) else { return };
    for &answer in &answers {
        speakers[answer].get_or_insert(interviewee);
    }
    // "You've said that …" in a question: the person asked.
    for (index, attribution) in attributions.iter().enumerate() {
        let Some((first, end)) = attribution.source else { continue };
        let you = end == first + 1 && doc.word(first) == "you";
        let in_question = questions
            .iter()
            .any(|&q| attributions[q].content.iter().any(|&(start, stop)| start <= first && end <= stop));
        if you && in_question {
            speakers[index].get_or_insert(interviewee);
        }
    }
}

/// The person the introduction before the first turn names most often,
/// named in full at least once; the first named of those who tie. Names
/// only: the introduction's pronouns are resolved by the same guesswork
/// this is meant to check ("her roles as Maritza Ramos … her fellow cast
/// members").
fn interviewee(named: Named, first_turn: usize) -> Option<usize> {
    let Named { mentions, mention_group, groups } = named;
    let mut counts: Vec<(usize, usize, usize)> = Vec::new();
    for (index, mention) in mentions.iter().enumerate().take_while(|(_, m)| m.tokens.0 < first_turn) {
        if !matches!(mention.form, readout_entities::MentionForm::Name { .. }) {
            continue;
        }
        let Some(group) = mention_group[index] else { continue };
        if groups[group].kind != EntityKind::Person || !groups[group].name.contains(' ') {
            continue;
        }
        match counts.iter_mut().find(|(g, _, _)| *g == group) {
            Some((_, count, _)) => *count += 1,
            None => counts.push((group, 1, mention.tokens.0)),
        }
    }
    counts.into_iter().max_by(|a, b| a.1.cmp(&b.1).then(b.2.cmp(&a.2))).map(|(group, _, _)| group)
}

#[cfg(test)]
mod tests {
    use crate::speakers::tests::check;

    #[test]
    fn an_interviews_answers_are_the_person_interviewed() {
        check(
            "Q&A with Senator Jane Porter.\n\nJane Porter spoke with us on Thursday. Porter said little at first.\n\n\
             Q: You have said that the bill will fail.\n\nA: I think it will pass.\n\n\
             Q: What about the budget?\n\nA: It is a mess, and I said so.",
            // "Porter said", the question (asked by no one named), "You have
            // said", the answer, its "I think", the second question and the
            // second answer.
            &["Jane Porter", "", "Jane Porter", "Jane Porter", "Jane Porter", "", "Jane Porter"],
        );
    }

    #[test]
    fn regression_a_question_label_glued_to_its_question_and_pronouns_of_a_role() {
        check(
            "The actress Diane Guerrero spoke to us. Fans know her roles as Maritza Ramos, and her fellow cast members \
             admire her.\n\nQDid you find help?\n\nA: No one did, and we were alone for a long time.\n\n\
             QWhat then?\n\nA: We waited for weeks, and then my aunt came.",
            // "Fans know …" (no one named), then the two answers.
            &["", "Diane Guerrero", "Diane Guerrero"],
        );
    }

    #[test]
    fn turns_without_an_introduction_have_no_speaker() {
        check(
            "Q: Will the bill pass this year?\n\nA: I think it will pass.\n\nQ: And what comes then?\n\nA: We wait for the vote.",
            &["", "", "", "", ""],
        );
    }
}
