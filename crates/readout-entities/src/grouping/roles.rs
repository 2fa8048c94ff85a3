//! Office holders: a document's person groups, its roles ("the Prime
//! Minister", "the incoming president") and the dated office-holder table
//! in, roles joined to the person who held the office and surnames with an
//! office's title ("President Obama") named in full out.
//!
//! The text's own names decide first (a person it gives the title); then
//! the table, on the document's date, for the document's country or the
//! countries its cues name, never for a holder it calls another country's.

use super::{surname, Context, EntityGroup};
use crate::mentions::{Mention, MentionForm};
use crate::name_match::{holder_surname, same_given_name, same_person};
use readout_record::EntityKind;
use readout_segment::Document;
use std::collections::HashMap;

/// A surname the text gives only with a title ("President Obama", "Chancellor
/// Scholz") takes the full name of the office holder it fits: one whose
/// surname and title are those, in office on the document's date, or
/// without a date the only such holder in the table. "President Bush"
/// without a date fits two and stays as it is.
///
/// A full name with such a title takes the table's spelling where the
/// first names agree: "Vice President Joseph R. Biden Jr." in 2016 is Joe
/// Biden, the name the table writes and other texts use.
pub(super) fn name_titled_surnames(context: &Context, groups: &mut [EntityGroup]) {
    let titled = groups.iter_mut().filter(|g| g.kind == EntityKind::Person && g.titles.iter().any(|t| office_title(t)));
    for group in titled {
        let Some(surname) = surname(&group.words) else { continue };
        let Some(name) = titled_holder(context, surname, &group.titles) else { continue };
        let holder_words: Vec<String> = name.split(' ').map(str::to_string).collect();
        let agrees = group.words.len() == 1 || {
            let (mine, theirs) = (group.words[0].to_lowercase(), holder_words[0].to_lowercase());
            mine == theirs || same_given_name(&mine, &theirs)
        };
        if agrees {
            group.words = holder_words;
            group.name = name.to_string();
        }
    }
}

/// Courtesy titles name no office; only the others are looked up ("King",
/// "President", "Chancellor").
pub(super) fn office_title(title: &str) -> bool {
    !matches!(
        title.trim_end_matches('.'),
        "mr" | "mrs" | "ms" | "miss" | "sir" | "dame" | "lord" | "lady" | "dr" | "prof" | "baron" | "baroness"
    )
}

/// The one office holder whose surname is `surname` and whose title is
/// one of `titles`, in office on the document's date, or without a date
/// the only such holder in the table.
pub(super) fn titled_holder<'t>(context: &Context<'t>, surname: &str, titles: &[String]) -> Option<&'t str> {
    // Most one-word names have no title: they need no look at the table
    // at all.
    if !titles.iter().any(|t| office_title(t)) {
        return None;
    }
    let date = context.date.and_then(readout_offices::Date::parse);
    // Titles are lower case; the table's are as written ("Prime Minister").
    let fits = |holder: &&readout_offices::OfficeHolder| {
        titles.iter().filter(|t| office_title(t)).any(|t| {
            holder.title.eq_ignore_ascii_case(t)
                || holder.title.split(' ').next().is_some_and(|first| first.eq_ignore_ascii_case(t))
        }) && holder_surname(&holder.name).eq_ignore_ascii_case(surname)
            && date.is_none_or(|date| holder.covers(date))
    };
    only_one(context.offices.holders_maybe_called(surname).filter(fits).map(|h| h.name.as_str()))
}

/// The one name among `names` (repeats allowed), if there is exactly one.
pub(super) fn only_one<'t>(names: impl Iterator<Item = &'t str>) -> Option<&'t str> {
    let mut names: Vec<&'t str> = names.collect();
    names.sort_unstable();
    names.dedup();
    match names.as_slice() {
        [name] => Some(name),
        _ => None,
    }
}

/// The person group named `holder` (an office holder's full name): the one
/// that is already that person, else a new one. With `respell`, the group
/// takes the table's spelling where its first name differs ("Michael R.
/// Pompeo" becomes Mike Pompeo).
pub(super) fn holder_group(groups: &mut Vec<EntityGroup>, holder: &str, respell: bool) -> usize {
    let holder_words: Vec<String> = holder.split(' ').map(str::to_string).collect();
    let existing = groups.iter().position(|g| g.kind == EntityKind::Person && same_person(&g.words, &holder_words));
    let first_word = |words: &[String]| words.first().map(|w| w.to_lowercase());
    match existing {
        Some(g) => {
            if respell && first_word(&groups[g].words) != first_word(&holder_words) {
                groups[g].name = holder.to_string();
                groups[g].words = holder_words;
            }
            g
        }
        None => {
            groups.push(EntityGroup::person(holder_words));
            groups.len() - 1
        }
    }
}

