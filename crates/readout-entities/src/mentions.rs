//! Mentions: a document and the name spans the learned tagger found in it
//! ([`crate::NameTagger`]) in, the name, role and pronoun mentions it holds
//! out, each with what kind of thing it names and the words that identify
//! it. Grouping mentions into entities is [`crate::grouping`]'s job.
//! [`find_all_mentions`] is the entry point: it tags the names, finds the
//! mentions, and adds the nominal sources of `nominals.rs`.
//!
//! Names are found as runs of capitalised words. In a headline, set in
//! title case, the capitals say little: there the tagger's spans cut a run
//! down to the name in it ("Injecting Clinton" is Clinton) and give its
//! kind. In running text the tagger's kind is asked only where the word
//! lists know nothing of a run ("Coron" is a place). `title_case.rs` says
//! which sentences are headlines; `name_shapes.rs` holds the signs a run's
//! shape gives (a place, a thing, shouting, a country before a name).

use crate::document_kinds::DocumentKinds;
use crate::gazetteer::is_place;
use crate::kind_words::{is_honorific, is_organization_word, office_name};
use crate::name_runs::{capitalised_run_end, is_headline_verb};
use crate::name_shapes::{
    is_hyphenated_description, is_label_paragraph, is_shouting, named, names_a_kind_of_place, names_a_thing,
    opens_like_a_participle, opens_with_a_common_word, place_before_full_name,
};
use crate::name_words::{
    is_capitalised_function_word, is_department_word, is_descriptor_word, is_initial_word, is_media_noun, is_time_word,
    looks_like_demonym,
};
use crate::role_mentions::{is_predicative, office_number, role_mention};
use crate::title_case::in_title_case_sentence;
use crate::NameSpan;
use readout_record::EntityKind;
use readout_segment::Document;
use readout_segment::TokenKind;

/// How a mention refers to its entity.
#[derive(Debug, Clone, PartialEq)]
pub enum MentionForm {
    /// A proper name: its words without honorifics ("Keir", "Starmer").
    Name { words: Vec<String>, honorifics: Vec<String> },
    /// A role standing for its holder: "the Prime Minister".
    Role { phrase: String },
    /// A third-person singular pronoun, lower case: "he", "her".
    Pronoun { word: String },
    /// A description of a person the text names elsewhere, as an
    /// attribution's source: "the GOP nominee" (see `nominals.rs`).
    Nominal { head: String },
}

/// One mention of a person, organisation, place or other named thing.
#[derive(Debug, Clone, PartialEq)]
pub struct Mention {
    /// Token range `[first, end)`.
    pub tokens: (usize, usize),
    pub bytes: std::ops::Range<usize>,
    pub kind: EntityKind,
    pub form: MentionForm,
    /// Canonical name where the mention alone settles it (offices, places).
    pub canonical: Option<String>,
    /// A one-word name that is a person only as the last resort: no title,
    /// no first name, and the name tagger never took the word for part of
    /// a person's name in the document ("Sept", "Instagram", "Obamacare").
    /// It joins a full name whose surname it is; alone it is no person.
    pub untyped: bool,
}

/// A token without its possessive ending: "Kyiv’s" names Kyiv.
pub fn without_possessive(raw: &str) -> &str {
    raw.strip_suffix("’s").or_else(|| raw.strip_suffix("'s")).or_else(|| raw.strip_suffix('’')).unwrap_or(raw)
}

/// Every mention of `doc`, in text order: names (the built-in name
/// tagger's spans decide in headlines), roles and pronouns, and a nominal
/// mention for each of `sources` (token ranges of the attributions'
/// sources) that describes a person without naming them. A name inside a
/// source is no place unless the word lists know it as one: places do not
/// speak.
pub fn find_all_mentions(doc: &Document, sources: &[(usize, usize)]) -> Vec<Mention> {
    let names = crate::NameTagger::builtin().tag(doc.text, doc.seg);
    let mut found = find_mentions(doc, &names);
    speaking_names_are_not_places(&mut found, sources);
    crate::nominals::with_nominal_sources(doc, found, sources)
}

/// The name, role and pronoun mentions of `doc`, given the name tagger's
/// spans.
pub(crate) fn find_mentions(doc: &Document, names: &[NameSpan]) -> Vec<Mention> {
    let mut out = Vec::new();
    // The words the text writes in lower case, made once if a run asks.
    let lower_case_words = std::cell::OnceCell::new();
    let kinds = DocumentKinds::from_tagger(doc, names);
    let mut index = 0;
    while index < doc.len() {
        if let Some((mention, next)) = office_number(doc, index).or_else(|| role_mention(doc, index)) {
            out.push(mention);
            index = next;
            continue;
        }
        let token = doc.token(index);
        // "He's" is "he" with "is" or "has" glued on.
        let word = without_possessive(doc.word(index));
        let reflexive = matches!(word, "himself" | "herself");
        if token.kind == TokenKind::Word
            && (crate::clause_words::is_personal_pronoun(word) || reflexive)
            && !token.capitalized
            || matches!(without_possessive(doc.raw(index)), "He" | "She" | "His" | "Her")
        {
            // The pronouns of one person: those with a gender.
            if crate::gender::Gender::of_pronoun(word).is_some() {
                let word = word.to_string();
                out.push(Mention {
                    tokens: (index, index + 1),
                    bytes: token.range.clone(),
                    kind: EntityKind::Person,
                    form: MentionForm::Pronoun { word },
                    canonical: None,
                    untyped: false,
                });
            }
            index += 1;
            continue;
        }
        // "Bush Meets with Putin": a headline's verb names no one.
        if token.capitalized && is_headline_verb(doc.word(index)) && in_title_case_sentence(doc, index) {
            index += 1;
            continue;
        }
        if token.capitalized && token.kind == TokenKind::Word {
            let end = capitalised_run_end(doc, index);
            // "(President of the) United States Barack Obama": a country,
            // then a person named in full, are two names.
            let end = place_before_full_name(doc, index, end).unwrap_or(end);
            let end = first_of_several_headline_names(doc, names, index, end).unwrap_or(end);
            let (first, last, tagged) = refine_by_tagger(doc, names, &kinds, index, end);
            if let Some(mention) = classify_run(doc, first, last, tagged, &kinds, &lower_case_words) {
                out.push(mention);
            }
            index = end.max(index + 1);
            continue;
        }
        index += 1;
    }
    let out = crate::joint_pollsters::split_joint_pollsters(doc, out);
    let out = crate::defined_acronyms::with_defined_acronyms(doc, out);
    crate::shared_surname::with_shared_surnames(doc, out)
}

/// The mentions [`find_mentions`] finds in `text` read as one region, with
/// the built-in tagger's spans: what the unit tests of the name passes
/// look at.
#[cfg(test)]
pub(crate) fn tagged_mentions(text: &str) -> Vec<Mention> {
    let seg = readout_segment::segment(text, std::slice::from_ref(&(0..text.len())));
    let doc = Document::new(text, &seg);
    let names = crate::NameTagger::builtin().tag(text, &seg);
    find_mentions(&doc, &names)
}

/// "Hillary Clinton Goes After Donald Trump As The New Mitt Romney": a
/// headline's title case runs its names and the words between them into
/// one run. Where the tagger finds several names in it, the run ends with
/// the first (the rest are read as runs of their own).
fn first_of_several_headline_names(doc: &Document, names: &[NameSpan], start: usize, end: usize) -> Option<usize> {
    if !in_title_case_sentence(doc, start) {
        return None;
    }
    let first_overlap = names.partition_point(|name| name.tokens.end <= start);
    let mut inside = names[first_overlap..].iter().take_while(|name| name.tokens.start < end);
    let first = inside.next()?;
    inside.next()?;
    (first.tokens.end > start && first.tokens.end < end).then_some(first.tokens.end)
}

