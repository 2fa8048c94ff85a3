//! Attribution: a segmented text in, who said what (quotes with speaker,
//! cue and content), the entities it names with all their mentions, and the
//! interactions between them out. All positions are byte ranges into the
//! text.
//!
//! The quotes are found here; the entities come from the entity layer
//! (`readout-entities`: mentions, grouping, pronouns), which runs on the
//! quotes' source phrases; each quote is then credited to the entity its
//! source names (`speakers.rs`), and given when, to whom, through what and
//! where it was said (`circumstances/`). The pronoun ranker's training lives here
//! too (`pronoun_training.rs`), because it needs the quotes.
//!
//! Analysis never fails: odd text gives fewer findings, not an error.

mod ads;
mod antecedents;
mod author;
mod bodies;
pub mod brat;
mod circumstances;
mod cue_model;
mod cues;
mod discourse_persons;
mod events;
mod first_person;
mod front;
mod genre;
mod interview;
mod introduced;
mod lexicon;
mod pronoun_training;
mod quote_marks;
mod quotes;
mod source_names;
mod span_model;
mod speakers;
mod tentative;
mod unnamed_persons;

pub use cue_model::{features, train, CueExample, CueModel, ModelError};
pub use events::AnalysedEvent;
pub use pronoun_training::{
    names_match, pronoun_accuracy, pronoun_rankings, train_pronouns, LabelledRanking, PronounAccuracy, PronounAnswer,
    PronounExample,
};
pub use readout_entities::{country_code, Gender, PronounModel};
pub use readout_segment::Document;
pub use span_model::{train_spans, GoldSpans, SpanExample, SpanMode, SpanModel, SpanTrainOptions};
pub use tentative::{is_right, learn_tentative_filter, train_tentative_filter, TentativeExample, TentativeFilter};

use readout_offices::OfficeTable;
use readout_record::{ChannelKind, EntityKind, QuoteKind};
use readout_segment::Segmented;
use std::ops::Range;

#[derive(Debug, Clone, PartialEq)]
pub struct AnalysedEntity {
    pub name: String,
    pub kind: EntityKind,
    pub mentions: Vec<Range<usize>>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct AnalysedQuote {
    pub kind: QuoteKind,
    /// Index into [`Analysis::entities`].
    pub speaker: Option<usize>,
    pub speaker_mention: Option<Range<usize>>,
    pub cue: Option<Range<usize>>,
    pub content: Vec<Range<usize>>,
    /// When, to whom, through what and where the words were said.
    pub circumstances: Circumstances,
}

/// To whom a statement was made: an entity where the text names one, and
/// the words it uses.
#[derive(Debug, Clone, PartialEq)]
pub struct AnalysedAddressee {
    /// Index into [`Analysis::entities`].
    pub entity: Option<usize>,
    /// The words the text uses for them at that place; `None` where the
    /// occasion gives the addressee (the other party of a call).
    pub mention: Option<Range<usize>>,
}

/// Through what a statement was made, the outlet or platform it names, and
/// the words that say it.
#[derive(Debug, Clone, PartialEq)]
pub struct AnalysedChannel {
    pub kind: ChannelKind,
    pub name: Option<String>,
    pub mention: Option<Range<usize>>,
}

/// The circumstances of a statement; each is `None` where the text does
/// not say.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Circumstances {
    /// A TIMEX3 value.
    pub date: Option<String>,
    pub addressee: Option<AnalysedAddressee>,
    pub channel: Option<AnalysedChannel>,
    /// Index into [`Analysis::entities`] of a place.
    pub place: Option<usize>,
}

#[derive(Debug, Clone, Default, PartialEq)]
pub struct Analysis {
    pub entities: Vec<AnalysedEntity>,
    pub quotes: Vec<AnalysedQuote>,
    pub events: Vec<AnalysedEvent>,
}

