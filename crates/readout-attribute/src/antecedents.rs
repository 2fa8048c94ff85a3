//! Sources that are a relative pronoun ("who", "which") or the neuter
//! pronoun "it" in, the entity they stand for out, where the
//! text before them settles it.
//!
//! The pronoun ranker (`pronouns.rs` of `readout-entities`) resolves "he"
//! and "she" to people. These sources are different: a relative pronoun's
//! antecedent is the noun phrase the clause hangs on ("David Kamin, a law
//! professor, who emphasized"), and an attribution's "it" is nearly always
//! a body that speaks ("the FBI … it wants"), so the nearest organisation
//! before it is a strong reading on its own; failing one, the nearest
//! country ("Saudi Arabia … it said").

use crate::lexicon::is_determiner;
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
    if names_a_pair(doc, first, end) {
        return first_of_a_named_pair(doc, named, first).or_else(|| first_of_the_last_two_named(doc, named, first));
    }
    // "who", "who's", "which": the source may run on over auxiliaries
    // ("which has long reported"), so only its first word is asked.
    let word = doc.word(first);
    let word = word.strip_suffix("’s").or_else(|| word.strip_suffix("'s")).unwrap_or(word);
    let wanted: &[EntityKind] = match word {
        "who" => &[EntityKind::Person],
        "which" => &[EntityKind::Organization, EntityKind::Place],
        // "they" after two people named together is those two: the first
        // named stands for the pair. Otherwise it is left alone: as a
        // source it names a body as often as people.
        "they" if end - first == 1 => return first_of_a_named_pair(doc, named, first),
        "it" if end - first == 1 => &[EntityKind::Organization],
        _ => return None,
    };
    let relative = matches!(word, "who" | "which");
    let sentence = doc.token_sentence[first];
    let earliest_sentence = if relative { sentence } else { sentence.saturating_sub(NEUTER_REACH_SENTENCES) };
    let first = if relative { relative_anchor(doc, named, first) } else { first };
    // The nearest mention before the pronoun of an entity of the wanted
    // kind: for a relative pronoun in its own sentence (an appositive may
    // come between: "Kamin, a professor at N.Y.U., who"), for "it" within
    // the last sentences.
    let nearest = |fits: &dyn Fn(usize) -> bool| {
        mentions
            .iter()
            .enumerate()
            .filter(|(_, m)| m.tokens.1 <= first && doc.token_sentence[m.tokens.0] >= earliest_sentence)
            .filter_map(|(index, m)| Some((m.tokens.1, mention_group[index]?)))
            .filter(|&(_, group)| fits(group))
            .max_by_key(|&(mention_end, _)| mention_end)
            .map(|(_, group)| group)
    };
    // A country speaks through its government ("Saudi Arabia … it said"),
    // where no organisation is in reach.
    let country = |group: usize| crate::speakers::is_country(&groups[group]);
    // "It" is one body, never a kind of people ("Democrats"): they are
    // "they".
    let singular = |group: usize| word != "it" || !readout_entities::is_group_word(&groups[group].name);
    nearest(&|group| wanted.contains(&groups[group].kind) && singular(group))
        .or_else(|| (word == "it").then(|| nearest(&country)).flatten())
}

/// "Hillary Clinton and Bernie Sanders met voters. They said …": the first
/// of the last two people named together by "and" in the pronoun's
/// sentence or the one before, where the pair is a sentence's subject: it
/// opens the sentence and no plural noun follows it ("Clinton and Sanders
/// supporters rallied" is about the supporters).
fn first_of_a_named_pair(doc: &Document, named: Named, pronoun: usize) -> Option<usize> {
    let Named { mentions, mention_group, groups } = named;
    let earliest_sentence = doc.token_sentence[pronoun].saturating_sub(1);
    let people: Vec<(usize, usize, usize)> = mentions
        .iter()
        .enumerate()
        .filter(|(_, m)| {
            m.tokens.1 <= pronoun
                && doc.token_sentence[m.tokens.0] >= earliest_sentence
                && matches!(m.form, readout_entities::MentionForm::Name { .. })
        })
        .filter_map(|(index, m)| Some((m.tokens.0, m.tokens.1, mention_group[index]?)))
        .filter(|&(_, _, group)| groups[group].kind == EntityKind::Person)
        .collect();
    people
        .windows(2)
        .rev()
        .find(|pair| {
            let ((first_start, first_end, first_group), (second_start, second_end, second_group)) = (pair[0], pair[1]);
            let (sentence_first, sentence_end) = doc.sentence_bounds(first_start);
            let opens_sentence = (sentence_first..first_start).all(|t| matches!(doc.word(t), "but" | "and" | "so"));
            let plural_noun_after = second_end < sentence_end
                && doc.is_word(second_end)
                && !doc.token(second_end).capitalized
                && doc.word(second_end).ends_with('s');
            second_start == first_end + 1
                && doc.word(first_end) == "and"
                && first_group != second_group
                && opens_sentence
                && !plural_noun_after
        })
        .map(|pair| pair[0].2)
}