/// Places do not speak: a name the tagger took for a place ("Politico")
/// that is an attribution's source is an organisation. The gazetteer's
/// places stay places ("Washington said" is read as the place).
fn speaking_names_are_not_places(mentions: &mut [Mention], sources: &[(usize, usize)]) {
    for mention in mentions.iter_mut() {
        let MentionForm::Name { words, .. } = &mention.form else { continue };
        if mention.kind != EntityKind::Place
            || !sources.iter().any(|&(first, end)| mention.tokens.0 >= first && mention.tokens.1 <= end)
        {
            continue;
        }
        let name = words.join(" ");
        if !is_place(&name) && readout_offices::country_of_cue(&name).is_none() {
            mention.kind = EntityKind::Organization;
        }
    }
}

/// A capitalised run `[start, end)` cut down to the one name the tagger
/// found in it, and that name's kind when the tagger's span is the whole
/// of what is left. Words before the name stay when they are titles
/// ("Mr", "British Prime Minister"): they tell gender and office.
fn refine_by_tagger(
    doc: &Document,
    names: &[NameSpan],
    kinds: &DocumentKinds,
    start: usize,
    end: usize,
) -> (usize, usize, Option<EntityKind>) {
    let first_overlap = names.partition_point(|name| name.tokens.end <= start);
    let mut overlapping = names[first_overlap..].iter().take_while(|name| name.tokens.start < end);
    let (first_name, second_name) = (overlapping.next(), overlapping.next());
    let capitals_say_little = in_title_case_sentence(doc, start);
    // An office that speaks ("A Downing Street Spokesperson said:") is
    // named whatever the capitals around it.
    let names_office = (start..end).any(|t| {
        (1..=2).any(|length| {
            t + length <= end && {
                let phrase = (t..t + length).map(|w| doc.word(w)).collect::<Vec<_>>().join(" ");
                office_name(&phrase).is_some()
            }
        })
    });
    if names_office {
        return (start, end, None);
    }
    if first_name.is_none() && capitals_say_little {
        // "Ann Coulter: And Then There Was the One": a first name and a
        // surname labelling a headline are a name, whatever the tagger saw.
        let words = end - start;
        let labels = end < doc.len() && doc.is_punct(end, ":");
        if labels && (2..=3).contains(&words) && crate::gender::Gender::of_first_name(doc.raw(start)).is_some() {
            return (start, end, None);
        }
        // A headline's capitals with no name in them ("Poll Shows Voters
        // Abandon Party") are not a name.
        return (start, start, None);
    }
    // Only a common first name holds a run back from the tagger's kind:
    // "Oakland" and "Aberdeen", given to a few hundred babies, stay places.
    let opens_with_first_name = |t: usize| crate::gender::is_common_first_name(without_possessive(doc.raw(t)));
    let (Some(name), None) = (first_name, second_name) else {
        // No name of the tagger's here: the kind it gave the same name
        // elsewhere in the text ("Coron" a town throughout), unless the run
        // opens with someone's first name.
        let words_from = (start..end).find(|&t| !is_capitalised_function_word(doc.word(t))).unwrap_or(end);
        let elsewhere = (first_name.is_none() && words_from < end && !opens_with_first_name(words_from))
            .then(|| kinds.place_or_organisation(doc, words_from, end))
            .flatten();
        // The tagger saw no name at all in the run: `Other` says so, for the
        // last resort to weigh ("Digital Humanities", "Medicinal
        // Properties").
        let untagged = (first_name.is_none() && words_from < end && !opens_with_first_name(words_from))
            .then_some(EntityKind::Other);
        return (start, end, elsewhere.or(untagged));
    };
    if name.tokens.start < start || name.tokens.end > end {
        return (start, end, None);
    }
    if !capitals_say_little {
        // In running text the capitals are good evidence, and the word
        // lists type names better than the tagger does (measured on
        // PolNeAR's speakers and GUM's pronouns): the run stays as it is.
        // Where the tagger's span is the whole run, bar a sentence-opening
        // function word, its kind still stands in for the lists' last
        // resort, which is a person ("Coron", "Palawan"). A run that
        // opens with a first name stays a person: the tagger takes
        // unfamiliar ones for places ("Gloria").
        let whole_run =
            name.tokens.end == end && (start..name.tokens.start).all(|t| is_capitalised_function_word(doc.word(t)));
        // Nor does one whose last word the tagger takes alone for a person
        // elsewhere in the text: "Sant Singh Chatwal" … "Chatwal was".
        // Not at a sentence's start, where the capitals may hold a verb
        // ("Hold Melania Trump to her husband's standards").
        let surname_of_a_person = end > name.tokens.start + 1
            && start != doc.sentence_bounds(start).0
            && kinds.alone_names_a_person(without_possessive(doc.word(end - 1)));
        // The tagger's kind here stands, unless the run opens with a first
        // name and at least half the tagger's readings of it in the text
        // take it for a person ("Vladimir Putin" once a place, once a
        // person).
        let kind = (whole_run && !opens_with_first_name(name.tokens.start) && !surname_of_a_person)
            .then(|| {
                let (first, end) = (name.tokens.start, name.tokens.end);
                let a_person = crate::gender::Gender::of_first_name(without_possessive(doc.raw(first))).is_some()
                    && kinds.often_a_person(doc, first, end);
                kinds.place_or_organisation(doc, first, end).or_else(|| (!a_person).then_some(name.kind))
            })
            .flatten();
        return (start, end, kind);
    }
    // The titles right before the name stay ("Remarks With Russian Foreign
    // Minister Sergey Lavrov" keeps "Russian Foreign Minister"); the
    // headline words before them do not ("Republican Presidential
    // Candidates Give Calculated Super Bowl Predictions" is no person).
    let is_title = |t: usize| {
        let word = doc.word(t);
        crate::kind_words::is_honorific(word)
            || crate::kind_words::is_honorific(word.trim_end_matches('.'))
            || is_descriptor_word(word)
            || readout_offices::country_of_cue(doc.raw(t)).is_some()
    };
    let mut first = name.tokens.start;
    while first > start && is_title(first - 1) {
        first -= 1;
    }
    let kind = (first == name.tokens.start).then_some(name.kind);
    (first, name.tokens.end, kind)
}

/// "CHARLOTTE" as "Charlotte", "NEW" as "New": a capital, then lower case.
fn title_cased(word: &str) -> String {
    let mut chars = word.chars();
    chars
        .next()
        .map(|first| first.to_uppercase().chain(chars.flat_map(char::to_lowercase)).collect())
        .unwrap_or_default()
}

