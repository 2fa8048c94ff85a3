//! Grouping: mentions in, entities out — one canonical name per person,
//! organisation or place, with every mention that refers to it.
//!
//! Names are grouped by their words (a surname or a first name with an
//! honorific joins the full name seen before or after it), roles by the
//! titles the document gives a person ("President-elect Trump" makes "the
//! incoming president" Trump) and then by the office-holder table
//! (`grouping/roles.rs`, with the titles `grouping/titles.rs` reads before
//! names), and pronouns by the learned ranker of [`crate::pronouns`].

use crate::gender::Gender;
use crate::joins::join_acronyms;
use crate::mentions::{without_possessive, Mention, MentionForm};
use crate::name_match::{
    family_name_first, is_generational_suffix, is_surname_particle, misspelt, same_person, without_article,
};
use crate::pronouns::{PronounModel, Scene};
use readout_offices::OfficeTable;
use readout_record::EntityKind;
use readout_segment::Document;
use std::collections::HashMap;

mod roles;
mod titles;

use roles::{holder_group, name_titled_surnames, resolve_roles, sitting_head_called, titled_holder};
use titles::{titles_before, Titles};

/// One entity of a document: its canonical name, its kind and the mentions
/// that refer to it.
#[derive(Debug, Clone, PartialEq)]
pub struct EntityGroup {
    pub name: String,
    pub kind: EntityKind,
    /// Indexes into the mention list.
    pub mentions: Vec<usize>,
    /// For people: the words of the full name and the titles seen with it.
    words: Vec<String>,
    titles: Vec<String>,
    /// The gender the honorifics of its mentions give ("Mr", "Mrs").
    pub(crate) honorific_gender: Option<Gender>,
    /// Given a title of another country's office ("Israel’s Prime
    /// Minister"): not the holder of the text's own bare role.
    foreign_title: bool,
    /// The countries such titles name ("IL").
    title_countries: Vec<&'static str>,
}

impl EntityGroup {
    /// A group of one mention (numbered `mention`) named `name`, for tests
    /// of the passes that join groups.
    #[cfg(test)]
    pub(crate) fn organisation_for_test(name: &str, kind: EntityKind, mention: usize) -> Self {
        EntityGroup { name: name.to_string(), kind, mentions: vec![mention], ..EntityGroup::person(vec![]) }
    }

    /// An organisation, place or thing known by its name alone.
    fn named(name: String, kind: EntityKind) -> Self {
        EntityGroup { name, kind, ..EntityGroup::person(vec![]) }
    }

    fn person(words: Vec<String>) -> Self {
        EntityGroup {
            name: words.join(" "),
            kind: EntityKind::Person,
            mentions: vec![],
            words,
            titles: vec![],
            honorific_gender: None,
            foreign_title: false,
            title_countries: vec![],
        }
    }

    /// A name mention joins a person, bringing the titles and the gender its
    /// honorifics give.
    fn add_person_mention(&mut self, mention: usize, titles: Titles, honorifics: &[String]) {
        self.mentions.push(mention);
        self.titles.extend(titles.words);
        self.foreign_title |= titles.foreign;
        for country in titles.countries {
            if !self.title_countries.contains(&country) {
                self.title_countries.push(country);
            }
        }
        self.honorific_gender = self.honorific_gender.or(honorifics.iter().find_map(|h| Gender::of_honorific(h)));
    }

    /// A person's gender as their name tells it: the honorifics they are
    /// given, else the usual gender of their first name.
    pub(crate) fn gender(&self) -> Option<Gender> {
        if self.kind != EntityKind::Person {
            return None;
        }
        self.honorific_gender.or_else(|| match self.words.as_slice() {
            [first, _, ..] => Gender::of_first_name(first),
            _ => None,
        })
    }

    /// Whether anything but the lack of another kind says this is a
    /// person: a title or an honorific seen with the name.
    pub(crate) fn has_person_evidence(&self) -> bool {
        self.kind == EntityKind::Person && (!self.titles.is_empty() || self.honorific_gender.is_some())
    }

