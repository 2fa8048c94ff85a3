//! The entity layer: a segmented document (and the token ranges of its
//! attributions' sources) in, its mentions and entities out: who and what
//! the text names, under one canonical name each, with every mention that
//! refers to them.
//!
//! - Mentions ([`find_all_mentions`]): names as runs of capitalised words,
//!   cut down and typed in headlines by a learned sequence tagger
//!   ([`NameTagger`], a linear-chain CRF over hashed features, trained on
//!   GUM by [`train_from_gum`] and scored by [`evaluate_gum`]); roles ("the
//!   Prime Minister"); pronouns; and sources that describe a person
//!   without naming them ("the GOP nominee").
//! - Entities ([`group`] with a [`Context`]): names grouped by their words,
//!   roles resolved through the titles the text gives or the office table,
//!   and pronouns and nominals resolved by a learned ranker
//!   ([`PronounModel`]; [`run_pass`] is the pass its training drives).
//! - Descriptions of single persons the text does not name ("the
//!   suspect", "my father") and of groups of people ("pregnant women"),
//!   found by learned models ([`find_nominal_persons`] with a
//!   [`NominalPersonModel`], trained on GUM by [`train_nominal_persons`],
//!   with WordNet's nouns for people as a feature).
//! - Words both this layer and attribution ask about: [`clause_words`].
//! - Cross-document identity ([`identity`]): names taken apart and keyed,
//!   compared by structure, and the rules that pick which known person a
//!   name is; the store keeps the database side.
//!
//! Nothing here reads files but the GUM reader and the trainer.

mod augment;
mod back_references;
pub mod clause_words;
mod corporate_titles;
mod defined_acronyms;
mod document_kinds;
mod error;
mod evaluate;
mod features;
mod gazetteer;
mod gender;
mod gold;
mod group_phrases;
mod grouping;
mod gum;
mod hashing;
pub mod identity;
mod joins;
mod joint_pollsters;
mod kind_words;
mod known_as;
mod labels;
mod lexicon;
mod mentions;
mod model;
mod name_match;
mod name_runs;
mod name_shapes;
mod name_words;
mod nested_places;
mod nominal_persons;
mod nominal_persons_train;
mod nominals;
mod paired_country;
mod paragraph_style;
mod person_name;
mod person_nouns;
mod places;
mod pronouns;
mod relatives;
mod role_mentions;
mod shared_surname;
mod tagger;
mod title_case;
mod train;
mod us_states;
mod word_facts;

pub use error::{Error, Result};
pub use evaluate::{evaluate_gum, Evaluation, Score};
pub use gazetteer::{country_code, is_place};
pub use gender::Gender;
pub use gold::{gold_names, GoldName};
pub use grouping::{group, group_names_and_roles, Context, EntityGroup};
pub use gum::{gum_dev_documents, gum_documents, read_gum_document, GumDocument, GumMention, GumSentence, GumToken};
pub use kind_words::{is_honorific, is_newspaper_name_word, is_public_body_word};
pub use mentions::{find_all_mentions, without_possessive, Mention, MentionForm};
pub use model::{Row as LabelRow, Weights as LabelWeights};
pub use name_words::{is_group_word, is_time_word};
pub use nested_places::{nested_places, NestedPlace};
pub use nominal_persons::{find_descriptions, find_nominal_persons, NominalPersonModel};
pub use nominal_persons_train::{evaluate_nominal_persons, train_nominal_persons};
pub use nominals::is_person_description_head;
pub use person_nouns::is_person_noun;
pub use pronouns::{run_pass, PronounModel, Ranking, Scene};
pub use readout_record::EntityKind;
pub use tagger::{viterbi as label_viterbi, NameSpan, NameTagger};
pub use title_case::is_title_case_sentence;
pub use train::{train_from_gum, TrainOptions, LICENSED_GENRES};