pub struct Options<'a> {
    /// Publication date, `YYYY-MM-DD`.
    pub date: Option<&'a str>,
    pub offices: &'a OfficeTable,
    pub model: &'a CueModel,
    pub pronouns: &'a PronounModel,
    /// The learned span model, whose attributions join the rules'; `None`:
    /// the rules alone.
    pub spans: Option<&'a SpanModel>,
    /// Time expressions already found: byte range and resolved value.
    pub times: &'a [(Range<usize>, String)],
    /// The time expressions of the page's own date stamps and datelines
    /// ("December 14, 2014" under a transcript's heading), which are not
    /// article text but date what the page reports.
    pub stamp_times: &'a [(Range<usize>, String)],
}

/// Adds each nested place to the place entity that already has its name or
/// a mention in its words, or to a new one.
fn add_nested_places(text: &str, entities: &mut Vec<AnalysedEntity>, places: Vec<readout_entities::NestedPlace>) {
    for place in places {
        let known = entities.iter().position(|e| {
            e.kind == EntityKind::Place
                && (e.name == place.name || e.mentions.iter().any(|m| text[m.clone()] == place.name))
        });
        match known {
            Some(index) => {
                let mentions = &mut entities[index].mentions;
                if !mentions.contains(&place.bytes) {
                    let at = mentions.partition_point(|m| (m.start, m.end) < (place.bytes.start, place.bytes.end));
                    mentions.insert(at, place.bytes);
                }
            }
            None => {
                entities.push(AnalysedEntity { name: place.name, kind: EntityKind::Place, mentions: vec![place.bytes] })
            }
        }
    }
}

/// Keeps the items of `items` whose flag in `keep` is set.
fn retain_where<T>(items: &mut Vec<T>, keep: &[bool]) {
    let mut flags = keep.iter();
    items.retain(|_| flags.next().copied().unwrap_or(true));
}

pub fn analyze(text: &str, segmented: &Segmented, options: &Options) -> Analysis {
    analyze_keeping(text, segmented, options, None)
}

/// For training the tentative filter (`tentative.rs`): the analysis of a
/// text with every attribution of a tentative cue kept, and each one's
/// features and byte ranges.
pub fn tentative_examples(text: &str, segmented: &Segmented, options: &Options) -> Vec<TentativeExample> {
    let mut examples = Vec::new();
    analyze_keeping(text, segmented, options, Some(&mut examples));
    examples
}