/// "The two men", "both lawmakers", "the pair", "both": a source that
/// says it is two people. A number without an article ("two Americans
/// killed in the attack") is people not named before.
fn names_a_pair(doc: &Document, first: usize, end: usize) -> bool {
    // A source may leave its article out: "two men" of "The two men said".
    let first = if first > 0 && doc.word(first - 1) == "the" { first - 1 } else { first };
    let words: Vec<&str> = (first..end).filter(|&t| doc.is_word(t)).map(|t| doc.word(t)).collect();
    let rest = match words.as_slice() {
        ["the", "two", rest @ ..] | ["both", rest @ ..] | ["all", "two", rest @ ..] => rest,
        ["the", "pair" | "couple" | "duo"] => return true,
        _ => return false,
    };
    // Up to two modifiers and a plural head: "both presidential
    // candidates", "the two former rivals".
    match rest {
        [] => true,
        [.., head] => {
            rest.len() <= 3
                && (head.ends_with('s') || matches!(*head, "men" | "women" | "people"))
                && !matches!(*head, "sides" | "parties" | "countries" | "companies" | "groups")
        }
    }
}

/// "Donald Trump met Paul Ryan on Thursday. The two men said …": where no
/// pair is named together, the first of the only two people named in the
/// source's sentence before it and the sentence before that.
fn first_of_the_last_two_named(doc: &Document, named: Named, source: usize) -> Option<usize> {
    let Named { mentions, mention_group, groups } = named;
    let earliest_sentence = doc.token_sentence[source].saturating_sub(1);
    let mut people: Vec<usize> = Vec::new();
    for (index, mention) in mentions.iter().enumerate() {
        if mention.tokens.1 > source || doc.token_sentence[mention.tokens.0] < earliest_sentence {
            continue;
        }
        let Some(group) = mention_group[index] else { continue };
        if groups[group].kind == EntityKind::Person
            && matches!(mention.form, readout_entities::MentionForm::Name { .. })
            && !people.contains(&group)
        {
            people.push(group);
        }
    }
    match people.as_slice() {
        [one, _] => Some(*one),
        _ => None,
    }
}

/// Where to look back from for a relative pronoun's antecedent: the
/// pronoun itself, or before what stands between it and the name it hangs
/// on. "Matt Duss, the president of the Foundation for Middle East Peace,
/// who" hangs on Matt Duss, past the description set off by commas;
/// "Gregory W. Slayton, whom George W. Bush sent …, and who" on what
/// the first relative pronoun hangs on.
fn relative_anchor(doc: &Document, named: Named, pronoun: usize) -> usize {
    let (sentence_first, _) = doc.sentence_bounds(pronoun);
    let mut anchor = pronoun;
    if anchor > sentence_first && doc.word(anchor - 1) == "and" {
        let earlier = (sentence_first..anchor - 1).rev().find(|&t| matches!(doc.word(t), "who" | "whom" | "whose"));
        if let Some(earlier) = earlier {
            anchor = earlier;
        }
    }
    if anchor > sentence_first + 1 && doc.is_punct(anchor - 1, ",") {
        // Only a description set off right after a person's name: "After
        // meeting Hillary Clinton on Monday, the senator praised John Smith,
        // who" hangs on John Smith.
        let Named { mentions, mention_group, groups } = named;
        let after_a_name = |comma: usize| {
            mentions.iter().enumerate().any(|(index, m)| {
                m.tokens.1 == comma && mention_group[index].is_some_and(|g| groups[g].kind == EntityKind::Person)
            })
        };
        let opening = (sentence_first..anchor - 1).rev().find(|&t| doc.is_punct(t, ","));
        if let Some(opening) = opening.filter(|&c| matches!(doc.word(c + 1), "the" | "a" | "an") && after_a_name(c)) {
            anchor = opening;
        }
    }
    anchor
}