    /// Whether the text titles this person, in its own country, with the
    /// office `role_phrase` names: "Prime Minister David Cameron" for "the
    /// PM", not "Indian Prime Minister Narendra Modi".
    pub(crate) fn titled_as_own(&self, role_phrase: &str) -> bool {
        let key = roles::role_key(role_phrase);
        // A title's abbreviation is the title: "Gov. Mike Pence" is "the
        // governor".
        let full = |title: &str| match title.trim_end_matches('.') {
            "gov" => "governor".to_string(),
            "sen" => "senator".to_string(),
            "pres" => "president".to_string(),
            "pm" => "prime minister".to_string(),
            other => other.to_string(),
        };
        !self.foreign_title && self.titles.iter().any(|title| full(title) == key)
    }

    /// Known by one word only ("Clinton", or a capitalised word taken for a
    /// name).
    pub(crate) fn is_single_word(&self) -> bool {
        self.words.len() < 2
    }
}

/// What grouping needs besides the mentions: the date, country and office
/// table that resolve roles, and what the pronoun ranker weighs.
pub struct Context<'a> {
    /// Publication date, `YYYY-MM-DD`: which office holders were in office.
    pub date: Option<&'a str>,
    /// The country the text's cues name most, if one leads.
    pub country: Option<&'a str>,
    /// Every country the text's cues name, most named first.
    pub cued_countries: &'a [&'a str],
    pub offices: &'a OfficeTable,
    /// Token ranges of the attributions' sources.
    pub sources: &'a [(usize, usize)],
    /// Per token: inside a quotation.
    pub inside_quote: &'a [bool],
    /// The pronoun ranker's weights.
    pub pronouns: &'a PronounModel,
}

impl<'a> Context<'a> {
    /// A context with no date or country, the built-in tables and models,
    /// and the given sources and quotations: what unit tests group with.
    #[cfg(test)]
    pub(crate) fn for_tests(sources: &'a [(usize, usize)], inside_quote: &'a [bool]) -> Context<'a> {
        Context {
            date: None,
            country: None,
            cued_countries: &[],
            offices: OfficeTable::builtin(),
            sources,
            inside_quote,
            pronouns: PronounModel::builtin(),
        }
    }
}

/// The entities of `mentions`: names and roles grouped, then pronouns and
/// nominals resolved by the ranker; each entity's mentions sorted, and
/// entities without any dropped.
pub fn group(doc: &Document, mentions: &[Mention], context: &Context) -> Vec<EntityGroup> {
    let mut groups = group_names_and_roles(doc, mentions, context);
    let scene = Scene { doc, mentions, sources: context.sources, inside_quote: context.inside_quote };
    crate::pronouns::resolve(&scene, &mut groups, context.pronouns);
    crate::relatives::name_relatives(doc, mentions, &mut groups);
    finish(groups)
}

/// Sorts each entity's mentions and drops entities left without any.
fn finish(mut groups: Vec<EntityGroup>) -> Vec<EntityGroup> {
    for group in &mut groups {
        group.mentions.sort_unstable();
        group.mentions.dedup();
    }
    groups.retain(|g| !g.mentions.is_empty());
    groups
}

/// How many sentences the text must have gone on without naming the first
/// person with a surname before a namesake named since takes the surname.
const LEFT_BEHIND_SENTENCES: usize = 8;