fn classify_run<'a>(
    doc: &'a Document,
    mut start: usize,
    end: usize,
    tagged: Option<EntityKind>,
    kinds: &DocumentKinds,
    lower_case_words: &std::cell::OnceCell<std::collections::HashSet<&'a str>>,
) -> Option<Mention> {
    let (sentence_first, _) = doc.sentence_bounds(start);
    // Drop a sentence-opening function word ("The", "But") and time words.
    while start < end
        && (is_capitalised_function_word(doc.word(start)) || is_time_word(without_possessive(doc.word(start))))
    {
        start += 1;
    }
    // "Understated Perez raises …", "Debating Clinton's character": a
    // sentence's first word with the ending of a participle or an adverb,
    // and no one's first name, is no part of the name after it.
    if start == sentence_first && end > start + 1 && opens_like_a_participle(doc.raw(start)) {
        start += 1;
    }
    // "Said Comey, …", "Top Clinton adviser": a sentence's first word the
    // text also writes in lower case is no part of the name after it, nor
    // a function word it leaves at the front ("Campaign for Trump says").
    // Not a place's own first word: "New Zealand begins …" though the
    // text writes "new" elsewhere.
    let names_a_known_place = || {
        let run = (start..end).map(|t| without_possessive(doc.raw(t))).collect::<Vec<_>>().join(" ");
        is_place(&run) || crate::places::tier(&run).is_some()
    };
    if start == sentence_first
        && end > start + 1
        && opens_with_a_common_word(doc, start, lower_case_words)
        && !names_a_known_place()
    {
        start += 1;
        while start + 1 < end && is_capitalised_function_word(doc.word(start)) {
            start += 1;
        }
    }
    let mut end = end;
    // "The Gallup Poll", "a Morning Consult Poll": the pollster is the
    // name, the capitalised noun after it is its work.
    if end > start + 1 && matches!(doc.raw(end - 1), "Poll" | "Polls") {
        end -= 1;
    }
    // "The Rachel Maddow Show": a programme named after its host names the
    // host, who is who the text goes on to call "Maddow". A show named
    // otherwise ("The Daily Show") is a thing (`is_thing_head_word`).
    let host_named = (3..=4).contains(&(end - start))
        && doc.raw(end - 1) == "Show"
        && crate::gender::Gender::of_first_name(doc.raw(start)).is_some();
    if host_named {
        end -= 1;
    }
    // A trailing month or weekday is a date ("Trump Tuesday"), unless it
    // is a surname that is also a month after a first name ("Theresa May").
    while end > start
        && is_time_word(without_possessive(doc.word(end - 1)))
        && !(end - 1 > start
            && matches!(without_possessive(doc.word(end - 1)), "may" | "june" | "april" | "august")
            && !is_time_word(without_possessive(doc.word(end - 2))))
    {
        end -= 1;
        // "Riverside Hospital on Wednesday": the connector went with the day.
        while end > start && matches!(doc.word(end - 1), "of" | "on" | "for" | "and" | "de" | "la" | "del") {
            end -= 1;
        }
    }
    // "A Downing Street Spokesperson": the body a spokesperson speaks for
    // is the name; the capitalised head noun is not part of it.
    if end > start + 1 && matches!(doc.word(end - 1), "spokesperson" | "spokesman" | "spokeswoman") {
        end -= 1;
    }
    if start >= end {
        return None;
    }
    let last_raw = without_possessive(doc.raw(end - 1));
    let bytes = doc.token(start).range.start..doc.token(end - 1).range.start + last_raw.len();
    // A middle initial's full stop is its own token; the word keeps it.
    let mut words: Vec<String> = Vec::with_capacity(end - start);
    let mut nickname_end = start;
    for t in start..end {
        // `John "Tig" Tiegen` is John Tiegen.
        if crate::name_runs::quoted_nickname_at(doc, t) {
            nickname_end = t + 3;
        }
        if t < nickname_end {
            continue;
        }
        match words.last_mut() {
            Some(initial) if doc.is_punct(t, ".") => initial.push('.'),
            // "Shia' al-Sudani": a transliteration's mark is no word.
            Some(_) if doc.token(t).is_quote() => {}
            // "O’Neill" and "O'Neill" are one name: apostrophes are made
            // straight, so that both spellings group together.
            _ => words.push(without_possessive(doc.raw(t)).replace('’', "'")),
        }
    }
    let full = words.join(" ");
    let lower_full = full.to_lowercase();
    let preceded_by_the = start > 0 && doc.word(start - 1) == "the";
    let office = office_name(&lower_full).or_else(|| {
        if preceded_by_the {
            office_name(&format!("the {lower_full}"))
        } else {
            None
        }
    });
    if let Some(office) = office {
        return Some(Mention {
            tokens: (start, end),
            bytes,
            kind: EntityKind::Organization,
            form: MentionForm::Name { words, honorifics: vec![] },
            canonical: Some(office.to_string()),
            untyped: false,
        });
    }
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
        && match crate::places::tier(&full) {
            Some(1) => true,
            Some(_) => words.len() >= 2,
            None => false,
        };
    if !is_place(&full) && !shouted_place && (is_shouting(doc, start, end) || is_label_paragraph(doc, start, end)) {
        return None;
    }
    if shouted_place && !is_place(&full) {
        // Named as the rest of the text writes it: "CHARLOTTE" is Charlotte.
        let words: Vec<String> = words.iter().map(|word| title_cased(word)).collect();
        let full = words.join(" ");
        return named((start, end), bytes, EntityKind::Place, words, full);
    }
    if is_place(&full) {
        return named((start, end), bytes, EntityKind::Place, words, full);
    }
    // "Austin, Tex.", "Trenton, N.J.": a state's abbreviation after a town
    // and a comma is the state, named in full; the town before it
    // ("Hoboken, N.J.") is a place.
    let state = (words.len() == 1).then(|| crate::us_states::state_abbreviated_at(doc, start, end, &full)).flatten();
    if let Some(state) = state {
        return named((start, end), bytes, EntityKind::Place, vec![state.to_string()], state.to_string());
    }
    if crate::us_states::precedes_state(doc, end)
        && words.len() <= 3
        && !words.iter().any(|w| is_honorific(&w.to_lowercase()))
    {
        return named((start, end), bytes, EntityKind::Place, words, full);
    }
    // Titles and descriptors before the name come off it: "Sir", "British
    // Prime Minister", "Democrat", "Ukrainian President".
    // A country word counts only before a title ("British Prime Minister"),
    // so that "Jordan Peterson" keeps his first name.
    let is_title = |word: &str| {
        let lower = word.to_lowercase();
        is_honorific(lower.trim_end_matches('.'))
            || is_honorific(&lower)
            || is_descriptor_word(&lower)
            || is_hyphenated_description(word)
    };
    let mut honorific_count = 0;
    while honorific_count < words.len() {
        let word = words[honorific_count].as_str();
        // "British Prime Minister", "Ohio Gov. John Kasich", "D.C.
        // Secretary Pompeo" (a dateline glued on): a place before a title
        // is no part of the name.
        // So is the body a title is of: "Labor Secretary Thomas Perez",
        // "House Speaker Paul Ryan", "U.N. Ambassador John Bolton".
        let place_word = readout_offices::country_of_cue(word).is_some()
            || crate::gazetteer::is_place(word)
            || looks_like_demonym(word)
            || is_department_word(&word.to_lowercase())
            || matches!(word, "D.C." | "D.C" | "DC");
        let qualifies_title = words.get(honorific_count + 1).is_some_and(|next| is_title(next)) && place_word;
        // A place of two words: "New Jersey Gov. Chris Christie".
        let two_word_place = words.get(honorific_count + 2).is_some_and(|next| is_title(next))
            && words.get(honorific_count + 1).is_some_and(|second| {
                crate::gazetteer::is_place(&format!("{word} {second}"))
                    || readout_offices::country_of_cue(&format!("{word} {second}")).is_some()
            });
        if two_word_place {
            honorific_count += 2;
            continue;
        }
        // "Prime Minister of Australia Anthony Albanese", "Secretary of
        // State Mike Pompeo": what the title is of comes off with it.
        let country_after_title = honorific_count > 0
            && word == "of"
            && words
                .get(honorific_count + 1)
                .is_some_and(|next| readout_offices::country_of_cue(next).is_some() || is_title(next))
            && honorific_count + 2 < words.len();
        if country_after_title {
            honorific_count += 2;
            continue;
        }
        // "Minister of Foreign Affairs Eli Cohen", "Secretary for Home
        // Affairs": the office's last word is no part of the name.
        let affairs = honorific_count > 0
            && word.eq_ignore_ascii_case("affairs")
            && is_title(&words[honorific_count - 1])
            && honorific_count + 1 < words.len();
        if !(is_title(word) || qualifies_title || affairs) {
            break;
        }
        honorific_count += 1;
    }
    // "Manhattan Supreme Court Justice Frank Nervo", "Harvard University
    // President Larry Bacow": a body's name, a title, then a person's name.
    // The body and the title come off; the person is the name.
    if let Some(title_at) = (honorific_count..words.len().saturating_sub(1)).rev().find(|&k| is_title(&words[k])) {
        // "Atlantic City Mayor Don Guardian": words before the title that
        // are no one's first name are the place or body it is of.
        let before = &words[honorific_count..title_at];
        // A first name and a surname after the title make the person
        // whatever the words before it are ("Wells Fargo CEO John Stumpf",
        // though "Wells" is a first name too).
        let full_name_after =
            words.len() - title_at > 2 && crate::gender::Gender::of_first_name(&words[title_at + 1]).is_some();
        let body_before = before.iter().any(|w| is_organization_word(&w.to_lowercase()))
            || !before.is_empty()
                && (full_name_after || before.iter().all(|w| crate::gender::Gender::of_first_name(w).is_none()))
                && crate::gender::Gender::of_honorific(&words[title_at].to_lowercase()).is_none();
        let person_after =
            words[title_at + 1..].iter().all(|w| !is_title(w) && !is_organization_word(&w.to_lowercase()));
        if body_before && person_after && words.len() - title_at - 1 <= 3 {
            honorific_count = title_at + 1;
        }
    }
    // "Mr. King", "Dr. King": after a courtesy title, a title word that is
    // also a surname is the surname.
    let courtesy =
        |word: &str| matches!(word.to_lowercase().trim_end_matches('.'), "mr" | "mrs" | "ms" | "miss" | "dr");
    if honorific_count == words.len()
        && honorific_count == 2
        && courtesy(&words[0])
        && matches!(words[1].to_lowercase().as_str(), "king" | "prince" | "judge" | "mayor" | "sheriff" | "pastor")
    {
        honorific_count = 1;
    }
    let is_country =
        |phrase: &str| readout_offices::country_of_cue(phrase).is_some() || crate::gazetteer::is_place(phrase);
    // "Narendra Modi of India": the country a person is of is not part of
    // their name.
    let mut name_end = words.len();
    for country_words in 1..=3 {
        let of = words.len().saturating_sub(country_words + 1);
        if of > honorific_count && words[of] == "of" && is_country(&words[of + 1..].join(" ")) {
            name_end = of;
            break;
        }
    }
    // The canonical name leaves out middle initials: "Donald J. Trump" is
    // Donald Trump (the mention still spans the initial).
    let name_words: Vec<String> = words[honorific_count..name_end]
        .iter()
        .enumerate()
        .filter(|&(position, word)| position == 0 || !is_initial_word(word) || words.len() - honorific_count < 3)
        .map(|(_, word)| word.clone())
        .collect();
    // "Former Arizona governor Jan Brewer": what a descriptor leaves of the
    // run is a place, not a person called Arizona, where a title in lower
    // case follows ("Secretary Austin said" is a person).
    let title_follows = end < doc.len() && !doc.token(end).capitalized && {
        let next = doc.word(end);
        is_honorific(next) || is_descriptor_word(next)
    };
    let place_left = honorific_count > 0
        && title_follows
        && name_end == words.len()
        && !name_words.is_empty()
        && is_place(&name_words.join(" "))
        && words[..honorific_count].iter().all(|w| {
            !matches!(
                w.to_lowercase().trim_end_matches('.'),
                "mr" | "mrs" | "ms" | "miss" | "dr" | "sir" | "dame" | "lord" | "lady"
            )
        });
    if place_left {
        let place_start = (start..end).filter(|&t| doc.is_word(t)).nth(honorific_count).unwrap_or(start);
        let place_bytes = doc.token(place_start).range.start..bytes.end;
        let place = name_words.join(" ");
        return named((place_start, end), place_bytes, EntityKind::Place, name_words, place);
    }
    // What came off after the name ("of India") stays with the titles: it
    // says the person holds another country's office.
    let honorifics: Vec<String> =
        words[..honorific_count].iter().chain(&words[name_end..]).map(|w| w.to_lowercase()).collect();
    // The titles are off: "House Speaker Paul Ryan" is a person, not the
    // House.
    // A body's head word alone ("Library" in a headline) names no body.
    let lone_head = words.len() == 1 && crate::kind_words::is_body_head_word(&words[0].to_lowercase());
    // "Citizens for Tax Justice": no one's name holds "for".
    let org_word = !lone_head
        && name_words.iter().any(|w| {
            is_organization_word(&w.to_lowercase()) || (w.eq_ignore_ascii_case("for") && name_words.len() >= 3)
        });
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
            return Some(Mention {
                tokens: (start, end),
                bytes,
                kind: EntityKind::Person,
                form: MentionForm::Name { words: title_cased_words, honorifics },
                canonical: None,
                untyped: false,
            });
        }
    }
    let acronym = words.len() == 1 && full.len() >= 2 && full.chars().all(|c| c.is_ascii_uppercase() || c == '.');
    // "The PM expressed …" is the Prime Minister; "5 PM" is a time.
    let prime_minister_abbreviation = full == "PM";
    if prime_minister_abbreviation && start > 0 && doc.token(start - 1).kind == TokenKind::Number {
        return None;
    }
    if name_words.is_empty() || prime_minister_abbreviation {
        // "took office as President": the role is said of someone, it does
        // not stand for anyone. Nor does "a President in 1868" or "any
        // Prime Minister": an indefinite role is no holder.
        let indefinite = start > 0 && matches!(doc.word(start - 1), "a" | "an" | "any" | "every" | "each" | "no");
        if is_predicative(doc, start) || indefinite {
            return None;
        }
        // "President of the United States Barack Obama": the title is the
        // person's after it, not a role of its own.
        if end + 1 < doc.len() && doc.word(end) == "of" {
            let country = if doc.word(end + 1) == "the" { end + 2 } else { end + 1 };
            if country < doc.len() && place_before_full_name(doc, country, capitalised_run_end(doc, country)).is_some()
            {
                return None;
            }
        }
        // A title alone, capitalised: "Prime Minister" — a role.
        let phrase = lower_full;
        return Some(Mention {
            tokens: (start, end),
            bytes,
            kind: EntityKind::Person,
            form: MentionForm::Role { phrase },
            canonical: None,
            untyped: false,
        });
    }
    // "American", "Iraqi" alone describe, they name no one.
    let demonym_alone = words.len() == 1
        && honorific_count == 0
        && readout_offices::country_of_cue(&full).is_some()
        && !is_place(&full)
        && crate::gazetteer::country_code(&full).is_none()
        && looks_like_demonym(&full);
    if demonym_alone {
        return None;
    }
    // "Wells Fargo CEO: …" in a headline: a company's executive the run
    // does not name; the company it names, where no title stands before
    // it ("Former Apple CEO" names no one).
    if words.len() >= 2 && words.last().is_some_and(|w| crate::corporate_titles::is_executive_title(w)) {
        if honorific_count > 0 {
            return None;
        }
        let company: Vec<String> = words[..words.len() - 1].to_vec();
        let company_end = (start..end).rev().find(|&t| doc.is_word(t)).unwrap_or(end);
        let bytes = doc.token(start).range.start..doc.token(company_end - 1).range.end;
        let full = company.join(" ");
        return named((start, company_end), bytes, EntityKind::Organization, company, full);
    }
    // "Bank executives aren't.", "Network Disputes …": a body's common
    // noun alone, capitalised only by the sentence or a headline, that the
    // text also writes in lower case, is that noun, no body's name ("the
    // bank" is the one the text names). A public body's word stays
    // ("Police said").
    let common_noun_alone = words.len() == 1
        && honorific_count == 0
        && !acronym
        && is_organization_word(&lower_full)
        && !crate::kind_words::is_public_body_word(&lower_full)
        && (start == sentence_first || in_title_case_sentence(doc, start))
        && opens_with_a_common_word(doc, start, lower_case_words);
    if common_noun_alone {
        return None;
    }
    // "Wells Fargo" where the text also writes "Wells Fargo CEO John Stumpf".
    let company = honorific_count == 0 && kinds.names_a_company(doc, start, end);
    if org_word || acronym || company {
        return named((start, end), bytes, EntityKind::Organization, words, full);
    }
    if honorific_count == 0 && names_a_thing(&words) {
        return named((start, end), bytes, EntityKind::Other, words, full);
    }
    if honorific_count == 0 && names_a_kind_of_place(&words) {
        return named((start, end), bytes, EntityKind::Place, words, full);
    }
    // In a headline, where the capitals say nothing, the tagger's kind
    // stands for the word lists' guess.
    if let Some(kind @ (EntityKind::Organization | EntityKind::Place)) = tagged {
        return Some(Mention {
            tokens: (start, end),
            bytes,
            kind,
            form: MentionForm::Name { words, honorifics: vec![] },
            canonical: Some(full),
            untyped: false,
        });
    }
    let after = end;
    // "A new Gallup poll", "the Monmouth survey", "the Reuters/Ipsos
    // opinion poll": a name no list knows before a poll's noun is who
    // conducted it, a body (places, parties and demonyms went above).
    let is_poll_noun = |t: usize| t < doc.len() && matches!(doc.word(t), "poll" | "polls" | "survey");
    let followed_by_poll_noun = is_poll_noun(after)
        || (after < doc.len()
            && doc.is_word(after)
            && !doc.token(after).capitalized
            && matches!(doc.word(after), "opinion" | "tracking" | "exit" | "entrance" | "national" | "online")
            && is_poll_noun(after + 1));
    if followed_by_poll_noun
        && honorific_count == 0
        && words.len() <= 3
        && readout_offices::country_of_cue(&full).is_none()
    {
        return named((start, end), bytes, EntityKind::Organization, words, full);
    }
    // "Time magazine", "the Riverton Times newspaper": the name of a
    // publisher, an organisation.
    let followed_by_publication_noun =
        after < doc.len() && matches!(doc.word(after), "magazine" | "newspaper" | "network" | "channel");
    if followed_by_publication_noun && honorific_count == 0 {
        return named((start, end), bytes, EntityKind::Organization, words, full);
    }
    let followed_by_media_noun = after < doc.len() && is_media_noun(doc.word(after)) && !host_named;
    let possessed = start > 0 && matches!(doc.word(start - 1), "his" | "her" | "their" | "its" | "our" | "my" | "your");
    if followed_by_media_noun || possessed {
        return Some(Mention {
            tokens: (start, end),
            bytes,
            kind: EntityKind::Other,
            form: MentionForm::Name { words, honorifics },
            canonical: Some(full),
            untyped: false,
        });
    }
    // "near Bhubaneshwar", "in Yakutsk": a name no list knows, after a
    // preposition of place, is a place, unless it is a common first name
    // alone ("in Aberdeen" is the town, a name given to few; "in Madison"
    // may be the town or a woman named before) or any first name and a
    // surname.
    let after_place_preposition =
        start > 0 && crate::places::is_place_preposition(doc.word(start - 1)) && !doc.token(start - 1).capitalized;
    // "the Mayor of Riverton", "the Bishop of Durham": what a title of a
    // jurisdiction is of is a place.
    let after_jurisdiction_title = start >= 2
        && doc.word(start - 1) == "of"
        && matches!(
            doc.word(start - 2),
            "mayor" | "governor" | "premier" | "bishop" | "archbishop" | "duke" | "duchess" | "earl" | "sheriff"
        );
    // "the island of Busuanga", "the town of Warren": after a kind of
    // place and "of", the name is that place, even a first name.
    let after_place_noun = honorific_count == 0
        && words.len() <= 3
        && start >= 2
        && doc.word(start - 1) == "of"
        && !doc.token(start - 2).capitalized
        && crate::places::is_place_noun_before_of(doc.word(start - 2));
    if after_place_noun {
        return named((start, end), bytes, EntityKind::Place, words, full);
    }
    if (after_place_preposition || after_jurisdiction_title)
        && honorific_count == 0
        && match words.as_slice() {
            [one] => !crate::gender::is_common_first_name(one),
            // "in Bernie Sanders supporters": any first name and a word
            // after it are a person.
            [first, _] => !crate::gender::is_first_name(first),
            _ => false,
        }
    {
        return named((start, end), bytes, EntityKind::Place, words, full);
    }
    // "Portland", "Little Rock": a name no word list types, with no title,
    // that the place gazetteer knows as a country, region, capital or city
    // of 100,000 (its tier 1) is a place, not the last resort's person.
    // One word that is also someone's first name ("Aberdeen", "Madison",
    // "Warren") stays a person: on PolNeAR a bare "Paul" or "David" is
    // Paul Ryan or David Koch, not the town. The first-name table holds
    // many words that open two-word places ("Little", "Long", "El"), and
    // almost no two-word place is also a person's full name, so a longer
    // name is not held back by it.
    let known_place = honorific_count == 0
        && (words.len() >= 2 || !crate::gender::is_first_name(&words[0]))
        && crate::places::tier(&full) == Some(1);
    if known_place {
        return named((start, end), bytes, EntityKind::Place, words, full);
    }
    // The first word of a sentence is capitalised anyway: alone, it names
    // something only if it is known elsewhere (decided when grouping).
    let name_start = start + honorific_count;
    let bytes = if honorific_count > 0 { bytes } else { doc.token(name_start).range.start..bytes.end };
    let untyped = honorifics.is_empty()
        && name_words.len() == 1
        && !crate::gender::is_first_name(&name_words[0])
        && !kinds.names_a_person(&name_words[0]);
    // "Latest", "Having", "Keeps" opening a sentence or in a headline,
    // untyped and written in lower case elsewhere in the text: a common
    // word, no name.
    let capital_says_little = start == sentence_first || in_title_case_sentence(doc, start);
    if untyped && capital_says_little && opens_with_a_common_word(doc, start, lower_case_words) {
        return None;
    }
    // "Title IV", "Article III", "World War II": a name that ends in a
    // Roman numeral is a person's ("Henry VIII", "Davis Love III") only
    // with a title or a first name in front; otherwise it numbers a thing.
    let numbered_thing = honorifics.is_empty()
        && name_words.len() >= 2
        && name_words.last().is_some_and(|word| is_roman_numeral(word))
        && !crate::gender::is_first_name(&name_words[0]);
    if numbered_thing {
        let full = name_words.join(" ");
        return named((start, end), bytes, EntityKind::Other, name_words, full);
    }
    // Two words or more in running text that the tagger took for no name,
    // with no title and no first name: a term or a title of a work
    // ("Digital Humanities", "Childish Recollections"), not a person.
    let untagged_phrase = tagged == Some(EntityKind::Other)
        && honorifics.is_empty()
        && name_words.len() >= 2
        && !crate::gender::is_first_name(&name_words[0]);
    if untagged_phrase {
        let full = name_words.join(" ");
        return named((start, end), bytes, EntityKind::Other, name_words, full);
    }
    // "Verizon and its unions", "Twitter has positioned itself": a name the
    // text refers back to as a thing, with no title and no first name, is
    // a body, not the last resort's person.
    let referred_to_as_a_thing = honorifics.is_empty()
        && !crate::gender::is_first_name(&name_words[0])
        && name_words.last().is_some_and(|last| kinds.mostly_a_thing(doc, last));
    if referred_to_as_a_thing {
        let full = name_words.join(" ");
        return named((start, end), bytes, EntityKind::Organization, name_words, full);
    }
    Some(Mention {
        tokens: (start, end),
        bytes,
        kind: EntityKind::Person,
        form: MentionForm::Name { words: name_words, honorifics },
        canonical: None,
        untyped,
    })
}