/// The entity a source like "the poll", "a new study" or "the message"
/// stands for: its author. News writing names a work's author once, as a
/// modifier ("a new Bloomberg Politics poll", "the Census Bureau's
/// report"), after it ("a study by Harvard researchers", "a poll from
/// Reuters") or as whoever sent or issued it ("Vladimir Putin sent Angela
/// Merkel a message"), and then refers to the work alone. The source's own
/// sentence is asked first, then the last sentences back to the work's
/// mention that names its author.
pub(crate) fn speaker_of_work_source(doc: &Document, named: Named, (first, end): (usize, usize)) -> Option<usize> {
    let noun_at = end.checked_sub(1)?;
    let noun = doc.word(noun_at);
    if !is_work_noun(noun) || end - first > 4 {
        return None;
    }
    // "the poll", "A new poll", "Poll" (a headline), "the 50-state poll":
    // only a determiner and lower-case modifiers before the noun.
    let modifiers_only = (first..noun_at).all(|t| {
        let word = doc.word(t);
        t == first && matches!(word, "the" | "a" | "an" | "this" | "that" | "another" | "one")
            || (doc.is_word(t) && !doc.token(t).capitalized)
            || doc.is_punct(t, "-")
    });
    if !modifiers_only {
        return None;
    }
    let sentence = doc.token_sentence[first];
    let earliest = doc.seg.sentences[sentence.saturating_sub(WORK_REACH_SENTENCES)].first_token;
    let named_here_or_before = author_after(doc, named, noun_at).or_else(|| {
        (earliest..first)
            .rev()
            .filter(|&t| same_work(doc.word(t), noun))
            .find_map(|t| author_before(doc, named, t).or_else(|| author_after(doc, named, t)))
            .or_else(|| sender_of(doc, named, noun, earliest, first))
    });
    // "A new poll shows … The latest Reuters/Ipsos poll found": a work
    // introduced without its author ("a", or a headline's bare "Poll") has
    // it named in the sentences that follow, where the story begins.
    let introduced = matches!(doc.word(first), "a" | "an") || first == noun_at;
    named_here_or_before
        .or_else(|| {
            if !introduced {
                return None;
            }
            let last_sentence = (sentence + WORK_REACH_SENTENCES).min(doc.seg.sentences.len() - 1);
            let latest = doc.seg.sentences[last_sentence].end_token;
            (end..latest)
                .filter(|&t| same_work(doc.word(t), noun))
                .find_map(|t| author_before(doc, named, t).or_else(|| author_after(doc, named, t)))
        })
        .or_else(|| (!introduced).then(|| sole_author_before(doc, named, noun, first)).flatten())
}

/// "a Quinnipiac University poll shows … [many sentences] … The poll
/// showed": past the last few sentences, "the poll" is the one poll the
/// text has named an author for, where every such mention names the same
/// one.
///
/// A new work of that kind with no author named ("A new poll of likely
/// voters", "The latest poll") may be the one meant: then none.
fn sole_author_before(doc: &Document, named: Named, noun: &str, before: usize) -> Option<usize> {
    let mut found = None;
    // A work introduced without an author after the authored one: a newer
    // work ("A new poll of likely voters was released on Wednesday"). One
    // before it may be the same work, its author named later.
    let mut newer_unauthored = false;
    for t in (0..before).filter(|&t| same_work(doc.word(t), noun)) {
        match author_before(doc, named, t).or_else(|| author_after(doc, named, t)) {
            Some(author) if found.is_none_or(|first| first == author) => {
                found = Some(author);
                newer_unauthored = false;
            }
            Some(_) => return None,
            None => {
                let (sentence_first, _) = doc.sentence_bounds(t);
                let introduces = (t.saturating_sub(4).max(sentence_first)..t).any(|before| {
                    matches!(doc.word(before), "a" | "an" | "another" | "latest" | "new" | "recent" | "newest")
                });
                newer_unauthored |= introduces && found.is_some();
            }
        }
    }
    found.filter(|_| !newer_unauthored)
}

