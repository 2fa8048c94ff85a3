//! Where a name's run of capitalised words ends: a document and the
//! token that opens the run in, the token after its last word out. Besides
//! capitalised words a name holds a middle initial's full stop ("Donald J.
//! Trump"), an abbreviated title's ("Mr. King"), surname particles ("Bill
//! de Blasio", "al-Kadhimi"), and, in organisations' names, connectors
//! ("Bank of England").

use crate::kind_words::is_organization_word;
use crate::mentions::without_possessive;
use readout_segment::Document;
use readout_segment::TokenKind;

/// The end of the run of name words that `start` opens.
pub(crate) fn capitalised_run_end(doc: &Document, start: usize) -> usize {
    let mut end = start + 1;
    let sentence = doc.token_sentence[start];
    let headline = crate::title_case::in_title_case_sentence(doc, start);
    while end < doc.len() && doc.token_sentence[end] == sentence {
        let token = doc.token(end);
        let word = doc.word(end);
        // `John "Tig" Tiegen`, `Marcia "Cia" Price`: a nickname in quotation
        // marks between a first name and a surname stays in the run (and
        // out of the name's words).
        if quoted_nickname_at(doc, end) {
            end += 3;
            continue;
        }
        // "… in the U.S. He said": a pronoun opens the next clause, as a
        // relative one does ("The Houseguest Who Won't Leave").
        let pronoun = matches!(doc.word(end), "he" | "she" | "it" | "we" | "they" | "who");
        if pronoun {
            break;
        }
        // "Gennifer Flowers Won't Be at Debate": a negated auxiliary is a
        // headline's verb, no part of a name.
        if is_negated_auxiliary(word) {
            break;
        }
        // "President Bush Meets with President Putin": in a headline set
        // in title case, the verb after a name is no part of it.
        if headline && token.capitalized && is_headline_verb(word) {
            break;
        }
        if token.capitalized && token.kind == TokenKind::Word && !without_possessive(doc.raw(end - 1)).len().eq(&0) {
            if doc.raw(end - 1) != without_possessive(doc.raw(end - 1)) {
                break;
            }
            end += 1;
        } else if is_middle_initial_stop(doc, end) || is_title_abbreviation_stop(doc, end) {
            // "Donald J. Trump", "Mr. King": the full stop of an initial or
            // an abbreviated title stays in the name.
            end += 1;
        } else if matches!(word, "of" | "de" | "al" | "bin" | "van" | "von" | "del" | "la" | "for" | "and" | "on")
            && end + 1 < doc.len()
            && doc.token(end + 1).capitalized
            // "Prime Minister Al-Abadi and President Obama", "Prime Minister
            // and German Chancellor": "and" before a title joins two people.
            && !(word == "and"
                && (crate::kind_words::is_honorific(doc.word(end + 1))
                    || readout_offices::country_of_cue(doc.raw(end + 1)).is_some()
                    || describes_what_follows(doc, end + 1)))
            && matches!(doc.word(end - 1).chars().next(), Some(c) if c.is_alphabetic())
            && run_takes_connector(doc, start, end)
        {
            end += 1;
        } else if word == "for"
            && end + 2 < doc.len()
            && matches!(doc.word(end + 1), "a" | "an" | "the")
            && doc.token(end + 2).capitalized
            && doc.token_sentence[end + 2] == sentence
            && (crate::kind_words::is_public_body_word(doc.word(end - 1))
                || matches!(doc.word(end - 1), "center" | "centre"))
        {
            // "Committee for a Responsible Federal Budget", "Center for the
            // Study of Hate": a body named for its cause keeps the article
            // ("Edison Research for the Associated Press" is two bodies).
            end += 2;
        } else if doc.token(end).is_quote()
            && !doc.token(end).space_before
            && end + 1 < doc.len()
            && doc.token_sentence[end + 1] == sentence
            && is_arabic_article_name(doc.raw(end + 1))
        {
            // "Mohammed Shia' al-Sudani": a mark glued to a word, before a
            // surname with its article, transliterates a letter.
            end += 2;
        } else if is_arabic_article_name(doc.raw(end)) && doc.token_sentence[end] == sentence {
            // "Mustafa al-Kadhimi", "Haider al-Abadi".
            end += 1;
        } else if let Some(after) = name_particles_end(doc, end) {
            // "Bill de Blasio", "Ursula von der Leyen": a surname's particles
            // stay in the name.
            end = after;
        } else {
            break;
        }
    }
    end
}

