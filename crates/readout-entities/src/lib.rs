//! Name mentions: a text and its segmentation in, the name mentions of
//! people, organisations and places out, found by a learned sequence
//! tagger (a linear-chain CRF over hashed features) rather than by
//! capitalisation rules; and the trainer that learns the model from GUM.
//!
//! - [`NameTagger`]: `builtin()`, `from_bytes()`, `tag()`.
//! - [`train_from_gum`]: GUM documents in, model bytes out.
//! - [`evaluate_gum`]: P/R/F1 of a tagger on GUM documents, by the
//!   scorer's definition of a name mention.

mod augment;
mod error;
mod evaluate;
mod features;
mod gold;
mod gum;
mod hashing;
mod labels;
mod lexicon;
mod model;
mod paragraph_style;
mod tagger;
mod train;
mod word_facts;

pub use error::{Error, Result};
pub use evaluate::{evaluate_gum, Evaluation, Score};
pub use gold::{gold_names, GoldName};
pub use gum::{gum_dev_documents, gum_documents, read_gum_document, GumDocument, GumMention, GumSentence, GumToken};
pub use readout_record::EntityKind;
pub use tagger::{NameSpan, NameTagger};
pub use train::{train_from_gum, TrainOptions, LICENSED_GENRES};
