//! A source led by a name: a document, a cue and its sentence's first
//! token in, the token range of a subject that opens the sentence with a
//! name and runs through the appositives set off after it out.
//!
//! News writing sets a person's description between their name and the
//! verb: `Jean-Marc Ayrault, the foreign minister of France, a permanent
//! member of the Security Council, said`, `Kall -- co-editor of a book on
//! the debates -- said`, `Angelique Brunner, a developer and spokeswoman
//! for the EB-5 Investment Coalition, which is made up of investors,
//! said`. Walking left from the cue finds only the last of these pieces,
//! which describes someone or something else; the name that opens the
//! sentence is who spoke, and annotators mark the whole subject.

use super::source_phrase::PREPOSITIONS;
use super::TokenRange;
use crate::lexicon::{is_auxiliary_or_adverb, is_determiner, is_pronoun_subject, stops_noun_phrase};
use readout_segment::Document;
use readout_segment::TokenKind;

/// The most tokens the appositives between the name and the cue may take.
const APPOSITIVE_REACH: usize = 40;

/// The most tokens of the name that opens the sentence.
const NAME_REACH: usize = 5;

/// The subject of the cue at `cue`, when the sentence opens with a name and
/// the pieces between it and the cue are set off by commas or dashes.
pub(super) fn name_led_source(doc: &Document, cue: usize, sentence_first: usize) -> Option<TokenRange> {
    let mut end = cue;
    while end > sentence_first && is_auxiliary_or_adverb(doc.word(end - 1)) {
        end -= 1;
    }
    if end <= sentence_first || !is_parenthetical_mark(doc, end - 1) {
        return None;
    }
    let closing = end - 1;
    let first = sentence_first;
    // The name: capitalised words up to the first comma or dash.
    let name_end = (first..closing).find(|&t| is_parenthetical_mark(doc, t))?;
    if name_end == first || name_end - first > NAME_REACH {
        return None;
    }
    let name_like = (first..name_end)
        .all(|t| (doc.is_word(t) && doc.token(t).capitalized) || doc.is_punct(t, ".") || doc.is_punct(t, "-"));
    if !name_like || !opens_a_name(doc, first, name_end) {
        return None;
    }
    // What comes after the name describes it: a determiner, a lower-case
    // word, a number (an age) or a relative pronoun. A capitalised word is
    // more often the next item of a list (`Smith, Jones and Brown`).
    let mut describing = name_end;
    while describing < closing && is_parenthetical_mark(doc, describing) {
        describing += 1;
    }
    if describing >= closing || closing - describing > APPOSITIVE_REACH {
        return None;
    }
    let describes = is_determiner(doc.word(describing))
        || !doc.token(describing).capitalized
        || doc.token(describing).kind == TokenKind::Number;
    if !describes {
        return None;
    }
    // A quotation, a colon or a semicolon is no appositive; nor is a list
    // whose last item is set off by ", and".
    let interrupted = (describing..closing).any(|t| {
        doc.token(t).is_quote()
            || doc.is_punct(t, ";")
            || doc.is_punct(t, ":")
            || (matches!(doc.word(t), "and" | "or") && doc.is_punct(t - 1, ","))
    });
    if interrupted {
        return None;
    }
    Some((first, closing + 1))
}

/// A comma, or a dash that sets off a parenthesis (`--`, `—`, `–`).
fn is_parenthetical_mark(doc: &Document, index: usize) -> bool {
    if doc.is_punct(index, ",") || doc.is_punct(index, "—") || doc.is_punct(index, "–") {
        return true;
    }
    // A double hyphen is two tokens; either of them marks the parenthesis.
    doc.is_punct(index, "-")
        && ((index > 0 && doc.is_punct(index - 1, "-")) || (index + 1 < doc.len() && doc.is_punct(index + 1, "-")))
}

/// Whether the capitalised words `[first, end)` that open a sentence can be
/// a name: not a sentence adverb or a connective (`However,`,
/// `Yesterday,`), a preposition (`In Washington,`), a determiner or a
/// pronoun, nor a day or a month (`On Monday,`, `Friday,`).
fn opens_a_name(doc: &Document, first: usize, end: usize) -> bool {
    let opener = doc.word(first);
    let function_word = is_determiner(opener)
        || PREPOSITIONS.contains(&opener)
        || is_pronoun_subject(opener)
        || stops_noun_phrase(opener)
        || is_auxiliary_or_adverb(opener);
    if function_word {
        return false;
    }
    let one_word = end == first + 1;
    !(one_word && (opener.ends_with("ly") || is_connective(opener) || readout_entities::is_time_word(opener)))
}

/// Words that open a sentence before a comma without naming anyone.
fn is_connective(word: &str) -> bool {
    matches!(
        word,
        "however"
            | "meanwhile"
            | "instead"
            | "still"
            | "yesterday"
            | "today"
            | "tonight"
            | "tomorrow"
            | "separately"
            | "overall"
            | "nevertheless"
            | "nonetheless"
            | "indeed"
            | "moreover"
            | "furthermore"
            | "likewise"
            | "similarly"
            | "otherwise"
            | "thus"
            | "therefore"
            | "afterward"
            | "afterwards"
            | "here"
            | "there"
            | "yes"
            | "no"
            | "well"
            | "again"
            | "besides"
            | "regardless"
            | "ultimately"
    )
}

#[cfg(test)]
mod tests {
    use crate::quotes::test_support::check;

    #[test]
    fn regression_a_second_appositive_took_the_source_from_the_name() {
        check(
            "Jean-Marc Ayrault, the foreign minister of France, a permanent member of the Security Council, said the test was a provocation.",
            &["indirect | Jean-Marc Ayrault, the foreign minister of France, a permanent member of the Security Council, | said | the test was a provocation"],
        );
    }

    #[test]
    fn regression_a_description_with_a_conjunction_cut_the_name_off() {
        check(
            "Angelique Brunner, a developer and spokeswoman for the EB-5 Investment Coalition, which is made up of investors, said many examples were old.",
            &["indirect | Angelique Brunner, a developer and spokeswoman for the EB-5 Investment Coalition, which is made up of investors, | said | many examples were old"],
        );
        check(
            "Rendell, a Clinton surrogate, said he had battled pneumonia.",
            &["indirect | Rendell, a Clinton surrogate, | said | he had battled pneumonia"],
        );
    }

    #[test]
    fn regression_a_parenthesis_set_off_by_dashes_took_the_source() {
        check(
            "Kall -- co-editor of a book analyzing the debates -- said the candidate made announcements.",
            &["indirect | Kall -- co-editor of a book analyzing the debates -- | said | the candidate made announcements"],
        );
        check(
            "John Dickey, the chief executive of Ora Media — the company that owns the show — told me the ratings rose.",
            &["indirect | John Dickey, the chief executive of Ora Media — the company that owns the show — | told | the ratings rose"],
        );
    }

    #[test]
    fn an_opening_adverbial_or_a_list_is_no_name() {
        check(
            "Yesterday, the minister, Lena Haugland, said the deal was at risk.",
            &["indirect | the minister, Lena Haugland, | said | the deal was at risk"],
        );
        check(
            "In Washington, the senators, who met Friday, said they had agreed.",
            &["indirect | the senators, who met Friday, | said | they had agreed"],
        );
        check(
            "Smith, Jones, and Brown, who met Friday, said they had agreed.",
            &["indirect | Brown, who met Friday, | said | they had agreed"],
        );
    }
}
