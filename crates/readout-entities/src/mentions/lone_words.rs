//! Lone words: a trimmed run and the parts of its name in, what the run
//! names when its words alone settle it out. An office is a body with its
//! canonical name ("Downing Street"); a title with no name after it is a
//! role ("the Prime Minister", "The PM"), or nothing where it is said of
//! someone ("as President"); a demonym alone names no one ("American"); a
//! company's executive title leaves the company ("Wells Fargo CEO"); and a
//! body's common noun alone, capitalised only by its place, is no body's
//! name ("Bank executives").

use super::run_words::Run;
use super::titles::NameParts;
use super::{Mention, MentionForm, Reading};
use crate::gazetteer::is_place;
use crate::kind_words::{is_organization_word, office_name};
use crate::name_runs::capitalised_run_end;
use crate::name_shapes::{named, opens_with_a_common_word, place_before_full_name};
use crate::name_words::looks_like_demonym;
use crate::role_mentions::is_predicative;
use crate::title_case::in_title_case_sentence;
use readout_record::EntityKind;
use readout_segment::Document;
use readout_segment::TokenKind;
use std::ops::ControlFlow;

/// An office the run's words name ("Downing Street", "the White House"):
/// an organisation, with the office's canonical name.
pub(super) fn office_named(doc: &Document, run: &Run) -> Reading {
    let (start, end, lower_full) = (run.start, run.end, &run.lower_full);
    let preceded_by_the = start > 0 && doc.word(start - 1) == "the";
    let office =
        office_name(lower_full).or_else(
            || {
                if preceded_by_the {
                    office_name(&format!("the {lower_full}"))
                } else {
                    None
                }
            },
        );
    if let Some(office) = office {
        return ControlFlow::Break(Some(Mention {
            tokens: (start, end),
            bytes: run.bytes.clone(),
            kind: EntityKind::Organization,
            form: MentionForm::Name { words: run.words.clone(), honorifics: vec![] },
            canonical: Some(office.to_string()),
            untyped: false,
        }));
    }
    ControlFlow::Continue(())
}

/// A title with no name after it, or "PM": a role standing for its
/// holder, or nothing where it stands for no one.
pub(super) fn role_alone(doc: &Document, run: &Run, name: &NameParts) -> Reading {
    let (start, end) = (run.start, run.end);
    // "The PM expressed …" is the Prime Minister; "5 PM" is a time.
    let prime_minister_abbreviation = run.full == "PM";
    if prime_minister_abbreviation && start > 0 && doc.token(start - 1).kind == TokenKind::Number {
        return ControlFlow::Break(None);
    }
    if name.name_words.is_empty() || prime_minister_abbreviation {
        // "took office as President": the role is said of someone, it does
        // not stand for anyone. Nor does "a President in 1868" or "any
        // Prime Minister": an indefinite role is no holder.
        let indefinite = start > 0 && matches!(doc.word(start - 1), "a" | "an" | "any" | "every" | "each" | "no");
        if is_predicative(doc, start) || indefinite {
            return ControlFlow::Break(None);
        }
        // "President of the United States Barack Obama": the title is the
        // person's after it, not a role of its own.
        if end + 1 < doc.len() && doc.word(end) == "of" {
            let country = if doc.word(end + 1) == "the" { end + 2 } else { end + 1 };
            if country < doc.len() && place_before_full_name(doc, country, capitalised_run_end(doc, country)).is_some()
            {
                return ControlFlow::Break(None);
            }
        }
        // A title alone, capitalised: "Prime Minister" — a role.
        let phrase = run.lower_full.clone();
        return ControlFlow::Break(Some(Mention {
            tokens: (start, end),
            bytes: run.bytes.clone(),
            kind: EntityKind::Person,
            form: MentionForm::Role { phrase },
            canonical: None,
            untyped: false,
        }));
    }
    ControlFlow::Continue(())
}

/// A demonym alone ("American"): nothing.
pub(super) fn demonym_alone(run: &Run, name: &NameParts) -> Reading {
    let full = &run.full;
    // "American", "Iraqi" alone describe, they name no one.
    let demonym_alone = run.words.len() == 1
        && name.honorific_count == 0
        && readout_offices::country_of_cue(full).is_some()
        && !is_place(full)
        && crate::gazetteer::country_code(full).is_none()
        && looks_like_demonym(full);
    if demonym_alone {
        return ControlFlow::Break(None);
    }
    ControlFlow::Continue(())
}