/// A Roman numeral from II to XXXIX, as names number kings, wars and
/// articles ("II", "VIII", "XIV"); not "I", which is also the pronoun, nor
/// the letters of larger numbers, which are also initials ("DC", "MD").
fn is_roman_numeral(word: &str) -> bool {
    (2..=6).contains(&word.len()) && word.chars().all(|c| matches!(c, 'I' | 'V' | 'X'))
}

#[cfg(test)]
mod tests {
    use super::*;
    use readout_segment::segment;

    /// The canonical words of each name mention of `text`, found without
    /// the name tagger.
    fn canonical_words(text: &str) -> Vec<Vec<String>> {
        let seg = segment(text, std::slice::from_ref(&(0..text.len())));
        let doc = Document::new(text, &seg);
        find_mentions(&doc, &[])
            .into_iter()
            .filter_map(|m| match m.form {
                MentionForm::Name { words, .. } => Some(words),
                _ => None,
            })
            .collect()
    }

    /// Each mention of `text` as `kind:words`, in text order.
    fn kinds_of(text: &str) -> Vec<String> {
        tagged_mentions(text).iter().map(|m| format!("{}:{}", m.kind.as_str(), &text[m.bytes.clone()])).collect()
    }

    fn check(text: &str, expect: &[&str]) {
        assert_eq!(kinds_of(text), expect);
    }

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
    fn names_roles_and_pronouns() {
        check(
            "Sir Keir Starmer spoke to the Prime Minister and he agreed.",
            &["person:Sir Keir Starmer", "person:the Prime Minister", "person:he"],
        );
        check("A statement released by Number 10 said so.", &["organization:Number 10"]);
        check(
            "Speaking in Norway, Mr Trump wrote on his Truth Social site.",
            &["place:Norway", "person:Mr Trump", "person:his", "other:Truth Social"],
        );
        check(
            "The incoming president met Kyiv’s allies on Wednesday.",
            &["person:The incoming president", "place:Kyiv"],
        );
    }