/// The one head of state or government called `surname` whom a text
/// means by the surname alone: in office on the text's date, of a country
/// the text names if it names any; or, in a text without a date, of the text's own country at any
/// time, where no one else in the office table bears the surname ("Obama",
/// but not "Clinton": Hillary Clinton was Secretary of State, and in 2016
/// "Clinton" alone is most often her).
pub(super) fn sitting_head_called<'t>(context: &Context<'t>, surname: &str) -> Option<&'t str> {
    let is_head = |holder: &readout_offices::OfficeHolder| {
        matches!(holder.office.as_str(), "head_of_state" | "head_of_government")
    };
    let bearers = || {
        context.offices.holders_maybe_called(surname).filter(|h| holder_surname(&h.name).eq_ignore_ascii_case(surname))
    };
    match context.date.and_then(readout_offices::Date::parse) {
        // Where the text names countries, a head of one of them: "Martin
        // said" in an American sports report is not Ireland's Taoiseach.
        Some(date) => {
            let no_country = context.country.is_none() && context.cued_countries.is_empty();
            let named_country = |h: &readout_offices::OfficeHolder| {
                no_country
                    || context.country.is_some_and(|c| h.country.eq_ignore_ascii_case(c))
                    || context.cued_countries.iter().any(|c| h.country.eq_ignore_ascii_case(c))
            };
            only_one(bearers().filter(|h| is_head(h) && h.covers(date) && named_country(h)).map(|h| h.name.as_str()))
        }
        None => {
            let country = context.country?;
            let only = only_one(bearers().map(|h| h.name.as_str()))?;
            bearers().any(|h| h.name == only && is_head(h) && h.country.eq_ignore_ascii_case(country)).then_some(only)
        }
    }
}

pub(super) fn role_key(phrase: &str) -> String {
    phrase
        .split(' ')
        .filter(|w| !matches!(*w, "the" | "us" | "u.s." | "british" | "american" | "current" | "new"))
        // "The PM" is the one the text titles "Prime Minister".
        .map(|w| if w == "pm" { "prime minister" } else { w })
        .collect::<Vec<_>>()
        .join(" ")
}

/// "The former president": the one person the text names who held the
/// office and had left it by the text's date, by the title the text gives
/// them ("Former President Bill Clinton", not "Former Vice President Joe
/// Biden") or by the office table ("Bill Clinton" in a text of 2016; in a
/// text without a date, anyone who has left the office).
/// Two such people (Bill Clinton and George W. Bush) leave the role to the
/// pronoun ranker, which weighs the ones the text titles so.
fn former_holder(context: &Context, groups: &[EntityGroup], phrase: &str, office: &str) -> Option<usize> {
    let office_phrase: String =
        phrase.split(' ').filter(|word| !word.eq_ignore_ascii_case("former")).collect::<Vec<_>>().join(" ");
    let former_title = format!("former {office}");
    // The table knows who had left the office by the text's date (without
    // one, by now).
    let date = context.date.unwrap_or("9999-12-31");
    let held: Vec<usize> = (0..groups.len())
        .filter(|&g| {
            let group = &groups[g];
            let titled = group.titles.iter().any(|title| title == &former_title);
            let in_table = context.offices.holders_named(&group.name).next().is_some()
                && context.offices.held_before(&office_phrase, context.country, &group.name, date);
            group.kind == EntityKind::Person
                && !group.foreign_title
                && !group.mentions.is_empty()
                && (titled || in_table)
        })
        .collect();
    match held.as_slice() {
        [only] => Some(*only),
        _ => None,
    }
}