/// Whether two work nouns name one work: the same noun, or a poll called
/// a survey ("a new survey by the Public Policy Institute … The poll
/// found").
fn same_work(word: &str, noun: &str) -> bool {
    let poll = |w: &str| matches!(w, "poll" | "polls" | "survey" | "surveys");
    word == noun || (poll(word) && poll(noun))
}

/// How many sentences back a work's author may be named.
const WORK_REACH_SENTENCES: usize = 4;

/// Nouns for what people and bodies write, publish or broadcast.
fn is_work_noun(word: &str) -> bool {
    matches!(
        word,
        "message"
            | "letter"
            | "statement"
            | "note"
            | "email"
            | "tweet"
            | "post"
            | "poll"
            | "survey"
            | "study"
            | "report"
            | "analysis"
            | "ad"
            | "video"
            | "clip"
            | "film"
            | "book"
            | "memo"
            | "editorial"
            | "ruling"
            | "lawsuit"
            | "suit"
            | "results"
    )
}

/// The person or body a work's noun phrase names before the noun at
/// `noun`: "a new Bloomberg Politics poll", "the Census Bureau's report".
/// Only words stand between the name and the noun, at most four, and no
/// determiner.
fn author_before(doc: &Document, named: Named, noun: usize) -> Option<usize> {
    let Named { mentions, mention_group, groups } = named;
    let (sentence_first, _) = doc.sentence_bounds(noun);
    let reach = noun.saturating_sub(5).max(sentence_first);
    mentions
        .iter()
        .enumerate()
        .filter(|(_, m)| m.tokens.1 <= noun && m.tokens.0 >= reach)
        // "sent Angela Merkel a message": a determiner after the name opens
        // another noun phrase.
        .filter(|(_, m)| {
            (m.tokens.1..noun).all(|t| (doc.is_word(t) && !is_determiner(doc.word(t))) || doc.is_punct(t, "-"))
        })
        .filter_map(|(index, _)| mention_group[index])
        .rfind(|&g| speaks(groups[g].kind))
}

/// The person or body named right after a work's noun at `noun` by "by",
/// "from", "of" or "for": "a study by Harvard", "a poll conducted by
/// Quinnipiac", "a poll for the Wall Street Journal".
fn author_after(doc: &Document, named: Named, noun: usize) -> Option<usize> {
    let Named { mentions, mention_group, groups } = named;
    let (_, sentence_end) = doc.sentence_bounds(noun);
    let mut at = noun + 1;
    // "conducted by", "released by", "commissioned by".
    if at < sentence_end && doc.word(at).ends_with("ed") {
        at += 1;
    }
    if at >= sentence_end || !matches!(doc.word(at), "by" | "from" | "of" | "for") {
        return None;
    }
    let name_from = at + 1;
    let reach = (name_from + 3).min(sentence_end);
    mentions
        .iter()
        .enumerate()
        .filter(|(_, m)| m.tokens.0 >= name_from && m.tokens.0 <= reach)
        .filter_map(|(index, _)| mention_group[index])
        .find(|&g| speaks(groups[g].kind))
}

/// "Vladimir Putin sent Angela Merkel a message. The message reads: …":
/// the first person or body named in the sentence that introduced the
/// work with "a" or "an".
fn sender_of(doc: &Document, named: Named, noun: &str, earliest: usize, first: usize) -> Option<usize> {
    let Named { mentions, mention_group, groups } = named;
    let introduced = (earliest..first).rev().find(|&t| {
        doc.word(t) == noun && (t.saturating_sub(3)..t).any(|before| matches!(doc.word(before), "a" | "an"))
    })?;
    let (sentence_first, _) = doc.sentence_bounds(introduced);
    mentions
        .iter()
        .enumerate()
        .filter(|(_, m)| m.tokens.0 >= sentence_first && m.tokens.1 <= introduced)
        .filter_map(|(index, _)| mention_group[index])
        .find(|&g| speaks(groups[g].kind))
}