    #[test]
    fn people_for_a_cause_are_one_organisation_but_not_those_who_work_for_one() {
        check(
            "The study was paid for by Citizens for Tax Justice in Washington.",
            &["organization:Citizens for Tax Justice", "place:Washington"],
        );
        let names = canonical_words("They met Executives for Mondelez on Monday.");
        assert!(!names.iter().any(|words| words.len() > 1), "{names:?}");
        // Nor a person's name before "for".
        let names = canonical_words("The report was written by Lucas Jones for Reuters on Monday.");
        assert!(names.contains(&vec!["Lucas".to_string(), "Jones".to_string()]), "{names:?}");
    }

    #[test]
    fn a_first_name_of_either_gender_is_no_listed_place() {
        // "Chandler" is a city of the place table and a first name given to
        // boys and girls alike.
        let seg = segment("Then we met Chandler at the bar.", std::slice::from_ref(&(0..32)));
        let doc = Document::new("Then we met Chandler at the bar.", &seg);
        let kinds: Vec<EntityKind> = find_mentions(&doc, &[]).iter().map(|m| m.kind).collect();
        assert!(!kinds.contains(&EntityKind::Place), "{kinds:?}");
    }

    #[test]
    fn regression_a_town_that_is_also_a_rare_first_name_was_a_person() {
        // A few hundred babies were named Oakland or Aberdeen: the tagger's
        // place stands, as does a place after "in".
        check(
            "The decree called for a bridge connecting San Francisco to Oakland.",
            &["place:San Francisco", "place:Oakland"],
        );
        check("We were working in Aberdeen then.", &["place:Aberdeen"]);
        // A common first name after "in" stays a person's, and so does a
        // first name with a surname after it.
        check("She confided in Madison that night.", &["person:She", "person:Madison"]);
        check("It drew in Bernie Sanders supporters.", &["person:Bernie Sanders"]);
    }

