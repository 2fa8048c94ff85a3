//! The name a person is known by: a document's mentions and its grouped
//! entities in, each person's display name set to the name the text says
//! they are known as, where it says so.
//!
//! Biographies and obituaries give a birth name, then the name the world
//! uses: "Joshua Abraham Norton (c. 1818 – 1880), known as Emperor Norton",
//! "Stefani Germanotta, known professionally as Lady Gaga". The second is
//! how readers look the person up, so it names the entity, titles and all
//! (the titles are part of such a name, as "Pope Francis" is). The
//! entity's words (what its mentions are matched by) stay as they were.

use crate::grouping::EntityGroup;
use crate::mentions::{without_possessive, Mention, MentionForm};
use readout_record::EntityKind;
use readout_segment::Document;

/// How far before "known as" the person's name may end: an aside with
/// dates fits.
const NEAR_TOKENS: usize = 20;

/// Words that may stand between "known" and "as": "better known as",
/// "known professionally as".
fn is_known_as_modifier(word: &str) -> bool {
    matches!(word, "professionally" | "popularly" | "commonly" | "widely" | "locally" | "affectionately")
}

/// How the tokens before `first` introduce the name there.
#[derive(Clone, Copy, PartialEq, Eq)]
enum KnownAs {
    /// "known as", "better known as", "known professionally as": the name
    /// the world uses.
    Main,
    /// "also known as", "then known as", "formerly known as": another
    /// name of the same person, not the one to call them by.
    Other,
}

/// Whether the tokens before `first` say "known as", and how.
fn known_as_before(doc: &Document, first: usize) -> Option<KnownAs> {
    if first < 2 || doc.word(first - 1) != "as" {
        return None;
    }
    let known = if is_known_as_modifier(doc.word(first - 2)) { first.checked_sub(3)? } else { first - 2 };
    if doc.word(known) != "known" {
        return None;
    }
    let before = known.checked_sub(1).map_or("", |t| doc.word(t));
    let other = matches!(before, "also" | "then" | "formerly" | "previously" | "once" | "originally" | "sometimes");
    Some(if other { KnownAs::Other } else { KnownAs::Main })
}

/// Names each person after the first name of two words or more that the
/// text introduces with "known as" right after naming them; where that
/// name began an entity of its own, its mentions join the person's, as
/// those of a name "also known as" or "formerly known as" do.
pub(crate) fn name_by_what_they_are_known_as(doc: &Document, mentions: &[Mention], groups: &mut [EntityGroup]) {
    let mut group_of = vec![None; mentions.len()];
    for (index, group) in groups.iter().enumerate() {
        for &mention in &group.mentions {
            group_of[mention] = Some(index);
        }
    }
    // The kinds do not change below, and a mention that moves stays a
    // person's.
    let person_names: Vec<bool> = (0..mentions.len())
        .map(|m| {
            matches!(mentions[m].form, MentionForm::Name { .. })
                && group_of[m].is_some_and(|g: usize| groups[g].kind == EntityKind::Person)
        })
        .collect();
    let is_person_name = |m: usize| person_names[m];
    let mut named = vec![false; groups.len()];
    for alias in 0..mentions.len() {
        let (first, end) = mentions[alias].tokens;
        let Some(how) = known_as_before(doc, first) else { continue };
        if !is_person_name(alias) || end < first + 2 {
            continue;
        }
        // The person named just before, with at most an aside between
        // ("(c. 1818 – January 8, 1880)", whose abbreviation may end a
        // sentence for the segmenter).
        let Some(person) = (0..alias)
            .rev()
            .take_while(|&m| {
                mentions[m].tokens.1 + NEAR_TOKENS >= first
                    && doc.token_paragraph[mentions[m].tokens.0] == doc.token_paragraph[first]
            })
            .find(|&m| is_person_name(m))
            .and_then(|m| group_of[m])
        else {
            continue;
        };
        if let Some(other) = group_of[alias].filter(|&g| g != person) {
            let moved = std::mem::take(&mut groups[other].mentions);
            for &m in &moved {
                group_of[m] = Some(person);
            }
            groups[person].mentions.extend(moved);
        }
        if how == KnownAs::Main && !named[person] {
            named[person] = true;
            let text = without_possessive(&doc.text[mentions[alias].bytes.clone()]);
            groups[person].name = text.split_whitespace().collect::<Vec<_>>().join(" ");
        }
    }
}

#[cfg(test)]
mod tests {
    use readout_segment::{segment, Document};

    fn check(text: &str, expect: &[&str]) {
        let seg = segment(text, std::slice::from_ref(&(0..text.len())));
        let doc = Document::new(text, &seg);
        let mentions = crate::find_all_mentions(&doc, &[]);
        let context = crate::Context::for_tests(&[], &[]);
        let groups = crate::group(&doc, &mentions, &context);
        let mut people: Vec<&str> =
            groups.iter().filter(|g| g.kind == readout_record::EntityKind::Person).map(|g| g.name.as_str()).collect();
        people.sort_unstable();
        assert_eq!(people, expect);
    }

    #[test]
    fn a_person_known_by_another_name_is_named_by_it() {
        check(
            "Joshua Abraham Norton (c. 1818 – January 8, 1880), known as Emperor Norton, was a citizen of San \
             Francisco. Norton lost his fortune in 1858.",
            &["Emperor Norton"],
        );
        check(
            "Stefani Germanotta, known professionally as Lady Gaga, released an album. Germanotta said it was her best.",
            &["Lady Gaga"],
        );
    }

    #[test]
    fn a_former_or_other_name_joins_the_person_but_does_not_name_them() {
        check(
            "Chelsea Manning - then known as Bradley Manning - leaked the files. Manning served seven years.",
            &["Chelsea Manning"],
        );
    }

    #[test]
    fn a_thing_known_as_a_name_leaves_the_person_alone() {
        check("Senator John Smith backed the law, known as the Smith Act.", &["John Smith"]);
    }
}
