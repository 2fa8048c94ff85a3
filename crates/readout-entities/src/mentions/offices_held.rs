//! Offices and their holders in a run of capitalised words: a run's token
//! range in, where what an office is of ends and its holder's name begins
//! out. "RNC Chief of Staff Katie Walsh", "Speaker of the House Newt
//! Gingrich", "CEO of the Refugee Council Enver Solomon": a title, "of",
//! the office's field or body, then the holder. The field is no part of
//! the holder's name, and the title before "of" is no part of the body's
//! or place's before it ("RNC", "Palm Beach County").

use crate::gazetteer::is_place;
use crate::NameSpan;
use readout_record::EntityKind;
use readout_segment::Document;

/// Where the holder's name begins in the run `[start, end)` that follows a
/// title's "of" (and "the"), if the run holds one: at the first first name
/// with a surname after it ("Katie Walsh", "Newt Gingrich"), or where the
/// name tagger has a person's name close the run ("Reince Priebus"). Of
/// the table's rarer first names, those that are a body's, a place's or
/// a title's word are words ("Council").
pub(super) fn holder_after_an_office(doc: &Document, names: &[NameSpan], start: usize, end: usize) -> Option<usize> {
    if !follows_an_office(doc, start) {
        return None;
    }
    let first_name = (start + 1..end.saturating_sub(1)).find(|&t| {
        let word = doc.word(t);
        let a_word_too = crate::kind_words::is_organization_word(word)
            || crate::kind_words::is_place_head_word(word)
            || crate::lexicon::is_title_word(word);
        doc.token(t + 1).capitalized
            && (crate::gender::is_common_first_name(doc.raw(t))
                || (crate::gender::is_first_name(doc.raw(t)) && !a_word_too))
    });
    // "Staff Reince Priebus", "Defense Ash Carter": an office's one-word
    // field, then two words of a name.
    let field = doc.word(start);
    let one_word_field = end == start + 3
        && (crate::name_words::is_department_word(field)
            || matches!(field, "staff" | "state" | "justice" | "health" | "elections" | "homeland"))
        && (start + 1..end).all(|t| doc.token(t).capitalized && !crate::lexicon::is_title_word(doc.word(t)));
    first_name.or(one_word_field.then_some(start + 1)).or_else(|| {
        names
            .iter()
            .find(|name| {
                name.kind == EntityKind::Person
                    && name.tokens.end == end
                    && name.tokens.start > start
                    && end - name.tokens.start <= 3
            })
            .map(|name| name.tokens.start)
    })
}

/// Whether `start` follows a title's "of", with or without "the":
/// "Director of National Intelligence", "president of the Refugee
/// Council".
fn follows_an_office(doc: &Document, start: usize) -> bool {
    let mut before = start;
    if before > 0 && doc.word(before - 1) == "the" {
        before -= 1;
    }
    before >= 2 && doc.word(before - 1) == "of" && crate::lexicon::is_title_word(doc.word(before - 2))
}

/// Whether an office's field `[start, end)` names something of its own: a
/// body ("Refugee Council"), a place or an acronym, not a field alone
/// ("Staff", "National Intelligence", "Elections").
pub(super) fn names_something(doc: &Document, start: usize, end: usize) -> bool {
    let run = (start..end).map(|t| doc.raw(t)).collect::<Vec<_>>().join(" ");
    is_place(&run)
        || (start..end).any(|t| crate::kind_words::is_organization_word(doc.word(t)))
        || doc.raw(start).chars().all(|c| c.is_uppercase())
}

/// "RNC Chief of Staff …", "Palm Beach County Supervisor of Elections …":
/// a title that ends a run before "of" and a capitalised word opens an
/// office whose holder is named after it; the title is no part of the
/// name before it, which is the body or place the office is of.
pub(super) fn before_an_office(doc: &Document, start: usize, end: usize) -> usize {
    let opens_an_office = end > start + 1
        && end + 1 < doc.len()
        && doc.word(end) == "of"
        && doc.token(end + 1).capitalized
        && doc.token_sentence[end + 1] == doc.token_sentence[end]
        && crate::lexicon::is_title_word(doc.word(end - 1));
    if opens_an_office {
        end - 1
    } else {
        end
    }
}

#[cfg(test)]
mod tests {
    use crate::mentions::test_support::check;

    #[test]
    fn an_offices_field_is_no_part_of_its_holders_name() {
        check("RNC Chief of Staff Katie Walsh explained it.", &["organization:RNC", "person:Katie Walsh"]);
        check(
            "Palm Beach County Supervisor of Elections Susan Bucher said so.",
            &["place:Palm Beach County", "person:Susan Bucher"],
        );
        // The role before "of" is a mention of its own, as a role alone is.
        check("Director of National Intelligence James Clapper said so.", &["person:Director", "person:James Clapper"]);
        check(
            "Speaker of the House Newt Gingrich said so.",
            &["person:Speaker", "organization:House", "person:Newt Gingrich"],
        );
    }

    #[test]
    fn a_holder_whose_first_name_the_table_lacks_follows_a_one_word_field() {
        check(
            "White House Chief of Staff Reince Priebus said so.",
            &["person:White House Chief of Staff Reince Priebus"],
        );
        check("Chief of Staff Reince Priebus said so.", &["person:Chief", "person:Reince Priebus"]);
    }

    #[test]
    fn a_body_the_office_is_of_is_a_name_of_its_own() {
        check(
            "After the leak, CEO of the Refugee Council Maurice Wren told Sky News it was wrong.",
            &["person:CEO", "organization:Refugee Council", "person:Maurice Wren", "organization:Sky News"],
        );
    }

    #[test]
    fn regression_a_movement_led_by_someone_was_taken_for_a_person() {
        check(
            "He met the leader of the New Culture Movement. He then left.",
            &["person:He", "organization:New Culture Movement", "person:He"],
        );
    }
}