/// A company's name and an executive's title after it ("Wells Fargo
/// CEO"): the company, or nothing where a title stands before it.
pub(super) fn company_before_an_executive_title(doc: &Document, run: &Run, name: &NameParts) -> Reading {
    let (start, end, words) = (run.start, run.end, &run.words);
    // "Wells Fargo CEO: …" in a headline: a company's executive the run
    // does not name; the company it names, where no title stands before
    // it ("Former Apple CEO" names no one).
    if words.len() >= 2 && words.last().is_some_and(|w| crate::corporate_titles::is_executive_title(w)) {
        if name.honorific_count > 0 {
            return ControlFlow::Break(None);
        }
        let company: Vec<String> = words[..words.len() - 1].to_vec();
        let company_end = (start..end).rev().find(|&t| doc.is_word(t)).unwrap_or(end);
        let bytes = doc.token(start).range.start..doc.token(company_end - 1).range.end;
        let full = company.join(" ");
        return ControlFlow::Break(named((start, company_end), bytes, EntityKind::Organization, company, full));
    }
    ControlFlow::Continue(())
}

/// A body's common noun alone, capitalised only by the sentence or a
/// headline ("Bank executives"): nothing.
pub(super) fn common_noun_alone<'a>(
    doc: &'a Document,
    run: &Run,
    name: &NameParts,
    lower_case_words: &std::cell::OnceCell<std::collections::HashSet<&'a str>>,
) -> Reading {
    let (start, lower_full) = (run.start, &run.lower_full);
    // "Bank executives aren't.", "Network Disputes …": a body's common
    // noun alone, capitalised only by the sentence or a headline, that the
    // text also writes in lower case, is that noun, no body's name ("the
    // bank" is the one the text names). A public body's word stays
    // ("Police said").
    let common_noun_alone = run.words.len() == 1
        && name.honorific_count == 0
        && !run.is_acronym()
        && is_organization_word(lower_full)
        && !crate::kind_words::is_public_body_word(lower_full)
        && (start == run.sentence_first || in_title_case_sentence(doc, start))
        && opens_with_a_common_word(doc, start, lower_case_words);
    if common_noun_alone {
        return ControlFlow::Break(None);
    }
    ControlFlow::Continue(())
}

#[cfg(test)]
mod tests {
    use crate::mentions::test_support::{check, kinds_of};

    #[test]
    fn the_pm_is_a_role_and_5_pm_a_time() {
        // A role with its article, as "the Prime Minister" is.
        check("The PM said so at 5 PM today.", &["person:The PM"]);
    }

    #[test]
    fn a_roles_country_is_part_of_it_and_a_country_before_a_full_name_is_apart() {
        check("The President of Russia stressed the point.", &["person:The President of Russia"]);
        check("They met the President of the United States on Monday.", &["person:the President of the United States"]);
        check(
            "Putin called President of the United States Barack Obama.",
            &["person:Putin", "place:United States", "person:Barack Obama"],
        );
    }

    #[test]
    fn regression_a_company_named_like_a_person_was_one() {
        let text = "Warren Hammers Wells Fargo CEO: Resign.\n\nSenator Warren grilled Wells Fargo CEO John Stumpf. Wells Fargo opened the accounts.";
        let kinds: Vec<String> =
            kinds_of(text).into_iter().filter(|m| m.contains("Wells") || m.contains("Stumpf")).collect();
        assert_eq!(
            kinds,
            ["organization:Wells Fargo", "person:Wells Fargo CEO John Stumpf", "organization:Wells Fargo"]
        );
    }

    #[test]
    fn a_role_after_as_is_no_mention() {
        check("He will assume office as President next month.", &["person:He"]);
        check("The oath was sworn when they tried a President in 1868.", &[]);
        check("She served as the prime minister until May.", &["person:She"]);
    }

    #[test]
    fn a_bodys_common_noun_opening_a_sentence_is_no_body() {
        let kinds = kinds_of("Wells Fargo fired them. Bank executives were not fired, the bank said.");
        assert!(!kinds.iter().any(|k| k.ends_with(":Bank")), "{kinds:?}");
        // A public body's word stays.
        let kinds = kinds_of("Police said so. The police left.");
        assert!(kinds.contains(&"organization:Police".to_string()), "{kinds:?}");
    }
}
