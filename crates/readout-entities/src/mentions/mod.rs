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
//!
//! This file holds the mention types, the walk over the tokens and the
//! order in which a run's shapes are read; each shape has its own file.
//! `tagger_refinement.rs` cuts a run down to the tagger's name in it;
//! `run_edges.rs` trims the words at a run's front and back that are no
//! part of the name (sentence openers, polls' and shows' nouns, dates);
//! `run_words.rs` gathers the words of what is left; `capitals.rs` reads
//! datelines, shouting and transcripts' labels; `run_places.rs` places and
//! US states; `titles.rs` takes the titles, descriptors and offices off a
//! person's name; `lone_words.rs` reads a run whose words alone are an
//! office, a role, a demonym, a company's executive or a body's common
//! noun; `kind_decision.rs` gives every other run its kind, a person as
//! the last resort.

mod capitals;
mod kind_decision;
mod lone_words;
mod offices_held;
mod run_edges;
mod run_places;
mod run_words;
mod tagger_refinement;
#[cfg(test)]
mod test_support;
mod titles;

use crate::document_kinds::DocumentKinds;
use crate::gazetteer::is_place;
use crate::name_runs::{capitalised_run_end, is_headline_verb};
use crate::name_shapes::place_before_full_name;
use crate::role_mentions::{office_number, role_mention};
use crate::title_case::in_title_case_sentence;
use crate::NameSpan;
use readout_record::EntityKind;
use readout_segment::Document;
use readout_segment::TokenKind;
use run_words::Run;
use std::ops::ControlFlow;
use titles::NameParts;

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
    // Where the run after an office's field begins: its holder's name.
    let mut holder_at: Option<usize> = None;
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
            // "Chief of Staff Reince Priebus", "CEO of the Refugee Council
            // Enver Solomon": what an office is of, then its holder. A body
            // or a place of its own is a name; a common noun ("Staff") is
            // left out.
            let holder = offices_held::holder_after_an_office(doc, names, index, end);
            if let Some(holder) = holder {
                holder_at = Some(holder);
                if !offices_held::names_something(doc, index, holder) {
                    index = holder;
                    continue;
                }
            }
            let end = holder.unwrap_or(end);
            let end = first_of_several_headline_names(doc, names, index, end).unwrap_or(end);
            let (first, last, tagged) = tagger_refinement::refine_by_tagger(doc, names, &kinds, index, end);
            // The tagger's kind was for the whole run, the office's words
            // with it ("National Intelligence James Clapper"): not for the
            // holder's name.
            let tagged = if holder_at == Some(index) { None } else { tagged };
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
        // "Washington State" is Washington's.
        let place = name.strip_suffix(" State").unwrap_or(&name);
        if !is_place(place) && readout_offices::country_of_cue(&name).is_none() {
            mention.kind = EntityKind::Organization;
        }
    }
}

/// What one check of a run's shape makes of it: `Break` ends the reading,
/// with the run's mention or with none where the run names nothing;
/// `Continue` hands the run on to the next check.
type Reading = ControlFlow<Option<Mention>>;

/// The mention a capitalised run `[start, end)` makes, if any, given the
/// kind the tagger gave it (`tagged`, see
/// [`tagger_refinement::refine_by_tagger`]). The run's edges come off
/// first; then each shape is tried in turn, the first to decide wins, and
/// what no shape decides is a person.
fn classify_run<'a>(
    doc: &'a Document,
    start: usize,
    end: usize,
    tagged: Option<EntityKind>,
    kinds: &DocumentKinds,
    lower_case_words: &std::cell::OnceCell<std::collections::HashSet<&'a str>>,
) -> Option<Mention> {
    let (sentence_first, _) = doc.sentence_bounds(start);
    let start = run_edges::trim_front(doc, start, end, sentence_first, lower_case_words);
    let (end, host_named) = run_edges::trim_back(doc, start, end);
    if start >= end {
        return None;
    }
    let run = Run::gather(doc, start, end, sentence_first, host_named);
    if let ControlFlow::Break(mention) = read_whole_run(doc, &run) {
        return mention;
    }
    let name = NameParts::split(&run);
    match read_name(doc, &run, &name, tagged, kinds, lower_case_words) {
        ControlFlow::Break(mention) => mention,
        ControlFlow::Continue(()) => kind_decision::last_resort(doc, &run, &name, tagged, kinds, lower_case_words),
    }
}

/// The checks that read the run's words whole, before any title comes
/// off: an office, a dateline or shouting, a place or a US state.
fn read_whole_run(doc: &Document, run: &Run) -> Reading {
    lone_words::office_named(doc, run)?;
    capitals::dateline_or_shouting(doc, run)?;
    run_places::known_place_or_state(doc, run)
}

/// The checks that read the run once its titles are off, in the order
/// they are tried: the first to decide wins.
fn read_name<'a>(
    doc: &'a Document,
    run: &Run,
    name: &NameParts,
    tagged: Option<EntityKind>,
    kinds: &DocumentKinds,
    lower_case_words: &std::cell::OnceCell<std::collections::HashSet<&'a str>>,
) -> Reading {
    titles::place_left_by_a_descriptor(doc, run, name)?;
    capitals::transcript_label(doc, run, name)?;
    lone_words::role_alone(doc, run, name)?;
    lone_words::demonym_alone(run, name)?;
    lone_words::company_before_an_executive_title(doc, run, name)?;
    lone_words::common_noun_alone(doc, run, name, lower_case_words)?;
    kind_decision::body_thing_or_tagged_kind(doc, run, name, tagged, kinds)?;
    kind_decision::named_by_the_word_after(doc, run, name)?;
    run_places::place_by_the_words_before(doc, run, name)?;
    run_places::place_of_the_first_tier(run, name)
}

#[cfg(test)]
mod tests {
    use super::test_support::{check, kinds_of};
    use super::*;
    use readout_segment::segment;

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
    fn regression_a_headlines_negated_verb_and_relative_pronoun_were_part_of_a_name() {
        assert_eq!(kinds_of("Republicans Won't Renounce Trump")[0], "organization:Republicans");
        assert_eq!(kinds_of("The Houseguest Who Won't Leave")[0], "person:Houseguest");
    }

    #[test]
    fn a_questions_auxiliary_and_a_following_pronoun_are_no_part_of_a_name() {
        check("Does Marco Rubio have a chance in Florida now?", &["person:Marco Rubio", "place:Florida"]);
        check("The deal was made in the U.S. He said so.", &["place:U.S.", "person:He"]);
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
    fn surname_particles_stay_in_the_name() {
        check("Then Mayor Bill de Blasio spoke.", &["person:Mayor Bill de Blasio"]);
        check("Then Ursula von der Leyen spoke.", &["person:Ursula von der Leyen"]);
        check("Then Bill spoke de facto.", &["person:Bill"]);
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
    fn regression_a_headlines_auxiliary_or_verb_ran_on_a_name() {
        let names =
            kinds_of("Trump Supporter Screams 1 Controversial Word At Rally, Instantly Has Everyone's Attention.");
        assert!(!names.iter().any(|name| name.contains("Has")), "{names:?}");
        // So does a verb of attack: "Warren Hammers Wells Fargo".
        let names = kinds_of("Elizabeth Warren Hammers Wells Fargo Over Fake Accounts At Senate Hearing");
        assert!(!names.iter().any(|name| name.contains("Hammers")), "{names:?}");
    }
}