/// [`analyze`]; with `examples`, every attribution of a tentative cue
/// stands and is written there.
fn analyze_keeping(
    text: &str,
    segmented: &Segmented,
    options: &Options,
    mut examples: Option<&mut Vec<TentativeExample>>,
) -> Analysis {
    let doc = Document::new(text, segmented);
    let front::Front { inside, mut attributions, tentative, sources, mentions, country, cued_countries, readout } =
        front::front(&doc, options.model, options.spans);
    let context = readout_entities::Context {
        date: options.date,
        country,
        cued_countries: &cued_countries,
        offices: options.offices,
        sources: &sources,
        inside_quote: &inside,
        pronouns: options.pronouns,
    };
    let groups = readout_entities::group(&doc, &mentions, &context);
    let mut mention_group: Vec<Option<usize>> = vec![None; mentions.len()];
    for (group_index, group) in groups.iter().enumerate() {
        for &m in &group.mentions {
            mention_group[m] = Some(group_index);
        }
    }

    let mut entities: Vec<AnalysedEntity> = groups
        .iter()
        .map(|g| AnalysedEntity {
            name: g.name.clone(),
            kind: g.kind,
            mentions: g.mentions.iter().map(|&m| mentions[m].bytes.clone()).collect(),
        })
        .collect();
    // Every "the Clinton campaign" or "his administration" in the text, for
    // a bare "the campaign" after it.
    let named = speakers::Named { mentions: &mentions, mention_group: &mention_group, groups: &groups };
    let bodies_named = bodies::bodies_named(&doc, named);
    let mut quotes: Vec<AnalysedQuote> = attributions
        .iter()
        .map(|a| {
            let speaker_mention = a.source.map(|(s, e)| doc.byte_range(s, e));
            // A person's campaign, office or administration becomes an
            // organisation of its own, the source phrase its mention.
            let appositive = a.source.and_then(|source| speakers::appositive_name(&doc, named, source));
            // "The ad says": its sponsor, a campaign or the body that ran it.
            let sponsor =
                a.source.filter(|_| appositive.is_none()).and_then(|source| ads::sponsor_of_ad(&doc, named, source));
            let sponsoring_body = match sponsor {
                Some(ads::Sponsor::Body(group)) => Some(group),
                _ => None,
            };
            let body = a.source.filter(|_| appositive.is_none() && sponsoring_body.is_none()).and_then(|source| {
                let mention = doc.byte_range(source.0, source.1);
                // "The campaign said": the campaign the text last named.
                let name = match (sponsor, bodies::bare_body(&doc, source)) {
                    (Some(ads::Sponsor::Campaign(person)), _) => format!("{} campaign", groups[person].name),
                    (_, Some(kind)) => bodies_named
                        .iter()
                        .rev()
                        .find(|&&(at, named, _)| named == kind && at < source.0)
                        .map(|&(_, body, person)| format!("{} {body}", groups[person].name))?,
                    (_, None) => match bodies::body_of_person(&doc, named, &bodies_named, source) {
                        Some((person, body)) => format!("{} {body}", groups[person].name),
                        // "The Obama administration" where the text names no
                        // Obama as a person: the body by the name it has.
                        None => bodies::body_by_its_own_name(&doc, source)?,
                    },
                };
                let index = match entities.iter().position(|e| e.name == name) {
                    Some(index) => index,
                    None => {
                        entities.push(AnalysedEntity { name, kind: EntityKind::Organization, mentions: vec![] });
                        entities.len() - 1
                    }
                };
                entities[index].mentions.push(mention);
                Some(index)
            });
            let speaker = appositive.or(sponsoring_body).or(body).or_else(|| {
                a.source.and_then(|source| {
                    speakers::speaker_of(&doc, named, source)
                        .or_else(|| antecedents::speaker_of_pronoun_source(&doc, named, source))
                        .or_else(|| speakers::speaker_by_name(&doc, &mentions, &groups, source))
                        .or_else(|| antecedents::speaker_of_work_source(&doc, named, source))
                })
            });
            AnalysedQuote {
                kind: a.kind,
                speaker,
                speaker_mention,
                cue: a.cue.map(|(s, e)| doc.byte_range(s, e)),
                content: a.content.iter().map(|&(s, e)| doc.byte_range(s, e)).collect(),
                circumstances: Circumstances::default(),
            }
        })
        .collect();
    let mut speakers: Vec<Option<usize>> = quotes.iter().map(|q| q.speaker).collect();
    interview::answers_of_an_interview(&doc, named, &attributions, &mut speakers);
    speakers::first_person_inside_quotes(&doc, &attributions, &mut speakers);
    let narrators = author::Narrators::new(&doc, named);
    author::first_person_narration(&doc, &narrators, &attributions, &mut speakers);
    // An attribution whose cue the model was unsure of stands where its
    // speaker is someone the text names, and otherwise where the cue
    // model's tentative filter says so (`tentative.rs`). A named writer's
    // own "I see the toll" counts, as their "I believe" does: PolNeAR's
    // annotators mark an opinion piece's first-person claims, and the share
    // of the tentative "see" they mark is nine in ten on train.
    let filter = &options.model.tentative;
    let mut keep = Vec::with_capacity(attributions.len());
    for ((attribution, &tentative), speaker) in attributions.iter().zip(&tentative).zip(&speakers) {
        if !tentative {
            keep.push(true);
            continue;
        }
        if examples.is_none() && (speaker.is_some() || filter.is_empty()) {
            keep.push(speaker.is_some());
            continue;
        }
        let probability = attribution.cue.map_or(0.0, |(first, _)| {
            options.model.probability(&doc, first, inside.get(first).copied().unwrap_or(false))
        });
        let features = tentative::tentative_features(&doc, attribution, probability, speaker.map(|s| entities[s].kind));
        match examples.as_deref_mut() {
            Some(examples) => {
                let range = |(first, end): (usize, usize)| doc.byte_range(first, end);
                examples.push(TentativeExample {
                    features,
                    cue: attribution.cue.map(range),
                    source: attribution.source.map(range),
                    content: attribution.content.iter().copied().map(range).collect(),
                });
                keep.push(true);
            }
            None => keep.push(filter.keeps(&features, speaker.is_some())),
        }
    }
    retain_where(&mut quotes, &keep);
    retain_where(&mut attributions, &keep);
    retain_where(&mut speakers, &keep);
    for (quote, speaker) in quotes.iter_mut().zip(speakers) {
        quote.speaker = speaker;
    }
    // "I" and "my" in a speaker's quoted words are mentions of them.
    let final_speakers: Vec<Option<usize>> = quotes.iter().map(|q| q.speaker).collect();
    let entity_kinds: Vec<EntityKind> = entities.iter().map(|e| e.kind).collect();
    let mut first_person =
        first_person::first_person_mentions(&doc, &attributions, &final_speakers, &entity_kinds, &inside);
    // And the named writer's "I" and "my" outside quotations.
    first_person.extend(author::narration_mentions(&doc, &narrators, &inside));
    let mut touched: Vec<usize> = first_person.iter().map(|&(entity, _)| entity).collect();
    for (entity, range) in first_person {
        entities[entity].mentions.push(range);
    }
    // The writer, their group and the reader where the text does not name
    // them: "I", "we" and "you" outside quotation marks, one entity each.
    let taken = discourse_persons::tokens_covered(&doc, entities.iter().flat_map(|e| &e.mentions));
    let spoken = discourse_persons::speakers_words(&doc, &attributions);
    for (person, mentions) in discourse_persons::discourse_persons(&doc, &inside, &spoken, &taken) {
        entities.push(AnalysedEntity { name: person.name().to_string(), kind: EntityKind::Person, mentions });
    }
    // Single persons the text describes without naming ("the suspect",
    // "my father"), one entity each; not the words of a source whose
    // speaker is known ("A Downing Street spokesperson" is Downing Street).
    let resolved_sources = quotes.iter().filter(|q| q.speaker.is_some()).filter_map(|q| q.speaker_mention.as_ref());
    let in_resolved_source = discourse_persons::tokens_covered(&doc, resolved_sources);
    // Nor a time expression: "the third quarter" is no one.
    let times = options.times.iter().map(|(range, _)| range);
    let taken = discourse_persons::tokens_covered(&doc, entities.iter().flat_map(|e| &e.mentions).chain(times));
    touched.extend(unnamed_persons::add_described_persons(&doc, &mut entities, &taken, &in_resolved_source));
    touched.extend(groups.len()..entities.len());
    touched.sort_unstable();
    touched.dedup();
    for entity in touched {
        let mentions = &mut entities[entity].mentions;
        mentions.sort_by_key(|range| (range.start, range.end));
        mentions.dedup();
    }

    let kinds: Vec<EntityKind> = groups.iter().map(|g| g.kind).collect();
    let events = events::find_events(&doc, &mentions, &mention_group, &kinds, options.times, options.date);

    let found = circumstances::circumstances(&circumstances::Statements {
        doc: &doc,
        inside: &inside,
        attributions: &attributions,
        speakers: &final_speakers,
        kinds: &entity_kinds,
        mentions: &mentions,
        mention_group: &mention_group,
        events: &events,
        times: options.times,
        stamp_times: options.stamp_times,
        readout,
    });
    for (quote, circumstances) in quotes.iter_mut().zip(found) {
        quote.circumstances = circumstances;
    }
    // Places inside longer names ("Australia" in "the Medical Journal of
    // Australia") are mentions of those places too. They come last, so that
    // no speaker, event or statement reads them as a name of their own.
    add_nested_places(text, &mut entities, readout_entities::nested_places(&doc, &mentions, &groups));

    Analysis { entities, quotes, events }
}