pub(super) fn resolve_roles(doc: &Document, mentions: &[Mention], context: &Context, groups: &mut Vec<EntityGroup>) {
    // Per role: does the text use it for its own country's holder? It does
    // when the bare role comes before the text names anyone of another
    // country with that title, or shares a sentence with them: "The Prime
    // Minister spoke to Prime Minister Narendra Modi of India" opens a
    // British readout. A role keeps one reading through a text.
    let mut home_role: HashMap<String, bool> = HashMap::new();
    let sentence_of = |mention: usize| doc.token_sentence[mentions[mention].tokens.0];
    // The countries whose office holders the text names as such ("French
    // President Macron") are not the country of its bare roles.
    let foreign_countries: Vec<&str> = groups
        .iter()
        .filter(|g| g.kind == EntityKind::Person && g.foreign_title)
        .flat_map(|g| {
            context.offices.holders_named(&g.name).map(|h| h.country.as_str()).chain(g.title_countries.iter().copied())
        })
        .collect();
    let paired_home = crate::paired_country::country_paired_with(doc, &foreign_countries);
    for (index, mention) in mentions.iter().enumerate() {
        let MentionForm::Role { phrase } = &mention.form else { continue };
        let key = role_key(phrase);
        if let Some(office) = key.strip_prefix("former ") {
            if let Some(group_index) = former_holder(context, groups, phrase, office) {
                groups[group_index].mentions.push(index);
            }
            continue;
        }
        // A title the text gives someone: "President-elect Trump" … "the
        // incoming president".
        let titled = groups.iter().position(|g| g.kind == EntityKind::Person && g.titles.iter().any(|t| t == &key));
        let home = *home_role.entry(key.clone()).or_insert_with(|| {
            titled.is_some_and(|g| {
                groups[g].foreign_title
                    && (groups[g].mentions.iter().min().is_some_and(|&first| first > index)
                        || groups[g].mentions.iter().any(|&m| sentence_of(m) == sentence_of(index)))
            })
        });
        // "The President of Russia" is no one the table knows in another
        // country's office ("President of the United States Barack Obama").
        let names_other_office = |g: usize| {
            readout_offices::role_country(phrase).is_some()
                && context.offices.holders_named(&groups[g].name).next().is_some()
                && !context.offices.ever_held(phrase, None, &groups[g].name)
        };
        let titled = titled.filter(|&g| !(names_other_office(g) || home && groups[g].foreign_title));
        if let Some(group_index) = titled {
            groups[group_index].mentions.push(index);
            continue;
        }
        let Some(date) = context.date else {
            // Without a date the text's own names decide: the one person
            // it names who ever held the office.
            // Only people the table knows are asked about the role.
            // Not someone the text calls another country's holder ("Indian
            // Prime Minister Modi" is not a British readout's "the Prime
            // Minister").
            let held: Vec<usize> = (0..groups.len())
                .filter(|&g| {
                    groups[g].kind == EntityKind::Person
                        && !groups[g].foreign_title
                        && context.offices.holders_named(&groups[g].name).next().is_some()
                        && context.offices.ever_held(phrase, context.country, &groups[g].name)
                })
                .collect();
            if let [group_index] = held.as_slice() {
                groups[*group_index].mentions.push(index);
            }
            continue;
        };
        // A person the text names who held this office on the date: "Keir
        // Starmer" makes "the Prime Minister" him, whatever country the
        // text is mostly about.
        let named_holder = groups.iter().position(|g| {
            g.kind == EntityKind::Person
                && !g.foreign_title
                && context.offices.holders_named(&g.name).any(|h| {
                    context
                        .offices
                        .resolve_role(phrase, Some(&h.country), date)
                        .is_some_and(|found| found.name == g.name)
                })
        });
        if let Some(group_index) = named_holder {
            groups[group_index].mentions.push(index);
            continue;
        }
        // The text's own country first; when the role is no office there
        // (or the cues tie), the other countries its cues name, most named
        // first: in a text about the UK and Germany "the Prime Minister"
        // is the British one, the Germans having a Chancellor.
        // Never in a country whose holders the text calls foreign, nor a
        // person it calls another country's holder.
        let foreign = |name: &str| groups.iter().any(|g| g.foreign_title && g.name == name);
        let allowed = |found: &&readout_offices::OfficeHolder| {
            !foreign(&found.name) && !foreign_countries.contains(&found.country.as_str())
        };
        // A country the text sets beside a foreign one ("between the UK and
        // France") is its own, before the one its cues name most.
        let holder =
            paired_home.and_then(|country| context.offices.resolve_role(phrase, Some(country), date).filter(allowed));
        let holder = holder
            .or_else(|| context.offices.resolve_role(phrase, context.country, date).filter(allowed))
            .or_else(|| {
                context
                    .cued_countries
                    .iter()
                    .filter(|&&country| Some(country) != context.country)
                    .find_map(|&country| context.offices.resolve_role(phrase, Some(country), date).filter(allowed))
            });
        // When every country the text names is another's, the role's reading
        // with no country known: "the Prime Minister" of an English text is
        // the British one.
        let holder = holder.or_else(|| context.offices.resolve_role(phrase, None, date).filter(allowed));
        let Some(holder) = holder else { continue };
        let words: Vec<String> = holder.name.split(' ').map(str::to_string).collect();
        let existing = groups.iter().position(|g| {
            g.kind == EntityKind::Person
                && (same_person(&g.words, &words) || (g.words.len() == 1 && g.words.last() == words.last()))
        });
        let group_index = existing.unwrap_or_else(|| {
            groups.push(EntityGroup {
                name: holder.name.clone(),
                kind: EntityKind::Person,
                mentions: vec![],
                words: words.clone(),
                titles: vec![],
                honorific_gender: None,
                foreign_title: false,
                title_countries: vec![],
            });
            groups.len() - 1
        });
        if groups[group_index].words.len() < words.len() {
            groups[group_index].words = words;
            groups[group_index].name = holder.name.clone();
        }
        groups[group_index].mentions.push(index);
        groups[group_index].titles.push(key);
    }
}