/// Names and roles grouped into entities; pronouns are left for the ranker
/// (the first half of [`group`], which the ranker's training runs itself
/// before its own pass over the pronouns).
pub fn group_names_and_roles(doc: &Document, mentions: &[Mention], context: &Context) -> Vec<EntityGroup> {
    let mut groups: Vec<EntityGroup> = Vec::new();
    let mut by_name: HashMap<String, usize> = HashMap::new();
    // Names first, in text order, so that roles and pronouns can look back
    // and forward at the people the text names.
    let mut deferred_single: Vec<usize> = Vec::new();
    // Surnames of the people the text names in full, lower case: an
    // upper-case word that is one of them ("PENCE:" in a transcript) is
    // that person, not an acronym.
    let surnames: Vec<String> = mentions
        .iter()
        .filter(|m| m.kind == EntityKind::Person)
        .filter_map(|m| match &m.form {
            MentionForm::Name { words, .. } if words.len() >= 2 => surname(words).map(|w| w.to_lowercase()),
            _ => None,
        })
        .collect();
    // Surnames of the people named outside headlines in full or with a
    // title ("President Obama"): in a headline the tagger's span can run on
    // past a surname ("Obama Sees"), and the surname is what it names.
    let in_headline = |m: &Mention| crate::title_case::is_title_case_sentence(doc, doc.token_sentence[m.tokens.0]);
    let body_surnames: Vec<&str> = mentions
        .iter()
        .filter(|m| m.kind == EntityKind::Person && !in_headline(m))
        .filter_map(|m| match &m.form {
            MentionForm::Name { words, honorifics } if words.len() >= 2 || !honorifics.is_empty() => {
                surname(words).map(String::as_str)
            }
            _ => None,
        })
        .collect();
    let body_names: Vec<&[String]> = mentions
        .iter()
        .filter(|m| m.kind == EntityKind::Person && !in_headline(m))
        .filter_map(|m| match &m.form {
            MentionForm::Name { words, .. } if words.len() >= 2 => Some(words.as_slice()),
            _ => None,
        })
        .collect();
    let mut headline_surname: HashMap<usize, String> = HashMap::new();
    let mut headline_name: Option<&[String]> = None;
    for (index, mention) in mentions.iter().enumerate() {
        let MentionForm::Name { words, honorifics } = &mention.form else { continue };
        if mention.kind == EntityKind::Person
            && words.len() >= 2
            && in_headline(mention)
            && !body_names.iter().any(|name| same_person(name, words))
        {
            match name_in_headline_run(words, &body_surnames, &body_names) {
                Some((first, end)) if end == first + 1 => {
                    headline_surname.insert(index, words[first].clone());
                    deferred_single.push(index);
                    continue;
                }
                // "Remarks With Russian Foreign Minister Sergey Lavrov
                // Before Their Meeting": the first name and the surname.
                Some((first, end)) => headline_name = Some(&words[first..end]),
                None => {}
            }
        }
        let words = headline_name.take().unwrap_or(words);
        let upper_case_surname = mention.kind == EntityKind::Organization
            && words.len() == 1
            && words[0].chars().all(|c| c.is_uppercase() || c == '\'' || c == '’')
            && surnames.contains(&words[0].to_lowercase());
        // The tagger takes a lone surname it has not learned for a place
        // ("Edleston" after "John Edleston"); the lists know real places.
        let tagged_surname = mention.kind != EntityKind::Person
            && words.len() == 1
            && mention.canonical.as_deref() == Some(words[0].as_str())
            && !crate::gazetteer::is_place(&words[0])
            && readout_offices::country_of_cue(&words[0]).is_none()
            && surnames.contains(&words[0].to_lowercase());
        if upper_case_surname || tagged_surname {
            deferred_single.push(index);
            continue;
        }
        if mention.kind != EntityKind::Person {
            let name = mention.canonical.clone().unwrap_or_else(|| words.join(" "));
            // "the Times" after "The New York Times", "the Post" after "The
            // Washington Post": the one organisation named before whose
            // name ends with the word. "Police said" after the
            // "Charlotte-Mecklenburg Police Department": the one whose name
            // holds a body's word.
            let after_the = mention.tokens.0 > 0 && doc.word(mention.tokens.0 - 1) == "the";
            let body_word = crate::kind_words::is_organization_word(&name.to_lowercase());
            if mention.kind == EntityKind::Organization && words.len() == 1 && (after_the || body_word) {
                let longer: Vec<usize> = (0..groups.len())
                    .filter(|&g| {
                        let mut name_words = groups[g].name.split([' ', '-']);
                        groups[g].kind == EntityKind::Organization
                            && groups[g].name.contains(' ')
                            && if after_the {
                                groups[g].name.rsplit(' ').next().is_some_and(|last| last.eq_ignore_ascii_case(&name))
                                    && crate::joins::stands_for(&name, &groups[g].name)
                            } else {
                                // The word heads the name: one of its last
                                // two words, in a name of five words or
                                // fewer (not a headline's run that holds
                                // "Police").
                                let words: Vec<&str> = name_words.by_ref().collect();
                                words.len() <= 5
                                    && words.iter().rev().take(2).any(|word| word.eq_ignore_ascii_case(&name))
                                    && crate::joins::stands_for(&name, &groups[g].name)
                            }
                    })
                    .collect();
                if let [group_index] = longer.as_slice() {
                    groups[*group_index].mentions.push(index);
                    continue;
                }
            }
            let key = format!("{}:{}", mention.kind.as_str(), name);
            let group_index = *by_name.entry(key).or_insert_with(|| {
                groups.push(EntityGroup::named(name, mention.kind));
                groups.len() - 1
            });
            groups[group_index].mentions.push(index);
            continue;
        }
        if words.len() >= 2 {
            let titles = titles_before(doc, mention, honorifics);
            let existing = groups.iter().position(|g| g.kind == EntityKind::Person && same_person(&g.words, words));
            let group_index = existing.unwrap_or_else(|| {
                groups.push(EntityGroup::person(words.to_vec()));
                groups.len() - 1
            });
            // A name as written in running text beats its capitals.
            let shouting = |name: &str| !name.chars().any(char::is_lowercase);
            // So does a name with a first name beat a particle and a
            // surname alone ("Bill de Blasio" after a headline's "De Blasio").
            let surname_only = |name: &[String]| name.len() == 2 && is_surname_particle(&name[0].to_lowercase());
            if (shouting(&groups[group_index].name) && !shouting(&words.join(" ")))
                || (surname_only(&groups[group_index].words) && words.len() > 2)
            {
                groups[group_index].words = words.to_vec();
                groups[group_index].name = words.join(" ");
            }
            groups[group_index].add_person_mention(index, titles, honorifics);
        } else {
            deferred_single.push(index);
        }
    }
    // One-word names: a surname, or a first name after an honorific ("Sir
    // Keir"), joins a full name; otherwise a name with an honorific or a
    // repeated one is a person of its own.
    // The one word a deferred mention names.
    let single_word = |index: usize| -> Option<&str> {
        match &mentions[index].form {
            MentionForm::Name { words, .. } => {
                Some(headline_surname.get(&index).map_or(words[0].as_str(), String::as_str))
            }
            _ => None,
        }
    };
    let mut single_counts: HashMap<&str, usize> = HashMap::new();
    for &index in &deferred_single {
        if let Some(word) = single_word(index) {
            *single_counts.entry(word).or_insert(0) += 1;
        }
    }
    let sentence_initial = |mention: &Mention| mention.tokens.0 == doc.sentence_bounds(mention.tokens.0).0;
    let lower_case_words = std::cell::OnceCell::new();
    let words_after_place_prepositions = std::cell::OnceCell::new();
    // One-word names that speak somewhere in the text: the subject of a
    // speech verb, or in an attribution's source ("The RealClearPolitics
    // average of polls shows", a headline's label "Politifact: …").
    let speaking_words: Vec<String> = deferred_single
        .iter()
        .filter(|&&index| {
            let mention = &mentions[index];
            is_subject_of_speech(doc, mention)
                || context.sources.iter().any(|&(first, end)| mention.tokens.0 >= first && mention.tokens.1 <= end)
        })
        .filter_map(|&index| single_word(index).map(str::to_lowercase))
        .chain(context.sources.iter().filter_map(|&(first, end)| {
            let words: Vec<usize> = (first..end).filter(|&t| doc.is_word(t)).collect();
            match words[..] {
                [only] if doc.token(only).capitalized => Some(without_possessive(doc.word(only)).to_string()),
                _ => None,
            }
        }))
        .collect();
    // One-word names the text uses where the capital means a name: inside
    // a sentence, at least twice, or as the subject of a speech verb. The
    // same word opening a sentence ("Politifact then pointed out") is that
    // name too.
    let named_inside_sentences: Vec<&str> = deferred_single
        .iter()
        .filter_map(|&index| {
            let mention = &mentions[index];
            let MentionForm::Name { honorifics, .. } = &mention.form else { return None };
            let word = single_word(index)?;
            let counted = single_counts.get(word).copied().unwrap_or(0) >= 2;
            let named = !sentence_initial(mention) && (!honorifics.is_empty() || counted);
            (named || is_subject_of_speech(doc, mention)).then_some(word)
        })
        .collect();
    // Surnames an office settles go first, so that the people they name
    // are there for the plain surnames ("Mr. Obama" before "President
    // Obama" is still Barack Obama). Each mention's titles, and the holder
    // they settle, are worked out once.
    let mut in_order: Vec<(usize, Titles, Option<&str>)> = deferred_single
        .iter()
        .filter_map(|&index| {
            let MentionForm::Name { honorifics, .. } = &mentions[index].form else { return None };
            let titles = titles_before(doc, &mentions[index], honorifics);
            let holder = single_word(index).and_then(|word| titled_holder(context, word, &titles.words));
            Some((index, titles, holder))
        })
        .collect();
    // A stable sort: the settled first, each part in text order.
    in_order.sort_by_key(|(_, _, holder)| holder.is_none());
    for (index, titles, holder) in in_order {
        let mention = &mentions[index];
        let MentionForm::Name { honorifics, .. } = &mention.form else { continue };
        let Some(word) = single_word(index) else { continue };
        let word = word.to_string();
        // Case is forgiven: a transcript's "PENCE:" is Mike Pence.
        let same_word = |other: Option<&String>| {
            other.is_some_and(|other| {
                other.chars().flat_map(char::to_lowercase).eq(word.chars().flat_map(char::to_lowercase))
            })
        };
        // "President Obama" in 2016 is Barack Obama, whoever else the text
        // names Obama ("Michelle Obama"): the office table settles it.
        if let Some(holder) = holder {
            // The table writes the name the person goes by: "Michael R.
            // Pompeo" is Mike Pompeo.
            let group_index = holder_group(&mut groups, holder, true);
            groups[group_index].add_person_mention(index, titles, honorifics);
            continue;
        }
        // "Mr. Obama" is not Michelle Obama.
        let gender = honorifics.iter().find_map(|h| Gender::of_honorific(h));
        // The gender is asked last: it looks the first name up.
        let person = |g: &EntityGroup| g.kind == EntityKind::Person && g.words.len() >= 2;
        let same_gender = |g: &EntityGroup| !matches!((gender, g.gender()), (Some(a), Some(b)) if a != b);
        let matching: Vec<usize> = groups
            .iter()
            .enumerate()
            .filter(|(_, g)| {
                let by_surname = same_word(surname(&g.words))
                    || same_word(surname(&g.words).map(|w| without_article(w).to_string()).as_ref());
                // "Lou Jiwei" … "Mr. Lou": the family name comes first, so
                // the first-name table says nothing of this person's gender
                // ("Lou" is listed as a woman's name); only a title would.
                let by_family_name_first =
                    same_word(g.words.first()) && (!honorifics.is_empty() || family_name_first(&g.words));
                person(g)
                    && (by_surname && same_gender(g)
                        || by_family_name_first
                            && !matches!((gender, g.honorific_gender), (Some(a), Some(b)) if a != b))
            })
            .map(|(i, _)| i)
            .collect();
        // "Senator Lindsey Graham" … "Mr. Graham": a first name tells
        // gender only as a rule of thumb, so where it alone stood in the
        // way and no one else has the surname, the surname is that person's.
        let mut matching = matching;
        if matching.is_empty() && gender.is_some() {
            let bearers: Vec<usize> =
                (0..groups.len()).filter(|&g| person(&groups[g]) && same_word(surname(&groups[g].words))).collect();
            if let [only] = bearers[..] {
                if groups[only].honorific_gender.is_none() {
                    matching = vec![only];
                }
            }
        }
        // "Hillary said" after "Hillary Clinton": a lone first name that is
        // no one's surname but the first name of one person named in full
        // is that person. (A word that is no first name is left alone: the
        // "full name" may be a headline's run, "Obama Just".)
        if matching.is_empty() && honorifics.is_empty() && crate::gender::is_first_name(&word) {
            let first_word_of: Vec<usize> =
                (0..groups.len()).filter(|&g| person(&groups[g]) && same_word(groups[g].words.first())).collect();
            if let [only] = first_word_of[..] {
                matching = vec![only];
            }
        }
        // "Wines said" after "Leslie Wimes": a surname misspelt by a letter,
        // where it is no one else's and only one person's surname is that
        // close.
        if matching.is_empty() && !crate::gender::is_first_name(&word) {
            let misspelt_surname: Vec<usize> = (0..groups.len())
                .filter(|&g| person(&groups[g]) && surname(&groups[g].words).is_some_and(|s| misspelt(s, &word)))
                .collect();
            if let [only] = misspelt_surname[..] {
                matching = vec![only];
            }
        }
        // "Ms. Acosta" after "Melba Acosta Febo": the first of two surnames,
        // where no one's last name is the word and a courtesy title says a
        // surname is meant.
        let matching = if matching.is_empty() && !honorifics.is_empty() {
            groups
                .iter()
                .enumerate()
                .filter(|(_, g)| {
                    person(g)
                        && g.words.len() >= 3
                        && !is_generational_suffix(&g.words[g.words.len() - 1])
                        && same_word(g.words.get(g.words.len() - 2))
                        && same_gender(g)
                })
                .map(|(i, _)| i)
                .collect()
        } else {
            matching
        };
        // Of two people with the surname ("Ted Cruz", "Heidi Cruz"), the
        // one the text named first: news writing gives a relative or a
        // namesake named later their full name each time. But where the
        // text has long left the first for the other ("Gary Johnson", then
        // far on, an item on "Jeh Johnson"), the surname is the other's.

        // A person the text calls by the first name alone ("Melania") is
        // told apart from the others of the surname that way: those
        // mentions do not make the surname theirs.
        let by_first_name_alone = |g: usize, m: usize| {
            matches!(&mentions[m].form, MentionForm::Name { words, .. }
                if words.len() == 1 && groups[g].words.len() >= 2 && words[0] == groups[g].words[0])
        };
        let first_named = |g: usize| groups[g].mentions.iter().copied().filter(|&m| !by_first_name_alone(g, m)).min();
        let last_before =
            |g: usize| groups[g].mentions.iter().copied().filter(|&m| m < index && !by_first_name_alone(g, m)).max();
        let sentence_of = |m: usize| doc.token_sentence[mentions[m].tokens.0];
        let here = doc.token_sentence[mention.tokens.0];
        let owner = matching.iter().copied().min_by_key(|&g| first_named(g));
        let nearest = matching.iter().copied().max_by_key(|&g| last_before(g)).filter(|&g| last_before(g).is_some());
        let left_behind = owner.and_then(last_before).is_none_or(|m| here > sentence_of(m) + LEFT_BEHIND_SENTENCES);
        let chosen = match nearest {
            Some(near) if left_behind && last_before(near).is_some_and(|m| here <= sentence_of(m) + 3) => Some(near),
            _ => owner,
        };
        if let Some(group_index) = chosen {
            groups[group_index].add_person_mention(index, titles, honorifics);
            continue;
        }
        let opens_sentence = sentence_initial(mention) && honorifics.is_empty();
        let known = opens_sentence && named_inside_sentences.contains(&word.as_str());
        // A one-word name inside a sentence that is an attribution's whole
        // source, or ends it ("according to a new report by Politico"),
        // names the speaker.
        let names_speaker = !opens_sentence
            && context.sources.iter().any(|&(first, end)| mention.tokens.0 >= first && mention.tokens.1 == end);
        // "WALLACE: …": a transcript's label names the speaker of its lines
        // (not an interview's "Q:" and "A:").
        let labels_lines = word.chars().count() >= 3
            && mention.tokens.1 < doc.len()
            && doc.is_punct(mention.tokens.1, ":")
            && context.sources.iter().any(|&(first, _)| first == mention.tokens.0);
        // "He was born in York … York's minster": a word the mention stage
        // kept a person (a first name, or the tagger's reading) that is
        // also a country, region or large city (the place table's first
        // tier), which joins no one the text names, neither speaks nor
        // labels lines, and comes after a preposition of place somewhere
        // in the text, is the place. (The mention stage keeps such a word
        // a person for the "Warren" and "Madison" who join a full name
        // above, and for the "Tyler" a story is about.)
        let a_place = honorifics.is_empty()
            && !names_speaker
            && !labels_lines
            && !is_subject_of_speech(doc, mention)
            && (crate::places::tier(&word) == Some(1) || crate::gazetteer::is_place(&word))
            && words_after_place_prepositions
                .get_or_init(|| words_after_place_prepositions_of(doc))
                .contains(word.as_str());
        if a_place {
            let group_index = *by_name.entry(format!("{}:{word}", EntityKind::Place.as_str())).or_insert_with(|| {
                groups.push(EntityGroup::named(word.clone(), EntityKind::Place));
                groups.len() - 1
            });
            groups[group_index].mentions.push(index);
            continue;
        }
        // "We were supposed to have word from Carl": a word the first-name
        // table gives a gender, inside a sentence, after no article ("the
        // Media") and no other capitalised word ("Christmas Eve", whose
        // time word the mention left out), which the text never writes in
        // lower case ("Will", "Hope"), is someone called by their first
        // name, however seldom.
        let first = mention.tokens.0;
        let after_article = first > 0 && matches!(doc.word(first - 1), "the" | "The" | "a" | "A" | "an" | "An");
        let after_capital = first > 0 && doc.is_word(first - 1) && doc.token(first - 1).capitalized;
        let first_name_alone = honorifics.is_empty()
            && !sentence_initial(mention)
            && !after_article
            && !after_capital
            && !crate::title_case::in_title_case_sentence(doc, first)
            && Gender::of_first_name(&word).is_some()
            && !lower_case_words
                .get_or_init(|| crate::name_shapes::lower_case_words_of(doc))
                .contains(word.to_lowercase().as_str());
        if honorifics.is_empty()
            && (opens_sentence || single_counts.get(word.as_str()).copied().unwrap_or(0) < 2)
            && !is_subject_of_speech(doc, mention)
            && !names_speaker
            && !labels_lines
            && !known
            && !first_name_alone
        {
            continue;
        }
        // "Obama said" in a text that never gives his first name: the one
        // head of state or government of that surname in office on the
        // text's date ("Mrs. Obama" is not him).
        let gender_fits = |holder: &&str| {
            let holder_gender = Gender::of_first_name(holder.split(' ').next().unwrap_or(""));
            !matches!((gender, holder_gender), (Some(a), Some(b)) if a != b)
        };
        if let Some(holder) = sitting_head_called(context, &word).filter(gender_fits) {
            let group_index = holder_group(&mut groups, holder, false);
            groups[group_index].add_person_mention(index, titles, honorifics);
            continue;
        }
        // A word nothing marks as a person's name ("Sept", "Obamacare")
        // that joined no one is a thing of its own; where it speaks
        // anywhere in the text ("Politifact said", "according to
        // Bloomberg"), a body.
        let untyped = mention.untyped && honorifics.is_empty();
        let key = format!("{}:{word}", if untyped { "untyped1" } else { "person1" });
        let group_index = *by_name.entry(key).or_insert_with(|| {
            let mut group = EntityGroup::person(vec![word.clone()]);
            if untyped {
                group.kind = EntityKind::Other;
            }
            groups.push(group);
            groups.len() - 1
        });
        // A demonym in a source describes ("the prominent Jewish civil rights
        // organization"); it is no body.
        let demonym = crate::name_words::looks_like_demonym(&word);
        if untyped && !demonym && speaking_words.contains(&word.to_lowercase()) {
            groups[group_index].kind = EntityKind::Organization;
        }
        groups[group_index].add_person_mention(index, titles, honorifics);
    }
    join_acronyms(&mut groups);
    name_titled_surnames(context, &mut groups);
    name_popes_and_royals(&mut groups);
    crate::known_as::name_by_what_they_are_known_as(doc, mentions, &mut groups);
    resolve_roles(doc, mentions, context, &mut groups);
    groups
}

