//! Entities: mentions in, entities out — one canonical name per person,
//! organisation or place, with every mention that refers to it.
//!
//! Names are grouped by their words (a surname or a first name with an
//! honorific joins the full name seen before or after it), roles by the
//! titles the document gives a person ("President-elect Trump" makes "the
//! incoming president" Trump) and then by the office-holder table, and
//! pronouns by the most recent person they can refer to.

use crate::document::Document;
use crate::mentions::{Mention, MentionForm};
use readout_offices::OfficeTable;
use readout_record::EntityKind;
use std::collections::HashMap;

#[derive(Debug, Clone, PartialEq)]
pub struct EntityGroup {
    pub name: String,
    pub kind: EntityKind,
    /// Indexes into the mention list.
    pub mentions: Vec<usize>,
    /// For people: the words of the full name and the titles seen with it.
    words: Vec<String>,
    titles: Vec<String>,
    female: Option<bool>,
}

impl EntityGroup {
    fn person(words: Vec<String>) -> Self {
        EntityGroup {
            name: words.join(" "),
            kind: EntityKind::Person,
            mentions: vec![],
            words,
            titles: vec![],
            female: None,
        }
    }

    /// A name mention joins a person, bringing the titles and the gender its
    /// honorifics give.
    fn add_person_mention(&mut self, mention: usize, titles: Vec<String>, honorifics: &[String]) {
        self.mentions.push(mention);
        self.titles.extend(titles);
        self.female = self.female.or(gender_of(honorifics));
    }
}

/// What grouping needs from outside the text.
pub struct Context<'a> {
    pub date: Option<&'a str>,
    pub country: Option<&'a str>,
    pub offices: &'a OfficeTable,
}

fn gender_of(honorifics: &[String]) -> Option<bool> {
    honorifics.iter().find_map(|h| match h.trim_end_matches('.') {
        "mr" | "sir" | "lord" | "king" | "prince" | "congressman" | "father" => Some(false),
        "mrs" | "ms" | "miss" | "dame" | "lady" | "queen" | "princess" | "baroness" | "congresswoman" => Some(true),
        _ => None,
    })
}

/// Titles a mention's honorifics and the words before it give a person:
/// "President-elect", "US president-elect", "Prime Minister".
fn titles_before(doc: &Document, mention: &Mention, honorifics: &[String]) -> Vec<String> {
    let mut titles: Vec<String> = honorifics.to_vec();
    let mut at = mention.tokens.0;
    while at > 0 && at + 3 > mention.tokens.0 {
        let word = doc.word(at - 1);
        if crate::lexicon::is_honorific(word) || word == "president-elect" {
            titles.push(word.to_string());
            at -= 1;
        } else {
            break;
        }
    }
    // A shadow, former or deputy holder does not hold the office itself.
    if titles.iter().any(|t| matches!(t.as_str(), "shadow" | "former" | "deputy" | "ex"))
        || (at > 0 && matches!(doc.word(at - 1), "shadow" | "former" | "deputy"))
    {
        return Vec::new();
    }
    let joined = titles.join(" ");
    let mut out = titles;
    if joined.contains("president-elect") || joined.contains("president elect") {
        out.push("incoming president".into());
    }
    if joined.contains("prime minister") || (joined.contains("prime") && joined.contains("minister")) {
        out.push("prime minister".into());
    }
    out
}