    #[test]
    fn regression_a_name_the_tagger_once_took_for_a_place_became_a_body() {
        // The tagger reads the second "Vladimir Putin" as a place; its
        // first reading, a person, settles the tie.
        let text = "Vladimir Putin had a telephone conversation with Barack Obama.\n\n\
                    In particular, Vladimir Putin noted that the government is illegitimate.";
        let kinds = kinds_of(text);
        assert!(kinds.iter().filter(|k| k.as_str() == "person:Vladimir Putin").count() == 2, "{kinds:?}");
    }

    #[test]
    fn a_phrase_the_tagger_finds_no_name_in_is_a_thing() {
        check(
            "His poems about his Harrow friendships, Childish Recollections (1806), express a longing.",
            &["person:His", "person:his", "other:Harrow", "other:Childish Recollections"],
        );
        // A first name opens a person's name whatever the tagger saw.
        check("She met Ruth Bader on Monday.", &["person:She", "person:Ruth Bader"]);
    }

    #[test]
    fn regression_a_body_named_for_its_cause_lost_its_words_after_the_article() {
        check(
            "The Committee for a Responsible Federal Budget reported that the plan would cost more.",
            &["organization:Committee for a Responsible Federal Budget"],
        );
        // Two bodies joined by "for the" stay two.
        check(
            "Edison Research for the Associated Press found that.",
            &["organization:Edison Research", "organization:Associated Press"],
        );
    }

    #[test]
    fn regression_a_states_abbreviation_after_a_town_was_a_person_or_a_body() {
        check(
            "Ann Lee of Austin, Tex., agreed. She left.",
            &["person:Ann Lee", "place:Austin", "place:Tex", "person:She"],
        );
        check(
            "He flew to Hoboken, N.J., and to N.Y. then.",
            &["person:He", "place:Hoboken", "place:N.J.", "place:N.Y."],
        );
        let states: Vec<String> = tagged_mentions("Bob Smith of Fresno, Calif., said so.")
            .iter()
            .filter_map(|m| m.canonical.clone())
            .collect();
        assert_eq!(states, ["Fresno", "California"]);
        // Not where no town and comma stand before it.
        let kinds = kinds_of("Mass shootings are rare, Smith said.");
        assert!(!kinds.iter().any(|k| k.starts_with("place:")), "{kinds:?}");
    }

    #[test]
    fn a_questions_auxiliary_and_a_following_pronoun_are_no_part_of_a_name() {
        check("Does Marco Rubio have a chance in Florida now?", &["person:Marco Rubio", "place:Florida"]);
        check("The deal was made in the U.S. He said so.", &["place:U.S.", "person:He"]);
    }

    #[test]
    fn the_pm_is_a_role_and_5_pm_a_time() {
        // A role with its article, as "the Prime Minister" is.
        check("The PM said so at 5 PM today.", &["person:The PM"]);
    }

    #[test]
    fn a_headlines_verb_is_no_part_of_the_names_around_it() {
        check(
            "President Bush Meets with President Putin of Russia",
            &["person:President Bush", "person:President Putin", "place:Russia"],
        );
        check("Boris Johnson Meets Emmanuel Macron", &["person:Boris Johnson", "person:Emmanuel Macron"]);
    }

    #[test]
    fn regression_a_sentences_common_first_word_or_a_title_was_part_of_a_name() {
        check(
            "Said Comey, the report was clear. Top Clinton aides met. The top team left.",
            &["person:Comey", "person:Clinton"],
        );
        check("Director Comey said the case was closed.", &["person:Director Comey"]);
        // The mention spans the title; the canonical words are the name.
        let text = "She grilled Wells Fargo CEO John Stumpf on Tuesday.";
        check(text, &["person:She", "person:Wells Fargo CEO John Stumpf"]);
        let names = canonical_words(text);
        assert_eq!(names, [vec!["John", "Stumpf"]]);
        check("Bill Clinton spoke about the bill.", &["person:Bill Clinton"]);
    }

    #[test]
    fn a_transliterations_mark_stays_inside_the_name() {
        check(
            "Joe Biden spoke with Prime Minister Mohammed Shia' al-Sudani of Iraq.",
            &["person:Joe Biden", "person:Prime Minister Mohammed Shia' al-Sudani of Iraq"],
        );
    }

    #[test]
    fn surname_particles_stay_in_the_name() {
        check("Then Mayor Bill de Blasio spoke.", &["person:Mayor Bill de Blasio"]);
        check("Then Ursula von der Leyen spoke.", &["person:Ursula von der Leyen"]);
        check("Then Bill spoke de facto.", &["person:Bill"]);
    }

