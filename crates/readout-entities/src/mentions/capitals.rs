//! Capitals: a trimmed run (and, for a transcript's label, the name left
//! once its titles are off) in, what its capital letters settle out. A
//! dateline's city in capitals is a place ("WASHINGTON (Reuters) -"),
//! shouting and a page's section label name nothing ("ALL HELL TO PAY",
//! "FULL TEXT."), and a transcript's label in capitals is a person
//! ("WALLACE:").

use super::run_words::Run;
use super::titles::NameParts;
use super::{Mention, MentionForm, Reading};
use crate::gazetteer::is_place;
use crate::kind_words::is_organization_word;
use crate::name_shapes::{is_label_paragraph, is_shouting, named};
use readout_record::EntityKind;
use readout_segment::Document;
use std::ops::ControlFlow;

/// "CHARLOTTE" as "Charlotte", "NEW" as "New": a capital, then lower case.
fn title_cased(word: &str) -> String {
    let mut chars = word.chars();
    chars
        .next()
        .map(|first| first.to_uppercase().chain(chars.flat_map(char::to_lowercase)).collect())
        .unwrap_or_default()
}

/// A dateline's city in capitals, named as the rest of the text writes
/// it; or nothing, for a run in capitals that shouts or labels a page's
/// section and is no place the gazetteer knows.
pub(super) fn dateline_or_shouting(doc: &Document, run: &Run) -> Reading {
    let (start, end, words, full) = (run.start, run.end, &run.words, &run.full);
    // "WASHINGTON (Reuters) -", "LONDON —": a dateline's city in capitals
    // is the place, not an acronym's body. Only at a paragraph's start
    // before a dash, a bracket or a comma (a transcript's "AUSTIN:" is a
    // speaker), only the gazetteer's first tier (capitals, regions, large
    // cities) and four letters or more, where capitals and acronyms rarely
    // meet. There a first name is the town ("WARREN, Mich. —").
    let dateline = (start == 0 || doc.token_paragraph[start - 1] != doc.token_paragraph[start])
        && end < doc.len()
        && matches!(doc.raw(end), "—" | "–" | "-" | "(" | ",");
    let shouted_place = dateline
        && full.chars().filter(|c| c.is_alphabetic()).count() >= 4
        && full.chars().all(|c| !c.is_lowercase() && c != '.')
        // Two words in capitals are no acronym: a smaller town will do
        // ("ATLANTIC CITY, N.J. —").
        && match crate::places::tier(full) {
            Some(1) => true,
            Some(_) => words.len() >= 2,
            None => false,
        };
    if !is_place(full) && !shouted_place && (is_shouting(doc, start, end) || is_label_paragraph(doc, start, end)) {
        return ControlFlow::Break(None);
    }
    if shouted_place && !is_place(full) {
        // Named as the rest of the text writes it: "CHARLOTTE" is Charlotte.
        let words: Vec<String> = words.iter().map(|word| title_cased(word)).collect();
        let full = words.join(" ");
        return ControlFlow::Break(named((start, end), run.bytes.clone(), EntityKind::Place, words, full));
    }
    ControlFlow::Continue(())
}