pub fn group(doc: &Document, mentions: &[Mention], context: &Context) -> Vec<EntityGroup> {
    let mut groups: Vec<EntityGroup> = Vec::new();
    let mut by_name: HashMap<String, usize> = HashMap::new();
    // Names first, in text order, so that roles and pronouns can look back
    // and forward at the people the text names.
    let mut deferred_single: Vec<usize> = Vec::new();
    for (index, mention) in mentions.iter().enumerate() {
        let MentionForm::Name { words, honorifics } = &mention.form else { continue };
        if mention.kind != EntityKind::Person {
            let name = mention.canonical.clone().unwrap_or_else(|| words.join(" "));
            let key = format!("{}:{}", mention.kind.as_str(), name);
            let group_index = *by_name.entry(key).or_insert_with(|| {
                groups.push(EntityGroup {
                    name,
                    kind: mention.kind,
                    mentions: vec![],
                    words: vec![],
                    titles: vec![],
                    female: None,
                });
                groups.len() - 1
            });
            groups[group_index].mentions.push(index);
            continue;
        }
        if words.len() >= 2 {
            let titles = titles_before(doc, mention, honorifics);
            let existing = groups.iter().position(|g| g.kind == EntityKind::Person && same_person(&g.words, words));
            let group_index = existing.unwrap_or_else(|| {
                groups.push(EntityGroup::person(words.clone()));
                groups.len() - 1
            });
            groups[group_index].add_person_mention(index, titles, honorifics);
        } else {
            deferred_single.push(index);
        }
    }
    // One-word names: a surname, or a first name after an honorific ("Sir
    // Keir"), joins a full name; otherwise a name with an honorific or a
    // repeated one is a person of its own.
    let mut single_counts: HashMap<&str, usize> = HashMap::new();
    for &index in &deferred_single {
        if let MentionForm::Name { words, .. } = &mentions[index].form {
            *single_counts.entry(words[0].as_str()).or_insert(0) += 1;
        }
    }
    for &index in &deferred_single {
        let mention = &mentions[index];
        let MentionForm::Name { words, honorifics } = &mention.form else { continue };
        let word = &words[0];
        let matching: Vec<usize> = groups
            .iter()
            .enumerate()
            .filter(|(_, g)| {
                g.kind == EntityKind::Person
                    && g.words.len() >= 2
                    && (g.words.last() == Some(word) || (g.words.first() == Some(word) && !honorifics.is_empty()))
            })
            .map(|(i, _)| i)
            .collect();
        let titles = titles_before(doc, mention, honorifics);
        if let Some(&group_index) = matching.first() {
            groups[group_index].add_person_mention(index, titles, honorifics);
            continue;
        }
        let sentence_initial = mention.tokens.0 == doc.sentence_bounds(mention.tokens.0).0 && honorifics.is_empty();
        if honorifics.is_empty()
            && (sentence_initial || single_counts.get(word.as_str()).copied().unwrap_or(0) < 2)
            && !is_subject_of_speech(doc, mention)
        {
            continue;
        }
        let key = format!("person1:{word}");
        let group_index = *by_name.entry(key).or_insert_with(|| {
            groups.push(EntityGroup::person(vec![word.clone()]));
            groups.len() - 1
        });
        groups[group_index].add_person_mention(index, titles, honorifics);
    }
    resolve_roles(mentions, context, &mut groups);
    resolve_pronouns(mentions, &mut groups);
    for group in &mut groups {
        group.mentions.sort_unstable();
        group.mentions.dedup();
    }
    groups.retain(|g| !g.mentions.is_empty());
    groups
}

fn is_subject_of_speech(doc: &Document, mention: &Mention) -> bool {
    let next = mention.tokens.1;
    next < doc.len() && crate::lexicon::is_speech_verb(doc.word(next))
}

/// Full names are the same person when the surnames agree and the first
/// names agree or one is missing or an initial.
fn same_person(a: &[String], b: &[String]) -> bool {
    if a.last() != b.last() {
        return false;
    }
    let (first_a, first_b) = (&a[0], &b[0]);
    first_a == first_b
        || first_a.trim_end_matches('.').len() == 1 && first_b.starts_with(first_a.trim_end_matches('.'))
        || first_b.trim_end_matches('.').len() == 1 && first_a.starts_with(first_b.trim_end_matches('.'))
}

fn role_key(phrase: &str) -> String {
    phrase
        .split(' ')
        .filter(|w| !matches!(*w, "the" | "us" | "u.s." | "british" | "american" | "current" | "new"))
        .collect::<Vec<_>>()
        .join(" ")
}

fn resolve_roles(mentions: &[Mention], context: &Context, groups: &mut Vec<EntityGroup>) {
    for (index, mention) in mentions.iter().enumerate() {
        let MentionForm::Role { phrase } = &mention.form else { continue };
        let key = role_key(phrase);
        if key.starts_with("former") {
            continue;
        }
        // A title the text gives someone: "President-elect Trump" … "the
        // incoming president".
        let titled = groups.iter().position(|g| g.kind == EntityKind::Person && g.titles.iter().any(|t| t == &key));
        if let Some(group_index) = titled {
            groups[group_index].mentions.push(index);
            continue;
        }
        let Some(date) = context.date else { continue };
        // A person the text names who held this office on the date: "Keir
        // Starmer" makes "the Prime Minister" him, whatever country the
        // text is mostly about.
        let named_holder = groups.iter().position(|g| {
            g.kind == EntityKind::Person
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
        let holder = context.offices.resolve_role(phrase, context.country, date);
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
                female: None,
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

/// A pronoun refers to the most recent person mentioned before it whose
/// gender, where known, agrees.
fn resolve_pronouns(mentions: &[Mention], groups: &mut [EntityGroup]) {
    let mut owner: HashMap<usize, usize> = HashMap::new();
    for (group_index, group) in groups.iter().enumerate() {
        if group.kind == EntityKind::Person {
            for &m in &group.mentions {
                owner.insert(m, group_index);
            }
        }
    }
    let mut last_people: Vec<usize> = Vec::new();
    for (index, mention) in mentions.iter().enumerate() {
        if let Some(&group_index) = owner.get(&index) {
            last_people.retain(|&g| g != group_index);
            last_people.push(group_index);
            continue;
        }
        let MentionForm::Pronoun { word } = &mention.form else { continue };
        let female = matches!(word.as_str(), "she" | "her");
        let found = last_people.iter().rev().find(|&&g| groups[g].female.is_none_or(|f| f == female)).copied();
        if let Some(group_index) = found {
            groups[group_index].mentions.push(index);
            owner.insert(index, group_index);
        }
    }
}