/// The capitalised words `doc` writes right after a preposition of place
/// ("in York", "near Mecca"), without a possessive ending.
fn words_after_place_prepositions_of<'d>(doc: &'d Document) -> std::collections::HashSet<&'d str> {
    (1..doc.len())
        .filter(|&t| doc.is_word(t) && doc.token(t).capitalized)
        .filter(|&t| crate::places::is_place_preposition(doc.raw(t - 1)))
        .map(|t| without_possessive(doc.raw(t)))
        .collect()
}

/// The name a headline's run of capitalised words holds, where the tagger
/// took more than a name ("Obama Sees", "Fires Schilling", "Media Growls In
/// Response To Kaine", "Chuck Grassley Compares Trump"), as a range of its
/// words: the first word that is the surname of someone the body names,
/// alone, or with the first name before it where one stands there ("Sergey
/// Lavrov" of "Remarks With Russian Foreign Minister Sergey Lavrov Before
/// Their Meeting"; "Melania Trump" beside "Donald Trump" is another
/// person). `None` where the run holds no such surname or is that name.
fn name_in_headline_run(words: &[String], body_surnames: &[&str], body_names: &[&[String]]) -> Option<(usize, usize)> {
    let at = words.iter().position(|word| body_surnames.contains(&word.as_str()))?;
    let names_a_body_person = at >= 1 && body_names.iter().any(|name| same_person(name, &words[..=at]));
    let first_name_before = at >= 1 && Gender::of_first_name(&words[at - 1]).is_some();
    let range = if first_name_before && !names_a_body_person { (at - 1, at + 1) } else { (at, at + 1) };
    (range != (0, words.len())).then_some(range)
}