/// A transcript's label in capitals at a paragraph's start ("WALLACE:",
/// "MR. O'NEIL:"): a person, named in title case.
pub(super) fn transcript_label(doc: &Document, run: &Run, name: &NameParts) -> Reading {
    let (start, end, name_words) = (run.start, run.end, &name.name_words);
    // "WALLACE: Governor, …", "MR. O'NEIL: …": a transcript's label in
    // capitals is a person, named as the rest of the text would write it
    // ("Wallace"), not an acronym's body.
    let paragraph_opens = start == 0
        || doc.token_paragraph[start - 1] != doc.token_paragraph[start]
        || (start == 1 && doc.token(0).is_quote())
        || (start > 1
            && doc.token(start - 1).is_quote()
            && doc.token_paragraph[start - 2] != doc.token_paragraph[start]);
    let transcript_label = paragraph_opens
        && end < doc.len()
        && doc.is_punct(end, ":")
        && (1..=3).contains(&name_words.len())
        && name_words.iter().all(|w| w.chars().any(char::is_alphabetic) && !w.chars().any(char::is_lowercase))
        && name_words.iter().all(|w| w.chars().filter(|c| c.is_alphabetic()).count() >= 3)
        // "CNN:" is an acronym, "LONDON:" a dateline.
        && name_words.iter().all(|w| w.chars().any(|c| matches!(c, 'A' | 'E' | 'I' | 'O' | 'U' | 'Y')))
        && !name_words.iter().any(|w| is_organization_word(&w.to_lowercase()));
    if transcript_label {
        // "O'NEIL" is O'Neil, "SMITH-JONES" Smith-Jones.
        let title_cased_words: Vec<String> =
            name_words.iter().map(|w| w.split_inclusive(['\'', '-']).map(title_cased).collect()).collect();
        let label = title_cased_words.join(" ");
        if !is_place(&label) && crate::places::tier(&label).is_none() {
            return ControlFlow::Break(Some(Mention {
                tokens: (start, end),
                bytes: run.bytes.clone(),
                kind: EntityKind::Person,
                form: MentionForm::Name { words: title_cased_words, honorifics: name.honorifics.clone() },
                canonical: None,
                untyped: false,
            }));
        }
    }
    ControlFlow::Continue(())
}

#[cfg(test)]
mod tests {
    use crate::mentions::test_support::{canonical_words, check, kinds_of};

    #[test]
    fn a_transcripts_label_in_capitals_is_a_person() {
        let kinds = kinds_of("The debate began.\n\nWALLACE: Will you?\n\nCNN: Here it is.\n\nLONDON: Rain fell.");
        assert!(kinds.contains(&"person:WALLACE".to_string()), "{kinds:?}");
        // An acronym and a dateline are no one's label.
        assert!(kinds.contains(&"organization:CNN".to_string()), "{kinds:?}");
        assert!(!kinds.contains(&"person:LONDON".to_string()), "{kinds:?}");
        let names = canonical_words("Intro.\n\nMR. O'NEIL: Thank you.");
        assert!(names.contains(&vec!["O'Neil".to_string()]), "{names:?}");
    }

    #[test]
    fn a_publishers_name_and_quoted_shouting() {
        check("He told Time magazine that there would be “HELL TO PAY” for it.", &["person:He", "organization:Time"]);
        check("He wrote on his Truth Social site.", &["person:He", "person:his", "other:Truth Social"]);
        check("He wrote that there will be ALL HELL TO PAY in the Middle East.", &["person:He", "place:Middle East"]);
        // A preposition opening a sentence is no part of a name.
        check("Outside Carrier's plant, a worker spoke.", &["person:Carrier"]);
    }

    #[test]
    fn regression_a_pages_section_label_was_a_person() {
        check(
            "The banks were hacked.\n\nABSTRACT.\n\nThe bank said so.\n\nFULL TEXT.\n\nNATO met.",
            &["organization:NATO"],
        );
        // A signature in capitals is a name.
        check("I believe the plan is a fraud.\n\nJANE DOE.", &["person:JANE DOE"]);
    }

    #[test]
    fn regression_a_datelines_city_was_an_organization() {
        check("WASHINGTON (Reuters) - The bank was hacked.", &["place:WASHINGTON", "organization:Reuters"]);
        assert_eq!(canonical_words("CHARLOTTE — The protests went on."), [vec!["Charlotte"]]);
        check("NEW YORK — The markets fell.", &["place:NEW YORK"]);
        // An acronym that no large place spells stays a body.
        check("NASA said so.", &["organization:NASA"]);
        // Not a transcript's speaker.
        let names = kinds_of("AUSTIN: Thank you.\n\nIt rained in AUSTIN today.");
        assert!(!names.iter().any(|name| name.starts_with("place:")), "{names:?}");
    }
}