/// "Former Secretary of State and Democratic presidential frontrunner
/// Hillary Clinton": a party's or a people's adjective after "and", before
/// a word in lower case, describes the noun after it; it joins no name.
fn describes_what_follows(doc: &Document, index: usize) -> bool {
    let adjective = matches!(
        doc.word(index),
        "democratic" | "republican" | "liberal" | "conservative" | "independent" | "labour" | "progressive"
    ) || crate::name_words::looks_like_demonym(doc.raw(index));
    let lower_case_next = index + 1 < doc.len()
        && doc.is_word(index + 1)
        && !doc.token(index + 1).capitalized
        && !crate::lexicon::is_minor_word(doc.word(index + 1));
    adjective && lower_case_next
}

/// Whether a quoted nickname opens at `index`: a quotation mark, one
/// capitalised word, a quotation mark, then a capitalised word, right
/// after a first name from the table, all in one sentence.
pub(crate) fn quoted_nickname_at(doc: &Document, index: usize) -> bool {
    let word_at = |t: usize| t < doc.len() && doc.token(t).capitalized && doc.token(t).kind == TokenKind::Word;
    index > 0
        && index + 3 < doc.len()
        && doc.token(index).is_quote()
        && word_at(index + 1)
        && doc.token(index + 2).is_quote()
        && word_at(index + 3)
        && doc.token_sentence[index + 3] == doc.token_sentence[index - 1]
        && crate::gender::is_first_name(doc.raw(index - 1))
}

/// "Won't", "Can’t", "Doesn't": an auxiliary with "not" glued on.
fn is_negated_auxiliary(word: &str) -> bool {
    word.ends_with("n't") || word.ends_with("n’t")
}

/// Verbs a headline puts right after a name: "Bush Meets with Putin",
/// "Graham Says". Nouns that end names ("Peace Talks", "Phone Calls") are
/// not among them.
pub(crate) fn is_headline_verb(word: &str) -> bool {
    matches!(
        word,
        "meets"
            | "speaks"
            | "says"
            | "visits"
            | "hosts"
            | "welcomes"
            | "receives"
            | "urges"
            | "warns"
            | "announces"
            | "congratulates"
            | "phones"
            | "telephones"
            // Verbs of attack and support that headlines favour: "Warren
            // Hammers Wells Fargo CEO", "Trump Slams Media".
            | "slams"
            | "blasts"
            | "rips"
            | "hammers"
            | "grills"
            | "mocks"
            | "attacks"
            | "defends"
            | "praises"
            | "endorses"
            | "blames"
            | "accuses"
            | "vows"
            | "rejects"
            | "denies"
            | "bashes"
            | "trashes"
            | "torches"
            | "lashes"
            // Auxiliaries: "Instantly Has Everyone's Attention", "Clinton
            // Is Winning".
            | "has"
            | "have"
            | "is"
            | "are"
            | "was"
            | "were"
    )
}

/// A surname written with a lower-case article: "al-Kadhimi", "el-Sisi",
/// "bin-Salman".
fn is_arabic_article_name(raw: &str) -> bool {
    ["al-", "el-", "bin-", "ibn-", "abu-", "ad-", "ash-"]
        .iter()
        .any(|prefix| raw.strip_prefix(prefix).is_some_and(|rest| rest.chars().next().is_some_and(char::is_uppercase)))
}