/// The surname of a full name: its last word, or the word before a
/// generational suffix ("Bozell" of "Brent Bozell III", "Biden" of "Joseph
/// Biden Jr"), which a surname alone ("Mr. Biden") leaves out.
pub(crate) fn surname(words: &[String]) -> Option<&String> {
    match words {
        [.., surname, suffix] if is_generational_suffix(suffix) => Some(surname),
        _ => words.last(),
    }
}

/// "Pope Francis", "Prince Harry": a pope or a royal known by one name is
/// called with the title, which is part of the name the world uses
/// ("Francis" alone is anyone called Francis).
fn name_popes_and_royals(groups: &mut [EntityGroup]) {
    for group in groups.iter_mut().filter(|g| g.kind == EntityKind::Person && g.words.len() == 1) {
        let title = ["pope", "prince", "princess"].into_iter().find(|t| group.titles.iter().any(|title| title == t));
        if let Some(title) = title {
            let mut title = title.to_string();
            title[..1].make_ascii_uppercase();
            group.name = format!("{title} {}", group.words[0]);
        }
    }
}

fn is_subject_of_speech(doc: &Document, mention: &Mention) -> bool {
    let next = mention.tokens.1;
    next < doc.len() && crate::clause_words::is_speech_verb(doc.word(next))
}