    #[test]
    fn what_a_title_is_of_comes_off_the_name() {
        let name_words = |text: &str| {
            let seg = segment(text, std::slice::from_ref(&(0..text.len())));
            let doc = Document::new(text, &seg);
            let names = crate::NameTagger::builtin().tag(text, &seg);
            let mentions = find_mentions(&doc, &names);
            let person = mentions.iter().find_map(|m| match &m.form {
                MentionForm::Name { words, .. } if m.kind == EntityKind::Person => Some(words.join(" ")),
                _ => None,
            });
            person.unwrap_or_else(|| panic!("{mentions:?}"))
        };
        for (text, name) in [
            ("Then Labor Secretary Thomas Perez spoke to the press about it.", "Thomas Perez"),
            ("Then House Speaker Paul Ryan spoke to the press about it.", "Paul Ryan"),
            ("Then U.N. Ambassador John Bolton spoke to the press about it.", "John Bolton"),
            ("Then New Jersey Gov. Chris Christie spoke to the press about it.", "Chris Christie"),
            ("Then Israeli Minister of Foreign Affairs Eli Cohen spoke to the press.", "Eli Cohen"),
            // A transliteration's mark is no word of the name.
            ("Then Prime Minister Mohammed Shia' al-Sudani spoke to the press.", "Mohammed Shia al-Sudani"),
        ] {
            assert_eq!(name_words(text), name, "{text}");
        }
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
    fn a_name_before_a_polls_noun_is_the_body_that_conducted_it() {
        check("A new Gallup poll found it.", &["organization:Gallup"]);
        check("The Morning Consult Poll found it.", &["organization:Morning Consult"]);
        check("The latest Reuters/Ipsos opinion poll found it.", &["organization:Reuters", "organization:Ipsos"]);
        // A place or a party is what the poll is of.
        check("A new Iowa poll found it.", &["place:Iowa"]);
        check("A Republican poll found it.", &[]);
        // A survey of that name keeps its noun: only "Poll" comes off.
        check("The American Community Survey found it.", &["organization:American Community Survey"]);
    }

    #[test]
    fn a_headlines_run_of_several_names_is_cut_after_the_first() {
        check(
            "Hillary Clinton Goes After Donald Trump As The New Mitt Romney.\n\n\
             If it worked against Mitt Romney, it might work against Donald Trump.",
            &[
                "person:Hillary Clinton",
                "person:Donald Trump",
                // A known fault: the tagger takes "The New Mitt Romney" of a
                // headline for a place.
                "place:New Mitt Romney",
                "person:Mitt Romney",
                "person:Donald Trump",
            ],
        );
    }

    #[test]
    fn a_show_named_after_its_host_names_the_host() {
        check("She sat down with \"The Rachel Maddow Show\" on Thursday.", &["person:She", "person:Rachel Maddow"]);
        check("He watched The Daily Show.", &["person:He", "other:Daily Show"]);
    }

    #[test]
    fn regression_a_sentences_opening_participle_or_neither_is_no_part_of_a_name() {
        check("Understated Perez raises a profile.", &["person:Perez"]);
        check("Debating Clinton's character.", &["person:Clinton"]);
        check("Neither Donald Trump nor his rivals spoke.", &["person:Donald Trump", "person:his"]);
        check("Kelly Ayotte spoke.", &["person:Kelly Ayotte"]);
        check("Judicial Watch sued.", &["organization:Judicial Watch"]);
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
    fn a_names_head_word_says_it_is_a_body_a_place_or_a_thing() {
        check(
            "We drove over the Oakland Bay Bridge to Crater Lake and on to South Australia.",
            &["place:Oakland Bay Bridge", "place:Crater Lake", "place:South Australia"],
        );
        check(
            "She worked at the National Library and wrote for the Sydney Morning Herald.",
            &["person:She", "organization:National Library", "organization:Sydney Morning Herald"],
        );
        check(
            "Congress passed the HEROES Act before Cyclone Phailin struck.",
            &["organization:Congress", "other:HEROES Act", "other:Cyclone Phailin"],
        );
        check("They walked from Pittock Mansion across New England.", &["place:Pittock Mansion", "place:New England"]);
        // An unknown name after a preposition of place is a place.
        check("The storm hit near Bhubaneshwar in October.", &["place:Bhubaneshwar"]);
        // A title or a first name keeps a person a person.
        check("Then Senator Tom Lake spoke.", &["person:Senator Tom Lake"]);
        check("Then Michael Bay spoke.", &["person:Michael Bay"]);
    }

    #[test]
    fn a_name_ending_in_a_roman_numeral_is_a_person_only_with_a_first_name_or_title() {
        check("Under Title IV of the act, loans are federal.", &["other:Title IV"]);
        check("After World War II ended, Henry VIII was a memory.", &["other:World War II", "person:Henry VIII"]);
        check("Pope Benedict XVI spoke.", &["person:Pope Benedict XVI"]);
    }

    #[test]
    fn an_unknown_place_takes_the_taggers_kind_and_a_first_name_stays_a_person() {
        // The tagger finds the town after "in"; its kind stands for the
        // other occurrence too. ("Coron" is in no list: alone, "from Coron
        // to the island" is too little for the tagger since it learned
        // from the place gazetteer.)
        check(
            "We took a boat from Coron to the island, and spent two nights in Coron.",
            &["place:Coron", "place:Coron"],
        );
        check("Their daughter Gloria died in hospital.", &["person:Gloria"]);
    }

    #[test]
    fn a_known_place_is_a_place_unless_it_is_one_first_name() {
        // Without the tagger, so that only the word lists and the
        // gazetteer type the names.
        let kinds = |text: &str| -> Vec<String> {
            let seg = segment(text, std::slice::from_ref(&(0..text.len())));
            let doc = Document::new(text, &seg);
            find_mentions(&doc, &[]).iter().map(|m| format!("{}:{}", m.kind.as_str(), &text[m.bytes.clone()])).collect()
        };
        assert_eq!(kinds("We drove from Portland to Little Rock."), ["place:Portland", "place:Little Rock"]);
        assert_eq!(kinds("Then we met Warren."), ["person:Warren"]);
        // A town of fewer than 100,000 people is left to the last resort.
        assert_eq!(kinds("Then we met Clinton."), ["person:Clinton"]);
    }

    #[test]
    fn a_speaking_name_is_no_place() {
        let text = "According to a new report by Politico, the vote was close.";
        let seg = segment(text, std::slice::from_ref(&(0..text.len())));
        let doc = Document::new(text, &seg);
        let mut mentions = find_mentions(&doc, &crate::NameTagger::builtin().tag(text, &seg));
        for mention in &mut mentions {
            mention.kind = EntityKind::Place;
        }
        // The source is "a new report by Politico", tokens 2 to 7.
        speaking_names_are_not_places(&mut mentions, &[(2, 7)]);
        assert_eq!(mentions.iter().map(|m| m.kind).collect::<Vec<_>>(), [EntityKind::Organization]);
    }

    #[test]
    fn contracted_pronouns_demonyms_and_imperatives_are_no_names() {
        check("He's riding the momentum, and he knows it.", &["person:He's", "person:he"]);
        check("A poll of American voters says so. American voters agree.", &[]);
        check("See Sexton's essay. Then Sexton said so.", &["person:Sexton", "person:Sexton"]);
    }

    #[test]
    fn a_place_and_a_title_before_a_name_come_off_it() {
        let name_words = |text: &str| {
            let seg = segment(text, std::slice::from_ref(&(0..text.len())));
            let doc = Document::new(text, &seg);
            let mentions = find_mentions(&doc, &crate::NameTagger::builtin().tag(text, &seg));
            let MentionForm::Name { words, .. } = &mentions[0].form else { panic!("{mentions:?}") };
            words.join(" ")
        };
        assert_eq!(name_words("Then Atlantic City Mayor Don Guardian spoke."), "Don Guardian");
        // A first name before a title word keeps the name whole.
        assert_eq!(name_words("Then Martin Luther King spoke."), "Martin Luther King");
    }

    #[test]
    fn a_title_word_after_a_courtesy_title_is_a_surname() {
        check("Then Mr. King said so.", &["person:Mr. King"]);
    }

    #[test]
    fn middle_initials_stay_in_the_name_mention() {
        // Regression: "Julie A. Diaz Martinez" was cut to "Julie A".
        check("Julie A. Diaz Martinez said so.", &["person:Julie A. Diaz Martinez"]);
        check("He met James B. Comey.", &["person:He", "person:James B. Comey"]);
        // A capital letter that ends a sentence is not an initial: "B" and
        // "Trump" stay apart.
        check("They chose plan B. Trump agreed.", &["person:B", "person:Trump"]);
    }

    #[test]
    fn titles_and_countries_come_off_names() {
        // Regressions from government readouts.
        check(
            "Prime Minister Al-Abadi and President Obama met.",
            &["person:Prime Minister Al-Abadi", "person:President Obama"],
        );
        check(
            "Prime Minister and German Chancellor agree to meet",
            &["person:Prime Minister", "person:German Chancellor"],
        );
        let text = "Prime Minister Narendra Modi of India and Secretary of State Mike Pompeo spoke.";
        let names = canonical_words(text);
        assert_eq!(names, [vec!["Narendra", "Modi"], vec!["Mike", "Pompeo"]]);
    }

    #[test]
    fn regression_a_headlines_auxiliary_or_verb_ran_on_a_name() {
        let names =
            kinds_of("Trump Supporter Screams 1 Controversial Word At Rally, Instantly Has Everyone's Attention.");
        assert!(!names.iter().any(|name| name.contains("Has")), "{names:?}");
        // So does a verb of attack: "Warren Hammers Wells Fargo".
        let names = kinds_of("Elizabeth Warren Hammers Wells Fargo Over Fake Accounts At Senate Hearing");
        assert!(!names.iter().any(|name| name.contains("Hammers")), "{names:?}");
    }

    #[test]
    fn regression_a_party_opening_a_headline_made_the_whole_headline_a_name() {
        // The tagger finds one name in the run ("Super Bowl Predictions");
        // the words before it are a headline's, not the name's titles.
        let names = kinds_of(
            "Republican Presidential Candidates Give Calculated Super Bowl Predictions.\n\n\
             On the eve of the Super Bowl, ABC moderator David Muir asked them.",
        );
        assert!(!names.iter().any(|name| name.contains("Candidates")), "{names:?}");
    }

    #[test]
    fn regression_a_full_name_the_tagger_took_for_a_body_was_one() {
        let text = "He compared his case to that of Sant Singh Chatwal, a hotelier. In fact, Chatwal was the founder. Chatwal was clearly trying to buy influence. Later Chatwal pleaded guilty.";
        let kinds = kinds_of(text);
        assert!(kinds.contains(&"person:Sant Singh Chatwal".to_string()), "{kinds:?}");
    }

    #[test]
    fn regression_a_quoted_nickname_split_a_name() {
        assert_eq!(canonical_words("The operative John “Tig” Tiegen said so."), [vec!["John", "Tiegen"]]);
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
    fn regression_a_newspapers_name_word_made_a_title_a_body() {
        check("Chief Medical Examiner Barbara Sampson said so.", &["person:Chief Medical Examiner Barbara Sampson"]);
        check("The Orlando Sentinel said so.", &["organization:Orlando Sentinel"]);
    }

    #[test]
    fn regression_team_trump_was_a_person() {
        check("Team Trump pushed back.", &["organization:Team Trump"]);
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
    fn regression_a_function_word_after_a_common_word_opened_a_name() {
        check(
            "Campaign for Trump says he will recast his image. The campaign agreed.",
            &["person:Trump", "person:he", "person:his"],
        );
    }

    #[test]
    fn regression_a_questions_auxiliary_was_a_first_name() {
        check("Will Sanders come down off the pique?", &["person:Sanders"]);
        check("Will Smith spoke.", &["person:Will Smith"]);
        check("Will Smith asked, “Why not?”", &["person:Will Smith"]);
    }

    #[test]
    fn regression_a_holiday_was_a_person() {
        check("They came on Thanksgiving Day. Doris Day sang.", &["other:Thanksgiving Day", "person:Doris Day"]);
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

    #[test]
    fn regression_a_hyphenated_description_was_a_first_name() {
        let names = canonical_words("Liberal Oscar-winner Susan Sarandon spoke. Nobel-winning Paul Krugman agreed.");
        assert_eq!(names, [vec!["Susan", "Sarandon"], vec!["Paul", "Krugman"]]);
        // Two capitals make a double-barrelled name, which stays whole.
        assert_eq!(canonical_words("Jean-Pierre Raffarin spoke."), [vec!["Jean-Pierre", "Raffarin"]]);
        assert_eq!(canonical_words("Hyun-jin Ryu pitched well."), [vec!["Hyun-jin", "Ryu"]]);
    }

    #[test]
    fn regression_a_place_after_former_was_a_person() {
        check("Former Arizona governor Jan Brewer spoke.", &["place:Arizona", "person:Jan Brewer"]);
    }

    #[test]
    fn regression_a_title_before_a_surname_that_is_a_place_made_a_place() {
        check("Secretary Austin said it.", &["person:Secretary Austin"]);
        check("General Washington said it.", &["person:General Washington"]);
    }

    #[test]
    fn what_a_jurisdictions_title_is_of_is_a_place() {
        check(
            "The Minister spoke to the Mayor of Riverton, Ana Pereira.",
            &["person:Minister", "person:Mayor", "place:Riverton", "person:Ana Pereira"],
        );
    }

    #[test]
    fn a_role_after_as_is_no_mention() {
        check("He will assume office as President next month.", &["person:He"]);
        check("The oath was sworn when they tried a President in 1868.", &[]);
        check("She served as the prime minister until May.", &["person:She"]);
    }

    #[test]
    fn a_connector_before_a_trimmed_day_goes_with_it() {
        // Regression: "Riverside Hospital on Wednesday" gave "Riverside Hospital on".
        check("She visited Riverside Hospital on Wednesday.", &["person:She", "organization:Riverside Hospital"]);
    }

    #[test]
    fn middle_initials_are_not_in_the_canonical_words() {
        let text = "Donald J. Trump spoke to reporters.";
        let seg = segment(text, std::slice::from_ref(&(0..text.len())));
        let doc = Document::new(text, &seg);
        let mentions = find_mentions(&doc, &crate::NameTagger::builtin().tag(text, &seg));
        let MentionForm::Name { words, .. } = &mentions[0].form else { panic!("{mentions:?}") };
        assert_eq!(words, &["Donald", "Trump"]);
    }

    #[test]
    fn a_name_after_a_kind_of_place_and_of_is_that_place() {
        check(
            "They lived on the island of Busuanga, in the province of Palawan.",
            &["place:Busuanga", "place:Palawan"],
        );
        // Even a first name: the town, not a man called Warren.
        check("She grew up in the town of Warren.", &["person:She", "place:Warren"]);
    }

    #[test]
    fn a_first_name_before_a_head_no_one_bears_is_no_person() {
        check("The ship crossed the Ross Sea.", &["place:Ross Sea"]);
        check("Rachel Bridge said so.", &["person:Rachel Bridge"]);
    }

    #[test]
    fn regression_a_headlines_new_zealand_lost_its_new() {
        let kinds = kinds_of(
            "New Zealand begins process

The new flag will be chosen.",
        );
        assert_eq!(kinds[0], "place:New Zealand", "{kinds:?}");
    }

    #[test]
    fn a_bodys_common_noun_opening_a_sentence_is_no_body() {
        let kinds = kinds_of("Wells Fargo fired them. Bank executives were not fired, the bank said.");
        assert!(!kinds.iter().any(|k| k.ends_with(":Bank")), "{kinds:?}");
        // A public body's word stays.
        let kinds = kinds_of("Police said so. The police left.");
        assert!(kinds.contains(&"organization:Police".to_string()), "{kinds:?}");
    }

    #[test]
    fn a_name_the_text_refers_back_to_as_a_thing_is_a_body() {
        let kinds = kinds_of("Analysts like Zorbex. Later, Zorbex and its unions struck a deal.");
        assert!(kinds.contains(&"organization:Zorbex".to_string()), "{kinds:?}");
    }
}
