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
/// three in four of them capitalised. There the name tagger's spans stand
/// for the capitals.
pub(crate) fn is_title_case_sentence(doc: &Document, sentence: usize) -> bool {
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
    let (mut words, mut capitalised) = (0usize, 0usize);
    for t in first..sentence.end_token {
        if doc.token(t).kind == TokenKind::Word {
            words += 1;
            capitalised += usize::from(doc.token(t).capitalized);
            // Title case leaves only short function words in lower case:
            // "Ted Cruz endorsed Donald Trump." is a sentence with names.
            let word = doc.word(t);
            if !doc.token(t).capitalized && word.chars().count() >= 5 && !is_long_preposition(word) {
                return false;
            }
        }
    }
    words >= 5 && capitalised * 4 >= words * 3
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