#[cfg(test)]
mod tests {
    use super::name_in_headline_run;

    /// The name a headline run holds, given the body's full names.
    fn check(run: &str, body_names: &[&str], expect: Option<&str>) {
        let words = |name: &str| name.split(' ').map(str::to_string).collect::<Vec<String>>();
        let names: Vec<Vec<String>> = body_names.iter().map(|name| words(name)).collect();
        let name_slices: Vec<&[String]> = names.iter().map(Vec::as_slice).collect();
        let surnames: Vec<&str> = names.iter().filter_map(|name| name.last().map(String::as_str)).collect();
        let run = words(run);
        let found = name_in_headline_run(&run, &surnames, &name_slices).map(|(first, end)| run[first..end].join(" "));
        assert_eq!(found.as_deref(), expect);
    }

    #[test]
    fn a_headline_run_is_cut_at_a_surname_the_body_names() {
        check("Obama Sees", &["Barack Obama"], Some("Obama"));
        check("Fires Schilling", &["Curt Schilling"], Some("Schilling"));
        check("Media Growls In Response To Kaine", &["Tim Kaine"], Some("Kaine"));
        check("Chuck Grassley Compares Trump", &["Chuck Grassley", "Donald Trump"], Some("Grassley"));
    }

    /// The people `text` names, as the grouping names them.
    fn people(text: &str) -> Vec<String> {
        let seg = readout_segment::segment(text, std::slice::from_ref(&(0..text.len())));
        let doc = readout_segment::Document::new(text, &seg);
        let mentions = crate::find_all_mentions(&doc, &[]);
        let inside = vec![false; doc.len()];
        let groups = super::group_names_and_roles(&doc, &mentions, &super::Context::for_tests(&[], &inside));
        groups.into_iter().filter(|g| g.kind == super::EntityKind::Person).map(|g| g.name).collect()
    }

    #[test]
    fn a_first_name_alone_and_once_inside_a_sentence_is_a_person() {
        assert_eq!(people("We were supposed to have word from Carl. Nobody knows where."), ["Carl"]);
        // Not after an article, at a sentence's opening, or where the text
        // writes the word in lower case too.
        assert!(people("Blame the Media for it. Harsh words were said.").is_empty());
        assert!(people("They said Will was there. It will rain.").is_empty());
        assert!(people("He spent Christmas Eve in jail.").is_empty());
    }

    #[test]
    fn a_first_name_that_is_a_city_after_in_is_the_city() {
        assert!(people("Lee grew up in York. Later York became his home.").iter().all(|p| p != "York"));
        // Never after a preposition of place: the person a story is about.
        assert_eq!(people("When Tyler was young, his grandmother lived with him. Tyler loved her."), ["Tyler"]);
    }

    #[test]
    fn a_first_name_before_the_surname_is_another_person() {
        check("Melania Trump", &["Donald Trump"], None);
        check("Budget Talks Resume", &["Donald Trump"], None);
        check("Remarks With Russian Foreign Minister Sergey Lavrov Before", &["Dmitry Lavrov"], Some("Sergey Lavrov"));
    }
}