fn speaks(kind: EntityKind) -> bool {
    matches!(kind, EntityKind::Person | EntityKind::Organization)
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
        // Past a description that names someone else.
        check(
            "Sanders invited Matt Duss, the president of the Foundation for Middle East Peace, who said that it was time.",
            &["Matt Duss"],
        );
        // "They" after two people named together.
        check(
            "Hillary Clinton and Bernie Sanders met voters in Ohio. They said that the deal was bad.",
            &["Hillary Clinton"],
        );
        // Not the pair's supporters, nor a pair that is no subject.
        check("Hillary Clinton and Bernie Sanders supporters rallied in Ohio. They said that the deal was bad.", &[""]);
        check("Voters lined up for Hillary Clinton and Bernie Sanders. They said that the deal was bad.", &[""]);
        // A description after a comma is skipped only right after a name.
        check(
            "After meeting Hillary Clinton on Monday, the senator hired John Smith, who said that the deal was bad.",
            &["John Smith"],
        );
        // A second relative clause hangs where the first does.
        check(
            "It was old-school, said Gregory Slayton, whom George W. Bush sent to Bermuda, and who said that Rubio was right.",
            &["Gregory Slayton", "Gregory Slayton"],
        );
    }

    #[test]
    fn a_pair_is_the_first_of_the_two_people_named_before() {
        check(
            "Donald Trump met Paul Ryan on Thursday. The two men said that the talks were useful.",
            &["Donald Trump"],
        );
        check(
            "Chuck Grassley and Patrick Leahy met in Washington on Monday. Both said that the program was flawed.",
            &["Chuck Grassley"],
        );
        // Three people named: the two are not known.
        check(
            "Donald Trump met Paul Ryan and Mitch McConnell on Thursday. The two men said that the talks were useful.",
            &[""],
        );
        // People not named before.
        check("Two Americans were killed in Ohio. Both lawmakers said that the program was flawed.", &[""]);
    }

    #[test]
    fn an_attributions_it_is_the_nearest_organisation_or_else_a_country() {
        check(
            "Saudi Arabia sent a memo to lawmakers on Monday. It said that the claims were false.",
            &["Saudi Arabia"],
        );
        check(
            "Exxon Mobil Corporation drilled in Saudi Arabia on Monday. \"We reject the plan,\" it said.",
            &["Exxon Mobil Corporation"],
        );
    }

    #[test]
    fn regression_an_attributions_it_was_a_kind_of_people() {
        check(
            "The Heritage Foundation ran ads on Monday, and Democrats answered. It said that the ads were fair.",
            &["Heritage Foundation"],
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
    fn a_work_speaks_for_the_author_its_first_mention_names() {
        check(
            "A new Bloomberg Politics poll came out on Monday. The poll found that voters were angry.",
            &["Bloomberg Politics"],
        );
        check(
            "Researchers worked on a study by the Urban Institute last year. The study found that taxes rose.",
            &["Urban Institute"],
        );
        check("A poll conducted by Quinnipiac University found that Clinton leads.", &["Quinnipiac University"]);
        // A work nobody is named the author of speaks for no one.
        check("A poll came out on Monday. The poll found that voters were angry.", &[""]);
        // A survey, then the poll.
        check(
            "A new survey by Democracy Corps came out on Monday. The poll found that voters were angry.",
            &["Democracy Corps"],
        );
    }

    #[test]
    fn a_work_introduced_without_its_author_has_it_named_after() {
        check(
            "A new poll shows that Clinton leads. The latest Reuters/Ipsos opinion poll was taken on Friday.",
            &["Ipsos"],
        );
        // "The poll" refers back: an author named later is another poll's.
        check("The poll shows that Clinton leads. A Gallup poll was taken on Friday.", &[""]);
    }

    #[test]
    fn a_work_far_back_speaks_for_its_author_when_it_is_the_only_one() {
        let far = "Ohio is close, a Quinnipiac University poll shows. Portman leads. McGinty trails. \
                   Toomey is even. Turnout is low. The poll showed that voters were angry.";
        check(far, &["Quinnipiac University", "Quinnipiac University"]);
        // Two polls by two authors: "the poll" could be either.
        let two = "Ohio is close, a Quinnipiac University poll shows. A Gallup poll disagrees. Portman leads. \
                   McGinty trails. Toomey is even. Turnout is low. The poll showed that voters were angry.";
        check(two, &["Quinnipiac University", ""]);
        // A newer poll with no author named: "the poll" may be that one.
        let newer = "Ohio is close, a Quinnipiac University poll shows. Portman leads. McGinty trails. \
                     Toomey is even. A new poll of likely voters was released on Wednesday. The poll showed that voters were angry.";
        check(newer, &["Quinnipiac University", ""]);
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