/// The end of a run of lower-case surname particles at `index` when a
/// capitalised word follows them in the same sentence ("de", "von der",
/// "bin"), after a capitalised word.
fn name_particles_end(doc: &Document, index: usize) -> Option<usize> {
    let is_particle = |t: usize| {
        !doc.token(t).capitalized
            && matches!(doc.word(t), "de" | "da" | "di" | "du" | "van" | "von" | "der" | "den" | "bin" | "ibn" | "dos")
    };
    let mut end = index;
    while end < doc.len() && end < index + 2 && is_particle(end) {
        end += 1;
    }
    let follows_name = index > 0 && doc.token(index - 1).capitalized && doc.token(index - 1).kind == TokenKind::Word;
    let name_after = end < doc.len()
        && doc.token(end).capitalized
        && doc.token(end).kind == TokenKind::Word
        && doc.token_sentence[end] == doc.token_sentence[index];
    (end > index && follows_name && name_after).then_some(end + 1)
}

/// Whether token `index` is the full stop of an abbreviated title before a
/// name: "Mr. King", "Sen. Warren", "Gov. Pence".
fn is_title_abbreviation_stop(doc: &Document, index: usize) -> bool {
    index >= 1
        && index + 1 < doc.len()
        && doc.is_punct(index, ".")
        && matches!(
            doc.word(index - 1),
            "mr" | "mrs"
                | "ms"
                | "dr"
                | "sen"
                | "rep"
                | "gov"
                | "gen"
                | "lt"
                | "col"
                | "sgt"
                | "capt"
                | "adm"
                | "prof"
                | "rev"
        )
        && doc.token(index + 1).capitalized
        && doc.token(index + 1).kind == TokenKind::Word
        && doc.token_sentence[index + 1] == doc.token_sentence[index]
}

/// Whether token `index` is the full stop after a middle initial: a single
/// capital letter after a capitalised word, with a capitalised word next
/// ("James B. Comey").
fn is_middle_initial_stop(doc: &Document, index: usize) -> bool {
    let is_initial = |t: usize| {
        let raw = doc.raw(t);
        raw.len() == 1 && raw.chars().all(|c| c.is_ascii_uppercase())
    };
    let capitalised_word = |t: usize| t < doc.len() && doc.token(t).capitalized && doc.token(t).kind == TokenKind::Word;
    index >= 2
        && doc.is_punct(index, ".")
        && is_initial(index - 1)
        && capitalised_word(index - 2)
        && capitalised_word(index + 1)
        && doc.token_sentence[index + 1] == doc.token_sentence[index]
}

/// "Bank of England", "Department of State", "Ministry for Foreign Affairs":
/// a lower-case connector joins organisation names, not person names.
fn run_takes_connector(doc: &Document, start: usize, connector: usize) -> bool {
    // "Citizens for Tax Justice", "Americans for Prosperity": people for a
    // cause, the way advocacy groups name themselves.
    // Not people who work for someone: "Executives for Mondelez".
    let works_for = |word: &str| {
        crate::clause_words::is_staff_noun(word)
            || matches!(
                word,
                "executives"
                    | "employees"
                    | "workers"
                    | "members"
                    | "lawyers"
                    | "attorneys"
                    | "representatives"
                    | "spokesmen"
            )
    };
    // Nor a person's name ("Lucas Jones for Reuters", "Bernie Sanders for
    // President") or a headline's verb ("Sanders Calls For Debate").
    let people_for_a_cause = doc.word(connector) == "for"
        && connector > start
        && doc.raw(connector - 1).ends_with('s')
        && !works_for(doc.word(connector - 1))
        && !is_headline_verb(doc.word(connector - 1))
        && !crate::gender::is_first_name(without_possessive(doc.raw(start)));
    people_for_a_cause
        || (start..connector).any(|t| {
            is_organization_word(doc.word(t))
                || matches!(doc.word(t), "secretary" | "minister" | "university" | "bank" | "house" | "state")
        })
}
