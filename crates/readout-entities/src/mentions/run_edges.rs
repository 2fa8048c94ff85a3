//! A run's edges: a capitalised run's token range in, the range of the
//! name in it out. Off the front come a sentence-opening function word or
//! time word ("The", "But"), and a sentence's first word shaped like a
//! participle ("Understated Perez") or written in lower case elsewhere in
//! the text ("Said Comey"); off the back come a poll's noun ("The Gallup
//! Poll"), a show's ("The Rachel Maddow Show"), a trailing date ("Trump
//! Tuesday") and a spokesperson's head noun ("A Downing Street
//! Spokesperson").

use crate::gazetteer::is_place;
use crate::mentions::without_possessive;
use crate::name_shapes::{opens_like_a_participle, opens_with_a_common_word};
use crate::name_words::{is_capitalised_function_word, is_time_word};
use readout_segment::Document;

/// Where the name in the run `[start, end)` begins once the words before
/// it are off; `sentence_first` is the first token of the run's sentence.
/// The result may reach `end` where nothing is left of the run.
pub(super) fn trim_front<'a>(
    doc: &'a Document,
    mut start: usize,
    end: usize,
    sentence_first: usize,
    lower_case_words: &std::cell::OnceCell<std::collections::HashSet<&'a str>>,
) -> usize {
    // Drop a sentence-opening function word ("The", "But") and time words.
    while start < end
        && (is_capitalised_function_word(doc.word(start)) || is_time_word(without_possessive(doc.word(start))))
    {
        start += 1;
    }
    // "Understated Perez raises …", "Debating Clinton's character": a
    // sentence's first word with the ending of a participle or an adverb,
    // and no one's first name, is no part of the name after it.
    if start == sentence_first && end > start + 1 && opens_like_a_participle(doc.raw(start)) {
        start += 1;
    }
    // "Said Comey, …", "Top Clinton adviser": a sentence's first word the
    // text also writes in lower case is no part of the name after it, nor
    // a function word it leaves at the front ("Campaign for Trump says").
    // Not a place's own first word: "New Zealand begins …" though the
    // text writes "new" elsewhere.
    let names_a_known_place = || {
        let run = (start..end).map(|t| without_possessive(doc.raw(t))).collect::<Vec<_>>().join(" ");
        is_place(&run) || crate::places::tier(&run).is_some()
    };
    if start == sentence_first
        && end > start + 1
        && opens_with_a_common_word(doc, start, lower_case_words)
        && !names_a_known_place()
    {
        start += 1;
        while start + 1 < end && is_capitalised_function_word(doc.word(start)) {
            start += 1;
        }
    }
    start
}

/// Where the name that begins at `start` ends once the nouns and dates
/// after it are off the run `[start, end)`, and whether a show's "Show"
/// came off its host's name. The result may fall to `start` where nothing
/// is left of the run.
pub(super) fn trim_back(doc: &Document, start: usize, mut end: usize) -> (usize, bool) {
    // "The Gallup Poll", "a Morning Consult Poll": the pollster is the
    // name, the capitalised noun after it is its work.
    if end > start + 1 && matches!(doc.raw(end - 1), "Poll" | "Polls") {
        end -= 1;
    }
    // "The Rachel Maddow Show": a programme named after its host names the
    // host, who is who the text goes on to call "Maddow". A show named
    // otherwise ("The Daily Show") is a thing (`is_thing_head_word`).
    let host_named = (3..=4).contains(&(end - start))
        && doc.raw(end - 1) == "Show"
        && crate::gender::Gender::of_first_name(doc.raw(start)).is_some();
    if host_named {
        end -= 1;
    }
    // A trailing month or weekday is a date ("Trump Tuesday"), unless it
    // is a surname that is also a month after a first name ("Theresa May").
    while end > start
        && is_time_word(without_possessive(doc.word(end - 1)))
        && !(end - 1 > start
            && matches!(without_possessive(doc.word(end - 1)), "may" | "june" | "april" | "august")
            && !is_time_word(without_possessive(doc.word(end - 2))))
    {
        end -= 1;
        // "Riverside Hospital on Wednesday": the connector went with the day.
        while end > start && matches!(doc.word(end - 1), "of" | "on" | "for" | "and" | "de" | "la" | "del") {
            end -= 1;
        }
    }
    // "A Downing Street Spokesperson": the body a spokesperson speaks for
    // is the name; the capitalised head noun is not part of it.
    if end > start + 1 && matches!(doc.word(end - 1), "spokesperson" | "spokesman" | "spokeswoman") {
        end -= 1;
    }
    (super::offices_held::before_an_office(doc, start, end), host_named)
}

#[cfg(test)]
mod tests {
    use crate::mentions::test_support::{canonical_words, check, kinds_of};

    #[test]
    fn regression_a_sentences_common_first_word_or_a_title_was_part_of_a_name() {
        check(
            "Said Comey, the report was clear. Top Clinton aides met. The top team left.",
            &["person:Comey", "person:Clinton"],
        );
        check("Director Comey said the case was closed.", &["person:Director Comey"]);
        // The mention spans the title; the canonical words are the name.
        let text = "She grilled Wells Fargo CEO John Stumpf on Tuesday.";
        check(text, &["person:She", "person:Wells Fargo CEO John Stumpf"]);
        let names = canonical_words(text);
        assert_eq!(names, [vec!["John", "Stumpf"]]);
        check("Bill Clinton spoke about the bill.", &["person:Bill Clinton"]);
    }

    #[test]
    fn a_show_named_after_its_host_names_the_host() {
        check("She sat down with \"The Rachel Maddow Show\" on Thursday.", &["person:She", "person:Rachel Maddow"]);
        check("He watched The Daily Show.", &["person:He", "other:Daily Show"]);
    }

    #[test]
    fn regression_a_sentences_opening_participle_or_neither_is_no_part_of_a_name() {
        check("Understated Perez raises a profile.", &["person:Perez"]);
        check("Debating Clinton's character.", &["person:Clinton"]);
        check("Neither Donald Trump nor his rivals spoke.", &["person:Donald Trump", "person:his"]);
        check("Kelly Ayotte spoke.", &["person:Kelly Ayotte"]);
        check("Judicial Watch sued.", &["organization:Judicial Watch"]);
    }

    #[test]
    fn regression_a_function_word_after_a_common_word_opened_a_name() {
        check(
            "Campaign for Trump says he will recast his image. The campaign agreed.",
            &["person:Trump", "person:he", "person:his"],
        );
    }

    #[test]
    fn regression_a_questions_auxiliary_was_a_first_name() {
        check("Will Sanders come down off the pique?", &["person:Sanders"]);
        check("Will Smith spoke.", &["person:Will Smith"]);
        check("Will Smith asked, “Why not?”", &["person:Will Smith"]);
    }

    #[test]
    fn a_connector_before_a_trimmed_day_goes_with_it() {
        // Regression: "Riverside Hospital on Wednesday" gave "Riverside Hospital on".
        check("She visited Riverside Hospital on Wednesday.", &["person:She", "organization:Riverside Hospital"]);
    }

    #[test]
    fn regression_a_headlines_new_zealand_lost_its_new() {
        let kinds = kinds_of(
            "New Zealand begins process

The new flag will be chosen.",
        );
        assert_eq!(kinds[0], "place:New Zealand", "{kinds:?}");
    }
}
