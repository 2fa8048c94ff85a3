//! Title case: a document and a sentence in, whether the sentence is set
//! in title case, as headlines are, out. There a capitalised run is no
//! sign of a name, and the name tagger's judgement is worth more than the
//! capitals.

use readout_segment::{Document, TokenKind};

/// Whether the sentence holding token `index` is set in title case, as
/// headlines are: there a capitalised run is no sign of a name, and the
/// tagger's judgement is worth more than the capitals.
pub(crate) fn in_title_case_sentence(doc: &Document, index: usize) -> bool {
    is_title_case_sentence(doc, doc.token_sentence[index])
}

/// Whether sentence `sentence` is set in title case: five words or more,
/// none of four letters or more in lower case but a preposition or a
/// conjunction, and three in four of them capitalised, or all but short
/// function words with two in three capitalised. There the name tagger's
/// spans stand for the capitals.
pub fn is_title_case_sentence(doc: &Document, sentence: usize) -> bool {
    let sentence = &doc.seg.sentences[sentence];
    // A transcript's speaker label ("FOREIGN MINISTER LAVROV:") is no part
    // of the title case: what follows it is running speech.
    let upper_case = |t: usize| doc.is_word(t) && doc.raw(t).chars().all(|c| !c.is_lowercase());
    let mut first = sentence.first_token;
    while first < sentence.end_token && first < sentence.first_token + 5 && upper_case(first) {
        first += 1;
    }
    if first == sentence.first_token || first >= sentence.end_token || !doc.is_punct(first, ":") {
        first = sentence.first_token;
    }
    let (mut words, mut capitalised, mut short_lower) = (0usize, 0usize, 0usize);
    for t in first..sentence.end_token {
        // "3-Word", "2016": a word that opens with a digit has no case.
        let opens_with_digit = doc.raw(t).chars().next().is_some_and(|c| c.is_ascii_digit());
        if doc.token(t).kind == TokenKind::Word && !opens_with_digit {
            words += 1;
            capitalised += usize::from(doc.token(t).capitalized);
            short_lower += usize::from(!doc.token(t).capitalized && is_short_function_word(doc.word(t)));
            // Title case leaves only short function words in lower case:
            // "Ted Cruz endorsed Donald Trump." is a sentence with names.
            let word = doc.word(t);
            // So do four-letter ones: "this week" is a sentence's.
            let letters = word.chars().count();
            let function_word =
                if letters == 4 { is_four_letter_function_word(word) } else { is_long_preposition(word) };
            if !doc.token(t).capitalized && letters >= 4 && !function_word {
                return false;
            }
        }
    }
    // Three in four: a readout's opening sentence can capitalise two in
    // three ("The Prime Minister met Australian Prime Minister Anthony
    // Albanese at the Commonwealth Heads of Government Meeting this week").
    // Or every word capitalised but the short function words, which some
    // title case writes in lower case ("and", "be", "on"): "Republican
    // Donor Adelson and Trump May be Aligning on Israel".
    words >= 5 && (capitalised * 4 >= words * 3 || (capitalised + short_lower == words && capitalised * 3 >= words * 2))
}

/// Function words of up to three letters, which title case leaves in
/// lower case: "and", "be", "on"; not "met" or "won", which a sentence
/// writes so.
fn is_short_function_word(word: &str) -> bool {
    matches!(
        word,
        "a" | "an"
            | "the"
            | "and"
            | "or"
            | "but"
            | "nor"
            | "for"
            | "of"
            | "on"
            | "in"
            | "at"
            | "to"
            | "by"
            | "as"
            | "up"
            | "be"
            | "is"
            | "vs"
            | "via"
            | "off"
            | "out"
            | "per"
    )
}

/// Four-letter prepositions and conjunctions, which headline styles leave
/// in lower case ("Trump Meets with Putin").
fn is_four_letter_function_word(word: &str) -> bool {
    matches!(
        word,
        "with"
            | "from"
            | "into"
            | "onto"
            | "over"
            | "upon"
            | "than"
            | "that"
            | "when"
            | "near"
            | "like"
            | "past"
            | "amid"
            | "down"
            | "till"
            | "plus"
    )
}

/// Prepositions of five letters or more, which some headline styles leave
/// in lower case ("Trump Speaks about Trade").
fn is_long_preposition(word: &str) -> bool {
    matches!(
        word,
        "about"
            | "above"
            | "across"
            | "after"
            | "against"
            | "along"
            | "among"
            | "around"
            | "before"
            | "behind"
            | "below"
            | "beside"
            | "between"
            | "beyond"
            | "during"
            | "except"
            | "inside"
            | "outside"
            | "since"
            | "through"
            | "toward"
            | "towards"
            | "under"
            | "until"
            | "versus"
            | "within"
            | "without"
    )
}

#[cfg(test)]
mod tests {
    use super::is_title_case_sentence;
    use readout_segment::{segment, Document};

    fn check(sentence: &str, expect: bool) {
        let seg = segment(sentence, std::slice::from_ref(&(0..sentence.len())));
        let doc = Document::new(sentence, &seg);
        assert_eq!(is_title_case_sentence(&doc, 0), expect, "{sentence}");
    }

    #[test]
    fn headlines_are_title_case_and_sentences_with_names_are_not() {
        check("Obama Sees 'Personal Insult' if Blacks Don't Rally for Clinton", true);
        check("Ted Cruz endorsed Donald Trump on Friday.", false);
    }

    #[test]
    fn regression_a_word_opening_with_a_digit_hid_a_headline() {
        check("Ben Carson Just Dropped A Powerful 3-Word Response To Trump's Stunning Tirade.", true);
        check(
            "The Prime Minister met Australian Prime Minister Anthony Albanese at the Commonwealth Heads of Government Meeting this week.",
            false,
        );
    }

    #[test]
    fn regression_short_function_words_in_lower_case_hid_a_headline() {
        check("Republican Donor Adelson and Trump May be Aligning on Israel.", true);
        // Short words alone do not make a sentence a headline.
        check("He said he was in the car and we were on the way.", false);
        // Names and short function words alone are a sentence's.
        check("Trump is in Ohio and Pence is in Iowa on Monday.", false);
        check("Trump Rallies Supporters in Ohio amid Big Protests", true);
        check("The Commission on Presidential Debates met on Monday.", false);
    }
}
